using System.Collections.Immutable;
using Parallax.Evaluation;
using Parallax.Model;
using Parallax.Storage;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The sixth round of general rules (docs/entities.md, "Sixth round"), each on French and English sentences written for
/// these tests: companies named alone by the words around them, teams by a result verb, names after a nationality noun,
/// compound place names after a preposition, and the credited agency's span in its removed source line.
/// </summary>
public class SixthRoundRuleTests
{
    [Fact]
    public void A_company_named_alone_as_the_subject_of_a_reporting_verb_is_an_organisation()
    {
        var fr = Mentions(Run("Brindelor a annoncé mardi la fermeture de son usine de Vierzon.", "fr"));
        Assert.Contains(("Brindelor", EntityTypes.Organization), fr);
        var en = Mentions(Run("Quorvex said on Monday it would cut 300 jobs."));
        Assert.Contains(("Quorvex", EntityTypes.Organization), en);
        // a family name stays a person ("Martin a déclaré"), and so does the lone name of a person already introduced
        var p = Run("Jeanne Kervella dirige la coopérative. Kervella a déclaré que la récolte était perdue.", "fr");
        Assert.Equal(EntityTypes.Person, Owner(p, "Kervella").Type);
        // a knowledge-base person's lone surname stays a person even before any full name
        var kb = Run("Pompeo said the decision was consistent with international law.");
        Assert.Equal(EntityTypes.Person, Owner(kb, "Pompeo").Type);
    }

    [Fact]
    public void The_employer_of_a_chief_executive_and_the_object_of_a_takeover_are_organisations()
    {
        var fr = Mentions(Run("Selon le PDG de Valmorel, Paul Girard, les ventes ont reculé.", "fr"));
        Assert.Contains(("Valmorel", EntityTypes.Organization), fr);
        var en = Mentions(Run("The chief executive of Tarlowe Brands resigned after the takeover of Menbridge collapsed."));
        Assert.Contains(("Tarlowe Brands", EntityTypes.Organization), en);
        Assert.Contains(("Menbridge", EntityTypes.Organization), en);
        var en2 = Mentions(Run("Kelvora's chief financial officer left in March."));
        Assert.Contains(("Kelvora", EntityTypes.Organization), en2);
    }

    [Fact]
    public void A_town_before_a_result_verb_is_its_team()
    {
        var fr = Mentions(Run("Dimanche, Nantes s'est imposé face à une équipe réduite à dix.", "fr"));
        Assert.Contains(("Nantes", EntityTypes.Organization), fr);
        var en = Mentions(Run("On Saturday, Leeds beat the league leaders at home."));
        Assert.Contains(("Leeds", EntityTypes.Organization), en);
        // the town itself elsewhere is still a place
        Assert.Contains(("Nantes", EntityTypes.Location), Mentions(Run("Le maire a inauguré un pont à Nantes.", "fr")));
    }

    [Fact]
    public void A_name_after_a_nationality_noun_and_its_article_is_a_person()
    {
        var fr = Mentions(Run("Le Slovène Tadej Pogacar a devancé la Néerlandaise Demi Vollering et le Danois Mads Pedersen.", "fr"));
        Assert.Contains(("Tadej Pogacar", EntityTypes.Person), fr);
        Assert.Contains(("Demi Vollering", EntityTypes.Person), fr);
        Assert.Contains(("Mads Pedersen", EntityTypes.Person), fr);
        // the nationality noun still stands for the country
        Assert.Contains(("Slovène", EntityTypes.Location), fr);
        var en = Mentions(Run("The award went to the Norwegian Orla Fenwick for her first film."));
        Assert.Contains(("Orla Fenwick", EntityTypes.Person), en);
    }

    [Fact]
    public void A_compound_place_name_after_a_preposition_is_a_place()
    {
        var fr = Mentions(Run("La crue a touché des maisons à Vernoux-les-Bains et à Saint-Perdoux, où les pompiers sont intervenus.", "fr"));
        Assert.Contains(("Vernoux-les-Bains", EntityTypes.Location), fr);
        Assert.Contains(("Saint-Perdoux", EntityTypes.Location), fr);
        var en = Mentions(Run("The festival returns in Wexby-upon-Tarn next summer."));
        Assert.Contains(("Wexby-upon-Tarn", EntityTypes.Location), en);
        // a hyphenated word that is no name ("à Jean-Pierre" is a person's given name, "à long-terme" is lower case)
        Assert.DoesNotContain(Mentions(Run("Il a prêté sa voiture à Jean-Pierre.", "fr")), m => m.Type == EntityTypes.Location);
    }

    [Fact]
    public void A_credited_agency_points_to_its_words_in_the_removed_source_line()
    {
        var doc = LanguageEvaluation.AsDocument("t", "fr", "Le président a parlé mercredi.", DateOnly.Parse("2025-02-12"))
            with { Removed = ImmutableArray.Create("Laisser un commentaire", "Source: agence tass") };
        var d = Stage.Process(doc);
        var tass = Assert.Single(d.Entities, e => e.Name == "TASS");
        var where = Assert.Single(tass.RemovedMentions);
        Assert.Equal(1, where.Line);
        Assert.Equal("agence tass", doc.Removed[where.Line][where.Start..where.End]);
        Assert.Equal(where.Text, doc.Removed[where.Line][where.Start..where.End]);
        // the record carries it and reads it back; entities without one have no such field
        var json = RecordJson.Serialize(d);
        Assert.Contains("\"removed_mentions\":[{\"line\":1,", json);
        var back = RecordJson.DeserializeDocument(json);
        Assert.Equal(where, Assert.Single(back.Entities.Single(e => e.Name == "TASS").RemovedMentions));
        Assert.DoesNotContain("removed_mentions", RecordJson.Serialize(Stage.Process(doc with { Removed = [] })));
    }

    [Fact]
    public void A_town_the_KB_does_not_have_before_a_capitalised_office_qualifies_it()
    {
        // the office with its town is a mention of the person it introduces, as "US President" is
        var d = Run("On Friday, Grenoble Mayor Claire Vautrin opened the new tram line.");
        Assert.Contains(("Grenoble Mayor", EntityTypes.Person), Mentions(d));
        Assert.Equal("Claire Vautrin", Owner(d, "Grenoble Mayor").Name);
    }

    [Fact]
    public void French_institutions_with_a_lower_case_head_and_a_proper_complement_are_organisations()
    {
        var m = Mentions(Run("Les chercheurs de l’université de Grenoble et de la Bourse de Londres ont publié l’étude.", "fr"));
        Assert.Contains(("université de Grenoble", EntityTypes.Organization), m);
        Assert.Contains(("Bourse de Londres", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_name_after_a_lower_case_noun_of_networks_suppliers_and_teams_is_an_organisation()
    {
        var fr = Mentions(Run("Selon le gestionnaire du réseau Corvelec, les coupures ont touché l’équipe Ardenval et ses coureurs.", "fr"));
        Assert.Contains(("Corvelec", EntityTypes.Organization), fr);
        Assert.Contains(("Ardenval", EntityTypes.Organization), fr);
        var en = Mentions(Run("Customers of the utility Halvern Power lost supply, and the charity Brightwell Trust opened shelters."));
        Assert.Contains(("Halvern Power", EntityTypes.Organization), en);
        Assert.Contains(("Brightwell Trust", EntityTypes.Organization), en);
    }
}
