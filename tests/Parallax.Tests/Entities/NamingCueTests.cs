using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// A name right after a word that says what a person is called ("surnamed", "prénommé") is a person (docs/entities.md,
/// "Twentieth round"; sentences written for these tests).
/// </summary>
public class NamingCueTests
{
    [Fact]
    public void A_name_after_surnamed_is_a_person_and_comes_back_alone()
    {
        var d = Run("Police said a 45-year-old driver surnamed Zhao had lost control of the bus. Zhao was taken to hospital.");
        var m = Mentions(d);
        Assert.Equal(2, m.Count(x => x == ("Zhao", EntityTypes.Person)));
    }

    [Fact]
    public void Two_names_joined_by_and_after_the_cue_are_both_people()
    {
        var m = Mentions(Run("Two guards surnamed Wu and Ma were injured in the blast, the company said."));
        Assert.Contains(("Wu", EntityTypes.Person), m);
        Assert.Contains(("Ma", EntityTypes.Person), m);
        m = Mentions(Run("Un adolescent prénommé Yanis a été interpellé jeudi soir.", "fr"));
        Assert.Contains(("Yanis", EntityTypes.Person), m);
    }

    [Fact]
    public void A_lower_case_word_after_the_cue_is_no_name()
    {
        var m = Mentions(Run("Le chien, surnommé par les enfants du quartier, dormait devant la porte.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
    }
}
