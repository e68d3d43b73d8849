namespace Parallax.Evaluation;

/// <summary>Counts of one comparison against gold, with precision, recall and F1.</summary>
public sealed record Score(string Name, int Gold, int Predicted, int MatchedGold, int MatchedPredicted)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)MatchedPredicted / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)MatchedGold / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score Sum(string name, IEnumerable<Score> parts)
    {
        int g = 0, p = 0, mg = 0, mp = 0;
        foreach (var s in parts) { g += s.Gold; p += s.Predicted; mg += s.MatchedGold; mp += s.MatchedPredicted; }
        return new Score(name, g, p, mg, mp);
    }
}
