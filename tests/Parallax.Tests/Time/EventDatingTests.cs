using Parallax.Model;
using Parallax.Time;

namespace Parallax.Tests.Time;

public class EventDatingTests
{
    static Document Doc(string text, string lang = "fr")
    {
        var d = new Document { Id = "x", Source = new SourceInfo(null, null, null), Text = text, Published = new DateOnly(2025, 2, 12), Language = lang };
        return new TimeStage().Process(d);
    }

    static TextSpan Word(string text, string w) { int i = text.IndexOf(w, StringComparison.Ordinal); return new TextSpan(i, i + w.Length); }
    static TextSpan Whole(string text, string sentence) { int i = text.IndexOf(sentence, StringComparison.Ordinal); return new TextSpan(i, i + sentence.Length); }

    [Fact]
    public void DateInTheSentenceDatesTheEvent()
    {
        var text = "Selon le Kremlin, Poutine s’était entretenu avec un dirigeant américain le 12 février 2022. Il fait froid.";
        var doc = Doc(text);
        var t = EventDating.GoverningTime(doc, Whole(text, "Selon le Kremlin, Poutine s’était entretenu avec un dirigeant américain le 12 février 2022."), Word(text, "entretenu"));
        Assert.Equal("2022-02-12", t?.Value);
    }

    [Fact]
    public void DurationsDoNotDate()
    {
        var text = "Les deux hommes ont parlé pendant plus d’une heure.";
        var doc = Doc(text);
        Assert.Null(EventDating.GoverningTime(doc, Whole(text, text), Word(text, "parlé")));
        Assert.Equal("2025-02-12", EventDating.EventDate(doc, Whole(text, text), Word(text, "parlé"), publishedFallback: true));
    }

    [Fact]
    public void ContinuingNarrativeCarriesThePreviousDate()
    {
        var text = "Poutine s’était entretenu avec Trump le 12 février 2022. Le président russe s’est ensuite entretenu avec Joe Biden pendant plus d’une heure. Trump a parlé avec Zelensky.";
        var doc = Doc(text);
        var s2 = Whole(text, "Le président russe s’est ensuite entretenu avec Joe Biden pendant plus d’une heure.");
        Assert.Equal("2022-02-12", EventDating.GoverningTime(doc, s2, Word(text, "s’est ensuite"))?.Value);
        var s3 = Whole(text, "Trump a parlé avec Zelensky.");
        Assert.Null(EventDating.GoverningTime(doc, s3, Word(text, "a parlé")));
    }

    [Fact]
    public void TimeInARelativeClauseBelongsToAnotherEvent()
    {
        var text = "Le chef russe, qui a lancé une invasion en 2022, a appelé Trump mercredi.";
        var doc = Doc(text);
        Assert.Equal("2025-02-12", EventDating.GoverningTime(doc, Whole(text, text), Word(text, "appelé"))?.Value);
        Assert.Equal("2022", EventDating.GoverningTime(doc, Whole(text, text), Word(text, "lancé"))?.Value);
    }

    [Fact]
    public void SinceDoesNotDate()
    {
        var text = "The two leaders have not met since 2019.";
        var doc = Doc(text, "en");
        Assert.Null(EventDating.GoverningTime(doc, Whole(text, text), Word(text, "met")));
    }

    [Fact]
    public void ClockTimeGivesItsDate()
    {
        var text = "The call began at 6 p.m. GMT on Wednesday.";
        var doc = Doc(text, "en");
        Assert.Equal("2025-02-12", EventDating.EventDate(doc, Whole(text, text), Word(text, "began")));
    }
}
