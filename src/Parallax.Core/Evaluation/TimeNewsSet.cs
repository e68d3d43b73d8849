using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Evaluation;

/// <summary>
/// Parallax's own annotated set of temporal expressions in French and English news sentences
/// (<c>tests/Parallax.Tests/testdata/time/news.jsonl</c>). One JSON object a line:
/// <c>{"id", "lang", "published": "YYYY-MM-DD", "text", "times": [{"text", "kind", "value", "mod", "conflict"}]}</c>;
/// every temporal expression of the text is listed, in text order, and located by searching its text from the end
/// of the previous one. Scores: span precision/recall/F1 (exact and overlapping, one-to-one), exact value accuracy
/// (expected expressions found with exactly the expected TIMEX value), kind, modifier and conflict agreement.
/// </summary>
public static class TimeNewsSet
{
    /// <summary>An expected expression. <see cref="Conflict"/>: a conflict is expected (its wording is free).</summary>
    public sealed record Gold(int Start, int End, string Text, string Kind, string Value, string? Modifier, bool Conflict);

    public sealed record Item(string Id, string Language, DateOnly Published, string Text, IReadOnlyList<Gold> Times);

    public sealed record Scores(int Gold, int Predicted, int Exact, int Overlap, int ValueExact, int KindRight, int ModifierRight,
                                int ConflictGold, int ConflictPredicted, int ConflictRight)
    {
        public double ExactPrecision => Predicted == 0 ? 0 : (double)Exact / Predicted;
        public double ExactRecall => Gold == 0 ? 0 : (double)Exact / Gold;
        public double ExactF1 => F(ExactPrecision, ExactRecall);
        public double OverlapPrecision => Predicted == 0 ? 0 : (double)Overlap / Predicted;
        public double OverlapRecall => Gold == 0 ? 0 : (double)Overlap / Gold;
        public double OverlapF1 => F(OverlapPrecision, OverlapRecall);
        /// <summary>Expected expressions found (overlapping) with exactly the expected value, over all expected ones.</summary>
        public double ValueAccuracy => Gold == 0 ? 0 : (double)ValueExact / Gold;
        public double KindAccuracy => Gold == 0 ? 0 : (double)KindRight / Gold;
        public double ModifierAccuracy => Gold == 0 ? 0 : (double)ModifierRight / Gold;
        public double ConflictPrecision => ConflictPredicted == 0 ? 1 : (double)ConflictRight / ConflictPredicted;
        public double ConflictRecall => ConflictGold == 0 ? 1 : (double)ConflictRight / ConflictGold;
        static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public sealed record Result(string Language, int Items, Scores Scores, IReadOnlyList<string> Errors);

    /// <summary>Loads the set; a line that cannot be read or an expression not found in its text is an error naming the line.</summary>
    public static List<Item> Load(string path)
    {
        var items = new List<Item>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
            try { items.Add(Parse(line)); }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            { throw new FormatException($"{path}:{lineNo}: {e.Message}", e); }
        }
        return items;
    }

    static Item Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        var text = r.GetProperty("text").GetString() ?? throw new FormatException("no text");
        var published = DateOnly.ParseExact(r.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var gold = new List<Gold>();
        int from = 0;
        foreach (var t in r.GetProperty("times").EnumerateArray())
        {
            var span = t.GetProperty("text").GetString()!;
            int start = text.IndexOf(span, from, StringComparison.Ordinal);
            if (start < 0) throw new FormatException($"expression \"{span}\" not found after offset {from} in: {text}");
            from = start + span.Length;
            gold.Add(new Gold(start, start + span.Length, span, t.GetProperty("kind").GetString()!, t.GetProperty("value").GetString()!,
                t.TryGetProperty("mod", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null,
                t.TryGetProperty("conflict", out var c) && c.ValueKind == JsonValueKind.True));
        }
        return new Item(r.GetProperty("id").GetString()!, r.GetProperty("lang").GetString()!, published, text, gold);
    }

    /// <summary>Scores predictions (one list per item, same order) per language and overall ("all").</summary>
    public static List<Result> Evaluate(IReadOnlyList<Item> items, IReadOnlyList<IReadOnlyList<TimeExpression>> predicted, int maxErrors = 0)
    {
        if (predicted.Count != items.Count) throw new ArgumentException("one prediction list per item is expected");
        var results = new List<Result>();
        foreach (var lang in items.Select(i => i.Language).Distinct().Order(StringComparer.Ordinal).Append("all"))
        {
            int n = 0, gold = 0, pred = 0, exact = 0, overlap = 0, value = 0, kind = 0, mod = 0, cg = 0, cp = 0, cr = 0;
            var errors = new List<string>();
            for (int k = 0; k < items.Count; k++)
            {
                var item = items[k];
                if (lang != "all" && item.Language != lang) continue;
                n++;
                var ps = predicted[k];
                gold += item.Times.Count;
                pred += ps.Count;
                cg += item.Times.Count(g => g.Conflict);
                cp += ps.Count(p => p.Conflict != null);
                var usedExact = new bool[ps.Count];
                foreach (var g in item.Times)
                    for (int i = 0; i < ps.Count; i++)
                        if (!usedExact[i] && ps[i].Start == g.Start && ps[i].End == g.End) { usedExact[i] = true; exact++; break; }
                var used = new bool[ps.Count];
                foreach (var g in item.Times)
                {
                    int best = -1, bestOv = 0;
                    for (int i = 0; i < ps.Count; i++)
                    {
                        if (used[i]) continue;
                        int ov = Math.Min(ps[i].End, g.End) - Math.Max(ps[i].Start, g.Start);
                        if (ov > bestOv || (ov == bestOv && ov > 0 && best >= 0 && ps[i].Value == g.Value && ps[best].Value != g.Value)) { bestOv = ov; best = i; }
                    }
                    if (best < 0)
                    {
                        if (errors.Count < maxErrors) errors.Add($"{item.Id} MISS  [{g.Text}] {g.Kind} {g.Value}  in: {item.Text}");
                        continue;
                    }
                    used[best] = true;
                    overlap++;
                    var p = ps[best];
                    bool vOk = p.Value == g.Value;
                    if (vOk) value++;
                    if (p.Kind == g.Kind) kind++;
                    if (p.Modifier == g.Modifier) mod++;
                    if (g.Conflict && p.Conflict != null) cr++;
                    if (errors.Count < maxErrors && (!vOk || p.Kind != g.Kind || p.Modifier != g.Modifier || g.Conflict != (p.Conflict != null)))
                        errors.Add($"{item.Id} VALUE [{p.Text}] {p.Kind} {p.Value}{(p.Modifier is { } pm ? " " + pm : "")}{(p.Conflict != null ? " (conflict)" : "")}"
                                   + $"  want [{g.Text}] {g.Kind} {g.Value}{(g.Modifier is { } gm ? " " + gm : "")}{(g.Conflict ? " (conflict)" : "")}  in: {item.Text}");
                }
                for (int i = 0; i < ps.Count; i++)
                    if (!used[i] && errors.Count < maxErrors) errors.Add($"{item.Id} EXTRA [{ps[i].Text}] {ps[i].Kind} {ps[i].Value}  in: {item.Text}");
            }
            results.Add(new Result(lang, n, new Scores(gold, pred, exact, overlap, value, kind, mod, cg, cp, cr), errors));
        }
        return results;
    }

    /// <summary>A Markdown table: one row per (tagger, language).</summary>
    public static string Report(IReadOnlyList<(string Name, List<Result> Results)> taggers)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| tagger | language | items | gold | predicted | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | value accuracy | kind acc. | modifier acc. | conflict P | conflict R |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, results) in taggers)
            foreach (var r in results)
            {
                var s = r.Scores;
                sb.AppendLine(FormattableString.Invariant(
                    $"| {name} | {r.Language} | {r.Items} | {s.Gold} | {s.Predicted} | {s.ExactPrecision:P1} | {s.ExactRecall:P1} | {s.ExactF1:P1} | {s.OverlapPrecision:P1} | {s.OverlapRecall:P1} | {s.OverlapF1:P1} | {s.ValueAccuracy:P1} | {s.KindAccuracy:P1} | {s.ModifierAccuracy:P1} | {s.ConflictPrecision:P1} | {s.ConflictRecall:P1} |"));
            }
        return sb.ToString();
    }
}
