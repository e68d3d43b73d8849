using System.Diagnostics;
using Parallax.Input;

namespace Parallax.Reliability;

/// <summary>
/// What one input file gave when read and analysed: documents, per-input errors, and crashes (an exception out
/// of the reader or the pipeline: never acceptable), with the time and the memory allocated.
/// </summary>
public sealed record FaultOutcome(
    string Path, int Documents, int Errors, IReadOnlyList<string> ErrorMessages, IReadOnlyList<string> Crashes,
    IReadOnlyList<string> Warnings, long TextChars, TimeSpan Elapsed, TimeSpan SlowestDocument, long AllocatedBytes,
    IReadOnlyList<string> Texts)
{
    public bool Crashed => Crashes.Count > 0;
}

/// <summary>Runs input files through <see cref="InputReader"/> and the pipeline, as ingest does, and records what happened.</summary>
public static class FaultRunner
{
    /// <summary>
    /// Reads <paramref name="path"/> and analyses each readable item on this thread. Never throws for a bad input:
    /// an exception is recorded as a crash. <paramref name="keepTexts"/> keeps the extracted texts (checks).
    /// </summary>
    public static FaultOutcome Run(string path, Pipeline pipeline, InputReaderOptions? options = null, bool keepTexts = false)
    {
        int docs = 0, errors = 0;
        long chars = 0;
        List<string> messages = [], crashes = [], warnings = [], texts = [];
        var slowest = TimeSpan.Zero;
        long alloc = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        using var e = InputReader.Read(path, options).GetEnumerator();
        while (true)
        {
            InputItem item;
            var itemClock = Stopwatch.StartNew();
            try
            {
                if (!e.MoveNext()) break;
                item = e.Current;
            }
            catch (Exception ex)
            {
                crashes.Add($"input reader: {ex.GetType().Name}: {ex.Message}");
                break;
            }
            if (item.Error is { } err)
            {
                errors++;
                messages.Add(err.ToString());
                continue;
            }
            try
            {
                var result = Extraction.ArticleExtractor.ExtractDetailed(item.Input!);
                warnings.AddRange(result.Warnings);
                var doc = pipeline.Analyze(result.Document);
                docs++;
                chars += doc.Text.Length;
                if (keepTexts) texts.Add(doc.Title + "\n" + doc.Text);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                crashes.Add($"{item.Path}: {ex.GetType().Name}: {ex.Message}");
            }
            if (itemClock.Elapsed > slowest) slowest = itemClock.Elapsed;
        }
        sw.Stop();
        alloc = GC.GetAllocatedBytesForCurrentThread() - alloc;
        return new FaultOutcome(path, docs, errors, messages, crashes, warnings, chars, sw.Elapsed, slowest, alloc, texts);
    }

    /// <summary>Problems of an outcome against its case's expectation (empty when it is met).</summary>
    public static IReadOnlyList<string> Check(FaultCase c, FaultOutcome o)
    {
        List<string> problems = [];
        foreach (var crash in o.Crashes) problems.Add("crash: " + crash);
        if (c.Expect == FaultExpectation.Error && (o.Errors == 0 || o.Documents > 0))
            problems.Add($"expected a per-input error and no document, got {o.Documents} document(s) and {o.Errors} error(s)");
        if (c.Expect == FaultExpectation.Document && o.Documents == 0)
            problems.Add($"expected a document, got none ({string.Join("; ", o.ErrorMessages.Take(3))})");
        if (c.Expect == FaultExpectation.ErrorOrDocument && o.Documents + o.Errors == 0)
            problems.Add("expected a document or a per-input error, got nothing");
        if (o.Documents < c.MinDocuments)
            problems.Add($"expected at least {c.MinDocuments} document(s), got {o.Documents} ({string.Join("; ", o.ErrorMessages.Take(3))})");
        foreach (var m in o.ErrorMessages)
            if (string.IsNullOrWhiteSpace(m) || m.Contains('\n'))
                problems.Add($"error message is not one clear line: '{m}'");
        if (c.MustNotContain is { } bad && o.Texts.Any(t => t.Contains(bad, StringComparison.Ordinal)))
            problems.Add($"extracted text contains '{bad}'");
        return problems;
    }
}
