using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// False alarms and wrong types of issue #7, third precision round (docs/events.md, "Words that look like events"):
/// hyphenated participles, French participles of a standing in an apposition, admissions, signatures of decrees,
/// figurative attacks, act nouns restating an act told before, withdrawals from a body or of an envoy (SANCTION),
/// blocking a deal (REJECT), promises of reprisals (THREATEN) and of not giving in (REJECT). The sentences are made up,
/// in French and English; each rule has a case where it must not fire.
/// </summary>
public class EventLookalikesTests
{
    static readonly EventStage Stage = new();

    static Document Sahel(string text, string lang) => new DocBuilder(text, lang, "2025-05-14")
        .Entity("Mali", "LOCATION", "MLI", "Mali", "le Mali")
        .Entity("Niger", "LOCATION", "NER", "Niger", "le Niger")
        .Entity("Senegal", "LOCATION", "SEN", "Senegal", "le Sénégal", "Sénégal")
        .Entity("Ghana", "LOCATION", "GHA", "Ghana", "le Ghana")
        .Entity("Iran", "LOCATION", "IRN", "Iran", "l'Iran")
        .Entity("Interpol", "ORGANIZATION", null, "Interpol")
        .Entity("Sahel Liberation Front", "ORGANIZATION", null, "Sahel Liberation Front", "Front de libération du Sahel")
        .Entity("Amadou Sow", "PERSON", "SEN", "Amadou Sow", "Sow")
        .Entity("Kofi Mensah", "PERSON", "GHA", "Kofi Mensah", "Mensah").Build();

    static string All(Document doc, IEnumerable<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type}/{e.Mode} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));

    [Theory]
    [InlineData("The Iran-backed Sahel Liberation Front claimed the ambush near the border.", "en", "SUPPORT")]
    [InlineData("Le Front de libération du Sahel, soutenu par le Mali, a revendiqué l'embuscade.", "fr", "SUPPORT")]
    [InlineData("Amadou Sow a reconnu que le Sénégal avait sous-estimé la menace.", "fr", "SUPPORT")]
    [InlineData("Amadou Sow a signé mardi un décret qui réorganise l'armée du Sénégal.", "fr", "SUPPORT")]
    [InlineData("Kofi Mensah said Ghana would meet its commitments to the alliance.", "en", "CONSULT")]
    [InlineData("Amadou Sow a lancé une offensive commerciale contre le Ghana.", "fr", "ASSAULT")]
    public void A_lookalike_is_no_event(string text, string lang, string type)
    {
        var doc = Sahel(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.False(events.Any(e => e.Type == type), All(doc, events));
    }

    [Theory]
    [InlineData("Le Mali a soutenu le Front de libération du Sahel, selon Amadou Sow.", "fr", "SUPPORT")]
    [InlineData("Amadou Sow a signé mardi un accord de défense avec Kofi Mensah.", "fr", "SUPPORT")]
    [InlineData("Amadou Sow a lancé une offensive contre le Front de libération du Sahel.", "fr", "ASSAULT")]
    public void The_same_words_told_as_acts_stay_events(string text, string lang, string type)
    {
        var doc = Sahel(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == type), All(doc, events));
    }

    [Fact]
    public void An_act_noun_after_a_demonstrative_restates_the_act_told_before()
    {
        var doc = Sahel("Le Mali a expulsé lundi l'ambassadeur du Niger. Cette expulsion intervient après des mois de tension.", "fr");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Count(e => e.Type == "SANCTION") == 1, All(doc, events));
    }

    [Fact]
    public void An_act_noun_after_during_the_restates_the_visit_told_before()
    {
        var doc = Sahel("Amadou Sow arrived in Ghana on Monday for a two-day visit. During the visit, Sow and Kofi Mensah agreed to reopen the border.", "en");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Count(e => e.Type == "CONSULT") == 1, All(doc, events));
    }

    [Fact]
    public void A_withdrawal_from_an_organisation_is_a_sanction()
    {
        var doc = Sahel("Le Mali a annoncé dimanche son retrait « sans délai » d'Interpol.", "fr");
        var events = Stage.Process(doc).Events;
        var e = Assert.Single(events, x => x.Type is "SANCTION" or "RETREAT" or "CONCEDE");
        Assert.Equal("SANCTION", e.Type);
        Assert.Equal("withdraw", e.Mode);
    }

    [Fact]
    public void A_withdrawal_of_troops_stays_a_retreat()
    {
        var doc = Sahel("Le Mali a annoncé dimanche le retrait de ses troupes du Niger.", "fr");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(x => x.Type is "RETREAT" or "CONCEDE") && !events.Any(x => x.Type == "SANCTION"), All(doc, events));
    }

    [Fact]
    public void Blocking_a_deal_is_a_refusal()
    {
        var doc = Sahel("Kofi Mensah blocked the aid package for Mali on Tuesday.", "en");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "REJECT") && !events.Any(e => e.Type == "PROTEST"), All(doc, events));
    }

    [Fact]
    public void A_welcome_with_a_guest_and_a_place_is_hosting()
    {
        var doc = Sahel("Kofi Mensah welcomed Amadou Sow to the presidential palace in Accra on Friday.", "en");
        var events = Stage.Process(doc).Events;
        var e = Assert.Single(events);
        Assert.True(e.Type == "CONSULT" && e.Mode == "visit", All(doc, events));
        Assert.Equal(["Amadou Sow"], Names(doc, e.Actors));
        Assert.Equal(["Kofi Mensah"], Names(doc, e.Targets));
    }

    [Fact]
    public void A_welcome_of_a_decision_stays_praise()
    {
        var doc = Sahel("Kofi Mensah welcomed the decision of Senegal at a press conference.", "en");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "SUPPORT") && !events.Any(e => e.Type == "CONSULT"), All(doc, events));
    }

    [Fact]
    public void A_promise_of_reprisals_is_a_threat()
    {
        var doc = Sahel("Amadou Sow a promis mardi que le Mali paierait « un prix lourd ».", "fr");
        var events = Stage.Process(doc).Events;
        var e = Assert.Single(events);
        Assert.True(e.Type == "THREATEN", All(doc, events));
        Assert.Contains("Mali", Names(doc, e.Targets));
    }

    [Fact]
    public void A_promise_of_help_stays_an_agreement()
    {
        var doc = Sahel("Amadou Sow a promis que le Sénégal enverrait des vivres au Mali.", "fr");
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == "AGREE") && !events.Any(e => e.Type == "THREATEN"), All(doc, events));
    }
}
