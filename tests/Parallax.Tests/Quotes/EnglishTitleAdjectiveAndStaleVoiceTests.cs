using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>A title adjective with a participle's ending opening the subject ("Outgoing head coach X, whose …, said"), a
/// paragraph opening with a pronoun after a quotation (no credit line), "the statement said" and "it said" after a report
/// of their own, an organisation that became the subject of a sentence since the last voice ("… disputed that. It said"),
/// and "a company spokesperson" (sentences written for these tests).</summary>
public class EnglishTitleAdjectiveAndStaleVoiceTests
{
    [Fact]
    public void A_title_adjective_ending_in_ing_opens_the_subject_not_a_fronted_phrase()
    {
        var d = Run.Text("Asked about the last over, Tom Baxter said the bowler had shown “great nerve” after a hard season. Outgoing head coach Sam Kettle, whose contract ends this week, said the squad had earned its title. “I was never lucky enough to win a cup,” he said.",
            published: "2024-05-01");
        Assert.Equal("Sam Kettle", d.SpeakerWords(d.QuoteAt("I was never lucky enough")));
    }

    [Fact]
    public void A_participle_phrase_still_hides_the_name_inside_it()
    {
        var d = Run.Text("Mayor Jane Porter opened the new bridge on Monday.\n\nSpeaking to Councillor Tom Reed at the ceremony, the 52-year-old said the project had come in under budget.",
            published: "2024-05-01");
        Assert.Equal("Jane Porter", d.SpeakerWords(d.QuoteAt("the project had come in under budget")));
    }

    [Fact]
    public void A_paragraph_opening_with_a_pronoun_is_no_credit_line()
    {
        var d = Run.Text("Sir Alan Firth, who coached the side for 20 years, said his influence had never faded. “He was the best of us,” Firth said. “Leo never stopped being a fan.”\n\nHe is survived by his wife, Norma, and two daughters.",
            published: "2024-05-01");
        Assert.Contains("Firth", d.SpeakerWords(d.QuoteAt("Leo never stopped being a fan")));
    }

    [Fact]
    public void The_statement_said_takes_the_organisation_that_reported_since_the_last_quotation()
    {
        var d = Run.Text("Tom Reyes, who joined the club in 2017, wrote on Instagram that it had been “an honour” to play for him.\n\nHarbour Sports Group, the club’s owners, said in a statement that it respected his decision. “He has given this club more than we could ever have asked for,” the statement said.",
            published: "2024-05-01");
        Assert.Contains("Harbour Sports Group", d.SpeakerWords(d.QuoteAt("He has given this club")));
    }

    [Fact]
    public void It_said_takes_the_organisation_that_reported_since_the_last_quotation()
    {
        var d = Run.Text("Orbitel said the law was “deeply flawed” because it ignored readers. Calder Search, which has also threatened to remove links, said it was still in talks. It said it had raised “serious concerns” about the bill.",
            published: "2024-05-01");
        Assert.Contains("Calder", d.SpeakerWords(d.QuoteAt("serious concerns")));
        Assert.Contains("Orbitel", d.SpeakerWords(d.QuoteAt("deeply flawed")));
    }

    [Fact]
    public void It_said_takes_an_organisation_that_opened_a_sentence_since_the_last_voice()
    {
        var d = Run.Text("The Tarrow River Authority said the spillage was needed to protect the dams. It said it had given communities notice. The National Relief Agency disputed that. It said its officers had moved more than 2,000 people.",
            published: "2024-05-01");
        Assert.Contains("National Relief Agency", d.SpeakerWords(d.QuoteAt("its officers had moved")));
        Assert.Contains("Tarrow River Authority", d.SpeakerWords(d.QuoteAt("it had given communities notice")));
    }

    [Fact]
    public void A_company_spokesperson_speaks_for_the_company_named_before()
    {
        var d = Run.Text("Four school boards are suing the companies behind Facebook, Instagram and TikTok.\n\nMeta said it had developed more than 30 tools for teens. “We’ve spent a decade working on these issues,” a company spokesperson said.",
            published: "2024-05-01");
        Assert.Contains("Meta", d.SpeakerWords(d.QuoteAt("We’ve spent a decade")));
    }

    [Fact]
    public void The_trust_said_takes_the_organisation_whose_name_ends_with_that_noun()
    {
        var d = Run.Text("The Tarrow Community Trust said on Monday that an appeal had raised £80,000. Lindale Council said about 60 homes remained empty. The trust said the money would be paid directly to households.",
            published: "2024-05-01");
        Assert.Contains("Tarrow Community Trust", d.SpeakerWords(d.QuoteAt("the money would be paid directly")));
        Assert.Contains("Lindale Council", d.SpeakerWords(d.QuoteAt("about 60 homes remained empty")));
    }

    [Fact]
    public void A_partial_quotation_after_blamed_is_the_subject_s()
    {
        var d = Run.Text("Police Commissioner Dara Quinn has blamed “a small and violent crowd” for the rioting in the city centre on Thursday night.",
            published: "2024-05-01");
        Assert.Contains("Dara Quinn", d.SpeakerWords(d.QuoteAt("a small and violent crowd")));
    }
}
