using System.IO.Compression;
using System.Text.Json;
using Parallax.Extraction;
using Parallax.Input;

namespace Parallax.Evaluation;

/// <summary>Per-page score of the extraction benchmark (shingle TP/FP/FN normalised to sum to one).</summary>
public sealed record ExtractionPageScore(string Id, double Tp, double Fp, double Fn, double Precision, double Recall, double F1);

/// <summary>Scores over a benchmark folder.</summary>
public sealed record ExtractionBenchmarkResult(int Pages, double F1, double Precision, double Recall, double Accuracy, IReadOnlyList<ExtractionPageScore> PageScores)
{
    public override string ToString() => $"pages={Pages} F1={F1:F3} precision={Precision:F3} recall={Recall:F3} accuracy={Accuracy:F3}";
}

/// <summary>
/// The article-body extraction benchmark (Scrapinghub article-extraction-benchmark layout: <c>html/&lt;id&gt;.html.gz</c>
/// and <c>ground-truth.json</c> mapping id → {articleBody, url}). Metric as in the benchmark's evaluate.py: per page,
/// 4-word shingles (words = \w+ runs, case-sensitive; a text shorter than 4 words is one shingle) counted as a
/// multiset give TP/FP/FN, normalised to sum to one; precision = mean of per-page precision over pages with
/// TP+FP &gt; 0, recall = mean of per-page recall over pages with TP+FN &gt; 0 (a page with FP = FN = 0 scores 1);
/// F1 = harmonic mean of the two means. Accuracy (not in evaluate.py): share of pages whose own F1 ≥ 0.9.
/// </summary>
public static class ExtractionBenchmark
{
    public const int ShingleSize = 4;

    /// <summary>Runs <paramref name="extractor"/> (default <see cref="ArticleExtractor"/>) on every page of the folder.</summary>
    public static ExtractionBenchmarkResult Run(string folder, IArticleExtractor? extractor = null, int? limit = null)
    {
        extractor ??= new ArticleExtractor();
        using var gt = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        var pages = gt.RootElement.EnumerateObject().Select(p => (p.Name,
                Body: p.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "",
                Url: p.Value.TryGetProperty("url", out var u) ? u.GetString() : null))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (limit is { } l) pages = pages.Take(l).ToList();
        var scores = new ExtractionPageScore[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var (id, truth, url) = pages[i];
            string predicted;
            try
            {
                var path = Path.Combine(folder, "html", id + ".html.gz");
                if (!File.Exists(path)) path = Path.Combine(folder, "html", id + ".html");
                var bytes = File.ReadAllBytes(path);
                if (InputReader.IsGzip(bytes))
                {
                    using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                    using var ms = new MemoryStream();
                    gz.CopyTo(ms);
                    bytes = ms.ToArray();
                }
                predicted = extractor.Extract(new RawInput { Bytes = bytes, Path = path, Url = url, ContentType = ContentTypes.Html }).Text;
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                predicted = "";
            }
            scores[i] = Score(id, truth, predicted);
        });
        return Aggregate(scores);
    }

    /// <summary>Aggregates per-page scores with the benchmark's formulas.</summary>
    public static ExtractionBenchmarkResult Aggregate(IReadOnlyList<ExtractionPageScore> scores)
    {
        var ps = scores.Where(s => s.Tp + s.Fp > 0).Select(s => s.Precision).ToList();
        var rs = scores.Where(s => s.Tp + s.Fn > 0).Select(s => s.Recall).ToList();
        double p = ps.Count == 0 ? 0 : ps.Average(), r = rs.Count == 0 ? 0 : rs.Average();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double acc = scores.Count == 0 ? 0 : scores.Count(s => s.F1 >= 0.9) / (double)scores.Count;
        return new ExtractionBenchmarkResult(scores.Count, f1, p, r, acc, scores);
    }

    /// <summary>Scores one page: predicted text against the reference article body.</summary>
    public static ExtractionPageScore Score(string id, string truth, string predicted)
    {
        var t = Shingles(truth);
        var pr = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (k, tc) in t)
        {
            pr.TryGetValue(k, out int pc);
            tp += Math.Min(tc, pc);
            fn += Math.Max(0, tc - pc);
        }
        foreach (var (k, pc) in pr)
        {
            t.TryGetValue(k, out int tc);
            fp += Math.Max(0, pc - tc);
        }
        double s = tp + fp + fn;
        if (s > 0) { tp /= s; fp /= s; fn /= s; }
        double precision = fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        double recall = fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionPageScore(id, tp, fp, fn, precision, recall, f1);
    }

    /// <summary>Words: maximal runs of letters, digits, combining marks and underscore (Python's \w+).</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWord(text[i])) { i++; continue; }
            int j = i;
            while (j < text.Length && IsWord(text[j])) j++;
            words.Add(text[i..j]);
            i = j;
        }
        return words;
    }

    static bool IsWord(char c) => c == '_' || Parallax.Text.TextFold.IsWordChar(c);

    static Dictionary<string, int> Shingles(string text)
    {
        var w = Words(text ?? "").ToArray();
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = Math.Max(1, w.Length - ShingleSize + 1);
        for (int i = 0; i < n; i++)
        {
            int len = Math.Min(ShingleSize, w.Length - i);
            if (len <= 0) break;
            var key = string.Join('\u0001', w, i, len);
            d[key] = d.GetValueOrDefault(key) + 1;
        }
        return d;
    }
}
