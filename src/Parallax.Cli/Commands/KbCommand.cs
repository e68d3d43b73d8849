using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Entities;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax kb …</c>: the knowledge base: import a Wikidata dump into the user KB, show an entity, search names.</summary>
internal static class KbCommand
{
    static string Esc(string? s) => Markup.Escape(s ?? "");

    public static Command Create()
    {
        var cmd = new Command("kb", "The knowledge base: import entities from a Wikidata dump, show one, search names");
        cmd.Subcommands.Add(Import());
        cmd.Subcommands.Add(Show());
        cmd.Subcommands.Add(Search());
        return cmd;
    }

    // ---------------------------------------------------------------- import

    static Command Import()
    {
        var file = new Argument<string>("FILE") { Description = "Wikidata JSON dump (latest-all.json: plain, .gz or .bz2), or - for an uncompressed dump on standard input" };
        var types = new Option<string?>("--types") { Description = "Keep only these types, comma-separated: person, organization, location (country and city), country, city (default: all)" };
        var ids = new Option<string?>("--ids") { Description = "Keep only these Wikidata ids: a file of ids (one per line or comma-separated) or a comma-separated list" };
        var minSitelinks = new Option<int>("--min-sitelinks") { Description = "Keep only entities with at least this many Wikipedia and sister-project pages (how well known they are)", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out") { Description = "User KB folder to write (default: $PARALLAX_KB, else kb under the user's local data directory)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress, no summary (errors are still printed)" };
        var cmd = new Command("import", "Import people, organisations, countries and cities from a Wikidata JSON dump into the user knowledge base")
        {
            file, types, ids, minSitelinks, output, quiet,
        };
        cmd.SetAction(r => Common.Run(() =>
        {
            IReadOnlySet<string>? typeSet = null, idSet = null;
            try { if (r.GetValue(types) is { } t) typeSet = WikidataImport.ParseTypes(t); }
            catch (ArgumentException e) { throw new UsageException("--types: " + e.Message); }
            try { if (r.GetValue(ids) is { } i) idSet = WikidataImport.ParseIds(i); }
            catch (ArgumentException e) { throw new UsageException("--ids: " + e.Message); }
            if (r.GetValue(minSitelinks) < 0) throw new UsageException("--min-sitelinks: must be 0 or more");
            var outDir = r.GetValue(output)
                ?? KnowledgeBase.UserDirectory()
                ?? throw new UsageException($"${KnowledgeBase.UserDirVariable} is 'none': pass --out DIR");
            bool q = r.GetValue(quiet);
            bool interactive = !q && !Console.IsErrorRedirected;
            int shown = 0;
            const int MaxShown = 20;
            bool progressLine = false;
            var options = new KbImportOptions
            {
                Types = typeSet,
                Ids = idSet,
                MinSitelinks = r.GetValue(minSitelinks),
                ProgressInterval = TimeSpan.FromSeconds(interactive ? 0.5 : 10),
                Progress = q ? null : p =>
                {
                    var pct = p.BytesTotal > 0 ? $", {100.0 * p.BytesRead / p.BytesTotal:F1}% of the file" : "";
                    var text = $"parallax: kb import: {p.Entities:N0} entities read, {p.Kept:N0} kept, {p.Rate:N0}/s{pct}, {p.Errors} error(s)";
                    if (interactive) { Console.Error.Write("\r" + text + "   "); progressLine = true; }
                    else if (p.Elapsed.TotalSeconds >= 5) Console.Error.WriteLine(text);
                },
                Error = message =>
                {
                    if (progressLine) { Console.Error.WriteLine(); progressLine = false; }
                    if (++shown <= MaxShown) Common.Error(message);
                    else if (shown == MaxShown + 1) Common.Error("more errors follow; only their count is reported");
                },
            };
            var result = WikidataImport.Run(r.GetValue(file)!, outDir, options);
            if (progressLine) Console.Error.WriteLine();
            if (!q)
            {
                var inv = CultureInfo.InvariantCulture;
                Console.Error.WriteLine(
                    $"parallax: imported {result.People} people, {result.Organizations} organisations, {result.Countries} countries, {result.Places} places and {result.Roles} roles " +
                    $"into {result.OutDir} ({result.Entities} entities read, {result.Errors} error(s), {result.Skipped} without a name or code, {result.NameClashes} same-name skipped) " +
                    $"in {result.Elapsed.TotalSeconds.ToString("F1", inv)}s, {result.Rate.ToString("N0", inv)} entities/s");
                Console.Error.WriteLine($"parallax: the user KB now holds {string.Join(", ", result.Totals.OrderBy(t => KbOrder(t.Key)).Select(t => $"{t.Value} {Path.GetFileNameWithoutExtension(t.Key)}"))}");
            }
            return result.Errors > 0 ? 1 : 0;
        }));
        return cmd;
    }

    static int KbOrder(string file) => file switch
    {
        KbFiles.People => 0, KbFiles.Organizations => 1, KbFiles.Countries => 2, KbFiles.Places => 3, _ => 4,
    };

    // ---------------------------------------------------------------- show

    static Command Show()
    {
        var name = new Argument<string>("NAME") { Description = "A name, alias or Wikidata id (\"Poutine\", \"Q7747\"), or an office (\"president\", \"Premier ministre\")" };
        var json = new Option<bool>("--json") { Description = "Print each entity (or office) as one JSON object per line" };
        var cmd = new Command("show", "Show a knowledge-base entity: type, id, country, names, dated roles; the holders of an office") { name, json };
        cmd.SetAction(r => Common.Run(() =>
        {
            var kb = LoadKb();
            var text = r.GetValue(name)!;
            var found = kb.Lookup(text);
            var offices = found.Count == 0 ? kb.FindOffices(text) : [];
            if (found.Count == 0 && offices.Count == 0)
            {
                var near = kb.Search(text, 5);
                throw new UsageException($"no entity or office '{text}' in the knowledge base" +
                    (near.Count > 0 ? $" (names that contain it: {string.Join(", ", near.Select(e => e.Name))})" : ""));
            }
            if (r.GetValue(json))
            {
                foreach (var e in found) Console.Out.WriteLine(Json(w => WriteEntity(w, kb, e, full: true)));
                foreach (var o in offices) Console.Out.WriteLine(Json(w => WriteOffice(w, kb, o)));
                return 0;
            }
            foreach (var e in found) RenderEntity(kb, e);
            foreach (var o in offices) RenderOffice(kb, o);
            return 0;
        }));
        return cmd;
    }

    static void RenderEntity(KnowledgeBase kb, KbEntity e)
    {
        var o = Common.Out;
        o.MarkupLine($"[bold]{Esc(e.Name)}[/]  [grey]{Esc(e.Type)}{(e.Kind is { } k && !e.IsCountry ? " · " + Esc(k) : e.IsCountry ? " · country" : "")} · {Esc(e.Qid ?? "no Wikidata id")} · {Esc(e.Source)}[/]");
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        if (e.IsCountry) grid.AddRow("ISO code", Esc(e.Country));
        else if (e.Country != null) grid.AddRow("country", Esc(CountryLabel(kb, e.Country)));
        if (e.Capital != null) grid.AddRow("capital", Esc(e.Capital));
        if (e.Gender != null) grid.AddRow("gender", Esc(e.Gender));
        if (e.Aliases.Length > 0) grid.AddRow("other names", Esc(string.Join(", ", e.Aliases)));
        if (e.Demonyms.Length > 0) grid.AddRow("demonyms", Esc(string.Join(", ", e.Demonyms)));
        o.Write(grid);
        var roles = kb.RolesOf(e.Name).ToList();
        if (roles.Count > 0)
        {
            var t = new Table().Border(TableBorder.Rounded).Title("roles");
            t.AddColumns("office", "of", "from", "to");
            foreach (var role in roles) t.AddRow(Esc(role.Office), Esc(OfLabel(kb, role.Of)), Date(role.Start), role.End is { } end ? Date(end) : "(current)");
            o.Write(t);
        }
        var holders = kb.RolesIn(e.IsCountry ? e.Country ?? e.Name : e.Name).ToList();
        if (holders.Count > 0)
        {
            var t = new Table().Border(TableBorder.Rounded).Title("office holders");
            t.AddColumns("office", "person", "from", "to");
            foreach (var role in holders.OrderBy(h => h.Office, StringComparer.Ordinal).ThenBy(h => h.Start))
                t.AddRow(Esc(role.Office), Esc(role.Person), Date(role.Start), role.End is { } end ? Date(end) : "(current)");
            o.Write(t);
        }
        o.WriteLine();
    }

    static void RenderOffice(KnowledgeBase kb, string office)
    {
        var o = Common.Out;
        o.MarkupLine($"[bold]{Esc(office)}[/]  [grey]office{(kb.IsHeadOfStateOrGovernment(office) ? " · head of state or government" : "")}[/]");
        var t = new Table().Border(TableBorder.Rounded).Title("holders");
        t.AddColumns("of", "person", "from", "to");
        foreach (var role in kb.RolesOfOffice(office))
            t.AddRow(Esc(OfLabel(kb, role.Of)), Esc(role.Person), Date(role.Start), role.End is { } end ? Date(end) : "(current)");
        o.Write(t);
        o.WriteLine();
    }

    // ---------------------------------------------------------------- search

    static Command Search()
    {
        var text = new Argument<string>("TEXT") { Description = "Part of a name or alias (accents and case do not matter), or a Wikidata id" };
        var limit = new Option<int>("--limit") { Description = "At most this many entities", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print each entity as one JSON object per line" };
        var cmd = new Command("search", "Search knowledge-base names and aliases: exact names first, then names that start with the text, then names that contain it") { text, limit, json };
        cmd.SetAction(r => Common.Run(() =>
        {
            if (r.GetValue(limit) < 1) throw new UsageException("--limit: must be 1 or more");
            var kb = LoadKb();
            var found = kb.Search(r.GetValue(text)!, r.GetValue(limit));
            if (r.GetValue(json))
            {
                foreach (var e in found) Console.Out.WriteLine(Json(w => WriteEntity(w, kb, e, full: false)));
                return 0;
            }
            var t = new Table().Border(TableBorder.Rounded);
            t.AddColumns("name", "type", "kind", "country", "id", "other names", "source");
            foreach (var e in found)
                t.AddRow(Esc(e.Name), Esc(e.Type), Esc(e.IsCountry ? "country" : e.Kind), Esc(e.Country), Esc(e.Qid), Esc(Shorten(string.Join(", ", e.Aliases), 60)), Esc(e.Source));
            Common.Out.Write(t);
            Common.Out.MarkupLine($"[grey]{found.Count} entit{(found.Count == 1 ? "y" : "ies")}[/]");
            return 0;
        }));
        return cmd;
    }

    // ---------------------------------------------------------------- shared

    /// <summary>The KB in effect (bundled + user KB), with the user KB's skipped rows on stderr.</summary>
    static KnowledgeBase LoadKb()
    {
        var kb = KnowledgeBase.Default;
        foreach (var w in kb.Warnings.Take(5)) Common.Error($"user KB: {w}");
        if (kb.Warnings.Count > 5) Common.Error($"user KB: {kb.Warnings.Count - 5} more rows skipped");
        return kb;
    }

    static string CountryLabel(KnowledgeBase kb, string iso) => kb.Country(iso) is { } c ? $"{c.Name} ({iso})" : iso;
    static string OfLabel(KnowledgeBase kb, string of) => of.Length == 3 && of.All(char.IsAsciiLetterUpper) ? CountryLabel(kb, of) : of;
    static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    static string Shorten(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    static string Json(Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, RecordJson.Compact)) write(w);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    static void WriteEntity(Utf8JsonWriter w, KnowledgeBase kb, KbEntity e, bool full)
    {
        w.WriteStartObject();
        w.WriteString("qid", e.Qid);
        w.WriteString("name", e.Name);
        w.WriteString("type", e.Type);
        w.WriteString("kind", e.Kind);
        w.WriteString("country", e.Country);
        Strings(w, "aliases", e.Aliases);
        Strings(w, "demonyms", e.Demonyms);
        w.WriteString("capital", e.Capital);
        w.WriteString("gender", e.Gender);
        w.WriteString("source", e.Source);
        if (full)
        {
            w.WriteStartArray("roles");
            foreach (var r in kb.RolesOf(e.Name))
            {
                w.WriteStartObject();
                w.WriteString("office", r.Office);
                w.WriteString("of", r.Of);
                DateField(w, "start", r.Start);
                DateField(w, "end", r.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("holders");
            foreach (var r in kb.RolesIn(e.IsCountry ? e.Country ?? e.Name : e.Name)) Holder(w, kb, r, withOf: false);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    static void WriteOffice(Utf8JsonWriter w, KnowledgeBase kb, string office)
    {
        w.WriteStartObject();
        w.WriteString("office", office);
        w.WriteBoolean("head_of_state_or_government", kb.IsHeadOfStateOrGovernment(office));
        w.WriteStartArray("holders");
        foreach (var r in kb.RolesOfOffice(office)) Holder(w, kb, r, withOf: true);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static void Holder(Utf8JsonWriter w, KnowledgeBase kb, KbRole r, bool withOf)
    {
        w.WriteStartObject();
        w.WriteString("person", r.Person);
        w.WriteString("qid", kb.Get(r.Person)?.Qid);
        w.WriteString("office", r.Office);
        if (withOf) w.WriteString("of", r.Of);
        DateField(w, "start", r.Start);
        DateField(w, "end", r.End);
        w.WriteEndObject();
    }

    static void DateField(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } v) w.WriteString(name, Date(v));
        else w.WriteNull(name);
    }

    static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
