using Parallax.Evaluation;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English verbs of manner after a quotation ("beamed", "grinned"), a party's or a people's noun after "the"
/// that the Entities stage took for a name ("the Republican said"), and names that are the medium or the addressee of a
/// statement ("wrote on Instagram", "told Reuters"), never its speaker (sentences written for these tests).</summary>
public class EnglishMediaAndMannerTests
{
    [Fact]
    public void A_verb_of_manner_right_after_the_quotation_names_the_speaker()
    {
        var d = Run.Text("Governor Tom Hale toured the flooded town on Monday.\n\n“I’ve enjoyed every second of this job,” beamed Harriet Quinn, the outgoing mayor. “I’ll miss it.”",
            published: "2024-05-01");
        Assert.Equal("Harriet Quinn", d.SpeakerWords(d.QuoteAt("I’ve enjoyed every second")));
        Assert.Equal("Harriet Quinn", d.SpeakerWords(d.QuoteAt("I’ll miss it")));
    }

    [Fact]
    public void A_verb_of_manner_after_the_subject_names_the_speaker()
    {
        var d = Run.Text("Senator Alma Reyes met the strikers on Friday.\n\n“We did it the hard way,” Kevin Doyle grinned after the vote.", published: "2024-05-01");
        Assert.Equal("Kevin Doyle", d.SpeakerWords(d.QuoteAt("We did it the hard way")));
    }

    [Fact]
    public void A_verb_of_manner_reports_no_clause_of_its_own()
    {
        var d = Run.Text("Coach Dana Wells laughed off the question before the game in Denver.", published: "2024-05-01");
        Assert.Empty(d.Quotes);
    }

    [Fact]
    public void A_party_noun_after_the_is_the_person_named_before()
    {
        var d = Run.Text("Governor Tom Hale visited the flooded town of Millbrook on Monday. “We will rebuild every house,” the Republican said.",
            published: "2024-05-01");
        Assert.Equal("Tom Hale", d.SpeakerWords(d.QuoteAt("We will rebuild every house")));
    }

    [Fact]
    public void A_platform_after_wrote_on_is_no_speaker_of_a_partial_quotation()
    {
        var d = Run.Text("The festival organiser, Sunwave Events, wrote on Instagram that the concerts could not go ahead “for the safety of our fans”.",
            published: "2024-05-01");
        var q = d.QuoteAt("for the safety of our fans");
        Assert.NotEqual("Instagram", d.SpeakerWords(q));
    }

    [Fact]
    public void A_broadcaster_after_told_is_no_antecedent_of_a_described_organisation()
    {
        var d = Run.Text("The transport minister told Al Jazeera that talks would resume next week.\n\nThe union said on Twitter that the company was “not keeping its word”.",
            published: "2024-05-01");
        var q = d.QuoteAt("not keeping its word");
        Assert.NotEqual("Al Jazeera", d.SpeakerWords(q));
        Assert.NotEqual("Twitter", d.SpeakerWords(q));
    }
}
