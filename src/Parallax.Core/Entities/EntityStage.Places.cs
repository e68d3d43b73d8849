using Parallax.Model;

namespace Parallax.Entities;

/// <summary>
/// Ninth round (docs/entities.md): parts of places named by a compass word ("West Texas", "North Africa"), places in
/// English compounds ("a Denver-based company"), French clubs named "Stade" + the town's adjective ("le Stade
/// toulousain"), venues followed by their town ("le stade Vélodrome de Marseille"). Word lists in
/// <c>function-words.txt</c>.
/// </summary>
public sealed partial class EntityStage
{
    static readonly SpanSet CompassWords = new(FunctionWords.Set("compass-words"));
    static readonly string[] CompassWordsSpaced = FunctionWords.FollowedBySpace("compass-words");
    static readonly string[] PlaceCompoundSuffixes = FunctionWords.List("place-compound-suffixes");
    static readonly SpanSet ClubHeads = new(FunctionWords.Set("club-heads"));
    static readonly string[] ClubAdjectiveEndings = FunctionWords.List("club-adjective-endings");
    static readonly HashSet<string> CompetitionNames = FunctionWords.Set("competition-names");
    static readonly SpanSet VenueOrganizationHeads = new(FunctionWords.Set("venue-organization-heads"));
    /// <summary>Heads that end a company's name ("Entertainment", "Co."): "X and Y Entertainment" is two companies.</summary>
    static readonly SpanSet CompanyHeads = new(FunctionWords.Set("company-heads"));
    static readonly HashSet<string> VenuePrepositions = FunctionWords.Set("venue-prepositions");
    static readonly string[] ParticipleEndings = FunctionWords.List("participle-endings");
    static readonly SpanSet VenueHeadsBeforeTown = new(FunctionWords.Set("venue-heads-before-town"));

    /// <summary>The start of a compass word right before the word at <paramref name="start"/> ("West Texas",
    /// "Southern California"), or -1; not when the compass word is itself the end of a longer capitalised name.</summary>
    int CompassBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ') return -1;
        int we = start - 1, ws = we;
        while (ws > 0 && char.IsLetter(text[ws - 1])) ws--;
        if (ws == we || !CompassWords.Contains(text.AsSpan(ws, we - ws))) return -1;
        if (ws > 0 && (char.IsLetterOrDigit(text[ws - 1]) || text[ws - 1] is '-' or '\'' or '’')) return -1;
        // "the Pacific North West": a capitalised word before the compass word (not "The", "In") makes another name
        if (ws >= 2 && text[ws - 1] == ' ')
        {
            int pe = ws - 1, ps = pe;
            while (ps > 0 && char.IsLetter(text[ps - 1])) ps--;
            if (ps < pe && char.IsUpper(text[ps]) && !NotNameSet.Contains(text.AsSpan(ps, pe - ps))) return -1;
        }
        return ws;
    }

    /// <summary>A compass word and a town or region of the gazetteer the KB does not have ("Eastern Oregon", "West
    /// Kansas"): (start, end, country of the place).</summary>
    IEnumerable<(int Start, int End, string? Country)> CompassGazetteerPlaces(string text)
    {
        if (_kb.Gazetteer.Count == 0) yield break;
        foreach (var w in CompassWordsSpaced)
            for (int i = text.IndexOf(w, StringComparison.Ordinal); i >= 0; i = text.IndexOf(w, i + 1, StringComparison.Ordinal))
            {
                int ps = i + w.Length;
                if (!IsCapitalised(text, ps) || CompassBefore(text, ps) != i) continue;
                for (int k = 0, e = ps; k < 3; k++)
                {
                    int we = WordEnd(text, e);
                    if (_kb.IsGazetteerPlace(text.AsSpan(ps, we - ps), out var common, out var country) && !common) { yield return (i, we, country); break; }
                    if (we + 1 < text.Length && text[we] == ' ' && IsCapitalised(text, we + 1)) e = we + 1; else break;
                }
            }
    }

    /// <summary>Capitalised words right before a hyphenated suffix of <c>[place-compound-suffixes]</c> ("Denver-based",
    /// "New York-based"): candidate places (start, end), the longest run first for each suffix.</summary>
    static IEnumerable<(int Start, int End)> PlacesBeforeSuffix(string text)
    {
        foreach (var suffix in PlaceCompoundSuffixes)
            for (int i = text.IndexOf(suffix, StringComparison.Ordinal); i > 0; i = text.IndexOf(suffix, i + 1, StringComparison.Ordinal))
            {
                int after = i + suffix.Length;
                if ((after < text.Length && char.IsLetter(text[after])) || !char.IsLetter(text[i - 1])) continue;
                var starts = new List<int>(3);
                int p = i;
                for (int k = 0; k < 3; k++)
                {
                    int ws = p;
                    while (ws > 0 && (char.IsLetter(text[ws - 1]) || text[ws - 1] == '.')) ws--;
                    if (ws == p || !char.IsUpper(text[ws])) break;
                    starts.Add(ws);
                    if (ws < 2 || text[ws - 1] != ' ') break;
                    p = ws - 1;
                }
                for (int k = starts.Count - 1; k >= 0; k--) yield return (starts[k], i);
            }
    }

    /// <summary>Whether the folded word is an adjective of a town after a club head ("toulousain", "brestois").</summary>
    static bool IsTownAdjective(ReadOnlySpan<char> folded)
    {
        if (folded.Length < 5) return false;
        foreach (var end in ClubAdjectiveEndings)
            if (folded.EndsWith(end, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="text"/>[s..e] is a town of the KB (found in <paramref name="nameSpans"/>) or of the gazetteer.</summary>
    bool IsTownAt(string text, int s, int e, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        foreach (var n in nameSpans)
            if (n.Start == s && n.End == e && n.Ref.Entity.Type == EntityTypes.Location && !n.Ref.Demonym) return true;
        var name = text.AsSpan(s, e - s);
        if (_kb.IsGazetteerPlace(name, out _)) return true;
        return name.Contains('’') && _kb.IsGazetteerPlace(name.ToString().Replace('’', '\''), out _);
    }

    /// <summary>Whether the organisation name at <paramref name="s"/> follows a preposition of place ("at", "in the"), so that
    /// a name ending in a venue head ("KeyBank Center") is the building.</summary>
    static bool AfterVenuePreposition(string folded, int s)
    {
        var prev = PreviousWord(folded, s);
        if (prev.Length > 0 && prev.Word == "the") prev = PreviousWord(folded, prev.Start);
        return prev.Length > 0 && VenuePrepositions.Contains(prev.Word);
    }

    static bool IsParticiple(ReadOnlySpan<char> folded)
    {
        foreach (var end in ParticipleEndings)
            if (folded.EndsWith(end, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Words between the comma and the region a place lies in ("Vannes, dans le Morbihan", "Villiers-en-Bière, en
    /// Seine-et-Marne"); <c>function-words.txt</c> [region-apposition-connectors].</summary>
    static readonly string[] RegionConnectors = FunctionWords.FollowedBySpace("region-apposition-connectors");

    /// <summary>
    /// Twelfth round (docs/entities.md): one to three capitalised words right before a comma and the region or country
    /// they lie in — a region or country of the KB, or a first-level region or French department of the gazetteer —
    /// are a place ("Vannes, dans le Morbihan", "Montastruc-de-Salies, en Haute-Garonne", "Holywood, Northern Ireland",
    /// "The Austin, Texas-based company"). Not at a sentence start, not over a name already found, not a non-name, title
    /// or head word.
    /// </summary>
    IEnumerable<(int Start, int End)> PlacesBeforeRegion(string text, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken)
    {
        for (int c = text.IndexOf(", ", StringComparison.Ordinal); c > 0; c = text.IndexOf(", ", c + 2, StringComparison.Ordinal))
        {
            int rs = c + 2;
            if (StartsWithAny(text, rs, RegionConnectors) is { } connector) rs += connector.Length;
            if (!IsCapitalised(text, rs) || !IsRegionAt(text, rs, nameSpans)) continue;
            // the capitalised run before the comma, one to three words
            int s = -1, we = c;
            for (int w = 0; w < 3; w++)
            {
                int b = we;
                while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '-' or '\'' or '’')) b--;
                if (b == we || !char.IsUpper(text[b])) break;
                s = b;
                if (b < 2 || text[b - 1] != ' ') break;
                we = b - 1;
            }
            if (s < 0 || IsSentenceStart(text, s) || !Free(taken, s, c) || OverlapsName(nameSpans, s, c)) continue;
            var run = text.AsSpan(s, c - s);
            if (run.Length < 3 || !HasLower(run) || NotNameSet.Contains(run) || OrgWordSet.Contains(run) || TitleWords.Contains(run) || _kb.LocationWords.Contains(run.ToString())) continue;
            yield return (s, c);
        }
    }

    static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (var ch in s) if (char.IsLower(ch)) return true;
        return false;
    }

    /// <summary>Whether a region or country starts at <paramref name="rs"/>: a KB place of those kinds found there, or a
    /// gazetteer region or department of one to three words.</summary>
    bool IsRegionAt(string text, int rs, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        foreach (var n in nameSpans)
            if (n.Start == rs && !n.Ref.Demonym && n.Ref.Entity.Type == EntityTypes.Location && n.Ref.Entity.Kind is "region" or "country") return true;
        if (_kb.Gazetteer.Count == 0) return false;
        int e = rs;
        for (int w = 0; w < 3; w++)
        {
            while (e < text.Length && (char.IsLetter(text[e]) || (text[e] is '-' or '\'' or '’' && e + 1 < text.Length && char.IsLetter(text[e + 1])))) e++;
            if (_kb.IsGazetteerRegion(text.AsSpan(rs, e - rs), departments: true)) return true;
            if (e + 1 >= text.Length || text[e] != ' ' || !char.IsUpper(text[e + 1])) break;
            e++;
        }
        return false;
    }

    /// <summary>Capitalised heads that open the names of natural features, before the name (<c>function-words.txt</c>
    /// [place-heads-before-name]: "Lake", "River", "Gulf of"…), each followed by a space.</summary>
    static readonly string[] PlaceHeadsBeforeName = FunctionWords.FollowedBySpace("place-heads-before-name");

    /// <summary>
    /// Twelfth round (docs/entities.md): a head of a natural feature's name and the capitalised name after it ("Lake
    /// Geneva", "the River Severn", "the Gulf of Aden", "Mount Etna") are one place, the head included; a place the KB
    /// names inside ("Geneva", "Aden") is no mention of its own. Not over a KB name that starts with the head ("Cape
    /// Town") nor over a person or organisation.
    /// </summary>
    void HeadFirstPlaces(string text, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken, Action<int, int> add)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) continue;
            if (StartsWithAny(text, i, PlaceHeadsBeforeName) is not { } head) continue;
            int ns = i + head.Length;
            if (!IsCapitalised(text, ns)) continue;
            // a head that opens an organisation's name is no feature's ("County Council", "River Authority")
            if (_kb.OrganizationWords.Contains(text[ns..WordEnd(text, ns)])) continue;
            int e = CapitalisedRunEnd(text, ns, 3);
            if (e > ns && text[e - 1] == '.') e--;
            bool blocked = !Free(taken, i, e);
            foreach (var n in nameSpans)
                if (n.Start < e && n.End > i && (n.Start < ns || n.End > e || n.Ref.Entity.Type != EntityTypes.Location)) { blocked = true; break; }
            if (blocked) continue;
            // (a plain loop: a lambda capturing the loop's locals would allocate its closure on every character)
            for (int k = nameSpans.Count - 1; k >= 0; k--)
                if (nameSpans[k].Start >= i && nameSpans[k].End <= e) nameSpans.RemoveAt(k);
            add(i, e);
            i = e;
        }
    }
}
