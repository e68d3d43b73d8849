using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// Places and people of the twenty-second round (docs/entities.md, "Twenty-second round: places and people"); sentences
/// written for these tests.
/// </summary>
public class PlacesAndPeopleBlind22Tests
{
    [Fact]
    public void A_sentence_opening_with_capitalised_a_names_a_place()
    {
        var m = Mentions(Run("Les secours sont arrivés tard. À Tazarine, trois maisons de pisé se sont effondrées.", "fr"));
        Assert.Contains(("Tazarine", EntityTypes.Location), m);
    }

    [Fact]
    public void A_sentence_opening_with_capitalised_in_names_a_place()
    {
        var m = Mentions(Run("The fire spread overnight. In Tallong, a father and son died defending their farm."));
        Assert.Contains(("Tallong", EntityTypes.Location), m);
    }

    [Fact]
    public void A_month_or_an_institution_after_a_sentence_opening_in_is_no_place()
    {
        var m = Mentions(Run("In March, prices rose again. In Parliament, the bill passed on a second reading."));
        Assert.DoesNotContain(m, x => x.Text is "March" or "Parliament" && x.Type == EntityTypes.Location);
    }

    [Fact]
    public void A_verb_of_going_or_coming_places_the_name_after_it()
    {
        var fr = Mentions(Run("Les blessés ont été transférés vers Tazarine. Une secouriste originaire de Kelâat, dans le sud, raconte la nuit.", "fr"));
        Assert.Contains(("Tazarine", EntityTypes.Location), fr);
        Assert.Contains(("Kelâat", EntityTypes.Location), fr);
        var en = Mentions(Run("Thousands of families fled to Warrabri on foot after the attack."));
        Assert.Contains(("Warrabri", EntityTypes.Location), en);
    }

    [Fact]
    public void An_employer_after_venu_de_or_a_given_name_after_vers_is_no_place()
    {
        var m = Mentions(Run("Le nouveau directeur, venu de Brasmark, a pris ses fonctions lundi. Tous les regards se tournent vers Maxime Durandal.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Location);
    }

    [Fact]
    public void Its_opens_a_role_description_as_his_and_their_do()
    {
        var m = Mentions(Run("The retailer said its chief executive, Tom Brearly, would leave in May."));
        Assert.Contains(("its chief executive", EntityTypes.Person), m);
        Assert.DoesNotContain(("chief executive", EntityTypes.Person), m);
    }

    [Fact]
    public void An_arch_a_mansion_an_abbey_and_a_cemetery_end_a_place_name()
    {
        var m = Mentions(Run("Mourners walked from Dunmore Abbey past Harcastle Arch to Glenview Cemetery, then to Ashby Mansion."));
        Assert.Contains(("Dunmore Abbey", EntityTypes.Location), m);
        Assert.Contains(("Harcastle Arch", EntityTypes.Location), m);
        Assert.Contains(("Glenview Cemetery", EntityTypes.Location), m);
        Assert.Contains(("Ashby Mansion", EntityTypes.Location), m);
    }

    [Fact]
    public void Irish_co_names_the_county_after_it_but_not_a_company_suffix()
    {
        var m = Mentions(Run("She grew up in Ballykeel, Co Monaghan, and later worked for Brennock Foods Co Ltd in Leeds."));
        Assert.Contains(("Monaghan", EntityTypes.Location), m);
        Assert.DoesNotContain(m, x => x.Text == "Ltd" && x.Type == EntityTypes.Location);
    }
}
