using System.Diagnostics;
using Parallax;
using Parallax.Input;
using Parallax.Model;
using Parallax.Storage;

/// <summary>
/// <c>store DIR|FILE… [--pg URL] [--rounds N] [--copies K] [--batch B]</c>: the storage side of ingest on both backends.
/// Reads the pages, runs the pipeline once (not timed), then stores the documents (K copies with distinct ids, in
/// batches of B as <c>parallax ingest</c> does) into a fresh SQLite file and a fresh PostgreSQL database, the two
/// taking turns for N rounds so that both see the same load; prints documents/s per round and the median.
/// </summary>
static class StoreBench
{
    public static int Run(string[] args)
    {
        var paths = new List<string>();
        string? pg = Environment.GetEnvironmentVariable("PARALLAX_BENCH_PG");
        int rounds = 3, copies = 1, batchSize = 64;
        for (int i = 0; i < args.Length; i++)
            switch (args[i])
            {
                case "--pg": pg = args[++i]; break;
                case "--rounds": rounds = int.Parse(args[++i]); break;
                case "--copies": copies = int.Parse(args[++i]); break;
                case "--batch": batchSize = int.Parse(args[++i]); break;
                default: paths.Add(args[i]); break;
            }
        if (paths.Count == 0 || pg is null)
        {
            Console.Error.WriteLine("usage: store DIR|FILE… --pg postgres://user:password@host:port/database [--rounds N] [--copies K] [--batch B]");
            return 2;
        }
        var pipeline = Pipeline.CreateDefault();
        var sw = Stopwatch.StartNew();
        var inputs = InputReader.Read(paths).Where(i => i.Input is not null).Select(i => i.Input!).ToList();
        var analysed = inputs.AsParallel().AsOrdered().Select(pipeline.Process).ToList();
        Console.WriteLine($"{analysed.Count} pages read and analysed in {sw.Elapsed.TotalSeconds:F1} s (not timed below)");
        var docs = new List<Document>(analysed.Count * copies);
        for (int c = 0; c < copies; c++)
            docs.AddRange(c == 0 ? analysed : analysed.Select(d => d with { Id = $"{c:x4}" + d.Id[4..] }));
        long events = docs.Sum(d => (long)d.Events.Length), entities = docs.Sum(d => (long)d.Entities.Length);
        Console.WriteLine($"storing {docs.Count} documents ({entities} entities, {events} events), batches of {batchSize}, {rounds} rounds, alternating");

        var dir = Path.Combine(Path.GetTempPath(), "parallax-store-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var times = new Dictionary<string, List<double>> { ["sqlite"] = [], ["postgres"] = [] };
        try
        {
            for (int r = 0; r <= rounds; r++) // round 0 warms up both (JIT, connections), not counted
                foreach (var backend in new[] { "sqlite", "postgres" })
                {
                    string location = backend == "sqlite" ? Path.Combine(dir, $"r{r}.db") : WithDatabase(pg, $"parallax_bench_r{r}");
                    if (backend == "postgres") DropDatabase(location);
                    using (var store = DocumentStores.Open(location))
                    {
                        sw.Restart();
                        var sum = store.AddAll(docs, batchSize);
                        var s = sw.Elapsed.TotalSeconds;
                        if (sum.Added != docs.Count) throw new InvalidOperationException($"{backend}: {sum.Added} of {docs.Count} stored");
                        if (r > 0) times[backend].Add(s);
                        Console.WriteLine($"round {r}{(r == 0 ? " (warm-up)" : "")} {backend,-8}: {s:F2} s = {docs.Count / s:F0} documents/s");
                    }
                    if (backend == "postgres") DropDatabase(location);
                }
        }
        finally { Directory.Delete(dir, recursive: true); }
        double Median(List<double> v) { v.Sort(); return v[v.Count / 2]; }
        double sq = Median(times["sqlite"]), pq = Median(times["postgres"]);
        Console.WriteLine($"median: sqlite {sq:F2} s ({docs.Count / sq:F0} documents/s), postgres {pq:F2} s ({docs.Count / pq:F0} documents/s), postgres/sqlite = {pq / sq:F2}");
        return 0;
    }

    static string WithDatabase(string url, string db)
    {
        var u = new UriBuilder(url) { Path = "/" + db };
        return u.Uri.ToString();
    }

    static void DropDatabase(string url)
    {
        var b = PostgresDocumentStore.ParseConnectionString(url);
        var db = b.Database!;
        b.Database = "postgres";
        b.Pooling = false;
        using var c = new Npgsql.NpgsqlConnection(b.ConnectionString);
        c.Open();
        using var cmd = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)", c);
        cmd.ExecuteNonQuery();
    }
}
