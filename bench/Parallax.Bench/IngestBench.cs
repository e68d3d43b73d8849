using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Parallax;
using Parallax.Ingest;
using Parallax.Input;
using Parallax.Storage;

/// <summary>
/// The benchmark corpus: real pages (the public article-extraction benchmark's gzipped HTML) replicated with
/// variations to any number of documents, generated lazily (one page at a time, nothing kept): copy k of a page
/// has its paragraphs shuffled, its title marked with k and its ISO dates moved by k days, so every copy has
/// other bytes (another document) and other text. Copy 0 is the page as it is.
/// </summary>
sealed class BenchCorpus
{
    readonly List<(string Name, string Html)> _pages;   // Latin-1 decoded: byte-preserving, edits at ASCII marks
    public int Pages => _pages.Count;
    public long OriginalBytes { get; }

    BenchCorpus(List<(string, string)> pages)
    {
        _pages = pages;
        OriginalBytes = pages.Sum(p => (long)p.Item2.Length);
    }

    /// <summary>Loads the pages (*.html, *.html.gz, *.htm) under a folder, in ordinal name order.</summary>
    public static BenchCorpus Load(string dir)
    {
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"no folder {dir} (give the folder of the benchmark pages)");
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidDataException($"no .html or .html.gz pages under {dir}");
        var pages = new List<(string, string)>(files.Count);
        foreach (var f in files)
        {
            byte[] bytes = File.ReadAllBytes(f);
            if (InputReader.IsGzip(bytes))
            {
                using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var ms = new MemoryStream();
                gz.CopyTo(ms);
                bytes = ms.ToArray();
            }
            pages.Add((Path.GetFileName(f).Replace(".gz", "", StringComparison.OrdinalIgnoreCase), Encoding.Latin1.GetString(bytes)));
        }
        return new BenchCorpus(pages);
    }

    /// <summary>Documents 0 … n-1: page i mod P, copy i / P.</summary>
    public IEnumerable<InputItem> Generate(int n)
    {
        for (int i = 0; i < n; i++)
        {
            var (name, html) = _pages[i % _pages.Count];
            int copy = i / _pages.Count;
            var text = copy == 0 ? html : Vary(html, copy, new Random(i));
            yield return InputItem.Ok(new RawInput { Bytes = Encoding.Latin1.GetBytes(text), Path = $"gen/{copy:D5}/{name}", ContentType = ContentTypes.Html });
        }
    }

    static readonly Regex IsoDate = new(@"(?<![0-9])(20[0-3][0-9])-([01][0-9])-([0-3][0-9])(?![0-9])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    static string Vary(string html, int copy, Random rng)
    {
        var sb = new StringBuilder(html.Length + 32);
        // title
        int t = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        int tEnd = t < 0 ? -1 : html.IndexOf("</title>", t, StringComparison.OrdinalIgnoreCase);
        // paragraphs: <p>…</p> or <p …>…</p>, not nested, shuffled among their own places
        var spans = new List<(int Start, int End)>();
        int at = 0;
        while ((at = html.IndexOf("<p", at, StringComparison.Ordinal)) >= 0)
        {
            if (at + 2 < html.Length && html[at + 2] is '>' or ' ')
            {
                int end = html.IndexOf("</p>", at, StringComparison.Ordinal);
                if (end < 0) break;
                int next = html.IndexOf("<p", at + 2, StringComparison.Ordinal);
                if (next < 0 || next > end) spans.Add((at, end + 4));
                at = end + 4;
            }
            else at += 2;
        }
        var order = Enumerable.Range(0, spans.Count).ToArray();
        rng.Shuffle(order);
        int pos = 0;
        for (int k = 0; k < spans.Count; k++)
        {
            var (s, e) = spans[k];
            if (t >= 0 && tEnd > 0 && tEnd >= pos && tEnd < s) { sb.Append(html, pos, tEnd - pos).Append(" (").Append(copy).Append(')'); pos = tEnd; }
            sb.Append(html, pos, s - pos);
            var (ps, pe) = spans[order[k]];
            sb.Append(html, ps, pe - ps);
            pos = e;
        }
        if (t >= 0 && tEnd > 0 && tEnd >= pos) { sb.Append(html, pos, tEnd - pos).Append(" (").Append(copy).Append(')'); pos = tEnd; }
        sb.Append(html, pos, html.Length - pos);
        return IsoDate.Replace(sb.ToString(), m =>
        {
            if (!DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", out var d)) return m.Value;
            return d.AddDays(copy % 400).ToString("yyyy-MM-dd");
        });
    }
}

/// <summary>
/// End-to-end ingest benchmark: the generated corpus plus the seeds through <see cref="StreamingIngest"/> into a
/// store, then the floor (the same corpus generated and parsed by AngleSharp, on as many threads), in one process.
/// </summary>
static class IngestBench
{
    const string Usage = "usage: ingest [--pages DIR] [--docs N] [--db PATH|URL] [--workers N] [--stories incremental|rebuild|none] [--no-floor] "
        + "[--floor-docs N] [--time-limit SECONDS] [--sample-every N] [--story-queue N] [--keep]";

    public static int Run(string[] args)
    {
        string? pagesDir = null, db = null;
        int docs = 100_000, workers = Environment.ProcessorCount;
        int? floorDocs = null;
        double? timeLimit = null;
        string stories = "incremental";
        bool floor = true, keep = false;
        int? sampleEvery = null;
        int storyQueue = new IngestOptions().StoryQueueBatches;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value; {Usage}");
            switch (args[i])
            {
                case "--pages": pagesDir = Next(); break;
                case "--docs": docs = int.Parse(Next()); break;
                case "--db": db = Next(); break;
                case "--workers": workers = int.Parse(Next()); break;
                case "--stories": stories = Next(); break;
                case "--no-stories": stories = "none"; break;
                case "--no-floor": floor = false; break;
                case "--floor-docs": floorDocs = int.Parse(Next()); break;
                case "--time-limit": timeLimit = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--keep": keep = true; break;
                case "--sample-every": sampleEvery = int.Parse(Next()); break;
                case "--story-queue": storyQueue = int.Parse(Next()); break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }
        if (stories is not ("incremental" or "rebuild" or "none")) { Console.Error.WriteLine(Usage); return 2; }
        pagesDir ??= Path.Combine(RepoRoot(), "..", "shared", "eval", "article-extraction-benchmark");
        var corpus = BenchCorpus.Load(pagesDir);
        var seeds = Seeds();
        string? tempDir = null;
        if (db is null)
        {
            tempDir = Path.Combine(Path.GetTempPath(), "parallax-bench-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(tempDir);
            db = Path.Combine(tempDir, "bench.db");
        }
        Console.WriteLine($"Parallax ingest benchmark: {docs:N0} documents ({corpus.Pages} pages of {Path.GetFullPath(pagesDir)}, "
            + $"replicated with variations) + {seeds.Count} seeds, {workers} worker(s), {Environment.ProcessorCount} processor(s), store {db}, "
            + $"stories: {stories}{(timeLimit is { } tl ? $", stopped after {tl:F0} s" : "")}; load average at start {LoadAverage()}");
        try
        {
            using var store = OpenStore(db);
            var pipeline = Pipeline.CreateDefault();
            var proc = Process.GetCurrentProcess();
            var samples = new List<(long Read, double WorkingSetMiB)>();
            long nextSample = 0, every = Math.Max(1, sampleEvery ?? docs / 10);
            var cpu0 = proc.TotalProcessorTime;
            int gc0 = GC.CollectionCount(0), gc1 = GC.CollectionCount(1), gc2 = GC.CollectionCount(2);
            var pause0 = GC.GetTotalPauseDuration();
            long alloc0 = GC.GetTotalAllocatedBytes();
            using var limit = timeLimit is { } secsLimit ? new CancellationTokenSource(TimeSpan.FromSeconds(secsLimit)) : new CancellationTokenSource();
            var lastCpu = cpu0;
            long lastRead = 0;
            var lastElapsed = TimeSpan.Zero;
            var storyIndex = new Parallax.Stories.StoryIndex();
            // where the writer's time goes, per slice (ms per document read in the slice): what grows with the store
            var profiles = new List<TimeProfile>();
            if (store is IWriteProfiled wp) profiles.Add(wp.WriteProfile);
            if (stories == "incremental") profiles.Add(storyIndex.Profile);
            var lastParts = profiles.Select(p => p.Snapshot()).ToList();
            string Parts(long sliceDocs, bool total)
            {
                var sb = new StringBuilder();
                for (int k = 0; k < profiles.Count; k++)
                {
                    var now = profiles[k].Snapshot();
                    sb.Append(k == 0 ? "" : " | ");
                    for (int j = 0; j < now.Length; j++)
                    {
                        var d = total ? now[j] : now[j] - lastParts[k][j];
                        sb.Append(j == 0 ? "" : ", ").Append(profiles[k].Names[j]).Append(' ')
                          .Append((d.TotalMilliseconds / Math.Max(1, sliceDocs)).ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    if (!total) lastParts[k] = now;
                }
                return sb.ToString();
            }
            var report = StreamingIngest.Run(store, corpus.Generate(docs).Concat(seeds), pipeline, new IngestOptions
            {
                Workers = workers,
                RebuildStories = stories == "incremental",
                Stories = storyIndex,
                StoryQueueBatches = storyQueue,
                ProgressInterval = TimeSpan.FromSeconds(1),
                Progress = p =>
                {
                    if (p.Read < nextSample) return;
                    proc.Refresh();
                    samples.Add((p.Read, proc.WorkingSet64 / 1048576.0));
                    var cpu = proc.TotalProcessorTime;
                    // the rate of the last slice, in wall-clock and in CPU time (the latter less sensitive to other work)
                    double sliceDocs = p.Read - lastRead, sliceWall = (p.Elapsed - lastElapsed).TotalSeconds, sliceCpu = (cpu - lastCpu).TotalSeconds;
                    Console.Error.WriteLine($"  {DateTime.UtcNow:HH:mm:ss} {p.Read:N0} read, {p.DocumentsPerSecond:F1} documents/s, {p.MegabytesPerSecond:F2} MB/s; "
                        + $"last slice {(sliceWall > 0 ? sliceDocs / sliceWall : 0):F1} documents/s, {(sliceCpu > 0 ? sliceDocs / sliceCpu : 0):F1} per CPU-second; "
                        + $"working set {proc.WorkingSet64 / 1048576.0:F0} MiB, peak {proc.PeakWorkingSet64 / 1048576.0:F0} MiB, "
                        + $"managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MiB; load {LoadAverage()}");
                    if (profiles.Count > 0) Console.Error.WriteLine($"    writer, ms per document of the slice: {Parts(p.Read - lastRead, false)}");
                    lastRead = p.Read; lastCpu = cpu; lastElapsed = p.Elapsed;
                    nextSample = p.Read + every;
                },
                OnFailure = f => Console.Error.WriteLine($"  failed: {f.Path}: {f.Message}"),
            }, limit.Token);
            proc.Refresh();
            var cpuIngest = proc.TotalProcessorTime - cpu0;
            double peakIngest = proc.PeakWorkingSet64 / 1048576.0;
            double storeMiB = !db.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) && new FileInfo(db).Exists ? (new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0)) / 1048576.0 : 0;

            // the whole run, wall clock (story placement runs beside the writer)
            double secs = report.Elapsed.TotalSeconds;
            Console.WriteLine();
            if (report.Interrupted) Console.WriteLine($"(stopped by the time limit after {report.Read:N0} of {docs + seeds.Count:N0} documents)");
            Console.WriteLine($"ingest     {report.Read:N0} read, {report.Added:N0} stored, {report.Duplicates:N0} duplicates, {report.Failed:N0} failed; {report.Bytes / 1e6:F0} MB of input");
            Console.WriteLine($"           {secs:F1} s wall, {cpuIngest.TotalSeconds:F1} s CPU: {report.Read / secs:F1} documents/s, {report.Bytes / 1e6 / secs:F2} MB/s, "
                + $"{report.Read / secs / Math.Min(workers, Environment.ProcessorCount):F1} documents/s per core, {report.Read / cpuIngest.TotalSeconds:F1} documents per CPU-second");
            Console.WriteLine($"           peak working set {peakIngest:F0} MiB; store {storeMiB:F0} MiB; store transactions {report.WriteElapsed.TotalSeconds:F1} s of the writer's time"
                + (stories == "incremental" ? $"; stories placed as each batch is stored: {report.Stories:N0} stories touched, {report.StoriesElapsed.TotalSeconds:F1} s on the placement thread, the writer waited {report.StoriesWaited.TotalSeconds:F1} s for it" : ""));
            Console.WriteLine($"           garbage collections: {GC.CollectionCount(0) - gc0:N0} gen0, {GC.CollectionCount(1) - gc1:N0} gen1, {GC.CollectionCount(2) - gc2:N0} gen2, "
                + $"{(GC.GetTotalPauseDuration() - pause0).TotalSeconds:F1} s paused; {(GC.GetTotalAllocatedBytes() - alloc0) / 1048576.0 / Math.Max(1, report.Read):F0} MiB allocated per document; "
                + $"GC mode {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
            Console.WriteLine($"           workers (summed over {workers}): {report.WorkersStarved.TotalSeconds:F1} s waiting for a page (reader behind), "
                + $"{report.WorkersBlocked.TotalSeconds:F1} s waiting for room towards the writer; reader held back by a full window {report.ReaderHeldBack.TotalSeconds:F1} s");
            if (profiles.Count > 0) Console.WriteLine($"           writer, ms per document over the run: {Parts(report.Read, true)}");
            Console.WriteLine($"           load average at the end {LoadAverage()}");
            Console.WriteLine($"           working set by documents read: {string.Join(", ", samples.Select(s => $"{s.Read:N0}: {s.WorkingSetMiB:F0} MiB"))}");
            foreach (var f in report.Failures)
                Console.WriteLine($"           failures: {f.Count} × {f.Reason} (e.g. {string.Join(", ", f.Examples.Select(e => e.Path))})");

            if (stories == "rebuild")
            {
                var sw = Stopwatch.StartNew();
                var cpuS = proc.TotalProcessorTime;
                var built = new Parallax.Stories.StoryBuilder().Build(store.StreamDocuments());
                store.ReplaceStories(built);
                sw.Stop();
                proc.Refresh();
                Console.WriteLine($"stories    {built.Count:N0} stories in {sw.Elapsed.TotalSeconds:F1} s wall, {(proc.TotalProcessorTime - cpuS).TotalSeconds:F1} s CPU; peak working set since start {proc.PeakWorkingSet64 / 1048576.0:F0} MiB");
            }

            if (floor)
            {
                // the floor on as many documents as the ingest read (or --floor-docs, scaled to the ingest's count)
                int fdocs = (int)Math.Min(floorDocs ?? report.Read, report.Read);
                double scale = fdocs > 0 ? (double)report.Read / fdocs : 1;
                var (fsecs, fcpu, fbytes) = Floor(corpus.Generate(fdocs), workers);
                var (gsecs, gcpu, _) = Generate(corpus.Generate(fdocs));
                Console.WriteLine($"floor      generate + AngleSharp parse of {fdocs:N0} documents, {workers} thread(s): {fsecs:F1} s wall, {fcpu:F1} s CPU: {fdocs / fsecs:F1} documents/s, "
                    + $"{fbytes / 1e6 / fsecs:F2} MB/s, {fdocs / fcpu:F1} documents per CPU-second");
                Console.WriteLine($"           (generating the corpus alone, 1 thread: {gsecs:F1} s wall, {gcpu:F1} s CPU; parsing alone ≈ {fdocs / Math.Max(1e-9, fcpu - gcpu):F1} documents per CPU-second)");
                Console.WriteLine($"ratio      ingest / floor{(fdocs != report.Read ? $" (floor scaled ×{scale:F1})" : "")}: {secs / (fsecs * scale):F2}× wall clock, {cpuIngest.TotalSeconds / (fcpu * scale):F2}× CPU; load average {LoadAverage()}");
            }
            return 0;
        }
        finally
        {
            if (tempDir is not null && keep) Console.WriteLine($"store kept: {db}");
            else if (tempDir is not null) try { Directory.Delete(tempDir, true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// Where the time of one document goes, on the benchmark pages (one thread, after a warm-up pass): parsing by
    /// AngleSharp alone, extraction (which parses), and each analysis stage on the output of the one before.
    /// </summary>
    public static int Stages(string[] args)
    {
        // stages [DIR] [PASSES] [--only STAGE]: with --only, only that stage is timed (for a profiler to attach to)
        string? only = null;
        var positional = new List<string>();
        for (int a = 0; a < args.Length; a++)
            if (args[a] == "--only" && a + 1 < args.Length) only = args[++a];
            else positional.Add(args[a]);
        var dir = positional.Count > 0 ? positional[0] : Path.Combine(RepoRoot(), "..", "shared", "eval", "article-extraction-benchmark");
        int passes = positional.Count > 1 ? int.Parse(positional[1]) : 2;
        var inputs = BenchCorpus.Load(dir).Generate(int.MaxValue).Take(BenchCorpus.Load(dir).Pages).Select(i => i.Input!).ToList();
        var pipeline = Pipeline.CreateDefault();
        foreach (var p in inputs) pipeline.Process(p);   // warm-up
        var parser = new HtmlParser();
        var proc = Process.GetCurrentProcess();
        var rows = new List<(string Name, double Ms, double CpuMs, double BestCpuMs, double GcMs, double AllocKb)>();
        string loadBefore = LoadAverage();
        void Time(string name, Action<int> work)
        {
            if (only is not null && name != only) return;
            GC.Collect();
            long alloc = GC.GetAllocatedBytesForCurrentThread();
            var pause0 = GC.GetTotalPauseDuration();
            proc.Refresh();
            var cpu0 = proc.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            double best = double.MaxValue;   // the pass with the least CPU time: the steadiest figure on a shared machine
            for (int k = 0; k < passes; k++)
            {
                proc.Refresh();
                var c0 = proc.TotalProcessorTime;
                for (int i = 0; i < inputs.Count; i++) work(i);
                proc.Refresh();
                best = Math.Min(best, (proc.TotalProcessorTime - c0).TotalMilliseconds / inputs.Count);
            }
            sw.Stop();
            proc.Refresh();
            int n = passes * inputs.Count;
            rows.Add((name, sw.Elapsed.TotalMilliseconds / n, (proc.TotalProcessorTime - cpu0).TotalMilliseconds / n, best,
                      (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds / n,
                      (GC.GetAllocatedBytesForCurrentThread() - alloc) / 1024.0 / n));
        }
        Time("AngleSharp parse (floor)", i => parser.ParseDocument(new MemoryStream(inputs[i].Bytes.ToArray())).Dispose());
        Time("SHA-256 id", i => inputs[i].ComputeId());
        Time("extraction", i => pipeline.Extractor.Extract(inputs[i]));
        var current = inputs.Select(pipeline.Extractor.Extract).ToList();
        foreach (var stage in pipeline.Stages)
        {
            var docs = current;
            Time(stage.Name, i => stage.Process(docs[i]));
            current = [.. docs.Select(stage.Process)];
        }
        // the analysis stages chained on each extracted document, as the pipeline runs them (what one stage computes
        // and the next reuses is counted once here, not in the per-stage rows above)
        var extracted = inputs.Select(pipeline.Extractor.Extract).ToList();
        Time("analysis (chained)", i => pipeline.Analyze(extracted[i]));
        var json = current;
        Time("record JSON", i => RecordJson.Serialize(json[i]));
        var counted = rows.Where(r => !r.Name.Contains("floor") && !r.Name.Contains("chained")).ToList();
        double total = counted.Sum(r => r.Ms), totalCpu = counted.Sum(r => r.CpuMs);
        string[] analysis = ["language", "entities", "time", "quotes", "events"];
        var text = rows.Where(r => analysis.Contains(r.Name)).ToList();
        double chars = current.Average(d => d.Text.Length), utf8 = current.Average(d => (double)Encoding.UTF8.GetByteCount(d.Text));
        Console.WriteLine($"{inputs.Count} pages, {passes} passes, one thread; avg article text {chars / 1000.0:F1} k chars ({utf8 / 1000.0:F1} kB UTF-8); load average {loadBefore} before, {LoadAverage()} after");
        Console.WriteLine($"{"step",-26} {"ms/doc",8} {"CPU ms",8} {"best",8} {"GC ms",7} {"share",6} {"alloc KB/doc",13}");
        foreach (var r in rows) Console.WriteLine($"{r.Name,-26} {r.Ms,8:F2} {r.CpuMs,8:F2} {r.BestCpuMs,8:F2} {r.GcMs,7:F2} {(r.Name.Contains("floor") || r.Name.Contains("chained") ? "" : $"{r.Ms / total:P0}"),6} {r.AllocKb,13:F0}");
        Console.WriteLine($"{"total (without the floor)",-26} {total,8:F2} {totalCpu,8:F2} {counted.Sum(r => r.BestCpuMs),8:F2}");
        if (text.Count == analysis.Length)
        {
            double ms = text.Sum(r => r.Ms), cpu = text.Sum(r => r.CpuMs), best = text.Sum(r => r.BestCpuMs);
            var chain = rows.FirstOrDefault(r => r.Name.Contains("chained"));
            if (chain.Name is not null)
                Console.WriteLine($"text to events, chained: {chain.CpuMs:F2} CPU ms/doc = {utf8 / 1e3 / chain.CpuMs:F2} MB per CPU-second; best pass {chain.BestCpuMs:F2} CPU ms/doc = {utf8 / 1e3 / chain.BestCpuMs:F2} MB per CPU-second");
            Console.WriteLine($"text to events (language..events): {ms:F2} ms/doc wall = {utf8 / 1e3 / ms:F2} MB/s; {cpu:F2} CPU ms/doc = {utf8 / 1e3 / cpu:F2} MB per CPU-second; best passes {best:F2} CPU ms/doc = {utf8 / 1e3 / best:F2} MB per CPU-second");
        }
        return 0;
    }

    /// <summary>
    /// The store named by --db. Only SQLite paths for now; a <c>postgres://</c> URL goes to the PostgreSQL store
    /// once it exists (the string is passed through unchanged).
    /// </summary>
    static IDocumentStore OpenStore(string db) => DocumentStores.Open(db);

    static (double Seconds, double Cpu, long Bytes) Floor(IEnumerable<InputItem> items, int workers)
    {
        var proc = Process.GetCurrentProcess();
        GC.Collect();
        var cpu0 = proc.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        long bytes = 0, nodes = 0;
        using var parser = new ThreadLocal<HtmlParser>(() => new HtmlParser());
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = workers }, item =>
        {
            var b = item.Input!.Bytes;
            Interlocked.Add(ref bytes, b.Length);
            using var doc = parser.Value!.ParseDocument(new MemoryStream(b.ToArray(), writable: false));
            Interlocked.Add(ref nodes, doc.All.Length > 0 ? 1 : 0);
        });
        sw.Stop();
        proc.Refresh();
        return (sw.Elapsed.TotalSeconds, (proc.TotalProcessorTime - cpu0).TotalSeconds, bytes);
    }

    static (double Seconds, double Cpu, long Bytes) Generate(IEnumerable<InputItem> items)
    {
        var proc = Process.GetCurrentProcess();
        var cpu0 = proc.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var item in items) bytes += item.Input!.Bytes.Length;
        sw.Stop();
        proc.Refresh();
        return (sw.Elapsed.TotalSeconds, (proc.TotalProcessorTime - cpu0).TotalSeconds, bytes);
    }

    /// <summary>The 1, 5 and 15 minute load averages (/proc/loadavg), or "?" where there is none.</summary>
    static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
        catch (UnauthorizedAccessException) { return "?"; }
    }

    /// <summary>The two seed pages (samples/*.txt), plain text published on 12 February 2025.</summary>
    static List<InputItem> Seeds() =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => InputItem.Ok(new RawInput
            {
                Bytes = File.ReadAllBytes(f), Path = "samples/" + Path.GetFileName(f), ContentType = ContentTypes.Text,
                Published = new DateOnly(2025, 2, 12), SourceName = "seed",
            })),
    ];

    /// <summary>The repository root: the first folder above the binary that holds Parallax.slnx.</summary>
    public static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Parallax.slnx"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }
}
