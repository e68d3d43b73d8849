using Parallax.Evaluation;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English organisations spoken for by a spokesperson whose complement describes them ("a spokeswoman for the
/// company"), named by their kind with nothing named before ("The archdiocese said"), or named with a noun after a name
/// or a possessive before "the &lt;noun&gt; said" ("Beijing’s commerce ministry … The ministry said") (sentences written
/// for these tests).</summary>
public class EnglishOrganisationVoiceTests
{
    [Fact]
    public void A_spokesperson_for_a_described_organisation_speaks_for_the_one_named_before()
    {
        var d = Run.Text("Shares in Vodafone fell sharply on Tuesday. A spokeswoman for the company said the board would meet on Friday.",
            published: "2025-01-10");
        Assert.Equal("Vodafone", d.SpeakerWords(d.QuoteAt("the board would meet")));
    }

    [Fact]
    public void A_described_organisation_with_nothing_named_before_is_its_own_speaker()
    {
        var d = Run.Text("Pilgrims queued for hours outside the cathedral on Sunday. The archdiocese said 12,000 people had attended the first mass.",
            published: "2025-01-10");
        Assert.Equal("The archdiocese", d.SpeakerWords(d.QuoteAt("12,000 people had attended")));
    }

    [Fact]
    public void The_noun_said_takes_the_organisation_named_with_that_noun_since_the_last_one()
    {
        var d = Run.Text("Shares in Nexperia fell on Friday. Beijing’s commerce ministry announced new export controls on chips. The ministry said the rules would take effect in March.",
            published: "2025-01-10");
        Assert.Equal("Beijing’s commerce ministry", d.SpeakerWords(d.QuoteAt("the rules would take effect")));
    }

    [Fact]
    public void A_museum_named_before_is_what_the_museum_stands_for()
    {
        var d = Run.Text("Storm damage closed the Ashmolean Museum in Oxford on Monday. The museum said in a statement that it would reopen on Thursday.",
            published: "2025-01-10");
        Assert.Contains("Ashmolean", d.SpeakerWords(d.QuoteAt("it would reopen")));
    }
}
