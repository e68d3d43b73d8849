using System.Text.Json;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Evaluation;

/// <summary>One gold event of an annotated paragraph (docs/annotation-guide-events.md).</summary>
public sealed record GoldEvent(string Type, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients,
    string? Date, string? Location, string Status, IReadOnlyList<string> ReportedBy);

/// <summary>An annotated paragraph with its gold events, the coded document, and which coded event matched which gold one.</summary>
public sealed record ParagraphCase(string Id, string Language, string Split, string Text, IReadOnlyList<GoldEvent> Gold,
    Document Coded, IReadOnlyDictionary<int, int> Matches)
{
    /// <summary>Coded events that no gold event matched.</summary>
    public IEnumerable<Event> FalseAlarms => Coded.Events.Where((_, i) => !Matches.Values.Contains(i));
    /// <summary>Gold events that no coded event matched.</summary>
    public IEnumerable<GoldEvent> Misses => Gold.Where((_, i) => !Matches.ContainsKey(i));
}

/// <summary>Event counts and attribute agreement over a set of paragraphs.</summary>
public sealed record EventSetScore(string Name, int Gold, int Predicted, int Matched,
    int StatusRight, int DateRight, int LocationRight, int ReporterRight, int ModeRight)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    double Of(int n) => Matched == 0 ? 0 : (double)n / Matched;
    public double Status => Of(StatusRight);
    public double Date => Of(DateRight);
    public double Location => Of(LocationRight);
    public double ReportedBy => Of(ReporterRight);
    public double Mode => Of(ModeRight);
}

/// <summary>Errors of a set of paragraphs by kind (see <see cref="ParagraphReport.Breakdown"/>): each wrong-participant or wrong-type pair is one miss and one false alarm.</summary>
public sealed record ErrorBreakdown(string Name, int WrongParticipants, int WrongType, int NotFound, int Spurious)
{
    public int Misses => WrongParticipants + WrongType + NotFound;
    public int FalseAlarms => WrongParticipants + WrongType + Spurious;
}

/// <summary>What a false alarm is (see <see cref="ParagraphReport.Breakdown"/>).</summary>
public enum AlarmKind { WrongParticipants, WrongType, Spurious }

public sealed record ParagraphReport(IReadOnlyList<ParagraphCase> Cases)
{
    /// <summary>Scores over the cases the filter keeps (a split, a language, …), restricted to one type when given.</summary>
    public EventSetScore Score(string name, Func<ParagraphCase, bool> keep, string? type = null)
    {
        int gold = 0, pred = 0, matched = 0, status = 0, date = 0, loc = 0, rep = 0, mode = 0;
        foreach (var c in Cases.Where(keep))
        {
            gold += c.Gold.Count(g => type == null || g.Type == type);
            pred += c.Coded.Events.Count(e => type == null || e.Type == type);
            foreach (var (gi, pi) in c.Matches)
            {
                var g = c.Gold[gi];
                if (type != null && g.Type != type) continue;
                var e = c.Coded.Events[pi];
                matched++;
                if (g.Status == e.Status) status++;
                if (g.Date == e.Date) date++;
                if (ParagraphEvaluation.SamePlace(g.Location, e.Location, c.Coded)) loc++;
                if (ParagraphEvaluation.SameReporters(g.ReportedBy, e.ReportedBy, c.Coded)) rep++;
                if (g.Mode == e.Mode) mode++;
            }
        }
        return new EventSetScore(name, gold, pred, matched, status, date, loc, rep, mode);
    }

    /// <summary>
    /// Where the errors over the kept cases lie, from counts only: a missed gold event and a false alarm of the same
    /// paragraph and type are one event found with the wrong participants; a miss and a false alarm of another type
    /// whose participants would match are one event given the wrong type; the misses left were not found at all and
    /// the false alarms left are spurious.
    /// </summary>
    public ErrorBreakdown Breakdown(string name, Func<ParagraphCase, bool> keep)
    {
        int participants = 0, type = 0, notFound = 0, spurious = 0;
        foreach (var c in Cases.Where(keep))
        {
            var kinds = Classify(c, out int missed);
            foreach (var (_, kind) in kinds)
                switch (kind)
                {
                    case AlarmKind.WrongParticipants: participants++; break;
                    case AlarmKind.WrongType: type++; break;
                    default: spurious++; break;
                }
            notFound += missed;
        }
        return new ErrorBreakdown(name, participants, type, notFound, spurious);
    }

    /// <summary>Every false alarm of the kept cases with its kind, as <see cref="Breakdown"/> counts them.</summary>
    public IEnumerable<(ParagraphCase Case, Event Alarm, AlarmKind Kind)> Alarms(Func<ParagraphCase, bool> keep)
    {
        foreach (var c in Cases.Where(keep))
            foreach (var (e, kind) in Classify(c, out _))
                yield return (c, e, kind);
    }

    static List<(Event, AlarmKind)> Classify(ParagraphCase c, out int notFound)
    {
        var misses = c.Gold.Where((_, i) => !c.Matches.ContainsKey(i)).ToList();
        var alarms = c.FalseAlarms.ToList();
        var kinds = new List<(Event, AlarmKind)>();
        foreach (var g in misses.ToList())
            if (alarms.FindIndex(e => e.Type == g.Type) is var k and >= 0) { kinds.Add((alarms[k], AlarmKind.WrongParticipants)); misses.Remove(g); alarms.RemoveAt(k); }
        foreach (var g in misses.ToList())
            if (alarms.FindIndex(e => ParagraphEvaluation.SameParticipants(g, e, c.Coded)) is var k and >= 0) { kinds.Add((alarms[k], AlarmKind.WrongType)); misses.Remove(g); alarms.RemoveAt(k); }
        notFound = misses.Count;
        foreach (var e in alarms) kinds.Add((e, AlarmKind.Spurious));
        return kinds;
    }

    public IEnumerable<string> Types => Cases.SelectMany(c => c.Gold.Select(g => g.Type).Concat(c.Coded.Events.Select(e => e.Type))).Distinct().Order(StringComparer.Ordinal);
}

/// <summary>
/// Scores the Events stage on annotated news paragraphs (<c>tests/Parallax.Tests/testdata/events/paragraphs.json</c>,
/// written to docs/annotation-guide-events.md). Each paragraph runs through the analysis stages as a one-paragraph
/// document published on its date. A coded event matches a gold event of the same paragraph when it has the same
/// type and its participants overlap the gold's: one gold actor among the coded actors (when the gold names actors)
/// and one gold recipient among the coded recipients (when the gold names recipients); for a consultation without a
/// visit the direction is not scored (all participants count on both sides). A gold participant is a '|'-separated
/// list of alternatives: a name (matched against the entity's name and its mentions in the text), a Wikidata id,
/// or an ISO 3166 alpha-3 code (matched against the entity's country). Each gold event matches at most one coded
/// event and vice versa; status, date, location, reporters and mode are scored on the matched pairs.
/// </summary>
public static class ParagraphEvaluation
{
    public static ParagraphReport Run(Pipeline pipeline, string json)
    {
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("paragraphs", out var paragraphs) || paragraphs.ValueKind != JsonValueKind.Array)
            throw new FormatException("expected an object with a 'paragraphs' array");
        var cases = new List<ParagraphCase>();
        foreach (var p in paragraphs.EnumerateArray())
        {
            var id = Str(p, "id") ?? throw new FormatException("a paragraph has no 'id'");
            var text = Str(p, "text") ?? throw new FormatException($"{id}: no 'text'");
            var lang = Str(p, "lang") ?? throw new FormatException($"{id}: no 'lang'");
            if (!DateOnly.TryParse(Str(p, "published"), out var published)) throw new FormatException($"{id}: 'published' is not a date");
            var gold = new List<GoldEvent>();
            foreach (var e in p.GetProperty("events").EnumerateArray())
            {
                var g = new GoldEvent(Str(e, "type") ?? throw new FormatException($"{id}: an event has no 'type'"), Str(e, "mode"),
                    List(e, "actors"), List(e, "recipients"), Str(e, "date"), Str(e, "location"),
                    Str(e, "status") ?? EventStatus.Occurred, List(e, "reported_by"));
                if (g.Actors.Count + g.Recipients.Count == 0) throw new FormatException($"{id}: a {g.Type} event names no participant");
                gold.Add(g);
            }
            var coded = pipeline.Analyze(LanguageEvaluation.AsDocument(id, lang, text, published));
            cases.Add(new ParagraphCase(id, lang, Str(p, "split") ?? "dev", text, gold, coded, Match(gold, coded)));
        }
        return new ParagraphReport(cases);
    }

    /// <summary>Pairs gold and coded events: same type and overlapping participants; among several candidates, the one agreeing on most attributes.</summary>
    public static IReadOnlyDictionary<int, int> Match(IReadOnlyList<GoldEvent> gold, Document coded)
    {
        var pairs = new List<(int G, int P, int Agreement)>();
        for (int gi = 0; gi < gold.Count; gi++)
            for (int pi = 0; pi < coded.Events.Length; pi++)
            {
                var g = gold[gi];
                var e = coded.Events[pi];
                if (g.Type != e.Type || !SameParticipants(g, e, coded)) continue;
                int agreement = (g.Status == e.Status ? 4 : 0) + (g.Date == e.Date ? 2 : 0) + (g.Mode == e.Mode ? 1 : 0);
                pairs.Add((gi, pi, agreement));
            }
        var result = new Dictionary<int, int>();
        var used = new HashSet<int>();
        foreach (var (g, p, _) in pairs.OrderByDescending(x => x.Agreement).ThenBy(x => x.G).ThenBy(x => x.P))
        {
            if (result.ContainsKey(g) || used.Contains(p)) continue;
            result[g] = p;
            used.Add(p);
        }
        return result;
    }

    /// <summary>Whether the coded event's participants overlap the gold event's, whatever its type (the direction is not scored for a consultation that is no visit).</summary>
    public static bool SameParticipants(GoldEvent g, Event e, Document doc)
    {
        bool undirected = g.Type == "CONSULT" && g.Mode != "visit";
        IEnumerable<string> actors = undirected ? e.Actors.Concat(e.Targets) : e.Actors;
        IEnumerable<string> targets = undirected ? e.Actors.Concat(e.Targets) : e.Targets;
        if (g.Actors.Count > 0 && !Overlap(g.Actors, actors, doc)) return false;
        if (g.Recipients.Count > 0 && !Overlap(g.Recipients, targets, doc)) return false;
        return true;
    }

    static bool Overlap(IReadOnlyList<string> gold, IEnumerable<string> entityIds, Document doc) =>
        entityIds.Select(id => doc.Entities.FirstOrDefault(x => x.Id == id)).OfType<Entity>().Any(en => gold.Any(d => Denotes(d, en, doc.Text)));

    /// <summary>Whether a gold participant ("Volodymyr Zelenskyy|Zelensky|UKR") denotes the entity.</summary>
    public static bool Denotes(string descriptor, Entity entity, string text)
    {
        foreach (var raw in descriptor.Split('|'))
        {
            var alt = raw.Trim();
            if (alt.Length == 0) continue;
            if (alt.Length == 3 && alt.All(char.IsAsciiLetterUpper)) { if (entity.Country == alt) return true; continue; }
            if (alt.Length > 1 && alt[0] == 'Q' && alt.Skip(1).All(char.IsAsciiDigit)) { if (entity.Kb == alt) return true; continue; }
            var f = TextFold.Fold(alt);
            var name = TextFold.Fold(entity.Name);
            if (name == f || name.EndsWith(" " + f, StringComparison.Ordinal)) return true;
            foreach (var m in entity.Mentions)
                if (m.End <= text.Length && TextFold.Fold(text.AsSpan(m.Start, m.End - m.Start)) is var s && (s == f || s.EndsWith(" " + f, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    public static bool SamePlace(string? gold, string? entityId, Document doc)
    {
        if (gold == null || entityId == null) return gold == null && entityId == null;
        var en = doc.Entities.FirstOrDefault(x => x.Id == entityId);
        return en != null && Denotes(gold, en, doc.Text);
    }

    public static bool SameReporters(IReadOnlyList<string> gold, IEnumerable<string> entityIds, Document doc)
    {
        var ids = entityIds.ToList();
        if (gold.Count == 0 || ids.Count == 0) return gold.Count == 0 && ids.Count == 0;
        return Overlap(gold, ids, doc);
    }

    /// <summary>An entity's readable label for error lists: its name and country.</summary>
    public static string Label(string id, Document doc) =>
        doc.Entities.FirstOrDefault(x => x.Id == id) is { } en ? en.Country is { } c && c != en.Name ? $"{en.Name} ({c})" : en.Name : id;

    static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static List<string> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(x => x.GetString()).OfType<string>()] : [];
}
