using Parallax.Input;

namespace Parallax.Tests.Quotes;

public class QuoteRegressionTests
{
    [Theory]
    [InlineData("quote-verb-past-sentence.html.gz")]
    public void Real_pages_that_once_failed_are_analysed(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "regressions", file);
        var item = Assert.Single(InputReader.Read([path]));
        Assert.Null(item.Error);
        var doc = Pipeline.CreateDefault().Process(item.Input!);
        Assert.NotEmpty(doc.Text);
        foreach (var q in doc.Quotes) Assert.Equal(q.Text, doc.Text[q.Start..q.End]);
    }

    /// <summary>Whole-pipeline fuzzing on real text: random slices of real articles, with random splices, never throw.</summary>
    [Fact]
    public void Random_slices_of_real_articles_go_through_every_stage()
    {
        var pipeline = Pipeline.CreateDefault();
        var texts = new List<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt"))
            texts.Add(File.ReadAllText(f));
        texts.Add(pipeline.Extractor.Extract(Assert.Single(InputReader.Read([Path.Combine(AppContext.BaseDirectory, "testdata", "regressions", "quote-verb-past-sentence.html.gz")])).Input!).Text);
        var rng = new Random(42);
        string[] splices = ["« ", " »", "“", "”", " said ", " a déclaré ", ", a-t-il ajouté", "\n\n", ".", " selon ", " that ", " que ", "M. ", "’’"];
        for (int round = 0; round < 150; round++)
        {
            var t = texts[rng.Next(texts.Count)];
            int a = rng.Next(t.Length), b = Math.Min(t.Length, a + rng.Next(1, 1500));
            var piece = t[a..b];
            for (int k = rng.Next(4); k > 0; k--)
            {
                int at = rng.Next(piece.Length + 1);
                piece = piece[..at] + splices[rng.Next(splices.Length)] + piece[at..];
            }
            var doc = pipeline.Analyze(Parallax.Evaluation.LanguageEvaluation.AsDocument("fuzz", round % 2 == 0 ? "fr" : "en", piece, new DateOnly(2025, 2, 12)));
            foreach (var q in doc.Quotes) Assert.Equal(q.Text, piece[q.Start..q.End]);
            foreach (var e in doc.Events) foreach (var ev in e.Evidence) Assert.InRange(ev.End, ev.Start, piece.Length);
        }
    }
}
