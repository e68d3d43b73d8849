using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The edges of place names (docs/entities.md, "Twenty-fourth round"; sentences written for these tests): a lower-case
/// administrative noun of a KB place's alias stays out of the mention ("la région de Kherson" → "Kherson"), a
/// capitalised one stays in ("Kherson Oblast"); an unknown person whose mentions open with a word only places open with
/// ("Fort Myers") is a place, unless a possessive follows ("St Thomas' Hospital").
/// </summary>
public class AdministrativeNounPlaceFirstWordTests
{
    [Fact]
    public void A_french_administrative_noun_before_the_name_stays_out()
    {
        var m = Mentions(Run("Des frappes ont visé la région de Kherson dans la nuit, selon les autorités locales.", "fr", "2024-06-01"));
        Assert.Contains(("Kherson", EntityTypes.Location), m);
        Assert.DoesNotContain(("région de Kherson", EntityTypes.Location), m);
        var d = Mentions(Run("L’oblast de Donetsk a encore été visé par des drones mardi soir.", "fr", "2024-06-01"));
        Assert.Contains(("Donetsk", EntityTypes.Location), d);
        Assert.DoesNotContain(("oblast de Donetsk", EntityTypes.Location), d);
    }

    [Fact]
    public void An_english_administrative_noun_after_the_name_stays_out()
    {
        var m = Mentions(Run("Shelling hit several villages in the Zaporizhzhia region on Sunday, officials said.", "en", "2024-06-01"));
        Assert.Contains(("Zaporizhzhia", EntityTypes.Location), m);
        Assert.DoesNotContain(("Zaporizhzhia region", EntityTypes.Location), m);
    }

    [Fact]
    public void A_capitalised_administrative_word_is_part_of_the_name()
    {
        var m = Mentions(Run("Officials in Kherson Oblast said the ferry would resume on Monday.", "en", "2024-06-01"));
        Assert.Contains(("Kherson Oblast", EntityTypes.Location), m);
        Assert.DoesNotContain(("Kherson", EntityTypes.Location), m);
    }

    [Fact]
    public void A_governor_of_a_region_keeps_the_whole_description()
    {
        var m = Mentions(Run("Des tirs ont visé Koupiansk. Le gouverneur de la région de Kharkiv a demandé aux familles de partir.", "fr", "2024-06-01"));
        Assert.Contains(("Le gouverneur de la région de Kharkiv", EntityTypes.Person), m);
        Assert.DoesNotContain(("Kharkiv", EntityTypes.Location), m);
    }

    [Fact]
    public void A_name_opening_with_fort_or_port_is_a_place()
    {
        var m = Mentions(Run("Floodwaters cut off Fort Myers and Port Charlotte on Thursday, and crews reached Cape Coral by boat."));
        Assert.Contains(("Fort Myers", EntityTypes.Location), m);
        Assert.DoesNotContain(("Fort Myers", EntityTypes.Person), m);
    }

    [Fact]
    public void A_saint_before_a_possessive_is_left_alone()
    {
        var m = Mentions(Run("The appeal raised money for St Mungo's and for St Thomas' Hospital, the charity said."));
        Assert.DoesNotContain(("St Thomas", EntityTypes.Location), m);
    }
}
