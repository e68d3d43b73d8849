using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Parallax;
using Parallax.Input;
using Parallax.Model;

// Two modes:
//   dotnet run -c Release --project bench/Parallax.Bench -- throughput [N]   articles/s and peak memory, whole pipeline and per stage
//   dotnet run -c Release --project bench/Parallax.Bench -- stories [N]      story clustering time per document as the store grows
//   dotnet run -c Release --project bench/Parallax.Bench -- [BenchmarkDotNet args]   per-stage micro-benchmarks
if (args.Length > 0 && args[0] == "stories")
{
    StoryBench.Run(args.Length > 1 ? int.Parse(args[1]) : 100_000);
    return;
}
if (args.Length > 0 && args[0] == "throughput")
{
    int n = args.Length > 1 ? int.Parse(args[1]) : 2000;
    Throughput.Run(n);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);

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
