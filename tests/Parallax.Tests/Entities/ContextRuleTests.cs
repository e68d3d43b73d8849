using System.Collections.Immutable;
using Parallax.Entities;
using Parallax.Evaluation;
using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The rules of EntityStage.Context.cs: names typed by the words organisations take, institutions named by a common word,
/// capitals standing for their country, towns standing for their team, agencies credited in a removed source line.
/// </summary>
public class ContextRuleTests
{
    [Fact]
    public void A_single_word_is_a_company_by_the_nouns_before_it()
    {
        var m = Mentions(Run("Le groupe Zorvane a racheté la start-up Plimbo, tandis que le constructeur allemand Kessler recrute chez Arvelle.", "fr"));
        Assert.Contains(("Zorvane", EntityTypes.Organization), m);
        Assert.Contains(("Plimbo", EntityTypes.Organization), m);
        Assert.Contains(("Kessler", EntityTypes.Organization), m);
        Assert.Contains(("Arvelle", EntityTypes.Organization), m);
        var en = Mentions(Run("Shares of Quorvex fell after the chipmaker Talvane cut its forecast."));
        Assert.Contains(("Quorvex", EntityTypes.Organization), en);
        Assert.Contains(("Talvane", EntityTypes.Organization), en);
    }

    [Fact]
    public void A_single_word_is_a_company_by_the_words_after_it()
    {
        var m = Mentions(Run("Brantex's chief executive resigned on Monday, and Velmora shares fell 4%."));
        Assert.Contains(("Brantex", EntityTypes.Organization), m);
        Assert.Contains(("Velmora", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_person_after_a_company_noun_stays_a_person()
    {
        // a given name starts the name: "chez Marie Lambert" is someone's home, not a company
        var d = Run("Le dîner a eu lieu chez Marie Lambert, à Lyon.", "fr");
        Assert.DoesNotContain(Mentions(d), m => m.Type == EntityTypes.Organization);
        Assert.Contains(("Marie Lambert", EntityTypes.Person), Mentions(d));
    }

    [Fact]
    public void Institutions_named_by_a_common_word_are_organisations()
    {
        var en = Mentions(Run("The bill passed the Senate on Tuesday and now goes to the Supreme Court."));
        Assert.Contains(("Senate", EntityTypes.Organization), en);
        Assert.Contains(("Supreme Court", EntityTypes.Organization), en);
        var fr = Mentions(Run("Le ministère de l'Intérieur a saisi la cour d'appel de Lyon et le tribunal administratif de Rennes.", "fr"));
        Assert.Contains(("ministère de l'Intérieur", EntityTypes.Organization), fr);
        Assert.Contains(("cour d'appel de Lyon", EntityTypes.Organization), fr);
        Assert.Contains(("tribunal administratif de Rennes", EntityTypes.Organization), fr);
        Assert.DoesNotContain(("Lyon", EntityTypes.Location), fr);
    }

    [Fact]
    public void A_lower_case_head_needs_a_complement_that_is_no_person()
    {
        var fr = Mentions(Run("Le conseil de Marie Dupont a été entendu par la cour.", "fr"));
        Assert.DoesNotContain(fr, m => m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_capital_standing_for_its_government_is_its_country()
    {
        var d = Run("Les relations entre Paris et Berlin se sont tendues. Le président s'est rendu à Berlin.", "fr");
        Assert.Equal("France", Owner(d, "Paris").Name);
        Assert.Equal(EntityTypes.Location, Owner(d, "Paris").Type);
        var en = Run("Beijing's demands were rejected, and Tokyo said it would respond. Officials in Tokyo said nothing more.");
        Assert.Equal("China", Owner(en, "Beijing").Name);
        var tokyo = en.Entities.Where(e => e.Mentions.Any(m => m.Text == "Tokyo")).Select(e => e.Name).ToList();
        Assert.Contains("Japan", tokyo);   // "Tokyo said"
        Assert.Contains("Tokyo", tokyo);   // "in Tokyo": the city
    }

    [Fact]
    public void A_town_of_the_knowledge_base_before_a_score_is_its_team_but_not_where_the_match_is_played()
    {
        var d = Run("Le club a battu Lyon (3-1) dimanche, après un nul à Marseille (1-1).", "fr");
        Assert.Contains(("Lyon", EntityTypes.Organization), Mentions(d));
        Assert.Contains(("Marseille", EntityTypes.Location), Mentions(d));
    }

    [Fact]
    public void A_capitalised_plural_before_a_position_is_a_team()
    {
        var m = Mentions(Run("The suspension hit Ravens pass rusher Tom Baxley on Friday."));
        Assert.Contains(("Ravens", EntityTypes.Organization), m);
    }

    [Fact]
    public void Long_organisation_names_run_to_their_last_head_word()
    {
        var m = Mentions(Run("Officers of the Dayton Police Department Special Victims Investigation Unit arrested him."));
        Assert.Contains(("Dayton Police Department Special Victims Investigation Unit", EntityTypes.Organization), m);
    }

    [Fact]
    public void An_agency_credited_in_a_removed_source_line_is_an_entity_without_mentions()
    {
        var doc = LanguageEvaluation.AsDocument("t", "fr", "Le président a parlé mercredi.", DateOnly.Parse("2025-02-12"))
            with { Removed = ImmutableArray.Create("Source: agence tass", "Laisser un commentaire") };
        var d = Stage.Process(doc);
        var tass = Assert.Single(d.Entities, e => e.Name == "TASS");
        Assert.Empty(tass.Mentions);
        Assert.Contains("source", tass.Roles);
        // without the source line, no such entity
        Assert.DoesNotContain(Stage.Process(doc with { Removed = [] }).Entities, e => e.Name == "TASS");
    }
}
