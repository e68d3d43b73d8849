using System.CommandLine;
using Parallax.Ingest;
using Parallax.Input;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax ingest PATH...</c>: streams pages into the store on every core (<see cref="StreamingIngest"/>);
/// the same bytes twice store one document, and a rerun after an interruption skips what is stored.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders (recursive), .gz, feeds, WARC files, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var published = Common.Published();
        var source = Common.Source();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress or summary (bad inputs are still reported, one line each)" };
        var workers = new Option<int>("--workers") { Description = "Threads analysing pages (default: one per processor)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cmd = new Command("ingest", "Analyse pages and add them to the store") { paths, published, source, quiet, workers };
        cmd.SetAction(r => Common.Run(() =>
        {
            var overrides = (Published: Common.ParseDate(r.GetValue(published)), Source: r.GetValue(source));
            int n = r.GetValue(workers);
            if (n < 1) throw new UsageException($"--workers: {n} is not a positive number of threads");
            using var store = DocumentStores.Open(Common.DbPath(r));
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                if (cancel.IsCancellationRequested) return;   // a second Ctrl+C ends the process
                e.Cancel = true;
                cancel.Cancel();
                Common.Error("interrupted: storing what is analysed (run the same command again to resume)");
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                var report = Ingest(store, Common.Read(r.GetValue(paths)!, overrides.Published, overrides.Source), Pipeline.CreateDefault(),
                    r.GetValue(quiet), n, cancel.Token);
                if (report.Interrupted) return 1;
                return report.Failed > 0 && report.Added + report.Duplicates == 0 ? 1 : 0;
            }
            finally { Console.CancelKeyPress -= onCancel; }
        }));
        return cmd;
    }

    /// <summary>How often a progress line is written when standard error is not a terminal.</summary>
    static readonly TimeSpan PlainProgressEvery = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <see cref="StreamingIngest"/> (each stored batch joins stories incrementally) with the console's progress display: a live bar on a terminal, a plain
    /// line every few seconds otherwise, neither with <paramref name="quiet"/>; one line per bad input (even when
    /// quiet), then, unless quiet, a summary with the failures counted by reason.
    /// </summary>
    public static IngestReport Ingest(IDocumentStore store, IEnumerable<InputItem> items, Pipeline pipeline, bool quiet,
        int workers = 0, CancellationToken cancellation = default)
    {
        var options = new IngestOptions
        {
            Workers = workers > 0 ? workers : Environment.ProcessorCount,
            OnFailure = f => Common.Error($"{f.Path}: {f.Message}"),
        };
        var interactive = !quiet && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        IngestReport report;
        if (interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            report = null!;
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("ingesting");
                    task.IsIndeterminate = true;
                    report = StreamingIngest.Run(store, items, pipeline, options with
                    {
                        Progress = p => task.Description = Markup.Escape(Line(p)),
                        // failures are printed above the live display
                        OnFailure = f => console.MarkupLine($"parallax: {Markup.Escape(f.Path)}: {Markup.Escape(f.Message)}"),
                    }, cancellation);
                    task.StopTask();
                });
        }
        else
        {
            report = StreamingIngest.Run(store, items, pipeline, options with
            {
                Progress = quiet ? null : p => Console.Error.WriteLine($"parallax: {Line(p)}"),
                ProgressInterval = PlainProgressEvery,
            }, cancellation);
        }
        if (!quiet) Summary(report);
        return report;
    }

    static string Line(IngestProgress p) =>
        $"{p.Read:N0} read ({p.Added:N0} new, {p.Duplicates:N0} already stored, {p.Failed:N0} failed), "
        + $"{p.DocumentsPerSecond:F1} documents/s, {p.MegabytesPerSecond:F2} MB/s";

    static void Summary(IngestReport r)
    {
        var stories = (r.Stories is { } s ? $", {s} stories touched" : "") + (r.Interrupted ? ", interrupted (run the same command again to resume)" : "");
        Console.Error.WriteLine(
            $"parallax: ingested {r.Added} new document(s), {r.Duplicates} already stored, {r.Failed} error(s){stories}, in {r.Elapsed.TotalSeconds:F1}s "
            + $"({r.DocumentsPerSecond:F1} documents/s, {r.MegabytesPerSecond:F2} MB/s)");
        if (r.Failures.Count == 0) return;
        Console.Error.WriteLine("parallax: failures by reason:");
        foreach (var f in r.Failures)
        {
            var more = f.Count > f.Examples.Count ? $", +{f.Count - f.Examples.Count} more" : "";
            Console.Error.WriteLine($"  {f.Count,6}  {f.Reason} (e.g. {string.Join(", ", f.Examples.Select(e => e.Path))}{more})");
        }
    }
}
