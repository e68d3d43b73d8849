using System.CommandLine;
using Parallax.Evaluation;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax eval …</c>: scores each stage against annotated data.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var cmd = new Command("eval", "Score Parallax against annotated data");
        cmd.Subcommands.Add(Seeds());
        cmd.Subcommands.Add(Extraction());
        cmd.Subcommands.Add(Time());
        return cmd;
    }

    static Command Seeds()
    {
        var gold = new Option<string?>("--gold") { Description = "Gold annotation in the seeds.gold.json format (default: the bundled one)" };
        var pages = new Option<string?>("--pages") { Description = "Folder holding the pages the gold names (default: the bundled samples)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss and false alarm" };
        var cmd = new Command("seeds", "Per-stage precision, recall and F1 on the seed pages' gold annotation") { gold, pages, verbose };
        cmd.SetAction(r => Common.Run(() =>
        {
            var goldJson = r.GetValue(gold) is { } g ? File.ReadAllText(g) : Samples.GoldJson;
            Func<string, byte[]> read = r.GetValue(pages) is { } dir ? f => File.ReadAllBytes(Path.Combine(dir, f)) : f => Samples.Read(f);
            var report = SeedEvaluation.Run(Pipeline.CreateDefault(), goldJson, read);
            var t = new Table().Border(TableBorder.Rounded).Title("Parallax on the seed pages");
            t.AddColumns("stage", "gold", "predicted", "matched", "precision", "recall", "F1");
            foreach (var s in report.Stages)
                t.AddRow(s.Name, s.Gold.ToString(), s.Predicted.ToString(), s.MatchedGold.ToString(), $"{s.Precision:P1}", $"{s.Recall:P1}", $"{s.F1:P1}");
            Common.Out.Write(t);
            if (r.GetValue(verbose))
                foreach (var n in report.Notes)
                    Common.Out.MarkupLine($"[grey]{Markup.Escape(n.Document[..Math.Min(12, n.Document.Length)])}[/] {n.Stage,-10} {(n.Kind == "miss" ? "[red]miss [/]" : "[yellow]extra[/]")} {Markup.Escape(n.What)}");
            return 0;
        }));
        return cmd;
    }

    static Command Extraction()
    {
        var dir = new Argument<string>("DIR") { Description = "Folder in the article-extraction-benchmark layout: html/<id>.html.gz (or <id>.html.gz) and ground-truth.json" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N pages (ordinal id order)" };
        var worst = new Option<int>("--worst") { Description = "List Parallax's N lowest-scoring pages", DefaultValueFactory = _ => 0 };
        var predictions = new Option<string?>("--predictions") { Description = "Write Parallax's predictions to FILE as JSON {id: {\"articleBody\": …}}" };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Do not run the SmartReader baseline" };
        var runs = new Option<int>("--runs") { Description = "Timed passes over the pages per extractor; the median pass is reported", DefaultValueFactory = _ => 3 };
        var warmups = new Option<int>("--warmup") { Description = "Least number of untimed warm-up passes per extractor after the scoring pass (more, up to 10, while the JIT is still busy)", DefaultValueFactory = _ => 2 };
        var cmd = new Command("extraction",
            "Article-body F1, precision, recall (4-word-shingle metric) and accuracy (exact word-sequence match), with speed, "
            + "for Parallax and the SmartReader baseline") { dir, limit, worst, predictions, noBaseline, runs, warmups };
        cmd.SetAction(r => Common.Run(() =>
        {
            var folder = r.GetValue(dir)!;
            if (!Directory.Exists(folder)) throw new UsageException($"{folder}: no such folder");
            if (!File.Exists(Path.Combine(folder, "ground-truth.json"))) throw new UsageException($"{folder}: no ground-truth.json");
            int passes = r.GetValue(runs);
            if (passes < 1) throw new UsageException("--runs: must be at least 1");
            int warm = r.GetValue(warmups);
            if (warm < 0) throw new UsageException("--warmup: must not be negative");
            var pages = ExtractionBenchmark.Load(folder, r.GetValue(limit));
            long htmlBytes = pages.Sum(p => (long)p.Html.Length);

            // Each extractor: a single-threaded scoring pass and warm-up passes; Parallax's peak memory is read before
            // the baseline runs at all. Then the timed passes, the extractors taking turns so that they share the
            // machine's load alike.
            var parallax = ExtractionBenchmark.ParallaxBody();
            var names = new List<string> { "Parallax" };
            var bodies = new List<Func<ExtractionBenchmarkPage, string>> { parallax };
            var results = new List<ExtractionBenchmarkResult> { ExtractionBenchmark.Run(pages, parallax) };
            ExtractionBenchmark.WarmUp(pages, parallax, warm, maxWarmUps: warm == 0 ? 0 : 10);
            var peaks = new List<double> { PeakMiB() };
            if (r.GetValue(predictions) is { } file) ExtractionBenchmark.WritePredictions(file, results[0].Predictions);
            if (!r.GetValue(noBaseline))
            {
                names.Add(Baselines.SmartReaderBaseline.Name);
                bodies.Add(Baselines.SmartReaderBaseline.Body);
                results.Add(ExtractionBenchmark.Run(pages, Baselines.SmartReaderBaseline.Body));
                ExtractionBenchmark.WarmUp(pages, Baselines.SmartReaderBaseline.Body, warm, maxWarmUps: warm == 0 ? 0 : 10);
            }
            var timings = ExtractionBenchmark.TimeInterleaved(pages, bodies, passes);
            if (names.Count > 1) peaks.Add(PeakMiB());
            var rows = names.Select((n, i) => (Name: n, Result: results[i], Timing: timings[i], PeakMiB: peaks[Math.Min(i, peaks.Count - 1)])).ToList();
            var pr = results[0];

            var t = new Table().Border(TableBorder.Rounded)
                .Title($"Article extraction on {pages.Count} pages ({htmlBytes / (1024.0 * 1024):F1} MiB of HTML)");
            t.AddColumns("extractor", "F1", "precision", "recall", "accuracy (exact words)", "exact pages", "pages/s (1 thread)", "pages/CPU-s", "ms/page", "MiB/s", "alloc/page", "errors", "peak WS");
            foreach (var (name, res, tm, peak) in rows)
                t.AddRow(Markup.Escape(name), $"{res.F1:F3}", $"{res.Precision:F3}", $"{res.Recall:F3}", $"{res.Accuracy:F3}",
                    $"{res.PageScores.Count(s => s.Exact)}", $"{tm.PagesPerSecond:F0}", $"{tm.PagesPerCpuSecond:F0}", $"{tm.MillisecondsPerPage:F2}", $"{tm.MegabytesPerSecond:F1}",
                    $"{tm.AllocatedPerPage / (1024 * 1024):F1} MiB", $"{res.Errors}", $"{peak:F0} MiB");
            Common.Out.Write(t);
            if (rows.Count > 1)
                Common.Out.WriteLine($"Parallax is {rows[0].Timing.PagesPerSecond / Math.Max(1e-9, rows[1].Timing.PagesPerSecond):F1}× the baseline's speed "
                    + $"({rows[0].Timing.PagesPerCpuSecond / Math.Max(1e-9, rows[1].Timing.PagesPerCpuSecond):F1}× per CPU-second).");
            Common.Out.WriteLine($"Speed: extraction calls only, on pages already gunzipped in memory, one thread; median of {passes} timed pass(es) "
                + $"(the extractors taking turns) after a scoring pass and {warm}+ warm-up pass(es) (best pass: {string.Join(", ", rows.Select(x => $"{x.Name} {x.Timing.BestPagesPerSecond:F0} pages/s"))}). "
                + "pages/CPU-s: pages per second of process CPU time during the timed passes. Peak WS: the process's peak working set (pages in memory included) "
                + "after Parallax's scoring and warm-up, before the baseline ran; for the baseline, at the end of the run (it includes Parallax's).");
            foreach (var p in pr.PageScores.OrderBy(p => p.F1).ThenBy(p => p.Id, StringComparer.Ordinal).Take(r.GetValue(worst)))
                Common.Out.WriteLine($"{p.Id}  F1 {p.F1:F3}  P {p.Precision:F3}  R {p.Recall:F3}{(p.Exact ? "  exact" : "")}");
            return 0;
        }));
        return cmd;
    }

    static double PeakMiB()
    {
        using var proc = System.Diagnostics.Process.GetCurrentProcess();
        return proc.PeakWorkingSet64 / (1024.0 * 1024);
    }

    static Command Time()
    {
        var dir = new Argument<string>("DIR") { Description = "The Recognizers-Text Specs/DateTime folder (French/ and English/ inside)" };
        var errors = new Option<int>("--errors") { Description = "List up to N errors per language", DefaultValueFactory = _ => 0 };
        var cmd = new Command("time", "Temporal expressions: span and value scores on the Recognizers-Text date/time test suite") { dir, errors };
        cmd.SetAction(r => Common.Run(() =>
        {
            var folder = r.GetValue(dir)!;
            if (!Directory.Exists(folder)) throw new UsageException($"{folder}: no such folder");
            if (!File.Exists(Path.Combine(folder, "French", "DateTimeModel.json")) && !File.Exists(Path.Combine(folder, "English", "DateTimeModel.json")))
                throw new UsageException($"{folder}: expected French/DateTimeModel.json or English/DateTimeModel.json");
            Console.Out.Write(TimeBenchmark.Report(folder, r.GetValue(errors)));
            return 0;
        }));
        return cmd;
    }
}
