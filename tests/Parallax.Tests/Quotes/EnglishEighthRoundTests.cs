using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English fronted phrases before the subject ("Speaking at …, the 52-year-old said"), people described with a
/// team's, party's or place's name ("the Leeds manager"), a verb of saying with its own clause after a comma ("In a
/// brief interview, X said the plant …"), and a paragraph with a statement of its own after a quotation that ends the
/// paragraph before it (sentences written for these tests).</summary>
public class EnglishEighthRoundTests
{
    [Fact]
    public void A_name_inside_a_fronted_participle_phrase_is_not_the_subject()
    {
        var d = Run.Text("Mayor Jane Porter opened the new bridge on Monday.\n\nSpeaking at Riverside Hall in Leeds, the 52-year-old said the project had come in under budget.",
            published: "2024-05-01");
        var q = d.QuoteAt("the project had come in under budget");
        Assert.Equal("Jane Porter", d.SpeakerWords(q));
    }

    [Fact]
    public void A_person_described_with_a_team_name_is_the_person_who_fits_not_the_team()
    {
        var d = Run.Text("Tom Hargreaves, the Leeds United manager, was unhappy with the defending. “We gave away two soft goals,” the Leeds United manager said.",
            published: "2024-05-01");
        var q = d.QuoteAt("We gave away two soft goals");
        Assert.Equal("Tom Hargreaves", d.SpeakerWords(q));
    }

    [Fact]
    public void A_person_described_with_a_place_name_in_a_reported_clause_is_the_person_the_text_is_about()
    {
        var d = Run.Text("Chief executive Helen Marsh announced the closure of the plant on Tuesday. In a short interview, the Sheffield company’s boss said the decision had been painful.",
            published: "2024-05-01");
        var q = d.QuoteAt("the decision had been painful");
        Assert.Equal("Helen Marsh", d.SpeakerWords(q));
    }

    [Fact]
    public void A_verb_with_its_own_clause_does_not_report_the_words_before_its_comma()
    {
        var d = Run.Text("Chancellor Rachel Reeves presented her first budget on Wednesday.\n\nAddressing the Confederation of British Industry in London on Thursday, the chancellor said taxes would not rise again.",
            published: "2024-05-01");
        Assert.DoesNotContain(d.Quotes, q => d.Text[q.Start..q.End].StartsWith("Addressing", StringComparison.Ordinal));
        var q = d.QuoteAt("taxes would not rise again");
        Assert.Equal("Rachel Reeves", d.SpeakerWords(q));
    }

    [Fact]
    public void A_paragraph_with_a_statement_of_its_own_is_no_credit_line_for_the_quotation_before_it()
    {
        var d = Run.Text("“We lost everything,” Daniel Moreau said. “It happened in ten minutes.”\n\nThe Red Cross said on Friday that 40 homes had been destroyed.",
            published: "2024-05-01");
        var q = d.QuoteAt("It happened in ten minutes");
        Assert.Equal("Daniel Moreau", d.SpeakerWords(q));
        Assert.Contains("Red Cross", d.SpeakerWords(d.QuoteAt("40 homes had been destroyed")));
    }
}
