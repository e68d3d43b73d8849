using Parallax.Evaluation;
using Parallax.Model;

namespace Parallax.Tests.Time;

/// <summary>Parallax's own annotated news set (testdata/time/news.jsonl) and the spec pass rule.</summary>
public class TimeNewsSetTests
{
    static string Data(string f) => Path.Combine(AppContext.BaseDirectory, "testdata", "time", f);

    static readonly Lazy<List<TimeNewsSet.Item>> Items = new(() => TimeNewsSet.Load(Data("news.jsonl")));

    [Fact]
    public void SetHoldsAtLeast300ExpressionsInBothLanguages()
    {
        var items = Items.Value;
        Assert.True(items.Sum(i => i.Times.Count) >= 300);
        foreach (var lang in new[] { "fr", "en" })
            Assert.True(items.Where(i => i.Language == lang).Sum(i => i.Times.Count) >= 120, lang);
        Assert.All(items, i => Assert.All(i.Times, g => Assert.Equal(g.Text, i.Text[g.Start..g.End])));
        Assert.Contains(items, i => i.Times.Any(g => g.Conflict));
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }

    // floors: the measured levels (overall value accuracy 98.5 %, overlap F1 99.7 %, per language ≥ 98.0 %) minus a margin
    [Theory]
    [InlineData("all", 0.96, 0.98, 0.93)]
    [InlineData("fr", 0.96, 0.98, 0.92)]
    [InlineData("en", 0.95, 0.98, 0.92)]
    public void ParallaxScoresAboveFloor(string lang, double minValue, double minOverlapF1, double minExactF1)
    {
        var items = Items.Value;
        var preds = TimeSpecsBenchmark.Parallax(items.Select(i => new TimeInput(i.Text, i.Published, i.Language)).ToList());
        var r = TimeNewsSet.Evaluate(items, preds, maxErrors: 40).Single(x => x.Language == lang);
        var why = string.Join("\n", r.Errors);
        Assert.True(r.Scores.ValueAccuracy >= minValue, $"value accuracy {r.Scores.ValueAccuracy:P1}\n{why}");
        Assert.True(r.Scores.OverlapF1 >= minOverlapF1, $"overlap F1 {r.Scores.OverlapF1:P1}\n{why}");
        Assert.True(r.Scores.ExactF1 >= minExactF1, $"exact F1 {r.Scores.ExactF1:P1}\n{why}");
        Assert.Equal(1.0, r.Scores.ConflictRecall);
    }

    [Fact]
    public void ScoringCountsSpansValuesAndConflicts()
    {
        var item = new TimeNewsSet.Item("x", "fr", new DateOnly(2025, 2, 12), "Hier, il a parlé mardi (12).",
        [
            new TimeNewsSet.Gold(0, 4, "Hier", "date", "2025-02-11", null, false),
            new TimeNewsSet.Gold(17, 27, "mardi (12)", "date", "2025-02-11", null, true),
        ]);
        TimeExpression P(int s, int e, string v, string? conflict = null) =>
            new() { Start = s, End = e, Text = item.Text[s..e], Kind = "date", Value = v, Conflict = conflict };
        var r = TimeNewsSet.Evaluate([item], [[P(0, 4, "2025-02-10"), P(17, 22, "2025-02-11", "weekday"), P(5, 7, "2025")]]).Single(x => x.Language == "all");
        Assert.Equal(2, r.Scores.Gold);
        Assert.Equal(3, r.Scores.Predicted);
        Assert.Equal(1, r.Scores.Exact);
        Assert.Equal(2, r.Scores.Overlap);
        Assert.Equal(1, r.Scores.ValueExact);      // "Hier" has the wrong day
        Assert.Equal(1, r.Scores.ConflictRight);
        Assert.Equal(0.5, r.Scores.ValueAccuracy);
    }

    [Fact]
    public void LoadNamesTheLineOfAnExpressionNotInItsText()
    {
        var f = Path.GetTempFileName();
        try
        {
            File.WriteAllText(f, "{\"id\":\"a\",\"lang\":\"en\",\"published\":\"2025-02-12\",\"text\":\"Yesterday.\",\"times\":[{\"text\":\"today\",\"kind\":\"date\",\"value\":\"2025-02-12\"}]}\n");
            var e = Assert.Throws<FormatException>(() => TimeNewsSet.Load(f));
            Assert.Contains(":1:", e.Message);
            Assert.Contains("today", e.Message);
        }
        finally { File.Delete(f); }
    }

    [Fact]
    public void SpecCasePassesOnlyWhenEveryExpectedSpanHasItsValue()
    {
        var c = new TimeBenchmark.Case("I met him yesterday for two hours.", new DateOnly(2016, 11, 7),
        [
            new TimeBenchmark.GoldSpan(10, 19, "yesterday", "datetimeV2.date", ["2016-11-06"]),
            new TimeBenchmark.GoldSpan(24, 33, "two hours", "datetimeV2.duration", ["PT2H", "7200"]),
        ]);
        TimeExpression P(int s, int e, string kind, string v) => new() { Start = s, End = e, Text = c.Input[s..e], Kind = kind, Value = v };
        Assert.True(TimeSpecsBenchmark.Passes(c, [P(10, 19, "date", "2016-11-06"), P(20, 33, "duration", "PT2H")]));
        Assert.False(TimeSpecsBenchmark.Passes(c, [P(10, 19, "date", "2016-11-07"), P(20, 33, "duration", "PT2H")]));
        Assert.False(TimeSpecsBenchmark.Passes(c, [P(10, 19, "date", "2016-11-06")]));
        var none = new TimeBenchmark.Case("Nothing here.", new DateOnly(2016, 11, 7), []);
        Assert.True(TimeSpecsBenchmark.Passes(none, []));
        Assert.False(TimeSpecsBenchmark.Passes(none, [P(0, 7, "date", "2016-11-07")]));
        // Parallax passes this case end to end
        Assert.True(TimeSpecsBenchmark.Passes(c, TimeSpecsBenchmark.Parallax([new TimeInput(c.Input, c.Reference, "en")])[0]));
    }

    [Fact]
    public void SpecSamplePassRatesAndSupportFlags()
    {
        var withSupport = TimeBenchmark.LoadWithSupport(Data("English.DateTimeModel.sample.json"), TimeBenchmark.SuiteDefaultReference);
        Assert.Contains(withSupport, x => !x.DotnetSupported);
        var cases = withSupport.Select(x => new TimeSpecsBenchmark.SpecCase("DateTimeModel", "en", x.Case, x.DotnetSupported)).ToList();
        var passed = TimeSpecsBenchmark.Run(cases, TimeSpecsBenchmark.Parallax);
        var row = TimeSpecsBenchmark.Count(cases, passed).Single();
        Assert.Equal(cases.Count, row.Counts.Cases);
        Assert.Equal(cases.Count(c => c.DotnetSupported), row.Counts.Supported);
        Assert.True(row.Counts.Passed > 0);
        var report = TimeSpecsBenchmark.Report(cases, [("Parallax", passed)]);
        Assert.Contains("| en | **DateTimeModel** |", report);
    }
}
