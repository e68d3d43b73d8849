using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// Which quotations are someone's words and where each one starts and ends: quotations that name a work, a nickname
/// or a term are left out, and a quotation that runs over paragraphs (each new paragraph reopening with « or “, the
/// press convention) is one quote per paragraph, as a reader counts them.
/// </summary>
static class QuoteSpans
{
    /// <summary>Phrases before an opening mark that make the quotation a name or a title (<c>not-speech-before.txt</c>).</summary>
    static readonly Lazy<string[]> NotSpeechBefore = new(() =>
        [.. DataFiles.ReadLines("Quotes/data/not-speech-before.txt").Select(TextFold.Fold).OrderByDescending(p => p.Length)]);

    /// <summary>
    /// Whether the quotation [open, close] (the marks' positions) is not speech: after a phrase of
    /// <c>not-speech-before.txt</c> ("the so-called", "le film"), a nickname between two capitalised words of a name
    /// (<c>Dwayne “The Rock” Johnson</c>), or a title of at most six words all capitalised that follows a word inside
    /// a sentence (<c>films like “Star Wars,” “Mary Poppins”</c>; not after a colon, not a sentence of its own).
    /// </summary>
    public static bool IsNotSpeech(string text, string folded, int open, int close, List<PhraseMatch<ReportingVerb>> verbs)
    {
        int b = open - 1;
        while (b >= 0 && text[b] is ' ' or '\u00A0' or '\u202F') b--;
        if (b < 0) return false;
        // words after a reporting verb are said ("he replied “Yes”", "s'est dit « prêt à discuter »")
        // (unless the verb lies inside the phrase: "so-called")
        int verbStart = -1;
        foreach (var v in verbs)
            if (v.End <= b + 1 && v.End >= b) verbStart = v.Start;
        // a phrase that names what follows
        if (TextFold.IsWordChar(folded[b]))
            foreach (var p in NotSpeechBefore.Value)
            {
                int s = b + 1 - p.Length;
                if (s >= 0 && string.CompareOrdinal(folded, s, p, 0, p.Length) == 0 && (s == 0 || !TextFold.IsWordChar(folded[s - 1]) && folded[s - 1] != '\''))
                    return verbStart < 0 || verbStart >= s;
            }
        if (verbStart >= 0) return false;
        int cs = open + 1, ce = close;
        while (cs < ce && char.IsWhiteSpace(text[cs])) cs++;
        while (ce > cs && (char.IsWhiteSpace(text[ce - 1]) || text[ce - 1] is ',' or '.')) ce--;
        if (ce <= cs) return false;
        var inner = text.AsSpan(cs, ce - cs);
        if (inner.ContainsAny("!?;:") || inner.Contains(". ", StringComparison.Ordinal)) return false;
        int words = 0, capitalised = 0;
        foreach (var w in inner.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (char.IsUpper(w[0]) || char.IsDigit(w[0]) || TitleSmallWords.Contains(w)) capitalised++;
        }
        if (words == 0 || words > 6 || !char.IsUpper(text[cs]) || capitalised < words) return false;
        // a nickname inside a name: a capitalised word before and after
        int a = close + 1;
        while (a < text.Length && text[a] == ' ') a++;
        bool upperBefore = char.IsUpper(WordStartBefore(text, b) is var ws && ws >= 0 ? text[ws] : ' ');
        if (upperBefore && a < text.Length && char.IsUpper(text[a]) && text[b] != ',' && IsWordAt(text, b)) return true;
        // a title after a word of the sentence (a lower-case word, or a comma after another title)
        return IsWordAt(text, b) && char.IsLower(text[ws]) && words <= 6
            || text[b] == ',' && b > 0 && text[b - 1] is '”' or '"' or '»'
            || text[b] is '”' or '"' or '»' && b > 0 && text[b - 1] == ',';   // one title after another: “Star Wars,” “Mary Poppins”
    }

    /// <summary>Lower-case words a title keeps ("Lord of the Rings", "La Chute de la maison").</summary>
    static readonly HashSet<string> TitleSmallWords = ["of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "de", "la", "le", "les", "du", "des", "et", "en", "d'", "l'"];

    static bool IsWordAt(string text, int i) => i >= 0 && char.IsLetter(text[i]);

    static int WordStartBefore(string text, int b)
    {
        if (b < 0 || !char.IsLetter(text[b])) return -1;
        while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '-' or '\'' or '’')) b--;
        return b;
    }

    /// <summary>
    /// The quote split where the quotation runs into a new paragraph that reopens it: the first part ends with its
    /// paragraph, each next one starts after the reopening mark; every part keeps the speaker, the channel and (the
    /// first only) partial.
    /// </summary>
    public static IEnumerable<Quote> ByParagraph(string text, Quote q)
    {
        int start = q.Start;
        while (true)
        {
            int br = text.IndexOf("\n\n", start, q.End - start, StringComparison.Ordinal);
            if (br < 0) break;
            int e = br;
            while (e > start && char.IsWhiteSpace(text[e - 1])) e--;
            int next = br + 2;
            while (next < q.End && char.IsWhiteSpace(text[next])) next++;
            // past the reopening mark and its space
            if (next < q.End && text[next] is '«' or '“' or '"' or '‘' or '„') next++;
            while (next < q.End && char.IsWhiteSpace(text[next])) next++;
            if (e > start) yield return q with { Start = start, End = e, Text = text[start..e], Partial = start == q.Start && q.Partial };
            start = next;
            if (start >= q.End) yield break;
        }
        if (start == q.Start) { yield return q; yield break; }
        int end = q.End;
        if (end > start) yield return q with { Start = start, End = end, Text = text[start..end], Partial = false };
    }

    /// <summary>Words that end a reported clause before a second report (<c>clause-boundaries.tsv</c>): word → subordinator?</summary>
    static readonly Lazy<Dictionary<string, bool>> ClauseBoundaries = new(() =>
        DataFiles.ReadTsv("Quotes/data/clause-boundaries.tsv").ToDictionary(r => TextFold.Fold(r[0]), r => r[1] == "subordinator", StringComparer.Ordinal));

    /// <summary>
    /// Where a reported clause that starts at <paramref name="from"/> ends because a second report begins in the same
    /// sentence: a reporting verb after a boundary word of <c>clause-boundaries.tsv</c> and at most four subject words
    /// ("…, but he said that B", "… and said B", "…, when authorities in Beijing announced that B"), or a participle
    /// right after a comma ("…, saying B"). <paramref name="introducesClause"/> tells whether a verb has a clause of its
    /// own (its second argument: an explicit "that"/"que" is required). Returns the boundary's position (or -1), the
    /// second verb's start, and whether no subject words come between them (a second predicate of the same subject).
    /// </summary>
    public static (int Boundary, int Verb, bool SameSubject) SecondReport(string text, string folded, List<PhraseMatch<ReportingVerb>> verbs, int from, int sentEnd,
        List<Quote> direct, Func<PhraseMatch<ReportingVerb>, bool, bool> introducesClause)
    {
        foreach (var v in verbs)
        {
            if (v.Start < from + 10 || v.End > sentEnd || v.Value.Kind != "verb") continue;
            if (direct.Any(q => q.Start - 1 <= v.Start && v.End <= q.End + 1)) continue;
            int p = v.Start - 1;
            while (p > from && text[p] == ' ') p--;
            var verb = folded.AsSpan(v.Start, v.End - v.Start);
            bool participle = verb.EndsWith("ing") || verb.EndsWith("ant");
            if (text[p] == ',')
            {
                if (participle && introducesClause(v, false)) return (p, v.Start, true);
                continue;
            }
            // back over at most four subject words to a boundary word
            int words = 0, boundary = -1;
            bool subordinate = false;
            while (p > from && words <= 4)
            {
                int we = p + 1;
                while (p > from && (TextFold.IsWordChar(folded[p]) || folded[p] is '\'' or '-')) p--;
                int ws = TextFold.IsWordChar(folded[p]) ? p : p + 1;
                if (ws >= we) break;   // punctuation
                var word = folded[ws..we];
                if (ClauseBoundaries.Value.TryGetValue(word, out subordinate))
                {
                    boundary = ws;
                    // "…, but": the comma before the word
                    int c = ws - 1;
                    while (c > from && text[c] == ' ') c--;
                    if (text[c] == ',') boundary = c;
                    break;
                }
                words++;
                while (p > from && text[p] == ' ') p--;
            }
            if (boundary <= from + 5) continue;
            // a subordinate clause needs a subject and an explicit "that"
            if (subordinate && (words == 0 || !introducesClause(v, true))) continue;
            if (!subordinate && !introducesClause(v, false)) continue;
            return (boundary, v.Start, words == 0);
        }
        return (-1, -1, false);
    }
}
