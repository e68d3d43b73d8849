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
}
