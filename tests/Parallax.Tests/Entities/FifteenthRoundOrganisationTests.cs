using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The organisation rules of the fifteenth round (docs/entities.md, "Fifteenth round: organisations"), on French and
/// English sentences written for these tests, with companies, clubs and bodies invented for them.
/// </summary>
public class FifteenthRoundOrganisationTests
{
    static bool Has((string Text, string Type)[] mentions, string text, string type) => mentions.Contains((text, type));

    [Fact]
    public void An_organisations_own_part_standing_alone_is_that_organisation()
    {
        // a head word any organisation may bear at the start ("Mouvement"), a place the KB names at the end ("Kenya")
        var d = Run("Le Mouvement Varnestal a annoncé jeudi la fermeture de douze agences. Varnestal emploie 4 000 personnes.", "fr");
        Assert.True(Has(Mentions(d), "Varnestal", EntityTypes.Organization));
        Assert.Equal(Owner(d, "Mouvement Varnestal"), Owner(d, "Varnestal"));
        var m = Mentions(Run("Quorrel Communications said on Tuesday it would sell its towers. Quorrel will keep its retail arm.", "en"));
        Assert.True(Has(m, "Quorrel", EntityTypes.Organization));
        m = Mentions(Run("Tessaly International Kenya condemned the arrests, and Tessaly asked for an inquiry.", "en"));
        Assert.True(Has(m, "Tessaly", EntityTypes.Organization));
        // not a part followed by another capitalised word, and never a given name
        m = Mentions(Run("Quorrel Communications cut its forecast; Quorrel Bay, the town, was not affected.", "en"));
        Assert.DoesNotContain(m, x => x.Text == "Quorrel" && x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void An_acronym_written_as_a_word_is_defined_by_the_initials_of_the_name_before_it()
    {
        var d = Run("L’Observatoire national des risques industriels (Onri) a publié lundi son rapport. L’Onri recommande trois mesures.", "fr");
        var m = Mentions(d);
        Assert.True(Has(m, "Observatoire national des risques industriels", EntityTypes.Organization));
        Assert.True(Has(m, "Onri", EntityTypes.Organization));
        Assert.Equal(Owner(d, "Observatoire national des risques industriels"), Owner(d, "Onri"));
        // "dans" is skipped like the other small words
        m = Mentions(Run("La Commission indépendante sur les violences dans les clubs (Civc) a rendu son rapport.", "fr"));
        Assert.True(Has(m, "Civc", EntityTypes.Organization));
        // a word in brackets whose letters are not the initials is no acronym
        m = Mentions(Run("Le Syndicat national des pilotes (Paris) a appelé à la grève.", "fr"));
        Assert.DoesNotContain(m, x => x.Text == "Paris" && x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void Founders_owners_and_coaches_belong_to_organisations()
    {
        var m = Mentions(Run("Le fondateur de Corvelia, Marc Aubry, quitte l’entreprise.", "fr"));
        Assert.True(Has(m, "Corvelia", EntityTypes.Organization));
        m = Mentions(Run("Elle est devenue propriétaire du Brennac Athletic en 2022.", "fr"));
        Assert.True(Has(m, "Brennac Athletic", EntityTypes.Organization));
        m = Mentions(Run("He was the owner of Tallowbridge Rovers for a decade.", "en"));
        Assert.True(Has(m, "Tallowbridge Rovers", EntityTypes.Organization));
    }

    [Fact]
    public void Industries_unions_and_company_verbs_name_organisations()
    {
        var m = Mentions(Run("Le procès du cimentier Dorvalis s’ouvre lundi.", "fr"));
        Assert.True(Has(m, "Dorvalis", EntityTypes.Organization));
        m = Mentions(Run("Les syndicats Unafor et Sepral ont appelé à la grève.", "fr"));
        Assert.True(Has(m, "Unafor", EntityTypes.Organization));
        m = Mentions(Run("Brakvold filed for Chapter 11 protection in Delaware on Thursday.", "en"));
        Assert.True(Has(m, "Brakvold", EntityTypes.Organization));
        m = Mentions(Run("Ofvent fined the operator £3 million for leaks.", "en"));
        Assert.True(Has(m, "Ofvent", EntityTypes.Organization));
        m = Mentions(Run("The tanker was chartered by Holmstrand, the shipping group said.", "en"));
        Assert.True(Has(m, "Holmstrand", EntityTypes.Organization));
    }
}
