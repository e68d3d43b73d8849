using System.CommandLine;
using System.Diagnostics;
using Parallax.Input;
using Parallax.Model;
using Parallax.Storage;
using Parallax.Stories;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax ingest PATH...</c>: analyses pages and stores them; the same bytes twice store one document.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders (recursive), .gz, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var published = Common.Published();
        var source = Common.Source();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar or summary" };
        var cmd = new Command("ingest", "Analyse pages and add them to the store") { paths, published, source, quiet };
        cmd.SetAction(r => Common.Run(() =>
        {
            var overrides = (Published: Common.ParseDate(r.GetValue(published)), Source: r.GetValue(source));
            using var store = SqliteDocumentStore.Open(Common.DbPath(r));
            var result = Ingest(store, Common.Read(r.GetValue(paths)!, overrides.Published, overrides.Source), Pipeline.CreateDefault(), r.GetValue(quiet));
            return result.Errors > 0 && result.Added + result.Duplicates == 0 ? 1 : 0;
        }));
        return cmd;
    }

    public sealed record IngestResult(int Added, int Duplicates, int Errors, TimeSpan Elapsed);

    /// <summary>
    /// Runs the pipeline over the inputs (in parallel, order kept), stores documents in batches (one transaction
    /// each), clusters each stored batch into stories (incrementally: only the new documents are placed), and reports
    /// each bad input in one line and carries on.
    /// </summary>
    public static IngestResult Ingest(IDocumentStore store, IEnumerable<InputItem> items, Pipeline pipeline, bool quiet)
    {
        var sw = Stopwatch.StartNew();
        int added = 0, dup = 0, errors = 0, seen = 0;
        var stories = new StoryIndex();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var interactive = !quiet && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

        void RunAll(Action<int>? tick)
        {
            var processed = items
                .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
                .Select(item =>
                {
                    if (item.Error != null) return (item, (Document?)null, (string?)null, false);
                    // a page whose bytes are already stored is not analysed again (the store serialises its calls)
                    if (store.Contains(item.Input!.ComputeId())) return (item, null, null, true);
                    try { return (item, pipeline.Process(item.Input!), null, false); }
                    catch (Exception e) when (e is not OutOfMemoryException) { return (item, null, $"{e.GetType().Name}: {e.Message}", false); }
                });
            var batch = new List<Document>();
            foreach (var (item, doc, failure, known) in processed)
            {
                seen++;
                if (item.Error is { } err) { Common.Error($"{err.Path}: {err.Message}"); errors++; }
                else if (known) dup++;
                else if (failure != null) { Common.Error($"{item.Input!.Path ?? "-"}: could not be analysed ({failure})"); errors++; }
                else batch.Add(doc!);
                if (batch.Count >= 64) Flush();
                tick?.Invoke(seen);
            }
            Flush();

            void Flush()
            {
                if (batch.Count == 0) return;
                var results = store.AddDocuments(batch);
                var fresh = new List<Document>();
                for (int i = 0; i < results.Count; i++)
                    if (results[i].IsNew) { added++; fresh.Add(batch[i]); } else dup++;
                // the new documents join stories (or start them) as soon as they are stored
                foreach (var p in stories.Assign(store, fresh)) placed.Add(p.Story);
                batch.Clear();
            }
        }

        if (interactive)
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new TransferSpeedColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("ingesting", maxValue: double.MaxValue);
                    task.IsIndeterminate = true;
                    RunAll(n => { task.Description = $"ingesting ({n} read, {n / Math.Max(sw.Elapsed.TotalSeconds, 0.001):F1}/s)"; });
                    task.StopTask();
                });
        }
        else RunAll(null);

        sw.Stop();
        if (!quiet)
            Console.Error.WriteLine($"parallax: ingested {added} new document(s), {dup} already stored, {errors} error(s), {placed.Count} stories touched, in {sw.Elapsed.TotalSeconds:F1}s");
        return new IngestResult(added, dup, errors, sw.Elapsed);
    }
}
