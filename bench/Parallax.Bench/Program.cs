using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Parallax;
using Parallax.Input;
using Parallax.Model;

// Modes (see docs/benchmarks.md):
//   dotnet run -c Release --project bench/Parallax.Bench -- throughput [N]   articles/s and peak memory, whole pipeline and per stage
//   dotnet run -c Release --project bench/Parallax.Bench -- stages [DIR] [PASSES] [--only STAGE]   cost of each step on real HTML pages (CPU, best pass, GC), and the chained analysis
//   dotnet run -c Release --project bench/Parallax.Bench -- ingest [--pages DIR] [--docs N] [--db PATH|URL] [--workers N]
//       end to end: a generated corpus streamed into a store, against the read-and-parse floor
//   dotnet run -c Release --project bench/Parallax.Bench -- time [MB] [PASSES]   speed of the time stage alone (MB of text/s)
//   dotnet run -c Release --project bench/Parallax.Bench -- store DIR --pg URL   storing analysed pages: SQLite vs PostgreSQL
//   dotnet run -c Release --project bench/Parallax.Bench -- store-profile DIR [--copies K]   where the SQLite write path's time goes
//   dotnet run -c Release --project bench/Parallax.Bench -- web [--db PATH] [--docs N] [--runs N]   web page server times on a large store
//   dotnet run -c Release --project bench/Parallax.Bench -- stories [N]      story clustering time per document as the store grows
//   dotnet run -c Release --project bench/Parallax.Bench -- entities [--names N] [--mb MB] [--passes P]   KB load time and the
//       Entities stage's MB/s per core with a generated KB of N names (default 100,000) on top of the bundled one
//   dotnet run -c Release --project bench/Parallax.Bench -- [BenchmarkDotNet args]   per-stage micro-benchmarks
// Reliability runs (docs/reliability.md):
//   … -- faults [--large]                 the fault-injection corpus, one row per case (time, memory, outcome)
//   … -- fuzz SECONDS [TARGET] [--out DIR]  mutation fuzzing of the parser entry points
//   … -- crash CYCLES [--docs N] [--cli PATH] [--pg SERVER]  SIGKILL-and-restart cycles of `parallax ingest` with store checks (SQLite, or PostgreSQL databases on SERVER)
if (args.Length > 0 && ReliabilityModes.TryRun(args)) return 0;
if (args.Length > 0 && args[0] == "ingest") return IngestBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "stages") return IngestBench.Stages(args[1..]);
if (args.Length > 0 && args[0] == "web")
{
    await WebBench.Run(args[1..]);
    return 0;
}
if (args.Length > 0 && args[0] == "store")
{
    return StoreBench.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "store-profile") return StoreProfile.Run(args[1..]);
if (args.Length > 0 && args[0] == "stories")
{
    StoryBench.Run(args.Length > 1 ? int.Parse(args[1]) : 100_000);
    return 0;
}
if (args.Length > 0 && args[0] == "throughput")
{
    int n = args.Length > 1 ? int.Parse(args[1]) : 2000;
    Throughput.Run(n);
    return 0;
}
if (args.Length > 0 && args[0] == "entities") return EntityBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "time")
{
    TimeThroughput.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2.0,
                       args.Length > 2 ? int.Parse(args[2]) : 5);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;

/// <summary>
/// Speed of the whole time stage on plain text: the article texts of the bundled sample pages (extracted once), repeated
/// to about <c>mb</c> MB of UTF-8 text; each pass runs the stage on every article (Language stage output: sentences
/// given, as in the pipeline). Reports MB/s of wall-clock time and MB per CPU-second of the process, median pass.
/// </summary>
static class TimeThroughput
{
    public static void Run(double mb, int passes)
    {
        var pages = Corpus.Load();
        var pipeline = Pipeline.CreateDefault();
        var language = pipeline.Stages.First(s => s.Name == "language");
        var time = pipeline.Stages.First(s => s.Name == "time");
        var docs = pages.Select(p => language.Process(pipeline.Extractor.Extract(p))).ToList();
        var corpus = new List<Document>();
        long bytes = 0;
        while (bytes < mb * 1e6)
            foreach (var d in docs) { corpus.Add(d); bytes += System.Text.Encoding.UTF8.GetByteCount(d.Text); }
        int found = 0;
        foreach (var d in corpus) found += time.Process(d).Times.Length; // warm-up
        foreach (var d in corpus) time.Process(d);
        var proc = Process.GetCurrentProcess();
        var rates = new List<(double Wall, double Cpu)>();
        for (int p = 0; p < passes; p++)
        {
            proc.Refresh();
            var cpu0 = proc.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var d in corpus) time.Process(d);
            sw.Stop();
            proc.Refresh();
            var cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds;
            rates.Add((bytes / 1e6 / sw.Elapsed.TotalSeconds, bytes / 1e6 / Math.Max(cpu, 1e-9)));
        }
        var wall = rates.Select(r => r.Wall).Order().ToList();
        var perCpu = rates.Select(r => r.Cpu).Order().ToList();
        Console.WriteLine($"time stage: {corpus.Count} articles, {bytes / 1e6:F2} MB of text, {found} expressions per pass, 1 thread, {passes} passes after 2 warm-up passes");
        Console.WriteLine($"MB/s (wall clock): median {wall[wall.Count / 2]:F2} (min {wall[0]:F2}, max {wall[^1]:F2})");
        Console.WriteLine($"MB per CPU-second: median {perCpu[perCpu.Count / 2]:F2} (min {perCpu[0]:F2}, max {perCpu[^1]:F2})");
    }
}

static class Throughput
{
    public static void Run(int n)
    {
        var pages = Corpus.Load();
        var pipeline = Pipeline.CreateDefault();
        // warm up: lexicons, knowledge base, JIT
        foreach (var p in pages) pipeline.Process(p);

        Console.WriteLine($"Parallax throughput: {n} articles (the {pages.Count} bundled sample pages, repeated), 1 thread");
        Console.WriteLine($"{"stage",-12} {"articles/s",12} {"ms/article",12} {"MB text/s",12} {"alloc KB/art",12}");
        var docs = pages.Select(p => pipeline.Extractor.Extract(p)).ToList();
        // MB/s counts the UTF-8 size of the article text each stage reads
        double mbPerArticle = docs.Average(d => System.Text.Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
        _mb = mbPerArticle;
        Measure("extraction", n, i => pipeline.Extractor.Extract(pages[i % pages.Count]));
        var current = docs;
        foreach (var stage in pipeline.Stages)
        {
            var inputs = current;
            Measure(stage.Name, n, i => stage.Process(inputs[i % inputs.Count]));
            current = [.. inputs.Select(stage.Process)];
        }
        GC.Collect();
        long before = Process.GetCurrentProcess().PeakWorkingSet64;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < n; i++) pipeline.Process(pages[i % pages.Count]);
        sw.Stop();
        Console.WriteLine($"{"pipeline",-12} {n / sw.Elapsed.TotalSeconds,12:F1} {sw.Elapsed.TotalMilliseconds / n,12:F3}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F1} MiB (before the pipeline run: {before / (1024.0 * 1024):F1} MiB)");
    }

    static double _mb;

    static void Measure(string name, int n, Action<int> work)
    {
        long alloc = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < n; i++) work(i);
        sw.Stop();
        alloc = GC.GetAllocatedBytesForCurrentThread() - alloc;
        double perSecond = n / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"{name,-12} {perSecond,12:F1} {sw.Elapsed.TotalMilliseconds / n,12:F3} {perSecond * _mb,12:F2} {alloc / 1024.0 / n,12:F1}");
    }
}

static class Corpus
{
    public static List<RawInput> Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "samples");
        return [.. Directory.GetFiles(dir, "*.txt").Order().Select(f => new RawInput
        {
            Bytes = File.ReadAllBytes(f), Path = Path.GetFileName(f), ContentType = "text/plain",
            Published = new DateOnly(2025, 2, 12), SourceName = "sample",
        })];
    }
}

[MemoryDiagnoser]
public class StageBenchmarks
{
    Pipeline _pipeline = null!;
    List<RawInput> _pages = null!;
    Document _extracted = null!;
    Document _analyzed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = Pipeline.CreateDefault();
        _pages = Corpus.Load();
        _extracted = _pipeline.Extractor.Extract(_pages[0]);
        _analyzed = _pipeline.Analyze(_extracted);
    }

    [Benchmark] public Document Extraction() => _pipeline.Extractor.Extract(_pages[0]);
    [Benchmark] public Document WholePipeline() => _pipeline.Process(_pages[0]);
    [Benchmark] public Document Language() => _pipeline.Stages.First(s => s.Name == "language").Process(_extracted);
    [Benchmark] public Document Entities() => _pipeline.Stages.First(s => s.Name == "entities").Process(_analyzed);
    [Benchmark] public Document Time() => _pipeline.Stages.First(s => s.Name == "time").Process(_analyzed);
    [Benchmark] public Document Quotes() => _pipeline.Stages.First(s => s.Name == "quotes").Process(_analyzed);
    [Benchmark] public Document Events() => _pipeline.Stages.First(s => s.Name == "events").Process(_analyzed);
}
