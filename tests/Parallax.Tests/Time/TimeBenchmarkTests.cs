using Parallax.Evaluation;
using Parallax.Model;

namespace Parallax.Tests.Time;

public class TimeBenchmarkTests
{
    static string Data(string f) => Path.Combine(AppContext.BaseDirectory, "testdata", "time", f);

    [Theory]
    [InlineData("French.DateTimeModel.sample.json", "fr", 0.75, 0.45)]
    [InlineData("English.DateTimeModel.sample.json", "en", 0.72, 0.45)]
    public void SampleScoresAboveFloor(string file, string lang, double minOverlapF1, double minValueAccuracy)
    {
        var cases = TimeBenchmark.Load(Data(file), out int skipped);
        Assert.Equal(2, skipped);             // the two cases .NET does not support
        Assert.True(cases.Count >= 30);
        Assert.All(cases, c => Assert.All(c.Gold, g => Assert.Equal(g.Text, c.Input[g.Start..g.End], ignoreCase: true)));
        var r = TimeBenchmark.Evaluate(lang, cases, skipped);
        Assert.True(r.Scores.OverlapF1 >= minOverlapF1, $"overlap F1 {r.Scores.OverlapF1:P1}\n" + string.Join("\n", r.Errors));
        Assert.True(r.Scores.ValueAccuracy >= minValueAccuracy, $"value accuracy {r.Scores.ValueAccuracy:P1}\n" + string.Join("\n", r.Errors));
    }

    [Fact]
    public void ScoresCountExactAndOverlappingSpans()
    {
        var c = new TimeBenchmark.Case("I met him yesterday for two hours.", new DateOnly(2016, 11, 7),
        [
            new TimeBenchmark.GoldSpan(10, 19, "yesterday", "datetimeV2.date", ["2016-11-06"]),
            new TimeBenchmark.GoldSpan(24, 33, "two hours", "datetimeV2.duration", ["PT2H", "7200"]),
        ]);
        var r = TimeBenchmark.Evaluate("en", [c]);
        Assert.Equal(2, r.Scores.Gold);
        Assert.Equal(2, r.Scores.Predicted);
        Assert.Equal(1, r.Scores.Exact);     // "for two hours" is wider than "two hours"
        Assert.Equal(2, r.Scores.Overlap);
        Assert.Equal(2, r.Scores.ValueCorrect);
    }

    [Theory]
    [InlineData("PT1H30M", "PT1.5H", "5400", true)]
    [InlineData("2016-11-07T18:00", "T18", "18:00:00", true)]
    [InlineData("2016-11-07T14:00/2016-11-07T16:00", "(T14,T16,PT2H)", "14:00:00", true)]
    [InlineData("2016-11-08", "2016-11-07", "2016-11-07", false)]
    public void ValueNormalisation(string ours, string timex, string value, bool expected)
    {
        var t = new TimeExpression { Start = 0, End = 1, Text = "x", Kind = ours.StartsWith('P') ? TimeKinds.Duration : TimeKinds.Time, Value = ours };
        Assert.Equal(expected, TimeBenchmark.ValueMatches(t, new TimeBenchmark.GoldSpan(0, 1, "x", "", [timex, value])));
    }
}
