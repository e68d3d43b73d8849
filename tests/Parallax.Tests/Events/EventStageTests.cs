using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

public class EventStageTests
{
    static readonly EventStage Stage = new();


    [Fact]
    public void Phone_call_with_reporter_after_the_clause()
    {
        var doc = new DocBuilder("Le président russe Vladimir Poutine a eu un entretien téléphonique avec son homologue américain Donald Trump, a déclaré le porte-parole du Kremlin Dmitri Peskov.")
            .Entity("Vladimir Putin", "PERSON", "RUS", "Le président russe", "Vladimir Poutine")
            .Entity("Donald Trump", "PERSON", "USA", "son homologue américain", "Donald Trump")
            .Entity("Moscow Kremlin", "ORGANIZATION", "RUS", "Kremlin")
            .Entity("Dmitry Peskov", "PERSON", "RUS", "Dmitri Peskov")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(("CONSULT", "phone", "040", "2025-02-12", "occurred"), (ev.Type, ev.Mode, ev.Cameo, ev.Date, ev.Status));
        Assert.Equal(["Donald Trump", "Vladimir Putin"], Names(doc, ev.Actors));
        Assert.Equal(["Dmitry Peskov"], Names(doc, ev.ReportedBy));
    }

    [Fact]
    public void Dated_past_event_keeps_its_own_date_and_source()
    {
        var doc = new DocBuilder("Selon le Kremlin, Poutine s’était déjà entretenu par téléphone avec Joe Biden le 12 février 2022.")
            .Entity("Moscow Kremlin", "ORGANIZATION", "RUS", "Kremlin")
            .Entity("Vladimir Putin", "PERSON", "RUS", "Poutine")
            .Entity("Joe Biden", "PERSON", "USA", "Joe Biden")
            .Time("le 12 février 2022", "date", "2022-02-12")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(("CONSULT", "phone", "2022-02-12"), (ev.Type, ev.Mode, ev.Date));
        Assert.Equal(["Joe Biden", "Vladimir Putin"], Names(doc, ev.Actors));
        Assert.Equal(["Moscow Kremlin"], Names(doc, ev.ReportedBy));
    }

    [Fact]
    public void Intention_is_not_a_call()
    {
        var doc = new DocBuilder("Donald Trump a annoncé son intention de s’entretenir avec Vladimir Poutine.")
            .Entity("Donald Trump", "PERSON", "USA", "Donald Trump")
            .Entity("Vladimir Putin", "PERSON", "RUS", "Vladimir Poutine")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(EventStatus.Intended, ev.Status);
    }

    [Fact]
    public void Negated_meeting_is_denied_in_English()
    {
        var doc = new DocBuilder("Trump did not meet with Putin in Helsinki.", "en")
            .Entity("Donald Trump", "PERSON", "USA", "Trump")
            .Entity("Vladimir Putin", "PERSON", "RUS", "Putin")
            .Entity("Helsinki", "LOCATION", "FIN", "Helsinki")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(("CONSULT", EventStatus.Denied), (ev.Type, ev.Status));
        Assert.Equal(["Donald Trump"], Names(doc, ev.Actors));
        Assert.Equal(["Vladimir Putin"], Names(doc, ev.Targets));
        Assert.Equal(doc.Entities.First(e => e.Name == "Helsinki").Id, ev.Location);
    }

    [Fact]
    public void Future_meeting_is_coded_as_agreement_with_planned_date()
    {
        var doc = new DocBuilder("Macron et Scholz se rencontreront vendredi à Berlin.")
            .Entity("Emmanuel Macron", "PERSON", "FRA", "Macron")
            .Entity("Olaf Scholz", "PERSON", "DEU", "Scholz")
            .Entity("Berlin", "LOCATION", "DEU", "Berlin")
            .Time("vendredi", "date", "2025-02-14")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("AGREE", ev.Type);
        Assert.Equal("2025-02-14", ev.Attributes["planned_date"]);
        Assert.Equal(["Emmanuel Macron", "Olaf Scholz"], Names(doc, ev.Actors));
    }

    [Fact]
    public void Anaphoric_mention_merges_and_brings_the_duration()
    {
        var doc = new DocBuilder("Zelensky a parlé par téléphone avec Trump. L’appel a duré environ une heure.")
            .Entity("Volodymyr Zelenskyy", "PERSON", "UKR", "Zelensky")
            .Entity("Donald Trump", "PERSON", "USA", "Trump")
            .Time("environ une heure", "duration", "PT1H", approx: true)
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(("CONSULT", "phone", "PT1H"), (ev.Type, ev.Mode, ev.Attributes["duration"]));
        Assert.Equal(true, ev.Attributes["duration_approx"]);
        Assert.Equal(2, ev.Evidence.Length);
    }

    [Fact]
    public void Compound_subject_agreement_absorbs_the_planned_meeting()
    {
        var doc = new DocBuilder("Poutine et Trump ont convenu d’organiser une rencontre en face à face.")
            .Entity("Vladimir Putin", "PERSON", "RUS", "Poutine")
            .Entity("Donald Trump", "PERSON", "USA", "Trump")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("AGREE", ev.Type);
        Assert.Equal(["Donald Trump", "Vladimir Putin"], Names(doc, ev.Actors));
    }

    [Fact]
    public void Noun_modifier_is_not_the_subject()
    {
        var doc = new DocBuilder("Barack Obama a été le dernier président des États-Unis à visiter la Russie.")
            .Entity("Barack Obama", "PERSON", "USA", "Barack Obama")
            .Entity("United States", "LOCATION", "USA", "États-Unis")
            .Entity("Russia", "LOCATION", "RUS", "Russie")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(("CONSULT", "visit", "042"), (ev.Type, ev.Mode, ev.Cameo));
        Assert.Equal(["Barack Obama"], Names(doc, ev.Actors));
        Assert.Equal(["Russia"], Names(doc, ev.Targets));
    }

    [Fact]
    public void Passive_sanction_takes_the_demonym_as_actor()
    {
        var doc = new DocBuilder("Le fonds est sous sanction américaine depuis 2022.")
            .Entity("Russian Direct Investment Fund", "ORGANIZATION", "RUS", "Le fonds")
            .Entity("United States", "LOCATION", "USA", "américaine")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("SANCTION", ev.Type);
        Assert.Equal(["United States"], Names(doc, ev.Actors));
        Assert.Equal(["Russian Direct Investment Fund"], Names(doc, ev.Targets));
    }

    [Fact]
    public void Request_in_English_with_target()
    {
        var doc = new DocBuilder("The European Union urged Iran to resume talks, a spokesman said.", "en")
            .Entity("European Union", "ORGANIZATION", null, "European Union")
            .Entity("Iran", "LOCATION", "IRN", "Iran")
            .Build();
        var ev = Stage.Process(doc).Events.First(e => e.Type == "REQUEST");
        Assert.Equal(["European Union"], Names(doc, ev.Actors));
        Assert.Equal(["Iran"], Names(doc, ev.Targets));
    }

    [Fact]
    public void Pronoun_in_quote_means_the_speaker_and_the_partner()
    {
        var text = "Zelensky a parlé par téléphone avec Trump. « Nous acceptons de rester en contact », a écrit Zelensky.";
        var b = new DocBuilder(text)
            .Entity("Volodymyr Zelenskyy", "PERSON", "UKR", "Zelensky")
            .Entity("Donald Trump", "PERSON", "USA", "Trump");
        var doc = b.Quote("Nous acceptons de rester en contact", "Volodymyr Zelenskyy").Build();
        var agree = Stage.Process(doc).Events.First(e => e.Type == "AGREE");
        Assert.Equal(["Donald Trump", "Volodymyr Zelenskyy"], Names(doc, agree.Actors));
        Assert.Equal(["Volodymyr Zelenskyy"], Names(doc, agree.ReportedBy));
    }

    [Fact]
    public void A_meeting_in_one_participants_city_is_a_visit_by_the_other()
    {
        var doc = new DocBuilder("Steve Witkoff a rencontré Vladimir Poutine à Moscou mardi.")
            .Entity("Steve Witkoff", "PERSON", "USA", "Steve Witkoff")
            .Entity("Vladimir Putin", "PERSON", "RUS", "Vladimir Poutine")
            .Entity("Moscow", "LOCATION", "RUS", "Moscou")
            .Time("mardi", "date", "2025-02-11")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(("CONSULT", "visit"), (ev.Type, ev.Mode));
        Assert.Equal(["Steve Witkoff"], Names(doc, ev.Actors));
        Assert.Equal(["Vladimir Putin"], Names(doc, ev.Targets));
    }

    [Fact]
    public void A_temporal_clause_after_the_event_dates_it()
    {
        var doc = new DocBuilder("Barack Obama a visité la Russie lorsqu’il a participé au sommet du G20 en 2013.")
            .Entity("Barack Obama", "PERSON", "USA", "Barack Obama")
            .Entity("Russia", "LOCATION", "RUS", "Russie")
            .Time("2013", "date", "2013")
            .Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Mode == "visit");
        Assert.Equal("2013", ev.Date);
    }
}
