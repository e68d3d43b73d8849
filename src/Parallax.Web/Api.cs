using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Parallax.Model;
using Parallax.Storage;

namespace Parallax.Web;

/// <summary>Query parameters shared by the event endpoints (the filters of <c>parallax events</c>, and more).</summary>
public sealed record EventParams
{
    /// <summary>Participant as actor: name, surface form or Wikidata id.</summary>
    [FromQuery(Name = "actor")] public string? Actor { get; init; }
    /// <summary>Participant as target (recipient).</summary>
    [FromQuery(Name = "target")] public string? Target { get; init; }
    /// <summary>Participant as actor or target.</summary>
    [FromQuery(Name = "participant")] public string? Participant { get; init; }
    /// <summary>PLOVER type(s), comma-separated.</summary>
    [FromQuery(Name = "type")] public string? Type { get; init; }
    [FromQuery(Name = "mode")] public string? Mode { get; init; }
    [FromQuery(Name = "status")] public string? Status { get; init; }
    /// <summary>Dated on or after (yyyy, yyyy-MM or yyyy-MM-dd).</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }
    /// <summary>Dated on or before (yyyy, yyyy-MM or yyyy-MM-dd).</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }
    /// <summary>Substring of the source name, path or URL.</summary>
    [FromQuery(Name = "source")] public string? Source { get; init; }
    /// <summary>Document id or unique prefix.</summary>
    [FromQuery(Name = "document")] public string? Document { get; init; }
    /// <summary>Full-text search of the documents' title and text.</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "language")] public string? Language { get; init; }
    /// <summary>Latest first.</summary>
    [FromQuery(Name = "desc")] public bool? Desc { get; init; }
    [FromQuery(Name = "offset")] public int? Offset { get; init; }
    [FromQuery(Name = "limit")] public int? Limit { get; init; }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public EventQuery ToQuery(int offset, int? limit) => new()
    {
        Actor = Clean(Actor), Target = Clean(Target), Participant = Clean(Participant), Type = Clean(Type)?.ToUpperInvariant(),
        Mode = Clean(Mode), Status = Clean(Status), From = Clean(From), To = Clean(To), Source = Clean(Source),
        Document = Clean(Document), Text = Clean(Q), Language = Clean(Language), Descending = Desc ?? false,
        Offset = offset, Limit = limit,
    };

    /// <summary>
    /// A participant typed as text ("Poutine") that names exactly one linked entity in the store's entity directory is
    /// replaced by its Wikidata id, so the query uses the index instead of matching every participant's names.
    /// </summary>
    public EventParams Resolve(IDocumentStore store) => this with
    {
        Actor = ResolveName(store, Actor), Target = ResolveName(store, Target), Participant = ResolveName(store, Participant),
    };

    static string? ResolveName(IDocumentStore store, string? name)
    {
        var v = Clean(name);
        if (v is null || (v.Length > 1 && v[0] is 'Q' or 'q' && v.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)) return v;
        var found = store.BrowseEntities(new EntityQuery { Name = v, Limit = 2 });
        return found.Count == 1 && found[0].Kb is { } kb ? kb : v;
    }

    public bool IsEmpty => new[] { Actor, Target, Participant, Type, Mode, Status, From, To, Source, Document, Q, Language }.All(string.IsNullOrWhiteSpace);
}

/// <summary>The JSON API (/api/…). Lists are pages: <c>{"offset":…,"limit":…,"next_offset":…|null,"items":[…]}</c>.</summary>
public static class Api
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    internal static (int Offset, int Limit) Paging(int? offset, int? limit)
    {
        int o = offset ?? 0, l = limit ?? DefaultLimit;
        if (o < 0) throw new ArgumentException("offset must be 0 or more.");
        if (l < 1 || l > MaxLimit) throw new ArgumentException($"limit must be between 1 and {MaxLimit}.");
        return (o, l);
    }

    public static void Map(WebApplication app, WebOptions options)
    {
        var store = options.Store;
        var api = app.MapGroup("/api").WithTags("Parallax");

        api.MapGet("/documents", (string? source, string? language, string? from, string? to, string? title, string? q, string? entity, bool? desc, int? offset, int? limit) =>
        {
            var (o, l) = Paging(offset, limit);
            var rows = store.ListDocuments(new DocumentQuery
            {
                Source = source, Language = language, From = from, To = to, Title = title, Text = q, Entity = entity,
                Descending = desc ?? false, Offset = o, Limit = l + 1,
            });
            return Page(o, l, rows, WriteSummary);
        }).WithSummary("Documents (summaries), filtered and paged; q is a full-text search").Produces(200, contentType: "application/json");

        api.MapGet("/documents/{id}", (string id) =>
            store.GetDocument(id) is { } doc ? Json(w => RecordJson.WriteDocument(w, doc)) : NotFound($"no document '{id}'"))
            .WithSummary("One document's full record (id or a unique prefix of 6+ characters)").Produces(200, contentType: "application/json");

        api.MapGet("/search", (string q, int? offset, int? limit) =>
        {
            var (o, l) = Paging(offset, limit);
            if (FullTextQuery.Build(q) is null) throw new ArgumentException("q holds no word to search for.");
            var rows = store.ListDocuments(new DocumentQuery { Text = q, Descending = true, Offset = o, Limit = l + 1 });
            return Page(o, l, rows, WriteSummary);
        }).WithSummary("Full-text search of documents' title and text (every word must occur; \"quoted words\" as a phrase; word* as a prefix)")
            .Produces(200, contentType: "application/json");

        api.MapGet("/entities", (string? name, string? type, string? country, int? offset, int? limit) =>
        {
            var (o, l) = Paging(offset, limit);
            var rows = store.BrowseEntities(new EntityQuery { Name = name, Type = type, Country = country, Offset = o, Limit = l + 1 });
            return Page(o, l, rows, WriteEntity);
        }).WithSummary("Entities across documents (name: Wikidata id or words of a name or surface form), with the number of documents naming them, most widely covered first").Produces(200, contentType: "application/json");

        api.MapGet("/entities/{key}", (string key) =>
        {
            var found = store.BrowseEntities(new EntityQuery { Name = key, Limit = 1 });
            if (found.Count == 0) return NotFound($"no entity '{key}'");
            var e = found[0];
            var id = e.Kb ?? e.Name;
            var roles = store.GetEntityRoles(id);
            var links = store.GetEntityNetwork(id);
            return Json(w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("entity"); WriteEntity(w, e);
                w.WriteStartArray("roles");
                foreach (var r in roles)
                {
                    w.WriteStartObject();
                    w.WriteString("role", r.Role);
                    w.WriteString("first", r.First?.ToString("yyyy-MM-dd"));
                    w.WriteString("last", r.Last?.ToString("yyyy-MM-dd"));
                    w.WriteNumber("documents", r.Documents);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("network");
                foreach (var k in links)
                {
                    w.WriteStartObject();
                    w.WriteString("a", k.A); w.WriteString("a_kb", k.AKb); w.WriteString("b", k.B); w.WriteString("b_kb", k.BKb);
                    w.WriteNumber("events", k.Events);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }).WithSummary("One entity (Wikidata id or name): its summary, roles over time and the participants it shares events with")
            .Produces(200, contentType: "application/json");

        api.MapGet("/events", ([AsParameters] EventParams p) =>
        {
            var (o, l) = Paging(p.Offset, p.Limit);
            var rows = store.QueryEvents(p.Resolve(store).ToQuery(o, l + 1));
            return Page(o, l, rows, RecordJson.WriteEventRow);
        }).WithSummary("Events, with the filters of 'parallax events' and more").Produces(200, contentType: "application/json");

        api.MapGet("/timeline", ([AsParameters] EventParams p, string? by) =>
        {
            var facet = (by ?? "month").ToLowerInvariant() switch
            {
                "month" => EventFacet.Month, "year" => EventFacet.Year,
                _ => throw new ArgumentException("by must be 'month' or 'year'."),
            };
            var counts = store.CountEventsBy(p.Resolve(store).ToQuery(0, null), facet, limit: 1000);
            return Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("by", facet == EventFacet.Month ? "month" : "year");
                w.WriteStartArray("buckets");
                foreach (var c in counts) { w.WriteStartObject(); w.WriteString("period", c.Key); w.WriteNumber("events", c.Count); w.WriteEndObject(); }
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }).WithSummary("Number of matching events per month or year (undated events: period null)").Produces(200, contentType: "application/json");

        api.MapGet("/stories", (int? offset, int? limit) =>
        {
            var (o, l) = Paging(offset, limit);
            var stories = store.GetStories(o, l + 1);
            var docs = StoryDocs(store, stories.Take(l));
            return Page(o, l, stories, (w, s) => WriteStorySummary(w, s, docs));
        }).WithSummary("Stories with their numbers of documents, events, disagreements, sources and languages").Produces(200, contentType: "application/json");

        api.MapGet("/stories/{id}", (string id) =>
            store.GetStory(id) is { } s ? Json(w => RecordJson.WriteStory(w, s)) : NotFound($"no story '{id}'"))
            .WithSummary("One story's record: its merged events, their mentions and disagreements").Produces(200, contentType: "application/json");

        api.MapGet("/stories/{id}/timeline", (string id) =>
        {
            if (store.GetStory(id) is not { } s) return NotFound($"no story '{id}'");
            var entries = Timeline.Of(s);
            return Json(w =>
            {
                w.WriteStartArray();
                foreach (var t in entries)
                {
                    w.WriteStartObject();
                    w.WriteString("date", t.Date);
                    w.WriteString("first", t.First.ToString("yyyy-MM-dd"));
                    w.WriteString("last", t.Last.ToString("yyyy-MM-dd"));
                    w.WriteStartArray("events");
                    foreach (var e in t.Events)
                    {
                        w.WriteStartObject();
                        w.WriteString("type", e.Type); w.WriteString("mode", e.Mode);
                        w.WriteStartArray("actors"); foreach (var a in e.Actors) w.WriteStringValue(a); w.WriteEndArray();
                        w.WriteStartArray("targets"); foreach (var a in e.Targets) w.WriteStringValue(a); w.WriteEndArray();
                        w.WriteNumber("mentions", e.Mentions.Length);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }).WithSummary("A story's dated events in date order, grouped by date (undated events left out)").Produces(200, contentType: "application/json");

        api.MapPost("/documents", (Delegate)Upload).Accepts<IFormFileCollection>("multipart/form-data")
            .WithSummary("Upload pages (multipart form: files, optional published=yyyy-MM-dd and source) to ingest; needs the X-Api-Key header")
            .Produces(200, contentType: "application/json");

        async Task<IResult> Upload(HttpContext ctx)
        {
            if (options.ApiKey is null || options.Ingest is null)
                return Error(StatusCodes.Status403Forbidden, "uploads are disabled: start the server with --api-key (or $PARALLAX_API_KEY) to accept them");
            if (!WebApp.KeyMatches(ctx.Request.Headers["X-Api-Key"].FirstOrDefault(), options.ApiKey))
                return Error(StatusCodes.Status401Unauthorized, "a valid X-Api-Key header is required to upload");
            if (!ctx.Request.HasFormContentType) return Error(StatusCodes.Status415UnsupportedMediaType, "send the files as multipart/form-data");
            var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
            if (form.Files.Count == 0) return Error(StatusCodes.Status400BadRequest, "no file in the upload");
            if (form.Files.Count > options.MaxUploadFiles) return Error(StatusCodes.Status400BadRequest, $"at most {options.MaxUploadFiles} files per upload");
            DateOnly? published = null;
            if (form["published"].FirstOrDefault() is { Length: > 0 } pub)
            {
                if (!DateOnly.TryParseExact(pub, "yyyy-MM-dd", out var d)) return Error(StatusCodes.Status400BadRequest, $"published: '{pub}' is not a date in the form yyyy-MM-dd");
                published = d;
            }
            var source = form["source"].FirstOrDefault() is { Length: > 0 } src ? src : null;
            var dir = Directory.CreateTempSubdirectory("parallax-upload-").FullName;
            try
            {
                var paths = new List<string>();
                int n = 0;
                foreach (var f in form.Files)
                {
                    // keep the extension (it tells the format); never the client's path
                    var ext = Path.GetExtension(Path.GetFileName(f.FileName ?? ""));
                    if (ext.Length > 10 || ext.AsSpan(1).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") >= 0) ext = "";
                    var path = Path.Combine(dir, $"upload{n++}{ext}");
                    await using (var fs = File.Create(path)) await f.CopyToAsync(fs, ctx.RequestAborted);
                    paths.Add(path);
                }
                await UploadGate.WaitAsync(ctx.RequestAborted);
                UploadResult result;
                try { result = await Task.Run(() => options.Ingest(store, paths, published, source)); }
                finally { UploadGate.Release(); }
                return Json(w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("added", result.Added); w.WriteNumber("duplicates", result.Duplicates); w.WriteNumber("errors", result.Errors);
                    w.WriteStartArray("messages"); foreach (var m in result.Messages) w.WriteStringValue(m); w.WriteEndArray();
                    w.WriteEndObject();
                }, result.Added + result.Duplicates == 0 && result.Errors > 0 ? StatusCodes.Status422UnprocessableEntity : 200);
            }
            finally
            {
                try { Directory.Delete(dir, true); } catch (IOException) { }
            }
        }
    }

    static readonly SemaphoreSlim UploadGate = new(1, 1);

    /// <summary>Summaries of the documents of these stories, by id.</summary>
    internal static Dictionary<string, DocumentSummary> StoryDocs(IDocumentStore store, IEnumerable<Story> stories) =>
        store.GetDocumentSummaries(stories.SelectMany(s => s.Documents).Distinct(StringComparer.Ordinal).ToList())
            .ToDictionary(d => d.Id, StringComparer.Ordinal);

    internal static string SourceOf(DocumentSummary d) => d.Source.Name ?? (d.Source.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Host : null) ?? d.Source.Path ?? d.Id[..12];

    static void WriteStorySummary(Utf8JsonWriter w, Story s, Dictionary<string, DocumentSummary> docs)
    {
        var mine = s.Documents.Select(id => docs.GetValueOrDefault(id)).OfType<DocumentSummary>().ToList();
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        w.WriteNumber("documents", s.Documents.Length);
        w.WriteNumber("events", s.Events.Length);
        w.WriteNumber("disagreements", s.Events.Sum(e => e.Conflicts.Length));
        w.WriteStartArray("sources"); foreach (var x in mine.Select(SourceOf).Distinct().Order()) w.WriteStringValue(x); w.WriteEndArray();
        w.WriteStartArray("languages"); foreach (var x in mine.Select(d => d.Language).OfType<string>().Distinct().Order()) w.WriteStringValue(x); w.WriteEndArray();
        w.WriteEndObject();
    }

    static void WriteSummary(Utf8JsonWriter w, DocumentSummary d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteStartObject("source");
        w.WriteString("path", d.Source.Path); w.WriteString("url", d.Source.Url); w.WriteString("name", d.Source.Name);
        w.WriteEndObject();
        w.WriteString("language", d.Language);
        w.WriteString("published", d.Published?.ToString("yyyy-MM-dd"));
        w.WriteString("title", d.Title);
        w.WriteString("ingested_at", d.IngestedAt);
        w.WriteNumber("entities", d.EntityCount);
        w.WriteNumber("events", d.EventCount);
        w.WriteEndObject();
    }

    static void WriteEntity(Utf8JsonWriter w, EntitySummary e)
    {
        w.WriteStartObject();
        w.WriteString("kb", e.Kb); w.WriteString("name", e.Name); w.WriteString("type", e.Type); w.WriteString("country", e.Country);
        w.WriteNumber("documents", e.Documents);
        w.WriteEndObject();
    }

    /// <summary>A page of a list fetched with one row more than the limit (that row only says there is a next page).</summary>
    static IResult Page<T>(int offset, int limit, IReadOnlyList<T> rows, Action<Utf8JsonWriter, T> write) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("offset", offset);
        w.WriteNumber("limit", limit);
        if (rows.Count > limit) w.WriteNumber("next_offset", offset + limit); else w.WriteNull("next_offset");
        w.WriteStartArray("items");
        for (int i = 0; i < rows.Count && i < limit; i++) write(w, rows[i]);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    static IResult Json(Action<Utf8JsonWriter> write, int status = 200)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, RecordJson.Compact)) write(w);
        return Results.Text(buffer.WrittenSpan, "application/json; charset=utf-8", status);
    }

    static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, message);

    static IResult Error(int status, string message) =>
        Results.Text(ErrorJson(status, message), "application/json; charset=utf-8", statusCode: status);

    internal static string ErrorJson(int status, string message) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["status"] = status, ["error"] = message });
}
