using Parallax.Evaluation;
using Xunit;

namespace Parallax.Tests.Evaluation;

public class EvaluationSplitsTests
{
    [Theory]
    [InlineData("blind2", 2)]
    [InlineData("blind25", 25)]
    [InlineData("blind26", 26)]
    [InlineData("blind1", 0)]
    [InlineData("blind", 0)]
    [InlineData("blind-3", 0)]
    [InlineData("blind 3", 0)]
    [InlineData("Blind3", 0)]
    [InlineData("heldout", 0)]
    [InlineData("dev", 0)]
    public void A_blind_split_is_blind_and_a_number_from_two(string split, int expected) =>
        Assert.Equal(expected, EvaluationSplits.BlindNumber(split));

    [Fact]
    public void Splits_are_ordered_dev_heldout_then_blind_by_number_then_other_names()
    {
        var got = EvaluationSplits.Ordered(new[] { "blind10", "test", "blind2", "heldout", "blind9", "dev", "blind10", "extra", "blind3" });
        Assert.Equal(new[] { "dev", "heldout", "blind2", "blind3", "blind9", "blind10", "extra", "test" }, got);
    }

    [Theory]
    [InlineData("dev", true)]
    [InlineData("heldout", true)]
    [InlineData("blind31", true)]
    [InlineData("unseen", true)]
    [InlineData("all", true)]
    [InlineData("held-out", false)]
    [InlineData("blind1", false)]
    [InlineData("", false)]
    public void Split_names_a_report_accepts(string which, bool ok) =>
        Assert.Equal(ok, EvaluationSplits.IsSplitName(which));
}
