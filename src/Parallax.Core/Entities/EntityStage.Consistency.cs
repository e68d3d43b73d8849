using Parallax.Model;

namespace Parallax.Entities;

/// <summary>
/// Tenth round (docs/entities.md): one name, one type in a document. A town or region the document once uses for its
/// team, or a name it types an organisation by its context, is that organisation at its other mentions too ("Minnesota
/// beat Buffalo 4-1 … Buffalo is on a 1-6-2 skid"), except where the name says where something happens ("à Buffalo",
/// "in Buffalo": <c>function-words.txt</c> [locative-prepositions]). Countries and demonyms are left alone: a country
/// named for its national team is the country (the annotation guide).
/// </summary>
public sealed partial class EntityStage
{
    static readonly HashSet<string> LocativePrepositions = FunctionWords.Set("locative-prepositions");

    /// <summary>Moves the place mentions whose exact text an unknown organisation of the document bears to that organisation.</summary>
    static void RetypeLikeOrganisations(string text, string folded, IEnumerable<Found> found)
    {
        Dictionary<string, Found>? orgs = null;
        foreach (var f in found)
            if (f.Kb == null && f.Type == EntityTypes.Organization)
                foreach (var m in f.Mentions)
                    if (m.Text.Length > 2 && char.IsUpper(m.Text[0])) (orgs ??= new(StringComparer.Ordinal)).TryAdd(m.Text, f);
        if (orgs == null) return;
        foreach (var g in found)
        {
            if (g.Type != EntityTypes.Location || g.Mentions.Count == 0) continue;
            // towns, regions and places the KB does not know; never a country or a demonym
            if (g.Kb != null && g.Kb.Kind is not ("city" or "capital" or "region")) continue;
            for (int i = g.Mentions.Count - 1; i >= 0; i--)
            {
                var m = g.Mentions[i];
                if (!orgs.TryGetValue(m.Text, out var org) || org == g) continue;
                if (g.Kb != null && g.Kb.Demonyms.Contains(m.Text, StringComparer.OrdinalIgnoreCase)) continue;
                var prev = PreviousWord(folded, m.Start);
                if (prev.Length > 0 && LocativePrepositions.Contains(prev.Word)) continue;
                g.Mentions.RemoveAt(i);
                org.Mentions.Add(m);
                org.First = Math.Min(org.First, m.Start);
            }
        }
    }
    /// <summary>
    /// Fifteenth round (docs/entities.md): an organisation's own part standing alone is that organisation. A name of several
    /// capitalised words that has, at one end, words any organisation may bear (<c>organization-words.txt</c>: Mouvement,
    /// International, Communications, Party; the prefixes of <c>organization-prefixes.txt</c>) or a place the KB names
    /// ("Amnesty International Kenya", "Reform UK") is the rest of it elsewhere in the document: "Mouvement Desjardins …
    /// Desjardins paierait", "Greenpeace International … Greenpeace said". Only a free span, written as a name of its own
    /// (no capitalised word right before or after it), never a KB name, a given name, a title or a word of
    /// <c>not-names.txt</c>; people's lone names are linked first.
    /// </summary>
    void OrganisationShortNames(string text, IEnumerable<Found> found, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken, Action<Found, int, int> add)
    {
        List<(Found F, string Piece)>? pieces = null;
        foreach (var f in found)
        {
            if (f.Type != EntityTypes.Organization) continue;
            foreach (var m in f.Mentions)
            {
                if (m.Text.IndexOf(' ') < 0) continue;
                int s = m.Start, e = m.End;
                // generic words and places off the start, then off the end
                while (s < e && WordAt(text, s, e) is var we && IsGenericOrgWord(text, s, we, nameSpans)) s = SkipSpaces(text, we, e);
                while (e > s && WordBefore(text, s, e) is var ws && IsGenericOrgWord(text, ws, e, nameSpans)) e = TrimSpacesBack(text, s, ws);
                if (e - s < 3 || (s == m.Start && e == m.End)) continue;
                // every word left is a capitalised name word
                bool ok = true;
                for (int w = s; w < e;)
                {
                    int we = WordAt(text, w, e);
                    var word = text[w..we];
                    if (!char.IsUpper(word[0]) || _kb.NotNames.Contains(word) || IsGivenName(word) || Titles.Contains(word)
                        || _kb.PersonTitles.Contains(word)) { ok = false; break; }
                    w = SkipSpaces(text, we, e);
                }
                if (ok) (pieces ??= []).Add((f, text[s..e]));
            }
        }
        if (pieces == null) return;
        foreach (var (f, piece) in pieces)
            for (int i = text.IndexOf(piece, StringComparison.Ordinal); i >= 0; i = text.IndexOf(piece, i + piece.Length, StringComparison.Ordinal))
            {
                int e = i + piece.Length;
                if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || (e < text.Length && char.IsLetterOrDigit(text[e]))) continue;
                // a name of its own: no capitalised word right after it, nor right before it inside a sentence
                if (e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1])) continue;
                if (i >= 2 && text[i - 1] == ' ' && PreviousWord(text, i) is var pw && pw.Length > 0 && char.IsUpper(pw.Word[0]) && !_kb.NotNames.Contains(pw.Word)
                    && !IsSentenceStart(text, pw.Start)) continue;
                if (!Free(taken, i, e) || OverlapsName(nameSpans, i, e)) continue;
                add(f, i, e);
            }
    }

    /// <summary>Whether the word text[s..e] is one any organisation's name may bear (a head word, a prefix) or a place the KB names there.</summary>
    bool IsGenericOrgWord(string text, int s, int e, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        if (e <= s) return false;
        var w = text.AsSpan(s, e - s);
        if (OrgWordSet.Contains(w) || OrgPrefixSet.Contains(w)) return true;
        foreach (var n in nameSpans) if (n.Start <= s && n.End >= e && n.Ref.Entity.Type == EntityTypes.Location) return true;
        return false;
    }

    /// <summary>The end of the word starting at <paramref name="s"/> (before <paramref name="limit"/>).</summary>
    static int WordAt(string text, int s, int limit)
    {
        int i = s;
        while (i < limit && text[i] != ' ') i++;
        return i;
    }

    /// <summary>The start of the last word ending at <paramref name="e"/> (after <paramref name="limit"/>).</summary>
    static int WordBefore(string text, int limit, int e)
    {
        int i = e;
        while (i > limit && text[i - 1] != ' ') i--;
        return i;
    }

    static int SkipSpaces(string text, int i, int limit)
    {
        while (i < limit && text[i] == ' ') i++;
        return i;
    }

    static int TrimSpacesBack(string text, int limit, int i)
    {
        while (i > limit && text[i - 1] == ' ') i--;
        return i;
    }
}
