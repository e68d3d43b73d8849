using System.Diagnostics;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Extraction;
using Parallax.Input;

namespace Parallax.Evaluation;

/// <summary>
/// Per-page score of the extraction benchmark (shingle TP/FP/FN normalised to sum to one); <paramref name="Exact"/>:
/// the predicted body's \w+ word sequence equals the reference's.
/// </summary>
public sealed record ExtractionPageScore(string Id, double Tp, double Fp, double Fn, double Precision, double Recall, double F1, bool Exact = false);

/// <summary>Scores over a benchmark folder. <see cref="Accuracy"/> is the share of pages whose word sequence matches exactly.</summary>
public sealed record ExtractionBenchmarkResult(int Pages, double F1, double Precision, double Recall, double Accuracy, IReadOnlyList<ExtractionPageScore> PageScores)
{
    /// <summary>The predicted body of each page, by id (empty when the extractor failed on it).</summary>
    public IReadOnlyDictionary<string, string> Predictions { get; init; } = new Dictionary<string, string>();

    /// <summary>Pages on which the extractor threw (scored as an empty prediction).</summary>
    public int Errors { get; init; }

    public override string ToString() => $"pages={Pages} F1={F1:F3} precision={Precision:F3} recall={Recall:F3} accuracy={Accuracy:F3}";
}

/// <summary>One benchmark page, gunzipped in memory.</summary>
public sealed record ExtractionBenchmarkPage(string Id, string Truth, string? Url, string Path, byte[] Html);

/// <summary>
/// Speed of one extractor over the pages, one thread: <see cref="PassSeconds"/> holds the time of each timed pass over
/// all pages (extraction calls only: pages are already read and gunzipped). Rates use the median pass.
/// <see cref="CpuSeconds"/> is the process's processor time over all timed passes: on a machine shared with other
/// work, pages per CPU-second (<see cref="PagesPerCpuSecond"/>) is the steadier measure of speed per core.
/// </summary>
public sealed record ExtractionTiming(int Pages, long HtmlBytes, IReadOnlyList<double> PassSeconds, long AllocatedBytes, double CpuSeconds = 0)
{
    public double PagesPerCpuSecond => CpuSeconds <= 0 ? 0 : Pages * (double)PassSeconds.Count / CpuSeconds;
    public double MedianSeconds
    {
        get
        {
            if (PassSeconds.Count == 0) return 0;
            var s = PassSeconds.Order().ToArray();
            return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
        }
    }
    public double PagesPerSecond => MedianSeconds <= 0 ? 0 : Pages / MedianSeconds;
    public double BestPagesPerSecond => PassSeconds.Count == 0 || PassSeconds.Min() <= 0 ? 0 : Pages / PassSeconds.Min();
    public double MillisecondsPerPage => Pages == 0 ? 0 : MedianSeconds * 1000 / Pages;
    public double MegabytesPerSecond => MedianSeconds <= 0 ? 0 : HtmlBytes / MedianSeconds / (1024 * 1024);
    public double AllocatedPerPage => Pages == 0 || PassSeconds.Count == 0 ? 0 : AllocatedBytes / ((double)Pages * PassSeconds.Count);
}

/// <summary>
/// The article-body extraction benchmark (Scrapinghub article-extraction-benchmark layout: <c>html/&lt;id&gt;.html.gz</c>
/// and <c>ground-truth.json</c> mapping id → {articleBody, url}). Metric as in the benchmark's evaluate.py: per page,
/// 4-word shingles (words = \w+ runs, case-sensitive; a text shorter than 4 words is one shingle) counted as a
/// multiset give TP/FP/FN, normalised to sum to one; precision = mean of per-page precision over pages with
/// TP+FP &gt; 0, recall = mean of per-page recall over pages with TP+FN &gt; 0 (a page with FP = FN = 0 scores 1);
/// F1 = harmonic mean of the two means. Accuracy: the share of pages whose \w+ word sequence matches the
/// reference's exactly (same words, same order, same case; punctuation and spacing do not count).
/// </summary>
public static class ExtractionBenchmark
{
    public const int ShingleSize = 4;

    /// <summary>Runs <paramref name="extractor"/> (default <see cref="ArticleExtractor"/>) on every page of the folder (two threads).</summary>
    public static ExtractionBenchmarkResult Run(string folder, IArticleExtractor? extractor = null, int? limit = null)
    {
        extractor ??= new ArticleExtractor();
        return Run(Load(folder, limit), ParallaxBody(extractor), threads: 2);
    }

    /// <summary>The body text <paramref name="extractor"/> gives for a page (read as text/html with the page's URL).</summary>
    public static Func<ExtractionBenchmarkPage, string> ParallaxBody(IArticleExtractor? extractor = null)
    {
        extractor ??= new ArticleExtractor();
        return p => extractor.Extract(new RawInput { Bytes = p.Html, Path = p.Path, Url = p.Url, ContentType = ContentTypes.Html }).Text;
    }

    /// <summary>
    /// Reads the folder's ground truth and pages (gunzipped) into memory, in ordinal id order. A page whose file is
    /// missing or unreadable gets empty bytes (it then scores as an empty prediction).
    /// </summary>
    public static List<ExtractionBenchmarkPage> Load(string folder, int? limit = null)
    {
        using var gt = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        var entries = gt.RootElement.EnumerateObject().Select(p => (p.Name,
                Body: p.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "",
                Url: p.Value.TryGetProperty("url", out var u) ? u.GetString() : null))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (limit is { } l) entries = entries.Take(Math.Max(0, l)).ToList();
        var pages = new List<ExtractionBenchmarkPage>(entries.Count);
        foreach (var (id, truth, url) in entries)
        {
            var path = Path.Combine(folder, "html", id + ".html.gz");
            if (!File.Exists(path)) path = Path.Combine(folder, "html", id + ".html");
            if (!File.Exists(path)) path = Path.Combine(folder, id + ".html.gz");
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
                if (InputReader.IsGzip(bytes))
                {
                    using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                    using var ms = new MemoryStream();
                    gz.CopyTo(ms);
                    bytes = ms.ToArray();
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                bytes = [];
            }
            pages.Add(new ExtractionBenchmarkPage(id, truth, url, path, bytes));
        }
        return pages;
    }

    /// <summary>
    /// Runs <paramref name="body"/> on every page (on <paramref name="threads"/> threads) and scores the results.
    /// An exception on a page counts as an error and an empty prediction.
    /// </summary>
    public static ExtractionBenchmarkResult Run(IReadOnlyList<ExtractionBenchmarkPage> pages, Func<ExtractionBenchmarkPage, string> body, int threads = 1)
    {
        var predicted = new string[pages.Count];
        int errors = 0;
        void One(int i)
        {
            try { predicted[i] = pages[i].Html.Length == 0 ? "" : body(pages[i]) ?? ""; }
            catch (Exception)
            {
                predicted[i] = "";
                Interlocked.Increment(ref errors);
            }
        }
        if (threads <= 1) for (int i = 0; i < pages.Count; i++) One(i);
        else Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, One);
        var scores = new ExtractionPageScore[pages.Count];
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < pages.Count; i++)
        {
            scores[i] = Score(pages[i].Id, pages[i].Truth, predicted[i]);
            predictions[pages[i].Id] = predicted[i];
        }
        return Aggregate(scores) with { Predictions = predictions, Errors = errors };
    }

    /// <summary>
    /// Times <paramref name="body"/> on the calling thread: <see cref="WarmUp"/>, then <paramref name="runs"/> timed
    /// passes (<see cref="TimeInterleaved"/>).
    /// </summary>
    public static ExtractionTiming Time(IReadOnlyList<ExtractionBenchmarkPage> pages, Func<ExtractionBenchmarkPage, string> body, int runs = 3, int warmUps = 2, int maxWarmUps = 10)
    {
        WarmUp(pages, body, warmUps, maxWarmUps);
        return TimeInterleaved(pages, [body], runs)[0];
    }

    /// <summary>
    /// Untimed passes over all pages: at least <paramref name="warmUps"/>, more (up to <paramref name="maxWarmUps"/>)
    /// while the process still spends over 10 % more CPU time than wall-clock time on a pass (the JIT is still
    /// recompiling hot methods in the background).
    /// </summary>
    public static void WarmUp(IReadOnlyList<ExtractionBenchmarkPage> pages, Func<ExtractionBenchmarkPage, string> body, int warmUps = 2, int maxWarmUps = 10)
    {
        using var process = Process.GetCurrentProcess();
        for (int w = 0; w < Math.Max(warmUps, maxWarmUps); w++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            foreach (var p in pages) Safe(body, p);
            var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - before).TotalSeconds;
            if (w + 1 >= warmUps && cpu <= wall * 1.1) break;
        }
    }

    /// <summary>
    /// <paramref name="runs"/> rounds; in each, one timed pass over all pages per extractor, in turn, on the calling
    /// thread — so that extractors compared on a shared machine see the same load. Only the extraction calls are
    /// inside the stopwatch; exceptions are swallowed (<see cref="Run(IReadOnlyList{ExtractionBenchmarkPage}, Func{ExtractionBenchmarkPage, string}, int)"/>
    /// counts them). Warm the extractors up first.
    /// </summary>
    public static ExtractionTiming[] TimeInterleaved(IReadOnlyList<ExtractionBenchmarkPage> pages, IReadOnlyList<Func<ExtractionBenchmarkPage, string>> bodies, int runs = 3)
    {
        runs = Math.Max(1, runs);
        using var process = Process.GetCurrentProcess();
        var passes = new double[bodies.Count][];
        var cpu = new double[bodies.Count];
        var allocated = new long[bodies.Count];
        for (int b = 0; b < bodies.Count; b++) passes[b] = new double[runs];
        for (int r = 0; r < runs; r++)
        {
            for (int b = 0; b < bodies.Count; b++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                long alloc = GC.GetAllocatedBytesForCurrentThread();
                long start = Stopwatch.GetTimestamp();
                foreach (var p in pages) Safe(bodies[b], p);
                passes[b][r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
                allocated[b] += GC.GetAllocatedBytesForCurrentThread() - alloc;
                process.Refresh();
                cpu[b] += (process.TotalProcessorTime - cpuStart).TotalSeconds;
            }
        }
        long html = pages.Sum(p => (long)p.Html.Length);
        return [.. Enumerable.Range(0, bodies.Count).Select(b => new ExtractionTiming(pages.Count, html, passes[b], allocated[b], cpu[b]))];
    }

    static void Safe(Func<ExtractionBenchmarkPage, string> body, ExtractionBenchmarkPage p)
    {
        if (p.Html.Length == 0) return;
        try { body(p); } catch (Exception) { }
    }

    /// <summary>Writes predictions as the benchmark's JSON format: <c>{"id": {"articleBody": "…"}, …}</c>, ids in ordinal order.</summary>
    public static void WritePredictions(string path, IReadOnlyDictionary<string, string> predictions)
    {
        using var stream = File.Create(path);
        WritePredictions(stream, predictions);
    }

    /// <inheritdoc cref="WritePredictions(string, IReadOnlyDictionary{string, string})"/>
    public static void WritePredictions(Stream stream, IReadOnlyDictionary<string, string> predictions)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        foreach (var (id, body) in predictions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(id);
            w.WriteString("articleBody", body);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>Aggregates per-page scores with the benchmark's formulas; accuracy = share of exact word-sequence matches.</summary>
    public static ExtractionBenchmarkResult Aggregate(IReadOnlyList<ExtractionPageScore> scores)
    {
        var ps = scores.Where(s => s.Tp + s.Fp > 0).Select(s => s.Precision).ToList();
        var rs = scores.Where(s => s.Tp + s.Fn > 0).Select(s => s.Recall).ToList();
        double p = ps.Count == 0 ? 0 : ps.Average(), r = rs.Count == 0 ? 0 : rs.Average();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double acc = scores.Count == 0 ? 0 : scores.Count(s => s.Exact) / (double)scores.Count;
        return new ExtractionBenchmarkResult(scores.Count, f1, p, r, acc, scores);
    }

    /// <summary>Scores one page: predicted text against the reference article body.</summary>
    public static ExtractionPageScore Score(string id, string truth, string predicted)
    {
        var tw = Words(truth ?? "");
        var pw = Words(predicted ?? "");
        var t = Shingles(tw);
        var pr = Shingles(pw);
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
        bool exact = tw.SequenceEqual(pw, StringComparer.Ordinal);
        return new ExtractionPageScore(id, tp, fp, fn, precision, recall, f1, exact);
    }

    /// <summary>True when the two texts have the same \w+ word sequence (the accuracy criterion).</summary>
    public static bool SameWords(string a, string b) => Words(a ?? "").SequenceEqual(Words(b ?? ""), StringComparer.Ordinal);

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

    static Dictionary<string, int> Shingles(List<string> w)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = Math.Max(1, w.Count - ShingleSize + 1);
        for (int i = 0; i < n; i++)
        {
            int len = Math.Min(ShingleSize, w.Count - i);
            if (len <= 0) break;
            var key = string.Join('\u0001', w.GetRange(i, len));
            d[key] = d.GetValueOrDefault(key) + 1;
        }
        return d;
    }
}
