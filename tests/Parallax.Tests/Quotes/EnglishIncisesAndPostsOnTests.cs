using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// English reported clauses opened by a short phrase before an incise ("The budget, she said, would …", "Instead, the
/// councillor said, the …") and reported clauses after a prepositional phrase holding "on" ("said in an update on X that",
/// "said in a post on Facebook that"). Sentences written for these tests.
/// </summary>
public class EnglishIncisesAndPostsOnTests
{
    [Fact]
    public void A_short_opening_before_a_pronoun_incise_starts_the_report_and_the_pronoun_is_the_last_reporter()
    {
        var d = Run.Text("The treasurer of Millbrook, Janet Okoro, told councillors on Monday that the reserves were low. "
            + "The budget, she said, would be balanced by the end of June.", published: "2024-05-06");
        var q = d.QuoteAt("The budget, she said, would be balanced");
        Assert.False(q.Direct);
        Assert.Equal("Janet Okoro", d.SpeakerWords(q));
    }

    [Fact]
    public void A_pronoun_incise_takes_the_reporter_not_the_possessor_named_before_him()
    {
        var d = Run.Text("Daniel Vance’s solicitor, Peter Albright, told the tribunal that the dismissal had been unfair. "
            + "The letter, he said, was sent a week after the hearing.", published: "2024-05-06");
        Assert.Equal("Peter Albright", d.SpeakerWords(d.QuoteAt("The letter, he said, was sent")));
    }

    [Fact]
    public void A_pronoun_incise_whose_gender_does_not_fit_the_last_reporter_keeps_the_other_reading()
    {
        var d = Run.Text("Councillor Margaret Doyle spoke first, and Tom Reilly told the meeting that the depot was too costly. "
            + "The plan, she said, would save money.", published: "2024-05-06");
        Assert.NotEqual("Tom Reilly", d.SpeakerWords(d.QuoteAt("The plan, she said, would save money")));
    }

    [Fact]
    public void An_opening_adverb_before_a_named_incise_is_part_of_the_report()
    {
        var d = Run.Text("Instead, Councillor Owen Pryce said, the city should sell the old depot on Mill Road.", published: "2024-05-06");
        var q = d.QuoteAt("Instead, Councillor Owen Pryce said, the city");
        Assert.Equal("Owen Pryce", d.SpeakerWords(q));
    }

    [Fact]
    public void A_clause_after_an_update_on_a_platform_is_reported()
    {
        var d = Run.Text("The Greendale Water Board said in an update on X that about 40 homes had lost their supply overnight.", published: "2024-05-06");
        var q = d.QuoteAt("about 40 homes had lost");
        Assert.False(q.Direct);
        Assert.Contains("Greendale Water Board", d.SpeakerWords(q));
    }

    [Fact]
    public void A_clause_after_a_post_on_facebook_is_reported()
    {
        var d = Run.Text("Mayor Dana Whitcombe said in a post on Facebook that the bridge would stay closed until Friday.", published: "2024-05-06");
        Assert.Equal("Dana Whitcombe", d.SpeakerWords(d.QuoteAt("the bridge would stay closed")));
    }

    [Fact]
    public void A_comma_after_the_verb_with_a_quotation_is_no_incise()
    {
        // "Instead, he said, “…”": the sentence goes on with a quotation, not with the reported words
        var d = Run.Text("Rachel Imrie, the head teacher, spoke to parents. Instead, she said, “we will teach the pupils online.”", published: "2024-05-06");
        Assert.DoesNotContain(d.Quotes, q => !q.Direct && d.Text[q.Start..q.End].StartsWith("Instead", StringComparison.Ordinal));
    }
}
