using System.Text;
using Microsoft.Data.Sqlite;
using Parallax.Model;

namespace Parallax.Storage;

// The IStoreBrowser queries (web interface), answered by SQLite with bounded scans.
public sealed partial class SqliteDocumentStore
{
    public IReadOnlyList<Story> GetStories(int offset, int limit)
    {
        var b = new List<KeyValuePair<string, object?>>();
        return ReadStories("SELECT s.id, s.record, s.first, s.last FROM stories s ORDER BY s.position" + Paging(offset, limit, b) + ";", b);
    }

    public long CountStories() => CountWith("SELECT count(*) FROM stories;", []);

    public IReadOnlyList<DocumentSummary> GetDocumentSummaries(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        var list = new List<DocumentSummary>(ids.Count);
        // bound parameters in chunks (SQLite's limit on host parameters)
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var sql = new StringBuilder("SELECT d.id, d.source_path, d.source_url, d.source_name, d.language, d.published, d.title, d.ingested_at, "
                + "(SELECT count(*) FROM entities x WHERE x.doc = d.key), (SELECT count(*) FROM events x WHERE x.doc = d.key) "
                + "FROM documents d WHERE d.id IN (");
            var binds = new List<KeyValuePair<string, object?>>(chunk.Length);
            for (int i = 0; i < chunk.Length; i++)
            {
                if (i > 0) sql.Append(", ");
                sql.Append("$i").Append(i);
                binds.Add(new("$i" + i, chunk[i]));
            }
            sql.Append(");");
            list.AddRange(ReadSummaries(sql.ToString(), binds));
        }
        return list;
    }

    IReadOnlyList<DocumentSummary> ReadSummaries(string sql, List<KeyValuePair<string, object?>> binds)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, binds);
                var list = new List<DocumentSummary>();
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    list.Add(new DocumentSummary(
                        r.GetString(0),
                        new SourceInfo(NullableString(r, 1), NullableString(r, 2), NullableString(r, 3)),
                        NullableString(r, 4),
                        ParseDay(NullableString(r, 5)),
                        NullableString(r, 6),
                        DateTimeOffset.Parse(r.GetString(7), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal),
                        r.GetInt32(8), r.GetInt32(9)));
                return (IReadOnlyList<DocumentSummary>)list;
            });
        }
    }

    public IReadOnlyList<EntityRole> GetEntityRoles(string entity, int recent = StoreBrowse.Recent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentOutOfRangeException.ThrowIfLessThan(recent, 1);
        var b = new List<KeyValuePair<string, object?>>();
        var match = EntityMatch("x", "$ent", entity, b);
        b.Add(new("$recent", (long)recent));
        // the entity's most recent documents first (bounded), then their roles
        // schema 7: the roles from the covering index ix_entities_kb_roles, the days from document_sources (no documents row read)
        var days = SchemaVersion >= ReadSideSchema ? "document_sources d ON d.doc = x.doc" : "documents d ON d.key = x.doc";
        var sql = "WITH recent AS (SELECT x.roles, d.published FROM entities x JOIN " + days + " WHERE " + match
                + " AND x.roles IS NOT NULL AND x.roles <> '[]' ORDER BY x.doc DESC LIMIT $recent) "
                + "SELECT j.value, min(r.published), max(r.published), count(*) FROM recent r, json_each(r.roles) j "
                + "WHERE j.type = 'text' GROUP BY j.value ORDER BY min(r.published), j.value;";
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, b);
                var list = new List<EntityRole>();
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    list.Add(new EntityRole(r.GetString(0), ParseDay(NullableString(r, 1)), ParseDay(NullableString(r, 2)), r.GetInt32(3)));
                return (IReadOnlyList<EntityRole>)list;
            });
        }
    }

    public IReadOnlyList<EntityLink> GetEntityNetwork(string entity, int limit = 40, int recent = StoreBrowse.Recent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(recent, 1);
        var b = new List<KeyValuePair<string, object?>>();
        var match = EntityMatch("p", "$ent", entity, b);
        b.Add(new("$recent", (long)recent));
        // the participants of the entity's latest events (one index walk and one look-up per event); the pairs are
        // counted here, which costs less than joining the participants with themselves and grouping in SQL
        var sql = "WITH ev AS (SELECT DISTINCT p.doc, p.event_ord FROM event_participants p WHERE " + match
                + " AND p.role IN ('actor', 'target') ORDER BY p.doc DESC LIMIT $recent) "
                + "SELECT a.doc, a.event_ord, a.name, a.kb FROM ev "
                + "JOIN event_participants a ON a.doc = ev.doc AND a.event_ord = ev.event_ord AND a.role IN ('actor', 'target');";
        var events = new Dictionary<(long, long), List<string>>();
        var kbOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        lock (_gate)
        {
            ThrowIfDisposed();
            Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, b);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    var key = (r.GetInt64(0), r.GetInt64(1));
                    var name = r.GetString(2);
                    if (!events.TryGetValue(key, out var names)) events[key] = names = [];
                    if (!names.Contains(name, StringComparer.Ordinal)) names.Add(name);
                    if (kbOf.GetValueOrDefault(name) is null) kbOf[name] = NullableString(r, 3);
                }
                return 0;
            });
        }
        var pairs = new Dictionary<(string, string), int>();
        foreach (var names in events.Values)
        {
            names.Sort(StringComparer.Ordinal);
            for (int i = 0; i < names.Count; i++)
            for (int j = i + 1; j < names.Count; j++)
                pairs[(names[i], names[j])] = pairs.GetValueOrDefault((names[i], names[j])) + 1;
        }
        return pairs.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
            .Take(limit).Select(kv => new EntityLink(kv.Key.Item1, kbOf.GetValueOrDefault(kv.Key.Item1), kv.Key.Item2, kbOf.GetValueOrDefault(kv.Key.Item2), kv.Value)).ToList();
    }

    public IReadOnlyList<EntitySummary> BrowseEntities(EntityQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var w = new List<string> { "x.documents > 0" };
        var b = new List<KeyValuePair<string, object?>>();
        if (!string.IsNullOrWhiteSpace(query.Name)) w.Add(EntityMatch("x", "$name", query.Name, b));
        if (!string.IsNullOrWhiteSpace(query.Type)) { w.Add("x.type = $type"); b.Add(new("$type", query.Type.Trim().ToUpperInvariant())); }
        if (!string.IsNullOrWhiteSpace(query.Country)) { w.Add("x.country = $country"); b.Add(new("$country", query.Country.Trim().ToUpperInvariant())); }
        var sql = "SELECT x.kb, x.name, x.type, x.country, x.documents FROM entity_directory x WHERE " + string.Join(" AND ", w)
                + " ORDER BY x.documents DESC, x.name" + Paging(query.Offset, query.Limit, b) + ";";
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, b);
                var list = new List<EntitySummary>();
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    list.Add(new EntitySummary(NullableString(r, 0), r.GetString(1), r.GetString(2), NullableString(r, 3), r.GetInt32(4), 0, 0));
                return (IReadOnlyList<EntitySummary>)list;
            });
        }
    }
}
