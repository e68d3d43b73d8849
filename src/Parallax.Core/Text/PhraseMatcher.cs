namespace Parallax.Text;

/// <summary>A phrase found in a text: its span and the value it was registered with.</summary>
public readonly record struct PhraseMatch<T>(int Start, int End, T Value)
{
    public int Length => End - Start;
}

/// <summary>
/// A precompiled multi-pattern matcher (a character trie over folded text, see <see cref="TextFold"/>):
/// finds every registered phrase that starts and ends on word boundaries, in one pass over the text.
/// Used for knowledge-base names, lexicon entries and trigger words instead of one regex per pattern.
/// A <c>*</c> at the end of a word in a phrase matches the rest of that word (<c>entretenu*</c> matches
/// "entretenu", "entretenus"), so verb lexicons list stems, not every inflection.
/// Build it once and share it: matching is thread-safe.
/// </summary>
public sealed class PhraseMatcher<T>
{
    const char Wildcard = '\u0001';

    // The trie as one hash table of edges (node, character) → child node, nodes being numbers (0 is the root):
    // one table entry per edge instead of one object and one dictionary per node, so a large knowledge base
    // (100,000 names, about a million edges) loads several times faster and takes a fraction of the memory.
    readonly Dictionary<long, int> _edges = [];
    readonly List<List<T>?> _values = [null];
    public int Count { get; private set; }

    public PhraseMatcher() { }

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries)
    {
        foreach (var (p, v) in entries) Add(p, v);
    }

    static long Key(int node, char c) => ((long)node << 16) | c;

    bool TryNext(int node, char c, out int next) => _edges.TryGetValue(Key(node, c), out next);

    /// <summary>
    /// Registers a phrase. Case, diacritics, apostrophe and dash variants are folded; runs of spaces match
    /// any whitespace run; <c>*</c> after a word character matches the rest of the word.
    /// </summary>
    public void Add(string phrase, T value)
    {
        var folded = TextFold.Fold(phrase.Trim());
        if (folded.Length == 0) return;
        int node = 0;
        bool lastSpace = false;
        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];
            bool space = char.IsWhiteSpace(c);
            if (space && lastSpace) continue;
            lastSpace = space;
            var k = space ? ' ' : c == '*' && i > 0 && TextFold.IsWordChar(folded[i - 1]) ? Wildcard : c;
            if (!TryNext(node, k, out var n))
            {
                n = _values.Count;
                _values.Add(null);
                _edges[Key(node, k)] = n;
            }
            node = n;
        }
        var values = _values[node] ??= [];
        if (!values.Contains(value)) { values.Add(value); Count++; }
    }

    /// <summary>Every match (overlapping ones included), ordered by start, then longest first.</summary>
    public List<PhraseMatch<T>> FindAll(string text, string? folded = null, int start = 0, int end = -1)
    {
        folded ??= TextFold.Fold(text);
        if (end < 0) end = text.Length;
        var result = new List<PhraseMatch<T>>();
        if (_edges.Count == 0) return result;
        bool rootWildcard = TryNext(0, Wildcard, out _);
        var found = new List<PhraseMatch<T>>();
        var stack = new Stack<(int Node, int Pos)>();
        for (int i = start; i < end; i++)
        {
            if (i > 0 && TextFold.IsWordChar(folded[i - 1]) && TextFold.IsWordChar(folded[i])) continue;
            if (!rootWildcard && !TryNext(0, folded[i], out _)) continue;
            found.Clear();
            stack.Push((0, i));
            while (stack.Count > 0)
            {
                var (node, j) = stack.Pop();
                if (j >= end) continue;
                if (TryNext(node, Wildcard, out var w))
                {
                    int k = j;
                    while (k < end && TextFold.IsWordChar(folded[k])) k++;
                    Accept(w, i, k);
                    stack.Push((w, k));
                }
                char c = folded[j];
                if (char.IsWhiteSpace(c))
                {
                    if (TryNext(node, ' ', out var sn))
                    {
                        int k = j;
                        while (k < end && char.IsWhiteSpace(folded[k])) k++;
                        stack.Push((sn, k));
                    }
                }
                else if (TryNext(node, c, out var n))
                {
                    Accept(n, i, j + 1);
                    stack.Push((n, j + 1));
                }
            }
            found.Sort((a, b) => b.End.CompareTo(a.End));
            result.AddRange(found);
        }
        return result;

        void Accept(int n, int s, int e)
        {
            if (_values[n] is not { } values) return;
            if (e < folded.Length && TextFold.IsWordChar(folded[e]) && TextFold.IsWordChar(folded[e - 1])) return;
            foreach (var v in values) found.Add(new PhraseMatch<T>(s, e, v));
        }
    }

    /// <summary>Leftmost-longest matches that do not overlap (all values of the chosen span are kept).</summary>
    public List<PhraseMatch<T>> FindLongest(string text, string? folded = null, int start = 0, int end = -1)
    {
        var all = FindAll(text, folded, start, end);
        var result = new List<PhraseMatch<T>>();
        int covered = -1;
        PhraseMatch<T>? chosen = null;
        foreach (var m in all)
        {
            if (chosen is { } c && m.Start == c.Start && m.End == c.End) { result.Add(m); continue; }
            if (m.Start >= covered)
            {
                result.Add(m);
                covered = m.End;
                chosen = m;
            }
        }
        return result;
    }
}
