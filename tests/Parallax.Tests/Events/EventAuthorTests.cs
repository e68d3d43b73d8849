using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Participants of the participants round (docs/events.md): the author of what an accusation is about, a verb after
/// ", but"/", mais" sharing the first clause's subject, and the topic of an act that names no participant. Made-up French
/// and English sentences.
/// </summary>
public class EventAuthorTests
{
    static readonly EventStage Stage = new();


    [Theory]
    [InlineData("Amnesty International a condamné les exactions commises par l'armée malienne dans le centre du pays.", "fr")]
    [InlineData("Amnesty International condemned the abuses committed by Malian troops in the centre of the country.", "en")]
    public void The_author_of_what_is_condemned_is_the_recipient(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Amnesty International", "ORGANIZATION", null, "Amnesty International")
            .Entity("Mali", "LOCATION", "MLI", "malienne", "Malian").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("ACCUSE", ev.Type);
        Assert.Equal(["Amnesty International"], Names(doc, ev.Actors));
        Assert.Equal(["Mali"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("La Serbie a ouvert une enquête sur les crimes commis par Ante Kovač pendant la guerre.", "fr")]
    [InlineData("Serbia launched an investigation into the crimes committed by Ante Kovac during the war.", "en")]
    public void The_author_of_what_is_investigated_is_the_recipient(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Serbia", "LOCATION", "SRB", "La Serbie", "Serbia")
            .Entity("Ante Kovac", "PERSON", "HRV", "Ante Kovač", "Ante Kovac").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Serbia"], Names(doc, ev.Actors));
        Assert.Equal(["Ante Kovac"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Ante Kovač a été condamné par la Serbie.", "fr")]
    [InlineData("Ante Kovac was condemned by Serbia.", "en")]
    public void The_agent_right_after_a_passive_accusation_still_acts(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Serbia", "LOCATION", "SRB", "la Serbie", "Serbia")
            .Entity("Ante Kovac", "PERSON", "HRV", "Ante Kovač", "Ante Kovac").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(["Serbia"], Names(doc, ev.Actors));
        Assert.Equal(["Ante Kovac"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Le Bénin a rouvert ses frontières lundi, mais a refusé l'entrée aux Ghanéens.", "fr")]
    [InlineData("Benin reopened its borders on Monday, but was still refusing admittance to Ghanaians.", "en")]
    public void A_verb_after_but_has_the_first_clause_s_subject(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Benin", "LOCATION", "BEN", "Le Bénin", "Benin")
            .Entity("Ghana", "LOCATION", "GHA", "Ghanéens", "Ghanaians").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REJECT");
        Assert.Equal(["Benin"], Names(doc, ev.Actors));
        Assert.Equal(["Ghana"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Le Bénin a rouvert ses frontières, mais le Ghana a refusé l'accord.", "fr")]
    [InlineData("Benin reopened its borders, but Ghana rejected the deal.", "en")]
    public void A_clause_after_but_with_its_own_subject_keeps_it(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Benin", "LOCATION", "BEN", "Le Bénin", "Benin")
            .Entity("Ghana", "LOCATION", "GHA", "le Ghana", "Ghana").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REJECT");
        Assert.Equal(["Ghana"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("Israël et les États-Unis ont partagé des renseignements concernant des contacts entre le Hamas et l'Iran.", "fr")]
    [InlineData("Israel shared intelligence with the United States about contacts between Hamas and Iran.", "en")]
    [InlineData("Israël et les États-Unis ont partagé des renseignements à propos de contacts entre le Hamas et l'Iran.", "fr")]
    public void The_topic_of_an_act_names_no_participant(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Israel", "LOCATION", "ISR", "Israël", "Israel")
            .Entity("United States", "LOCATION", "USA", "les États-Unis", "the United States")
            .Entity("Hamas", "ORGANIZATION", null, "Hamas")
            .Entity("Iran", "LOCATION", "IRN", "l'Iran", "Iran").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("COOPERATE", ev.Type);
        Assert.DoesNotContain(ev.Actors.Concat(ev.Targets), id => Names(doc, [id])[0] is "Hamas" or "Iran");
        Assert.Contains(ev.Actors.Concat(ev.Targets), id => Names(doc, [id])[0] == "United States");
    }

    [Fact]
    public void Someones_words_are_no_topic()
    {
        // "les propos de X" are X's words; only "à propos de" opens a topic
        var doc = new DocBuilder("Le Kenya a condamné les propos de Yoweri Museveni sur la frontière.", "fr")
            .Entity("Kenya", "LOCATION", "KEN", "Le Kenya")
            .Entity("Yoweri Museveni", "PERSON", "UGA", "Yoweri Museveni").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("ACCUSE", ev.Type);
        Assert.Equal(["Yoweri Museveni"], Names(doc, ev.Targets));
    }
}
