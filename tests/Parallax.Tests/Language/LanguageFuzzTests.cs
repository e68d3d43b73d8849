using System.Text;
using Parallax.Evaluation;
using Parallax.Language;

namespace Parallax.Tests.Language;

/// <summary>
/// Property tests on random text made of the characters that matter to the language layer (quotes, guillemets,
/// abbreviations, dots, apostrophes, non-breaking spaces): sentences and tokens stay ordered, inside their block and
/// non-empty; nothing throws; quotes point inside the text. Seeded, so a failure is reproducible.
/// </summary>
public class LanguageFuzzTests
{
    static readonly string[] Pieces =
    [
        "M.", "Mme", "U.S.", "J.-C.", "R.R.", "p.m.", "etc.", "Dr", "St.", " ", " ", " ", "\u00A0", "\u202F", ".", "...", "…", "!", "?", "»", "«", "“", "”", "\"", "'", "’",
        "(", ")", "<…>", "[…]", "a-t-il", "qu’", "l'", "3,5", "12.5", "Le", "the", "said", "a déclaré", "Peskov", "Trump", "Il", "he", "\n", "\n\n", ",", ";", ":",
        "selon", "according to", "que", "that", "—", "12", "mardi", "A", "b",
    ];

    static string RandomText(Random rng, int pieces)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) sb.Append(Pieces[rng.Next(Pieces.Length)]);
        return sb.ToString();
    }

    [Fact]
    public void Splitter_and_tokenizer_keep_their_invariants_on_random_text()
    {
        var rng = new Random(20261201);
        for (int round = 0; round < 3000; round++)
        {
            var text = RandomText(rng, rng.Next(1, 60));
            foreach (var lang in new[] { "fr", "en", "und" })
            {
                var sentences = SentenceSplitter.Split(text, 0, text.Length, lang);
                int last = 0;
                foreach (var s in sentences)
                {
                    Assert.True(s.Start >= last && s.End > s.Start && s.End <= text.Length, $"bad sentence [{s.Start},{s.End}) in «{text}»");
                    last = s.End;
                }
            }
            var tokens = Tokenizer.Tokenize(text, 0, text.Length);
            int prev = 0;
            foreach (var t in tokens)
            {
                Assert.True(t.Start >= prev && t.End > t.Start && t.End <= text.Length, $"bad token [{t.Start},{t.End}) in «{text}»");
                prev = t.End;
            }
        }
    }

    [Fact]
    public void The_analysis_stages_never_throw_and_quotes_stay_inside_the_text()
    {
        var rng = new Random(7);
        var pipeline = Pipeline.CreateDefault();
        for (int round = 0; round < 300; round++)
        {
            var text = RandomText(rng, rng.Next(1, 120));
            var doc = pipeline.Analyze(LanguageEvaluation.AsDocument("fuzz", round % 2 == 0 ? "fr" : "en", text, new DateOnly(2025, 2, 12)));
            foreach (var q in doc.Quotes)
            {
                Assert.InRange(q.Start, 0, text.Length);
                Assert.InRange(q.End, q.Start, text.Length);
                Assert.Equal(q.Text, text[q.Start..q.End]);
                if (q.SpeakerSpan is { } sp) Assert.InRange(sp.End, sp.Start, text.Length);
                if (q.Speaker != null) Assert.Contains(doc.Entities, e => e.Id == q.Speaker);
            }
        }
    }

    [Fact]
    public void Language_identification_is_total()
    {
        var rng = new Random(3);
        for (int i = 0; i < 500; i++)
        {
            var chars = new char[rng.Next(0, 200)];
            for (int k = 0; k < chars.Length; k++) chars[k] = (char)rng.Next(0, 0x3000);
            var g = LanguageIdentifier.Guess(new string(chars));
            Assert.InRange(g.Confidence, 0, 1);
            Assert.NotNull(g.Language);
        }
    }
}
