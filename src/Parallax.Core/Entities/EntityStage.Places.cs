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
}
