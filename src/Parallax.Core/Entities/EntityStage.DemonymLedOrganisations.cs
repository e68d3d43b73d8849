using Parallax.Model;

namespace Parallax.Entities;

/// <summary>
/// English organisations named by a nationality and capitalised words of their own ("British Gas", "English National
/// Opera", "Palestinian Red Crescent", "British Chambers of Commerce", "Syrian Observatory for Human Rights"): English
/// writes a common noun after a nationality in lower case ("the Syrian army", "British companies"), so capitalised words
/// after a capitalised KB demonym that are no title, given or family name, place word, KB name or event word
/// (function-words.txt [demonym-led-blockers]) make a name, and such a name is an organisation. An "of"/"for" complement
/// of capitalised words goes with it, and one capitalised word and "of" before the nationality open it ("Confederation of
/// British Industry"). Checked only where a KB demonym already matched; names with a head word are typed earlier.
/// </summary>
public sealed partial class EntityStage
{
    /// <summary>Words after a nationality that make the capitalised run no organisation: events, periods, languages
    /// (function-words.txt [demonym-led-blockers]; as written).</summary>
    static readonly SpanSet DemonymLedBlockers = new(FunctionWords.Set("demonym-led-blockers"));

    /// <summary>Last words that make a name led by a nationality a place: museums and venues are places ("the British
    /// Museum"; function-words.txt [demonym-led-places]; as written).</summary>
    static readonly SpanSet DemonymLedPlaces = new(FunctionWords.Set("demonym-led-places"));

    void DemonymLedOrganisations(string text, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken, Action<int, int, string> add)
    {
        List<(int Start, int End, string Type)>? found = null;
        foreach (var d in nameSpans)
        {
            if (!d.Ref.Demonym || !char.IsUpper(text[d.Start]) || d.End + 2 >= text.Length || text[d.End] != ' ' || !IsCapitalised(text, d.End + 1)) continue;
            int s = d.Start;
            // inside another capitalised name ("Melinda French Gates", "Chipotle Mexican Grill"): left to the other rules
            if (s >= 2 && text[s - 1] == ' ' && PreviousWord(text, s - 1) is var pw && pw.End == s - 1 && pw.Length > 0 && char.IsUpper(pw.Word[0])
                && !IsSentenceStart(text, pw.Start) && !NotNameSet.Contains(pw.Word)) continue;
            int e = CapitalisedRunEnd(text, d.End + 1, 4);
            int ls = Math.Max(text.LastIndexOf(' ', e - 1, e - d.End - 1) + 1, d.End + 1);
            var type = DemonymLedPlaces.Contains(text.AsSpan(ls, e - ls)) ? EntityTypes.Location : EntityTypes.Organization;
            if (e < text.Length && (text[e] == '-' || char.IsLetterOrDigit(text[e]))) continue;
            if (!NameWordsOnly(text, d.End + 1, e, nameSpans)) continue;
            // one word after the nationality may be someone's family name ("the Norwegian Haaland")
            if (text.IndexOf(' ', d.End + 1, e - d.End - 1) < 0 && _kb.Surnames.Contains(text[(d.End + 1)..e])) continue;
            int runEnd = e;
            // an "of"/"for" complement of capitalised words ("British Chambers of Commerce", "Syrian Observatory for Human Rights")
            if (StartsWithAny(text, e, ForOnJoiners) is { } j && IsCapitalised(text, e + j.Length))
            {
                int ce = CapitalisedRunEnd(text, e + j.Length, 3);
                if (ce > e + j.Length && text[ce - 1] == '.') ce--;
                if (NameWordsOnly(text, e + j.Length, ce, nameSpans) && (ce >= text.Length || !char.IsLetterOrDigit(text[ce]))) e = ce;
            }
            // "the Norwegian Orla Fenwick": two or three words after "the" and a nationality, with nothing after them, are the
            // person of NationalityAppositions
            if (type == EntityTypes.Organization && e == runEnd && text.IndexOf(' ', d.End + 1, e - d.End - 1) > 0 && s >= 4 && PreviousWord(text, s - 1) is var art && art.End == s - 1
                && art.Word is "the" or "The") continue;
            // one capitalised word and "of" before the nationality open the name ("Confederation of British Industry"), not
            // a sentence's first word ("Customers of …")
            if (s >= 5 && string.CompareOrdinal(text, s - 4, " of ", 0, 4) == 0 && PreviousWord(text, s - 4) is var hw && hw.End == s - 4 && hw.Length > 2
                && NameWordsOnly(text, hw.Start, hw.End, nameSpans) && (hw.Start == 0 || !char.IsLetterOrDigit(text[hw.Start - 1])) && !IsSentenceStart(text, hw.Start)
                && (hw.Start < 2 || PreviousWord(text, hw.Start - 1) is var bw && (bw.Length == 0 || bw.End != hw.Start - 1 || !char.IsUpper(bw.Word[0]) || NotNameSet.Contains(bw.Word) || IsSentenceStart(text, bw.Start))))
                s = hw.Start;
            if (!Free(taken, s, e)) continue;
            (found ??= []).Add((s, e, type));
        }
        if (found is null) return;
        foreach (var (s, e, type) in found)
        {
            if (!Free(taken, s, e)) continue;
            nameSpans.RemoveAll(n => n.Start >= s && n.End <= e);
            add(s, e, type);
        }
    }

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) holds capitalised words only (a capital and a lower-case
    /// letter), none of them a KB name, given name, title, non-name, place or compass word, gazetteer place or
    /// blocker, and no possessive.</summary>
    bool NameWordsOnly(string text, int s, int e, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        if (e <= s) return false;
        foreach (var n in nameSpans) if (n.Start < e && n.End > s) return false;
        for (int i = s; i < e;)
        {
            int we = text.IndexOf(' ', i, e - i);
            if (we < 0) we = e;
            if (we - i < 2 || !char.IsUpper(text[i]) || !char.IsLower(text[i + 1])) return false;
            var word = text.AsSpan(i, we - i);
            if (word.IndexOfAny('\'', '’') >= 0 || IsGivenName(word) || TitleWords.Contains(word) || NotNameSet.Contains(word) || CompassWords.Contains(word)
                || LocationWordSet.Contains(word) || DemonymLedBlockers.Contains(word) || (_kb.IsGazetteerPlace(word, out var common) && !common)) return false;
            i = we + 1;
        }
        return true;
    }
}
