using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Parallax.Model;
using Parallax.Storage;
using Xunit.Abstractions;

namespace Parallax.Tests.Storage;

/// <summary>
/// Throughput on synthetic documents (3 KB of text, 12 entities, 6 events each). Bounds are loose (the test
/// machine is shared); the measured numbers are printed (dotnet test … --logger "console;verbosity=detailed").
/// </summary>
public class StorePerformanceTests(ITestOutputHelper output)
{
    static readonly string[] Types = ["CONSULT", "AGREE", "REQUEST", "SUPPORT", "THREATEN", "AID", "FIGHT", "SANCTION"];

    internal static List<Document> Synthetic(int count, int seed = 7)
    {
        var rng = new Random(seed);
        var docs = new List<Document>(count);
        for (int d = 0; d < count; d++)
        {
            var sb = new StringBuilder();
            var ents = ImmutableArray.CreateBuilder<Entity>();
            for (int e = 0; e < 12; e++)
            {
                int person = rng.Next(300);
                var name = $"Personne{person} Nom{person % 37}é";
                var mentions = ImmutableArray.CreateBuilder<Mention>();
                for (int m = 0; m < 3; m++)
                {
                    sb.Append("Selon l’agence, ");
                    int at = sb.Length;
                    sb.Append(name);
                    mentions.Add(new Mention(at, at + name.Length, name));
                    sb.Append(" a déclaré que la situation évoluait « très vite » dans la région. ");
                }
                ents.Add(new Entity { Id = $"e{e + 1}", Kb = $"Q{100000 + person}", Name = name, Type = "PERSON", Country = "FRA", Mentions = mentions.ToImmutable() });
            }
            var text = sb.ToString();
            var events = ImmutableArray.CreateBuilder<Event>();
            for (int v = 0; v < 6; v++)
            {
                var day = new DateOnly(2020, 1, 1).AddDays(rng.Next(2000));
                events.Add(new Event
                {
                    Id = $"v{v + 1}", Type = Types[rng.Next(Types.Length)],
                    Actors = [$"e{rng.Next(12) + 1}"], Targets = [$"e{rng.Next(12) + 1}"],
                    Date = rng.Next(4) == 0 ? day.ToString("yyyy-MM") : day.ToString("yyyy-MM-dd"),
                    Attributes = ImmutableDictionary<string, object?>.Empty.Add("duration", "PT1H").Add("topics", ImmutableArray.Create("a", "b")),
                    Evidence = [new TextSpan(0, 50)],
                });
            }
            docs.Add(new Document
            {
                Id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(d * 7919 + seed))),
                Source = new SourceInfo($"crawl/site{d % 20}/{d}.html", null, $"site{d % 20}"),
                Language = "fr", Published = new DateOnly(2020, 1, 1).AddDays(d % 2000), Title = $"Titre {d}",
                Text = text,
                Sentences = [new Sentence(0, 60), new Sentence(61, 120)],
                Entities = ents.ToImmutable(), Events = events.ToImmutable(),
                Times = [new TimeExpression { Start = 0, End = 5, Text = text[..5], Kind = "date", Value = "2024-03-02" }],
                Quotes = [new Quote { Start = 10, End = 30, Text = text[10..30], Speaker = "e1" }],
            });
        }
        return docs;
    }

    [Fact]
    public void Ingest_query_and_serialisation_throughput()
    {
        const int n = 2000;
        var docs = Synthetic(n);
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);

        var sw = Stopwatch.StartNew();
        foreach (var batch in docs.Chunk(200)) store.AddDocuments(batch);
        var ingest = sw.Elapsed;
        output.WriteLine($"ingest: {n} docs ({docs.Sum(d => d.Text.Length) / 1024} K chars, {n * 6} events) in {ingest.TotalMilliseconds:F0} ms = {n / ingest.TotalSeconds:F0} docs/s");

        sw.Restart();
        var dup = store.AddDocuments(docs);
        output.WriteLine($"re-ingest (all duplicates): {sw.Elapsed.TotalMilliseconds:F0} ms");
        Assert.All(dup, r => Assert.Equal(AddStatus.Duplicate, r.Status));

        void Time(string label, EventQuery q)
        {
            store.QueryEvents(q); // warm
            sw.Restart();
            int rows = 0;
            const int reps = 5;
            for (int i = 0; i < reps; i++) rows = store.QueryEvents(q).Count;
            output.WriteLine($"query {label}: {rows} rows, {sw.Elapsed.TotalMilliseconds / reps:F1} ms");
        }
        Time("actor name substring", new EventQuery { Actor = "personne17 " , Limit = 100 });
        Time("actor kb", new EventQuery { Actor = "Q100017", Limit = 100 });
        Time("type + month", new EventQuery { Type = "CONSULT", From = "2022-03", To = "2022-03", Limit = 100 });
        Time("source + year", new EventQuery { Source = "site3", From = "2021", To = "2021", Limit = 100 });
        Time("all, page 50", new EventQuery { Offset = 5000, Limit = 100 });
        Time("full text + type", new EventQuery { Text = "Nom17é", Type = "AID", Limit = 100 });

        sw.Restart();
        var streamed = store.StreamDocuments().Count();
        output.WriteLine($"stream + parse all documents: {streamed} in {sw.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(n, streamed);

        sw.Restart();
        long bytes = 0;
        foreach (var d in docs) bytes += RecordJson.SerializeToUtf8Bytes(d).Length;
        var ser = sw.Elapsed;
        output.WriteLine($"serialise: {n} docs, {bytes / 1024 / 1024.0:F1} MB in {ser.TotalMilliseconds:F0} ms = {bytes / 1024.0 / 1024 / ser.TotalSeconds:F0} MB/s");
        var lines = docs.Select(d => RecordJson.Serialize(d)).ToList();
        sw.Restart();
        foreach (var l in lines) RecordJson.DeserializeDocument(l);
        var par = sw.Elapsed;
        output.WriteLine($"deserialise: {n} docs in {par.TotalMilliseconds:F0} ms = {bytes / 1024.0 / 1024 / par.TotalSeconds:F0} MB/s");

        // Cost of the full-text index (migration 2): the same ingest into a schema-1 store, alternated.
        var v1 = DataFiles.List("Storage/data/migrations/sqlite/").Take(1)
            .Select(r => new SqliteDocumentStore.Migration(1, "0001", DataFiles.ReadAllText(r))).ToList();
        double withFts = 0, withoutFts = 0;
        for (int round = 0; round < 2; round++)
        {
            using var dbA = new TempDb();
            using var dbB = new TempDb();
            using var a = SqliteDocumentStore.Open(dbA.Path, new SqliteStoreOptions(), v1);
            using var full = SqliteDocumentStore.Open(dbB.Path);
            sw.Restart(); foreach (var batch in docs.Chunk(200)) a.AddDocuments(batch); withoutFts += sw.Elapsed.TotalMilliseconds;
            sw.Restart(); foreach (var batch in docs.Chunk(200)) full.AddDocuments(batch); withFts += sw.Elapsed.TotalMilliseconds;
        }
        output.WriteLine($"ingest without full-text index: {withoutFts / 2:F0} ms, with: {withFts / 2:F0} ms");

        var c = store.Count();
        output.WriteLine($"db size: {new FileInfo(db.Path).Length / 1024} KB + wal {(File.Exists(db.Path + "-wal") ? new FileInfo(db.Path + "-wal").Length / 1024 : 0)} KB; counts {c}");
        Assert.Equal(n, c.Documents);
        Assert.Equal(n * 6, c.Events);
        // Loose bounds (a shared 2-core machine): catches pathological regressions only.
        Assert.True(ingest < TimeSpan.FromSeconds(180), $"ingest took {ingest}");   // about 2 s idle; 62 s seen at load average 50
    }
}
