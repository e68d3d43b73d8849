using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// Titles before a name stay out of the name: a capitalised office that opens an unknown person's name is a mention of
/// its own, and a title a KB alias starts with ("roi Mohammed VI") is left out when the KB knows the name alone
/// (docs/entities.md, "Twentieth round"; sentences written for these tests).
/// </summary>
public class OfficeOpeningNameTests
{
    [Fact]
    public void A_capitalised_office_before_an_unknown_name_is_a_mention_of_its_own()
    {
        var d = Run("Interior Minister Zdeněk Hořák said the border would stay open until the end of the month.");
        var m = Mentions(d);
        Assert.Contains(("Interior Minister", EntityTypes.Person), m);
        Assert.Contains(("Zdeněk Hořák", EntityTypes.Person), m);
        Assert.DoesNotContain(("Interior Minister Zdeněk Hořák", EntityTypes.Person), m);
        Assert.Same(Owner(d, "Interior Minister"), Owner(d, "Zdeněk Hořák"));
    }

    [Fact]
    public void Two_word_offices_split_off_too()
    {
        var m = Mentions(Run("The inquiry was reopened. Attorney General Tobiah Wrenfield agreed with the panel's findings."));
        Assert.Contains(("Attorney General", EntityTypes.Person), m);
        Assert.Contains(("Tobiah Wrenfield", EntityTypes.Person), m);
    }

    [Fact]
    public void An_office_that_is_also_a_given_name_opens_the_name()
    {
        var m = Mentions(Run("The keeper was busy all afternoon, and Dean Whitfield saved two penalties."));
        Assert.DoesNotContain(("Dean", EntityTypes.Person), m);
        Assert.Contains(("Dean Whitfield", EntityTypes.Person), m);
    }

    [Fact]
    public void A_title_the_KB_alias_starts_with_stays_out_when_the_KB_knows_the_name_alone()
    {
        var m = Mentions(Run("Le roi Mohammed VI a inauguré lundi un port à Tanger.", "fr"));
        Assert.Contains(("Mohammed VI", EntityTypes.Person), m);
        Assert.DoesNotContain(("roi Mohammed VI", EntityTypes.Person), m);
    }
}
