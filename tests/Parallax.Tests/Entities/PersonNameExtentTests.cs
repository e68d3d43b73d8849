using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// Where a person's name starts and ends (docs/entities.md, "Fifteenth round (short): where a person's name starts and
/// ends"), on French and English sentences written for these tests.
/// </summary>
public class PersonNameExtentTests
{
    static bool Has((string Text, string Type)[] mentions, string text, string type) => mentions.Contains((text, type));

    [Fact]
    public void A_title_the_role_holds_is_no_part_of_the_name()
    {
        var d = Run("On Monday, Vice President JD Vance toured a steel plant in Ohio.");
        var m = Mentions(d);
        Assert.True(Has(m, "JD Vance", EntityTypes.Person));
        Assert.False(Has(m, "Vance", EntityTypes.Person));
        Assert.Equal("Q28935729", Owner(d, "JD Vance").Kb);
    }

    [Fact]
    public void A_known_family_name_starts_at_the_persons_own_given_name_spelt_otherwise()
    {
        var d = Run("Mardi, Binyamin Netanyahou a reçu l’émissaire américain à Jérusalem.", "fr");
        Assert.True(Has(Mentions(d), "Binyamin Netanyahou", EntityTypes.Person));
        Assert.Equal("Q43723", Owner(d, "Binyamin Netanyahou").Kb);
    }

    [Fact]
    public void A_known_family_name_after_another_given_name_and_a_particle_is_a_namesake()
    {
        var d = Run("The Berlin gallery is run by Hannelore von Trump, who is no relation of Donald Trump.");
        Assert.True(Has(Mentions(d), "Hannelore von Trump", EntityTypes.Person));
        Assert.Null(Owner(d, "Hannelore von Trump").Kb);
        // a capitalised word that is no given name does not open the name
        d = Run("Congratulating Trump, the senator praised the deal.");
        Assert.True(Has(Mentions(d), "Trump", EntityTypes.Person));
    }

    [Fact]
    public void A_generation_suffix_belongs_to_the_name()
    {
        var m = Mentions(Run("The bill was drafted by Harold T. Whitcombe Jr. and backed by Gerald Pemberton III on Tuesday."));
        Assert.True(Has(m, "Harold T. Whitcombe Jr.", EntityTypes.Person));
        Assert.True(Has(m, "Gerald Pemberton III", EntityTypes.Person));
    }

    [Fact]
    public void An_apostrophe_after_O_or_D_stays_inside_a_family_name()
    {
        var m = Mentions(Run("Midfielder Cillian O'Donovan scored twice, and Paolo D’Alessandro saved a penalty."));
        Assert.True(Has(m, "Cillian O'Donovan", EntityTypes.Person));
        Assert.True(Has(m, "Paolo D’Alessandro", EntityTypes.Person));
    }

    [Fact]
    public void A_particle_that_is_no_common_word_vouches_for_an_unlisted_given_name()
    {
        var m = Mentions(Run("The court heard from Joris van der Wiel, the ship's captain, on Thursday."));
        Assert.True(Has(m, "Joris van der Wiel", EntityTypes.Person));
        // a common French particle does not ("la Maison de Molière" is no person)
        m = Mentions(Run("La troupe joue ce soir à la Maison de Molière.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person && x.Text.StartsWith("Maison", StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_name_whose_family_name_comes_back_alone_is_a_person()
    {
        var m = Mentions(Run("Tavita Molesworth was elected mayor on Sunday. Molesworth, a former teacher, won 54% of the vote."));
        Assert.True(Has(m, "Tavita Molesworth", EntityTypes.Person));
        Assert.True(Has(m, "Molesworth", EntityTypes.Person));
    }

    [Fact]
    public void A_one_word_place_after_a_given_name_is_a_family_name()
    {
        var d = Run("The prize went to Mark Canada, a physicist from Toronto.");
        var m = Mentions(d);
        Assert.True(Has(m, "Mark Canada", EntityTypes.Person));
        Assert.False(Has(m, "Canada", EntityTypes.Location));
    }

    [Fact]
    public void A_name_after_a_countrys_possessive_is_a_person()
    {
        var m = Mentions(Run("Earlier, Norway's Solveig Brekkestad won the sprint by two seconds."));
        Assert.True(Has(m, "Solveig Brekkestad", EntityTypes.Person));
        // an office after the possessive is no name
        m = Mentions(Run("Japan's Foreign Minister Takeshi Iwaya arrived on Monday."));
        Assert.True(Has(m, "Takeshi Iwaya", EntityTypes.Person));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("Foreign Minister Takeshi", StringComparison.Ordinal));
    }
}
