using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// Backend-specific integrity checks a store can offer on top of <see cref="StoreConsistency"/>: the storage
/// engine's own check, fact rows without their document (orphans), documents whose stored record and fact rows
/// disagree (half-written), duplicate ids. Run in one read snapshot, so it holds while another process writes.
/// <see cref="SqliteDocumentStore"/> runs Storage/data/integrity/sqlite.sql in one read transaction,
/// <see cref="PostgresDocumentStore"/> Storage/data/integrity/postgres.sql in one REPEATABLE READ transaction.
/// </summary>
public interface IStoreIntegrity
{
    /// <summary>One line per problem found; empty when the store is sound.</summary>
    IReadOnlyList<string> CheckIntegrity();
}

/// <summary>
/// Reads an integrity data file (Storage/data/integrity/*.sql): each check is a "-- check: MESSAGE" line followed
/// by one query returning the number of bad rows; other comment lines are ignored.
/// </summary>
internal static class IntegrityQueries
{
    public static IReadOnlyList<(string Message, string Sql)> Load(string resource)
    {
        var checks = new List<(string, string)>();
        string? message = null;
        var sql = new System.Text.StringBuilder();
        foreach (var line in DataFiles.ReadAllText(resource).Split('\n'))
        {
            if (line.StartsWith("-- check:", StringComparison.Ordinal))
            {
                if (message is not null) checks.Add((message, sql.ToString()));
                message = line["-- check:".Length..].Trim();
                sql.Clear();
            }
            else if (message is not null && !line.StartsWith("--", StringComparison.Ordinal)) sql.AppendLine(line);
        }
        if (message is not null) checks.Add((message, sql.ToString()));
        if (checks.Count == 0) throw new InvalidOperationException($"{resource} holds no '-- check:' query.");
        return checks;
    }
}

/// <summary>What <see cref="StoreConsistency.Check"/> found.</summary>
public sealed record ConsistencyReport(long Documents, long Entities, long Mentions, long Times, long Quotes, long Events, ImmutableArray<string> Problems)
{
    public bool Ok => Problems.IsEmpty;
}

/// <summary>
/// Checks that a store holds whole documents only: through the <see cref="IDocumentStore"/> contract alone
/// (so it runs on any backend) every document reads back, its ids are unique, its spans lie inside its text,
/// its facts refer to entities it has, and the events the store returns for it are exactly those of its record;
/// when no writer is running (<c>quiescent</c>), the store's row totals equal the sums over its documents (no
/// orphan entity, time, quote or event). A store that also implements <see cref="IStoreIntegrity"/> adds its
/// own engine-level checks.
/// </summary>
public static class StoreConsistency
{
    /// <param name="quiescent">No other process writes: also compare the totals (they move during an ingest).</param>
    /// <param name="maxProblems">Stop listing after this many problems.</param>
    /// <param name="progress">Called with the number of documents checked so far (every 100).</param>
    public static ConsistencyReport Check(IDocumentStore store, bool quiescent = true, int maxProblems = 100, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        List<string> problems = [];
        void Problem(string p) { if (problems.Count < maxProblems) problems.Add(p); }

        if (store is IStoreIntegrity integrity)
            foreach (var p in integrity.CheckIntegrity()) Problem(p);

        // A writer may commit while we read: take the totals first only when nobody writes.
        var before = quiescent ? store.Count() : null;
        long docs = 0, entities = 0, mentions = 0, times = 0, quotes = 0, events = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in store.StreamDocuments())
        {
            docs++;
            if (!ids.Add(doc.Id)) Problem($"document {doc.Id} is stored twice");
            if (doc.Id.Length != 64 || !doc.Id.All(char.IsAsciiHexDigitLower)) Problem($"document id '{doc.Id}' is not a lower-case SHA-256");
            entities += doc.Entities.Length;
            mentions += doc.Entities.Sum(e => e.Mentions.Length);
            times += doc.Times.Length;
            quotes += doc.Quotes.Length;
            events += doc.Events.Length;
            foreach (var p in CheckDocument(doc)) Problem($"document {Short(doc.Id)}: {p}");
            long stored = store.CountEvents(new EventQuery { Document = doc.Id, Limit = null });
            if (stored != doc.Events.Length)
                Problem($"document {Short(doc.Id)}: its record has {doc.Events.Length} event(s) but the store returns {stored}");
            if (docs % 100 == 0) progress?.Invoke(docs);
        }
        if (quiescent)
        {
            var c = store.Count();
            if (c != before) Problem("the store changed while it was checked (is an ingest running? check with quiescent: false)");
            else
            {
                Compare("documents", c.Documents, docs);
                Compare("entities", c.Entities, entities);
                Compare("mentions", c.Mentions, mentions);
                Compare("times", c.Times, times);
                Compare("quotes", c.Quotes, quotes);
                Compare("events", c.Events, events);
                long listed = store.CountDocuments();
                if (listed != docs) Problem($"CountDocuments gives {listed} but {docs} document(s) were read");
                long allEvents = store.CountEvents(new EventQuery { Limit = null });
                if (allEvents != events) Problem($"CountEvents gives {allEvents} but the documents hold {events} event(s)");
            }
        }
        return new ConsistencyReport(docs, entities, mentions, times, quotes, events, [.. problems]);

        void Compare(string what, long total, long sum)
        {
            if (total != sum)
                Problem($"{total} {what} stored but the documents' records hold {sum} ({(total > sum ? "orphan rows" : "missing rows")})");
        }
    }

    /// <summary>Problems inside one document: spans outside the text, references to entities it does not have.</summary>
    public static IEnumerable<string> CheckDocument(Document doc)
    {
        int n = doc.Text.Length;
        bool Bad(int s, int e) => s < 0 || e > n || s > e;
        foreach (var p in doc.Paragraphs) if (Bad(p.Start, p.End)) { yield return $"paragraph [{p.Start},{p.End}) outside the text ({n} chars)"; break; }
        var entityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in doc.Entities)
        {
            if (!entityIds.Add(e.Id)) yield return $"entity id {e.Id} used twice";
            foreach (var m in e.Mentions)
                if (Bad(m.Start, m.End)) { yield return $"mention of {e.Id} [{m.Start},{m.End}) outside the text"; break; }
        }
        foreach (var t in doc.Times) if (Bad(t.Start, t.End)) { yield return $"time [{t.Start},{t.End}) outside the text"; break; }
        foreach (var q in doc.Quotes)
        {
            if (Bad(q.Start, q.End)) yield return $"quote [{q.Start},{q.End}) outside the text";
            if (q.Speaker is { } s && !entityIds.Contains(s)) yield return $"quote speaker {s} is not an entity of the document";
        }
        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ev in doc.Events)
        {
            if (!eventIds.Add(ev.Id)) yield return $"event id {ev.Id} used twice";
            foreach (var sp in ev.Evidence) if (Bad(sp.Start, sp.End)) { yield return $"evidence of {ev.Id} [{sp.Start},{sp.End}) outside the text"; break; }
        }
    }

    static string Short(string id) => id.Length > 16 ? id[..16] : id;
}
