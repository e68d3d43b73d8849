using System.CommandLine;
using System.Text.Json;
using Parallax.Model;
using Parallax.Storage;
using Parallax.Stories;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>Story commands: <c>stories</c> (list, <c>--rebuild</c>), <c>story ID</c> (side by side), <c>timeline --actor</c>.</summary>
internal static class StoryCommands
{
    static string Esc(string? s) => Markup.Escape(s ?? "");
    static string Short(string id) => id.Length > 12 ? id[..12] : id;

    public static Command Stories()
    {
        var json = Common.Json("stories");
        var rebuild = new Option<bool>("--rebuild") { Description = "Re-cluster every stored document from scratch (after the clustering parameters change), then list" };
        var cmd = new Command("stories", "List stories: documents about the same event, with merged events and disagreements") { json, rebuild };
        cmd.SetAction(r => Common.Run(() =>
        {
            if (r.GetValue(rebuild))
            {
                var path = Common.DbPath(r);
                if (!File.Exists(path)) throw new UsageException($"no store at {path}: run 'parallax ingest PATH…' first, or pass --db");
                using var writable = SqliteDocumentStore.Open(path);
                var total = writable.Count().Documents;
                var sw = System.Diagnostics.Stopwatch.StartNew();
                var n = StoryIndex.Rebuild(writable, progress: done => Console.Error.Write($"\rparallax: clustering {done}/{total} documents"));
                Console.Error.WriteLine($"\rparallax: clustered {n} documents into {writable.Count().Stories} stories in {sw.Elapsed.TotalSeconds:F1}s");
            }
            using var store = Common.OpenReadOnly(r);
            var stories = store.GetStories();
            if (r.GetValue(json)) { foreach (var s in stories) Console.Out.WriteLine(RecordJson.Serialize(s)); return 0; }
            var t = new Table().Border(TableBorder.Rounded);
            t.AddColumns("story", "title", "days", "documents", "copies", "languages", "events", "disagreements");
            foreach (var s in stories)
                t.AddRow(s.Id, Esc(s.Title), s.First is null ? "" : s.First == s.Last ? $"{s.First:yyyy-MM-dd}" : $"{s.First:yyyy-MM-dd}…{s.Last:MM-dd}",
                    s.Documents.Length.ToString(), s.Members.Count(m => m.NearDuplicateOf != null).ToString(),
                    string.Join(",", s.Members.Select(m => m.Language).Where(l => l != null).Distinct()),
                    s.Events.Length.ToString(), s.Events.Sum(e => e.Conflicts.Count(c => !c.Compatible)) + " / " + s.Events.Sum(e => e.Conflicts.Length));
            Common.Out.Write(t);
            Common.Out.MarkupLine($"[grey]{stories.Count} stories; disagreements: contradictory / all[/]");
            return 0;
        }));
        return cmd;
    }

    public static Command Story()
    {
        var id = new Argument<string>("ID") { Description = "Story id (from 'parallax stories')" };
        var json = Common.Json("the story");
        var all = new Option<bool>("--all") { Description = "Also show events told by one source only" };
        var cmd = new Command("story", "Show one story: its events side by side across sources, with each attribute's values") { id, json, all };
        cmd.SetAction(r => Common.Run(() =>
        {
            using var store = Common.OpenReadOnly(r);
            var s = store.GetStory(r.GetValue(id)!.Trim()) ?? throw new UsageException($"no story '{r.GetValue(id)}' in the store (see 'parallax stories')");
            if (r.GetValue(json)) { Console.Out.WriteLine(RecordJson.Serialize(s)); return 0; }
            var docs = s.Documents.Select(d => store.GetDocument(d)).Where(d => d != null).ToDictionary(d => d!.Id, d => d!);
            Render(Common.Out, s, docs, r.GetValue(all));
            return 0;
        }));
        return cmd;
    }

    /// <summary>The side-by-side view: one column per source, one row per attribute, each merged event in date order.</summary>
    internal static void Render(IAnsiConsole console, Story s, IReadOnlyDictionary<string, Document> docs, bool all)
    {
        console.Write(new Rule($"[bold]{Esc(s.Id)}: {Esc(s.Title)}[/]").LeftJustified());
        var members = s.Members.Length > 0 ? s.Members : [.. s.Documents.Select(d => new StoryMember(d))];
        foreach (var m in members)
        {
            var d = docs.GetValueOrDefault(m.Document);
            console.MarkupLine($"  [grey]{Short(m.Document)}[/] {Esc(d?.Source.Name ?? m.Source)} [grey]{d?.Language ?? m.Language} {d?.Published:yyyy-MM-dd}[/] {Esc(d?.Title)}"
                + (m.NearDuplicateOf is { } o ? $" [yellow](copy or translation of {Short(o)})[/]" : ""));
        }
        string Label(string doc) => $"{Short(doc)}\n{docs.GetValueOrDefault(doc)?.Source.Name ?? ""}";
        foreach (var e in s.Events)
        {
            var sources = e.Mentions.Select(m => m.Document).Distinct().ToList();
            if (sources.Count < 2 && !all) continue;
            var head = $"{e.Date ?? "undated"}  {e.Type}{(e.Mode is null ? "" : "/" + e.Mode)}  {string.Join(", ", e.Actors.Concat(e.Targets.Select(x => "→ " + x)))}"
                + (e.Background ? "  (earlier event recalled)" : "");
            var t = new Table().Border(TableBorder.Rounded).Title(Esc(head));
            t.AddColumn("attribute");
            foreach (var d in sources) t.AddColumn(Esc(Label(d)));
            t.AddColumn("verdict");
            foreach (var attr in new[] { "date", "duration", "location", "participants", "topics", "status", "reported_by" })
            {
                var conflict = e.Conflicts.FirstOrDefault(c => c.Attribute == attr);
                var agree = e.Agreements.FirstOrDefault(a => a.Attribute == attr);
                var cells = new List<string> { attr };
                bool any = false;
                foreach (var d in sources)
                {
                    var v = conflict?.Values.FirstOrDefault(x => x.Document == d);
                    string cell = v != null ? $"{v.Value ?? "—"}{(v.Text is null ? "" : $"\n“{v.Text}”")}{(v.Attribution.IsDefaultOrEmpty || attr == "reported_by" ? "" : $"\nper {string.Join(", ", v.Attribution)}")}"
                        : agree != null && agree.Documents.Contains(d) ? agree.Value : ValueOf(e, d, attr, docs) ?? "";
                    any |= cell.Length > 0;
                    cells.Add(Esc(cell));
                }
                if (!any) continue;
                cells.Add(conflict is null ? (agree is null ? "" : "[green]agree[/]") : conflict.Compatible ? "[yellow]compatible[/]" : "[red]CONTRADICTORY[/]");
                t.AddRow(cells.ToArray());
            }
            console.Write(t);
        }
    }

    /// <summary>A document's own value for an attribute of a story event (for attributes stated by one source).</summary>
    static string? ValueOf(StoryEvent e, string doc, string attr, IReadOnlyDictionary<string, Document> docs)
    {
        if (!docs.TryGetValue(doc, out var d)) return null;
        var m = e.Mentions.FirstOrDefault(x => x.Document == doc);
        var ev = m is null ? null : d.Events.FirstOrDefault(x => x.Id == m.Event);
        if (ev == null) return null;
        string N(string id) => d.Entities.FirstOrDefault(x => x.Id == id)?.Name ?? id;
        return attr switch
        {
            "date" => ev.Date,
            "duration" => ev.Attributes.TryGetValue("duration", out var du) ? du?.ToString() : null,
            "location" => ev.Location is null ? null : N(ev.Location),
            "participants" => string.Join(", ", ev.Actors.Concat(ev.Targets).Select(N).Distinct()),
            "status" => ev.Status,
            "reported_by" => ev.ReportedBy.IsDefaultOrEmpty ? null : string.Join(", ", ev.ReportedBy.Select(N)),
            _ => null,
        };
    }

    public static Command Timeline()
    {
        var actor = new Option<string>("--actor") { Description = "The entity: a name, a surface form (\"Poutine\") or a Wikidata id", Required = true };
        var from = new Option<string?>("--from") { Description = "Events dated on or after this date (yyyy, yyyy-MM or yyyy-MM-dd)" };
        var to = new Option<string?>("--to") { Description = "Events dated on or before this date" };
        var json = Common.Json("timeline entries");
        var cmd = new Command("timeline", "An entity's events in date order across stories and sources (past events at their own dates)") { actor, from, to, json };
        cmd.SetAction(r => Common.Run(() =>
        {
            using var store = Common.OpenReadOnly(r);
            List<TimelineEntry> entries;
            try { entries = Build(store, r.GetValue(actor)!, QueryCommands.CheckDate(r.GetValue(from), "--from"), QueryCommands.CheckDate(r.GetValue(to), "--to")); }
            catch (ArgumentException e) { throw new UsageException(e.Message); }
            if (r.GetValue(json))
            {
                foreach (var e in entries) Console.Out.WriteLine(JsonSerializer.Serialize(e, TimelineJson));
                return 0;
            }
            var t = new Table().Border(TableBorder.Rounded);
            t.AddColumns("date", "event", "participants", "status", "sources", "story");
            foreach (var e in entries)
                t.AddRow(e.Date ?? "undated", Esc(e.Type + (e.Mode is null ? "" : "/" + e.Mode)), Esc(string.Join(", ", e.Actors.Concat(e.Targets.Select(x => "→ " + x)))),
                    e.Status ?? "", Esc(string.Join(", ", e.Sources.Distinct())) + $" ({e.Mentions.Count})", Esc(e.Story ?? ""));
            Common.Out.Write(t);
            Common.Out.MarkupLine($"[grey]{entries.Count} event(s)[/]");
            return 0;
        }));
        return cmd;
    }

    static readonly JsonSerializerOptions TimelineJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>One line of a timeline: a story event (or a lone document event) with the entity among its participants.</summary>
    public sealed record TimelineEntry(string? Date, string Type, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets,
        string? Status, string? Story, IReadOnlyList<EventMention> Mentions, IReadOnlyList<string> Sources, bool Background);

    /// <summary>
    /// The entity's events (as actor or target) in date order: each document event found by the store's event query
    /// is replaced by the story event that merges it, so one real event is one line with all its sources.
    /// </summary>
    internal static List<TimelineEntry> Build(IDocumentStore store, string actor, string? from, string? to)
    {
        var rows = store.QueryEvents(new EventQuery { Participant = actor, From = from, To = to, Limit = null });
        var storiesOfDoc = new Dictionary<string, IReadOnlyList<Story>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int)>();
        var list = new List<TimelineEntry>();
        foreach (var row in rows)
        {
            if (!storiesOfDoc.TryGetValue(row.DocumentId, out var stories)) storiesOfDoc[row.DocumentId] = stories = store.GetStoriesOfDocument(row.DocumentId);
            var hit = stories.SelectMany(s => s.Events.Select((e, i) => (s, e, i)))
                .FirstOrDefault(x => x.e.Mentions.Any(m => m.Document == row.DocumentId && m.Event == row.Event.Id));
            if (hit.e != null)
            {
                if (!seen.Add((hit.s.Id, hit.i))) continue;
                list.Add(new TimelineEntry(hit.e.Date, hit.e.Type, hit.e.Mode, hit.e.Actors, hit.e.Targets, hit.e.Status, hit.s.Id, hit.e.Mentions,
                    [.. hit.e.Mentions.Select(m => m.Document).Distinct().Select(d => rows.FirstOrDefault(x => x.DocumentId == d)?.SourceName
                        ?? hit.s.Members.FirstOrDefault(x => x.Document == d)?.Source ?? Short(d))], hit.e.Background));
            }
            else
                list.Add(new TimelineEntry(row.Event.Date, row.Event.Type, row.Event.Mode, row.Actors, row.Targets, row.Event.Status, null,
                    [new EventMention(row.DocumentId, row.Event.Id)], [row.SourceName ?? Short(row.DocumentId)], false));
        }
        return [.. list.OrderBy(e => e.Date ?? "9999", StringComparer.Ordinal)];
    }
}
