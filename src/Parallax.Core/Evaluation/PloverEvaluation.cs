using System.Text.Json;
using Parallax.Entities;
using Parallax.Model;

namespace Parallax.Evaluation;

/// <summary>The result of one PLOVER gold record: what was expected and what Parallax coded.</summary>
public sealed record PloverCase(string Id, string Text, string GoldType, string? PredictedType,
    IReadOnlyList<string> GoldActors, IReadOnlyList<string> PredictedActors,
    IReadOnlyList<string> GoldTargets, IReadOnlyList<string> PredictedTargets, bool ImplicitTarget = false)
{
    public bool TypeRight => PredictedType == GoldType;
    /// <summary>At least one gold actor country among the predicted actors' countries (only when the gold names one).</summary>
    public bool? ActorRight => GoldActors.Count == 0 ? null : GoldActors.Intersect(PredictedActors).Any();
    public bool? TargetRight => GoldTargets.Count == 0 ? null : GoldTargets.Intersect(PredictedTargets).Any();
    /// <summary>The recipient right on the named recipients alone (without PLOVER's domestic convention).</summary>
    public bool? NamedTargetRight => GoldTargets.Count == 0 ? null : !ImplicitTarget && GoldTargets.Intersect(PredictedTargets).Any();
}

/// <summary>Per type: how many gold records, how many coded with that type, how many right.</summary>
public sealed record TypeScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
}

public sealed record PloverReport(IReadOnlyList<PloverCase> Cases, IReadOnlyList<TypeScore> ByType)
{
    public int Records => Cases.Count;
    public double TypeAccuracy => Cases.Count == 0 ? 0 : (double)Cases.Count(c => c.TypeRight) / Cases.Count;
    public int WithActor => Cases.Count(c => c.ActorRight != null);
    public double ActorAccuracy => WithActor == 0 ? 0 : (double)Cases.Count(c => c.ActorRight == true) / WithActor;
    public int WithTarget => Cases.Count(c => c.TargetRight != null);
    public double TargetAccuracy => WithTarget == 0 ? 0 : (double)Cases.Count(c => c.TargetRight == true) / WithTarget;
    /// <summary>Recipient accuracy on the recipients the text names, without the domestic convention.</summary>
    public double NamedTargetAccuracy => WithTarget == 0 ? 0 : (double)Cases.Count(c => c.NamedTargetRight == true) / WithTarget;
    /// <summary>Records given an implicit domestic recipient (<see cref="PloverEvaluation.DomesticRecipient"/>).</summary>
    public int ImplicitTargets => Cases.Count(c => c.ImplicitTarget);
    /// <summary>Of those, the records whose gold names no recipient (where the convention says more than the coder should).</summary>
    public int ImplicitWhereGoldHasNone => Cases.Count(c => c.ImplicitTarget && c.GoldTargets.Count == 0);
}

/// <summary>
/// Scores the Events stage on PLOVER gold-standard records (the format of <c>plover-gsr-dev.json</c>: English
/// sentences with the event type and the actor and recipient ISO 3166 country codes). Each sentence runs through the
/// analysis stages as a one-paragraph document; the coded event is the one whose trigger lies in the gold's event
/// words (the markup's EVT spans), else the first one. Type accuracy counts every record (no event is wrong);
/// actor and recipient accuracy count the records whose gold names a country, right when one gold country is the
/// PLOVER code of a predicted actor (or recipient): its country, else IGO, NGO or IMG (see <see cref="Countries"/>);
/// the gold's few non-ISO codes (ITL, JAP, VTN) are read as ITA, JPN, VNM. Older PLOVER types are mapped: DEMAND → REQUEST,
/// DISAPPROVE → ACCUSE, FIGHT → ASSAULT, INVESTIGATE → ACCUSE. PLOVER's domestic convention (a protest, demand,
/// threat, refusal, concession, repression or attack with no named target is coded as aimed at the authorities of its
/// own country) is applied here, in the scoring mapping, not in the event record: see <see cref="DomesticRecipient"/>.
/// </summary>
public static class PloverEvaluation
{
    public static string MapType(string type) => type switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        "INVESTIGATE" => "ACCUSE",
        _ => type,
    };

    public static PloverReport Run(Pipeline pipeline, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var cases = new List<PloverCase>();
        foreach (var r in doc.RootElement.EnumerateArray())
        {
            var type = r.TryGetProperty("event", out var ev) ? ev.GetString() : null;
            if (type is null or "DOCUMENT" || !r.TryGetProperty("text", out var tp) || tp.GetString() is not { Length: > 0 } text) continue;
            var date = r.TryGetProperty("date", out var dp) && DateOnly.TryParse(dp.GetString(), out var d) ? d : new DateOnly(2000, 1, 1);
            var lang = r.TryGetProperty("language", out var lp) ? lp.GetString() ?? "en" : "en";
            var analysed = pipeline.Analyze(LanguageEvaluation.AsDocument(r.GetProperty("id").GetString() ?? "", lang, text, date));
            var evtWords = EventWords(r);
            var chosen = analysed.Events.FirstOrDefault(e => e.Trigger is { } t && evtWords.Any(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase) is var k && k >= 0 && k < t.End && t.Start < k + w.Length))
                ?? analysed.Events.FirstOrDefault();
            var actors = Countries(analysed, chosen?.Actors ?? []);
            var targets = Countries(analysed, chosen?.Targets ?? []);
            bool implicitTarget = false;
            if (chosen != null && targets.Count == 0 && DomesticRecipient(analysed, chosen) is { Count: > 0 } domestic)
            {
                targets = domestic;
                implicitTarget = true;
            }
            cases.Add(new PloverCase(
                r.GetProperty("id").GetString() ?? "", text, MapType(type), chosen?.Type,
                Codes(r, "source"), actors, Codes(r, "target"), targets, implicitTarget));
        }
        var types = cases.Select(c => c.GoldType).Concat(cases.Select(c => c.PredictedType).OfType<string>()).Distinct().Order();
        var byType = types.Select(t => new TypeScore(t, cases.Count(c => c.GoldType == t), cases.Count(c => c.PredictedType == t), cases.Count(c => c.GoldType == t && c.TypeRight))).ToList();
        return new PloverReport(cases, byType);
    }

    /// <summary>Event types PLOVER codes as aimed at the actor's own state when the text names no target.</summary>
    public static readonly IReadOnlySet<string> DomesticTypes = new HashSet<string>(StringComparer.Ordinal)
        { "PROTEST", "CONCEDE", "REQUEST", "REJECT", "THREATEN", "COERCE", "ASSAULT" };

    /// <summary>
    /// PLOVER's domestic-recipient convention, as a scoring mapping: an event of a <see cref="DomesticTypes"/> type with
    /// no recipient ("Algerian landowners began a hunger strike outside Parliament", "Turkish authorities imposed a curfew
    /// in Cizre", "the president shortened the curfew") is aimed at the government of the place, so its recipient code
    /// is the country of its location when the event has one, else the countries of its actors (ISO codes only: an
    /// IGO, NGO or armed group has no domestic government). Empty when the event has recipients or no such country.
    /// The event record itself keeps only the recipients the text names (docs/events.md, "Domestic recipients").
    /// </summary>
    public static List<string> DomesticRecipient(Document doc, Event e)
    {
        if (e.Targets.Length > 0 || !DomesticTypes.Contains(e.Type)) return [];
        if (e.Location != null && doc.Entities.FirstOrDefault(x => x.Id == e.Location) is { Country: { } placeCountry }) return [placeCountry];
        return [.. doc.Entities.Where(x => e.Actors.Contains(x.Id)).Select(x => x.Country).OfType<string>().Distinct()];
    }

    /// <summary>The words marked (EVT: …) in the record's markup.</summary>
    static List<string> EventWords(JsonElement r)
    {
        var words = new List<string>();
        if (!r.TryGetProperty("textInfo", out var ti)) return words;
        var markup = ti.ValueKind switch
        {
            JsonValueKind.Object when ti.TryGetProperty("markup", out var mk) && mk.ValueKind == JsonValueKind.String => mk.GetString(),
            JsonValueKind.String => ti.GetString(),
            _ => null,
        };
        if (markup == null) return words;
        int i = 0;
        while ((i = markup.IndexOf("(EVT:", i, StringComparison.Ordinal)) >= 0)
        {
            int close = markup.IndexOf(')', i);
            if (close < 0) break;
            var w = markup[(i + 5)..close].Trim();
            if (w.Length > 0) words.Add(w);
            i = close;
        }
        return words;
    }

    static List<string> Codes(JsonElement r, string field)
    {
        var codes = new List<string>();
        if (!r.TryGetProperty(field, out var arr) || arr.ValueKind != JsonValueKind.Array) return codes;
        foreach (var a in arr.EnumerateArray())
            if (a.TryGetProperty("code", out var c) && c.GetString() is { Length: 3 } code && code.All(char.IsAsciiLetterUpper)) codes.Add(GoldAliases.GetValueOrDefault(code, code));
        return codes;
    }

    /// <summary>Non-ISO country codes some gold records use, and the ISO 3166-1 alpha-3 code they stand for.</summary>
    static readonly Dictionary<string, string> GoldAliases = new(StringComparer.Ordinal) { ["ITL"] = "ITA", ["JAP"] = "JPN", ["VTN"] = "VNM" };

    /// <summary>
    /// The PLOVER actor codes of the given entities: a participant's country (a country itself, or the country a person,
    /// organisation or place belongs to); for one with no country, PLOVER's codes for international actors: IGO for an
    /// intergovernmental organisation (its kind in the knowledge base) or a person whose title names one ("U.N.
    /// Secretary-General Kofi Annan"), NGO for a non-governmental organisation, IMG for an armed group of no country.
    /// </summary>
    static List<string> Countries(Document doc, IEnumerable<string> ids) =>
        [.. ids.Select(id => doc.Entities.FirstOrDefault(e => e.Id == id)).OfType<Entity>().Select(e => Code(doc, e)).OfType<string>().Distinct()];

    static string? Code(Document doc, Entity e)
    {
        if (e.Country != null) return e.Country;
        var kb = KnowledgeBase.Default;
        if (e.Type == EntityTypes.Organization)
            return ((e.Kb != null ? kb.GetByQid(e.Kb) : null) ?? kb.Get(e.Name))?.Kind switch { "igo" => "IGO", "ngo" => "NGO", "armed" => "IMG", _ => null };
        if (e.Type != EntityTypes.Person) return null;
        var folded = Text.TextFold.Fold(doc.Text);
        foreach (var m in e.Mentions)
            foreach (var h in kb.Names.FindLongest(doc.Text, folded, Math.Max(0, m.Start - 40), m.End))
                if (h.Value.Entity.Kind == "igo" && !h.Value.Demonym && (h.Start >= m.Start || doc.Text.AsSpan(h.End, m.Start - h.End).IsWhiteSpace()))
                    return "IGO";
        return null;
    }
}
