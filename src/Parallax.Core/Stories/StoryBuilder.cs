using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Stories;

/// <summary>
/// Groups documents about the same real event into stories and merges their events across sources.
/// A document joins the story with which it shares an event (same type, participants and date) or enough of
/// its named people and organisations; otherwise it starts a story. Inside a story, events that denote the
/// same real event become one <see cref="StoryEvent"/>, and every attribute on which the sources differ
/// (duration, date, place, status, who reported it) becomes a <see cref="ClaimConflict"/> with each source's value.
/// </summary>
public sealed class StoryBuilder
{
    /// <summary>Share of named people/organisations two documents must have in common to be one story.</summary>
    public double EntityOverlap { get; init; } = 0.3;
    /// <summary>Most days between two documents' publication dates in one story.</summary>
    public int MaxDaysApart { get; init; } = 3;

    sealed class Cluster
    {
        public List<Document> Docs = [];
        public HashSet<string> Entities = [];
        public HashSet<string> EventKeys = [];
        public DateOnly? Published;
    }

    public IReadOnlyList<Story> Build(IEnumerable<Document> documents)
    {
        var clusters = new List<Cluster>();
        foreach (var doc in documents.OrderBy(d => d.Published ?? DateOnly.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var ents = KeyEntities(doc);
            var keys = doc.Events.Select(e => EventKey(doc, e)).ToHashSet();
            Cluster? best = null;
            double bestScore = 0;
            foreach (var c in clusters)
            {
                if (doc.Published is { } p && c.Published is { } cp && Math.Abs(p.DayNumber - cp.DayNumber) > MaxDaysApart) continue;
                double score = c.EventKeys.Overlaps(keys) ? 1.0 : 0.0;
                int inter = c.Entities.Count(ents.Contains);
                int smaller = Math.Min(c.Entities.Count, ents.Count);
                double overlap = smaller == 0 ? 0 : (double)inter / smaller;
                score += overlap;
                if ((score >= 1.0 || overlap >= EntityOverlap) && score > bestScore) { best = c; bestScore = score; }
            }
            if (best == null) { best = new Cluster { Published = doc.Published }; clusters.Add(best); }
            best.Docs.Add(doc);
            best.Entities.UnionWith(ents);
            best.EventKeys.UnionWith(keys);
        }
        var stories = new List<Story>();
        int n = 0;
        foreach (var c in clusters)
        {
            var events = MergeEvents(c.Docs);
            stories.Add(new Story
            {
                Id = $"s{++n}",
                Title = TitleOf(c.Docs, events),
                Documents = [.. c.Docs.Select(d => d.Id)],
                Events = events,
            });
        }
        return stories;
    }

    /// <summary>The people and organisations a document is about, by knowledge-base id or name.</summary>
    static HashSet<string> KeyEntities(Document doc) =>
        doc.Entities.Where(e => e.Type is EntityTypes.Person or EntityTypes.Organization).Select(e => e.Kb ?? e.Name.ToLowerInvariant()).ToHashSet();

    static string Name(Document d, string id) => d.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    static string EventKey(Document d, Event e) =>
        $"{e.Type}|{string.Join(",", e.Actors.Concat(e.Targets).Select(a => Name(d, a)).Order(StringComparer.Ordinal))}|{e.Date}";

    sealed class Group
    {
        public required string Type;
        public string? Mode;
        public required HashSet<string> Participants;
        public string? Date;
        public List<(Document Doc, Event Event)> Members = [];
    }

    static ImmutableArray<StoryEvent> MergeEvents(List<Document> docs)
    {
        var groups = new List<Group>();
        foreach (var d in docs)
            foreach (var e in d.Events)
            {
                var parts = e.Actors.Concat(e.Targets).Select(a => Name(d, a)).ToHashSet();
                // an intention or a plan is not the event it announces: each merges only with its own kind; among the
                // candidates, the one agreeing on status, mode and date wins
                var g = groups.Where(g => g.Type == e.Type && (g.Mode == null || e.Mode == null || g.Mode == e.Mode)
                        && g.Participants.SetEquals(parts) && DatesCompatible(g.Date, e.Date)
                        && !g.Members.Any(m => m.Doc == d) && g.Members.All(m => Prospective(m.Event.Status) == Prospective(e.Status)))
                    .OrderByDescending(g => (g.Members.Any(m => m.Event.Status == e.Status) ? 4 : 0) + (g.Mode == e.Mode ? 2 : 0) + (g.Date == e.Date ? 1 : 0))
                    .FirstOrDefault();
                if (g == null) groups.Add(g = new Group { Type = e.Type, Mode = e.Mode, Participants = parts, Date = e.Date });
                g.Mode ??= e.Mode;
                g.Date ??= e.Date;
                g.Members.Add((d, e));
            }
        return [.. groups
            .OrderBy(g => g.Date ?? "9999")
            .Select(g => new StoryEvent
            {
                Type = g.Type,
                Mode = g.Mode,
                Actors = [.. g.Members.SelectMany(m => m.Event.Actors.Select(a => Name(m.Doc, a))).Distinct()],
                Targets = [.. g.Members.SelectMany(m => m.Event.Targets.Select(a => Name(m.Doc, a))).Distinct()],
                Date = g.Date,
                Mentions = [.. g.Members.Select(m => new EventMention(m.Doc.Id, m.Event.Id))],
                Conflicts = Compare(g.Members),
            })];
    }

    /// <summary>Whether a status speaks of an event yet to happen (intended, planned, conditional) rather than one that did or did not.</summary>
    static bool Prospective(string status) => status is EventStatus.Intended or EventStatus.Planned or EventStatus.Conditional;

    static bool DatesCompatible(string? a, string? b) =>
        a == null || b == null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    /// <summary>Each attribute on which the documents of a merged event give different values.</summary>
    static ImmutableArray<ClaimConflict> Compare(List<(Document Doc, Event Event)> members)
    {
        var docs = members.Select(m => m.Doc.Id).Distinct().Count();
        if (docs < 2) return [];
        var result = ImmutableArray.CreateBuilder<ClaimConflict>();

        var durations = members.Select(m => new ClaimValue(m.Doc.Id, Attr(m.Event, "duration"), DurationText(m))).ToImmutableArray();
        if (durations.Any(v => v.Value != null) && durations.Select(v => v.Value).Distinct().Count() > 1)
            result.Add(new ClaimConflict("duration", DurationsCompatible(members), durations));

        var dates = members.Select(m => new ClaimValue(m.Doc.Id, m.Event.Date, DateText(m))).ToImmutableArray();
        if (dates.Select(v => v.Value).Where(v => v != null).Distinct().Count() > 1)
            result.Add(new ClaimConflict("date", dates.All(v => v.Value == null || dates.All(w => w.Value == null || DatesCompatible(v.Value, w.Value))), dates));

        var places = members.Select(m => new ClaimValue(m.Doc.Id, m.Event.Location is null ? null : Name(m.Doc, m.Event.Location), null)).ToImmutableArray();
        if (places.Select(v => v.Value).Where(v => v != null).Distinct().Count() > 1)
            result.Add(new ClaimConflict("location", false, places));

        var statuses = members.Select(m => new ClaimValue(m.Doc.Id, m.Event.Status, null)).ToImmutableArray();
        if (statuses.Select(v => v.Value).Distinct().Count() > 1)
            result.Add(new ClaimConflict("status", false, statuses));

        var reporters = members.Select(m => new ClaimValue(m.Doc.Id, string.Join(", ", m.Event.ReportedBy.Select(r => Name(m.Doc, r))), null)).ToImmutableArray();
        if (reporters.Select(v => v.Value).Distinct().Count() > 1)
            result.Add(new ClaimConflict("reported_by", true, reporters));
        return result.ToImmutable();
    }

    static string? Attr(Event e, string key) => e.Attributes.TryGetValue(key, out var v) ? v?.ToString() : null;

    static string? DurationText(in (Document Doc, Event Event) m) => Attr(m.Event, "duration_text");

    static string? DateText((Document Doc, Event Event) m)
    {
        var ev = m.Event.Evidence;
        return m.Doc.Times.FirstOrDefault(t => t.Value == m.Event.Date && ev.Any(s => s.Start <= t.Start && t.End <= s.End))?.Text;
    }

    /// <summary>Durations agree when their ranges overlap: "about 1h30" (±25%) and "more than 1h" do; "less than 1h" and "2h" don't.</summary>
    static bool DurationsCompatible(List<(Document Doc, Event Event)> members)
    {
        var ranges = new List<(double Lo, double Hi)>();
        foreach (var (_, e) in members)
        {
            if (Attr(e, "duration") is not { } v || !TryMinutes(v, out var min)) continue;
            var mod = Attr(e, "duration_modifier");
            bool approx = e.Attributes.ContainsKey("duration_approx");
            ranges.Add(mod switch
            {
                "more_than" => (min, double.MaxValue),
                "less_than" => (0, min),
                _ => approx ? (min * 0.75, min * 1.25) : (min * 0.9, min * 1.1),
            });
        }
        if (ranges.Count < 2) return true;
        return ranges.Max(r => r.Lo) <= ranges.Min(r => r.Hi);
    }

    /// <summary>Minutes in an ISO 8601 duration of days, hours and minutes (PT1H30M, P2D).</summary>
    public static bool TryMinutes(string iso, out double minutes)
    {
        minutes = 0;
        if (iso.Length < 2 || iso[0] != 'P') return false;
        bool inTime = false, any = false;
        int numStart = -1;
        for (int i = 1; i < iso.Length; i++)
        {
            char c = iso[i];
            if (c == 'T') { inTime = true; continue; }
            if (char.IsDigit(c) || c == '.') { if (numStart < 0) numStart = i; continue; }
            if (numStart < 0 || !double.TryParse(iso.AsSpan(numStart, i - numStart), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var num)) return false;
            minutes += c switch
            {
                'Y' when !inTime => num * 525600, 'M' when !inTime => num * 43200, 'W' => num * 10080, 'D' => num * 1440,
                'H' => num * 60, 'M' => num, 'S' => num / 60, _ => double.NaN,
            };
            numStart = -1; any = true;
        }
        return any && !double.IsNaN(minutes);
    }

    static string TitleOf(List<Document> docs, ImmutableArray<StoryEvent> events)
    {
        var main = events.OrderByDescending(e => e.Mentions.Select(m => m.Document).Distinct().Count())
            .ThenByDescending(e => e.Mentions.Length).FirstOrDefault();
        if (main == null) return docs[0].Title ?? "(untitled)";
        var who = string.Join(" and ", main.Actors.Concat(main.Targets).Take(3));
        var what = (main.Type, main.Mode) switch
        {
            ("CONSULT", "phone") => "speak by phone",
            ("CONSULT", "visit") => "visit",
            ("CONSULT", _) => "meet",
            ("AGREE", _) => "agree",
            _ => main.Type.ToLowerInvariant(),
        };
        return $"{who} {what}{(main.Date is null ? "" : $" ({main.Date})")}";
    }
}
