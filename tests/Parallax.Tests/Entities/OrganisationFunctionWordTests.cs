using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// Organisation names with function words inside (docs/entities.md, "Thirteenth round (short): function words inside
/// organisation names"): an English public body's head goes on with "for"/"on" and capitalised words, a French
/// head-word name takes a "pour" complement and an "et" between complements, and "Conférence" and "Academy" are heads;
/// on French and English sentences written for these tests.
/// </summary>
public class OrganisationFunctionWordTests
{
    [Fact]
    public void An_english_public_body_goes_on_with_for_and_on()
    {
        var m = Mentions(Run("A report by the Institute for Coastal Research found that sea levels had risen faster than expected."));
        Assert.Contains(("Institute for Coastal Research", EntityTypes.Organization), m);
        m = Mentions(Run("The Commission on Rural Affairs will publish its findings next month, officials said."));
        Assert.Contains(("Commission on Rural Affairs", EntityTypes.Organization), m);
        m = Mentions(Run("Figures from the Office for Transport Statistics showed rail journeys fell by a fifth."));
        Assert.Contains(("Office for Transport Statistics", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_date_after_on_is_no_part_of_the_name()
    {
        var m = Mentions(Run("Dorset County Council on Monday approved a plan to close three libraries."));
        Assert.Contains(("Dorset County Council", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Text.Contains("Monday", StringComparison.Ordinal) && x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void An_academy_is_an_organisation_head()
    {
        var m = Mentions(Run("The Royal Danish Academy of Letters awarded its annual prize to a poet from Aarhus."));
        Assert.Contains(("Royal Danish Academy of Letters", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_french_name_takes_et_between_its_complements()
    {
        var m = Mentions(Run("La Caisse de retraite et prévoyance du Limousin a relevé ses cotisations mardi.", "fr"));
        Assert.Contains(("Caisse de retraite et prévoyance du Limousin", EntityTypes.Organization), m);
        m = Mentions(Run("Selon l’Institut de recherche et de documentation des territoires, le chômage a reculé.", "fr"));
        Assert.Contains(m, x => x.Type == EntityTypes.Organization && x.Text.StartsWith("Institut de recherche et de documentation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_french_et_with_no_complement_after_it_ends_the_name()
    {
        var m = Mentions(Run("La Cour des comptes et plusieurs syndicats ont critiqué le projet de loi.", "fr"));
        Assert.Contains(("Cour des comptes", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Text.StartsWith("Cour des comptes et", StringComparison.Ordinal));
    }

    [Fact]
    public void A_french_name_takes_a_pour_complement()
    {
        var m = Mentions(Run("L’Agence pour la rénovation des quartiers a signé jeudi une convention avec la ville.", "fr"));
        Assert.Contains(("Agence pour la rénovation des quartiers", EntityTypes.Organization), m);
    }

    [Fact]
    public void Conference_is_a_french_organisation_head()
    {
        var m = Mentions(Run("La Conférence des présidents d’université a demandé vendredi une hausse des crédits.", "fr"));
        Assert.Contains(m, x => x.Type == EntityTypes.Organization && x.Text.StartsWith("Conférence des présidents", StringComparison.Ordinal));
    }

    [Fact]
    public void A_defined_acronym_used_alone_later_is_the_long_form()
    {
        var d = Run("La Fédération nationale des exploitants forestiers (FNEF) a manifesté lundi devant la préfecture. La FNEF réclame des aides d’urgence.", "fr");
        var owner = Owner(d, "Fédération nationale des exploitants forestiers");
        Assert.Equal(3, owner.Mentions.Count());
        Assert.Single(d.Entities, e => e.Mentions.Any(m => m.Text == "FNEF"));
        d = Run("The National Union of Bakers (NUB) called a strike on Monday. The NUB said talks with employers had failed.");
        Assert.Equal(3, Owner(d, "National Union of Bakers").Mentions.Count());
    }
}
