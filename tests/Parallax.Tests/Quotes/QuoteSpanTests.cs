using System.Text;
using Parallax.Evaluation;
using Parallax.Model;
using Parallax.Quotes;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// Quote detection and spans: which quotations are someone's words and where each quote starts and ends — quotations
/// over paragraphs, mixed quotation marks, titles and nicknames, a second report in the same sentence — and the
/// scanner's invariants on random text.
/// </summary>
public class QuoteSpanTests
{
    static readonly Lazy<Pipeline> Default = new(Pipeline.CreateDefault);

    static Document Analyze(string lang, string text, string published = "2025-02-12") =>
        Default.Value.Analyze(LanguageEvaluation.AsDocument("test", lang, text, DateOnly.Parse(published)));

    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.Entities.Single(e => e.Id == q.Speaker).Name : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    [Theory]
    [InlineData("fr", "Emmanuel Macron a déclaré : « Nous reconstruirons chaque école détruite.\n\n« Aucune famille ne sera laissée de côté. »",
        "Nous reconstruirons", "Aucune famille")]
    [InlineData("en", "Joe Biden told reporters: “We will rebuild every school that was destroyed.\n\n“No family will be left behind.”",
        "We will rebuild", "No family")]
    [InlineData("en", "Joe Biden told reporters: \"We will rebuild every school that was destroyed.\n\n\"No family will be left behind.\"",
        "We will rebuild", "No family")]
    public void A_quotation_reopened_in_the_next_paragraph_is_one_quote_per_paragraph_with_the_same_speaker(string lang, string text, string first, string second)
    {
        var d = Analyze(lang, text);
        var a = d.QuoteAt(first);
        var b = d.QuoteAt(second);
        Assert.DoesNotContain("\n", a.Text);
        Assert.True(a.End < b.Start);
        Assert.Equal(text[b.Start..b.End], b.Text);
        Assert.NotNull(Speaker(d, a));
        Assert.Equal(Speaker(d, a), Speaker(d, b));
        Assert.Contains(Speaker(d, a)!, new[] { "Emmanuel Macron", "Joe Biden" });
    }

    [Fact]
    public void A_straight_opening_quote_closed_by_a_curly_one_does_not_swallow_the_next_quotation()
    {
        const string text = "\"And I asked, well, on whose authority?” said Fiona Hill, who will testify on Thursday. \"And he said, the President.\"";
        var d = Analyze("en", text);
        Assert.Equal("And I asked, well, on whose authority?", d.QuoteAt("And I asked").Text);
        Assert.Equal("And he said, the President.", d.QuoteAt("And he said").Text);
    }

    [Theory]
    [InlineData("en", "Russia’s so-called “shadow fleet” kept sailing through the Baltic.", "shadow fleet")]
    [InlineData("en", "Christopher Nolan’s film “The Dark Knight” was shown again on Sunday.", "The Dark Knight")]
    [InlineData("en", "Fans in Berlin sang “Football’s Coming Home” before kick-off.", "Football’s Coming Home")]
    [InlineData("en", "Dwayne “The Rock” Johnson said he was ready for the role.", "The Rock")]
    [InlineData("en", "She grew up on films like \"Star Wars,\" \"Mary Poppins\" and \"Bambi.\"", "Mary Poppins")]
    [InlineData("fr", "Le gouvernement a de nouveau recouru à la procédure dite « du 49.3 » mardi.", "du 49.3")]
    [InlineData("fr", "Le film « La Zone d’intérêt » a été primé à Cannes.", "La Zone")]
    [InlineData("fr", "L’opération « Bouclier du Nord » a été lancée à l’aube.", "Bouclier du Nord")]
    public void Titles_nicknames_and_terms_in_quotation_marks_are_not_quotes(string lang, string text, string words)
    {
        var d = Analyze(lang, text);
        Assert.DoesNotContain(d.Quotes, q => q.Direct && q.Text.Contains(words, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Le ministre a qualifié la décision de « scandaleuse » devant les députés.", "scandaleuse")]
    [InlineData("en", "Chief Constable Lauren Poultney described the scenes as “disgraceful” on Sunday.", "disgraceful")]
    [InlineData("en", "Asked whether he would resign, the minister replied “Never” and left.", "Never")]
    [InlineData("fr", "Interrogé sur une démission, le ministre a répondu « Jamais » avant de partir.", "Jamais")]
    public void Words_quoted_after_an_object_or_a_reporting_verb_stay_quotes(string lang, string text, string words)
    {
        var d = Analyze(lang, text);
        Assert.Contains(d.Quotes, q => q.Direct && q.Text.StartsWith(words, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Russia's foreign ministry said it viewed the decision as a breach of the agreement and said it would raise tensions on the ground.",
        "it viewed the decision as a breach of the agreement", "it would raise tensions on the ground")]
    [InlineData("en", "Bolivia’s public defender’s office said another 30 people had been injured in the clashes, but added the exact circumstances remained unclear.",
        "another 30 people had been injured in the clashes", "the exact circumstances remained unclear")]
    [InlineData("fr", "Le Kremlin a affirmé que les discussions avaient été utiles, mais a reconnu que des divergences importantes subsistaient.",
        "les discussions avaient été utiles", "des divergences importantes subsistaient")]
    public void A_second_report_in_the_sentence_ends_the_first_clause_and_shares_its_subject(string lang, string text, string first, string second)
    {
        var d = Analyze(lang, text);
        var a = Assert.Single(d.Quotes, q => !q.Direct && q.Text.StartsWith(first, StringComparison.Ordinal));
        var b = Assert.Single(d.Quotes, q => !q.Direct && q.Text.StartsWith(second, StringComparison.Ordinal));
        Assert.Equal(first, a.Text);
        Assert.Equal(second, b.Text);
        Assert.NotNull(Speaker(d, b));
        Assert.Equal(Speaker(d, a), Speaker(d, b));
    }

    [Fact]
    public void A_report_inside_a_selon_clause_is_kept_whole()
    {
        var d = Analyze("fr", "Selon l’agence TASS, Sergueï Lavrov a déclaré que les négociations reprendraient la semaine prochaine.");
        Assert.Contains(d.Quotes, q => !q.Direct && q.Text.StartsWith("Sergueï Lavrov a déclaré que les négociations reprendraient", StringComparison.Ordinal));
        Assert.Contains(d.Quotes, q => !q.Direct && q.Text.StartsWith("les négociations reprendraient", StringComparison.Ordinal));
    }

    static readonly string[] Pieces =
    [
        "«", "»", "“", "”", "‘", "’", "\"", "'", "„", " ", " ", " ", "\u00A0", "\n\n", "\n", ".", ",", ":", "!", "?", "—",
        "said", "a déclaré", "Peskov", "the", "so-called", "film", "Le", "It", "words", "3", "and said", "selon", "que", "that",
    ];

    [Fact]
    public void The_quotation_scanner_never_gives_overlapping_or_out_of_range_pairs_on_random_marks()
    {
        var rng = new Random(20261202);
        for (int round = 0; round < 5000; round++)
        {
            var sb = new StringBuilder();
            int n = rng.Next(1, 80);
            for (int i = 0; i < n; i++) sb.Append(Pieces[rng.Next(Pieces.Length)]);
            var text = sb.ToString();
            var pairs = QuoteStage.FindQuotations(text);
            foreach (var (open, close) in pairs)
            {
                Assert.True(0 <= open && open < close && close < text.Length, $"pair ({open},{close}) out of range in «{text}»");
                Assert.Contains(text[open], "«“‘\"„");
            }
            // two quotations are nested or apart, never crossing
            foreach (var a in pairs)
                foreach (var b in pairs)
                    Assert.False(a.Open < b.Open && b.Open < a.Close && a.Close < b.Close, $"crossing pairs {a} {b} in «{text}»");
        }
    }

    [Fact]
    public void Direct_quotes_on_random_marks_stay_in_range_and_never_cross_a_paragraph_or_each_other()
    {
        var rng = new Random(42);
        for (int round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            int n = rng.Next(1, 100);
            for (int i = 0; i < n; i++) sb.Append(Pieces[rng.Next(Pieces.Length)]);
            var text = sb.ToString();
            var d = Analyze(round % 2 == 0 ? "fr" : "en", text);
            var direct = d.Quotes.Where(q => q.Direct).ToList();
            foreach (var q in d.Quotes)
            {
                Assert.True(0 <= q.Start && q.Start < q.End && q.End <= text.Length, $"quote [{q.Start},{q.End}) out of range in «{text}»");
                Assert.Equal(text[q.Start..q.End], q.Text);
            }
            foreach (var q in direct) Assert.DoesNotContain("\n\n", q.Text);
            foreach (var a in direct)
                foreach (var b in direct)
                    Assert.False(a.Start < b.Start && b.Start < a.End && a.End < b.End, $"crossing quotes in «{text}»");
        }
    }
}
