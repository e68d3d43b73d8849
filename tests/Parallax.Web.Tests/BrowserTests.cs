using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Parallax.Cli.Commands;
using Parallax.Storage;

namespace Parallax.Web.Tests;

/// <summary>
/// End to end: the server on a loopback port, Debian's Chromium driven by Playwright (no browser download).
/// Screenshots go to the test output folder, under screenshots/.
/// </summary>
[Collection("demo")]
public sealed class BrowserTests(DemoStore demo) : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    const string Key = "browser-test-key-42";
    IDocumentStore _store = null!;
    WebApplication _app = null!;
    IPlaywright _pw = null!;
    IBrowser _browser = null!;
    string _base = "";

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (apt-get install chromium); .ci/run does");
        _store = SqliteDocumentStore.Open(demo.Copy());
        _app = WebApp.Build(new WebOptions { Store = _store, Urls = "http://127.0.0.1:0", ApiKey = Key, Ingest = ServeCommand.IngestUploads });
        await _app.StartAsync();
        _base = _app.Urls.Single().TrimEnd('/');
        Assert.StartsWith("http://127.0.0.1:", _base);
        _pw = await Playwright.CreateAsync();
        _browser = await _pw.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    /// <summary>
    /// A page whose actions and assertions wait up to a minute: the suite runs beside the other test assembly on two
    /// cores, where a first render can take many seconds; a real failure still fails, only later.
    /// </summary>
    async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        var page = await _browser.NewPageAsync(options);
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser != null) await _browser.DisposeAsync();
        _pw?.Dispose();
        if (_app != null) await _app.DisposeAsync();
        _store?.Dispose();
    }

    /// <summary>The seeds' story: the one story of the demo store that groups both sample pages.</summary>
    Parallax.Model.Story SeedStory => _store.GetStories().Single(s => s.Documents.Length == 2);

    [Fact]
    public async Task Seeds_story_shows_the_timeline_and_the_duration_disagreement()
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync(_base + "/");
        var story = SeedStory;
        // open the seeds' story from the story list, with the keyboard
        var link = page.GetByRole(AriaRole.Link, new() { Name = story.Title, Exact = true });
        // (the wait starts before the key is pressed, so a navigation that ends first is not missed; the press goes to
        // the focused link itself)
        var opened = page.WaitForURLAsync(_base + "/stories/" + story.Id, new() { WaitUntil = WaitUntilState.Commit });
        await link.FocusAsync();
        await Assertions.Expect(link).ToBeFocusedAsync();
        await link.PressAsync("Enter");
        await opened;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        var timeline = page.Locator("#timeline");
        await Assertions.Expect(timeline.Locator("svg.timeline")).ToContainTextAsync("12 February 2025");
        await Assertions.Expect(timeline.Locator("ol.timeline-list")).ToContainTextAsync("12 February 2025");

        var table = page.Locator("table[data-attribute=duration]").First;
        await Assertions.Expect(table).ToBeVisibleAsync();
        var rows = table.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        foreach (var d in _store.GetDocumentSummaries(story.Documents.ToList()))
            await Assertions.Expect(table).ToContainTextAsync(d.Source.Name!);
        await Assertions.Expect(table).ToContainTextAsync("PT1H30M");
        // evidence highlighted in the side-by-side sources
        Assert.True(await page.Locator("#sources .source").CountAsync() == 2);
        Assert.True(await page.Locator("#sources mark.evid").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "story.png"), FullPage = true });
        Assert.True(new FileInfo(Path.Combine(Screenshots, "story.png")).Length > 10_000);
        Assert.Empty(errors); // no CSP violation, nothing broken

        // on a phone-sized screen the page does not scroll sideways
        await page.SetViewportSizeAsync(390, 800);
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "story-narrow.png") });
    }

    [Fact]
    public async Task Every_view_is_reachable_from_the_story_list()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(_base + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = SeedStory.Title, Exact = true }).ClickAsync();
        await page.Locator("#sources h3 a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/documents/[0-9a-f]{64}$"));
        Assert.True(await page.Locator("article.text mark.ent").CountAsync() > 5);
        Assert.True(await page.Locator("article.text mark.time").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "document.png"), FullPage = true });
        await page.Locator("aside.facts a", new() { HasText = "Vladimir Putin" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Vladimir Putin");
        Assert.True(await page.Locator("svg.network a").CountAsync() > 1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "entity.png"), FullPage = true });
        await page.Locator("header nav a", new() { HasText = "Events" }).ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/events", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await page.Locator("form.filters input[name=actor]").FillAsync("Zelensky");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("actor=Zelensky"), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Contains("actor=Zelensky", page.Url);
        Assert.True(await page.Locator("table.list tbody tr").CountAsync() > 0);
    }

    [Fact]
    public async Task Every_view_reads_on_a_narrow_screen_and_works_from_the_keyboard()
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 800 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        async Task Readable(string what)
        {
            // the page itself never scrolls sideways (wide tables and drawings scroll inside their own box)
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), what + " scrolls sideways at 390 px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, what + "-narrow.png") });
        }
        async Task Follow(ILocator link)
        {
            // keyboard only: focus the link, see it focused, press Enter
            var href = await link.GetAttributeAsync("href");
            Assert.NotNull(href);
            await link.FocusAsync();
            await Assertions.Expect(link).ToBeFocusedAsync();
            await link.PressAsync("Enter");
            // fails with a timeout if Enter did not navigate to href; waits for the navigation to commit, then for the new
            // document to be parsed (the views are rendered on the server). Waiting for the load event inside
            // WaitForURLAsync timed out once in CI after the page had loaded (the load state was missed, "networkidle" seen)
            await page.WaitForURLAsync(u => Uri.UnescapeDataString(u).EndsWith(Uri.UnescapeDataString(href!)), new() { WaitUntil = WaitUntilState.Commit });
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }

        await page.GotoAsync(_base + "/");
        // the first Tab stop is the skip link, and it moves to the content
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Readable("stories");

        await Follow(page.GetByRole(AriaRole.Link, new() { Name = SeedStory.Title, Exact = true }));
        await Readable("story");
        await Follow(page.Locator("#sources h3 a").First);
        await Readable("document");
        await Follow(page.Locator("aside.facts a", new() { HasText = "Vladimir Putin" }).First);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Vladimir Putin");
        await Readable("entity");
        foreach (var (name, what) in new[] { ("Entities", "entities"), ("Documents", "documents"), ("Events", "events") })
        {
            await Follow(page.Locator("header nav a", new() { HasText = name }));
            await Readable(what);
        }
        // the event search from the keyboard: type in the filters, Enter submits (every wait for a URL here waits as Follow
        // does, for the navigation to commit and then for the document to be parsed: waiting for the load event timed out
        // on a loaded machine)
        await SubmitWithEnter(page, page.Locator("form.filters input[name=actor]"), "Zelensky", u => u.Contains("actor=Zelensky"));
        Assert.Contains("actor=Zelensky", page.Url);
        Assert.True(await page.Locator("table.list tbody tr").CountAsync() > 0);
        await Readable("events-filtered");
        // the quick search in the header
        await SubmitWithEnter(page, page.Locator("#qs"), "Kremlin", u => u.Contains("/search?q=Kremlin"));
        Assert.Contains("/search?q=Kremlin", page.Url);
        await Readable("search");
        Assert.Empty(errors);
    }

    /// <summary>
    /// Keyboard only: focuses <paramref name="input"/>, types <paramref name="text"/>, checks that the field holds it and
    /// has the focus, presses Enter in it, and waits for the form's navigation to commit and its document to be parsed.
    /// A clean-clone CI run once saw no navigation within a minute of the Enter press, with nothing to tell whether the
    /// browser had sent the request; so the press is given 30 s, and if nothing commits the page's state and every request
    /// since the press are kept, Enter is pressed once more, and a second miss fails with that record. Enter that never
    /// submits still fails the test.
    /// </summary>
    static async Task SubmitWithEnter(IPage page, ILocator input, string text, Func<string, bool> expected)
    {
        await input.FocusAsync();
        await page.Keyboard.TypeAsync(text);
        await Assertions.Expect(input).ToHaveValueAsync(text);
        await Assertions.Expect(input).ToBeFocusedAsync();
        var requests = new List<string>();
        void Seen(object? _, IRequest r) { lock (requests) requests.Add(r.Method + " " + r.Url); }
        page.Request += Seen;
        var record = "";
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await input.PressAsync("Enter");
                try
                {
                    await page.WaitForURLAsync(expected, new() { WaitUntil = WaitUntilState.Commit, Timeout = attempt == 1 ? 30_000 : 60_000 });
                    break;
                }
                catch (TimeoutException) when (attempt == 1)
                {
                    var focus = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML ?? 'none'");
                    var value = await input.InputValueAsync();
                    lock (requests) record = $"after the first Enter: url {page.Url}, focus {focus}, value '{value}', requests [{string.Join(", ", requests)}]";
                    Console.Error.WriteLine("SubmitWithEnter: no navigation 30 s " + record);
                }
                catch (TimeoutException e)
                {
                    lock (requests) throw new TimeoutException($"Enter in a filled field did not submit its form twice; {record}; after the second: url {page.Url}, requests [{string.Join(", ", requests)}]", e);
                }
            }
        }
        finally { page.Request -= Seen; }
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [Fact]
    public async Task A_hostile_page_renders_inert()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "xss.html"));
        using var http = new HttpClient();
        var req = new HttpRequestMessage(HttpMethod.Post, _base + "/api/documents") { Content = ApiTests.Form("xss.html", bytes, source: "<script>window.__pwned='source'</script>") };
        req.Headers.Add("X-Api-Key", Key);
        var res = await http.SendAsync(req);
        Assert.True(res.IsSuccessStatusCode, await res.Content.ReadAsStringAsync());
        var id = _store.ListDocuments(new DocumentQuery { Source = "__pwned" }).Single().Id;

        var page = await NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, d) => { dialogs.Add(d.Message); await d.DismissAsync(); };
        foreach (var url in new[] { "/documents/" + id, "/documents", "/", "/events?source=pwned", "/search?q=Kremlin" })
        {
            await page.GotoAsync(_base + url);
            await page.Mouse.MoveAsync(200, 300);
            Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
        }
        await page.GotoAsync(_base + "/documents/" + id);
        await Assertions.Expect(page.Locator("article.text")).ToContainTextAsync("<script>");
        Assert.Equal(0, await page.Locator("a[href^='javascript:' i], script, iframe, img, [onload], [onerror], [onmouseover]").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "xss.png"), FullPage = true });
        Assert.Empty(dialogs);
    }
}
