using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Deaths caused by a disaster or an accident are no assault (issue #7, false alarms; docs/events.md, "Agentless
/// deaths"). Made-up sentences in English and French; cases where the rule must not fire.
/// </summary>
public class EventAgentlessDeathsTests
{
    static readonly EventStage Stage = new();

    static Document Coast(string text, string lang) => new DocBuilder(text, lang, "2025-05-14")
        .Entity("Ghana", "LOCATION", "GHA", "Ghana", "le Ghana")
        .Entity("Senegal", "LOCATION", "SEN", "Senegal", "le Sénégal", "Sénégal")
        .Entity("Accra", "LOCATION", "GHA", "Accra")
        .Entity("Amadou Sow", "PERSON", "SEN", "Amadou Sow", "Sow")
        .Entity("Kofi Mensah", "PERSON", "GHA", "Kofi Mensah", "Mensah").Build();

    static string All(Document doc, IEnumerable<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type}/{e.Mode} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));

    [Theory]
    [InlineData("Amadou Sow and Kofi Mensah were killed when their plane crashed near Accra on Sunday.", "en")]
    [InlineData("Kofi Mensah pledged new funds for the victims of the floods, which killed 200 people in Ghana.", "en")]
    [InlineData("Amadou Sow a été tué lundi dans un accident de la route près d'Accra.", "fr")]
    public void A_death_caused_by_a_disaster_or_an_accident_is_no_assault(string text, string lang)
    {
        var doc = Coast(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.False(events.Any(e => e.Type == "ASSAULT"), All(doc, events));
    }

    [Theory]
    // the victims are the verb's object: someone killed them, whatever happened after
    [InlineData("Ghanaian soldiers killed Amadou Sow after the crash of his plane near Accra.", "en")]
    // an attack named as the cause
    [InlineData("Amadou Sow was killed in an attack by Ghana near Accra.", "en")]
    public void A_death_with_an_agent_stays_an_assault(string text, string lang)
    {
        var doc = Coast(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }
}
