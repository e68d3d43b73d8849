using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parallax;
using Parallax.Model;
using Parallax.Storage;
using Parallax.Stories;
using Parallax.Web;

/// <summary>
/// Web page server times on a large store. Fills the store (once) with N synthetic documents: the bundled sample
/// pages analysed by the pipeline, replicated with their own ids, sources, titles and dates shifted back by up to
/// five years (event dates shifted too), and one story per replicated pair, as the seeds' story. Then serves the
/// store on a loopback port and times each page: the server's own time (the Server-Timing header) over several runs.
/// </summary>
static class WebBench
{
    public static async Task Run(string[] args)
    {
        string db = Path.Combine(Path.GetTempPath(), "parallax-bench", "web.db");
        int docs = 100_000, runs = 10;
        bool measureOnly = false;
        for (int i = 0; i < args.Length; i++)
            switch (args[i])
            {
                case "--db": db = args[++i]; break;
                case "--docs": docs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--measure-only": measureOnly = true; break;
                default: throw new ArgumentException($"unknown option {args[i]} (web [--db PATH] [--docs N] [--runs N] [--measure-only])");
            }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(db))!);
        using (var store = SqliteDocumentStore.Open(db))
        {
            var have = store.CountDocuments();
            var seeds = Seeds();
            if (have < docs && !measureOnly) Fill(store, seeds, docs, (int)have);
            EnsureStories(store, seeds);
        }
        using var ro = SqliteDocumentStore.Open(db, new SqliteStoreOptions { ReadOnly = true });
        var counts = ro.Count();
        Console.WriteLine($"store {db}: {counts.Documents:N0} documents, {counts.Events:N0} events, {counts.Entities:N0} entities, {counts.Stories:N0} stories, {new FileInfo(db).Length / 1e9:F1} GB");
        var app = WebApp.Build(new WebOptions { Store = ro, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        var baseUrl = app.Urls.First().TrimEnd('/');
        var someDoc = ro.ListDocuments(new DocumentQuery { Descending = true, Limit = 1 })[0].Id;
        var lastStories = Math.Max(0, counts.Stories - 50);
        var someStory = ro.GetStories((int)(counts.Stories / 2), 1)[0].Id;
        var pages = new[]
        {
            // pages
            "/", $"/?offset={lastStories}", "/stories/s1", "/stories/" + someStory,
            "/documents", "/documents?offset=5000", "/documents/" + someDoc, "/documents?language=fr&from=2023&to=2023",
            "/search?q=Peskov", "/search?q=" + Uri.EscapeDataString("\"heure et demie\""), "/search?q=Kremlin+Zelensky", "/search?q=zzyzx",
            "/events", "/events?offset=5000", "/events?actor=Putin", "/events?actor=Putin&desc=true", "/events?actor=Zelensky&desc=true",
            "/events?type=CONSULT&from=2024&to=2024", "/events?type=CONSULT&from=2024&to=2024&desc=true", "/events?participant=Q7747&from=2023-06&to=2023-06",
            "/events?q=Peskov&type=CONSULT", "/events?q=Peskov&type=CONSULT&desc=true", "/events?q=" + Uri.EscapeDataString("\"heure et demie\"") + "&from=2024",
            "/events?source=Nouvelles+7&from=2022", "/events?source=Nouvelles&type=CONSULT", "/events?source=portailinfo+3&participant=Q7747&desc=true",
            "/documents?source=Nouvelles+7",
            "/entities", "/entities?name=Trump", "/entities?type=PERSON&offset=100", "/entities/Q7747", "/entities/Q22686",
            // API
            "/api/stories", "/api/stories?offset=" + lastStories, "/api/stories/s1", "/api/stories/s1/timeline",
            "/api/documents?limit=100", "/api/documents?desc=true&limit=100", "/api/documents/" + someDoc, "/api/search?q=Kremlin", "/api/search?q=zzyzx",
            "/api/entities", "/api/entities/Q7747",
            "/api/events?participant=Q7747&limit=100", "/api/events?type=CONSULT&from=2024&to=2024&limit=500", "/api/events?offset=10000&limit=100",
            "/api/timeline?actor=Putin&by=year", "/api/timeline?by=month", "/api/timeline?type=CONSULT&from=2024&to=2024&by=month",
            "/api/timeline?participant=Q7747&source=Nouvelles&by=year", "/api/timeline?participant=Q7747&source=Nouvelles&by=month",
            "/api/timeline?participant=Q7747&type=CONSULT&by=year", "/api/timeline?participant=Q7747&from=2023&to=2024&by=month",
            "/api/timeline?source=Nouvelles+7&from=2022&to=2023&by=month", "/api/timeline?source=portailinfo&type=CONSULT&by=year",
            "/api/timeline?actor=Putin&source=portailinfo+3&type=CONSULT&from=2024-01&to=2024-06&by=month",
            "/api/timeline?source=Nouvelles&from=2023-03-15&to=2023-04-20&by=month",
            // event pages with the same combinations of filters
            "/events?participant=Q7747&source=Nouvelles", "/events?participant=Q7747&type=CONSULT&desc=true", "/events?participant=Q7747&from=2023&to=2024",
            "/events?source=Nouvelles&from=2023-03-15&to=2023-04-20", "/api/events?participant=Q7747&source=Nouvelles&limit=100",
            "/api/events?source=Nouvelles+7&from=2022&to=2022&limit=100",
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        // one pass over every route first: the timed runs then measure a warm server (JIT tiers, caches), not the
        // first routes of the list paying for code that every later route shares
        var warm = Stopwatch.StartNew();
        foreach (var p in pages) (await http.GetAsync(baseUrl + p)).Dispose();
        Console.WriteLine($"warm-up pass over {pages.Length} routes: {warm.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"load average at start: {LoadAverage()}");
        Console.WriteLine($"{"route",-70} {"status",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"cpu ms",8} {"KB",8}");
        foreach (var p in pages)
        {
            var times = new List<double>();
            var cpu = new List<double>();
            int status = 0; long size = 0;
            for (int r = 0; r < runs + 1; r++)
            {
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                using var res = await http.GetAsync(baseUrl + p);
                var body = await res.Content.ReadAsByteArrayAsync();
                status = (int)res.StatusCode; size = body.Length;
                var st = res.Headers.TryGetValues("Server-Timing", out var v) ? v.First() : "";
                var dur = double.Parse(st[(st.IndexOf("dur=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture);
                // the process's processor time over the request (server and client: an upper bound of the server's)
                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
                if (r > 0) { times.Add(dur); cpu.Add(cpuMs); } // the first run warms up (JIT, page cache)
            }
            times.Sort();
            cpu.Sort();
            Console.WriteLine($"{p,-70} {status,6} {Rank(times, 0.50),8:F1} {Rank(times, 0.95),8:F1} {times[^1],8:F1} {Rank(cpu, 0.5),8:F1} {size / 1024.0,8:F1}");
        }
        Console.WriteLine($"load average at end: {LoadAverage()}");
        await app.StopAsync();
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    static double Rank(List<double> sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];

    static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";

    /// <summary>The bundled sample pages through the pipeline.</summary>
    static List<Document> Seeds()
    {
        var pipeline = Pipeline.CreateDefault();
        var dir = Path.Combine(AppContext.BaseDirectory, "samples");
        var meta = new Dictionary<string, (string Source, DateOnly Published)>
        {
            ["000_1d539379fdf0f311.txt"] = ("portailinfo", new DateOnly(2025, 2, 12)),
            ["001_f801113880f7a629.txt"] = ("Nouvelles", new DateOnly(2025, 2, 12)),
        };
        return Directory.GetFiles(dir, "*.txt").Order().Select(f => pipeline.Process(new Parallax.Input.RawInput
        {
            Bytes = File.ReadAllBytes(f), Path = Path.GetFileName(f), ContentType = "text/plain",
            Published = meta.GetValueOrDefault(Path.GetFileName(f)).Published, SourceName = meta.GetValueOrDefault(Path.GetFileName(f)).Source,
        }) with { Tokens = [] }).ToList();
    }

    static void Fill(SqliteDocumentStore store, List<Document> seeds, int total, int have)
    {
        Console.WriteLine($"filling {store.Location}: {have:N0} → {total:N0} documents (the {seeds.Count} sample pages, replicated)");
        var sw = Stopwatch.StartNew();
        int pairs = (total + seeds.Count - 1) / seeds.Count;
        int done = have;
        for (int start = have / seeds.Count; start < pairs; start += 500)
        {
            var batch = new List<Document>();
            for (int i = start; i < Math.Min(pairs, start + 500); i++)
            {
                int shift = -(i % 1826); // up to five years back
                for (int k = 0; k < seeds.Count && i * seeds.Count + k < total; k++) batch.Add(Variant(seeds[k], SyntheticId(i, k), i, shift));
            }
            store.AddAll(batch, batchSize: 1000);
            done += batch.Count;
            Console.Error.Write($"\r{done:N0} documents, {done / sw.Elapsed.TotalSeconds:F0}/s   ");
        }
        Console.Error.WriteLine();
        Console.WriteLine($"filled in {sw.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>One story per stored pair of replicated seeds (as the seeds' own story), when the store has none.</summary>
    static void EnsureStories(SqliteDocumentStore store, List<Document> seeds)
    {
        if (store.CountStories() > 0) return;
        var seedStory = new StoryBuilder().Build(seeds).First(s => s.Documents.Length == seeds.Count);
        var stories = new List<Story>();
        for (int i = 0; store.Contains(SyntheticId(i, seeds.Count - 1)); i++)
        {
            var map = seeds.Select((d, k) => (d.Id, New: SyntheticId(i, k))).ToDictionary(x => x.Id, x => x.New);
            int shift = -(i % 1826);
            stories.Add(seedStory with
            {
                Id = "s" + (i + 1).ToString(CultureInfo.InvariantCulture),
                Title = seedStory.Title + (i == 0 ? "" : $" ({i})"),
                Documents = [.. seedStory.Documents.Select(d => map[d])],
                Events = [.. seedStory.Events.Select(e => e with
                {
                    Date = Shift(e.Date, shift),
                    Mentions = [.. e.Mentions.Select(m => m with { Document = map[m.Document] })],
                    Conflicts = [.. e.Conflicts.Select(c => c with { Values = [.. c.Values.Select(v => v with { Document = map[v.Document] })] })],
                })],
            });
        }
        store.ReplaceStories(stories);
        Console.WriteLine($"{stories.Count:N0} stories written");
    }

    static string SyntheticId(int i, int k) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"synthetic {i} {k}")));

    static Document Variant(Document d, string id, int i, int shift) => d with
    {
        Id = id,
        Source = new SourceInfo($"synthetic/{i}/{d.Source.Path}", null, $"{d.Source.Name} {i % 50}"),
        Title = d.Title + (i == 0 ? "" : $" ({i})"),
        Published = d.Published?.AddDays(shift),
        Events = [.. d.Events.Select(e => e with { Date = Shift(e.Date, shift) })],
    };

    static string? Shift(string? timex, int days) =>
        timex is { Length: 10 } && DateOnly.TryParseExact(timex, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : timex;
}
