using Parallax.Model;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary>Readable terminal views of documents, events and stories.</summary>
public static class Render
{
    static string Esc(string? s) => Markup.Escape(s ?? "");
    static string Clip(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    public static string NameOf(Document d, string id) => d.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    public static void Document(IAnsiConsole console, Document d, bool full = false)
    {
        console.Write(new Rule($"[bold]{Esc(d.Title ?? "(untitled)")}[/]").LeftJustified());
        console.MarkupLine($"[grey]id[/] {d.Id[..12]}  [grey]source[/] {Esc(d.Source.Name ?? d.Source.Path)}  [grey]published[/] {d.Published?.ToString("yyyy-MM-dd") ?? "?"}  [grey]language[/] {Esc(d.Language ?? "?")}");
        console.MarkupLine($"[grey]{d.Paragraphs.Length} blocks, {d.Sentences.Length} sentences, {d.Entities.Length} entities, {d.Times.Length} times, {d.Quotes.Length} quotes, {d.Events.Length} events; {d.Removed.Length} boilerplate lines removed[/]");
        if (full)
        {
            console.WriteLine();
            foreach (var p in d.Paragraphs)
            {
                var t = d.Text[p.Start..p.End];
                if (p.Kind == BlockKind.Heading) console.MarkupLine($"[bold underline]{Esc(t)}[/]");
                else console.WriteLine(t);
                console.WriteLine();
            }
        }
        if (d.Entities.Length > 0)
        {
            var t = new Table().Border(TableBorder.Rounded).Title("Entities");
            t.AddColumns("id", "name", "type", "kb", "country", "roles", "mentions");
            foreach (var e in d.Entities)
                t.AddRow(e.Id, Esc(e.Name), e.Type, e.Kb ?? "", e.Country ?? "", Esc(string.Join("; ", e.Roles)),
                    Esc(Clip(string.Join(", ", e.Mentions.Select(m => m.Text).Distinct()), 60)));
            console.Write(t);
        }
        if (d.Times.Length > 0)
        {
            var t = new Table().Border(TableBorder.Rounded).Title("Times");
            t.AddColumns("text", "kind", "value", "note");
            foreach (var x in d.Times)
                t.AddRow(Esc(x.Text), x.Kind, x.Value,
                    Esc(string.Join(" ", new[] { x.Approx ? "approx" : null, x.Modifier, x.Conflict is null ? null : "⚠ " + x.Conflict }.Where(s => s != null))));
            console.Write(t);
        }
        if (d.Quotes.Length > 0)
        {
            var t = new Table().Border(TableBorder.Rounded).Title("Quotes");
            t.AddColumns("speaker", "quote", "channel");
            foreach (var q in d.Quotes)
                t.AddRow(Esc(q.Speaker is null ? "?" : NameOf(d, q.Speaker)), Esc((q.Direct ? "« " : "(indirect) ") + Clip(q.Text, 90) + (q.Direct ? " »" : "")), Esc(q.Channel));
            console.Write(t);
        }
        Events(console, d);
    }

    public static void Events(IAnsiConsole console, Document d)
    {
        if (d.Events.Length == 0) return;
        var t = new Table().Border(TableBorder.Rounded).Title("Events");
        t.AddColumns("id", "type", "mode", "cameo", "actors", "targets", "date", "status", "reported by", "evidence");
        foreach (var e in d.Events)
        {
            var evidence = e.Evidence.Length > 0 ? d.Text[e.Evidence[0].Start..e.Evidence[0].End] : "";
            t.AddRow(e.Id, e.Type, e.Mode ?? "", e.Cameo ?? "",
                Esc(string.Join(", ", e.Actors.Select(a => NameOf(d, a)))),
                Esc(string.Join(", ", e.Targets.Select(a => NameOf(d, a)))),
                e.Date ?? "", e.Status,
                Esc(string.Join(", ", e.ReportedBy.Select(a => NameOf(d, a)))),
                Esc(Clip(evidence, 70)));
        }
        console.Write(t);
    }
}
