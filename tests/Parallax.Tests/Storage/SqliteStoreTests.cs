using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Parallax.Model;
using Parallax.Storage;
using static Parallax.Tests.Storage.TestDocs;
using static Parallax.Tests.Storage.StoreSamples;

namespace Parallax.Tests.Storage;

public class SqliteStoreTests
{
    static SqliteDocumentStore Seeded(TempDb db)
    {
        var store = SqliteDocumentStore.Open(db.Path);
        store.AddDocuments([Putin1(), Macron(), English()]);
        return store;
    }

    // ------------------------------------------------------------ schema and opening

    [Fact]
    public void Open_creates_the_schema_in_wal_mode_and_reopens()
    {
        using var db = new TempDb();
        using (var store = SqliteDocumentStore.Open(db.Path))
        {
            Assert.Equal(SqliteDocumentStore.LatestSchemaVersion, store.SchemaVersion);
            Assert.True(store.SchemaVersion >= 1);
            Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0, 0, 0), store.Count());
            store.AddDocuments([Putin1()]);
        }
        using (var raw = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            raw.Open();
            using var c = raw.CreateCommand();
            c.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", (string)c.ExecuteScalar()!);
            c.CommandText = "PRAGMA application_id;";
            Assert.Equal((long)SqliteDocumentStore.ApplicationId, (long)c.ExecuteScalar()!);
            c.CommandText = "SELECT count(*), max(version) FROM schema_version;";
            using var r = c.ExecuteReader();
            r.Read();
            Assert.Equal(SqliteDocumentStore.LoadEmbeddedMigrations().Count, r.GetInt32(0));
            Assert.Equal(SqliteDocumentStore.LatestSchemaVersion, r.GetInt32(1));
        }
        using (var again = SqliteDocumentStore.Open(db.Path))
        {
            Assert.Equal(1, again.Count().Documents);
            Assert.Equal(SqliteDocumentStore.LatestSchemaVersion, again.SchemaVersion);
        }
    }

    [Fact]
    public void Empty_file_is_initialised_and_missing_folders_are_created()
    {
        using var db = new TempDb();
        File.WriteAllBytes(db.Path, []);
        using (var store = SqliteDocumentStore.Open(db.Path)) Assert.Equal(0, store.Count().Documents);
        var nested = Path.Combine(db.Dir, "a", "b", "p.db");
        using (var store = SqliteDocumentStore.Open(nested)) Assert.True(File.Exists(nested));
    }

    [Fact]
    public void Newer_schema_is_refused_with_a_clear_message()
    {
        using var db = new TempDb();
        using (SqliteDocumentStore.Open(db.Path)) { }
        using (var raw = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            raw.Open();
            using var c = raw.CreateCommand();
            c.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (999, '0999_future', '2030-01-01');";
            c.ExecuteNonQuery();
        }
        var ex = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(db.Path));
        Assert.Equal(StoreErrorKind.NewerSchema, ex.Kind);
        Assert.Contains("999", ex.Message);
        Assert.Contains("Upgrade Parallax", ex.Message);
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_reported_as_corrupt()
    {
        using var db = new TempDb();
        File.WriteAllText(db.Path, "this is a text file, not a database at all. it is long enough to have a header.");
        var ex = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(db.Path));
        Assert.Equal(StoreErrorKind.Corrupt, ex.Kind);
        Assert.Contains("not a Parallax database", ex.Message);
    }

    [Fact]
    public void A_damaged_sqlite_file_is_reported_as_corrupt()
    {
        using var db = new TempDb();
        using (var s = SqliteDocumentStore.Open(db.Path)) s.AddDocuments([Putin1()]);
        // Keep the 16-byte magic, wreck the rest of the header and the first pages.
        var bytes = File.ReadAllBytes(db.Path);
        for (int i = 16; i < Math.Min(bytes.Length, 8192); i++) bytes[i] = 0xA5;
        File.WriteAllBytes(db.Path, bytes);
        var ex = Assert.Throws<StoreException>(() => { using var s = SqliteDocumentStore.Open(db.Path); s.Count(); });
        Assert.Equal(StoreErrorKind.Corrupt, ex.Kind);
        Assert.Contains("damaged", ex.Message);
    }

    [Fact]
    public void Another_applications_database_is_not_touched()
    {
        using var db = new TempDb();
        using (var raw = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            raw.Open();
            using var c = raw.CreateCommand();
            c.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);";
            c.ExecuteNonQuery();
        }
        var ex = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(db.Path));
        Assert.Equal(StoreErrorKind.NotParallax, ex.Kind);
    }

    [Fact]
    public void Read_only_store_reads_but_does_not_write_or_create()
    {
        using var db = new TempDb();
        var missing = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions { ReadOnly = true }));
        Assert.Equal(StoreErrorKind.CannotOpen, missing.Kind);
        Assert.False(File.Exists(db.Path));
        using (Seeded(db)) { }
        using var ro = SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions { ReadOnly = true });
        Assert.Equal(3, ro.Count().Documents);
        Assert.Throws<InvalidOperationException>(() => ro.AddDocuments([Putin1()]));
    }

    [Fact]
    public void Default_path_honours_the_environment_variable()
    {
        var old = Environment.GetEnvironmentVariable(SqliteDocumentStore.PathVariable);
        try
        {
            Environment.SetEnvironmentVariable(SqliteDocumentStore.PathVariable, "/tmp/somewhere/my.db");
            Assert.Equal("/tmp/somewhere/my.db", SqliteDocumentStore.DefaultPath());
            Environment.SetEnvironmentVariable(SqliteDocumentStore.PathVariable, null);
            var p = SqliteDocumentStore.DefaultPath();
            Assert.EndsWith(Path.Combine("parallax", "parallax.db"), p);
            Assert.StartsWith(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), p);
        }
        finally { Environment.SetEnvironmentVariable(SqliteDocumentStore.PathVariable, old); }
    }

    // ------------------------------------------------------------ ingest

    // ------------------------------------------------------------ documents

    // ------------------------------------------------------------ events

    static string[] Keys(IEnumerable<EventRow> rows) => rows.Select(r => $"{r.SourceName}:{r.Event.Id}").ToArray();

    // ------------------------------------------------------------ stories

    // ------------------------------------------------------------ concurrency

    [Fact]
    public void A_held_write_lock_gives_a_clear_locked_error()
    {
        using var db = new TempDb();
        using (Seeded(db)) { }
        using var raw = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        raw.Open();
        using var tx = raw.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: holds the write lock
        using var store = SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(300) });
        Assert.Equal(3, store.Count().Documents); // reading still works
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var ex = Assert.Throws<StoreException>(() => store.AddDocuments([Rich()]));
        Assert.Equal(StoreErrorKind.Locked, ex.Kind);
        Assert.Contains("locked by another process", ex.Message);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10));
        tx.Rollback();
        Assert.Equal(AddStatus.Added, store.AddDocuments([Rich()])[0].Status);
    }
}

public class MigrationTests
{

    [Fact]
    public void Migrations_are_numbered_once_each_and_may_skip_a_reserved_range()
    {
        Assert.Throws<InvalidOperationException>(() => SqliteDocumentStore.CheckMigrations(
            [new(1, "0001_a", "SELECT 1;"), new(1, "0001_b", "SELECT 1;")]));
        Assert.Throws<InvalidOperationException>(() => SqliteDocumentStore.CheckMigrations([new(0, "0000_a", "SELECT 1;")]));
        Assert.Equal([1, 2], SqliteDocumentStore.CheckMigrations([new(2, "0002_b", "SELECT 1;"), new(1, "0001_a", "SELECT 1;")]).Select(m => m.Version));
        Assert.Equal([1, 3], SqliteDocumentStore.CheckMigrations([new(3, "0003_c", "SELECT 1;"), new(1, "0001_a", "SELECT 1;")]).Select(m => m.Version));
    }

    [Fact]
    public void A_migration_numbered_below_the_applied_ones_is_applied_when_missing()
    {
        using var tmp = new Parallax.Tests.Cli.TempDir();
        var path = tmp.File("m.db");
        var all = SqliteDocumentStore.LoadEmbeddedMigrations();
        int top = all[^1].Version;
        var later = new SqliteDocumentStore.Migration(top + 5, $"{top + 5:D4}_later", "CREATE TABLE later (x INTEGER);");
        using (var s = SqliteDocumentStore.Open(path, new SqliteStoreOptions(), [.. all, later])) Assert.Equal(top + 5, s.SchemaVersion);
        // another line of work's migration, numbered in the gap, merged afterwards
        var merged = new SqliteDocumentStore.Migration(top + 2, $"{top + 2:D4}_merged", "CREATE TABLE merged (x INTEGER);");
        using (var s = SqliteDocumentStore.Open(path, new SqliteStoreOptions(), SqliteDocumentStore.CheckMigrations([.. all, merged, later])))
        {
            Assert.Equal(top + 5, s.SchemaVersion);
            s.AddDocuments([TestDocs.Rich()]);
        }
        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        check.Open();
        using var cmd = check.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM merged; SELECT count(*) FROM schema_version;";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.True(r.NextResult() && r.Read());
        Assert.Equal(all.Count + 2, r.GetInt32(0));
    }
}

public class StoreExtrasTests
{
    [Fact]
    public void In_memory_store_works_including_streaming()
    {
        using var store = SqliteDocumentStore.Open(":memory:");
        store.AddDocuments([TestDocs.Rich()]);
        Assert.Equal(1, store.Count().Documents);
        Assert.Single(store.StreamDocuments());
        using var other = SqliteDocumentStore.Open(":memory:");
        Assert.Equal(0, other.Count().Documents); // each in-memory store is private
    }
}

public class FullTextTests
{
    [Theory]
    [InlineData("ukraine", "\"ukraine\"")]
    [InlineData("cessez-le-feu Kremlin", "\"cessez le feu\" AND \"Kremlin\"")]
    [InlineData("l’Ukraine", "\"l Ukraine\"")]
    [InlineData("\"président russe\" négoc*", "\"président russe\" AND \"négoc\"*")]
    [InlineData("« très vite »", "\"très vite\"")]
    [InlineData("NEAR(a b) OR \"x", "\"NEAR a\" AND \"b\" AND \"OR\" AND \"x\"")]
    public void User_text_becomes_a_safe_fts_query(string text, string expected) =>
        Assert.Equal(expected, FullTextQuery.Build(text));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("-- ’ \"\"")]
    public void Text_without_words_gives_no_query(string text) => Assert.Null(FullTextQuery.Build(text));
}

public class StorePathTests
{
    [Fact]
    public void A_folder_is_not_a_database()
    {
        using var db = new TempDb();
        var ex = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(db.Dir));
        Assert.Equal(StoreErrorKind.CannotOpen, ex.Kind);
        Assert.Contains("is a folder", ex.Message);
    }

    [Fact]
    public void A_leading_tilde_is_the_home_folder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var name = $"parallax-test-{Guid.NewGuid():N}.db";
        var expected = Path.Combine(home, name);
        try
        {
            using var store = SqliteDocumentStore.Open("~/" + name);
            Assert.Equal(expected, store.Location);
        }
        finally
        {
            foreach (var f in new[] { expected, expected + "-wal", expected + "-shm" }) File.Delete(f);
        }
    }
}

/// <summary>The ingest write path: prepared statements kept across batches, lookups that do not wait for the writer.</summary>
public class SqliteWritePathTests
{
    /// <summary>A batch whose enumeration stops after its first document until released (the writer holds the store meanwhile).</summary>
    sealed class HeldBatch(Document first, Document second) : IReadOnlyCollection<Document>
    {
        public readonly ManualResetEventSlim Inside = new(), Release = new();
        public int Count => 2;
        public IEnumerator<Document> GetEnumerator()
        {
            yield return first;
            Inside.Set();
            Release.Wait(TimeSpan.FromSeconds(60));
            yield return second;
        }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public async Task Contains_answers_while_a_batch_is_being_written_and_sees_only_committed_documents()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        store.AddDocuments([Putin1()]);
        var batch = new HeldBatch(Macron(), English());
        var writer = Task.Run(() => store.AddDocuments(batch));
        try
        {
            Assert.True(batch.Inside.Wait(TimeSpan.FromSeconds(60)), "the writer never started its batch");
            // the writer is inside its transaction, holding the store: the ingest's reader must not wait for it
            var sw = System.Diagnostics.Stopwatch.StartNew();
            Assert.True(store.Contains(Putin1().Id));
            Assert.False(store.Contains(Macron().Id));   // written, not committed yet
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"Contains waited {sw.Elapsed.TotalSeconds:F1} s for the writer");
            Assert.False(writer.IsCompleted);
        }
        finally { batch.Release.Set(); }
        Assert.All(await writer, r => Assert.Equal(AddStatus.Added, r.Status));
        Assert.True(store.Contains(Macron().Id));
        Assert.True(store.Contains(English().Id));
    }

    [Fact]
    public void Batches_reuse_their_statements_across_transactions_and_after_a_failed_one()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        store.AddDocuments([Putin1()]);
        // a batch that fails half-way rolls back; the next batches still store (the kept statements are usable)
        Assert.Throws<ArgumentException>(() => store.AddDocuments([Macron(), Putin1() with { Id = "" }]));
        Assert.False(store.Contains(Macron().Id));
        store.AddDocuments([Macron()]);
        store.AddDocuments([English(), Putin1()]);
        Assert.Equal(3, store.Count().Documents);
        Assert.True(store.RemoveDocument(Macron().Id));
        store.AddDocuments([Macron()], DuplicatePolicy.Replace);
        Assert.Equal(3, store.Count().Documents);
        Assert.Equal(Macron().Text, store.GetDocument(Macron().Id)!.Text);
    }
}
