using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The place rules of the twelfth round (docs/entities.md, "Twelfth round: places"), on French and English sentences
/// written for these tests.
/// </summary>
public class TwelfthRoundPlaceTests
{
    static bool Has((string Text, string Type)[] mentions, string text, string type) => mentions.Contains((text, type));

    [Fact]
    public void A_country_in_a_title_is_no_place()
    {
        var m = Mentions(Run("Le club de Clermont a été sacré champion de France de rugby en 2017, puis s’est incliné en France contre Toulon.", "fr"));
        Assert.Single(m, x => x.Text == "France");
        m = Mentions(Run("Les Norvégiennes, doubles championnes d’Europe, ont remporté le championnat d’Europe disputé en Autriche.", "fr"));
        Assert.DoesNotContain(m, x => x.Text == "Europe");
        Assert.True(Has(m, "Autriche", EntityTypes.Location));
    }

    [Fact]
    public void A_natural_feature_with_a_lower_case_head_is_one_place()
    {
        var m = Mentions(Run("Les secours ont atteint jeudi la vallée de la Roya, puis le cap de la Hague et le glacier du Trient.", "fr"));
        Assert.True(Has(m, "vallée de la Roya", EntityTypes.Location));
        Assert.True(Has(m, "cap de la Hague", EntityTypes.Location));
        Assert.True(Has(m, "glacier du Trient", EntityTypes.Location));
        // a part of a region named by its region is the region ("la pointe de la Bretagne"); a department keeps its feature
        m = Mentions(Run("Les vents ont frappé la pointe de la Bretagne, puis le golfe du Morbihan.", "fr"));
        Assert.True(Has(m, "Bretagne", EntityTypes.Location));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("pointe", StringComparison.Ordinal));
        Assert.True(Has(m, "golfe du Morbihan", EntityTypes.Location));
    }

    [Fact]
    public void A_head_before_a_natural_feature_belongs_to_the_place()
    {
        var m = Mentions(Run("Ferries stopped crossing Lake Geneva on Monday, and ships avoided the Gulf of Aden after the River Severn flooded."));
        Assert.True(Has(m, "Lake Geneva", EntityTypes.Location));
        Assert.True(Has(m, "Gulf of Aden", EntityTypes.Location));
        Assert.True(Has(m, "River Severn", EntityTypes.Location));
        Assert.DoesNotContain(m, x => x.Text is "Geneva" or "Aden");
        // a KB name that starts with the head stays the KB's
        var d = Run("The delegation flew from Cape Town to Nairobi on Tuesday.");
        Assert.Contains(d.Entities, e => e.Kb != null && e.Mentions.Any(x => x.Text == "Cape Town"));
    }

    [Fact]
    public void A_name_before_a_comma_and_its_region_is_a_place()
    {
        var m = Mentions(Run("L’usine de Locminé, dans le Morbihan, et celle de Plouvorn, dans le Finistère, fermeront en juin.", "fr"));
        Assert.True(Has(m, "Locminé", EntityTypes.Location));
        Assert.True(Has(m, "Plouvorn", EntityTypes.Location));
        m = Mentions(Run("The mill at Treorchy, Wales, closed on Friday, the owners said."));
        Assert.True(Has(m, "Treorchy", EntityTypes.Location));
        // a day, a person or a sentence's first word before the comma is no place
        m = Mentions(Run("On Monday, in Texas, Jane Holloway, California's envoy, spoke."));
        Assert.DoesNotContain(m, x => x.Text is "Monday" or "Holloway" or "Jane Holloway" && x.Type == EntityTypes.Location);
    }

    [Fact]
    public void Every_French_department_is_a_place()
    {
        var m = Mentions(Run("Les incendies ont repris dans le Var et dans l’Ain, tandis que le Lot était placé en vigilance.", "fr"));
        Assert.True(Has(m, "Var", EntityTypes.Location));
        Assert.True(Has(m, "Ain", EntityTypes.Location));
        Assert.True(Has(m, "Lot", EntityTypes.Location));
    }

    [Fact]
    public void A_town_that_wins_promotion_or_clinches_a_title_is_its_team()
    {
        var m = Mentions(Run("Burnley won promotion on Monday, while Ipswich clinched their place in the play-offs."));
        Assert.True(Has(m, "Burnley", EntityTypes.Organization));
        Assert.True(Has(m, "Ipswich", EntityTypes.Organization));
    }
}
