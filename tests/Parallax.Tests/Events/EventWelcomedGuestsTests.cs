using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// A guest welcomed in the passive by a person at a place is a host receiving a visitor, not praise (issue #7, false
/// alarms; docs/events.md, "Welcomed guests"). Made-up sentences; cases where the rule must not fire.
/// </summary>
public class EventWelcomedGuestsTests
{
    static readonly EventStage Stage = new();

    static Document Coast(string text) => new DocBuilder(text, "en", "2025-05-14")
        .Entity("Ghana", "LOCATION", "GHA", "Ghana")
        .Entity("Senegal", "LOCATION", "SEN", "Senegal")
        .Entity("Accra", "LOCATION", "GHA", "Accra")
        .Entity("Amadou Sow", "PERSON", "SEN", "Amadou Sow", "Sow")
        .Entity("Kofi Mensah", "PERSON", "GHA", "Kofi Mensah", "Mensah").Build();

    static string All(Document doc, IEnumerable<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type}/{e.Mode} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));

    [Theory]
    // the place of a ", where" relative before the welcomed subject
    [InlineData("Amadou Sow flew on to Accra, where he was welcomed by Kofi Mensah.")]
    // a place phrase between the welcome and its agent, the subject a relative "who"
    [InlineData("Amadou Sow, who was welcomed at the airport by Kofi Mensah, spoke of a new chapter.")]
    public void A_person_welcomed_by_a_person_at_a_place_is_a_visit(string text)
    {
        var doc = Coast(text);
        var events = Stage.Process(doc).Events;
        Assert.False(events.Any(e => e.Type == "SUPPORT"), All(doc, events));
        Assert.Contains(events, e => e.Type == "CONSULT" && e.Mode == "visit" && Names(doc, e.Targets).Contains("Kofi Mensah"));
    }

    [Theory]
    // a thing welcomed, even at a place: praise
    [InlineData("The plan, which was welcomed at a press conference by Kofi Mensah, would cut tariffs on Senegal.")]
    // no place: "was welcomed by" a person is praise of the subject's act
    [InlineData("The decision of Senegal was welcomed by Kofi Mensah on Monday.")]
    public void A_welcome_without_a_guest_at_a_place_stays_praise(string text)
    {
        var doc = Coast(text);
        var events = Stage.Process(doc).Events;
        Assert.False(events.Any(e => e.Type == "CONSULT" && e.Mode == "visit"), All(doc, events));
    }
}
