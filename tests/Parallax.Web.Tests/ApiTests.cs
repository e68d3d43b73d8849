using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Parallax.Cli.Commands;
using Parallax.Storage;

namespace Parallax.Web.Tests;

/// <summary>The JSON API and the pages, in process (TestServer) over the demo store.</summary>
[Collection("demo")]
public sealed class ApiTests(DemoStore demo) : IAsyncLifetime
{
    const string Key = "test-key-0123456789";
    IDocumentStore _store = null!;
    WebApplication _app = null!;
    HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _store = SqliteDocumentStore.Open(demo.Path, new SqliteStoreOptions { ReadOnly = true });
        (_app, _http) = await Start(new WebOptions { Store = _store });
    }

    static async Task<(WebApplication, HttpClient)> Start(WebOptions options)
    {
        var app = WebApp.Build(options, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        _store.Dispose();
    }

    /// <summary>The seeds' story: the one story of the demo store that groups both sample pages.</summary>
    string SeedStory => _store.GetStories().Single(s => s.Documents.Length == 2).Id;

    async Task<JsonElement> Json(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var res = await _http.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.StatusCode == expected, $"{url}: {(int)res.StatusCode} {body}");
        Assert.StartsWith("application/json", res.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Stories_list_counts_sources_and_languages()
    {
        var page = await Json("/api/stories");
        var s1 = page.GetProperty("items").EnumerateArray().First(s => s.GetProperty("id").GetString() == SeedStory);
        Assert.Equal(2, s1.GetProperty("documents").GetInt32());
        Assert.Equal(2, s1.GetProperty("sources").GetArrayLength());
        Assert.Equal(["fr"], s1.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.True(s1.GetProperty("disagreements").GetInt32() >= 1);
    }

    [Fact]
    public async Task Story_record_and_timeline()
    {
        var s = await Json($"/api/stories/{SeedStory}");
        var conflicts = s.GetProperty("events").EnumerateArray().SelectMany(e => e.GetProperty("conflicts").EnumerateArray());
        var duration = conflicts.First(c => c.GetProperty("attribute").GetString() == "duration");
        Assert.Equal(2, duration.GetProperty("values").GetArrayLength());

        var t = await Json($"/api/stories/{SeedStory}/timeline");
        var dates = t.EnumerateArray().Select(e => e.GetProperty("first").GetString()).ToList();
        Assert.Contains("2025-02-12", dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates); // date order, past events first
        Assert.True(string.CompareOrdinal(dates[0], "2025") < 0, "past events keep their own dates");
        await Json("/api/stories/nope", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Events_filter_and_page_like_the_cli()
    {
        var all = await Json("/api/events?actor=Poutine&type=consult&limit=500");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e => Assert.Equal("CONSULT", e.GetProperty("event").GetProperty("type").GetString()));
        var first = await Json("/api/events?actor=Poutine&type=consult&limit=1");
        Assert.Equal(1, first.GetProperty("next_offset").GetInt32());
        var second = await Json("/api/events?actor=Poutine&type=consult&limit=1&offset=1");
        Assert.Equal(items[1].GetRawText(), second.GetProperty("items")[0].GetRawText());
        var window = await Json("/api/events?from=2025-02-12&to=2025-02-12&limit=500");
        Assert.All(window.GetProperty("items").EnumerateArray(), e => Assert.StartsWith("2025-02-12", e.GetProperty("event").GetProperty("date").GetString()));
        var err = await Json("/api/events?from=2025-99", HttpStatusCode.BadRequest);
        Assert.Contains("2025-99", err.GetProperty("error").GetString());
        await Json("/api/events?limit=100000", HttpStatusCode.BadRequest);
        await Json("/api/events?offset=-1", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Timeline_counts_events_by_month()
    {
        var t = await Json("/api/timeline?actor=Putin&by=month");
        var feb = t.GetProperty("buckets").EnumerateArray().First(b => b.GetProperty("period").GetString() == "2025-02");
        Assert.True(feb.GetProperty("events").GetInt32() > 1);
        await Json("/api/timeline?by=week", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Documents_search_and_entities()
    {
        var docs = await Json("/api/documents?language=fr");
        Assert.Equal(2, docs.GetProperty("items").GetArrayLength());
        var id = docs.GetProperty("items")[0].GetProperty("id").GetString()!;
        var rec = await Json("/api/documents/" + id[..10]);
        Assert.Equal(id, rec.GetProperty("id").GetString());
        await Json("/api/documents/ffffffffff", HttpStatusCode.NotFound);

        var hits = await Json("/api/search?q=" + Uri.EscapeDataString("\"heure et demie\""));
        Assert.Single(hits.GetProperty("items").EnumerateArray());
        Assert.Empty((await Json("/api/search?q=zzzqqq")).GetProperty("items").EnumerateArray());
        await Json("/api/search?q=" + Uri.EscapeDataString("\" *"), HttpStatusCode.BadRequest);

        var putin = await Json("/api/entities/Q7747");
        Assert.Equal("Vladimir Putin", putin.GetProperty("entity").GetProperty("name").GetString());
        Assert.Contains(putin.GetProperty("network").EnumerateArray(), l => l.GetProperty("a").GetString() == "Donald Trump" || l.GetProperty("b").GetString() == "Donald Trump");
        var ents = await Json("/api/entities?type=person&limit=3");
        Assert.Equal(3, ents.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_describes_the_api()
    {
        var doc = await Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/documents", "/api/events", "/api/stories", "/api/stories/{id}", "/api/search", "/api/entities/{key}", "/api/timeline" })
            Assert.True(paths.TryGetProperty(p, out _), p);
        Assert.Contains(paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray(), x => x.GetProperty("name").GetString() == "actor");
    }

    [Fact]
    public async Task Pages_carry_a_strict_policy_and_render_the_story()
    {
        var res = await _http.GetAsync($"/stories/{SeedStory}");
        res.EnsureSuccessStatusCode();
        var csp = res.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        var html = await res.Content.ReadAsStringAsync();
        Assert.Contains("12 February 2025", html);
        Assert.Contains("data-attribute=\"duration\"", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain(" style=", html);
        foreach (var url in new[] { "/", "/events?actor=Putin", "/entities", "/entities/Q7747", "/documents", "/search?q=Trump", "/assets/site.css" })
            Assert.True((await _http.GetAsync(url)).IsSuccessStatusCode, url);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/stories/zzz")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.GetAsync("/events?from=nope")).StatusCode);
    }

    [Fact]
    public async Task Uploads_are_refused_without_a_configured_key()
    {
        using var form = Form("x.txt", "Some text"u8.ToArray());
        var res = await _http.PostAsync("/api/documents", form);
        Assert.Equal(HttpStatusCode.Forbidden, res.StatusCode);
    }

    [Fact]
    public async Task Upload_needs_the_key_ingests_and_escapes_hostile_pages()
    {
        var path = demo.Copy();
        using var store = SqliteDocumentStore.Open(path);
        var (app, http) = await Start(new WebOptions { Store = store, ApiKey = Key, Ingest = ServeCommand.IngestUploads, MaxUploadBytes = 64 * 1024 });
        await using var _ = app;
        using var __ = http;
        var page = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "xss.html"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/api/documents", Form("xss.html", page))).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Form("xss.html", page) };
        wrong.Headers.Add("X-Api-Key", Key + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);

        var big = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Form("big.txt", new byte[200 * 1024]) };
        big.Headers.Add("X-Api-Key", Key);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.SendAsync(big)).StatusCode);

        var before = store.CountDocuments();
        var ok = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Form("xss.html", page, source: "<script>alert('src')</script>", published: "2025-02-12") };
        ok.Headers.Add("X-Api-Key", Key);
        var res = await http.SendAsync(ok);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.IsSuccessStatusCode, body);
        Assert.Equal(1, JsonDocument.Parse(body).RootElement.GetProperty("added").GetInt32());
        Assert.Equal(before + 1, store.CountDocuments());

        var doc = store.ListDocuments(new DocumentQuery { Source = "<script>" }).Single();
        var html = await http.GetStringAsync("/documents/" + doc.Id);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onmouseover=", html, StringComparison.OrdinalIgnoreCase);
        foreach (var url in new[] { "/", "/documents", "/events?source=script", "/entities" })
            Assert.DoesNotContain("<script", await http.GetStringAsync(url), StringComparison.OrdinalIgnoreCase);
    }

    internal static MultipartFormDataContent Form(string name, byte[] bytes, string? source = null, string? published = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".html") ? "text/html" : "text/plain");
        form.Add(file, "files", name);
        if (source != null) form.Add(new StringContent(source), "source");
        if (published != null) form.Add(new StringContent(published), "published");
        return form;
    }
}

/// <summary>The store queries behind the pages agree with the general ones.</summary>
[Collection("demo")]
public sealed class BrowseTests(DemoStore demo)
{
    [Fact]
    public void Entity_directory_matches_the_entity_listing_and_follows_removals()
    {
        var path = demo.Copy();
        using var store = SqliteDocumentStore.Open(path);
        var listed = store.ListEntities(new EntityQuery { Limit = null }).ToDictionary(e => e.Kb ?? e.Type + "|" + e.Name, e => e.Documents);
        var browsed = store.BrowseEntities(new EntityQuery { Limit = null });
        Assert.Equal(listed.Count, browsed.Count);
        foreach (var e in browsed) Assert.Equal(listed[e.Kb ?? e.Type + "|" + e.Name], e.Documents);
        Assert.Equal("Q7747", store.BrowseEntities(new EntityQuery { Name = "Poutine", Type = "PERSON", Limit = 1 }).Single().Kb);

        var doc = store.ListDocuments()[0].Id;
        Assert.True(store.RemoveDocument(doc));
        var putin = store.BrowseEntities(new EntityQuery { Name = "Q7747" }).Single();
        Assert.Equal(store.ListEntities(new EntityQuery { Name = "Q7747" }).Single().Documents, putin.Documents);
        Assert.Equal(1, putin.Documents);
    }

    [Fact]
    public void Roles_network_and_pages_of_stories()
    {
        using var store = SqliteDocumentStore.Open(demo.Path, new SqliteStoreOptions { ReadOnly = true });
        var roles = store.GetEntityRoles("Q7747");
        Assert.Contains(roles, r => r.Role.Contains("président", StringComparison.OrdinalIgnoreCase) && r.First == new DateOnly(2025, 2, 12));
        var net = store.GetEntityNetwork("Q7747");
        Assert.Contains(net, l => (l.A, l.B) is ("Donald Trump", "Vladimir Putin") && l.Events > 1);
        Assert.All(net, l => Assert.True(string.CompareOrdinal(l.A, l.B) < 0));
        var all = store.GetStories();
        Assert.Equal(all.Count, store.CountStories());
        Assert.Equal(all.Skip(1).Take(2).Select(s => s.Id), store.GetStories(1, 2).Select(s => s.Id));
        var ids = all[0].Documents.ToList();
        Assert.Equal(ids.Order(), store.GetDocumentSummaries([.. ids, "nope"]).Select(d => d.Id).Order());
    }

    [Fact]
    public void The_network_is_the_one_computed_from_the_events()
    {
        var path = demo.Copy();
        using var store = SqliteDocumentStore.Open(path);
        var seeds = store.StreamDocuments().ToList();
        store.AddDocuments(Enumerable.Range(0, 20).SelectMany(i => seeds.Select((d, k) => d with
        {
            Id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"net {i} {k}"))),
            Events = i % 3 == 0 ? [.. d.Events.Take(3)] : d.Events,
        })).ToList());
        // the same store without IStoreBrowser: StoreBrowse computes the network from QueryEvents
        var plain = System.Reflection.DispatchProxy.Create<IDocumentStore, Forward>();
        ((Forward)(object)plain).Target = store;
        Assert.False(plain is IStoreBrowser);
        foreach (var key in new[] { "Q7747", "Q22686", "Zelensky" })
        {
            var expected = plain.GetEntityNetwork(key, 1000, 100_000).Select(l => (l.A, l.B, l.Events)).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, store.GetEntityNetwork(key, 1000, 100_000).Select(l => (l.A, l.B, l.Events)));
            Assert.Equal(expected.Take(5), store.GetEntityNetwork(key, 5, 100_000).Select(l => (l.A, l.B, l.Events)));
        }
        Assert.Contains(store.GetEntityNetwork("Q7747"), l => l.A == "Donald Trump" && l.AKb == "Q22686" && l.BKb == "Q7747");
    }

    /// <summary>Forwards every call to a store (and so hides the interfaces it implements besides IDocumentStore).</summary>
    public class Forward : System.Reflection.DispatchProxy
    {
        public IDocumentStore Target { get; set; } = null!;
        protected override object? Invoke(System.Reflection.MethodInfo? method, object?[]? args)
        {
            try { return method!.Invoke(Target, args); }
            catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is not null) { throw ex.InnerException; }
        }
    }

    [Fact]
    public void Events_of_a_frequent_entity_page_like_those_found_by_name()
    {
        var path = demo.Copy();
        using var store = SqliteDocumentStore.Open(path);
        var seeds = store.StreamDocuments().ToList();
        // 300 copies of the seeds: Putin is then named by most documents (the walk-in-order plan)
        var copies = Enumerable.Range(0, 150).SelectMany(i => seeds.Select((d, k) => d with
        {
            Id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"copy {i} {k}"))),
            Published = d.Published?.AddDays(-i),
        })).ToList();
        store.AddDocuments(copies);
        foreach (var desc in new[] { false, true })
        foreach (var (offset, limit) in new[] { (0, 10), (37, 25), (900, 50) })
        {
            var byId = store.QueryEvents(new EventQuery { Actor = "Q7747", Descending = desc, Offset = offset, Limit = limit });
            var byName = store.QueryEvents(new EventQuery { Actor = "Vladimir Putin", Descending = desc, Offset = offset, Limit = limit });
            Assert.NotEmpty(byId);
            Assert.Equal(byName.Select(r => (r.DocumentId, r.Event.Id)), byId.Select(r => (r.DocumentId, r.Event.Id)));
            Assert.All(byId, r => Assert.Contains("Vladimir Putin", r.Actors));
        }
        Assert.Equal(store.CountEvents(new EventQuery { Actor = "Vladimir Putin" }), store.CountEvents(new EventQuery { Actor = "Q7747" }));
    }
}
