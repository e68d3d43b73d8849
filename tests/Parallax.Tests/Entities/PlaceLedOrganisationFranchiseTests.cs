using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// An organisation named by a country and a word of its own, in either order, is typed by the words around it like any
/// other name ("Brixo France, la filiale", "a subsidiary of Canada Lumbar"; docs/entities.md, "Organisations named with
/// a country"; sentences written for these tests).
/// </summary>
public class PlaceLedOrganisationFranchiseTests
{
    [Fact]
    public void A_company_name_ending_with_a_country_and_an_organisation_apposition_is_one_organisation()
    {
        var m = Mentions(Run("Les salariés de Brixo France, la filiale du groupe néerlandais, ont voté la grève mardi.", "fr"));
        Assert.Contains(("Brixo France", EntityTypes.Organization), m);
        Assert.DoesNotContain(("France", EntityTypes.Location), m);
    }

    [Fact]
    public void A_company_name_opened_by_a_country_after_a_company_cue_is_one_organisation()
    {
        var m = Mentions(Run("Shares of Canada Lumbar fell 8 percent on Tuesday after the mill closures."));
        Assert.Contains(("Canada Lumbar", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Canada", EntityTypes.Location), m);
    }

    [Fact]
    public void A_country_with_a_place_word_or_no_organisation_cue_stays_a_place()
    {
        var m = Mentions(Run("Shares of Northern Canada miners fell, and Brixo France said nothing on Tuesday."));
        Assert.DoesNotContain(("Northern Canada", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Brixo France", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_town_that_is_a_given_name_and_a_plural_after_a_plural_article_is_a_team()
    {
        var m = Mentions(Run("The guard signed with the Dallas Falcons on Friday after two seasons in Spain."));
        Assert.Contains(("Dallas Falcons", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Dallas Falcons", EntityTypes.Person), m);
        var fr = Mentions(Run("L’ailier des Dallas Comets a été suspendu trois matchs par la ligue mardi.", "fr"));
        Assert.Contains(("Dallas Comets", EntityTypes.Organization), fr);
    }

    [Fact]
    public void A_given_name_and_a_plural_without_an_article_stays_a_person()
    {
        var m = Mentions(Run("Dallas Hawkins, a nurse from Leeds, said the ward had closed on Friday."));
        Assert.DoesNotContain(("Dallas Hawkins", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_French_holding_or_maison_apposition_makes_a_name_an_organisation()
    {
        var m = Mentions(Run("Verlomo, la holding de la famille Dubreuil, a racheté deux vignobles, et Tessaro, la maison mère du fabricant, a refusé.", "fr"));
        Assert.Contains(("Verlomo", EntityTypes.Organization), m);
        Assert.Contains(("Tessaro", EntityTypes.Organization), m);
    }
}
