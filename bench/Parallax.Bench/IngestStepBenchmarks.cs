using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Parallax;
using Parallax.Input;
using Parallax.Model;
using Parallax.Storage;
using Parallax.Stories;

/// <summary>
/// The steps of an ingest on real HTML (the benchmark pages bundled with the tests): what bounds it (AngleSharp
/// parsing), extraction, the whole pipeline, hashing, the record JSON, one store transaction of 64 documents,
/// and the story rebuild over 64 documents. Per operation: one page (or one batch).
/// </summary>
[MemoryDiagnoser]
public class IngestStepBenchmarks
{
    Pipeline _pipeline = null!;
    RawInput _page = null!;
    Document _doc = null!;
    Document[] _docs = null!;
    HtmlParser _parser = null!;
    SqliteDocumentStore _store = null!;
    string _dir = null!;
    long _next;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(IngestBench.RepoRoot(), "tests", "Parallax.Tests", "testdata", "extraction", "benchmark");
        var inputs = BenchCorpus.Load(dir).Generate(64).Select(i => i.Input!).ToList();
        _pipeline = Pipeline.CreateDefault();
        _page = inputs[0];
        _docs = [.. inputs.Select(_pipeline.Process)];
        _doc = _docs[0];
        _parser = new HtmlParser();
        _dir = Path.Combine(Path.GetTempPath(), "parallax-microbench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        _store = SqliteDocumentStore.Open(Path.Combine(_dir, "bench.db"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    [Benchmark] public int AngleSharpParse() { using var d = _parser.ParseDocument(new MemoryStream(_page.Bytes.ToArray())); return d.All.Length; }
    [Benchmark] public string ContentHash() => _page.ComputeId();
    [Benchmark] public Document HtmlExtraction() => _pipeline.Extractor.Extract(_page);
    [Benchmark] public Document HtmlPipeline() => _pipeline.Process(_page);
    [Benchmark] public string RecordJsonSerialize() => RecordJson.Serialize(_doc);

    /// <summary>One transaction of 64 new documents (fresh ids each time) into an on-disk SQLite store.</summary>
    [Benchmark] public int StoreBatchOf64() => _store.AddDocuments([.. _docs.Select(d => d with { Id = (++_next).ToString("x64") })]).Count;

    [Benchmark] public int StoriesOf64() => new StoryBuilder().Build(_docs).Count;
}
