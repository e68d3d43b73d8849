using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English quote detection and attribution families (sentences written for these tests): subjects with an
/// apposition, interview transcripts, people's names as nouns, partial quotations after a short clause, headlines.</summary>
public class EnglishQuoteFamilyTests
{
    [Fact]
    public void A_subject_with_an_apposition_is_the_speaker_of_the_clause_after_the_verb()
    {
        var d = Run.Text("Anna Berg said the vote had been fair. Her husband, Erik Berg, said he disagreed with the count.", published: "2024-05-01");
        Assert.Equal("Erik Berg", d.SpeakerWords(d.QuoteAt("he disagreed")));
        Assert.DoesNotContain(d.Quotes, q => d.Text[q.Start..q.End].StartsWith("Her husband", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_with_a_relative_clause_is_not_reported_content()
    {
        var d = Run.Text("Residents of Dunmore met on Monday. Another resident, who asked not to be named, said the water still smelled of chemicals.", published: "2024-05-01");
        var q = d.QuoteAt("the water still smelled");
        Assert.False(q.Direct);
        Assert.DoesNotContain(d.Quotes, q => d.Text[q.Start..q.End].StartsWith("Another resident", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_transcript_the_interviewer_is_nobody_and_a_name_label_is_the_speaker()
    {
        var d = Run.Text("Minister Sarah Coleman was interviewed on local radio on Tuesday.\n\nQ: \"Are the talks still going?\"\n\nColeman: \"They are, and we expect progress by Friday.\"",
            published: "2024-05-01");
        var question = d.QuoteAt("Are the talks");
        Assert.Null(question.Speaker);
        Assert.Null(question.SpeakerSpan);
        Assert.Equal("Sarah Coleman", d.SpeakerWords(d.QuoteAt("They are, and")));
    }

    [Fact]
    public void A_peoples_name_after_the_points_to_the_person_named_before()
    {
        var d = Run.Text("Carlos Ruiz lost the final in four sets on Sunday. “I gave everything I had,” the 24-year-old Spaniard told reporters. “Next year will be different,” the Spaniard added.",
            published: "2024-05-01");
        Assert.Equal("Carlos Ruiz", d.SpeakerWords(d.QuoteAt("I gave everything")));
        Assert.Equal("Carlos Ruiz", d.SpeakerWords(d.QuoteAt("Next year")));
    }

    [Fact]
    public void A_quotation_in_a_headline_is_not_speech()
    {
        var d = Run.Text("‘We are not giving up’: Millbrook fights hospital closure\n\nResidents of Millbrook packed the town hall on Monday. “We are not giving up on this hospital,” said Janet Moore, a retired nurse.",
            published: "2024-05-01");
        var q = Assert.Single(d.Quotes);
        Assert.StartsWith("We are not giving up on this hospital", d.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_short_clause_around_a_partial_quotation_is_not_a_report_of_its_own()
    {
        var d = Run.Text("Traffic was halted on Monday. A spokesman for the Port Authority said the tunnel would reopen “within hours”. Mayor Tom Lee said the repairs on the old bridge had been planned “for years” by the city.",
            published: "2024-05-01");
        var partial = d.QuoteAt("within hours");
        Assert.True(partial.Direct);
        Assert.DoesNotContain(d.Quotes, q => !q.Direct && d.Text[q.Start..q.End].StartsWith("the tunnel", StringComparison.Ordinal));
        // five words of the writer's before the mark: the clause is a report too
        Assert.False(d.QuoteAt("the repairs on the old bridge").Direct);
    }
}
