using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Parallax.Reliability;
using Parallax.Storage;
using Parallax.Tests.Cli;
using Xunit.Abstractions;

namespace Parallax.Tests.Reliability;

/// <summary>
/// Crash safety and concurrency of <c>parallax ingest</c>, driven as a child process (so they do not depend on
/// how the command is built inside): SIGKILL at random points then restart; readers during an ingest; two
/// ingests of the same corpus into one store at once. The 100-cycle run for docs/reliability.md:
/// <c>dotnet run -c Release --project bench/Parallax.Bench -- crash 100</c>.
/// </summary>
[Collection("ingest processes")]
public class CrashSafetyTests(ITestOutputHelper output)
{
    static string Cli => Path.Combine(AppContext.BaseDirectory, "parallax.dll");

    [Fact]
    public void Killing_ingest_at_random_points_loses_and_duplicates_nothing()
    {
        using var dir = new TempDir();
        var corpus = Path.Combine(dir.Path, "corpus");
        var expected = CrashCycles.WriteCorpus(corpus, 150, seed: 11);
        var result = CrashCycles.Run(Cli, corpus, expected, Path.Combine(dir.Path, "stores"), cycles: 10, seed: 5, log: output.WriteLine);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        Assert.True(result.Kills >= 5, $"only {result.Kills} of 10 cycles were killed mid-ingest");
        // Today ingest stores its first batch late in the run, so few kills land after a commit: reported, not required.
        output.WriteLine($"{result.Kills} kills, {result.KilledAfterACommit} with documents already stored");
        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.Duplicated);
        Assert.Equal(0, result.Unexpected);
        Assert.Equal(expected.Count, result.Stored);
    }

    [Fact]
    public void The_consistency_check_finds_orphans_and_half_written_documents()
    {
        using var dir = new TempDir();
        var corpus = Path.Combine(dir.Path, "corpus");
        CrashCycles.WriteCorpus(corpus, 3, seed: 12);
        var db = dir.File("s.db");
        Assert.Equal(0, CliRunner.Run("ingest", corpus, "--db", db, "-q").Exit);
        Assert.Equal(0, CliRunner.Run("check", "--db", db).Exit);
        using (var store = SqliteDocumentStore.Open(db))
            Assert.True(StoreConsistency.Check(store).Ok);

        using (var c = new SqliteConnection($"Data Source={db};Pooling=False;Foreign Keys=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            // a half-written document: its events rows are gone but its record still lists them
            cmd.CommandText = "DELETE FROM events WHERE doc = (SELECT doc FROM events LIMIT 1); " +
                              // an orphan: a time row whose document does not exist
                              "INSERT INTO times (doc, ordinal, span_start, span_end, text, kind, value, approx) VALUES (999999, 0, 0, 1, 'x', 'date', '2025', 0);";
            cmd.ExecuteNonQuery();
        }
        using (var store = SqliteDocumentStore.Open(db))
        {
            var report = StoreConsistency.Check(store);
            Assert.Contains(report.Problems, p => p.Contains("time rows without their document"));
            Assert.Contains(report.Problems, p => p.Contains("event rows differ from their record"));
            Assert.Contains(report.Problems, p => p.Contains("event(s) but the store returns"));
            Assert.Contains(report.Problems, p => p.Contains("orphan rows"));
        }
        var r = CliRunner.Run("check", "--db", db);
        Assert.Equal(1, r.Exit);
        Assert.Contains("time rows without their document", r.Err);
    }

    [Fact]
    public void Readers_during_an_ingest_see_consistent_data()
    {
        using var dir = new TempDir();
        var corpus = Path.Combine(dir.Path, "corpus");
        var expected = CrashCycles.WriteCorpus(corpus, 150, seed: 13);
        var db = dir.File("s.db");
        SqliteDocumentStore.Open(db).Dispose();   // the schema exists before readers start
        using var ingest = Process.Start(CrashCycles.IngestCommand(Cli, corpus, db))!;
        ingest.StandardInput.Close();
        var err = ingest.StandardError.ReadToEndAsync();
        _ = ingest.StandardOutput.ReadToEndAsync();
        int snapshots = 0, cliReads = 0;
        long last = 0;
        var clock = Stopwatch.StartNew();
        while (!ingest.HasExited && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            using (var store = SqliteDocumentStore.Open(db, new SqliteStoreOptions { ReadOnly = true }))
            {
                var report = StoreConsistency.Check(store, quiescent: false);
                Assert.True(report.Ok, string.Join("\n", report.Problems));
                Assert.True(report.Documents >= last, $"documents went from {last} to {report.Documents}");
                last = report.Documents;
                snapshots++;
            }
            if (snapshots % 3 == 1)
            {
                var r = CliRunner.Run("events", "--db", db, "--json", "--limit", "100000");
                Assert.True(r.Exit == 0, r.Err);
                foreach (var line in r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    Assert.Contains("\"document\"", line);
                var check = CliRunner.Run("check", "--db", db, "--live", "-q");
                Assert.True(check.Exit == 0, check.Err + check.Out);
                cliReads++;
            }
        }
        ingest.WaitForExit();
        Assert.True(ingest.ExitCode == 0, err.Result);
        output.WriteLine($"{snapshots} snapshots and {cliReads} CLI reads during the ingest");
        Assert.True(snapshots >= 2, "the ingest finished before any reader ran");
        using var final = SqliteDocumentStore.Open(db, new SqliteStoreOptions { ReadOnly = true });
        var finalReport = StoreConsistency.Check(final);
        Assert.True(finalReport.Ok, string.Join("\n", finalReport.Problems));
        Assert.Equal(expected.Count, finalReport.Documents);
    }

    [Fact]
    public void Two_ingests_into_one_store_at_once_store_each_document_once()
    {
        using var dir = new TempDir();
        var corpus = Path.Combine(dir.Path, "corpus");
        var expected = CrashCycles.WriteCorpus(corpus, 120, seed: 14);
        var db = dir.File("s.db");
        var runs = Enumerable.Range(0, 2).Select(_ =>
        {
            var p = Process.Start(CrashCycles.IngestCommand(Cli, corpus, db))!;
            p.StandardInput.Close();
            return (Process: p, Err: p.StandardError.ReadToEndAsync(), Out: p.StandardOutput.ReadToEndAsync());
        }).ToList();
        foreach (var (p, err, _) in runs)
        {
            Assert.True(p.WaitForExit(TimeSpan.FromMinutes(5)), "ingest did not finish");
            Assert.True(p.ExitCode == 0, err.Result);
            p.Dispose();
        }
        var (count, ids, problems) = CrashCycles.Inspect(db, expected);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(expected.Count, count);
        Assert.True(expected.SetEquals(ids));
    }
}
