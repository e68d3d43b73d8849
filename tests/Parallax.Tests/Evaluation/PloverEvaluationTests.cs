using Parallax.Evaluation;

namespace Parallax.Tests.Evaluation;

public class PloverEvaluationTests
{
    static readonly Lazy<PloverReport> Report = new(() => PloverEvaluation.Run(Pipeline.CreateDefault(),
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "events", "plover-gsr-dev.json"))));

    [Fact]
    public void Older_types_map_to_current_ones()
    {
        Assert.Equal("REQUEST", PloverEvaluation.MapType("DEMAND"));
        Assert.Equal("ACCUSE", PloverEvaluation.MapType("DISAPPROVE"));
        Assert.Equal("ASSAULT", PloverEvaluation.MapType("FIGHT"));
        Assert.Equal("CONSULT", PloverEvaluation.MapType("CONSULT"));
    }

    [Fact]
    public void The_documentation_record_is_skipped_and_every_other_record_is_scored()
    {
        Assert.Equal(161, Report.Value.Records);
        Assert.Equal(Report.Value.Records, Report.Value.ByType.Sum(t => t.Gold));
    }

    /// <summary>Floors under the targets (0.80 for type and actor; docs/quality.md), met now.</summary>
    [Fact]
    public void Type_and_actor_accuracy_stay_above_their_floor()
    {
        Assert.True(Report.Value.TypeAccuracy >= 0.80, $"type accuracy {Report.Value.TypeAccuracy:P1}");
        Assert.True(Report.Value.ActorAccuracy >= 0.80, $"actor accuracy {Report.Value.ActorAccuracy:P1}");
        Assert.True(Report.Value.TargetAccuracy >= 0.82, $"recipient accuracy {Report.Value.TargetAccuracy:P1}");
        // the domestic convention counted apart: the named recipients alone, and the implicit recipients the gold lacks
        Assert.True(Report.Value.NamedTargetAccuracy >= 0.72, $"named recipient accuracy {Report.Value.NamedTargetAccuracy:P1}");
        Assert.True(Report.Value.ImplicitWhereGoldHasNone <= 3, $"{Report.Value.ImplicitWhereGoldHasNone} implicit recipients where the gold has none");
    }
}
