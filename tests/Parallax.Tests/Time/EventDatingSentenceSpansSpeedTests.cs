using Parallax.Model;
using Parallax.Time;

namespace Parallax.Tests.Time;

/// <summary>The dating reuses the sentence spans of the last document it read on the thread: another document (or the
/// same text cut into other sentences) must never be dated with them.</summary>
public class EventDatingSentenceSpansSpeedTests
{
    const string Text = "Le sommet s’est tenu le 12 mars 2024 à Lisbonne. Les ministres ont signé un accord sur la pêche.";

    static Document Doc(params Sentence[] sentences)
    {
        var d = new Document { Id = "x", Source = new SourceInfo(null, null, null), Text = Text, Published = new DateOnly(2025, 2, 12), Language = "fr" };
        return new TimeStage().Process(d) with { Sentences = [.. sentences] };
    }

    static TextSpan Word(string w) { int i = Text.IndexOf(w, StringComparison.Ordinal); return new TextSpan(i, i + w.Length); }

    [Fact]
    public void EachDocumentIsDatedWithItsOwnSentences()
    {
        int cut = Text.IndexOf(" Les ", StringComparison.Ordinal) + 1;
        var two = Doc(new Sentence(0, cut - 1), new Sentence(cut, Text.Length));
        var one = Doc(new Sentence(0, Text.Length));
        var second = new TextSpan(cut, Text.Length);
        var whole = new TextSpan(0, Text.Length);
        // the date is in the sentence before: it does not date the signing when the text is cut in two
        Assert.Null(EventDating.GoverningTime(two, second, Word("signé")));
        // one sentence holding both: the date is the signing's
        Assert.Equal("2024-03-12", EventDating.GoverningTime(one, whole, Word("signé"))?.Value);
        Assert.Null(EventDating.GoverningTime(two, second, Word("signé")));
        Assert.Equal("2024-03-12", EventDating.GoverningTime(one, whole, Word("signé"))?.Value);
    }
}
