using Parallax.Model;

namespace Parallax.Entities;

/// <summary>
/// Twenty-fourth round (docs/entities.md): the edges of place names. A lower-case administrative noun a KB place's alias
/// holds ("la région de Kharkiv", "the Kursk region", "l’oblast de Donetsk") stays out of the mention, as the news and the
/// annotation guide name the place without it (a capitalised one is part of the name: "Kursk Oblast"); and a name the rules
/// typed a person whose every mention opens with a word that only opens place names ("Fort Myers", "Port Charlotte", "Nova
/// Kakhovka", "North Kensington") is a place. Word lists: <c>function-words.txt</c> [administrative-nouns],
/// [place-first-words] and [compass-words].
/// </summary>
public sealed partial class EntityStage
{
    static readonly SpanSet AdministrativeNounSet = new(FunctionWords.Set("administrative-nouns"));
    static readonly SpanSet PlaceFirstWordSet = new(FunctionWords.Set("place-first-words").Concat(FunctionWords.Set("compass-words")));

    /// <summary>[s, e) without a lower-case administrative noun it opens with (and the "de"/"d’" after it) or ends with;
    /// [s, e) itself when it has none.</summary>
    static (int Start, int End) WithoutAdministrativeNoun(string text, int s, int e)
    {
        if (char.IsLower(text[s])) return AfterAdministrativeNoun(text, s, e) is var p and > 0 ? (p, e) : (s, e);
        int last = text.LastIndexOf(' ', e - 1, e - s);
        if (last > s && char.IsLower(text[last + 1]) && AdministrativeNounSet.Contains(text.AsSpan(last + 1, e - last - 1))) return (s, last);
        return (s, e);
    }

    /// <summary>Where the capitalised name after a lower-case administrative noun at <paramref name="s"/> and its "de"/"d’"
    /// starts ("région de Kharkiv" → "Kharkiv"), before <paramref name="e"/>; -1 when no such noun and name are there.</summary>
    static int AfterAdministrativeNoun(string text, int s, int e)
    {
        int sp = text.IndexOf(' ', s, Math.Min(e, text.Length) - s);
        if (sp <= s || !AdministrativeNounSet.Contains(text.AsSpan(s, sp - s))) return -1;
        int p = sp + 1;
        if (p + 2 < e && text[p] == 'd' && text[p + 1] == 'e' && text[p + 2] == ' ') p += 3;
        else if (p + 1 < e && text[p] == 'd' && text[p + 1] is '’' or '\'') p += 2;
        else return -1;
        return p < e && char.IsUpper(text[p]) ? p : -1;
    }

    /// <summary>Retypes as places the unknown people, without a role, all of whose mentions open with a place's first word
    /// and go on with another capitalised word ("Fort Pierce", "Nova Kakhovka"), none before a possessive.</summary>
    static void RetypePlaceFirstWordNames(string text, IEnumerable<Found> found)
    {
        foreach (var f in found)
        {
            if (f.Kb != null || f.Type != EntityTypes.Person || f.Mentions.Count == 0 || f.Roles.Count > 0) continue;
            bool all = true;
            foreach (var m in f.Mentions)
            {
                int sp = m.Text.IndexOf(' ');
                if (sp <= 0 || sp == m.Text.Length - 1 || !char.IsUpper(m.Text[sp + 1]) || !PlaceFirstWordSet.Contains(m.Text.AsSpan(0, sp))) { all = false; break; }
                // a saint's name before a possessive names a church, a school or a trust ("St Thomas' NHS Foundation Trust")
                if (m.End < text.Length && text[m.End] is '\'' or '’') { all = false; break; }
            }
            if (all) f.Type = EntityTypes.Location;
        }
    }
}
