using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// Persistent store of processed documents, their facts and the stories built over them.
/// Backend-neutral: the SQLite implementation is <see cref="SqliteDocumentStore"/>; a PostgreSQL one can
/// implement the same contract (ids are text, dates ISO strings, records the JSON of <see cref="RecordJson"/>).
/// Synchronous API. Implementations serialise calls on one instance (safe to share between threads);
/// several instances (or processes) may open the same database: one writes while others read.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>Where the data lives (a file path for SQLite).</summary>
    string Location { get; }

    /// <summary>Version of the database schema (the last migration applied).</summary>
    int SchemaVersion { get; }

    /// <summary>
    /// Stores a batch of documents in one transaction (all or nothing); the sequence is read in full before the
    /// transaction starts. A document whose id is already stored
    /// is skipped (<see cref="AddStatus.Duplicate"/>) or, with <see cref="DuplicatePolicy.Replace"/>, replaced.
    /// Returns one result per input document, in input order.
    /// </summary>
    IReadOnlyList<AddResult> AddDocuments(IEnumerable<Document> documents, DuplicatePolicy duplicates = DuplicatePolicy.Skip);

    /// <summary>True when a document with exactly this id is stored (skip re-processing a known input).</summary>
    bool Contains(string id);

    /// <summary>
    /// The full id of the document whose id is <paramref name="idOrPrefix"/> or starts with it (a prefix needs
    /// at least <see cref="MinPrefixLength"/> characters). Null when none matches.
    /// </summary>
    /// <exception cref="AmbiguousIdException">the prefix matches several documents.</exception>
    /// <exception cref="ArgumentException">the prefix is too short.</exception>
    string? ResolveId(string idOrPrefix);

    /// <summary>The document (read back from its stored record: no tokens), or null. See <see cref="ResolveId"/>.</summary>
    Document? GetDocument(string idOrPrefix);

    /// <summary>
    /// The stored documents with these full ids, in no particular order; ids not stored are left out. One read for
    /// many documents (story recomposition reads a story's members this way), where <see cref="GetDocument"/> is one
    /// read each.
    /// </summary>
    IReadOnlyList<Document> GetDocuments(IReadOnlyCollection<string> ids);

    /// <summary>Summaries of stored documents, filtered and paged.</summary>
    IReadOnlyList<DocumentSummary> ListDocuments(DocumentQuery? query = null);

    /// <summary>Number of documents matching the query (ignoring paging).</summary>
    long CountDocuments(DocumentQuery? query = null);

    /// <summary>
    /// Streams full documents matching the query (for export). Reads on its own connection, so the store
    /// stays usable while the sequence is enumerated; dispose the enumerator (foreach does) to release it.
    /// </summary>
    IEnumerable<Document> StreamDocuments(DocumentQuery? query = null);

    /// <summary>Like <see cref="StreamDocuments"/> but yields the stored record JSON (one line each) without parsing it.</summary>
    IEnumerable<string> StreamRecords(DocumentQuery? query = null);

    /// <summary>Deletes a document and all its facts. Returns false when it was not stored.</summary>
    bool RemoveDocument(string id);

    /// <summary>Events matching the query, with their document's source and participants' names.</summary>
    IReadOnlyList<EventRow> QueryEvents(EventQuery query);

    /// <summary>
    /// Like <see cref="QueryEvents"/> but lazily, on a connection of its own (exports of many events; set
    /// <c>Limit = null</c> for all). The query is checked when this is called, rows are read while enumerating.
    /// </summary>
    IEnumerable<EventRow> StreamEvents(EventQuery query);

    /// <summary>Number of events matching the query (ignoring paging).</summary>
    long CountEvents(EventQuery query);

    /// <summary>
    /// Events matching the query (paging ignored) counted by one facet: type, source, year, month, status,
    /// language or actor (canonical name). Most frequent first, except Year/Month (chronological).
    /// </summary>
    IReadOnlyList<FacetCount> CountEventsBy(EventQuery query, EventFacet facet, int limit = 50);

    /// <summary>
    /// Replaces all stored stories by these, in one transaction, and forgets every story assignment (a full
    /// rebuild starts with <c>ReplaceStories([])</c>).
    /// </summary>
    void ReplaceStories(IEnumerable<Story> stories);

    /// <summary>
    /// Incremental clustering's write, in one transaction, costing what changed rather than the stories' sizes.
    /// Each story given is inserted or replaced by id as to its title, first and last day and events (a new story goes
    /// after the stored ones, a replaced one keeps its place); its <see cref="Story.Documents"/> / <see cref="Story.Members"/>
    /// are <b>added</b> to its stored membership (members already stored are kept, in their place; pass only the new
    /// ones). Each assignment is inserted or replaced by document id, numbered in order after the stored ones, and makes
    /// its document a member of its story (the story must be given or stored) and widens the story's first and last day.
    /// A document belongs to one story: joining another moves its membership (a merge), and a story left with no
    /// document is deleted.
    /// </summary>
    void SaveStories(IEnumerable<Story> stories, IEnumerable<StoryAssignment> assignments);

    /// <summary>
    /// The stored stories among these ids, without their events and members: title, number of documents, first and
    /// last day (one look-up each, whatever the stories' sizes). Unknown ids are left out.
    /// </summary>
    IReadOnlyList<StoryHeader> GetStoryHeaders(IReadOnlyCollection<string> ids);

    /// <summary>A page of a story's members, in the order they joined (empty for an unknown story).</summary>
    IReadOnlyList<StoryMember> GetStoryMembers(string storyId, int offset = 0, int? limit = null);

    /// <summary>
    /// Stored assignments in the order they were made, those of documents published on or after
    /// <paramref name="from"/> (and undated ones) when given.
    /// </summary>
    IEnumerable<StoryAssignment> StreamStoryAssignments(DateOnly? from = null);

    /// <summary>The stored assignments of these documents (full ids; unassigned ones are left out), in no set order.</summary>
    IReadOnlyList<StoryAssignment> GetStoryAssignments(IReadOnlyCollection<string> documentIds);

    /// <summary>All stories, in the order they were stored.</summary>
    IReadOnlyList<Story> GetStories();

    /// <summary>One story by id, or null.</summary>
    Story? GetStory(string id);

    /// <summary>Stories that include the document (full id).</summary>
    IReadOnlyList<Story> GetStoriesOfDocument(string documentId);

    /// <summary>
    /// Entities across documents: one row per knowledge-base id (unlinked entities: per type and folded name),
    /// most widely covered first.
    /// </summary>
    IReadOnlyList<EntitySummary> ListEntities(EntityQuery? query = null);

    /// <summary>Row counts.</summary>
    StoreCounts Count();

    /// <summary>Shortest accepted id prefix.</summary>
    public const int MinPrefixLength = 6;
}

public enum DuplicatePolicy
{
    /// <summary>Keep the stored document, report <see cref="AddStatus.Duplicate"/>.</summary>
    Skip,
    /// <summary>Replace the stored document and its facts (re-processing with a newer pipeline).</summary>
    Replace,
}

public enum AddStatus { Added, Duplicate, Replaced }

/// <summary>What happened to one document of an <see cref="IDocumentStore.AddDocuments"/> batch.</summary>
public readonly record struct AddResult(string Id, AddStatus Status)
{
    public bool IsNew => Status == AddStatus.Added;
}

/// <summary>Filters for listing/streaming documents. Null members do not filter.</summary>
public sealed record DocumentQuery
{
    /// <summary>Case- and accent-insensitive substring of the source name, path or URL.</summary>
    public string? Source { get; init; }
    public string? Language { get; init; }
    /// <summary>Published on or after (yyyy, yyyy-MM or yyyy-MM-dd: the first day of that period).</summary>
    public string? From { get; init; }
    /// <summary>Published on or before (yyyy, yyyy-MM or yyyy-MM-dd: the last day of that period).</summary>
    public string? To { get; init; }
    /// <summary>Case- and accent-insensitive substring of the title.</summary>
    public string? Title { get; init; }
    /// <summary>Full-text search of title and text: every word must occur; "a-b" or "quoted words" as a phrase;
    /// word* as a prefix (see <see cref="FullTextQuery"/>).</summary>
    public string? Text { get; init; }
    /// <summary>Only documents that mention this entity (same matching as <see cref="EventQuery.Actor"/>).</summary>
    public string? Entity { get; init; }
    public int Offset { get; init; }
    /// <summary>Maximum rows; null for all.</summary>
    public int? Limit { get; init; }
    /// <summary>Newest first (by published date, then ingestion time). Default: oldest first.</summary>
    public bool Descending { get; init; }
}

/// <summary>One line of a document listing.</summary>
public sealed record DocumentSummary(
    string Id, SourceInfo Source, string? Language, DateOnly? Published, string? Title,
    DateTimeOffset IngestedAt, int EntityCount, int EventCount);

/// <summary>How an event's date range is compared with the query's [From, To] window.</summary>
public enum DateMatch
{
    /// <summary>The event's date range overlaps the window ("2025" matches a February 2025 window).</summary>
    Overlap,
    /// <summary>The event's date range lies inside the window ("2025" does not match February 2025).</summary>
    Within,
}

/// <summary>Filters for <see cref="IDocumentStore.QueryEvents"/>. Null members do not filter.</summary>
public sealed record EventQuery
{
    /// <summary>
    /// An actor of the event: a Wikidata id (Q7747), or case- and accent-insensitive text found at the start of
    /// a word of the actor's canonical name or of any of its surface forms in the document ("poutine" and
    /// "vlad" find Vladimir Putin; "lad" does not).
    /// </summary>
    public string? Actor { get; init; }
    /// <summary>A target of the event (same matching as <see cref="Actor"/>).</summary>
    public string? Target { get; init; }
    /// <summary>An actor or a target (same matching as <see cref="Actor"/>).</summary>
    public string? Participant { get; init; }
    /// <summary>PLOVER event type (case-insensitive); several may be given separated by commas.</summary>
    public string? Type { get; init; }
    public string? Mode { get; init; }
    public string? Status { get; init; }
    /// <summary>Event date on or after: yyyy, yyyy-MM, yyyy-MM-dd or any TIMEX date (its first day).</summary>
    public string? From { get; init; }
    /// <summary>Event date on or before: yyyy, yyyy-MM, yyyy-MM-dd or any TIMEX date (its last day).</summary>
    public string? To { get; init; }
    public DateMatch DateMatch { get; init; } = DateMatch.Overlap;
    /// <summary>With From/To: date undated events by their document's published day instead of dropping them.</summary>
    public bool UndatedUsePublished { get; init; }
    /// <summary>Case- and accent-insensitive substring of the document's source name, path or URL.</summary>
    public string? Source { get; init; }
    /// <summary>Document id or unique prefix.</summary>
    public string? Document { get; init; }
    /// <summary>Only events of documents whose title or text match this full-text search (see <see cref="DocumentQuery.Text"/>).</summary>
    public string? Text { get; init; }
    public string? Language { get; init; }
    public int Offset { get; init; }
    /// <summary>Maximum rows; null for all.</summary>
    public int? Limit { get; init; } = 100;
    /// <summary>Latest first. Default: chronological (by event date, undated events by published day).</summary>
    public bool Descending { get; init; }
}

public enum EventFacet { Type, Source, Year, Month, Status, Language, Actor }

/// <summary>One bucket of <see cref="IDocumentStore.CountEventsBy"/>; Key is null for "unknown" (undated, no source).</summary>
public readonly record struct FacetCount(string? Key, long Count);

/// <summary>An event with its document's context and its participants' canonical names.</summary>
public sealed record EventRow
{
    public required string DocumentId { get; init; }
    public required Event Event { get; init; }
    public string? SourceName { get; init; }
    public string? SourcePath { get; init; }
    public string? SourceUrl { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public string? Language { get; init; }
    public ImmutableArray<string> Actors { get; init; } = [];
    public ImmutableArray<string> Targets { get; init; } = [];
    public ImmutableArray<string> ReportedBy { get; init; } = [];
    public string? Location { get; init; }
}

/// <summary>Filters for <see cref="IDocumentStore.ListEntities"/>. Null members do not filter.</summary>
public sealed record EntityQuery
{
    /// <summary>A Wikidata id, or case- and accent-insensitive text at a word start of the name or a surface form.</summary>
    public string? Name { get; init; }
    /// <summary>PERSON, ORGANIZATION, LOCATION… (case-insensitive).</summary>
    public string? Type { get; init; }
    /// <summary>ISO 3166-1 alpha-3 code.</summary>
    public string? Country { get; init; }
    public int Offset { get; init; }
    public int? Limit { get; init; } = 100;
}

/// <summary>An entity as seen across the store.</summary>
public sealed record EntitySummary(string? Kb, string Name, string Type, string? Country, int Documents, int Mentions, int Events);

/// <summary>Totals of <see cref="DocumentStoreExtensions.AddAll"/>.</summary>
public sealed record IngestSummary(int Added, int Duplicates, int Replaced)
{
    public int Total => Added + Duplicates + Replaced;
}

public static class DocumentStoreExtensions
{
    /// <summary>
    /// Stores a stream of documents in batches of <paramref name="batchSize"/> (one transaction each), so a long
    /// ingest neither holds the write lock throughout nor loses more than the current batch on failure.
    /// <paramref name="onBatch"/> sees each batch's results (progress reporting).
    /// </summary>
    public static IngestSummary AddAll(this IDocumentStore store, IEnumerable<Document> documents, int batchSize = 256,
        DuplicatePolicy duplicates = DuplicatePolicy.Skip, Action<IReadOnlyList<AddResult>>? onBatch = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        int added = 0, dup = 0, replaced = 0;
        foreach (var batch in documents.Chunk(batchSize))
        {
            var results = store.AddDocuments(batch, duplicates);
            foreach (var r in results)
                switch (r.Status)
                {
                    case AddStatus.Added: added++; break;
                    case AddStatus.Duplicate: dup++; break;
                    case AddStatus.Replaced: replaced++; break;
                }
            onBatch?.Invoke(results);
        }
        return new IngestSummary(added, dup, replaced);
    }
}

/// <summary>
/// Where incremental clustering put one document: its story, its publication day, the document it near-duplicates
/// (a syndicated copy or a translation), the score that made it join (null when it started the story) and its
/// clustering signature (opaque JSON kept so the active window can be reloaded).
/// </summary>
public sealed record StoryAssignment(string Document, string Story, DateOnly? Day, string? NearDuplicateOf, double? Score, string Signature)
{
    /// <summary>The document's language, kept with its membership (optional).</summary>
    public string? Language { get; init; }
    /// <summary>The document's outlet (source name), kept with its membership (optional).</summary>
    public string? Source { get; init; }
}

/// <summary>A stored story without its events and members: what <see cref="IDocumentStore.GetStoryHeaders"/> reads.</summary>
public sealed record StoryHeader(string Id, string Title, int Documents, DateOnly? First, DateOnly? Last);

/// <summary>Row counts of a store.</summary>
public sealed record StoreCounts(
    long Documents, long Entities, long Mentions, long Times, long Quotes, long Events, long Stories,
    long DistinctKbEntities);

public enum StoreErrorKind
{
    /// <summary>The file cannot be opened or created (permissions, missing directory, read-only medium).</summary>
    CannotOpen,
    /// <summary>Another process holds the write lock and did not release it in time.</summary>
    Locked,
    /// <summary>The file is not an SQLite database or is damaged.</summary>
    Corrupt,
    /// <summary>An SQLite database that is not a Parallax store.</summary>
    NotParallax,
    /// <summary>The database was written by a newer Parallax (schema version higher than this one knows).</summary>
    NewerSchema,
    /// <summary>A read-only store would need a migration.</summary>
    NeedsUpgrade,
    /// <summary>A document id prefix matches several documents.</summary>
    AmbiguousId,
    /// <summary>Disk full or another I/O error.</summary>
    IO,
    Other,
}

/// <summary>A storage failure with a message meant for the user.</summary>
public class StoreException : Exception
{
    public StoreErrorKind Kind { get; }
    public StoreException(StoreErrorKind kind, string message, Exception? inner = null) : base(message, inner) => Kind = kind;
}

/// <summary>An id prefix matched several documents; <see cref="Candidates"/> lists some of them.</summary>
public sealed class AmbiguousIdException : StoreException
{
    public string Prefix { get; }
    public IReadOnlyList<string> Candidates { get; }
    public AmbiguousIdException(string prefix, IReadOnlyList<string> candidates)
        : base(StoreErrorKind.AmbiguousId,
            $"Document id prefix '{prefix}' is ambiguous: it matches {(candidates.Count > 10 ? "more than 10" : candidates.Count.ToString())} documents "
            + $"({string.Join(", ", candidates.Take(5).Select(c => c.Length > 16 ? c[..16] + "…" : c))}). Give more characters.")
    {
        Prefix = prefix;
        Candidates = candidates;
    }
}
