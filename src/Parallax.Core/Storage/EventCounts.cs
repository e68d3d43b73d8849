namespace Parallax.Storage;

/// <summary>
/// Event aggregates answered from the <c>event_counts</c> summary table (SQLite schema 6, PostgreSQL schema 5): the
/// number of events per type and date range, over all events and per Wikidata id as actor, target or either. It
/// serves <see cref="IDocumentStore.CountEventsBy"/> by type, year or month when the only filters are one
/// participant given by its Wikidata id, types and a date window — the timeline of an entity, whatever the number
/// of its events — and leaves every other query to the events themselves. Both stores use the same SQL.
/// </summary>
internal static class EventCounts
{
    /// <summary>
    /// The facet count as a query on event_counts, or null when the query needs the events (another filter, a
    /// participant given by name, undated events placed at their publication day, another facet).
    /// <paramref name="param"/> turns a name into its SQL reference and bind key ("$kb"/"$kb", "@kb"/"kb").
    /// </summary>
    public static string? FacetSql(EventQuery q, EventFacet facet, Func<string, (string Sql, string Key)> param,
                                   List<KeyValuePair<string, object?>> binds, Func<string, bool, string> bound)
    {
        var (key, order) = facet switch
        {
            EventFacet.Type => ("c.type", "n DESC, k"),
            EventFacet.Year => ("substr(nullif(c.date_lo, ''), 1, 4)", "k IS NULL, k"),
            EventFacet.Month => ("CASE WHEN c.date_lo <> '' AND substr(c.date_lo, 1, 7) = substr(c.date_hi, 1, 7) THEN substr(c.date_lo, 1, 7) END", "k IS NULL, k"),
            _ => (null!, null!),
        };
        if (key is null || Where(q, param, binds, bound) is not { } where) return null;
        return $"SELECT k, n FROM (SELECT {key} AS k, CAST(sum(c.n) AS bigint) AS n FROM event_counts c WHERE {where} GROUP BY 1) t "
             + $"WHERE n > 0 ORDER BY {order}";
    }

    /// <summary>
    /// For a page of events (listing order: by sort_date — an event's first day, else its document's published day):
    /// the number of matching events per listing day, in listing order, from event_counts — or null when the query
    /// has a filter that the table does not hold. The caller walks it to the day where the page ends
    /// (<see cref="PageDays"/>) and bounds the event query to the days in between, so that it reads about a page of
    /// events instead of every match, or every event before the first match.
    /// </summary>
    public static string? DaysSql(EventQuery q, Func<string, (string Sql, string Key)> param,
                                  List<KeyValuePair<string, object?>> binds, Func<string, bool, string> bound)
    {
        // with no filter at all, the listing index itself gives any page at once
        if (Blank(q.Actor) && Blank(q.Target) && Blank(q.Participant) && Blank(q.Type) && Blank(q.From) && Blank(q.To)) return null;
        if (Where(q, param, binds, bound) is not { } where) return null;
        return $"SELECT c.sort_date, CAST(sum(c.n) AS bigint) FROM event_counts c WHERE {where} AND c.sort_date <> '' "
             + $"GROUP BY c.sort_date HAVING sum(c.n) > 0 ORDER BY c.sort_date{(q.Descending ? " DESC" : "")}";
    }

    /// <summary>
    /// The listing days of the events of a page (offset, limit) from the first rows of <see cref="DaysSql"/>:
    /// every event of the page has its sort_date within [First, Last]. Complete is false when the dated events end
    /// before the page does (events without a listing day, listed last, may fill it); the span is then null when no
    /// event has a listing day.
    /// </summary>
    public static ((string First, string Last)? Span, bool Complete) PageDays(IEnumerable<(string Day, long Events)> days, long offset, long limit, bool descending)
    {
        string? start = null, end = null;
        long seen = 0;
        foreach (var (day, n) in days)
        {
            start ??= day;
            end = day;
            seen += n;
            if (seen >= offset + limit) break;
        }
        if (start is null || end is null) return (null, false);
        return (descending ? (end, start) : (start, end), seen >= offset + limit);
    }

    /// <summary>The WHERE clause on event_counts (alias c) equivalent to the query's filters, or null when it has others.</summary>
    static string? Where(EventQuery q, Func<string, (string Sql, string Key)> param,
                         List<KeyValuePair<string, object?>> binds, Func<string, bool, string> bound)
    {
        if (!Blank(q.Mode) || !Blank(q.Status) || !Blank(q.Source) || !Blank(q.Document) || !Blank(q.Text) || !Blank(q.Language)) return null;
        bool window = !Blank(q.From) || !Blank(q.To);
        if (window && q.UndatedUsePublished) return null;
        var roles = new[] { (q.Actor, "actor"), (q.Target, "target"), (q.Participant, "participant") }.Where(r => !Blank(r.Item1)).ToList();
        if (roles.Count > 1) return null;
        string kb = "", role = "";
        if (roles.Count == 1)
        {
            var v = roles[0].Item1!.Trim();
            if (!IsKbId(v)) return null;
            kb = "Q" + v[1..];
            role = roles[0].Item2;
        }
        var w = new List<string>();
        void Add(string name, object? value, string condition)
        {
            var (sql, k) = param(name);
            binds.Add(new(k, value));
            w.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, condition, sql));
        }
        Add("ec_kb", kb, "c.kb = {0}");
        Add("ec_role", role, "c.role = {0}");
        if (!Blank(q.Type))
        {
            var types = q.Type!.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.ToUpperInvariant()).Distinct().ToList();
            var ps = new List<string>();
            for (int i = 0; i < types.Count; i++)
            {
                var (sql, k) = param("ec_type" + i);
                binds.Add(new(k, types[i]));
                ps.Add(sql);
            }
            w.Add("c.type IN (" + string.Join(", ", ps) + ")");
        }
        // the same window rules as on events (undated: '' here, NULL there, fails every bound)
        if (!Blank(q.From))
            Add("ec_from", bound(q.From!, true), q.DateMatch == DateMatch.Within ? "nullif(c.date_lo, '') >= {0}" : "nullif(c.date_hi, '') >= {0}");
        if (!Blank(q.To))
            Add("ec_to", bound(q.To!, false), q.DateMatch == DateMatch.Within ? "nullif(c.date_hi, '') <= {0}" : "nullif(c.date_lo, '') <= {0}");
        return string.Join(" AND ", w);
    }

    static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

    static bool IsKbId(string s) => s.Length >= 2 && (s[0] is 'Q' or 'q') && s.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
}
