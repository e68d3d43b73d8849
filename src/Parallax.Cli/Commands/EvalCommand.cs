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
        var limit = new Option<int?>("--limit") { Description = "Score only the first N pages" };
        var worst = new Option<int>("--worst") { Description = "List the N lowest-scoring pages", DefaultValueFactory = _ => 0 };
        var cmd = new Command("extraction", "Article-body F1, precision, recall and accuracy with the benchmark's 4-word-shingle metric") { dir, limit, worst };
        cmd.SetAction(r => Common.Run(() =>
        {
            var folder = r.GetValue(dir)!;
            if (!Directory.Exists(folder)) throw new UsageException($"{folder}: no such folder");
            if (!File.Exists(Path.Combine(folder, "ground-truth.json"))) throw new UsageException($"{folder}: no ground-truth.json");
            var result = ExtractionBenchmark.Run(folder, limit: r.GetValue(limit));
            var t = new Table().Border(TableBorder.Rounded).Title($"Parallax extraction on {result.Pages} pages");
            t.AddColumns("F1", "precision", "recall", "accuracy (page F1 ≥ 0.9)");
            t.AddRow($"{result.F1:F3}", $"{result.Precision:F3}", $"{result.Recall:F3}", $"{result.Accuracy:F3}");
            Common.Out.Write(t);
            foreach (var p in result.PageScores.OrderBy(p => p.F1).Take(r.GetValue(worst)))
                Common.Out.WriteLine($"{p.Id}  F1 {p.F1:F3}  P {p.Precision:F3}  R {p.Recall:F3}");
            return 0;
        }));
        return cmd;
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
