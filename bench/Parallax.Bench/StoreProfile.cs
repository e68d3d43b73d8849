using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Parallax;
using Parallax.Input;
using Parallax.Model;
using Parallax.Storage;

/// <summary>
/// <c>store-profile DIR [--copies K] [--batch B]</c>: where the SQLite write path spends its time. The pages are read
/// and analysed once (not timed), then stored K times over (distinct ids) into fresh SQLite files, once as the store
/// is and once per variant with one cost taken away (the full-text index's trigger, the entity directory's trigger,
/// the secondary indexes) or the record JSON alone, so the difference is that part's cost. Reports the process CPU
/// time per document (less sensitive to a shared machine than wall-clock time) and the wall-clock time.
/// </summary>
static class StoreProfile
{
    public static int Run(string[] args)
    {
        var paths = new List<string>();
        int copies = 3, batchSize = 64;
        for (int i = 0; i < args.Length; i++)
            switch (args[i])
            {
                case "--copies": copies = int.Parse(args[++i]); break;
                case "--batch": batchSize = int.Parse(args[++i]); break;
                default: paths.Add(args[i]); break;
            }
        if (paths.Count == 0)
        {
            Console.Error.WriteLine("usage: store-profile DIR|FILE… [--copies K] [--batch B]");
            return 2;
        }
        var pipeline = Pipeline.CreateDefault();
        var inputs = InputReader.Read(paths).Where(i => i.Input is not null).Select(i => i.Input!).ToList();
        var analysed = inputs.AsParallel().AsOrdered().Select(pipeline.Process).ToList();
        var docs = new List<Document>(analysed.Count * copies);
        for (int c = 0; c < copies; c++)
            docs.AddRange(c == 0 ? analysed : analysed.Select(d => d with { Id = $"{c:x4}" + d.Id[4..] }));
        Console.WriteLine($"{docs.Count} documents ({docs.Sum(d => (long)d.Entities.Length)} entities, {docs.Sum(d => (long)d.Events.Length)} events, "
            + $"{docs.Average(d => d.Text.Length) / 1000.0:F1} k chars of text on average), batches of {batchSize}");

        var dir = Path.Combine(Path.GetTempPath(), "parallax-store-profile-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var proc = Process.GetCurrentProcess();
        (double Wall, double Cpu) Measure(Action a)
        {
            GC.Collect();
            proc.Refresh();
            var cpu0 = proc.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            a();
            sw.Stop();
            proc.Refresh();
            return (sw.Elapsed.TotalMilliseconds / docs.Count, (proc.TotalProcessorTime - cpu0).TotalMilliseconds / docs.Count);
        }
        int n = 0;
        (double, double) Store(string? alter)
        {
            var path = Path.Combine(dir, $"v{n++}.db");
            SqliteDocumentStore.Open(path).Dispose();   // create and migrate
            if (alter is not null)
            {
                using var c = new SqliteConnection($"Data Source={path};Pooling=False");
                c.Open();
                using var cmd = c.CreateCommand();
                cmd.CommandText = alter;
                cmd.ExecuteNonQuery();
            }
            using var store = SqliteDocumentStore.Open(path);
            return Measure(() =>
            {
                var sum = store.AddAll(docs, batchSize);
                if (sum.Added != docs.Count) throw new InvalidOperationException($"{sum.Added} of {docs.Count} stored");
            });
        }
        var variants = new (string Name, Func<(double, double)> Run)[]
        {
            ("record JSON only (RecordJson.Serialize)", () => Measure(() => { foreach (var d in docs) RecordJson.Serialize(d); })),
            ("the store as it is", () => Store(null)),
            ("without the full-text trigger", () => Store("DROP TRIGGER documents_fts_insert;")),
            ("without the entity directory trigger", () => Store("DROP TRIGGER entity_directory_insert;")),
            ("without secondary indexes", () => Store(string.Join(" ", SecondaryIndexes.Select(i => $"DROP INDEX {i};")))),
            ("without all three", () => Store("DROP TRIGGER documents_fts_insert; DROP TRIGGER entity_directory_insert; "
                + string.Join(" ", SecondaryIndexes.Select(i => $"DROP INDEX {i};")))),
        };
        try
        {
            Store(null);   // warm-up: JIT, SQLite's code and the file system cache
            // the variants take turns, three times, and the best of the three is kept (the least disturbed by other work)
            var best = variants.Select(_ => (Wall: double.MaxValue, Cpu: double.MaxValue)).ToArray();
            for (int round = 0; round < 3; round++)
                for (int v = 0; v < variants.Length; v++)
                {
                    var (wall, cpu) = variants[v].Run();
                    best[v] = (Math.Min(best[v].Wall, wall), Math.Min(best[v].Cpu, cpu));
                }
            Console.WriteLine($"{"variant (best of 3)",-42} {"CPU ms/doc",11} {"wall ms/doc",12}");
            for (int v = 0; v < variants.Length; v++)
                Console.WriteLine($"{variants[v].Name,-42} {best[v].Cpu,11:F2} {best[v].Wall,12:F2}");
        }
        finally { Directory.Delete(dir, recursive: true); }
        return 0;
    }

    static readonly string[] SecondaryIndexes =
    [
        "ix_documents_published", "ix_documents_source_name", "ix_documents_ingested_at", "ix_entities_doc_entity", "ix_entities_kb",
        "ix_entities_type", "ix_times_date", "ix_quotes_speaker", "ix_events_doc_event", "ix_events_type", "ix_events_date",
        "ix_events_listing", "ix_participants_kb", "ix_participants_kb_doc", "ix_events_type_cover", "ix_entities_kb_roles",
    ];
}
