using Parallax.Model;
using Parallax.Text;

namespace Parallax.Language;

/// <summary>
/// Sentence boundaries for French and English news. A sentence ends at ". ! ? …" (and any closing quotes or
/// brackets after it) when followed by a space and an upper-case letter, an opening quote, a digit or the end
/// of the block — except after an abbreviation or title (Language/data/abbreviations.tsv: "M.", "Dr.", "U.S."),
/// an initial ("J. R. R."), or an elision mark in the middle ("<…>", "[…]"). A closing guillemet with a
/// full stop before it ends the sentence after the guillemet.
/// </summary>
public static class SentenceSplitter
{
    static readonly Lazy<Dictionary<string, HashSet<string>>> Abbrev = new(() =>
    {
        var d = new Dictionary<string, HashSet<string>>();
        foreach (var r in DataFiles.ReadTsv("Language/data/abbreviations.tsv"))
            (d.TryGetValue(r[0], out var s) ? s : d[r[0]] = new HashSet<string>(StringComparer.Ordinal)).Add(r[1]);
        return d;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    static bool IsCloser(char c) => c is '»' or '"' or '”' or '’' or ')' or ']' or '\'';
    static bool IsOpener(char c) => c is '«' or '"' or '“' or '‘' or '(' or '[' or '—' or '–' or '-';

    public static List<Sentence> Split(string text, int start, int end, string? lang)
    {
        var list = new List<Sentence>();
        int s = start;
        while (s < end && char.IsWhiteSpace(text[s])) s++;
        for (int i = s; i < end; i++)
        {
            char c = text[i];
            bool ellipsis = c == '…' || (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.');
            if (c is not ('.' or '!' or '?') && !ellipsis) continue;
            // an elided passage "<…>", "[…]", "(…)" is not a boundary
            if (ellipsis && i > start && text[i - 1] is '<' or '[' or '(') continue;
            int j = ellipsis && c == '.' ? i + 3 : i + 1;
            while (j < end && text[j] is '.' or '!' or '?') j++;
            while (j < end && (IsCloser(text[j]) || (text[j] is ' ' or '\u00A0' or '\u202F' && j + 1 < end && text[j + 1] is '»' or '”'))) j++;
            if (c == '.' && !ellipsis && IsAbbreviation(text, start, i, lang)) continue;
            int k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) break;
            if (k == j) continue; // no space: "Novosti.Live", "3.5"
            char n = text[k];
            bool next = char.IsUpper(n) || char.IsDigit(n) || IsOpener(n);
            if (ellipsis && !next) continue;
            if (!next) continue;
            list.Add(new Sentence(s, j));
            s = k;
            i = k - 1;
        }
        int e = end;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s) list.Add(new Sentence(s, e));
        return list;
    }

    static bool IsAbbreviation(string text, int blockStart, int dot, string? lang)
    {
        int w = dot;
        while (w > blockStart && (char.IsLetter(text[w - 1]) || text[w - 1] is '.' or '-' or '°')) w--;
        if (w == dot) return false;
        var word = text[w..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial
        var abbrev = Abbrev.Value;
        foreach (var (l, set) in abbrev)
            if ((lang == null || l == lang || lang == "und") && set.Contains(word)) return true;
        return false;
    }
}
