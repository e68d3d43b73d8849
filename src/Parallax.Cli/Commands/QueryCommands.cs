using System.CommandLine;
using System.Text;
using Parallax.Model;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>Commands that read the store: events, show, export (stories: <see cref="StoryCommands"/>).</summary>
internal static class QueryCommands
{
    static string Esc(string? s) => Markup.Escape(s ?? "");

    public static Command Events()
    {
        var actor = new Option<string?>("--actor") { Description = "Only events with this participant (name, alias or Wikidata id)" };
        var type = new Option<string?>("--type") { Description = "Only events of this PLOVER type (CONSULT, AGREE…)" };
        var from = new Option<string?>("--from") { Description = "Only events dated on or after this date (yyyy, yyyy-MM or yyyy-MM-dd)" };
        var to = new Option<string?>("--to") { Description = "Only events dated on or before this date" };
        var source = new Option<string?>("--source") { Description = "Only events from documents of this source (name or path substring)" };
        var limit = new Option<int>("--limit") { Description = "At most this many events", DefaultValueFactory = _ => 200 };
        var json = Common.Json("events");
        var cmd = new Command("events", "List stored events") { actor, type, from, to, source, limit, json };
        cmd.SetAction(r => Common.Run(() =>
        {
            using var store = Common.OpenReadOnly(r);
            var q = new EventQuery
            {
                Actor = r.GetValue(actor), Type = r.GetValue(type)?.ToUpperInvariant(), From = CheckDate(r.GetValue(from), "--from"),
                To = CheckDate(r.GetValue(to), "--to"), Source = r.GetValue(source), Limit = r.GetValue(limit),
            };
            var rows = store.QueryEvents(q);
            if (r.GetValue(json))
            {
                foreach (var row in rows) Console.Out.WriteLine(RecordJson.Serialize(row));
                return 0;
            }
            var t = new Table().Border(TableBorder.Rounded);
            t.AddColumns("date", "type", "actors", "targets", "status", "reported by", "source", "document");
            foreach (var row in rows)
                t.AddRow(row.Event.Date ?? "", row.Event.Type + (row.Event.Mode is null ? "" : "/" + row.Event.Mode),
                    Esc(string.Join(", ", row.Actors)), Esc(string.Join(", ", row.Targets)), row.Event.Status,
                    Esc(string.Join(", ", row.ReportedBy)), Esc(row.SourceName), row.DocumentId[..12]);
            Common.Out.Write(t);
            Common.Out.MarkupLine($"[grey]{rows.Count} event(s)[/]");
            return 0;
        }));
        return cmd;
    }

    internal static string? CheckDate(string? s, string option)
    {
        if (s is null) return null;
        bool ok = s.Length is 4 or 7 or 10 && DateOnly.TryParse(s.Length switch { 4 => s + "-01-01", 7 => s + "-01", _ => s }, out _);
        return ok ? s : throw new UsageException($"{option}: '{s}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
    }

    public static Command Show()
    {
        var id = new Argument<string>("DOCUMENT") { Description = "Document id (or a unique prefix of at least 6 characters)" };
        var json = Common.Json("the record");
        var text = new Option<bool>("--text") { Description = "Also print the article text" };
        var cmd = new Command("show", "Show one stored document with its entities, times, quotes and events") { id, json, text };
        cmd.SetAction(r => Common.Run(() =>
        {
            using var store = Common.OpenReadOnly(r);
            var doc = store.GetDocument(r.GetValue(id)!) ?? throw new UsageException($"no document '{r.GetValue(id)}' in the store");
            if (r.GetValue(json)) Console.Out.WriteLine(RecordJson.Serialize(doc));
            else Render.Document(Common.Out, doc, full: r.GetValue(text));
            return 0;
        }));
        return cmd;
    }

    public static Command Export()
    {
        var format = new Option<string>("--format") { Description = "jsonl (one document record per line) or csv (one event per line)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var cmd = new Command("export", "Export the store: documents as JSON Lines, or events as CSV") { format, output };
        cmd.SetAction(r => Common.Run(() =>
        {
            using var store = Common.OpenReadOnly(r);
            using var writer = r.GetValue(output) is { } path ? new StreamWriter(path, false, new UTF8Encoding(false)) : new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            if (r.GetValue(format) == "csv")
            {
                writer.WriteLine("document,source,published,event,type,mode,cameo,date,status,actors,targets,location,reported_by,evidence");
                foreach (var doc in store.StreamDocuments())
                {
                    string N(string id) => doc.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;
                    foreach (var e in doc.Events)
                        writer.WriteLine(string.Join(",", new[]
                        {
                            doc.Id, doc.Source.Name ?? doc.Source.Path ?? "", doc.Published?.ToString("yyyy-MM-dd") ?? "", e.Id, e.Type, e.Mode ?? "", e.Cameo ?? "",
                            e.Date ?? "", e.Status, string.Join("; ", e.Actors.Select(N)), string.Join("; ", e.Targets.Select(N)),
                            e.Location is null ? "" : N(e.Location), string.Join("; ", e.ReportedBy.Select(N)),
                            e.Evidence.Length == 0 ? "" : doc.Text[e.Evidence[0].Start..e.Evidence[0].End],
                        }.Select(Csv)));
                }
            }
            else
                foreach (var doc in store.StreamDocuments()) writer.WriteLine(RecordJson.Serialize(doc));
            return 0;
        }));
        return cmd;
    }

    static string Csv(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
