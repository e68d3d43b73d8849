using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English roles written in lower case between a quotation and its speaker's name ("”, head coach Liam Carver
/// said"), nouns of office that describe a person named before ("the coroner said", "the administrator said"), and an
/// organisation noun that places a body inside another ("the first central bank in the Pacific Islands Forum")
/// (sentences written for these tests).</summary>
public class EnglishTenthRoundTests
{
    [Fact]
    public void A_lower_case_role_between_a_quotation_and_the_name_does_not_hide_the_speaker()
    {
        var d = Run.Text("Harlow Town were knocked out of the cup by a late penalty on Saturday.\n\n“We lost our shape in the second half. We paid for it in the end,” head coach Liam Carver said.",
            published: "2024-03-02");
        Assert.Equal("Liam Carver", d.SpeakerWords(d.QuoteAt("We lost our shape in the second half")));
    }

    [Fact]
    public void A_single_lower_case_role_before_the_name_after_a_quotation_names_the_speaker()
    {
        var d = Run.Text("The rowing crew finished the regatta in fourth place.\n\n“It was a long season. Nobody gave up on it,” captain Nora Ellis said after the final.",
            published: "2024-03-02");
        Assert.Equal("Nora Ellis", d.SpeakerWords(d.QuoteAt("It was a long season")));
    }

    [Fact]
    public void The_coroner_is_the_person_introduced_as_coroner()
    {
        var d = Run.Text("The senior coroner for Kent, Dr Helen Marsh, opened the hearing in Maidstone on Monday. “The evidence is clear. He died of his injuries,” the coroner said.",
            published: "2024-03-02");
        Assert.Equal("Helen Marsh", d.SpeakerWords(d.QuoteAt("The evidence is clear")));
    }

    [Fact]
    public void The_administrator_is_the_person_introduced_with_that_title()
    {
        var d = Run.Text("Space agency Administrator Ray Dunmore watched the capsule land in the desert. The landing was a triumph for engineering, the administrator said.",
            published: "2024-03-02");
        Assert.Equal("Ray Dunmore", d.SpeakerWords(d.QuoteAt("The landing was a triumph for engineering")));
    }

    [Fact]
    public void An_organisation_noun_before_in_and_a_name_does_not_name_that_name()
    {
        var d = Run.Text("The Reserve Bank of Fiji raised its key rate by half a point on Tuesday, becoming the first central bank in the Group of Twenty to raise borrowing costs this year.\n\nThe central bank said in its statement that inflation remained too high.",
            published: "2024-03-02");
        Assert.Contains("Reserve Bank of Fiji", d.SpeakerWords(d.QuoteAt("inflation remained too high")));
    }

    [Fact]
    public void A_reporting_verb_past_a_paragraph_break_is_not_the_verb_of_the_quotation_before_it()
    {
        var d = Run.Text("The Central Bank of Norland cut its key rate on Wednesday.\n\nGovernor Ada Quill said the decision had been finely balanced. “Prices are easing,” she told reporters. “But we must stay alert.”\n\nThe central bank said in its statement that further cuts would depend on wages.",
            published: "2024-03-02");
        Assert.Equal("Ada Quill", d.SpeakerWords(d.QuoteAt("But we must stay alert")));
    }

    [Fact]
    public void A_name_inside_a_quotation_is_not_the_antecedent_of_the_next_pronoun_subject()
    {
        var d = Run.Text("Vice-President Kofi Mensah conceded defeat in the presidential election on Sunday.\n\n“Our own figures show that former President Kwame Boateng has won clearly,” Mr Mensah said at a news conference in Kumasi.\n\nHe said he had called Mr Boateng to congratulate him.",
            published: "2024-03-02");
        Assert.Equal("Kofi Mensah", d.SpeakerWords(d.QuoteAt("he had called Mr Boateng")));
    }
}
