using Parallax.Evaluation;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Tests.Stories;

/// <summary>
/// Story clustering on the bundled labelled corpus (testdata/stories, 205 documents, 52 real events, French and
/// English): floors a little under the measured level (see docs/quality.md), so a regression fails.
/// </summary>
public class StoryCorpusTests
{
    static readonly Lazy<IReadOnlyList<(StoryGoldDocument Gold, Document Doc)>> Analysed = new(() =>
        StoryEvaluation.Analyse(Pipeline.CreateDefault(), StoryEvaluation.Load(Path.Combine(AppContext.BaseDirectory, "testdata", "stories"))));

    static string Describe(StoryReport r) =>
        $"P={r.Precision:F3} R={r.Recall:F3} F1={r.F1:F3} stories {r.PredictedStories}/{r.GoldStories} dup P={r.NearDuplicatePrecision:F3} R={r.NearDuplicateRecall:F3} "
        + $"({r.CorrectNearDuplicates}/{r.PredictedNearDuplicates}/{r.GoldNearDuplicates}) date violations={r.DateMergeViolations}\n"
        + string.Join("\n", r.Errors.Select(e => $"{e.Document} {e.Gold} -> {e.Predicted}"));

    [Fact]
    public void Bcubed_F1_and_near_duplicates_stay_at_the_measured_level()
    {
        var r = StoryEvaluation.Score(Analysed.Value);
        var msg = Describe(r);
        Assert.True(r.Documents >= 200, msg);
        Assert.True(r.GoldStories >= 50, msg);
        Assert.True(r.F1 >= 0.92, msg);
        Assert.True(r.Precision >= 0.89, msg);
        Assert.True(r.Recall >= 0.94, msg);
        Assert.True(r.NearDuplicatePrecision >= NearDupPrecisionFloor, msg);
        Assert.True(r.NearDuplicateRecall >= NearDupRecallFloor, msg);
        Assert.Equal(0, r.DateMergeViolations);
    }

    // measured 0.70 and 0.42 (14 right of 20 marked, 33 in the gold): translations of two-sentence items are hard to
    // tell from independent reports of the same facts
    const double NearDupPrecisionFloor = 0.6;
    const double NearDupRecallFloor = 0.35;

    [Fact]
    public void A_strict_threshold_splits_stories_so_the_score_can_fail()
    {
        var strict = StoryEvaluation.Score(Analysed.Value, new StoryOptions { JoinThreshold = 5 });
        Assert.Equal(strict.Documents, strict.PredictedStories);
        Assert.True(strict.Recall < 0.5);
    }
}
