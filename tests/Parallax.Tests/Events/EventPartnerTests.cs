using Parallax.Events;
using Parallax.Model;
using Parallax.Quotes;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Who a commitment is directed at (docs/events.md, "Participants, round 4"): the partner named after "with" and the
/// possessor of a symmetric verb's object are recipients when the clause has a subject; and the reporting verbs the
/// Events stage reads are the longest of the text's own language. The sentences are made up.
/// </summary>
public class EventPartnerTests
{
    [Theory]
    [InlineData("Kenya agreed on Monday to share intelligence with Uganda.")]
    [InlineData("Kenya agreed to resume fuel deliveries with Uganda after the border talks.")]
    public void The_partner_of_a_commitment_after_with_is_its_recipient(string text)
    {
        var doc = EastAfrica(text, "en");
        var ev = Assert.Single(doc.Events, e => e.Type == "AGREE");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Fact]
    public void The_possessor_of_a_ratified_object_is_the_recipient()
    {
        var doc = EastAfrica("Kenya ratified Uganda's application to join the customs union on Friday.", "en");
        var ev = Assert.Single(doc.Events, e => e.Type == "SUPPORT");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Kenya and Uganda agreed to share intelligence.", "AGREE")]
    [InlineData("William Ruto held talks with Yoweri Museveni on Monday.", "CONSULT")]
    public void Compound_subjects_and_meetings_keep_every_participant_as_actor(string text, string type)
    {
        var doc = EastAfrica(text, "en");
        var ev = Assert.Single(doc.Events, e => e.Type == type);
        Assert.Equal(2, ev.Actors.Count());
        Assert.Empty(ev.Targets);
    }

    [Theory]
    [InlineData("en", "Critics argue that the deal is a mistake and observe that Kenya declared nothing.")]
    [InlineData("fr", "Les critiques observent que le Kenya a déclaré la guerre, argue-t-il.")]
    public void The_reporting_verbs_of_one_language_are_matched_alone(string lang, string text)
    {
        var found = ReportingVerbs.MatcherIn(lang).FindLongest(text);
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(lang, m.Value.Lang));
    }

    [Fact]
    public void A_form_both_languages_share_is_found_in_each_and_the_whole_lexicon_serves_other_languages()
    {
        // "argue" is English and French: each language's matcher finds it with its own entry only
        const string text = "Critics argue that the deal is a mistake.";
        Assert.Contains(ReportingVerbs.MatcherIn("en").FindLongest(text), m => m.Value.Lang == "en");
        Assert.Contains(ReportingVerbs.MatcherIn("fr").FindLongest(text), m => m.Value.Lang == "fr");
        var any = ReportingVerbs.MatcherIn("de").FindLongest(text);
        Assert.Contains(any, m => m.Value.Lang == "en");
        Assert.Contains(any, m => m.Value.Lang == "fr");
    }

    static Document Hosted(string text, string lang) => new EventStage().Process(new DocBuilder(text, lang, "2025-03-05")
        .Entity("Kenya", "LOCATION", "KEN", "Kenya", "kényan")
        .Entity("Kampala", "LOCATION", "UGA", "Kampala")
        .Entity("William Ruto", "PERSON", "KEN", "William Ruto")
        .Entity("Yoweri Museveni", "PERSON", "UGA", "Yoweri Museveni").Build());

    [Theory]
    [InlineData("fr", "Yoweri Museveni a reçu lundi à Kampala son homologue kényan William Ruto.")]
    [InlineData("fr", "Yoweri Museveni a accueilli dimanche à Kampala le président du Kenya, William Ruto.")]
    [InlineData("en", "Yoweri Museveni hosted the president of Kenya, William Ruto, in Kampala on Monday.")]
    public void The_person_named_after_a_verb_of_hosting_is_the_guest(string lang, string text)
    {
        var doc = Hosted(text, lang);
        var ev = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal(["William Ruto"], Names(doc, ev.Actors));
        Assert.Equal(["Yoweri Museveni"], Names(doc, ev.Targets));
    }

    [Fact]
    public void The_agent_of_a_passive_reception_stays_the_host()
    {
        var doc = Hosted("William Ruto a été reçu lundi à Kampala par Yoweri Museveni.", "fr");
        var ev = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal(["William Ruto"], Names(doc, ev.Actors));
        Assert.Equal(["Yoweri Museveni"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Le Kenya a exigé le départ des forces spéciales ougandaises stationnées à la frontière.", "REQUEST")]
    [InlineData("Le Kenya a accusé les forces navales ougandaises d'avoir franchi la frontière.", "ACCUSE")]
    public void A_demonym_after_an_adjective_of_a_state_collective_names_that_state(string text, string type)
    {
        var doc = new EventStage().Process(new DocBuilder(text, "fr", "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya")
            .Entity("Uganda", "LOCATION", "UGA", "ougandaises", "ougandais").Build());
        var ev = Assert.Single(doc.Events, e => e.Type == type);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }
}
