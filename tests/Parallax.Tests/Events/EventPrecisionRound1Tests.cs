using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// False alarms of issue #7 (docs/events.md, "Aims of protests, hosts of meetings, titles"): the aim of a protest told in
/// a participle or purpose clause after it is part of the protest; a host verb whose object or passive subject is a
/// meeting noun names the host of the meeting told before; "médiateur" is a title. The sentences are made up, in French
/// and English.
/// </summary>
public class EventPrecisionRound1Tests
{
    static readonly EventStage Stage = new();

    static Document Andes(string text, string lang) => new DocBuilder(text, lang, "2025-04-10")
        .Entity("Lima", "LOCATION", "PER", "Lima")
        .Entity("Peru", "LOCATION", "PER", "Peru", "le Pérou", "Pérou")
        .Entity("Chile", "LOCATION", "CHL", "Chile", "le Chili", "Chili")
        .Entity("Bolivia", "LOCATION", "BOL", "Bolivia", "la Bolivie", "Bolivie")
        .Entity("Gabriel Boric", "PERSON", "CHL", "Gabriel Boric", "Boric")
        .Entity("Luis Arce", "PERSON", "BOL", "Luis Arce", "Arce")
        .Entity("Dina Boluarte", "PERSON", "PER", "Dina Boluarte", "Boluarte").Build();

    static string All(Document doc, IEnumerable<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));

    [Theory]
    [InlineData("Thousands of people marched in Lima on Saturday demanding the resignation of Dina Boluarte.", "en")]
    [InlineData("Thousands of people rallied in Lima on Saturday in support of Dina Boluarte.", "en")]
    [InlineData("Des milliers de manifestants ont défilé samedi à Lima pour exiger la démission de Dina Boluarte.", "fr")]
    [InlineData("Des milliers de personnes ont manifesté samedi à Lima, réclamant le départ de Dina Boluarte.", "fr")]
    public void What_a_protest_demands_or_supports_is_part_of_it(string text, string lang)
    {
        var doc = Andes(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.Contains(events, e => e.Type == "PROTEST");
        Assert.DoesNotContain(events, e => e.Type is "REQUEST" or "SUPPORT");
        Assert.True(events.Length == 1, All(doc, events));
    }

    [Theory]
    [InlineData("Thousands of people marched in Lima on Saturday. Gabriel Boric urged Dina Boluarte to call an election.", "en")]
    [InlineData("Des milliers de personnes ont défilé samedi à Lima. Gabriel Boric a exhorté Dina Boluarte à convoquer des élections.", "fr")]
    public void A_request_of_its_own_after_a_protest_is_still_coded(string text, string lang)
    {
        var doc = Andes(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "REQUEST" && Names(doc, e.Actors).Contains("Gabriel Boric")), All(doc, events));
    }

    [Theory]
    [InlineData("Gabriel Boric and Luis Arce met in Lima on Monday. Dina Boluarte, who hosted the meeting, called it a success.", "en")]
    [InlineData("Gabriel Boric and Luis Arce held talks in Lima on Monday. The talks were hosted by Dina Boluarte.", "en")]
    [InlineData("Gabriel Boric et Luis Arce se sont rencontrés lundi à Lima. Dina Boluarte, qui a accueilli la rencontre, s'est dite satisfaite.", "fr")]
    public void The_host_of_a_meeting_told_before_joins_it(string text, string lang)
    {
        var doc = Andes(text, lang);
        var events = Stage.Process(doc).Events;
        var meetings = events.Where(e => e.Type == "CONSULT").ToList();
        Assert.True(meetings.Count == 1, All(doc, events));
        var people = Names(doc, meetings[0].Actors.Concat(meetings[0].Targets));
        Assert.Contains("Dina Boluarte", people);
        Assert.Contains("Gabriel Boric", people);
    }

    [Fact]
    public void A_host_of_guests_is_still_a_visit()
    {
        var doc = Andes("Dina Boluarte hosted Gabriel Boric in Lima on Monday.", "en");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "CONSULT" && Names(doc, e.Actors).Contains("Gabriel Boric") && Names(doc, e.Targets).Contains("Dina Boluarte")), All(doc, events));
    }

    [Theory]
    [InlineData("Le Chili, médiateur de la crise, a annoncé lundi la réouverture de sa frontière avec la Bolivie.")]
    [InlineData("Le Pérou a signé lundi un accord avec la Bolivie, en présence du médiateur chilien Gabriel Boric.")]
    public void A_mediator_is_a_title_not_a_meeting(string text)
    {
        var doc = Andes(text, "fr");
        var events = Stage.Process(doc).Events;
        Assert.True(!events.Any(e => e.Type == "CONSULT"), All(doc, events));
    }
}
