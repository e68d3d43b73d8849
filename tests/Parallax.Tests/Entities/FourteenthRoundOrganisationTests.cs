using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The organisation rules of the fourteenth round (docs/entities.md, "Fourteenth round: organisations"), on French and
/// English sentences written for these tests, with companies and bodies invented for them.
/// </summary>
public class FourteenthRoundOrganisationTests
{
    static bool Has((string Text, string Type)[] mentions, string text, string type) => mentions.Contains((text, type));

    [Fact]
    public void A_lower_case_nationality_after_an_article_names_a_company()
    {
        var m = Mentions(Run("La papeterie a été rachetée en 2021 par le néerlandais Brouwhuis, avant d’être revendue au suédois Norrvikens.", "fr"));
        Assert.True(Has(m, "Brouwhuis", EntityTypes.Organization));
        Assert.True(Has(m, "Norrvikens", EntityTypes.Organization));
        // a person's nationality is capitalised
        m = Mentions(Run("Le titre a été remporté par le Néerlandais Pieter Brouwhuis devant l’Italien Marco Ferrabosco.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_place_adjective_of_origin_opens_a_company_name()
    {
        var m = Mentions(Run("The contract went to Leeds-based Quillfield after a two-year tender.", "en"));
        Assert.True(Has(m, "Quillfield", EntityTypes.Organization));
    }

    [Fact]
    public void An_apposition_with_a_place_before_its_head_names_a_company()
    {
        var m = Mentions(Run("Brenmoor, a Glasgow software firm, said on Monday it would hire 200 people.", "en"));
        Assert.True(Has(m, "Brenmoor", EntityTypes.Organization));
        m = Mentions(Run("Tavorista, the Portuguese operator of the terminal, cut its forecast.", "en"));
        Assert.True(Has(m, "Tavorista", EntityTypes.Organization));
    }

    [Fact]
    public void A_number_that_opens_a_company_name_belongs_to_it()
    {
        var m = Mentions(Run("The club was sold last year to 88 Meridian, a Boston investment firm, for an undisclosed sum.", "en"));
        Assert.True(Has(m, "88 Meridian", EntityTypes.Organization));
    }

    [Fact]
    public void A_name_listed_with_organisations_is_one()
    {
        var m = Mentions(Run("Workers walked out at Renault, Valtrenne and Stellantis on Friday.", "en"));
        Assert.True(Has(m, "Valtrenne", EntityTypes.Organization));
        m = Mentions(Run("Les salariés de Valtrenne et Renault ont cessé le travail jeudi.", "fr"));
        Assert.True(Has(m, "Valtrenne", EntityTypes.Organization));
        // a comma alone is no list, and a title opens a person's name
        m = Mentions(Run("A spokesman for Renault, Valtrenne Dubois, declined to comment.", "en"));
        Assert.DoesNotContain(m, x => x.Text == "Valtrenne" && x.Type == EntityTypes.Organization);
        m = Mentions(Run("The bill was backed by Renault and Senator Osaro Ekpe.", "en"));
        Assert.DoesNotContain(m, x => x.Text.Contains("Ekpe", StringComparison.Ordinal) && x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_public_body_lists_its_remits_with_commas_and_and()
    {
        var m = Mentions(Run("The Office for Rivers, Coasts and Harbours published its plan on Tuesday.", "en"));
        Assert.True(Has(m, "Office for Rivers, Coasts and Harbours", EntityTypes.Organization));
    }

    [Fact]
    public void A_nationality_after_a_French_organisation_s_adjectives_belongs_to_it()
    {
        var m = Mentions(Run("La Fédération royale belge a suspendu l’arbitre pour trois matchs.", "fr"));
        Assert.True(Has(m, "Fédération royale belge", EntityTypes.Organization));
    }

    [Fact]
    public void A_French_topic_or_aim_after_the_head_belongs_to_the_name()
    {
        var m = Mentions(Run("La Ligue contre l’obésité a publié mardi un rapport, salué par la Commission d’enquête sur les inondations.", "fr"));
        Assert.True(Has(m, "Ligue contre l’obésité", EntityTypes.Organization));
        Assert.True(Has(m, "Commission d’enquête sur les inondations", EntityTypes.Organization));
        // after an adjective, "sur" opens the sentence's own complement
        m = Mentions(Run("La Commission européenne sur ce dossier reste prudente.", "fr"));
        Assert.DoesNotContain(m, x => x.Text.Contains("dossier", StringComparison.Ordinal));
    }
}
