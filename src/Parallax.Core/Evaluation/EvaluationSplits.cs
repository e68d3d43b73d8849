namespace Parallax.Evaluation;

/// <summary>
/// The splits of an annotated set: "dev" (tuned on), "heldout", and the blind splits "blind2", "blind3", … written one at a
/// time, each before the rules of the round that wrote it. Reports list them in that order, so that a blind split's row
/// follows the splits that existed when it was written.
/// </summary>
public static class EvaluationSplits
{
    /// <summary>N for a split named "blindN" (N ≥ 2), 0 for any other name.</summary>
    public static int BlindNumber(string split) =>
        split.StartsWith("blind", StringComparison.Ordinal)
        && int.TryParse(split.AsSpan(5), System.Globalization.NumberStyles.None, null, out var n) && n >= 2 ? n : 0;

    /// <summary>The distinct splits in report order: dev, heldout, the blind splits by number, then any other name (ordinal order).</summary>
    public static IReadOnlyList<string> Ordered(IEnumerable<string> splits) =>
        splits.Distinct(StringComparer.Ordinal)
            .OrderBy(s => s == "dev" ? 0 : s == "heldout" ? 1 : BlindNumber(s) > 0 ? 2 : 3)
            .ThenBy(BlindNumber)
            .ThenBy(s => s, StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether <paramref name="which"/> names a split a report can be restricted to: dev, heldout, blindN, unseen (all but dev) or all.</summary>
    public static bool IsSplitName(string which) => which is "dev" or "heldout" or "unseen" or "all" || BlindNumber(which) > 0;
}
