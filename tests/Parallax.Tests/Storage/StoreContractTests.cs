using Parallax.Model;
using Parallax.Storage;
using static Parallax.Tests.Storage.TestDocs;
using static Parallax.Tests.Storage.StoreSamples;

namespace Parallax.Tests.Storage;

/// <summary>The SQLite store's tests, run unchanged against the SQLite backend.</summary>
public sealed class SqliteStoreContractTests(SqliteBackend backend) : StoreContractTests<SqliteBackend>(backend);

/// <summary>The same tests against a PostgreSQL server ($PARALLAX_TEST_PG; see <see cref="PostgresBackend"/>).</summary>
public sealed class PostgresStoreContractTests(PostgresBackend backend) : StoreContractTests<PostgresBackend>(backend);

/// <summary>
/// What every <see cref="IDocumentStore"/> must do, whatever the backend: ingest, look-ups, event queries, facets,
/// stories, full-text search, migrations, concurrency. Stores are opened through <see cref="DocumentStores.Open"/>.
/// </summary>
public abstract class StoreContractTests<TBackend>(TBackend backend) : IClassFixture<TBackend>
    where TBackend : class, IStoreBackend
{
    protected TBackend Backend { get; } = backend;

    /// <summary>A location with no store yet (skips the test when the backend is switched off).</summary>
    protected string Fresh(bool empty = false)
    {
        Skip.If(Backend.SkipReason is not null, Backend.SkipReason);
        return Backend.Fresh(empty);
    }

    protected static IDocumentStore Open(string location) => DocumentStores.Open(location);

    IDocumentStore Seeded(string db)
    {
        var store = Open(db);
        store.AddDocuments([Putin1(), Macron(), English()]);
        return store;
    }

    static string[] Keys(IEnumerable<EventRow> rows) => rows.Select(r => $"{r.SourceName}:{r.Event.Id}").ToArray();

    [SkippableFact]
    public void Adding_the_same_document_twice_stores_it_once()
    {
        var db = Fresh();
        using var store = Open(db);
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

    [SkippableFact]
    public void Replace_policy_swaps_the_facts()
    {
        var db = Fresh();
        using var store = Open(db);
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

    [SkippableFact]
    public void A_failing_batch_stores_nothing()
    {
        var db = Fresh();
        using var store = Open(db);
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
        Assert.Equal(AddStatus.Added, store.AddDocuments([Putin1()])[0].Status);
    }

    [SkippableFact]
    public void The_input_sequence_may_consult_the_store()
    {
        var db = Fresh();
        using var store = Open(db);
        store.AddDocuments([Putin1()]);
        // A pipeline that skips inputs already stored, evaluated lazily by AddDocuments.
        var wanted = new[] { Putin1(), Macron(), English() }.Where(d => !store.Contains(d.Id));
        var res = store.AddDocuments(wanted);
        Assert.Equal([Macron().Id, English().Id], res.Select(r => r.Id));
        Assert.True(store.Contains(English().Id));
        Assert.False(store.Contains(English().Id[..10]));
    }

    [SkippableFact]
    public void Counts_cover_every_table()
    {
        var db = Fresh();
        using var store = Open(db);
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

    [SkippableFact]
    public void Documents_are_found_by_id_or_unique_prefix()
    {
        var db = Fresh();
        using var store = Open(db);
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

    [SkippableFact]
    public void Documents_are_read_many_at_once_by_full_id()
    {
        var db = Fresh();
        using var store = Open(db);
        var a = Putin1() with { Id = "abcdef0123" + new string('0', 54) };
        var b = Macron() with { Id = "abcdef0456" + new string('0', 54) };
        store.AddDocuments([a, b, English()]);

        var read = store.GetDocuments([b.Id, a.Id, "ffffff99" + new string('0', 56), a.Id]);
        Assert.Equal([a.Id, b.Id], read.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(RecordJson.Serialize(store.GetDocument(b.Id)!), RecordJson.Serialize(read.Single(d => d.Id == b.Id)));
        Assert.Empty(store.GetDocuments(["abcdef01"]));   // full ids only, not prefixes
        Assert.Empty(store.GetDocuments([]));
    }

    [SkippableFact]
    public void Stored_documents_round_trip_exactly()
    {
        var db = Fresh();
        using var store = Open(db);
        var doc = Rich();
        store.AddDocuments([doc]);
        var back = store.GetDocument(doc.Id)!;
        Assert.Equal(RecordJson.Serialize(doc), RecordJson.Serialize(back));
        Assert.Equal([RecordJson.Serialize(doc)], store.StreamRecords().ToArray());
    }

    [SkippableFact]
    public void Documents_are_listed_filtered_and_paged()
    {
        var db = Fresh();
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

    [SkippableFact]
    public void Events_are_filtered_by_actor_name_surface_form_or_kb()
    {
        var db = Fresh();
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

    [SkippableFact]
    public void Accents_are_ignored_in_actor_and_source_filters()
    {
        var db = Fresh();
        using var store = Open(db);
        store.AddDocuments([Make("Le général Sébastien Lecornu a rencontré Pedro Sánchez.", "Libération", new DateOnly(2025, 1, 3),
            [("e1", null, "Sébastien Lecornu", "PERSON", "FRA", ["Sébastien Lecornu"]), ("e2", null, "Pedro Sánchez", "PERSON", "ESP", ["Pedro Sánchez"])],
            [Ev("v1", "CONSULT", ["e1", "e2"], date: "2025-01-02")])]);
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "sebastien" }));
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "SÉBASTIEN LECORNU" }));
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "sanchez" }));
        Assert.Single(store.QueryEvents(new EventQuery { Source = "liberation" }));
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "lecornu", Source = "monde" }));
    }

    [SkippableFact]
    public void Events_are_filtered_by_type_mode_status_source_and_document()
    {
        var db = Fresh();
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

    [SkippableFact]
    public void Event_dates_compare_sensibly_across_precisions()
    {
        var db = Fresh();
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

    [SkippableFact]
    public void Events_are_ordered_and_paged()
    {
        var db = Fresh();
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

    [SkippableFact]
    public void Events_are_counted_by_facet()
    {
        var db = Fresh();
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

    [SkippableFact]
    public void Event_counts_by_year_month_and_type_match_the_events_through_replacements_and_removals()
    {
        var db = Fresh();
        using var store = Open(db);
        // Putin as actor and target of one event, and twice among the actors of another (two entities, one Wikidata
        // id): each event counts once for him as participant.
        var twice = ExtraDoc("Poutine et Vladimir Poutine se sont parlé à eux-mêmes.", "Écho",
            [("e1", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Poutine"]), ("e2", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Vladimir Poutine"])],
            [Ev("v1", "CONSULT", ["e1"], ["e2"], date: "2025-01"), Ev("v2", "AGREE", ["e1", "e2"], date: "2024-12-31"), Ev("v3", "AGREE", ["e1"])]);
        store.AddDocuments([Putin1(), Macron(), English(), twice]);
        store.AddDocuments(StorePerformanceTests.Synthetic(30, seed: 5));
        store.AddDocuments([Putin1() with { Events = [Ev("v1", "THREATEN", ["e1"], ["e3"], date: "2023")] }], DuplicatePolicy.Replace);
        store.RemoveDocument(English().Id);
        store.AddDocuments(StorePerformanceTests.Synthetic(3, seed: 5), DuplicatePolicy.Replace);

        var kbs = store.ListEntities().Where(e => e.Kb is not null).OrderByDescending(e => e.Events).Take(3).Select(e => e.Kb!).Append("Q7747").Append("Q1").Distinct().ToList();
        var queries = new List<EventQuery> { new(), new() { Type = "CONSULT, agree" }, new() { From = "2024", To = "2025-01" },
            new() { From = "2024-06", DateMatch = DateMatch.Within }, new() { To = "2024" } };
        foreach (var kb in kbs)
            queries.AddRange([new() { Actor = kb }, new() { Target = kb }, new() { Participant = kb.ToLowerInvariant() },
                              new() { Participant = kb, Type = "AGREE", From = "2024-12" }]);
        foreach (var q in queries)
        {
            var events = store.StreamEvents(q with { Limit = null }).Select(r => r.Event).ToList();
            var bounds = events.Select(e => (e.Type, Range: TimexRange.Bounds(e.Date))).ToList();
            List<FacetCount> Expected(Func<(string Type, (string? Lo, string? Hi) Range), string?> key, bool byCount) =>
                bounds.GroupBy(key).Select(g => new FacetCount(g.Key, g.Count()))
                    .OrderBy(c => byCount ? -c.Count : 0).ThenBy(c => c.Key is null).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
            var what = $"{q.Actor}{q.Target}{q.Participant} {q.Type} {q.From}..{q.To} {q.DateMatch}";
            Assert.True(Expected(b => b.Range.Lo?[..4], false).SequenceEqual(store.CountEventsBy(q, EventFacet.Year, 1000)), "year " + what);
            Assert.True(Expected(b => b.Range.Lo is { } lo && b.Range.Hi is { } hi && lo[..7] == hi[..7] ? lo[..7] : null, false)
                .SequenceEqual(store.CountEventsBy(q, EventFacet.Month, 1000)), "month " + what);
            Assert.True(Expected(b => b.Type, true).SequenceEqual(store.CountEventsBy(q, EventFacet.Type, 1000)), "type " + what);
        }
        // pages of events (bounded by the counts to their listing days) are the pages of the whole ordered answer;
        // SQLite walks the listing index over those days when they hold few events, else lets its planner choose:
        // both ways give the same pages
        var sqlite = store as SqliteDocumentStore;
        foreach (var spanWalk in sqlite is null ? new[] { 0L } : [1_000_000L, 0L])
        {
            if (sqlite is not null) sqlite.WalkSpanEvents = spanWalk;
            foreach (var q in queries)
            {
                var whole = Keys(store.StreamEvents(q with { Limit = null }));
                var wholeDesc = Keys(store.StreamEvents(q with { Limit = null, Descending = true }));
                foreach (var (offset, limit) in new[] { (0, 1), (0, 3), (2, 2), (5, 50), (whole.Length, 5) })
                {
                    Assert.Equal(whole.Skip(offset).Take(limit), Keys(store.QueryEvents(q with { Offset = offset, Limit = limit })));
                    Assert.Equal(wholeDesc.Skip(offset).Take(limit), Keys(store.QueryEvents(q with { Offset = offset, Limit = limit, Descending = true })));
                }
            }
        }
        // the summary table holds every stored event once, and no count below zero
        Assert.Equal(store.Count().Events, Backend.Scalar(db, "SELECT sum(n) FROM event_counts WHERE kb = '' AND role = '';"));
        Assert.Equal(0, Backend.Scalar(db, "SELECT count(*) FROM event_counts WHERE n < 0;"));
        // the events themselves (a source filter) count each event once too
        Assert.Equal([new FacetCount("2024", 1), new FacetCount("2025", 1), new FacetCount(null, 1)],
            store.CountEventsBy(new EventQuery { Participant = "Q7747", Source = "Écho" }, EventFacet.Year));
    }

    [SkippableFact]
    public void Event_counts_with_a_source_match_the_events_through_replacements_and_removals()
    {
        var db = Fresh();
        using var store = Open(db);
        store.AddDocuments([Putin1(), Macron(), English()]);
        store.AddDocuments(StorePerformanceTests.Synthetic(30, seed: 5));
        store.AddDocuments([Putin1() with { Events = [Ev("v1", "THREATEN", ["e1"], ["e3"], date: "2023")] }], DuplicatePolicy.Replace);
        store.RemoveDocument(English().Id);
        store.AddDocuments(StorePerformanceTests.Synthetic(3, seed: 5), DuplicatePolicy.Replace);

        var kbs = store.ListEntities().Where(e => e.Kb is not null).OrderByDescending(e => e.Events).Take(2).Select(e => e.Kb!).Append("Q7747").Distinct().ToList();
        // names ("site1" also holds site10…site19), a name with capitals and diacritics, a path only ("crawl/"), none
        var queries = new List<EventQuery>();
        foreach (var src in new[] { "site1", "SITE3", "le monde", "crawl/site2", "nowhere", "portailinfo" })
        {
            queries.AddRange([new() { Source = src }, new() { Source = src, Type = "CONSULT, agree" }, new() { Source = src, From = "2021", To = "2022-06" },
                              new() { Source = src, From = "2021-03", DateMatch = DateMatch.Within }, new() { Source = src, To = "2021-05-17" }]);
            foreach (var kb in kbs)
                queries.AddRange([new() { Participant = kb, Source = src }, new() { Actor = kb, Source = src, From = "2021" }, new() { Target = kb.ToLowerInvariant(), Source = src }]);
        }
        // SQLite counts the events of large document sets by testing each event against them (forced here: every
        // set counts as large) and of small ones by reading their documents' events: the same counts
        var sqlite = store as SqliteDocumentStore;
        foreach (var (q, drive) in queries.SelectMany(q => (sqlite is null ? new[] { 0 } : [2000, 0]).Select(d => (q, d))))
        {
            if (sqlite is not null) sqlite.DriveBelowDocuments = drive;
            var bounds = store.StreamEvents(q with { Limit = null }).Select(r => (r.Event.Type, Range: TimexRange.Bounds(r.Event.Date))).ToList();
            List<FacetCount> Expected(Func<(string Type, (string? Lo, string? Hi) Range), string?> key, bool byCount) =>
                bounds.GroupBy(key).Select(g => new FacetCount(g.Key, g.Count()))
                    .OrderBy(c => byCount ? -c.Count : 0).ThenBy(c => c.Key is null).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
            var what = $"{q.Actor}{q.Target}{q.Participant} {q.Source} {q.Type} {q.From}..{q.To} {q.DateMatch} drive {drive}";
            Assert.True(Expected(b => b.Range.Lo?[..4], false).SequenceEqual(store.CountEventsBy(q, EventFacet.Year, 1000)), "year " + what);
            Assert.True(Expected(b => b.Range.Lo is { } lo && b.Range.Hi is { } hi && lo[..7] == hi[..7] ? lo[..7] : null, false)
                .SequenceEqual(store.CountEventsBy(q, EventFacet.Month, 1000)), "month " + what);
            Assert.True(Expected(b => b.Type, true).SequenceEqual(store.CountEventsBy(q, EventFacet.Type, 1000)), "type " + what);
        }
        Assert.NotEmpty(store.CountEventsBy(new EventQuery { Participant = "Q7747", Source = "portailinfo" }, EventFacet.Year));
        // the summary holds every stored event once, and no count below zero
        Assert.Equal(store.Count().Events, Backend.Scalar(db, "SELECT sum(n) FROM event_source_counts WHERE kb = '' AND role = '';"));
        Assert.Equal(0, Backend.Scalar(db, "SELECT count(*) FROM event_source_counts WHERE n < 0;"));
        // The summary answers a source named by its outlet over whole months; a window of days, or a needle that some
        // document matches by its path only, is counted on the events: a row added by hand shows which.
        Backend.Execute(db, "INSERT INTO event_source_counts (kb, role, source, type, month_lo, month_hi, n) VALUES ('', '', 'site1', 'MARKER', '2021-04', '2021-04', 5);");
        Assert.Contains(new FacetCount("MARKER", 5), store.CountEventsBy(new EventQuery { Source = "Site1" }, EventFacet.Type));
        Assert.Contains(new FacetCount("MARKER", 5), store.CountEventsBy(new EventQuery { Source = "site1", From = "2021-04", To = "2021" }, EventFacet.Type));
        Assert.DoesNotContain(new FacetCount("MARKER", 5), store.CountEventsBy(new EventQuery { Source = "site1", From = "2021-04-02" }, EventFacet.Type));
        Assert.DoesNotContain(new FacetCount("MARKER", 5), store.CountEventsBy(new EventQuery { Source = "site1/" }, EventFacet.Type));
        Assert.DoesNotContain(new FacetCount("MARKER", 5), store.CountEventsBy(new EventQuery { Source = "site1", Status = "occurred" }, EventFacet.Type));
    }

    [SkippableFact]
    public void Pages_of_events_with_source_and_word_filters_are_pages_of_the_whole_answer()
    {
        var db = Fresh();
        using var store = Open(db);
        store.AddDocuments([Putin1(), Macron(), English()]);
        store.AddDocuments(StorePerformanceTests.Synthetic(40, seed: 3));
        store.RemoveDocument(StorePerformanceTests.Synthetic(40, seed: 3)[7].Id);
        var queries = new List<EventQuery>
        {
            new() { Source = "site1" }, new() { Source = "SITE3", From = "2024" }, new() { Text = "région" }, new() { Text = "évoluait", Type = "CONSULT, agree" },
            new() { Text = "situation", Source = "site2", To = "2024-06" }, new() { Source = "crawl", Participant = "Q100007" },
            new() { Text = "agence", Actor = "Q7747" }, new() { Source = "nowhere" }, new() { Text = "Poutine", Source = "ria" },
            // windows of days: events whose dates span the window's start still count, the bounds must not cut them
            new() { Source = "site", From = "2024-03-10", To = "2024-05-20" }, new() { Source = "site1", From = "2025-02-12", To = "2025-02-12" },
        };
        static string[] DocKeys(IEnumerable<EventRow> rows) => rows.Select(r => $"{r.DocumentId}:{r.Event.Id}").ToArray();
        // SQLite reads such pages three ways (the document set drives; the other filters drive; the listing index is
        // walked): force each one, the answer must not change
        var sqlite = store as SqliteDocumentStore;
        var plans = sqlite is null ? new[] { (0, 0L) } : [(1_000_000, 0L), (0, 1_000_000L), (0, 0L)];
        foreach (var q in queries)
        {
            var whole = DocKeys(store.StreamEvents(q with { Limit = null }));
            var wholeDesc = DocKeys(store.StreamEvents(q with { Limit = null, Descending = true }));
            Assert.Equal(store.CountEvents(q), whole.Length);
            foreach (var (drive, walk) in plans)
            {
                if (sqlite is not null) { sqlite.DriveBelowDocuments = drive; sqlite.WalkAboveEvents = walk; }
                foreach (var (offset, limit) in new[] { (0, 1), (0, 7), (3, 4), (10, 50), (whole.Length, 5) })
                {
                    Assert.Equal(whole.Skip(offset).Take(limit), DocKeys(store.QueryEvents(q with { Offset = offset, Limit = limit })));
                    Assert.Equal(wholeDesc.Skip(offset).Take(limit), DocKeys(store.QueryEvents(q with { Offset = offset, Limit = limit, Descending = true })));
                }
            }
        }
        Assert.NotEmpty(store.StreamEvents(new EventQuery { Source = "site1" }));
        Assert.NotEmpty(store.StreamEvents(new EventQuery { Text = "évoluait", Type = "CONSULT, agree" }));
    }

    [SkippableFact]
    public void Stories_are_replaced_as_a_whole_and_read_back()
    {
        var db = Fresh();
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
        // read back with a member per document (the story was given none) and the same record otherwise
        Assert.Equal(RecordJson.Serialize(s1 with { Members = [.. s1.Documents.Select(d => new StoryMember(d))] }), RecordJson.Serialize(store.GetStory("s1")!));
        Assert.Equal(["s1"], store.GetStoriesOfDocument(English().Id).Select(s => s.Id));
        Assert.Null(store.GetStory("s9"));

        store.ReplaceStories([s2 with { Title = "Macron et Scholz" }]);
        Assert.Equal(["Macron et Scholz"], store.GetStories().Select(s => s.Title));
        Assert.Empty(store.GetStoriesOfDocument(English().Id));
        Assert.Throws<ArgumentException>(() => store.ReplaceStories([s1, s1]));
        Assert.Single(store.GetStories());
    }

    static StoryAssignment Assigned(string doc, string story, string? day, string? dup = null, double? score = null) =>
        new(doc, story, day is null ? null : DateOnly.Parse(day), dup, score, "{}") { Language = "en", Source = "src-" + doc };

    long MemberSeq(string db, string story, string doc) =>
        Backend.Scalar(db, $"SELECT seq FROM story_documents WHERE story_id = '{story}' AND doc_id = '{doc}';");

    [SkippableFact]
    public void A_story_grows_over_several_batches_and_each_member_row_is_written_once()
    {
        var db = Fresh();
        using var store = Open(db);
        var ev = new StoryEvent { Type = "CONSULT", Actors = ["Vladimir Putin"], Mentions = [new EventMention("d1", "v1")] };
        store.SaveStories([new Story { Id = "s1", Title = "call", First = new DateOnly(2025, 2, 12), Last = new DateOnly(2025, 2, 12), Events = [ev] }],
            [Assigned("d1", "s1", "2025-02-12")]);
        // batches that only add members: no story record is written, the rows and the days follow the assignments
        store.SaveStories([], [Assigned("d2", "s1", "2025-02-13", dup: "d1", score: 1.5)]);
        store.SaveStories([], [Assigned("d3", "s1", "2025-02-11", score: 0.4), Assigned("d4", "s1", null, score: 0.5)]);
        var header = Assert.Single(store.GetStoryHeaders(["s1", "nope"]));
        Assert.Equal(new StoryHeader("s1", "call", 4, new DateOnly(2025, 2, 11), new DateOnly(2025, 2, 13)), header);
        // a recomposition writes the record and its new members only; the stored ones keep their rows
        store.SaveStories([new Story { Id = "s1", Title = "call+", Documents = ["d5"], Members = [new StoryMember("d5", null, 0.7) { Language = "en" }],
            First = new DateOnly(2025, 2, 11), Last = new DateOnly(2025, 2, 14), Events = [ev with { Mentions = [new EventMention("d1", "v1"), new EventMention("d5", "v2")] }] }],
            [Assigned("d5", "s1", "2025-02-14", score: 0.7)]);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], new[] { "d1", "d2", "d3", "d4", "d5" }.Select(d => MemberSeq(db, "s1", d)));
        Assert.Equal(5, Backend.Scalar(db, "SELECT count(*) FROM story_documents WHERE story_id = 's1';"));
        // the stored record no longer lists the members
        Assert.Equal(0, Backend.Scalar(db, "SELECT count(*) FROM stories WHERE record LIKE '%\"d4\"%';"));

        var s = store.GetStory("s1")!;
        Assert.Equal("call+", s.Title);
        Assert.Equal(["d1", "d2", "d3", "d4", "d5"], s.Documents.ToArray());
        Assert.Equal(s.Documents, s.Members.Select(m => m.Document));
        Assert.Equal("d1", s.Members[1].NearDuplicateOf);
        Assert.Equal(1.5, s.Members[1].Score);
        Assert.Equal("src-d3", s.Members[2].Source);
        Assert.Equal(("en", 0.7), (s.Members[4].Language, s.Members[4].Score));
        Assert.Equal((new DateOnly(2025, 2, 11), new DateOnly(2025, 2, 14)), (s.First, s.Last));
        Assert.Equal(2, Assert.Single(s.Events).Mentions.Length);
        Assert.Equal(RecordJson.Serialize(s), RecordJson.Serialize(Assert.Single(store.GetStories())));
        Assert.Equal(RecordJson.Serialize(s), RecordJson.Serialize(Assert.Single(store.GetStoriesOfDocument("d4"))));
        Assert.Equal(5, Assert.Single(store.GetStoryHeaders(["s1"])).Documents);
        var d2 = Assert.Single(store.GetStoryAssignments(["d2", "zz"]));
        Assert.Equal(("d2", "s1", "d1", 1.5, (DateOnly?)new DateOnly(2025, 2, 13)), (d2.Document, d2.Story, d2.NearDuplicateOf, d2.Score, d2.Day));
        Assert.Throws<ArgumentException>(() => store.SaveStories([], [Assigned("d9", "s-unknown", null)]));
    }

    [SkippableFact]
    public void A_merge_moves_members_between_stories_and_an_emptied_story_is_deleted()
    {
        var db = Fresh();
        using var store = Seeded(db);
        string p = Putin1().Id, m = Macron().Id, e = English().Id;
        store.SaveStories([new Story { Id = "a", Title = "a" }, new Story { Id = "b", Title = "b" }, new Story { Id = "c", Title = "c" }],
            [Assigned(p, "a", "2025-02-12"), Assigned(m, "b", null), Assigned(e, "b", null), Assigned("elsewhere", "c", null)]);
        Assert.Equal(2, Assert.Single(store.GetStoryHeaders(["b"])).Documents);
        // English moves to a: b keeps Macron, a gains English after Putin
        store.SaveStories([], [Assigned(e, "a", null, score: 0.9)]);
        Assert.Equal([p, e], store.GetStory("a")!.Documents.ToArray());
        Assert.Equal([m], store.GetStory("b")!.Documents.ToArray());
        Assert.Equal(["a"], store.GetStoriesOfDocument(e).Select(s => s.Id));
        Assert.Equal(1, Assert.Single(store.GetStoryHeaders(["b"])).Documents);
        // merging c into a (the story given with c's member): c is left empty and goes
        store.SaveStories([new Story { Id = "a", Title = "a+c", Documents = ["elsewhere"] }], []);
        Assert.Equal([p, e, "elsewhere"], store.GetStory("a")!.Documents.ToArray());
        Assert.Null(store.GetStory("c"));
        Assert.Equal(["a", "b"], store.GetStories().Select(s => s.Id));
        Assert.Equal(3, Backend.Scalar(db, "SELECT documents FROM stories WHERE id = 'a';"));
        Assert.Equal(4, Backend.Scalar(db, "SELECT count(*) FROM story_documents;"));
        Assert.Empty(((IStoreIntegrity)store).CheckIntegrity());
    }

    [SkippableFact]
    public void The_integrity_check_finds_story_counts_and_assignments_out_of_step_with_the_member_rows()
    {
        var db = Fresh();
        using var store = Open(db);
        store.SaveStories([new Story { Id = "s1", Title = "t" }], [Assigned("d1", "s1", null), Assigned("d2", "s1", null)]);
        Assert.Empty(((IStoreIntegrity)store).CheckIntegrity());
        Backend.Execute(db, "UPDATE stories SET documents = 5 WHERE id = 's1';");
        Assert.Contains(((IStoreIntegrity)store).CheckIntegrity(), p => p.Contains("document count", StringComparison.Ordinal));
        Backend.Execute(db, "UPDATE stories SET documents = 2 WHERE id = 's1'; DELETE FROM story_documents WHERE doc_id = 'd2';");
        var problems = ((IStoreIntegrity)store).CheckIntegrity();
        Assert.Contains(problems, p => p.Contains("not a member", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("document count", StringComparison.Ordinal));   // the trigger followed the deletion
    }

    [SkippableFact]
    public void A_story_s_members_are_read_by_page()
    {
        var db = Fresh();
        using var store = Open(db);
        store.SaveStories([new Story { Id = "s1", Title = "t" }], Enumerable.Range(1, 7).Select(i => Assigned($"d{i}", "s1", $"2025-02-{10 + i}")));
        Assert.Equal(["d1", "d2", "d3", "d4", "d5", "d6", "d7"], store.GetStoryMembers("s1").Select(x => x.Document));
        Assert.Equal(["d3", "d4", "d5"], store.GetStoryMembers("s1", offset: 2, limit: 3).Select(x => x.Document));
        Assert.Equal(["d7"], store.GetStoryMembers("s1", offset: 6, limit: 3).Select(x => x.Document));
        Assert.Equal("src-d4", store.GetStoryMembers("s1", 3, 1)[0].Source);
        Assert.Empty(store.GetStoryMembers("s2"));
        Assert.Equal(7, Assert.Single(store.GetStoryHeaders(["s1"])).Documents);
    }

    [SkippableFact]
    public void Stories_stored_before_schema_10_keep_their_members_after_the_upgrade()
    {
        var db = Fresh(empty: true);
        var all = Backend.EmbeddedMigrations;
        var before = all.Where(x => x.Version < 10).ToList();
        using (Backend.Open(db, before)) { }
        // the layout before: the record lists documents and members, story_documents holds bare links
        var old = new Story
        {
            Id = "s1", Title = "old", Documents = ["d2", "d1"],
            Members = [new StoryMember("d2") { Language = "fr", Source = "Le Monde" }, new StoryMember("d1", "d2", 0.8) { Language = "en", Source = "AP" }],
            First = new DateOnly(2025, 2, 12), Last = new DateOnly(2025, 2, 13),
            Events = [new StoryEvent { Type = "CONSULT", Mentions = [new EventMention("d1", "v1")] }],
        };
        var record = RecordJson.Serialize(old).Replace("'", "''");
        Backend.Execute(db, $"INSERT INTO stories (id, position, title, record) VALUES ('s1', 0, 'old', '{record}'); "
            + "INSERT INTO story_documents (story_id, doc_id) VALUES ('s1', 'd1'); INSERT INTO story_documents (story_id, doc_id) VALUES ('s1', 'd2');");
        using var store = Open(db);
        Assert.Equal(RecordJson.Serialize(old), RecordJson.Serialize(store.GetStory("s1")!));
        Assert.Equal(new StoryHeader("s1", "old", 2, old.First, old.Last), Assert.Single(store.GetStoryHeaders(["s1"])));
        Assert.Empty(((IStoreIntegrity)store).CheckIntegrity());
    }

    [SkippableFact]
    public void A_reader_reads_a_consistent_snapshot_while_a_writer_writes()
    {
        var db = Fresh();
        using var writer = Seeded(db);
        using var reader = Open(db);

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

    [SkippableFact]
    public async Task Concurrent_writers_and_readers_do_not_fail()
    {
        var db = Fresh();
        using (Seeded(db)) { }
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
        {
            try
            {
                using var s = Open(db);
                for (int b = 0; b < 10; b++)
                    s.AddDocuments(Enumerable.Range(0, 10).Select(i => English() with { Id = $"w{w}b{b:D2}i{i:D2}" + new string('0', 50) }));
            }
            catch (Exception ex) { errors.Enqueue(ex); }
        })).ToArray();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            try
            {
                using var s = Open(db);
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
        using var check = Open(db);
        Assert.Equal(203, check.Count().Documents);
    }

    [SkippableFact]
    public void One_instance_can_be_shared_between_threads()
    {
        var db = Fresh();
        using var store = Seeded(db);
        Parallel.For(0, 8, i =>
        {
            store.AddDocuments([English() with { Id = $"t{i:D2}" + new string('1', 60) }]);
            Assert.NotEmpty(store.QueryEvents(new EventQuery { Actor = "biden" }));
        });
        Assert.Equal(11, store.Count().Documents);
    }

    [SkippableFact]
    public void Pending_migrations_are_applied_in_order_on_open()
    {
        var db = Fresh(empty: true);
        var v1 = Backend.EmbeddedMigrations;
        using (var s = Backend.Open(db, v1))
        {
            Assert.Equal(v1[^1].Version, s.SchemaVersion);
            s.AddDocuments([TestDocs.Rich()]);
        }
        int next = v1[^1].Version + 1;
        var v2 = v1.Append(new SqliteDocumentStore.Migration(next, $"{next:D4}_notes",
            "ALTER TABLE documents ADD COLUMN notes TEXT; CREATE TABLE tags (doc_id TEXT NOT NULL, tag TEXT NOT NULL);")).ToList();
        using (var s = Backend.Open(db, v2))
        {
            Assert.Equal(next, s.SchemaVersion);
            Assert.Equal(1, s.Count().Documents);
        }
        Assert.Equal(v1.Count + 1, Backend.Scalar(db, "SELECT count(*) FROM schema_version;"));
        Assert.Equal(0, Backend.Scalar(db, "SELECT count(*) FROM tags;"));
        // Re-opening applies nothing more; an older build refuses the newer schema.
        using (var s = Backend.Open(db, v2)) Assert.Equal(next, s.SchemaVersion);
        Assert.Equal(StoreErrorKind.NewerSchema, Assert.Throws<StoreException>(() => Backend.Open(db, v1)).Kind);
    }

    [SkippableFact]
    public void A_failing_migration_is_rolled_back_entirely()
    {
        var db = Fresh(empty: true);
        var v1 = Backend.EmbeddedMigrations;
        using (Backend.Open(db, v1)) { }
        int n = v1[^1].Version;
        var bad = v1.Append(new SqliteDocumentStore.Migration(n + 1, $"{n + 1:D4}_ok", "CREATE TABLE fine (x INTEGER);"))
                    .Append(new SqliteDocumentStore.Migration(n + 2, $"{n + 2:D4}_broken", "CREATE TABLE half (x integer); INSERT INTO no_such_table VALUES (1);")).ToList();
        var ex = Assert.Throws<StoreException>(() => Backend.Open(db, bad));
        Assert.Contains("broken", ex.Message);
        Assert.Equal(n, Backend.Scalar(db, "SELECT max(version) FROM schema_version;"));
        Assert.False(Backend.HasTable(db, "fine") || Backend.HasTable(db, "half"));
        using var s = Backend.Open(db, v1);
        Assert.Equal(n, s.SchemaVersion);
    }

    [SkippableFact]
    public void A_read_only_store_refuses_to_migrate()
    {
        var db = Fresh();
        var v1 = Backend.EmbeddedMigrations;
        using (Backend.Open(db, v1)) { }
        var v2 = v1.Append(new SqliteDocumentStore.Migration(v1[^1].Version + 1, "x", "CREATE TABLE t2 (x integer);")).ToList();
        var ex = Assert.Throws<StoreException>(() => Backend.Open(db, v2, readOnly: true));
        Assert.Equal(StoreErrorKind.NeedsUpgrade, ex.Kind);
    }

    [SkippableFact]
    public void Entities_are_listed_across_documents()
    {
        var db = Fresh();
        using var store = Open(db);
        store.AddDocuments([
            ExtraDoc("Poutine parle. Poutine et Trump.", "a", [("e1", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Poutine"]), ("e2", "Q22686", "Donald Trump", "PERSON", "USA", ["Trump"])],
                [TestDocs.Ev("v1", "CONSULT", ["e1", "e2"])]),
            ExtraDoc("Putin met Xi. Putin spoke.", "b", [("e1", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Putin", "Putin met"]), ("e2", null, "Xi", "PERSON", "CHN", ["Xi"])],
                [TestDocs.Ev("v1", "CONSULT", ["e1"], ["e2"]), TestDocs.Ev("v2", "AID", ["e1"])]),
            ExtraDoc("Le Xi de Chine.", "c", [("e1", null, "Xi", "PERSON", "CHN", ["Xi"])], []),
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

    [SkippableFact]
    public void AddAll_ingests_in_batches_and_sums_up()
    {
        var db = Fresh();
        using var store = Open(db);
        var docs = StorePerformanceTests.Synthetic(25);
        int batches = 0;
        var first = store.AddAll(docs, batchSize: 10, onBatch: _ => batches++);
        Assert.Equal(new IngestSummary(25, 0, 0), first);
        Assert.Equal(3, batches);
        var again = store.AddAll(docs.Take(5).Concat(StorePerformanceTests.Synthetic(2, seed: 99)), batchSize: 4);
        Assert.Equal(new IngestSummary(2, 5, 0), again);
        Assert.Equal(27, store.Count().Documents);
    }

    [SkippableFact]
    public void Simultaneous_first_opens_migrate_once()
    {
        var db = Fresh(empty: true);
        var stores = new IDocumentStore[4];
        Parallel.For(0, stores.Length, i => stores[i] = Open(db));
        try
        {
            Assert.All(stores, s => Assert.Equal(Backend.EmbeddedMigrations[^1].Version, s.SchemaVersion));
            stores[0].AddDocuments([TestDocs.Rich()]);
            Assert.All(stores, s => Assert.Equal(1, s.Count().Documents));
        }
        finally { foreach (var s in stores) s?.Dispose(); }
        Assert.Equal(Backend.EmbeddedMigrations.Count, Backend.Scalar(db, "SELECT count(*) FROM schema_version;"));
    }

    [SkippableFact]
    public void Documents_and_events_are_found_by_full_text_ignoring_case_and_accents()
    {
        var db = Fresh();
        using var store = Open(db);
        var a = FtsDoc("Trump réclame un cessez-le-feu en Ukraine.", "a");
        var b = FtsDoc("Le cessez-le-feu n’a pas tenu. L’Ukraine accuse la Russie.", "b");
        var c = FtsDoc("L’Ukraine négocie avec l’Élysée le feu vert du cessez.", "c");
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

    [SkippableFact]
    public void Upgrading_a_version_1_database_indexes_its_documents()
    {
        var db = Fresh(empty: true);
        var all = Backend.EmbeddedMigrations;
        Assert.True(all.Count >= 2);
        using (var v1 = Backend.Open(db, [all[0]]))
        {
            Assert.Equal(1, v1.SchemaVersion);
            v1.AddDocuments([FtsDoc("Un cessez-le-feu fragile en Ukraine.", "old")]);
        }
        using var latest = Open(db);
        Assert.Equal(Backend.EmbeddedMigrations[^1].Version, latest.SchemaVersion);
        Assert.Equal(["old"], latest.ListDocuments(new DocumentQuery { Text = "fragile" }).Select(d => d.Source.Name));
    }

    // ------------------------------------------------------------ opening, on any backend

    [SkippableFact]
    public void A_fresh_location_gets_the_latest_schema_and_reopens()
    {
        var db = Fresh(empty: true);
        using (var store = Open(db))
        {
            Assert.Equal(Backend.EmbeddedMigrations[^1].Version, store.SchemaVersion);
            Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0, 0, 0), store.Count());
            store.AddDocuments([Putin1()]);
        }
        Assert.Equal(Backend.EmbeddedMigrations[^1].Version, Backend.Scalar(db, "SELECT max(version) FROM schema_version;"));
        using var again = Open(db);
        Assert.Equal(1, again.Count().Documents);
    }

    [SkippableFact]
    public void Newer_schema_is_refused_with_a_clear_message_on_any_backend()
    {
        var db = Fresh();
        using (Open(db)) { }
        Backend.Execute(db, "INSERT INTO schema_version (version, name, applied_at) VALUES (999, '0999_future', '2030-01-01');");
        var ex = Assert.Throws<StoreException>(() => Open(db));
        Assert.Equal(StoreErrorKind.NewerSchema, ex.Kind);
        Assert.Contains("999", ex.Message);
        Assert.Contains("Upgrade Parallax", ex.Message);
    }

    [SkippableFact]
    public void Another_applications_tables_are_not_touched()
    {
        var db = Fresh(empty: true);
        Backend.Execute(db, "CREATE TABLE customers (id integer PRIMARY KEY, name text);");
        var ex = Assert.Throws<StoreException>(() => Open(db));
        Assert.Equal(StoreErrorKind.NotParallax, ex.Kind);
        Assert.False(Backend.HasTable(db, "documents"));
    }

    [SkippableFact]
    public void Read_only_store_reads_but_does_not_write_or_create()
    {
        var db = Fresh(empty: true);
        var missing = Assert.Throws<StoreException>(() => DocumentStores.Open(db, readOnly: true));
        Assert.Equal(StoreErrorKind.CannotOpen, missing.Kind);
        Assert.False(Backend.HasTable(db, "documents"));
        using (Seeded(db)) { }
        using var ro = DocumentStores.Open(db, readOnly: true);
        Assert.Equal(3, ro.Count().Documents);
        Assert.Single(ro.QueryEvents(new EventQuery { Actor = "trump" }));
        Assert.Throws<InvalidOperationException>(() => ro.AddDocuments([Putin1()]));
        Assert.Throws<InvalidOperationException>(() => ro.ReplaceStories([]));
    }

    [SkippableFact]
    public void A_held_write_lock_gives_a_clear_locked_error_and_reads_go_on()
    {
        var db = Fresh();
        using (Seeded(db)) { }
        using var store = Backend.OpenWithTimeout(db, TimeSpan.FromMilliseconds(300));
        var held = Backend.HoldWriteLock(db);
        try
        {
            Assert.Equal(3, store.Count().Documents); // reading still works
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var ex = Assert.Throws<StoreException>(() => store.AddDocuments([Rich()]));
            Assert.Equal(StoreErrorKind.Locked, ex.Kind);
            Assert.Contains("locked by another process", ex.Message);
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10));
        }
        finally { held.Dispose(); }
        Assert.Equal(AddStatus.Added, store.AddDocuments([Rich()])[0].Status);
        Assert.Equal(4, store.Count().Documents);
    }

    [SkippableFact]
    public void Duplicates_inside_one_batch_follow_the_policy()
    {
        var db = Fresh();
        using var store = Open(db);
        var a = Putin1();
        Assert.Equal([AddStatus.Added, AddStatus.Duplicate], store.AddDocuments([a, a]).Select(r => r.Status));
        var b = Macron();
        Assert.Equal([AddStatus.Added, AddStatus.Replaced, AddStatus.Replaced],
            store.AddDocuments([b, b with { Title = "second" }, a with { Title = "again" }], DuplicatePolicy.Replace).Select(r => r.Status));
        Assert.Equal("second", store.GetDocument(b.Id)!.Title);
        Assert.Equal("again", store.GetDocument(a.Id)!.Title);
        Assert.Equal(2, store.Count().Documents);
        Assert.Equal(a.Events.Length + b.Events.Length, store.Count().Events);
    }

    [SkippableFact]
    public void Stemmed_or_not_full_text_finds_whole_words_in_both_languages()
    {
        var db = Fresh();
        using var store = Open(db);
        var fr = FtsDoc("Les négociations sur l’Ukraine reprennent à Genève.", "fr");
        var en = Make("Talks on a ceasefire in Ukraine resumed in Geneva.", "en", new DateOnly(2025, 2, 12),
            [("e1", "Q212", "Ukraine", "LOCATION", "UKR", ["Ukraine"])], [Ev("v1", "REQUEST", ["e1"], date: "2025-02-12")], language: "en");
        store.AddDocuments([fr, en]);
        string[] Find(string t) => store.ListDocuments(new DocumentQuery { Text = t }).Select(d => d.Source.Name!).ToArray();
        Assert.Equal(["fr", "en"], Find("ukraine"));
        Assert.Equal(["fr"], Find("NEGOCIATIONS geneve"));
        Assert.Equal(["en"], Find("ceasefire"));
        Assert.Equal(["en"], Find("talks"));
        Assert.Equal(["fr"], Find("\"sur l'Ukraine\""));
        Assert.Empty(Find("\"Ukraine sur\""));
        Assert.Equal(["fr", "en"], Find("gen*"));
        Assert.Equal(1, store.CountEvents(new EventQuery { Text = "resumed" }));
    }

    [SkippableFact]
    public void Seed_documents_are_stored_once_and_queried_like_the_gold()
    {
        using var store = Open(Fresh());
        SeedGoldenTests.StoreAndQueryLikeTheGold(store);
    }
}
