using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Attack words that name ammunition ("artillery shells") or a pitch invasion in sport ("invaded the pitch", "ont envahi
/// la pelouse") are no assault (issue #7, false alarms; docs/events.md, "Words that look like events"). Made-up
/// sentences; cases where the words must still code an attack.
/// </summary>
public class EventSportAndMunitionAlarmsTests
{
    static readonly EventStage Stage = new();

    static Document Coast(string text, string lang) => new DocBuilder(text, lang, "2025-05-14")
        .Entity("Ghana", "LOCATION", "GHA", "Ghana", "le Ghana")
        .Entity("Senegal", "LOCATION", "SEN", "Senegal", "le Sénégal", "Sénégal")
        .Entity("Accra", "LOCATION", "GHA", "Accra")
        .Entity("Amadou Sow", "PERSON", "SEN", "Amadou Sow", "Sow").Build();

    static string All(Document doc, IEnumerable<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type}/{e.Mode} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));

    [Theory]
    [InlineData("Ghana announced the delivery of rifles, artillery shells and trucks to Senegal.", "en")]
    [InlineData("Fans of Ghana invaded the pitch in Accra after the win over Senegal.", "en")]
    [InlineData("Les supporteurs du Sénégal ont envahi la pelouse d'Accra après la victoire contre le Ghana.", "fr")]
    public void Munitions_and_pitch_invasions_are_no_assault(string text, string lang)
    {
        var doc = Coast(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.False(events.Any(e => e.Type == "ASSAULT"), All(doc, events));
    }

    [Theory]
    [InlineData("Ghana shells Senegal's border towns every night.", "en")]
    [InlineData("Ghana invaded Senegal on Monday.", "en")]
    public void Shelling_and_invading_a_country_stay_assaults(string text, string lang)
    {
        var doc = Coast(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }
}
