using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English subjects made of a head and a chain of appositions, ages and relative clauses before a verb of saying
/// with a clause of its own ("At a hospital in Tarnby, Ivo Lasko, a 34-year-old welder from the coast, said he …"), and
/// roles of two person nouns ("the chief executive said"), and colon introductions after a fronted phrase or with a
/// described apposition ("Her neighbour, the baker Leo Marsh, was counting the cost too: “…”") (sentences written for these
/// tests).</summary>
public class EnglishEleventhRoundTests
{
    [Theory]
    [InlineData("Councillor Brian Odell said the cuts were unavoidable.\n\nAt a bus stop on Kell Road, Maud Ferris, 67, said she was worried about her library.",
        "she was worried about her library", "Maud Ferris")]
    [InlineData("The survey was led by Professor Alan Reeve.\n\nDr Mara Quist, a hydrologist at Tarrow University who was not involved in the survey, said the readings were reliable.",
        "the readings were reliable", "Mara Quist")]
    [InlineData("Rescuers led by Captain Ian Moss searched the river on Sunday.\n\nAt a hospital in Tarnby, Ivo Lasko, a 34-year-old welder from the coast, said he had been asleep when the bridge fell.",
        "he had been asleep", "Ivo Lasko")]
    [InlineData("Peter Ngeno died on Sunday after a crash near Kaptagat.\n\nAt the mortuary in Eldoret, his father, Tomas Kiplel, said the family was struggling.",
        "the family was struggling", "Tomas Kiplel")]
    [InlineData("The board of the Tallis Foundation met on Monday and removed its chief executive, Mark Fenn.\n\nHours later, the chairman and co-founder, Greg Amberley, said he was leaving too.",
        "he was leaving too", "Greg Amberley")]
    [InlineData("The strike was called by union leader Sam Orford.\n\nNora Pell, who sells candles from a shop in Guelph, Ont., said she had switched to a private courier.",
        "she had switched to a private courier", "Nora Pell")]
    [InlineData("Tenants in the Kelby estate have waited two years for repairs.\n\nOwen Tally, the chair of the tenants’ group Fair Rent Now, which has campaigned for repairs since 2019, said the council had ignored its letters.",
        "the council had ignored its letters", "Owen Tally")]
    public void A_subject_with_a_chain_of_appositions_is_the_speaker_of_the_clause_after_the_verb(string text, string clause, string speaker)
    {
        var d = Run.Text(text, published: "2024-03-02");
        Assert.Equal(speaker, d.SpeakerWords(d.QuoteAt(clause)));
        // the subject and its appositions are not reported content
        Assert.DoesNotContain(d.Quotes, q => !q.Direct && q.End <= d.Text.IndexOf(clause, StringComparison.Ordinal) - 5 && q.Start >= d.Text.IndexOf("\n\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Work on the Tarn crossing starts next month, under engineer Ada Lunn.\n\nThe bridge, which was built in 1962, will close for repairs until May, said Ada Lunn, the county engineer.",
        "The bridge, which was built in 1962", "Ada Lunn")]
    [InlineData("Fenwick Mills announced the closure on Monday.\n\nThe mill, its last in the valley, will shut in June, said Carl Dane, the firm’s owner.",
        "The mill, its last in the valley", "Carl Dane")]
    public void Reported_content_with_commas_before_an_inverted_verb_stays_reported(string text, string clause, string speaker)
    {
        var d = Run.Text(text, published: "2024-03-02");
        Assert.Equal(speaker, d.SpeakerWords(d.QuoteAt(clause)));
    }

    [Fact]
    public void The_chief_executive_is_the_person_introduced_as_chief_executive_not_the_chief_financial_officer()
    {
        var d = Run.Text("Harlow Foods said on Tuesday it would close two plants.\n\nChief executive Paul Arden told analysts that costs had risen too fast. Chief financial officer Mark Veale said the closures would save $40 million a year. “We expect the savings to show next year,” Veale said. Arden said he was confident in the plan. “This is a reset, not a retreat,” the chief executive said.",
            published: "2024-03-02");
        Assert.Equal("Paul Arden", d.SpeakerWords(d.QuoteAt("This is a reset, not a retreat")));
    }

    [Fact]
    public void A_head_noun_alone_still_points_to_the_last_person_introduced_with_it()
    {
        var d = Run.Text("Chief executive Paul Arden opened the meeting. Chief operating officer Mark Veale presented the figures. “We are on track,” the chief said.",
            published: "2024-03-02");
        Assert.Equal("Mark Veale", d.SpeakerWords(d.QuoteAt("We are on track")));
    }

    [Theory]
    [InlineData("The inquest into the death of Maria Voss ended on Friday with a verdict of misadventure.\n\nThe coroner, Dr Ian Pell, said the river had been in flood. Outside the court, her brother, Tomas Voss, read a statement on behalf of the family: “Maria was the light of our lives.”",
        "Maria was the light of our lives", "Tomas Voss")]
    [InlineData("Flood water filled the shops on Main Street overnight.\n\nRuth Dale, who runs a bookshop, said she had lost her stock. Her neighbour, the baker Leo Marsh, was counting the cost too: “Ten years of work, gone in a night.”",
        "Ten years of work, gone in a night", "Leo Marsh")]
    public void The_subject_of_a_colon_introduction_is_found_past_a_fronted_phrase_and_a_described_apposition(string text, string quote, string speaker)
    {
        var d = Run.Text(text, published: "2024-03-02");
        Assert.Equal(speaker, d.SpeakerWords(d.QuoteAt(quote)));
    }

    [Fact]
    public void A_name_after_lower_case_words_before_a_colon_is_an_object_not_the_speaker()
    {
        var d = Run.Text("Flood water filled the shops on Main Street overnight.\n\nRuth Dale, who runs a bookshop, said she had lost her stock. The council then turned to the baker Leo Marsh: “Will you reopen?”",
            published: "2024-03-02");
        Assert.Null(d.QuoteAt("Will you reopen?").Speaker);
    }
}
