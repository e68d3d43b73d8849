using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// False alarms of issue #7, fifth precision round (docs/events.md, "Old events an anniversary marks"): an event noun
/// after "anniversary", "years since", "commemorate", "anniversaire", "commémorer" or "les dix ans des" is the old event
/// the news remembers, not news. The sentences are made up, in French and English; the rule has cases where it must not
/// fire (the act told as news, a verb after the phrase).
/// </summary>
public class EventRememberedEventsTests
{
    static readonly EventStage Stage = new();

    static Document Sahel(string text, string lang) => new DocBuilder(text, lang, "2025-05-14")
        .Entity("Mali", "LOCATION", "MLI", "Mali", "le Mali")
        .Entity("Niger", "LOCATION", "NER", "Niger", "le Niger")
        .Entity("Ghana", "LOCATION", "GHA", "Ghana", "le Ghana")
        .Entity("Accra", "LOCATION", "GHA", "Accra")
        .Entity("Bamako", "LOCATION", "MLI", "Bamako")
        .Entity("Sahel Liberation Front", "ORGANIZATION", null, "Sahel Liberation Front", "Front de libération du Sahel")
        .Entity("Amadou Sow", "PERSON", "MLI", "Amadou Sow", "Sow")
        .Entity("Kofi Mensah", "PERSON", "GHA", "Kofi Mensah", "Mensah").Build();

    static string All(Document doc, IEnumerable<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type}/{e.Mode} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));

    [Theory]
    [InlineData("Kofi Mensah travelled to Bamako on Monday to mark the second anniversary of Niger's invasion of Mali.", "en")]
    [InlineData("Malians marked five years since the Sahel Liberation Front's attack on Bamako with a silent march.", "en")]
    [InlineData("Amadou Sow a présidé lundi à Bamako la cérémonie du deuxième anniversaire de l'invasion du Mali par le Niger.", "fr")]
    [InlineData("Le Mali s'apprête à commémorer les dix ans des attentats du Front de libération du Sahel à Bamako.", "fr")]
    public void The_old_event_an_anniversary_marks_is_no_event(string text, string lang)
    {
        var doc = Sahel(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.False(events.Any(e => e.Type == "ASSAULT"), All(doc, events));
    }

    [Theory]
    [InlineData("Niger invaded Mali on Monday, two years after the Sahel Liberation Front's attack on Bamako.", "en")]
    [InlineData("Le Niger a attaqué le Mali lundi, jour anniversaire de son indépendance.", "fr")]
    [InlineData("On the anniversary of the treaty, Niger attacked Mali.", "en")]
    public void An_attack_told_as_news_stays(string text, string lang)
    {
        var doc = Sahel(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "ASSAULT"), All(doc, events));
    }
}
