using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English reports whose attribution sits in the middle of the sentence ("A big part of the problem, Hanley
/// said, is …") (sentences written for these tests).</summary>
public class EnglishMidSentenceTests
{
    [Fact]
    public void An_attribution_in_the_middle_of_a_sentence_gives_the_report_to_its_subject()
    {
        var d = Run.Text("Senator Mark Hanley toured the port of Baltimore on Monday.\n\nA big part of the reason that more inspectors are needed, Hanley said, is the volume of cargo arriving each week.",
            published: "2024-05-01");
        var q = d.QuoteAt("A big part of the reason");
        Assert.False(q.Direct);
        Assert.Equal("Mark Hanley", d.SpeakerWords(q));
    }

    [Fact]
    public void A_verb_before_a_comma_that_ends_the_sentence_is_not_a_mid_sentence_attribution()
    {
        var d = Run.Text("Senator Mark Hanley toured the port of Baltimore on Monday.\n\nMore inspectors are needed at the port, Hanley said, “and soon.”",
            published: "2024-05-01");
        Assert.DoesNotContain(d.Quotes, q => !q.Direct && q.End > d.Text.IndexOf("Hanley said", StringComparison.Ordinal));
    }
}
