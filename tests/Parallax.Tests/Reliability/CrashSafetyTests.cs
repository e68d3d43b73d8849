using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Parallax.Reliability;
using Parallax.Storage;
using Parallax.Tests.Cli;
using Parallax.Tests.Storage;
using Xunit.Abstractions;

namespace Parallax.Tests.Reliability;

/// <summary>
/// Crash safety and concurrency of <c>parallax ingest</c>, driven as a child process (so they do not depend on
/// how the command is built inside): SIGKILL at random points then restart; readers during an ingest; two
/// ingests of the same corpus into one store at once. Each runs on SQLite and on PostgreSQL (a fresh database per
/// store on the server named by $PARALLAX_TEST_PG, dropped at the end; see <see cref="PostgresBackend"/>: an
/// unreachable server fails these tests, PARALLAX_TEST_PG=skip skips them). The 100-cycle run for
/// docs/reliability.md: <c>dotnet run -c Release --project bench/Parallax.Bench -- crash 100 [--pg SERVER]</c>.
/// </summary>
[Collection("ingest processes")]
public class CrashSafetyTests(ITestOutputHelper output)
{
    static string Cli => Path.Combine(AppContext.BaseDirectory, "parallax.dll");

    /// <summary>Where the stores of one test live: SQLite files in a temporary folder, or scratch PostgreSQL databases.</summary>
    sealed class Stores : IDisposable
    {
        readonly TempDir _dir = new();
        readonly ScratchPostgres? _pg;
        int _n;

        public Stores(string backend)
        {
            if (backend == "postgres")
            {
                var setting = Environment.GetEnvironmentVariable(PostgresBackend.Variable);
                Skip.If(string.Equals(setting?.Trim(), "skip", StringComparison.OrdinalIgnoreCase), $"{PostgresBackend.Variable}=skip: PostgreSQL not tested");
                try { _pg = new ScratchPostgres(string.IsNullOrWhiteSpace(setting) ? PostgresBackend.DefaultServer : setting); }
                catch (StoreException e)
                {
                    _dir.Dispose();
                    throw new InvalidOperationException($"The PostgreSQL crash and concurrency tests need a server: {e.Message} "
                        + $"Start one (bash .ci/postgres.sh prints the connection string to export as {PostgresBackend.Variable}), or set {PostgresBackend.Variable}=skip.", e);
                }
            }
            else if (backend != "sqlite") throw new ArgumentException(backend);
        }

        public string Dir => _dir.Path;
        public string New() => _pg?.Create() ?? Path.Combine(_dir.Path, $"store-{Interlocked.Increment(ref _n)}.db");

        public void Dispose()
        {
            _pg?.Dispose();
            _dir.Dispose();
        }
    }

    [SkippableTheory]
    [InlineData("sqlite", 10, 5)]
    [InlineData("postgres", 5, 2)]
    public void Killing_ingest_at_random_points_loses_and_duplicates_nothing(string backend, int cycles, int minKills)
    {
        using var stores = new Stores(backend);
        var corpus = Path.Combine(stores.Dir, "corpus");
        var expected = CrashCycles.WriteCorpus(corpus, 150, seed: 11);
        var result = CrashCycles.Run(Cli, corpus, expected, Path.Combine(stores.Dir, "stores"), cycles, seed: 5, log: output.WriteLine, newStore: stores.New);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        Assert.True(result.Kills >= minKills, $"only {result.Kills} of {cycles} cycles were killed mid-ingest");
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

    [SkippableFact]
    public void The_postgres_consistency_check_finds_orphans_half_written_documents_and_bad_records()
    {
        using var stores = new Stores("postgres");
        var corpus = Path.Combine(stores.Dir, "corpus");
        CrashCycles.WriteCorpus(corpus, 3, seed: 12);
        var db = stores.New();
        Assert.Equal(0, CliRunner.Run("ingest", corpus, "--db", db, "-q").Exit);
        Assert.Equal(0, CliRunner.Run("check", "--db", db).Exit);
        using (var store = DocumentStores.Open(db))
        {
            Assert.IsAssignableFrom<IStoreIntegrity>(store);
            Assert.True(StoreConsistency.Check(store).Ok);
        }

        void Sql(string sql)
        {
            using var c = new Npgsql.NpgsqlConnection(PostgresDocumentStore.ParseConnectionString(db).ConnectionString);
            c.Open();
            using var cmd = new Npgsql.NpgsqlCommand(sql, c);
            cmd.ExecuteNonQuery();
        }
        // a half-written document: its events rows are gone but its record still lists them; an orphan time row
        Sql("DELETE FROM events WHERE doc = (SELECT doc FROM events LIMIT 1); "
            + "INSERT INTO times (doc, ordinal, span_start, span_end, text, kind, value, approx) VALUES (999999, 0, 0, 1, 'x', 'date', '2025', false);");
        using (var store = DocumentStores.Open(db))
        {
            var report = StoreConsistency.Check(store);
            Assert.Contains(report.Problems, p => p.Contains("time rows without their document (orphans): 1"));
            Assert.Contains(report.Problems, p => p.Contains("event rows differ from their record (half-written): 1"));
            Assert.Contains(report.Problems, p => p.Contains("event(s) but the store returns"));
            Assert.Contains(report.Problems, p => p.Contains("orphan rows"));
        }
        var r = CliRunner.Run("check", "--db", db);
        Assert.Equal(1, r.Exit);
        Assert.Contains("time rows without their document", r.Err);

        // a record that is not JSON: reported by the checks that read records, the others still run
        Sql("UPDATE documents SET record = 'not json' WHERE key = (SELECT min(key) FROM documents);");
        using (var store = (PostgresDocumentStore)DocumentStores.Open(db))
        {
            var problems = store.CheckIntegrity();
            Assert.Contains(problems, p => p.Contains("record is not valid JSON") && p.Contains("cannot be read as JSON"));
            Assert.Contains(problems, p => p.Contains("time rows without their document (orphans): 1"));
        }
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Readers_during_an_ingest_see_consistent_data(string backend)
    {
        using var stores = new Stores(backend);
        var corpus = Path.Combine(stores.Dir, "corpus");
        // enough documents, analysed by one worker, that the ingest outlasts several reads even on a fast machine
        var expected = CrashCycles.WriteCorpus(corpus, 600, seed: 13);
        var db = stores.New();
        DocumentStores.Open(db).Dispose();   // the schema exists before readers start
        using var ingest = Process.Start(CrashCycles.IngestCommand(Cli, corpus, db, "--workers", "1"))!;
        ingest.StandardInput.Close();
        var err = ingest.StandardError.ReadToEndAsync();
        _ = ingest.StandardOutput.ReadToEndAsync();
        int snapshots = 0, cliReads = 0;
        long last = 0;
        var clock = Stopwatch.StartNew();
        while (!ingest.HasExited && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            using (var store = DocumentStores.Open(db, readOnly: true))
            {
                var report = StoreConsistency.Check(store, quiescent: false);
                Assert.True(report.Ok, string.Join("\n", report.Problems));
                Assert.True(report.Documents >= last, $"documents went from {last} to {report.Documents}");
                last = report.Documents;
                snapshots++;
            }
            if (snapshots % 3 == 2)   // the cheap snapshot comes first, so a quick ingest still meets two of them
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
        using var final = DocumentStores.Open(db, readOnly: true);
        var finalReport = StoreConsistency.Check(final);
        Assert.True(finalReport.Ok, string.Join("\n", finalReport.Problems));
        Assert.Equal(expected.Count, finalReport.Documents);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Two_ingests_into_one_store_at_once_store_each_document_once(string backend)
    {
        using var stores = new Stores(backend);
        var corpus = Path.Combine(stores.Dir, "corpus");
        var expected = CrashCycles.WriteCorpus(corpus, 120, seed: 14);
        var db = stores.New();
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
