using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Stories;

/// <summary>
/// Composes stories: clusters documents with a <see cref="StoryIndex"/> (<see cref="Build"/>, all at once) and,
/// for each story, merges the events of its documents that denote the same real event (same type, the same
/// participants or one set within the other, compatible dates, mode and status) into one <see cref="StoryEvent"/>
/// with all its mentions, and compares what each source says of it attribute by attribute (date, duration, place,
/// participants, topics, status, who reported it): agreements, and conflicts marked compatible or contradictory,
/// each value with its source, span and attribution.
/// </summary>
public sealed class StoryBuilder
{
    public StoryOptions Options { get; init; } = StoryOptions.Default;

    /// <summary>Clusters the documents (in publication order) and composes every story.</summary>
    public IReadOnlyList<Story> Build(IEnumerable<Document> documents)
    {
        var index = new StoryIndex(Options);
        var order = new List<string>();
        var docs = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<StoryMember>>(StringComparer.Ordinal);
        foreach (var doc in documents.OrderBy(d => d.Published ?? DateOnly.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var p = index.Add(doc.Id, StorySignature.Of(doc, Options));
            if (!docs.TryGetValue(p.Story, out var list)) { order.Add(p.Story); docs[p.Story] = list = []; members[p.Story] = []; }
            list.Add(doc);
            members[p.Story].Add(new StoryMember(doc.Id, p.NearDuplicateOf, p.Score));
        }
        return [.. order.Select(id => Compose(id, docs[id], members[id]))];
    }

    /// <summary>One story from its documents and their memberships (same order).</summary>
    public Story Compose(string id, IReadOnlyList<Document> docs, IReadOnlyList<StoryMember> members)
    {
        var events = MergeEvents(docs);
        var published = docs.Where(d => d.Published != null).Select(d => d.Published!.Value).ToList();
        DateOnly? first = published.Count > 0 ? published.Min() : null;
        if (first is { } f)
            events = [.. events.Select(e => StorySignature.DayOf(e.Date) is { } day && day <= f.DayNumber - Options.BackgroundDays
                || e.Date is { Length: 4 } y && int.TryParse(y, out var yr) && yr < f.Year ? e with { Background = true } : e)];
        var byDoc = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return new Story
        {
            Id = id,
            Title = TitleOf(docs, events),
            Documents = [.. docs.Select(d => d.Id)],
            Members = [.. members.Select(m => byDoc.TryGetValue(m.Document, out var d) ? m with { Language = d.Language, Source = d.Source.Name } : m)],
            First = first,
            Last = published.Count > 0 ? published.Max() : null,
            Events = events,
        };
    }

    static string Name(Document d, string id) => d.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    sealed class Group
    {
        public required string Type;
        public string? Mode;
        public required HashSet<string> Participants;
        public string? Date;
        public List<(Document Doc, Event Event)> Members = [];
        // what the merge asks of the members, kept as they join (a story of thousands of documents is merged in
        // one pass instead of rescanning each group's members for every event)
        public int Index;
        public bool Prospective;            // every member's, as only events of the same kind join
        public Document? LastDoc;           // members join in document order: the group has members of d iff LastDoc == d
        public int ToldKinds;               // bit set of Told() over the members
        public readonly HashSet<string> Statuses = new(StringComparer.Ordinal);
        public string Bucket = "";
    }

    static bool ParticipantsMatch(HashSet<string> a, HashSet<string> b) =>
        a.SetEquals(b) || (a.Count >= 2 && b.Count >= 2 && (a.IsSubsetOf(b) || b.IsSubsetOf(a)));

    static int ToldBit(string status) => Told(status) switch { "happened" => 1, "denied" => 2, _ => 4 };

    /// <summary>The bucket of a group by date: dates that can be compatible (one a prefix of the other) share the first four characters, or one is shorter.</summary>
    static string DateBucket(string? date) => date is null ? "" : date.Length >= 4 ? date[..4] : "~" + date;

    static bool PrefixRelated(string a, string b) => a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    static ImmutableArray<StoryEvent> MergeEvents(IReadOnlyList<Document> docs)
    {
        var groups = new List<Group>();
        // groups by type, then by date bucket (see DateBucket)
        var byType = new Dictionary<string, Dictionary<string, List<Group>>>(StringComparer.Ordinal);
        var candidates = new List<Group>();
        foreach (var d in docs)
            foreach (var e in d.Events)
            {
                var parts = e.Actors.Concat(e.Targets).Select(a => StorySignature.Key(d, a)).ToHashSet(StringComparer.Ordinal);
                if (!byType.TryGetValue(e.Type, out var buckets)) byType[e.Type] = buckets = new(StringComparer.Ordinal);
                candidates.Clear();
                if (e.Date is null) foreach (var list in buckets.Values) candidates.AddRange(list);
                else
                {
                    var own = DateBucket(e.Date);
                    foreach (var (key, list) in buckets)
                        if (key.Length == 0 || key == own || ((key[0] == '~' || own[0] == '~') && PrefixRelated(key.TrimStart('~'), own.TrimStart('~'))))
                            candidates.AddRange(list);
                }
                // an intention or a plan is not the event it announces: each merges only with its own kind; a document
                // mentioning the same event twice (same date and status) is one event; among the candidates, the one
                // agreeing on status, mode and date wins (the earliest group on a tie)
                bool prospective = Prospective(e.Status);
                int told = ToldBit(e.Status);
                Group? g = null;
                int best = -1;
                foreach (var c in candidates)
                {
                    if (!((c.Mode == null || e.Mode == null || c.Mode == e.Mode)
                        && ParticipantsMatch(c.Participants, parts) && DatesCompatible(c.Date, e.Date)
                        && c.Prospective == prospective
                        && (c.LastDoc != d || (e.Date != null && c.Date == e.Date && c.ToldKinds == told)))) continue;
                    int score = (c.Participants.SetEquals(parts) ? 8 : 0) + (c.Statuses.Contains(e.Status) ? 4 : 0) + (c.Mode == e.Mode ? 2 : 0) + (c.Date == e.Date ? 1 : 0);
                    if (score > best || (score == best && c.Index < g!.Index)) { g = c; best = score; }
                }
                if (g == null)
                {
                    groups.Add(g = new Group { Type = e.Type, Mode = e.Mode, Participants = parts, Date = e.Date, Index = groups.Count, Prospective = prospective });
                    g.Bucket = DateBucket(g.Date);
                    if (!buckets.TryGetValue(g.Bucket, out var list)) buckets[g.Bucket] = list = [];
                    list.Add(g);
                }
                g.Mode ??= e.Mode;
                if (g.Date == null || (e.Date != null && e.Date.Length > g.Date.Length))
                {
                    g.Date = e.Date;
                    var key = DateBucket(g.Date);
                    if (key != g.Bucket)
                    {
                        buckets[g.Bucket].Remove(g);
                        g.Bucket = key;
                        if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                        list.Add(g);
                    }
                }
                if (parts.Count > g.Participants.Count) g.Participants.UnionWith(parts);
                g.Members.Add((d, e));
                g.LastDoc = d;
                g.ToldKinds |= told;
                g.Statuses.Add(e.Status);
            }
        return [.. groups
            .OrderBy(g => g.Date ?? "9999", StringComparer.Ordinal)
            .Select(g => new StoryEvent
            {
                Type = g.Type,
                Mode = g.Mode,
                Actors = [.. g.Members.SelectMany(m => m.Event.Actors.Select(a => Name(m.Doc, a))).Distinct()],
                Targets = [.. g.Members.SelectMany(m => m.Event.Targets.Select(a => Name(m.Doc, a))).Distinct()],
                Date = g.Date,
                Status = g.Members.GroupBy(m => m.Event.Status).OrderByDescending(x => x.Count()).First().Key,
                Mentions = [.. g.Members.Select(m => new EventMention(m.Doc.Id, m.Event.Id))],
                Conflicts = Compare(g.Members, out var agreements),
                Agreements = agreements,
            })];
    }

    /// <summary>The kind of claim a status makes: that the event happened (occurred, reported), did not, or is to come.</summary>
    static string Told(string status) => status is EventStatus.Occurred or EventStatus.Reported ? "happened" : status == EventStatus.Denied ? "denied" : "prospective";

    /// <summary>Whether a status speaks of an event yet to happen (intended, planned, conditional) rather than one that did or did not.</summary>
    static bool Prospective(string status) => status is EventStatus.Intended or EventStatus.Planned or EventStatus.Conditional;

    static bool DatesCompatible(string? a, string? b) =>
        a == null || b == null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    /// <summary>Each attribute on which the documents of a merged event give different values (and those on which they agree).</summary>
    static ImmutableArray<ClaimConflict> Compare(List<(Document Doc, Event Event)> members, out ImmutableArray<ClaimAgreement> agreements)
    {
        var agreed = ImmutableArray.CreateBuilder<ClaimAgreement>();
        agreements = [];
        // one value per document: the first mention that states the attribute
        var perDoc = members.GroupBy(m => m.Doc.Id).Select(g => g.ToList()).ToList();
        if (perDoc.Count < 2) return [];
        var result = ImmutableArray.CreateBuilder<ClaimConflict>();

        ClaimValue V((Document Doc, Event Event) m, string? value, string? text, TextSpan? span) =>
            new(m.Doc.Id, value, text)
            {
                Span = span ?? (m.Event.Evidence.Length > 0 ? m.Event.Evidence[0] : null),
                Source = m.Doc.Source.Name,
                Attribution = [.. m.Event.ReportedBy.Select(r => Name(m.Doc, r))],
            };

        void Attribute(string name, Func<(Document Doc, Event Event), ClaimValue?> pick, Func<List<ClaimValue>, bool> compatible, bool reportAbsent = false)
        {
            var values = new List<ClaimValue>();
            foreach (var ms in perDoc)
            {
                var v = ms.Select(pick).FirstOrDefault(v => v?.Value != null) ?? (reportAbsent ? pick(ms[0]) : null);
                if (v != null) values.Add(v);
            }
            var stated = values.Where(v => v.Value != null).ToList();
            if (stated.Count == 0) return;
            if (stated.Select(v => v.Value).Distinct(StringComparer.Ordinal).Count() == 1 && stated.Count == values.Count)
            {
                if (stated.Count >= 2) agreed.Add(new ClaimAgreement(name, stated[0].Value!, [.. stated.Select(v => v.Document)]));
                return;
            }
            result.Add(new ClaimConflict(name, compatible(stated), [.. values]));
        }

        Attribute("duration", m => V(m, Attr(m.Event, "duration"), DurationText(m), DurationSpan(m)), _ => DurationsCompatible(members), reportAbsent: true);
        Attribute("date", m => V(m, m.Event.Date, DateTime(m)?.Text, DateTime(m)?.Span),
            vs => vs.All(v => vs.All(w => DatesCompatible(v.Value, w.Value))) && members.All(m => DateTime(m)?.Conflict == null));
        Attribute("location", m => m.Event.Location is null ? null : V(m, Name(m.Doc, m.Event.Location), PlaceText(m), PlaceSpan(m)),
            _ => members.Where(m => m.Event.Location != null).Select(m => m.Doc.Entities.FirstOrDefault(e => e.Id == m.Event.Location)?.Country).Distinct().Count() == 1);
        Attribute("participants", m => V(m, string.Join(", ", m.Event.Actors.Concat(m.Event.Targets).Select(a => Name(m.Doc, a)).Distinct().Order(StringComparer.Ordinal)), null, null),
            _ => true);
        Attribute("topics", m => Attr(m.Event, "topics") is { } t ? V(m, t, null, null) : null, _ => true);
        Attribute("status", m => V(m, m.Event.Status, null, null),
            vs => !(vs.Any(v => v.Value == EventStatus.Denied) && vs.Any(v => v.Value is EventStatus.Occurred or EventStatus.Reported)));
        Attribute("reported_by", m => V(m, string.Join(", ", m.Event.ReportedBy.Select(r => Name(m.Doc, r))) is { Length: > 0 } s ? s : null, null, null), _ => true);
        agreements = agreed.ToImmutable();
        return result.ToImmutable();
    }

    static string? Attr(Event e, string key) => e.Attributes.TryGetValue(key, out var v) ? v switch
    {
        null => null,
        string s => s,
        System.Collections.IEnumerable list => string.Join(", ", list.Cast<object?>()),
        _ => v.ToString(),
    } : null;

    static string? DurationText(in (Document Doc, Event Event) m) => Attr(m.Event, "duration_text");

    static TextSpan? DurationSpan((Document Doc, Event Event) m)
    {
        var text = DurationText(m);
        if (text == null) return null;
        var ev = m.Event.Evidence;
        return m.Doc.Times.FirstOrDefault(t => t.Text == text && (ev.Length == 0 || ev.Any(s => s.Start <= t.Start && t.End <= s.End)))?.Span;
    }

    static TimeExpression? DateTime((Document Doc, Event Event) m)
    {
        var ev = m.Event.Evidence;
        return m.Doc.Times.FirstOrDefault(t => t.Value == m.Event.Date && ev.Any(s => s.Start <= t.Start && t.End <= s.End));
    }

    static Mention? PlaceMention((Document Doc, Event Event) m)
    {
        var place = m.Doc.Entities.FirstOrDefault(e => e.Id == m.Event.Location);
        if (place == null) return null;
        var ev = m.Event.Evidence;
        return place.Mentions.FirstOrDefault(x => ev.Any(s => s.Start <= x.Start && x.End <= s.End)) ?? place.Mentions.FirstOrDefault();
    }

    static string? PlaceText((Document Doc, Event Event) m) => PlaceMention(m)?.Text;
    static TextSpan? PlaceSpan((Document Doc, Event Event) m) => PlaceMention(m)?.Span;

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

    static string TitleOf(IReadOnlyList<Document> docs, ImmutableArray<StoryEvent> events)
    {
        // the event most sources tell, preferring one with a mode (a call, a visit) over statements, then the most told
        var main = events.Where(e => !e.Background && e.Status is null or EventStatus.Occurred or EventStatus.Reported)
            .OrderByDescending(e => e.Mentions.Select(m => m.Document).Distinct().Count())
            .ThenByDescending(e => e.Mode != null)
            .ThenByDescending(e => e.Mentions.Length).FirstOrDefault();
        if (main == null) return docs[0].Title ?? "(untitled)";
        var who = string.Join(" and ", main.Actors.Concat(main.Targets).Distinct().Take(3));
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
