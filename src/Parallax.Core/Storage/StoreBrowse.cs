using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// Read queries that a browsing front end (the web interface) needs to stay fast on large stores: a page of
/// stories, document summaries by id, an entity's roles over time and who it deals with. A store implements it
/// to answer them in the database; <see cref="StoreBrowse"/> falls back on <see cref="IDocumentStore"/>'s
/// general methods for a store that does not.
/// </summary>
public interface IStoreBrowser
{
    /// <summary>Stories in stored order, paged.</summary>
    IReadOnlyList<Story> GetStories(int offset, int limit);

    /// <summary>Number of stories.</summary>
    long CountStories();

    /// <summary>Summaries of the documents with these full ids (unknown ids are left out), in no set order.</summary>
    IReadOnlyList<DocumentSummary> GetDocumentSummaries(IReadOnlyCollection<string> ids);

    /// <summary>
    /// The roles the documents give an entity (Wikidata id, or a name as in <see cref="EventQuery.Actor"/>) with
    /// the first and last publication day each was seen, over the entity's <paramref name="recent"/> most recently
    /// ingested documents.
    /// </summary>
    IReadOnlyList<EntityRole> GetEntityRoles(string entity, int recent = StoreBrowse.Recent);

    /// <summary>
    /// Pairs of participants (actors and targets) of the <paramref name="recent"/> latest events in which the entity
    /// takes part, with the number of events they share; most frequent first.
    /// </summary>
    IReadOnlyList<EntityLink> GetEntityNetwork(string entity, int limit = 40, int recent = StoreBrowse.Recent);

    /// <summary>
    /// Entities across documents, most widely covered first, from a directory kept in step with the documents:
    /// like <see cref="IDocumentStore.ListEntities"/> but Mentions and Events are not counted (0).
    /// </summary>
    IReadOnlyList<EntitySummary> BrowseEntities(EntityQuery query);
}

/// <summary>A role (office, title) given to an entity, and the publication days of the first and last document giving it.</summary>
public sealed record EntityRole(string Role, DateOnly? First, DateOnly? Last, int Documents);

/// <summary>Two participants who take part in <see cref="Events"/> events together (names are canonical names).</summary>
public sealed record EntityLink(string A, string? AKb, string B, string? BKb, int Events);

/// <summary>The <see cref="IStoreBrowser"/> queries on any store: native when it implements them, else computed.</summary>
public static class StoreBrowse
{
    /// <summary>How many of an entity's latest documents (roles) and events (network) the entity views read by default:
    /// enough for a picture of its recent coverage, bounded so that an entity named by every document costs the same.</summary>
    public const int Recent = 2000;

    public static IReadOnlyList<Story> GetStories(this IDocumentStore store, int offset, int limit) =>
        store is IStoreBrowser b ? b.GetStories(offset, limit) : store.GetStories().Skip(offset).Take(limit).ToList();

    public static long CountStories(this IDocumentStore store) =>
        store is IStoreBrowser b ? b.CountStories() : store.GetStories().Count;

    public static IReadOnlyList<DocumentSummary> GetDocumentSummaries(this IDocumentStore store, IReadOnlyCollection<string> ids)
    {
        if (store is IStoreBrowser b) return b.GetDocumentSummaries(ids);
        var set = ids.ToHashSet(StringComparer.Ordinal);
        return store.ListDocuments().Where(d => set.Contains(d.Id)).ToList();
    }

    public static IReadOnlyList<EntitySummary> BrowseEntities(this IDocumentStore store, EntityQuery query) =>
        store is IStoreBrowser b ? b.BrowseEntities(query) : store.ListEntities(query);

    public static IReadOnlyList<EntityRole> GetEntityRoles(this IDocumentStore store, string entity, int recent = StoreBrowse.Recent)
    {
        if (store is IStoreBrowser b) return b.GetEntityRoles(entity, recent);
        var roles = new Dictionary<string, (DateOnly? First, DateOnly? Last, int N)>(StringComparer.Ordinal);
        foreach (var doc in store.StreamDocuments(new DocumentQuery { Entity = entity, Descending = true, Limit = recent }))
        foreach (var e in doc.Entities)
        {
            if (!Matches(e, entity)) continue;
            foreach (var role in e.Roles.Distinct())
            {
                var (f, l, n) = roles.TryGetValue(role, out var v) ? v : (null, null, 0);
                roles[role] = (Min(f, doc.Published), Max(l, doc.Published), n + 1);
            }
        }
        return roles.Select(kv => new EntityRole(kv.Key, kv.Value.First, kv.Value.Last, kv.Value.N))
            .OrderBy(r => r.First ?? DateOnly.MaxValue).ThenBy(r => r.Role, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<EntityLink> GetEntityNetwork(this IDocumentStore store, string entity, int limit = 40, int recent = StoreBrowse.Recent)
    {
        if (store is IStoreBrowser b) return b.GetEntityNetwork(entity, limit, recent);
        var pairs = new Dictionary<(string, string), (string? AKb, string? BKb, int N)>();
        foreach (var row in store.QueryEvents(new EventQuery { Participant = entity, Descending = true, Limit = recent }))
        {
            var names = row.Actors.Concat(row.Targets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i < names.Count; i++)
            for (int j = i + 1; j < names.Count; j++)
            {
                var key = (names[i], names[j]);
                var (a, bk, n) = pairs.TryGetValue(key, out var v) ? v : (null, null, 0);
                pairs[key] = (a, bk, n + 1);
            }
        }
        return pairs.OrderByDescending(kv => kv.Value.N).ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal).Take(limit)
            .Select(kv => new EntityLink(kv.Key.Item1, kv.Value.AKb, kv.Key.Item2, kv.Value.BKb, kv.Value.N)).ToList();
    }

    static bool Matches(Entity e, string entity)
    {
        var v = entity.Trim();
        if (v.Length > 1 && (v[0] is 'Q' or 'q') && v.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0) return string.Equals(e.Kb, "Q" + v[1..], StringComparison.Ordinal);
        var f = Text.TextFold.Fold(v);
        return SqliteDocumentStore.ContainsAtWordStart(Text.TextFold.Fold(e.Name), f)
            || e.Mentions.Any(m => SqliteDocumentStore.ContainsAtWordStart(Text.TextFold.Fold(m.Text), f));
    }

    static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
    static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
