namespace Parallax.Entities.Ner;

/// <summary>
/// Entity-level scoring as in the CoNLL shared tasks (conlleval): an entity counts as found when its span and type
/// both match a gold entity exactly. Counts per type and over all types (micro-averaged).
/// </summary>
public sealed class NerScore
{
    public readonly int[] Gold = new int[NerTags.Types.Length];
    public readonly int[] Predicted = new int[NerTags.Types.Length];
    public readonly int[] Correct = new int[NerTags.Types.Length];
    public int Sentences { get; private set; }
    public int Tokens { get; private set; }

    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        Sentences++;
        Tokens += gold.Length;
        Add(NerTags.Spans(gold), NerTags.Spans(predicted));
    }

    /// <summary>Adds one sentence given as spans (any unit, e.g. token indices) with their type indices.</summary>
    public void Add(IReadOnlyCollection<(int Start, int End, int Type)> gold, IReadOnlyCollection<(int Start, int End, int Type)> predicted)
    {
        foreach (var g in gold) Gold[g.Type]++;
        foreach (var p in predicted) Predicted[p.Type]++;
        var set = gold.ToHashSet();
        foreach (var p in predicted) if (set.Contains(p)) Correct[p.Type]++;
    }

    public void AddSentence(int tokens) { Sentences++; Tokens += tokens; }

    public (int Gold, int Predicted, int Correct, double Precision, double Recall, double F1) For(int type) => Stats(Gold[type], Predicted[type], Correct[type]);

    /// <summary>Over the given types (default: all).</summary>
    public (int Gold, int Predicted, int Correct, double Precision, double Recall, double F1) Overall(params int[] types)
    {
        if (types.Length == 0) types = [.. Enumerable.Range(0, NerTags.Types.Length)];
        return Stats(types.Sum(t => Gold[t]), types.Sum(t => Predicted[t]), types.Sum(t => Correct[t]));
    }

    static (int, int, int, double, double, double) Stats(int g, int p, int c)
    {
        double pr = p == 0 ? 0 : (double)c / p, re = g == 0 ? 0 : (double)c / g;
        return (g, p, c, pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re));
    }
}
