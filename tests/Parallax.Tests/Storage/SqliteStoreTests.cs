using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Parallax.Model;
using Parallax.Storage;
using static Parallax.Tests.Storage.TestDocs;

namespace Parallax.Tests.Storage;

public class SqliteStoreTests
{
    static readonly (string, string?, string, string, string?, string[])[] NoEntities = [];

    static Document Putin1() => Make(
        "Vladimir Poutine a parlé avec Donald Trump. Le Kremlin a confirmé. Poutine a aussi menacé l’Ukraine.",
        "portailinfo", new DateOnly(2025, 2, 12),
        [("e1", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Vladimir Poutine", "Poutine"]),
         ("e2", "Q22686", "Donald Trump", "PERSON", "USA", ["Donald Trump"]),
         ("e3", "Q212", "Ukraine", "LOCATION", "UKR", ["Ukraine"]),
         ("e4", "Q1061", "Moscow Kremlin", "ORGANIZATION", "RUS", ["Kremlin"])],
        [Ev("v1", "CONSULT", ["e1", "e2"], date: "2025-02-12", mode: "phone") with { ReportedBy = ["e4"] },
         Ev("v2", "THREATEN", ["e1"], ["e3"], date: "2025-02")],
        title: "Poutine et Trump discutent");

    static Document Macron() => Make(
        "Emmanuel Macron a reçu Olaf Scholz à l’Élysée. Ils ont signé un accord en 2024.",
        "Le Monde", new DateOnly(2024, 6, 1),
        [("e1", "Q3052772", "Emmanuel Macron", "PERSON", "FRA", ["Emmanuel Macron"]),
         ("e2", "Q61053", "Olaf Scholz", "PERSON", "DEU", ["Olaf Scholz"]),
         ("e3", null, "Élysée", "LOCATION", "FRA", ["Élysée"])],
        [Ev("v1", "CONSULT", ["e1", "e2"], date: "2024-05-30", mode: "visit") with { Location = "e3" },
         Ev("v2", "AGREE", ["e1", "e2"], date: "2024"),
         Ev("v3", "AID", ["e2"], ["e1"])],
        path: "crawl/lemonde/2024/macron.html");

    static Document English() => Make(
        "Joe Biden spoke to Vladimir Putin on 12 February 2022. Putin denied any plan to invade.",
        "Reuters", new DateOnly(2022, 2, 13),
        [("e1", "Q6279", "Joe Biden", "PERSON", "USA", ["Joe Biden"]),
         ("e2", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Vladimir Putin", "Putin"])],
        [Ev("v1", "CONSULT", ["e1", "e2"], date: "2022-02-12", mode: "phone"),
         Ev("v2", "FIGHT", ["e2"], date: "2022-W07") with { Status = EventStatus.Denied }],
        language: "en");

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
            Assert.Equal(SqliteDocumentStore.LatestSchemaVersion, r.GetInt32(0));
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

    [Fact]
    public void Adding_the_same_document_twice_stores_it_once()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        var doc = Putin1();
        var first = store.AddDocuments([doc, Macron()]);
        Assert.Equal([AddStatus.Added, AddStatus.Added], first.Select(r => r.Status));
        Assert.True(first[0].IsNew);
        var counts = store.Count();

        var second = store.AddDocuments([English(), doc, English()]);
        Assert.Equal([AddStatus.Added, AddStatus.Duplicate, AddStatus.Duplicate], second.Select(r => r.Status));
        Assert.Equal(doc.Id, second[1].Id);
        Assert.False(second[1].IsNew);
        var after = store.Count();
        Assert.Equal(counts.Documents + 1, after.Documents);
        Assert.Equal(counts.Events + English().Events.Length, after.Events);
        Assert.Equal(counts.Entities + English().Entities.Length, after.Entities);
    }

    [Fact]
    public void Replace_policy_swaps_the_facts()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        var doc = Putin1();
        store.AddDocuments([doc]);
        var reprocessed = doc with { Events = [doc.Events[0]], Title = "Nouveau titre" };
        var r = store.AddDocuments([reprocessed], DuplicatePolicy.Replace);
        Assert.Equal(AddStatus.Replaced, r[0].Status);
        Assert.Equal(1, store.Count().Documents);
        Assert.Equal(1, store.Count().Events);
        Assert.Equal("Nouveau titre", store.GetDocument(doc.Id)!.Title);
        Assert.Empty(store.QueryEvents(new EventQuery { Type = "THREATEN" }));
    }

    [Fact]
    public void A_failing_batch_stores_nothing()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        IEnumerable<Document> Batch()
        {
            yield return Putin1();
            yield return Macron();
            throw new InvalidOperationException("pipeline failed");
        }
        Assert.Throws<InvalidOperationException>(() => store.AddDocuments(Batch()));
        Assert.Equal(0, store.Count().Documents);
        Assert.Equal(0, store.Count().Events);
        // The store is still usable afterwards.
        Assert.Equal(AddStatus.Added, store.AddDocument(Putin1()).Status);
    }

    [Fact]
    public void The_input_sequence_may_consult_the_store()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        store.AddDocuments([Putin1()]);
        // A pipeline that skips inputs already stored, evaluated lazily by AddDocuments.
        var wanted = new[] { Putin1(), Macron(), English() }.Where(d => !store.Contains(d.Id));
        var res = store.AddDocuments(wanted);
        Assert.Equal([Macron().Id, English().Id], res.Select(r => r.Id));
        Assert.True(store.Contains(English().Id));
        Assert.False(store.Contains(English().Id[..10]));
    }

    [Fact]
    public void Counts_cover_every_table()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        store.AddDocuments([Putin1(), Macron(), English(), Rich()]);
        store.ReplaceStories([new Story { Id = "s1", Title = "t", Documents = [Putin1().Id] }]);
        var c = store.Count();
        Assert.Equal(4, c.Documents);
        Assert.Equal(4 + 3 + 2 + 2, c.Entities);
        Assert.Equal(2 + 3 + 2 + 2, c.Events);
        Assert.Equal(5 + 3 + 3 + 3, c.Mentions);
        Assert.Equal(2, c.Times);
        Assert.Equal(2, c.Quotes);
        Assert.Equal(1, c.Stories);
        // Putin, Trump, Ukraine, Kremlin, Macron, Scholz, Biden (Putin and Trump recur; Élysée has no kb).
        Assert.Equal(7, c.DistinctKbEntities);
    }

    // ------------------------------------------------------------ documents

    [Fact]
    public void Documents_are_found_by_id_or_unique_prefix()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        var a = Putin1() with { Id = "abcdef0123" + new string('0', 54) };
        var b = Macron() with { Id = "abcdef0456" + new string('0', 54) };
        store.AddDocuments([a, b, English()]);

        Assert.Equal(a.Id, store.GetDocument(a.Id)!.Id);
        Assert.Equal(a.Id, store.GetDocument("abcdef01")!.Id);
        Assert.Equal(a.Id, store.GetDocument("ABCDEF01")!.Id);
        Assert.Equal(English().Id, store.ResolveId(English().Id[..6]));
        Assert.Null(store.GetDocument("ffffff99"));
        var amb = Assert.Throws<AmbiguousIdException>(() => store.GetDocument("abcdef0"));
        Assert.Equal(StoreErrorKind.AmbiguousId, amb.Kind);
        Assert.Equal(2, amb.Candidates.Count);
        Assert.Contains("ambiguous", amb.Message);
        Assert.Contains("abcdef0123", amb.Message);
        var shortEx = Assert.Throws<ArgumentException>(() => store.GetDocument("abc"));
        Assert.Contains("at least 6", shortEx.Message);
    }

    [Fact]
    public void Stored_documents_round_trip_exactly()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        var doc = Rich();
        store.AddDocuments([doc]);
        var back = store.GetDocument(doc.Id)!;
        Assert.Equal(RecordJson.Serialize(doc), RecordJson.Serialize(back));
        Assert.Equal([RecordJson.Serialize(doc)], store.StreamRecords().ToArray());
    }

    [Fact]
    public void Documents_are_listed_filtered_and_paged()
    {
        using var db = new TempDb();
        using var store = Seeded(db);
        var all = store.ListDocuments();
        Assert.Equal(["Reuters", "Le Monde", "portailinfo"], all.Select(d => d.Source.Name));
        Assert.Equal(2, all[2].EventCount);
        Assert.Equal(4, all[2].EntityCount);
        Assert.Equal(["portailinfo", "Le Monde", "Reuters"], store.ListDocuments(new DocumentQuery { Descending = true }).Select(d => d.Source.Name));
        Assert.Equal(["Le Monde"], store.ListDocuments(new DocumentQuery { Source = "lemonde" }).Select(d => d.Source.Name)); // path
        Assert.Equal(["Le Monde"], store.ListDocuments(new DocumentQuery { Source = "LE MONDE" }).Select(d => d.Source.Name));
        Assert.Equal(["en"], store.ListDocuments(new DocumentQuery { Language = "EN" }).Select(d => d.Language));
        Assert.Equal(["Le Monde", "portailinfo"], store.ListDocuments(new DocumentQuery { From = "2024" }).Select(d => d.Source.Name));
        Assert.Equal(["Reuters", "Le Monde"], store.ListDocuments(new DocumentQuery { To = "2024-06" }).Select(d => d.Source.Name));
        Assert.Equal(["portailinfo"], store.ListDocuments(new DocumentQuery { Title = "poutine" }).Select(d => d.Source.Name));
        Assert.Equal(["Reuters", "portailinfo"], store.ListDocuments(new DocumentQuery { Entity = "Q7747" }).Select(d => d.Source.Name));
        Assert.Equal(["Le Monde"], store.ListDocuments(new DocumentQuery { Entity = "elysee" }).Select(d => d.Source.Name));
        Assert.Equal(["Le Monde"], store.ListDocuments(new DocumentQuery { Offset = 1, Limit = 1 }).Select(d => d.Source.Name));
        Assert.Equal(2, store.CountDocuments(new DocumentQuery { From = "2024-01-01" }));
        Assert.Equal(["Reuters", "portailinfo"], store.StreamDocuments(new DocumentQuery { Entity = "putin" }).Select(d => d.Source.Name));
        Assert.Throws<ArgumentException>(() => store.StreamDocuments(new DocumentQuery { From = "someday" })); // checked eagerly
        Assert.Throws<ArgumentException>(() => store.StreamRecords(new DocumentQuery { Text = "…" }));
        Assert.True(store.RemoveDocument(English().Id));
        Assert.False(store.RemoveDocument(English().Id));
        Assert.Equal(2, store.Count().Documents);
        Assert.Equal(5, store.Count().Events);
    }

    // ------------------------------------------------------------ events

    static string[] Keys(IEnumerable<EventRow> rows) => rows.Select(r => $"{r.SourceName}:{r.Event.Id}").ToArray();

    [Fact]
    public void Events_are_filtered_by_actor_name_surface_form_or_kb()
    {
        using var db = new TempDb();
        using var store = Seeded(db);
        string[] putin = ["Reuters:v1", "Reuters:v2", "portailinfo:v2", "portailinfo:v1"];
        Assert.Equal(putin, Keys(store.QueryEvents(new EventQuery { Actor = "Vladimir Putin" })));
        Assert.Equal(putin, Keys(store.QueryEvents(new EventQuery { Actor = "putin" })));
        Assert.Equal(putin, Keys(store.QueryEvents(new EventQuery { Actor = "Q7747" })));
        Assert.Equal(putin, Keys(store.QueryEvents(new EventQuery { Actor = "q7747" })));
        Assert.Equal(["portailinfo:v2", "portailinfo:v1"], Keys(store.QueryEvents(new EventQuery { Actor = "POUTINE" }))); // French surface form
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "Q77" })); // kb ids match exactly
        Assert.Equal(putin, Keys(store.QueryEvents(new EventQuery { Actor = "vlad" })));         // word start
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "ladimir" }));                  // not inside a word
        Assert.Equal(putin, Keys(store.QueryEvents(new EventQuery { Actor = "  Vladimir putin " })));
        Assert.Equal(["Le Monde:v3"], Keys(store.QueryEvents(new EventQuery { Target = "macron" })));
        Assert.Equal(["Le Monde:v2", "Le Monde:v1", "Le Monde:v3"], Keys(store.QueryEvents(new EventQuery { Participant = "EMMANUEL" })));
        Assert.Equal(["portailinfo:v2"], Keys(store.QueryEvents(new EventQuery { Target = "ukraine" })));

        var row = store.QueryEvents(new EventQuery { Actor = "trump" }).Single();
        Assert.Equal(Putin1().Id, row.DocumentId);
        Assert.Equal(["Vladimir Putin", "Donald Trump"], row.Actors.ToArray());
        Assert.Empty(row.Targets);
        Assert.Equal(["Moscow Kremlin"], row.ReportedBy.ToArray());
        Assert.Equal("portailinfo", row.SourceName);
        Assert.Equal("Poutine et Trump discutent", row.Title);
        Assert.Equal(new DateOnly(2025, 2, 12), row.Published);
        Assert.Equal("phone", row.Event.Mode);
        Assert.Equal(["e1", "e2"], row.Event.Actors.ToArray());
        var visit = store.QueryEvents(new EventQuery { Actor = "scholz", Type = "consult" }).Single();
        Assert.Equal("Élysée", visit.Location);
    }

    [Fact]
    public void Accents_are_ignored_in_actor_and_source_filters()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        store.AddDocuments([Make("Le général Sébastien Lecornu a rencontré Pedro Sánchez.", "Libération", new DateOnly(2025, 1, 3),
            [("e1", null, "Sébastien Lecornu", "PERSON", "FRA", ["Sébastien Lecornu"]), ("e2", null, "Pedro Sánchez", "PERSON", "ESP", ["Pedro Sánchez"])],
            [Ev("v1", "CONSULT", ["e1", "e2"], date: "2025-01-02")])]);
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "sebastien" }));
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "SÉBASTIEN LECORNU" }));
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "sanchez" }));
        Assert.Single(store.QueryEvents(new EventQuery { Source = "liberation" }));
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "lecornu", Source = "monde" }));
    }

    [Fact]
    public void Events_are_filtered_by_type_mode_status_source_and_document()
    {
        using var db = new TempDb();
        using var store = Seeded(db);
        Assert.Equal(["Reuters:v1", "Le Monde:v1", "portailinfo:v1"], Keys(store.QueryEvents(new EventQuery { Type = "CONSULT" })));
        Assert.Equal(["Reuters:v1", "Le Monde:v1", "portailinfo:v1"], Keys(store.QueryEvents(new EventQuery { Type = "consult" })));
        Assert.Equal(["Le Monde:v2", "Le Monde:v3"], Keys(store.QueryEvents(new EventQuery { Type = "AGREE,AID" })));
        Assert.Equal(["Reuters:v1", "portailinfo:v1"], Keys(store.QueryEvents(new EventQuery { Mode = "PHONE" })));
        Assert.Equal(["Reuters:v2"], Keys(store.QueryEvents(new EventQuery { Status = "denied" })));
        Assert.Equal(["portailinfo:v2", "portailinfo:v1"], Keys(store.QueryEvents(new EventQuery { Source = "PORTAIL" })));
        Assert.Equal(["Le Monde:v2", "Le Monde:v1", "Le Monde:v3"], Keys(store.QueryEvents(new EventQuery { Source = "crawl/lemonde" })));
        Assert.Equal(["Le Monde:v2", "Le Monde:v1", "Le Monde:v3"], Keys(store.QueryEvents(new EventQuery { Document = Macron().Id[..8] })));
        Assert.Empty(store.QueryEvents(new EventQuery { Document = "0000000000" }));
        Assert.Equal(["Reuters:v1", "Reuters:v2"], Keys(store.QueryEvents(new EventQuery { Language = "en" })));
        Assert.Equal(["portailinfo:v1"], Keys(store.QueryEvents(new EventQuery { Actor = "putin", Type = "CONSULT", Source = "portail" })));
    }

    [Fact]
    public void Event_dates_compare_sensibly_across_precisions()
    {
        using var db = new TempDb();
        using var store = Seeded(db);
        // Event dates: Reuters v1 2022-02-12, v2 2022-W07 (Feb 14-20); Le Monde v1 2024-05-30, v2 2024, v3 none;
        // portailinfo v1 2025-02-12, v2 2025-02.
        Assert.Equal(["Le Monde:v2", "Le Monde:v1", "portailinfo:v2", "portailinfo:v1"], Keys(store.QueryEvents(new EventQuery { From = "2024" })));
        Assert.Equal(["Reuters:v1", "Reuters:v2"], Keys(store.QueryEvents(new EventQuery { To = "2023" })));
        Assert.Equal(["Reuters:v2"], Keys(store.QueryEvents(new EventQuery { From = "2022-02-15", To = "2022-02" })));
        // A year-month bound covers the whole month; a year-only event overlaps any window inside its year.
        Assert.Equal(["Le Monde:v2", "Le Monde:v1"], Keys(store.QueryEvents(new EventQuery { From = "2024-05", To = "2024-05" })));
        Assert.Equal(["Le Monde:v1"], Keys(store.QueryEvents(new EventQuery { From = "2024-05", To = "2024-05", DateMatch = DateMatch.Within })));
        Assert.Equal(["portailinfo:v2", "portailinfo:v1"], Keys(store.QueryEvents(new EventQuery { From = "2025-02-12", To = "2025-02-12" })));
        Assert.Equal(["portailinfo:v1"], Keys(store.QueryEvents(new EventQuery { From = "2025-02-12", To = "2025-02-12", DateMatch = DateMatch.Within })));
        // Undated events are dropped by date filters unless their document's published day stands in.
        Assert.DoesNotContain("Le Monde:v3", Keys(store.QueryEvents(new EventQuery { From = "2024-06-01", To = "2024-06-01" })));
        Assert.Equal(["Le Monde:v2", "Le Monde:v3"], Keys(store.QueryEvents(new EventQuery { From = "2024-06-01", To = "2024-06-01", UndatedUsePublished = true })));
        Assert.Contains("not understood", Assert.Throws<ArgumentException>(() => store.QueryEvents(new EventQuery { From = "last week" })).Message);
        Assert.Contains("is after", Assert.Throws<ArgumentException>(() => store.QueryEvents(new EventQuery { From = "2025-03", To = "2025-02" })).Message);
        Assert.Contains("is after", Assert.Throws<ArgumentException>(() => store.ListDocuments(new DocumentQuery { From = "2025", To = "2024-12-31" })).Message);
        Assert.Single(store.QueryEvents(new EventQuery { From = "2025-02-12", To = "2025-02-12", DateMatch = DateMatch.Within })); // one day is fine
    }

    [Fact]
    public void Events_are_ordered_and_paged()
    {
        using var db = new TempDb();
        using var store = Seeded(db);
        var all = Keys(store.QueryEvents(new EventQuery { Limit = null }));
        Assert.Equal(["Reuters:v1", "Reuters:v2", "Le Monde:v2", "Le Monde:v1", "Le Monde:v3", "portailinfo:v2", "portailinfo:v1"], all);
        Assert.Equal(7, store.CountEvents(new EventQuery()));
        Assert.Equal(all.Skip(2).Take(3), Keys(store.QueryEvents(new EventQuery { Offset = 2, Limit = 3 })));
        Assert.Equal(all.Skip(6), Keys(store.QueryEvents(new EventQuery { Offset = 6, Limit = 3 })));
        Assert.Equal(all.Reverse(), Keys(store.QueryEvents(new EventQuery { Descending = true })));
        Assert.Equal(4, store.CountEvents(new EventQuery { Actor = "putin", Limit = 1 }));
        Assert.Equal(all, Keys(store.StreamEvents(new EventQuery { Limit = null })));
        Assert.Equal(all.Skip(2).Take(3), Keys(store.StreamEvents(new EventQuery { Offset = 2, Limit = 3 })));
        Assert.Throws<ArgumentException>(() => store.StreamEvents(new EventQuery { From = "soon" })); // eager check
        Assert.Empty(store.StreamEvents(new EventQuery { Document = "0123456789" }));
    }

    [Fact]
    public void Events_are_counted_by_facet()
    {
        using var db = new TempDb();
        using var store = Seeded(db);
        var all = new EventQuery();
        Assert.Equal([new FacetCount("CONSULT", 3), new FacetCount("AGREE", 1), new FacetCount("AID", 1), new FacetCount("FIGHT", 1), new FacetCount("THREATEN", 1)],
            store.CountEventsBy(all, EventFacet.Type));
        Assert.Equal([new FacetCount("2022", 2), new FacetCount("2024", 2), new FacetCount("2025", 2), new FacetCount(null, 1)],
            store.CountEventsBy(all, EventFacet.Year));
        // Month buckets only for dates within one month: "2024" and the undated event are unknown.
        Assert.Equal([new FacetCount("2022-02", 2), new FacetCount("2024-05", 1), new FacetCount("2025-02", 2), new FacetCount(null, 2)],
            store.CountEventsBy(all, EventFacet.Month));
        Assert.Equal([new FacetCount("Le Monde", 3), new FacetCount("Reuters", 2), new FacetCount("portailinfo", 2)],
            store.CountEventsBy(all, EventFacet.Source));
        var actors = store.CountEventsBy(all, EventFacet.Actor, limit: 2);
        Assert.Equal([new FacetCount("Vladimir Putin", 4), new FacetCount("Olaf Scholz", 3)], actors);
        Assert.Equal([new FacetCount("Reuters", 2), new FacetCount("portailinfo", 2)],
            store.CountEventsBy(new EventQuery { Actor = "putin" }, EventFacet.Source));
        Assert.Equal([new FacetCount("occurred", 6), new FacetCount("denied", 1)], store.CountEventsBy(all, EventFacet.Status));
    }

    // ------------------------------------------------------------ stories

    [Fact]
    public void Stories_are_replaced_as_a_whole_and_read_back()
    {
        using var db = new TempDb();
        using var store = Seeded(db);
        var s1 = new Story
        {
            Id = "s1", Title = "Putin and Trump speak", Documents = [Putin1().Id, English().Id],
            Events = [new StoryEvent { Type = "CONSULT", Mode = "phone", Actors = ["Vladimir Putin"], Date = "2025-02-12",
                Mentions = [new EventMention(Putin1().Id, "v1")],
                Conflicts = [new ClaimConflict("duration", true, [new ClaimValue(Putin1().Id, "PT1H30M", "près d’une heure et demie")])] }],
        };
        var s2 = new Story { Id = "s2", Title = "Macron", Documents = [Macron().Id] };
        store.ReplaceStories([s1, s2]);
        Assert.Equal(["s1", "s2"], store.GetStories().Select(s => s.Id));
        Assert.Equal(RecordJson.Serialize(s1), RecordJson.Serialize(store.GetStory("s1")!));
        Assert.Equal(["s1"], store.GetStoriesOfDocument(English().Id).Select(s => s.Id));
        Assert.Null(store.GetStory("s9"));

        store.ReplaceStories([s2 with { Title = "Macron et Scholz" }]);
        Assert.Equal(["Macron et Scholz"], store.GetStories().Select(s => s.Title));
        Assert.Empty(store.GetStoriesOfDocument(English().Id));
        Assert.Throws<ArgumentException>(() => store.ReplaceStories([s1, s1]));
        Assert.Single(store.GetStories());
    }

    // ------------------------------------------------------------ concurrency

    [Fact]
    public void A_reader_reads_a_consistent_snapshot_while_a_writer_writes()
    {
        using var db = new TempDb();
        using var writer = Seeded(db);
        using var reader = SqliteDocumentStore.Open(db.Path);

        var docs = Enumerable.Range(0, 200).Select(i => Putin1() with { Id = $"{i:x8}" + new string('f', 56) }).ToList();
        int seen = 0;
        using (var e = reader.StreamDocuments().GetEnumerator())
        {
            Assert.True(e.MoveNext()); seen++;
            // The writer commits while the reader's statement is open: WAL lets both proceed.
            var res = writer.AddDocuments(docs);
            Assert.All(res, r => Assert.Equal(AddStatus.Added, r.Status));
            while (e.MoveNext()) seen++;
        }
        Assert.Equal(3, seen); // the reader's snapshot predates the write
        Assert.Equal(203, reader.Count().Documents); // a new read sees it
    }

    [Fact]
    public async Task Concurrent_writers_and_readers_do_not_fail()
    {
        using var db = new TempDb();
        using (Seeded(db)) { }
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
        {
            try
            {
                using var s = SqliteDocumentStore.Open(db.Path);
                for (int b = 0; b < 10; b++)
                    s.AddDocuments(Enumerable.Range(0, 10).Select(i => English() with { Id = $"w{w}b{b:D2}i{i:D2}" + new string('0', 50) }));
            }
            catch (Exception ex) { errors.Enqueue(ex); }
        })).ToArray();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            try
            {
                using var s = SqliteDocumentStore.Open(db.Path);
                for (int k = 0; k < 20; k++)
                {
                    var n = s.QueryEvents(new EventQuery { Actor = "putin", Limit = null }).Count;
                    Assert.True(n >= 4);
                    Assert.True(s.Count().Documents >= 3);
                }
            }
            catch (Exception ex) { errors.Enqueue(ex); }
        })).ToArray();
        await Task.WhenAll([.. writers, .. readers]);
        Assert.Empty(errors);
        using var check = SqliteDocumentStore.Open(db.Path);
        Assert.Equal(203, check.Count().Documents);
    }

    [Fact]
    public void One_instance_can_be_shared_between_threads()
    {
        using var db = new TempDb();
        using var store = Seeded(db);
        Parallel.For(0, 8, i =>
        {
            store.AddDocuments([English() with { Id = $"t{i:D2}" + new string('1', 60) }]);
            Assert.NotEmpty(store.QueryEvents(new EventQuery { Actor = "biden" }));
        });
        Assert.Equal(11, store.Count().Documents);
    }

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
    static IReadOnlyList<SqliteDocumentStore.Migration> Embedded()
    {
        return SqliteDocumentStore.CheckMigrations(
            DataFiles.List("Storage/data/migrations/sqlite/")
                .Select(r => new SqliteDocumentStore.Migration(int.Parse(r.Split('/')[^1][..4]), r.Split('/')[^1][..^4], DataFiles.ReadAllText(r)))
                .ToList());
    }

    static long Scalar(string path, string sql)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Pending_migrations_are_applied_in_order_on_open()
    {
        using var db = new TempDb();
        var v1 = Embedded();
        using (var s = SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions(), v1))
        {
            Assert.Equal(v1.Count, s.SchemaVersion);
            s.AddDocuments([TestDocs.Rich()]);
        }
        int next = v1.Count + 1;
        var v2 = v1.Append(new SqliteDocumentStore.Migration(next, $"{next:D4}_notes",
            "ALTER TABLE documents ADD COLUMN notes TEXT; CREATE TABLE tags (doc_id TEXT NOT NULL, tag TEXT NOT NULL);")).ToList();
        using (var s = SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions(), v2))
        {
            Assert.Equal(next, s.SchemaVersion);
            Assert.Equal(1, s.Count().Documents);
        }
        Assert.Equal(next, Scalar(db.Path, "SELECT count(*) FROM schema_version;"));
        Assert.Equal(0, Scalar(db.Path, "SELECT count(*) FROM tags;"));
        // Re-opening applies nothing more; an older build refuses the newer schema.
        using (var s = SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions(), v2)) Assert.Equal(next, s.SchemaVersion);
        Assert.Equal(StoreErrorKind.NewerSchema, Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions(), v1)).Kind);
    }

    [Fact]
    public void A_failing_migration_is_rolled_back_entirely()
    {
        using var db = new TempDb();
        var v1 = Embedded();
        using (SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions(), v1)) { }
        int n = v1.Count;
        var bad = v1.Append(new SqliteDocumentStore.Migration(n + 1, $"{n + 1:D4}_ok", "CREATE TABLE fine (x INTEGER);"))
                    .Append(new SqliteDocumentStore.Migration(n + 2, $"{n + 2:D4}_broken", "CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);")).ToList();
        var ex = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions(), bad));
        Assert.Contains("broken", ex.Message);
        Assert.Equal(n, Scalar(db.Path, "SELECT max(version) FROM schema_version;"));
        Assert.Equal(0, Scalar(db.Path, "SELECT count(*) FROM sqlite_master WHERE name IN ('fine', 'half');"));
        using var s = SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions(), v1);
        Assert.Equal(n, s.SchemaVersion);
    }

    [Fact]
    public void A_read_only_store_refuses_to_migrate()
    {
        using var db = new TempDb();
        var v1 = Embedded();
        using (SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions(), v1)) { }
        var v2 = v1.Append(new SqliteDocumentStore.Migration(v1.Count + 1, "x", "CREATE TABLE t2 (x);")).ToList();
        var ex = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions { ReadOnly = true }, v2));
        Assert.Equal(StoreErrorKind.NeedsUpgrade, ex.Kind);
    }

    [Fact]
    public void Migrations_must_be_numbered_without_gaps()
    {
        Assert.Throws<InvalidOperationException>(() => SqliteDocumentStore.CheckMigrations(
            [new(1, "0001_a", "SELECT 1;"), new(3, "0003_c", "SELECT 1;")]));
        Assert.Equal([1, 2], SqliteDocumentStore.CheckMigrations([new(2, "0002_b", "SELECT 1;"), new(1, "0001_a", "SELECT 1;")]).Select(m => m.Version));
    }
}

public class StoreExtrasTests
{
    static Document Doc(string text, string source, (string, string?, string, string, string?, string[])[] ents, Event[] evs) =>
        TestDocs.Make(text, source, new DateOnly(2025, 1, 1), ents, evs);

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

    [Fact]
    public void Entities_are_listed_across_documents()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        store.AddDocuments([
            Doc("Poutine parle. Poutine et Trump.", "a", [("e1", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Poutine"]), ("e2", "Q22686", "Donald Trump", "PERSON", "USA", ["Trump"])],
                [TestDocs.Ev("v1", "CONSULT", ["e1", "e2"])]),
            Doc("Putin met Xi. Putin spoke.", "b", [("e1", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Putin", "Putin met"]), ("e2", null, "Xi", "PERSON", "CHN", ["Xi"])],
                [TestDocs.Ev("v1", "CONSULT", ["e1"], ["e2"]), TestDocs.Ev("v2", "AID", ["e1"])]),
            Doc("Le Xi de Chine.", "c", [("e1", null, "Xi", "PERSON", "CHN", ["Xi"])], []),
        ]);
        var all = store.ListEntities();
        Assert.Equal(["Vladimir Putin", "Xi", "Donald Trump"], all.Select(e => e.Name));
        var putin = all[0];
        Assert.Equal(("Q7747", 2, 3, 3), (putin.Kb, putin.Documents, putin.Mentions, putin.Events));
        Assert.Equal((null, 2, 2, 1), (all[1].Kb, all[1].Documents, all[1].Mentions, all[1].Events));
        Assert.Equal(["Donald Trump"], store.ListEntities(new EntityQuery { Country = "usa" }).Select(e => e.Name));
        Assert.Equal(["Vladimir Putin"], store.ListEntities(new EntityQuery { Name = "poutine" }).Select(e => e.Name));
        Assert.Equal(["Vladimir Putin"], store.ListEntities(new EntityQuery { Name = "Q7747", Type = "person" }).Select(e => e.Name));
        Assert.Single(store.ListEntities(new EntityQuery { Limit = 1 }));
    }

    [Fact]
    public void AddAll_ingests_in_batches_and_sums_up()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        var docs = StorePerformanceTests.Synthetic(25);
        int batches = 0;
        var first = store.AddAll(docs, batchSize: 10, onBatch: _ => batches++);
        Assert.Equal(new IngestSummary(25, 0, 0), first);
        Assert.Equal(3, batches);
        var again = store.AddAll(docs.Take(5).Concat(StorePerformanceTests.Synthetic(2, seed: 99)), batchSize: 4);
        Assert.Equal(new IngestSummary(2, 5, 0), again);
        Assert.Equal(27, store.Count().Documents);
    }

    [Fact]
    public void Simultaneous_first_opens_migrate_once()
    {
        using var db = new TempDb();
        var stores = new SqliteDocumentStore[4];
        Parallel.For(0, stores.Length, i => stores[i] = SqliteDocumentStore.Open(db.Path));
        try
        {
            Assert.All(stores, s => Assert.Equal(SqliteDocumentStore.LatestSchemaVersion, s.SchemaVersion));
            stores[0].AddDocuments([TestDocs.Rich()]);
            Assert.All(stores, s => Assert.Equal(1, s.Count().Documents));
        }
        finally { foreach (var s in stores) s?.Dispose(); }
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM schema_version;";
        Assert.Equal((long)SqliteDocumentStore.LatestSchemaVersion, (long)cmd.ExecuteScalar()!);
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

    static Document Doc(string text, string src) => TestDocs.Make(text, src, new DateOnly(2025, 2, 12),
        [("e1", "Q212", "Ukraine", "LOCATION", "UKR", ["Ukraine"])], [TestDocs.Ev("v1", "REQUEST", ["e1"], date: "2025-02-12")]);

    [Fact]
    public void Documents_and_events_are_found_by_full_text_ignoring_case_and_accents()
    {
        using var db = new TempDb();
        using var store = SqliteDocumentStore.Open(db.Path);
        var a = Doc("Trump réclame un cessez-le-feu en Ukraine.", "a");
        var b = Doc("Le cessez-le-feu n’a pas tenu. L’Ukraine accuse la Russie.", "b");
        var c = Doc("L’Ukraine négocie avec l’Élysée le feu vert du cessez.", "c");
        store.AddDocuments([a, b, c]);
        string[] Find(string t) => store.ListDocuments(new DocumentQuery { Text = t }).Select(d => d.Source.Name!).ToArray();
        Assert.Equal(["a", "b"], Find("cessez-le-feu"));       // phrase: c has the words, not the phrase
        Assert.Equal(["a", "b", "c"], Find("cessez feu"));     // words in any order
        Assert.Equal(["c"], Find("ELYSEE"));
        Assert.Equal(["c"], Find("negoc*"));
        Assert.Equal(["b", "c"], Find("l'ukraine"));
        Assert.Empty(Find("Moscou"));
        Assert.Equal(["b"], store.QueryEvents(new EventQuery { Text = "russie", Actor = "ukraine" }).Select(r => r.SourceName));
        Assert.Throws<ArgumentException>(() => store.ListDocuments(new DocumentQuery { Text = "--" }));

        // The index follows replacements and removals.
        store.AddDocuments([b with { Title = "Trêve rompue" }], DuplicatePolicy.Replace);
        Assert.Equal(["b"], Find("treve"));
        store.RemoveDocument(b.Id);
        Assert.Equal(["a"], Find("cessez-le-feu"));
    }

    [Fact]
    public void Upgrading_a_version_1_database_indexes_its_documents()
    {
        using var db = new TempDb();
        var all = SqliteDocumentStore.CheckMigrations(
            DataFiles.List("Storage/data/migrations/sqlite/")
                .Select(r => new SqliteDocumentStore.Migration(int.Parse(r.Split('/')[^1][..4]), r.Split('/')[^1][..^4], DataFiles.ReadAllText(r)))
                .ToList());
        Assert.True(all.Count >= 2);
        using (var v1 = SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions(), [all[0]]))
        {
            Assert.Equal(1, v1.SchemaVersion);
            v1.AddDocuments([Doc("Un cessez-le-feu fragile en Ukraine.", "old")]);
        }
        using var latest = SqliteDocumentStore.Open(db.Path);
        Assert.Equal(SqliteDocumentStore.LatestSchemaVersion, latest.SchemaVersion);
        Assert.Equal(["old"], latest.ListDocuments(new DocumentQuery { Text = "fragile" }).Select(d => d.Source.Name));
    }
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
