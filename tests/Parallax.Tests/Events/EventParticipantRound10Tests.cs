using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The tenth participants round of issue #7 (docs/events.md, "Participants round 10"): visitors named after a visit noun,
/// cities that host a visit, the state of the city of an arrest. The sentences are made up.
/// </summary>
public class EventParticipantRound10Tests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text, string lang, bool withKenya = true)
    {
        var b = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Nairobi", "LOCATION", "KEN", "Nairobi")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala", "ougandais", "Ugandan")
            .Entity("Edgar Lungu", "PERSON", "ZMB", "Edgar Lungu")
            .Entity("William Ruto", "PERSON", "KEN", "William Ruto")
            .Entity("Yoweri Museveni", "PERSON", "UGA", "Yoweri Museveni")
            .Entity("Al-Shabaab", "ORGANIZATION", null, "Al-Shabaab");
        if (withKenya) b = b.Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya", "kényane", "kényan", "Kenyan");
        var doc = Stage.Process(b.Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    [Theory]
    [InlineData("Le Kenya a signé lundi un accord commercial, deux jours après une visite à Nairobi du président ougandais, Yoweri Museveni.", "fr")]
    [InlineData("Le Kenya a signé lundi un accord commercial, deux jours après la visite à Nairobi du président ougandais Yoweri Museveni.", "fr")]
    [InlineData("Kenya signed a trade deal on Monday, two days after a visit to Nairobi by the Ugandan president, Yoweri Museveni.", "en")]
    public void The_person_named_after_a_visit_noun_and_its_place_is_the_visitor(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var visit = doc.Events.FirstOrDefault(e => e.Type == "CONSULT");
        Assert.True(visit != null, all);
        Assert.Equal(new[] { "Yoweri Museveni" }, Names(doc, visit!.Actors));
        // the host is Kenya, or its capital for its government
        Assert.True(Names(doc, visit.Targets).Intersect(new[] { "Kenya", "Nairobi" }).Any(), all);
    }

    [Fact]
    public void A_name_after_a_semicolon_is_no_visitor()
    {
        var (doc, all) = Code("Le Kenya a salué la visite à Nairobi de la délégation ougandaise ; Yoweri Museveni n'y était pas.", "fr");
        Assert.False(doc.Events.Any(e => e.Type == "CONSULT" && Names(doc, e.Actors).Contains("Yoweri Museveni")), all);
    }

    [Fact]
    public void A_city_of_another_country_hosts_a_visit_when_its_country_is_not_named()
    {
        var (doc, all) = Code("Yoweri Museveni visited Nairobi on Tuesday.", "en", withKenya: false);
        var visit = doc.Events.FirstOrDefault(e => e.Type == "CONSULT");
        Assert.True(visit != null, all);
        Assert.Contains("Nairobi", Names(doc, visit!.Targets));
    }

    [Fact]
    public void A_city_of_the_visitors_own_country_hosts_nothing()
    {
        var (doc, all) = Code("William Ruto visited Nairobi on Tuesday.", "en", withKenya: false);
        Assert.False(doc.Events.Any(e => e.Type == "CONSULT" && Names(doc, e.Targets).Contains("Nairobi")), all);
    }

    [Theory]
    [InlineData("Edgar Lungu was arrested on Monday at his home in Nairobi.", "en")]
    [InlineData("Edgar Lungu a été arrêté lundi à Nairobi.", "fr")]
    public void The_state_of_the_city_of_an_arrest_with_no_agent_arrests(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var arrest = doc.Events.FirstOrDefault(e => e.Type == "COERCE");
        Assert.True(arrest != null, all);
        Assert.Contains("Kenya", Names(doc, arrest!.Actors));
        Assert.Contains("Edgar Lungu", Names(doc, arrest.Targets));
    }

    [Fact]
    public void A_city_before_the_arrest_does_not_arrest()
    {
        var (doc, all) = Code("Edgar Lungu, who lived in Nairobi for years, was arrested on Monday.", "en");
        Assert.False(doc.Events.Any(e => e.Type == "COERCE" && e.Actors.Length > 0), all);
    }

    [Theory]
    [InlineData("Gunmen attacked a Kenyan police convoy on Monday. Al-Shabaab claimed responsibility.", "en")]
    [InlineData("Des hommes armés ont attaqué lundi un convoi de la police kényane. Al-Shabaab a revendiqué l'attaque.", "fr")]
    public void Whoever_claims_an_attack_with_no_named_author_did_it(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var attack = doc.Events.FirstOrDefault(e => e.Type == "ASSAULT");
        Assert.True(attack != null, all);
        Assert.Equal(new[] { "Al-Shabaab" }, Names(doc, attack!.Actors));
    }

    [Theory]
    [InlineData("Gunmen attacked a Kenyan police convoy on Monday. Al-Shabaab claimed victory in the local elections.", "en")]
    [InlineData("Des hommes armés ont attaqué lundi un convoi de la police kényane. Al-Shabaab a revendiqué la victoire aux élections.", "fr")]
    public void A_claim_of_something_else_names_no_author(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        Assert.False(doc.Events.Any(e => e.Type == "ASSAULT" && Names(doc, e.Actors).Contains("Al-Shabaab")), all);
    }
}
