using Parallax.Evaluation;
using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Evaluation;

/// <summary>
/// PLOVER's domestic-recipient convention, applied by the scoring mapping and not by the event record
/// (docs/events.md, "Domestic recipients"). Made-up French and English sentences.
/// </summary>
public class PloverDomesticTests
{
    static readonly EventStage Stage = new();

    [Theory]
    [InlineData("Des paysans algériens ont entamé une grève de la faim à Alger lundi.", "fr")]
    [InlineData("Algerian farmers began a hunger strike in Algiers on Monday.", "en")]
    public void A_protest_with_no_named_target_is_scored_against_the_government_of_its_place(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Algeria", "LOCATION", "DZA", "algériens", "Algerian")
            .Entity("Algiers", "LOCATION", "DZA", "Alger", "Algiers").Build();
        var done = Stage.Process(doc);
        var ev = Assert.Single(done.Events);
        Assert.Equal("PROTEST", ev.Type);
        // the record names no recipient the text does not name
        Assert.Empty(ev.Targets);
        Assert.Equal(["DZA"], PloverEvaluation.DomesticRecipient(done, ev));
    }

    [Theory]
    [InlineData("Le gouvernement turc a imposé un couvre-feu dans la ville de Cizre.", "fr")]
    [InlineData("The Turkish government imposed a curfew in the town of Cizre.", "en")]
    public void A_repression_with_no_named_target_is_scored_against_its_own_state(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Turkey", "LOCATION", "TUR", "turc", "Turkish")
            .Entity("Cizre", "LOCATION", "TUR", "Cizre").Build();
        var done = Stage.Process(doc);
        var ev = Assert.Single(done.Events, e => e.Type == "COERCE");
        Assert.Empty(ev.Targets);
        Assert.Equal(["TUR"], PloverEvaluation.DomesticRecipient(done, ev));
    }

    [Theory]
    [InlineData("Emmanuel Macron a rencontré Olaf Scholz à Berlin.", "fr")]
    [InlineData("Emmanuel Macron met Olaf Scholz in Berlin.", "en")]
    public void Consultations_and_events_with_named_recipients_get_none(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Emmanuel Macron", "PERSON", "FRA", "Emmanuel Macron")
            .Entity("Olaf Scholz", "PERSON", "DEU", "Olaf Scholz")
            .Entity("Berlin", "LOCATION", "DEU", "Berlin").Build();
        var done = Stage.Process(doc);
        Assert.All(done.Events, e => Assert.Empty(PloverEvaluation.DomesticRecipient(done, e)));
        var threat = new Event { Id = "v9", Type = "THREATEN", Cameo = "130", Status = "occurred",
            Actors = [done.Entities[0].Id], Targets = [done.Entities[1].Id] };
        Assert.Empty(PloverEvaluation.DomesticRecipient(done, threat));
    }
}
