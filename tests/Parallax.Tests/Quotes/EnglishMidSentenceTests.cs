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

    [Fact]
    public void A_saying_clause_after_a_verb_that_is_not_of_saying_is_a_report_by_the_subject()
    {
        var d = Run.Text("Two aid workers were freed in Mali on Sunday.\n\nThe United Nations welcomed the release, saying the two men were in good health.",
            published: "2024-05-01");
        var q = d.QuoteAt("the two men were in good health");
        Assert.False(q.Direct);
        Assert.Contains("United Nations", d.SpeakerWords(q));
        Assert.DoesNotContain(d.Quotes, q => d.Text[q.Start..q.End].StartsWith("The United Nations welcomed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_french_participle_after_a_comma_has_no_inverted_subject()
    {
        var d = Run.Text("Deux humanitaires ont été libérés au Mali dimanche.\n\nL’ONU a salué leur libération, affirmant que les deux hommes étaient en bonne santé.",
            published: "2024-05-01");
        Assert.DoesNotContain(d.Quotes, q => d.Text[q.Start..q.End].StartsWith("L’ONU a salué", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_that_opens_the_sentence_is_the_subject_of_its_participle()
    {
        var d = Run.Text("Prime Minister Anna Lind spoke in Oslo on Monday.\n\nGermany welcomed the agreement, saying the new rules would protect fishermen.",
            published: "2024-05-01");
        Assert.Equal("Germany", d.SpeakerWords(d.QuoteAt("the new rules would protect")));
    }
}
