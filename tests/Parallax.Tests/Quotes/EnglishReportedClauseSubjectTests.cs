using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English reported clauses that open with an organisation noun ("Jane Doe said the agency was …"): the subject
/// of the speech verb speaks, not the organisation the clause's subject points back to (sentences written for these tests).</summary>
public class EnglishReportedClauseSubjectTests
{
    [Fact]
    public void An_organisation_noun_opening_a_reported_clause_is_not_the_speaker()
    {
        var d = Run.Text("The Bank of Norland held its key rate at 3 per cent on Thursday.\n\nThe central bank said in its statement that wages were still rising too fast. Senior Deputy Governor Carolyn Webb said the bank was ready to act again if prices jumped.",
            published: "2024-03-02");
        Assert.Equal("Carolyn Webb", d.SpeakerWords(d.QuoteAt("the bank was ready to act again")));
    }

    [Fact]
    public void A_court_opening_a_reported_clause_is_not_the_speaker()
    {
        var d = Run.Text("The Supreme Court of Valdoria struck down the election law on Monday.\n\nThe court said the law breached the constitution. Senior counsel Helen Brennan said the court had restored the right of every citizen to stand.",
            published: "2024-03-02");
        Assert.Equal("Helen Brennan", d.SpeakerWords(d.QuoteAt("the court had restored the right")));
    }
}
