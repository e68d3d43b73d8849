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
    enum AbbrevKind { Title, End, Mid }

    static readonly Lazy<Dictionary<string, Dictionary<string, AbbrevKind>>> Abbrev = new(() =>
    {
        var d = new Dictionary<string, Dictionary<string, AbbrevKind>>();
        foreach (var r in DataFiles.ReadTsv("Language/data/abbreviations.tsv"))
        {
            if (!d.TryGetValue(r[0], out var m)) d[r[0]] = m = new(StringComparer.Ordinal);
            m[r[1]] = (r.Length > 2 ? r[2] : "mid") switch
            {
                "title" => AbbrevKind.Title,
                "end" => AbbrevKind.End,
                "mid" => AbbrevKind.Mid,
                var k => throw new FormatException($"Language/data/abbreviations.tsv: unknown kind '{k}'"),
            };
        }
        return d;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    static readonly Lazy<Dictionary<string, HashSet<string>>> Openers = new(() =>
        DataFiles.ReadTsv("Language/data/sentence-openers.tsv").ToDictionary(r => r[0], r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)),
        LazyThreadSafetyMode.ExecutionAndPublication);

    static bool IsCloser(char c) => c is '»' or '"' or '”' or '’' or ')' or ']' or '\'';
    static bool IsOpener(char c) => c is '«' or '"' or '“' or '‘' or '(' or '[' or '—' or '–' or '-';

    /// <summary>
    /// Longest sentence kept whole: a longer run without a boundary (a page of text without full stops, a list of
    /// thousands of names) is cut at the last space before this many characters, so that the stages whose work
    /// grows with the length of a sentence stay bounded.
    /// </summary>
    public const int MaxSentenceChars = 1500;

    public static List<Sentence> Split(string text, int start, int end, string? lang)
    {
        var list = Find(text, start, end, lang);
        foreach (var x in list) if (x.End - x.Start > MaxSentenceChars) return Bound(text, list);
        return list;
    }

    /// <summary>Cuts sentences longer than <see cref="MaxSentenceChars"/> into pieces ending at a space (or at the limit).</summary>
    static List<Sentence> Bound(string text, List<Sentence> list)
    {
        var bounded = new List<Sentence>(list.Count + 8);
        foreach (var x in list)
            foreach (var (a, b) in BoundSpan(text, x.Start, x.End)) bounded.Add(new Sentence(a, b));
        return bounded;
    }

    /// <summary>Pieces of [<paramref name="start"/>, <paramref name="end"/>) of at most <see cref="MaxSentenceChars"/>, cut after a space, trimmed.</summary>
    public static IEnumerable<(int Start, int End)> BoundSpan(string text, int start, int end)
    {
        int s = start;
        while (end - s > MaxSentenceChars)
        {
            int limit = s + MaxSentenceChars;
            int cut = text.AsSpan(s + MaxSentenceChars / 2, limit - s - MaxSentenceChars / 2).LastIndexOfAny(' ', '\n', '\u00A0');
            cut = cut < 0 ? limit : s + MaxSentenceChars / 2 + cut;
            if (char.IsHighSurrogate(text[cut - 1])) cut--;
            int e = cut;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return (s, e);
            s = cut;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
        }
        if (end > s) yield return (s, end);
    }

    static List<Sentence> Find(string text, int start, int end, string? lang)
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
            int k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) break;
            if (c == '.' && !ellipsis && j == i + 1 && AbbreviationHolds(text, start, i, k, end, lang)) continue;
            if (k == j) continue; // no space: "Novosti.Live", "3.5"
            char n = text[k];
            bool next = char.IsUpper(n) || char.IsDigit(n) || IsOpener(n);
            if (ellipsis && !next) continue;
            if (!next) continue;
            // "?” Sanborn said." — the attribution of a quoted question or exclamation stays with it
            if (c is '?' or '!' && j > i + 1 && text[j - 1] is '”' or '»' or '"' && AttributionFollows(text, k, end)) continue;
            list.Add(new Sentence(s, j));
            s = k;
            i = k - 1;
        }
        int e = end;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s) list.Add(new Sentence(s, e));
        return list;
    }

    /// <summary>Whether the full stop at <paramref name="dot"/> belongs to an abbreviation and the sentence goes on at <paramref name="next"/>.</summary>
    static bool AbbreviationHolds(string text, int blockStart, int dot, int next, int end, string? lang)
    {
        int w = dot;
        while (w > blockStart && (char.IsLetter(text[w - 1]) || text[w - 1] is '.' or '-' or '°')) w--;
        if (w == dot) return false;
        var word = text.AsSpan(w, dot - w);
        // an initial or a run of them: "J. K. Rowling", "George R.R. Martin", "J.-J. Rousseau" (not "5300M.")
        bool standsAlone = w == blockStart || !char.IsLetterOrDigit(text[w - 1]);
        if (standsAlone && word.Length == 1 && char.IsUpper(word[0])) return true;
        // dotted initials and acronyms ("R.R.", "J.-C.", "U.E.", "S.N.C.F.") end a sentence only before a sentence opener
        if (standsAlone && IsInitials(word)) return char.IsDigit(text[next]) || !StartsWithOpener(text, next, end, LanguageCodes.Primary(lang));
        AbbrevKind? kind = null;
        var primary = LanguageCodes.Primary(lang);
        foreach (var (l, map) in Abbrev.Value)
            if ((primary == null || l == primary || primary is not ("fr" or "en")) && map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var k))
            {
                kind = k;
                if (l == primary) break;
            }
        if (kind == null) return false;
        if (kind == AbbrevKind.Title) return true;
        if (char.IsDigit(text[next])) return true;
        return !StartsWithOpener(text, next, end, primary);
    }

    static bool IsInitials(ReadOnlySpan<char> word)
    {
        // "J", "R.R", "J.-J", "P.J": single upper-case letters joined by "." or ".-"
        for (int i = 0; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i])) return false;
            if (i + 1 < word.Length && char.IsLetter(word[i + 1])) return false;
            i++;
            if (i < word.Length && word[i] != '.') return false;
            if (i + 1 < word.Length && word[i + 1] == '-') i++;
        }
        return true;
    }

    /// <summary>"?” Sanborn said." / "!» a lancé X": a question or exclamation in quotes followed by its attribution.</summary>
    static bool AttributionFollows(string text, int at, int end)
    {
        int stop = Math.Min(end, at + 60);
        var folded = TextFold.Fold(text.AsSpan(at, stop - at));
        foreach (var m in Parallax.Quotes.ReportingVerbs.Matcher.FindLongest(folded, folded))
        {
            if (m.Value.Kind != "verb") continue;
            // at most three capitalised words (a name) before the verb, nothing else
            var before = text.AsSpan(at, m.Start).Trim();
            int words = 0;
            foreach (var part in before.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!char.IsUpper(part[0]) && part is not ("de" or "van" or "von" or "al" or "bin")) return false;
                words++;
            }
            return words <= 3 && m.Start > 0;
        }
        return false;
    }

    static bool StartsWithOpener(string text, int at, int end, string? lang)
    {
        int e = at;
        while (e < end && (char.IsLetter(text[e]))) e++;
        if (e < end && text[e] is '\'' or '’') e++;
        if (e == at) return false;
        var w = text.AsSpan(at, e - at);
        foreach (var (l, set) in Openers.Value)
            if ((lang == null || l == lang || lang is not ("fr" or "en")) && (set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.TrimEnd("'’")))) return true;
        return false;
    }
}
