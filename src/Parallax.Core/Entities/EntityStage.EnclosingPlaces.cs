using Parallax.Model;

namespace Parallax.Entities;

/// <summary>
/// Twentieth round (docs/entities.md): a place of the KB that is only a part of a longer place name of the gazetteer
/// ("Wales" in "New South Wales", "Mexico" in "New Mexico", "Rio" in "Rio Grande do Sul", "Porto" in "Porto Alegre") gives
/// way to the longer place. Checked only where the KB matched a place; lower-case words a place name may hold are
/// <c>[place-name-inner-words]</c> in <c>function-words.txt</c>.
/// </summary>
public sealed partial class EntityStage
{
    static readonly SpanSet PlaceNameInnerWords = new(FunctionWords.Set("place-name-inner-words"));

    /// <summary>The longest place of the gazetteer (no common word) made of the KB place at [<paramref name="s"/>,
    /// <paramref name="e"/>) with up to two capitalised words before it and up to three words after it (capitalised, or
    /// lower-case words of <c>[place-name-inner-words]</c> inside the name), joined by spaces or hyphens, or null.</summary>
    /// <summary>The end of a lower-case word of <c>[place-name-inner-words]</c> and one or two capitalised words after
    /// <paramref name="e"/> (" du Sud", " of Wight"), or -1.</summary>
    static int InnerWordContinuation(string text, int e)
    {
        if (e + 3 >= text.Length || text[e] != ' ') return -1;
        int ws = e + 1, we = ws;
        while (we < text.Length && char.IsLower(text[we])) we++;
        if (we == ws || we + 2 >= text.Length || text[we] != ' ' || !PlaceNameInnerWords.Contains(text.AsSpan(ws, we - ws))) return -1;
        int cs = we + 1;
        if (!char.IsUpper(text[cs])) return -1;
        int ce = cs;
        while (ce < text.Length && (char.IsLetter(text[ce]) || (text[ce] == '-' && ce + 1 < text.Length && char.IsLetter(text[ce + 1])))) ce++;
        return ce;
    }

    (int Start, int End, string? Country)? EnclosingGazetteerPlace(string text, int s, int e)
    {
        if (_kb.Gazetteer.Count == 0) return null;
        Span<int> lefts = stackalloc int[3];
        Span<int> rights = stackalloc int[4];
        int nl = 1, nr = 1;
        lefts[0] = s; rights[0] = e;
        // capitalised words before, each after one space or a hyphen ("Nouvelle-Galles du Sud")
        for (int p = s; nl < 3 && p >= 2 && text[p - 1] is ' ' or '-';)
        {
            int we = p - 1, ws = we;
            while (ws > 0 && char.IsLetter(text[ws - 1])) ws--;
            if (ws == we || !char.IsUpper(text[ws]) || (ws > 0 && (char.IsLetterOrDigit(text[ws - 1]) || text[ws - 1] is '\'' or '’' or '.'))) break;
            lefts[nl++] = ws;
            p = ws;
        }
        if (nl == 1 && (e >= text.Length || text[e] is not (' ' or '-'))) return null;
        // words after, each after one space or a hyphen ("Colombie-Britannique"): capitalised, or a lower-case word inside the name
        for (int p = e; nr < 4 && p + 1 < text.Length && text[p] is ' ' or '-';)
        {
            int ws = p + 1, we = ws;
            while (we < text.Length && char.IsLetter(text[we])) we++;
            if (we == ws) break;
            if (!char.IsUpper(text[ws]) && !PlaceNameInnerWords.Contains(text.AsSpan(ws, we - ws))) break;
            rights[nr++] = we;
            p = we;
        }
        (int, int, string?)? best = null;
        for (int l = 0; l < nl; l++)
            for (int r = 0; r < nr; r++)
            {
                if (l == 0 && r == 0) continue;
                int cs = lefts[l], ce = rights[r];
                if (best is { } b && ce - cs <= b.Item2 - b.Item1) continue;
                // the name ends with a capitalised word, and not inside a hyphenated or dotted word
                int lastStart = ce; while (lastStart > cs && text[lastStart - 1] is not (' ' or '-')) lastStart--;
                if (!char.IsUpper(text[lastStart])) continue;
                if (ce < text.Length && text[ce] is '-' or '\'' or '’' && ce + 1 < text.Length && char.IsLetter(text[ce + 1])) continue;
                if (_kb.IsGazetteerPlace(text.AsSpan(cs, ce - cs), out var common, out var country) && !common) best = (cs, ce, country);
            }
        return best;
    }
}
