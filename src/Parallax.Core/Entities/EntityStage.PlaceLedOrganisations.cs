using Parallax.Model;

namespace Parallax.Entities;

/// <summary>
/// Organisations named by a country and a word of their own, in either order ("Altice France", "France Médias", "Bell
/// Canada", "Canada Goose"): the country of the KB does not block the whole capitalised run from being typed by the words
/// around it (<see cref="ContextOrganisations"/>'s cues: "la maison mère", "a subsidiary of", "shares of", a list of
/// companies). Checked only where such a run already met a KB name.
/// A team named by a town that is also a given name and a capitalised plural, after a plural article ("the Charlotte
/// Hornets", "des Dallas Mavericks"), is the team, not a person: checked only where a run opens with a given name.
/// </summary>
public sealed partial class EntityStage
{
    /// <summary>Whether the KB name <paramref name="n"/> inside the run [<paramref name="s"/>, <paramref name="e"/>) is a
    /// country at one end of the run whose other words are capitalised words of no KB name, given name, title, place word,
    /// compass word or non-name ("Altice France", not "Southern France", "Paris France", "President France").</summary>
    bool CountryInOrganisationName(string text, int s, int e, (int Start, int End, NameRef Ref) n, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        if (n.Ref.Demonym || !n.Ref.Entity.IsCountry || n.End - n.Start >= e - s) return false;
        int os, oe;
        if (n.Start == s && n.End < e && text[n.End] == ' ') { os = n.End + 1; oe = e; }
        else if (n.End == e && n.Start > s && text[n.Start - 1] == ' ') { os = s; oe = n.Start - 1; }
        else return false;
        foreach (var m in nameSpans) if (m.Start < oe && m.End > os) return false;
        // each other word: capitalised, with a lower-case letter after its first, and no word that makes it a person or a place
        for (int i = os; i < oe;)
        {
            int we = text.IndexOf(' ', i, oe - i);
            if (we < 0) we = oe;
            if (we - i < 2 || !char.IsUpper(text[i]) || !char.IsLower(text[i + 1])) return false;
            var word = text.AsSpan(i, we - i);
            if (word.IndexOfAny('\'', '’') >= 0) return false;
            var w = word.ToString();
            if (IsGivenName(w) || TitleWords.Contains(word) || NotNameSet.Contains(word) || CompassWords.Contains(word) || _kb.LocationWords.Contains(w) || _kb.NotNames.Contains(w)
                || _kb.Surnames.Contains(w) || TeamWords.NotTeams.Contains(w) || _kb.IsGazetteerPlace(word, out _)) return false;
            i = we + 1;
        }
        return true;
    }

    /// <summary>Plural articles before a team's name (function-words.txt [team-plural-articles]).</summary>
    static readonly HashSet<string> TeamPluralArticles = FunctionWords.Set("team-plural-articles");

    /// <summary>Whether the run [<paramref name="s"/>, <paramref name="e"/>), opened by a given name, is a team named by its
    /// town and a capitalised plural (<see cref="PlaceTeamName"/>) right after a plural article, its plural no family name
    /// ("the Charlotte Hornets", not "Charlotte Williams").</summary>
    bool GivenNamedTownTeam(string text, string folded, int s, int e, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        var prev = PreviousWord(folded, s);
        if (prev.Length == 0 || prev.End != s - 1 || !TeamPluralArticles.Contains(prev.Word)) return false;
        int ls = text.LastIndexOf(' ', e - 1, e - s);
        if (ls <= s || _kb.Surnames.Contains(text[(ls + 1)..e])) return false;
        return PlaceTeamName(text, s, e, nameSpans);
    }
}
