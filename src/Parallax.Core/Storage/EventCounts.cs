using Parallax.Text;

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
    /// The facet count (type, year or month) of a query with a source filter, as a query on event_source_counts
    /// (SQLite and PostgreSQL schema 11), or null when the table cannot answer it: no source, another document or
    /// event filter (mode, status, words, language, document), a participant given by name or two roles, undated
    /// events placed at their publication day, or a window that does not start on the first day of a month and end
    /// on the last day of one (the table counts months). The source needle is bound as <c>src</c>; it matches the
    /// folded source name (<paramref name="contains"/>: the SQL function (haystack, needle) giving its position,
    /// 0 when absent: instr, strpos). The caller must also check that no document matches the needle by its path or
    /// URL only (<see cref="SourceNameOnlySql"/>).
    /// </summary>
    public static string? SourceFacetSql(EventQuery q, EventFacet facet, Func<string, (string Sql, string Key)> param,
                                         List<KeyValuePair<string, object?>> binds, Func<string, bool, string> bound, string contains)
    {
        var (key, order) = facet switch
        {
            EventFacet.Type => ("c.type", "n DESC, k"),
            EventFacet.Year => ("substr(nullif(c.month_lo, ''), 1, 4)", "k IS NULL, k"),
            EventFacet.Month => ("CASE WHEN c.month_lo <> '' AND c.month_lo = c.month_hi THEN c.month_lo END", "k IS NULL, k"),
            _ => (null!, null!),
        };
        if (key is null || Blank(q.Source) || SourceNeedle(q.Source!) is not { } needle) return null;
        if (!Blank(q.Mode) || !Blank(q.Status) || !Blank(q.Document) || !Blank(q.Text) || !Blank(q.Language)) return null;
        bool window = !Blank(q.From) || !Blank(q.To);
        if (window && q.UndatedUsePublished) return null;
        string? fromMonth = null, toMonth = null;
        if (!Blank(q.From))
        {
            var first = bound(q.From!, true);
            if (!first.EndsWith("-01", StringComparison.Ordinal)) return null;
            fromMonth = first[..7];
        }
        if (!Blank(q.To))
        {
            var last = bound(q.To!, false);
            if (!DateOnly.TryParseExact(last, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
                || d.Day != DateTime.DaysInMonth(d.Year, d.Month)) return null;
            toMonth = last[..7];
        }
        if (Roles(q) is not { } r) return null;
        var w = new List<string>();
        void Add(string name, object? value, string condition)
        {
            var (sql, k) = param(name);
            binds.Add(new(k, value));
            w.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, condition, sql));
        }
        Add("ec_kb", r.Kb, "c.kb = {0}");
        Add("ec_role", r.Role, "c.role = {0}");
        Add("src", needle, contains + "(c.source, {0}) > 0");
        Types(q, param, binds, w);
        // the window rules of the events, on months (a window of whole months: date_lo >= its first day is
        // month_lo >= its first month, and so on; undated: '' here, NULL there, fails every bound)
        if (fromMonth is not null)
            Add("ec_from", fromMonth, q.DateMatch == DateMatch.Within ? "nullif(c.month_lo, '') >= {0}" : "nullif(c.month_hi, '') >= {0}");
        if (toMonth is not null)
            Add("ec_to", toMonth, q.DateMatch == DateMatch.Within ? "nullif(c.month_hi, '') <= {0}" : "nullif(c.month_lo, '') <= {0}");
        return $"SELECT k, n FROM (SELECT {key} AS k, CAST(sum(c.n) AS bigint) AS n FROM event_source_counts c WHERE {string.Join(" AND ", w)} GROUP BY 1) t "
             + $"WHERE n > 0 ORDER BY {order}";
    }

    /// <summary>
    /// Whether some document matches the source needle (bound as <c>src</c>) by its path or URL and not by its name:
    /// a count, 1 when so, else 0. <paramref name="contains"/> as in <see cref="SourceFacetSql"/>; <paramref name="name"/> is the
    /// SQL of the folded name from document_sources (alias s).
    /// </summary>
    public static string SourceNameOnlySql(string contains, string name, string needle) =>
        $"SELECT count(*) FROM (SELECT 1 FROM document_sources s WHERE {contains}(s.fold, {needle}) > 0 AND {contains}({name}, {needle}) = 0 LIMIT 1) t";

    /// <summary>The folded source needle, or null when it holds a line break (the filter then reads the documents).</summary>
    public static string? SourceNeedle(string source)
    {
        var needle = TextFold.Fold(source.Trim());
        return needle.Length == 0 || needle.Contains('\n') || needle.Contains('\0') ? null : needle;
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
    /// The number of events the query's filters keep that have no listing day (no first day, no publication day:
    /// listed last), from event_counts — or null when the query has a filter that the table does not hold.
    /// </summary>
    public static string? UnlistedSql(EventQuery q, Func<string, (string Sql, string Key)> param,
                                      List<KeyValuePair<string, object?>> binds, Func<string, bool, string> bound)
    {
        if (Where(q, param, binds, bound) is not { } where) return null;
        return $"SELECT CAST(coalesce(sum(c.n), 0) AS bigint) FROM event_counts c WHERE {where} AND c.sort_date = ''";
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
        if (Roles(q) is not { } r) return null;
        var (kb, role) = r;
        var w = new List<string>();
        void Add(string name, object? value, string condition)
        {
            var (sql, k) = param(name);
            binds.Add(new(k, value));
            w.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, condition, sql));
        }
        Add("ec_kb", kb, "c.kb = {0}");
        Add("ec_role", role, "c.role = {0}");
        Types(q, param, binds, w);
        // the same window rules as on events (undated: '' here, NULL there, fails every bound)
        if (!Blank(q.From))
            Add("ec_from", bound(q.From!, true), q.DateMatch == DateMatch.Within ? "nullif(c.date_lo, '') >= {0}" : "nullif(c.date_hi, '') >= {0}");
        if (!Blank(q.To))
            Add("ec_to", bound(q.To!, false), q.DateMatch == DateMatch.Within ? "nullif(c.date_hi, '') <= {0}" : "nullif(c.date_lo, '') <= {0}");
        return string.Join(" AND ", w);
    }

    /// <summary>The (kb, role) rows of the query's one entity filter ('', '' without one), or null when it has two or
    /// names an entity otherwise than by its Wikidata id.</summary>
    static (string Kb, string Role)? Roles(EventQuery q)
    {
        var roles = new[] { (q.Actor, "actor"), (q.Target, "target"), (q.Participant, "participant") }.Where(r => !Blank(r.Item1)).ToList();
        if (roles.Count > 1) return null;
        if (roles.Count == 0) return ("", "");
        var v = roles[0].Item1!.Trim();
        if (!IsKbId(v)) return null;
        return ("Q" + v[1..], roles[0].Item2);
    }

    static void Types(EventQuery q, Func<string, (string Sql, string Key)> param, List<KeyValuePair<string, object?>> binds, List<string> w)
    {
        if (Blank(q.Type)) return;
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

    static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

    static bool IsKbId(string s) => s.Length >= 2 && (s[0] is 'Q' or 'q') && s.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
}
