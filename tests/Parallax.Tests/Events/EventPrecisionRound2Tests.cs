using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// False alarms of issue #7, second precision round (docs/events.md, "One visit told twice"): a visit told by a verb and
/// restated by a noun in the same sentence ("the first visit by …", "his first trip abroad", "une visite d'État … où il a
/// été accueilli par …") is one event, unless the two mentions name other countries; an indefinite event noun that talks are
/// about ("discussed a permanent ceasefire", "pour négocier une trêve") is not an event, a definite one or one after a comma
/// still is. The sentences are made up, in French and English.
/// </summary>
public class EventPrecisionRound2Tests
{
    static readonly EventStage Stage = new();

    static Document Andes(string text, string lang) => new DocBuilder(text, lang, "2025-04-10")
        .Entity("Lima", "LOCATION", "PER", "Lima")
        .Entity("La Paz", "LOCATION", "BOL", "La Paz")
        .Entity("Peru", "LOCATION", "PER", "Peru", "le Pérou", "Pérou")
        .Entity("Chile", "LOCATION", "CHL", "Chile", "le Chili", "Chili")
        .Entity("Bolivia", "LOCATION", "BOL", "Bolivia", "la Bolivie", "Bolivie")
        .Entity("Gabriel Boric", "PERSON", "CHL", "Gabriel Boric", "Boric")
        .Entity("Luis Arce", "PERSON", "BOL", "Luis Arce", "Arce")
        .Entity("Dina Boluarte", "PERSON", "PER", "Dina Boluarte", "Boluarte").Build();

    static string All(Document doc, IEnumerable<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type}/{e.Mode} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));

    [Theory]
    [InlineData("Gabriel Boric met Dina Boluarte in Lima on Monday, the first visit to Peru by a Chilean president in ten years.", "en")]
    [InlineData("Gabriel Boric visited Peru on Monday on his first trip abroad this year, and was received in Lima by Dina Boluarte.", "en")]
    [InlineData("Gabriel Boric a entamé lundi une visite d'État de deux jours au Pérou, où il a été accueilli à Lima par Dina Boluarte.", "fr")]
    [InlineData("Gabriel Boric a été reçu lundi à Lima par Dina Boluarte, au premier jour d'une visite officielle au Pérou.", "fr")]
    public void A_visit_told_twice_in_a_sentence_is_one_event(string text, string lang)
    {
        var doc = Andes(text, lang);
        var events = Stage.Process(doc).Events;
        var visits = events.Where(e => e.Type == "CONSULT").ToList();
        Assert.True(visits.Count == 1, All(doc, events));
        Assert.Contains("Gabriel Boric", Names(doc, visits[0].Actors));
        Assert.Contains("Dina Boluarte", Names(doc, visits[0].Targets.Concat(visits[0].Actors)));
    }

    [Fact]
    public void The_verb_tells_who_visits_and_who_hosts_after_the_noun()
    {
        var doc = Andes("Gabriel Boric a entamé lundi une visite d'État de deux jours au Pérou, où il a été accueilli à Lima par Dina Boluarte.", "fr");
        var events = Stage.Process(doc).Events;
        var visit = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(["Gabriel Boric"], Names(doc, visit.Actors));
        Assert.Contains("Dina Boluarte", Names(doc, visit.Targets));
    }

    [Theory]
    [InlineData("Gabriel Boric visited Lima on Monday, where he met Dina Boluarte, and flew on to La Paz on Tuesday for a visit to Luis Arce.", "en")]
    [InlineData("Gabriel Boric a été reçu lundi à Lima par Dina Boluarte, avant une visite en Bolivie chez Luis Arce.", "fr")]
    public void Visits_to_two_countries_stay_two_events(string text, string lang)
    {
        var doc = Andes(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.True(events.Count(e => e.Type is "CONSULT" or "AGREE") >= 2, All(doc, events));
        Assert.True(events.Any(e => Names(doc, e.Targets.Concat(e.Actors)).Contains("Dina Boluarte")), All(doc, events));
        Assert.True(events.Any(e => Names(doc, e.Targets.Concat(e.Actors)).Any(n => n is "Luis Arce" or "Bolivia" or "La Paz")), All(doc, events));
    }

    [Theory]
    [InlineData("Envoys of Gabriel Boric and Luis Arce discussed a permanent ceasefire in La Paz on Monday.", "en")]
    [InlineData("Peruvian and Bolivian officials were due to discuss a lasting truce in Lima on Monday.", "en")]
    [InlineData("Les émissaires de Gabriel Boric ont discuté lundi à La Paz d'un cessez-le-feu permanent avec Luis Arce.", "fr")]
    [InlineData("Une délégation péruvienne est arrivée lundi à La Paz pour négocier avec Luis Arce une trêve durable.", "fr")]
    public void An_indefinite_event_talked_about_is_not_told(string text, string lang)
    {
        var doc = Andes(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.True(!events.Any(e => e.Type is "RETREAT" or "AGREE" && e.Mode == "ceasefire") && !events.Any(e => e.Type == "RETREAT"), All(doc, events));
    }

    [Theory]
    [InlineData("Gabriel Boric and Luis Arce discussed trade in La Paz on Monday, and Peru imposed sanctions on Bolivia.", "en", "SANCTION")]
    [InlineData("Gabriel Boric a discuté lundi du commerce avec Luis Arce, et le Pérou a imposé des sanctions à la Bolivie.", "fr", "SANCTION")]
    [InlineData("Peru declared a ceasefire with Bolivia on Sunday.", "en", "RETREAT")]
    public void An_event_after_the_talks_is_still_told(string text, string lang, string type)
    {
        var doc = Andes(text, lang);
        var events = Stage.Process(doc).Events;
        Assert.True(events.Any(e => e.Type == type), All(doc, events));
    }
}
