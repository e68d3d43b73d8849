using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// An organisation named by its head word and ending with the country or region it serves keeps the place in its name
/// ("Sports Council Scotland", "Agence régionale de santé Corse"; docs/entities.md, "Organisations ending with their
/// place"; sentences written for these tests).
/// </summary>
public class OrgPlacesNameEndTests
{
    [Fact]
    public void A_country_after_an_organisation_head_ends_its_name()
    {
        var m = Mentions(Run("Grants from the Heritage Council Scotland will pay for the roof, a spokesman said on Monday."));
        Assert.Contains(("Heritage Council Scotland", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Scotland", EntityTypes.Location), m);
    }

    [Fact]
    public void A_region_after_a_French_public_body_ends_its_name()
    {
        var m = Mentions(Run("L’Agence régionale de santé Corse a demandé aux maires de fermer les piscines, a-t-on appris mardi.", "fr"));
        Assert.Contains(("Agence régionale de santé Corse", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Corse", EntityTypes.Location), m);
    }

    [Fact]
    public void A_place_that_opens_a_longer_name_or_follows_a_comma_stays_a_place()
    {
        var m = Mentions(Run("The Heritage Council, Scotland and the Scottish Parliament met on Monday; the Heritage Council Scotland Board did not."));
        Assert.Contains(("Scotland", EntityTypes.Location), m);
        Assert.DoesNotContain(("Heritage Council Scotland", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_nationality_right_after_a_French_head_and_before_a_complement_is_inside_the_name()
    {
        var m = Mentions(Run("La Fédération allemande de handball a suspendu son sélectionneur pour trois matchs, a-t-on appris jeudi.", "fr"));
        Assert.Contains(("Fédération allemande de handball", EntityTypes.Organization), m);
        Assert.DoesNotContain(("allemande", EntityTypes.Location), m);
    }

    [Fact]
    public void A_nationality_that_ends_a_French_name_stays_a_place()
    {
        var m = Mentions(Run("Le Fonds de garantie grec a versé les indemnités aux épargnants mardi.", "fr"));
        Assert.Contains(("grec", EntityTypes.Location), m);
    }
}
