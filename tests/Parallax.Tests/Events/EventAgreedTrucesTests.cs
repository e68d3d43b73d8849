using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// False alarms and wrong types of issue #7, fourth precision round (docs/events.md, "Agreed truces and questions put
/// to a speaker"): an agreed ceasefire is the ceasefire (RETREAT) unless it takes effect later or is only a readiness;
/// a violation of a space, a truce or a body of law is no refusal, a violation of a party's ban is; an "Asked" that
/// opens a sentence and declining to answer are no request or refusal. Made-up sentences in French and English; each
/// rule has a case where it must not fire.
/// </summary>
public class EventAgreedTrucesTests
{
    static readonly EventStage Stage = new();

    static Document Border(string text, string lang) => new DocBuilder(text, lang, "2025-05-14")
        .Entity("Ruritania", "LOCATION", "AND", "Ruritania", "la Ruritanie", "Ruritanie")
        .Entity("Borduria", "LOCATION", "LIE", "Borduria", "la Bordurie", "Bordurie")
        .Entity("Syldavia", "LOCATION", "SMR", "Syldavia", "la Syldavie", "Syldavie")
        .Entity("Anna Kessel", "PERSON", "LIE", "Anna Kessel", "Kessel")
        .Entity("Paul Varga", "PERSON", "AND", "Paul Varga", "Varga").Build();

    static string All(Document doc, IEnumerable<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type}/{e.Mode} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));

    [Theory]
    [InlineData("Ruritania and Borduria agreed on Tuesday to a ceasefire that took effect at midnight.", "en")]
    [InlineData("Ruritania and Borduria agreed on Tuesday to stop all firing along the river.", "en")]
    public void An_agreed_ceasefire_is_the_ceasefire(string text, string lang)
    {
        var doc = Border(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "RETREAT" && e.Mode == "ceasefire"), All(doc, events));
        Assert.False(events.Any(e => e.Type == "AGREE"), All(doc, events));
    }

    [Theory]
    [InlineData("Ruritania and Borduria agreed on Tuesday to a ceasefire. The truce is to take effect on Sunday.", "en")]
    [InlineData("Borduria said on Tuesday it was ready to accept a ceasefire proposed by Syldavia.", "en")]
    [InlineData("Ruritania and Borduria agreed on Tuesday to a permanent cessation of hostilities.", "en")]
    public void A_truce_put_off_or_a_readiness_stays_a_commitment(string text, string lang)
    {
        var doc = Border(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "AGREE"), All(doc, events));
    }

    [Theory]
    [InlineData("Paul Varga said that Borduria had violated Ruritanian airspace overnight.", "en")]
    [InlineData("Paul Varga said Borduria had violated the truce twice on Monday.", "en")]
    [InlineData("La Ruritanie affirme que l'appareil de la Bordurie avait violé son espace aérien.", "fr")]
    public void A_violation_of_a_space_or_a_truce_is_no_refusal(string text, string lang)
    {
        var doc = Border(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.False(events.Any(e => e.Type == "REJECT"), All(doc, events));
        Assert.False(events.Any(e => e.Type == "RETREAT"), All(doc, events));
    }

    [Fact]
    public void A_violation_of_a_partys_ban_stays_a_refusal()
    {
        var doc = Border("Borduria violated a ban on fishing imposed by Ruritania.", "en");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "REJECT"), All(doc, events));
    }

    [Theory]
    [InlineData("Asked at a news conference on Monday whether Ruritania would send troops, Paul Varga said nothing had been decided.", "en", "REQUEST")]
    [InlineData("Paul Varga declined to answer when reporters asked about troops for Borduria.", "en", "REJECT")]
    public void A_question_put_to_a_speaker_is_no_request_or_refusal(string text, string lang, string type)
    {
        var doc = Border(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.False(events.Any(e => e.Type == type), All(doc, events));
    }

    [Fact]
    public void Asking_a_party_for_something_stays_a_request()
    {
        var doc = Border("Paul Varga asked Borduria on Monday to withdraw its troops from the river.", "en");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "REQUEST"), All(doc, events));
    }

    [Fact]
    public void The_strike_after_an_attack_is_that_attack_told_again()
    {
        var doc = Border("Borduria fired missiles at an airbase in Ruritania on Monday. Ruritania said the strike showed that Borduria wanted war.", "en");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "ASSAULT"), All(doc, events));
        Assert.False(events.Any(e => e.Type == "PROTEST"), All(doc, events));
    }

    [Fact]
    public void The_strike_after_a_protest_stays_a_labour_strike()
    {
        var doc = Border("Dock workers in Ruritania walked out on Monday. Paul Varga said the strike would not change his reforms.", "en");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "PROTEST"), All(doc, events));
        Assert.False(events.Any(e => e.Type == "ASSAULT"), All(doc, events));
    }
}
