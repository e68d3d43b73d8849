using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The rules of the seeds round (docs/events.md, "Rules of the seeds round"): status cues that govern only their
/// complement, participants (a source before a comma, a city of a nested visit, a meeting noun's own partners, an act
/// only a state does), merging (a restated act, an indirect question, the same agreement told twice, the event told
/// last), dating (a state under sanction, "depuis/since" with a noun phrase). The sentences are made up; none is from
/// the seed pages or the annotated sets.
/// </summary>
public class EventSeedRuleTests
{
    static readonly EventStage Stage = new();


    static DocBuilder LulaErdogan(string text, string lang) => new DocBuilder(text, lang, "2024-03-06")
        .Entity("Luiz Inácio Lula da Silva", "PERSON", "BRA", "Lula")
        .Entity("Recep Tayyip Erdoğan", "PERSON", "TUR", "Erdogan");

    [Theory]
    [InlineData("fr", "Lula a exprimé son désir de paix et s'est entretenu avec Erdogan.", "occurred")]
    [InlineData("fr", "Lula a annoncé son intention de s'entretenir avec Erdogan.", "intended")]
    [InlineData("en", "Lula voiced his intention to help and then spoke with Erdogan.", "occurred")]
    [InlineData("en", "Lula announced his intention to hold talks with Erdogan.", "intended")]
    public void An_intention_governs_the_verb_of_its_complement_not_a_meeting_further_on(string lang, string text, string status)
    {
        var doc = LulaErdogan(text, lang).Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "CONSULT");
        Assert.Equal(status, ev.Status);
        Assert.Equal(["Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan"], Names(doc, ev.Actors.Concat(ev.Targets)));
    }

    [Theory]
    [InlineData("fr", "Selon l'Élysée, Macron et Scholz se sont entretenus le 3 mars.")]
    [InlineData("en", "According to the Chancellery, Macron and Scholz met on 3 March.")]
    public void A_source_before_a_comma_is_not_one_of_the_subjects(string lang, string text)
    {
        var doc = new DocBuilder(text, lang, "2024-03-05")
            .Entity("Élysée Palace", "ORGANIZATION", "FRA", "Élysée").Entity("Federal Chancellery", "ORGANIZATION", "DEU", "Chancellery")
            .Entity("Emmanuel Macron", "PERSON", "FRA", "Macron").Entity("Olaf Scholz", "PERSON", "DEU", "Scholz").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(["Emmanuel Macron", "Olaf Scholz"], Names(doc, ev.Actors.Concat(ev.Targets)));
        Assert.Equal("2024-03-03", ev.Date);
    }

    [Theory]
    [InlineData("fr", "Le président Lula a invité Erdogan à se rendre à Brasilia.")]
    [InlineData("en", "President Lula invited Erdogan for a visit to Brasilia.")]
    public void The_city_of_an_invited_visit_is_its_place_not_a_recipient(string lang, string text)
    {
        var doc = LulaErdogan(text, lang).Entity("Brasília", "LOCATION", "BRA", "Brasilia").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "AGREE");
        Assert.Equal(["Luiz Inácio Lula da Silva"], Names(doc, ev.Actors));
        Assert.Equal(["Recep Tayyip Erdoğan"], Names(doc, ev.Targets));
        Assert.Equal(doc.Entities.First(e => e.Name == "Brasília").Id, ev.Location);
    }

    [Theory]
    [InlineData("fr", "Lula a parlé avec Macron de sa rencontre avec Erdogan.")]
    [InlineData("en", "Lula talked with Macron about his meeting with Erdogan.")]
    public void A_meeting_noun_in_a_talks_complement_keeps_its_own_partner(string lang, string text)
    {
        var doc = LulaErdogan(text, lang).Entity("Emmanuel Macron", "PERSON", "FRA", "Macron").Build();
        var events = Stage.Process(doc).Events;
        Assert.Contains(events, e => e.Type == "CONSULT" && Names(doc, e.Actors.Concat(e.Targets)).SequenceEqual(["Emmanuel Macron", "Luiz Inácio Lula da Silva"]));
        Assert.DoesNotContain(events, e => Names(doc, e.Actors.Concat(e.Targets)).SequenceEqual(["Emmanuel Macron", "Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan"]));
    }

    [Theory]
    [InlineData("fr", "Le président Maduro a gracié Tom Smith, confirmant la libération de Tom Smith par le Venezuela.")]
    [InlineData("en", "President Maduro pardoned Tom Smith, confirming the release of Tom Smith by Venezuela.")]
    public void A_definite_noun_restating_the_act_of_its_sentence_is_that_act(string lang, string text)
    {
        var doc = new DocBuilder(text, lang, "2024-03-05")
            .Entity("Nicolás Maduro", "PERSON", "VEN", "Maduro").Entity("Tom Smith", "PERSON", "USA", "Tom Smith")
            .Entity("Venezuela", "LOCATION", "VEN", "Venezuela").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("RETREAT", ev.Type);
        Assert.Equal(["Nicolás Maduro"], Names(doc, ev.Actors));
        Assert.Equal(["Tom Smith"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("fr", "Barnier a rencontré Lula à Brasilia mardi. Mercredi, on lui a demandé s'il avait rencontré Lula.", "On lui a demandé s'il avait rencontré Lula.")]
    [InlineData("en", "Barnier met Lula in Brasilia on Tuesday. On Wednesday he was asked whether he had met Lula.", "He was asked whether he had met Lula.")]
    public void An_indirect_question_joins_the_event_it_asks_about_and_asserts_none(string lang, string told, string askedOnly)
    {
        var doc = new DocBuilder(told, lang, "2024-03-06")
            .Entity("Michel Barnier", "PERSON", "FRA", "Barnier").Entity("Luiz Inácio Lula da Silva", "PERSON", "BRA", "Lula")
            .Entity("Brasília", "LOCATION", "BRA", "Brasilia").Build();
        var events = Stage.Process(doc).Events;
        var ev = Assert.Single(events);
        Assert.Equal(2, ev.Evidence.Length);
        Assert.Equal("2024-03-05", ev.Date);

        var alone = new DocBuilder(askedOnly, lang, "2024-03-06")
            .Entity("Luiz Inácio Lula da Silva", "PERSON", "BRA", "Lula").Build();
        Assert.Empty(Stage.Process(alone).Events);
    }

    [Theory]
    [InlineData("fr", "Lula s'est entretenu avec Erdogan. Il a demandé qui Erdogan rencontrait à Ankara.")]
    [InlineData("en", "Lula spoke with Erdogan. He asked who Erdogan was meeting in Ankara.")]
    public void A_question_word_after_the_question_verb_opens_an_indirect_question(string lang, string text)
    {
        var doc = LulaErdogan(text, lang).Entity("Ankara", "LOCATION", "TUR", "Ankara").Build();
        // (nor is "asked who" a request: a blocking entry of the lexicon)
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("CONSULT", ev.Type);
    }

    [Theory]
    [InlineData("fr", "La banque Rossiya et son directeur sont sous sanctions américaines.", "américaines")]
    [InlineData("en", "Bank Rossiya and its chairman are under sanctions from the United States.", "United States")]
    public void A_state_under_sanction_has_no_date_of_its_own(string lang, string text, string demonym)
    {
        var doc = new DocBuilder(text, lang, "2024-03-05")
            .Entity("Bank Rossiya", "ORGANIZATION", "RUS", "Rossiya").Entity("United States", "LOCATION", "USA", demonym).Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("SANCTION", ev.Type);
        Assert.Null(ev.Date);

        var act = new DocBuilder(lang == "fr" ? "Washington a sanctionné la banque Rossiya." : "Washington sanctioned Bank Rossiya.", lang, "2024-03-05")
            .Entity("Bank Rossiya", "ORGANIZATION", "RUS", "Rossiya").Entity("United States", "LOCATION", "USA", "Washington").Build();
        Assert.Equal("2024-03-05", Assert.Single(Stage.Process(act).Events).Date);
    }

    [Theory]
    [InlineData("fr", "Vladimir Poutine a envahi l'Ukraine en 2022, et la Russie en paie le prix.")]
    [InlineData("en", "Vladimir Putin invaded Ukraine in 2022, and Russia has paid the price.")]
    public void An_invasion_led_by_a_head_of_state_is_the_states(string lang, string text)
    {
        var doc = new DocBuilder(text, lang, "2024-03-05")
            .Entity("Vladimir Putin", "PERSON", "RUS", "Vladimir Poutine", "Vladimir Putin").Entity("Ukraine", "LOCATION", "UKR", "Ukraine")
            .Entity("Russia", "LOCATION", "RUS", "Russie", "Russia").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Russia"], Names(doc, ev.Actors));
        Assert.Equal(["Ukraine"], Names(doc, ev.Targets));
        Assert.Equal("2022", ev.Date);
    }

    [Theory]
    [InlineData("fr", "Lula et Erdogan ont convenu d'organiser une rencontre. Lula et Erdogan ont également convenu de tenir des rencontres régulières.")]
    [InlineData("en", "Lula and Erdogan agreed to hold a meeting. Lula and Erdogan also agreed to hold regular talks.")]
    public void The_same_agreement_told_twice_is_one_event(string lang, string text)
    {
        var doc = LulaErdogan(text, lang).Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("AGREE", ev.Type);
        Assert.Equal(2, ev.Evidence.Length);
    }

    [Theory]
    [InlineData("fr", "Macron s'est entretenu avec Erdogan. Macron et Scholz ont convenu de rester en contact.")]
    [InlineData("en", "Macron spoke with Erdogan. Macron and Scholz agreed to stay in touch.")]
    public void A_joint_agreement_is_not_aimed_at_the_partner_of_the_meeting_before(string lang, string text)
    {
        var doc = new DocBuilder(text, lang, "2024-03-05")
            .Entity("Emmanuel Macron", "PERSON", "FRA", "Macron").Entity("Olaf Scholz", "PERSON", "DEU", "Scholz")
            .Entity("Recep Tayyip Erdoğan", "PERSON", "TUR", "Erdogan").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "AGREE");
        Assert.Equal(["Emmanuel Macron", "Olaf Scholz"], Names(doc, ev.Actors));
        Assert.Empty(ev.Targets);
    }

    [Theory]
    [InlineData("fr", "Il s'agissait de la première rencontre entre Lula et Erdogan depuis l'élection de Lula le 30 octobre. Le journal avait auparavant rapporté qu'une autre rencontre avait eu lieu entre Lula et Erdogan.")]
    [InlineData("en", "It was the first meeting between Lula and Erdogan since the election of Lula on 30 October. The paper had earlier reported that another meeting had taken place between Lula and Erdogan.")]
    public void A_date_closing_a_since_phrase_bounds_the_period_and_dates_no_event_nor_the_next_sentence(string lang, string text)
    {
        var doc = LulaErdogan(text, lang).Build();
        var events = Stage.Process(doc).Events;
        Assert.Contains(events, e => e.Type == "CONSULT" && e.Date == "2024-03-06");
        Assert.DoesNotContain(events, e => e.Date != null && e.Date.EndsWith("-10-30"));
        // the Time stage's rule itself: the date ending "depuis l'élection de Lula le 30 octobre" governs nothing
        var second = doc.Text.IndexOf(lang == "fr" ? "autre rencontre" : "another meeting", StringComparison.Ordinal);
        Assert.Null(Parallax.Time.EventDating.GoverningTime(doc, new TextSpan(second, doc.Text.Length), new TextSpan(second, second + 5)));
    }

    [Theory]
    [InlineData("fr", "Lula a eu un entretien téléphonique avec Erdogan. Macron a appelé à la paix. Lula a parlé avec Erdogan au téléphone. Ils ont discuté du commerce.")]
    [InlineData("en", "Lula held a phone call with Erdogan. Macron called for peace. Lula spoke with Erdogan by phone. They discussed trade.")]
    public void A_plural_pronoun_is_the_event_told_last_even_when_merged_into_an_older_draft(string lang, string text)
    {
        var doc = LulaErdogan(text, lang).Entity("Emmanuel Macron", "PERSON", "FRA", "Macron").Build();
        var events = Stage.Process(doc).Events;
        var call = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(["Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan"], Names(doc, call.Actors.Concat(call.Targets)));
        Assert.Equal(3, call.Evidence.Length);
    }
}
