using System.Runtime.InteropServices;

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
    // The table is open-addressed (linear probing over a power-of-two array of key/child pairs, at most 70 % full):
    // a look-up reads one entry, usually one cache line, where a Dictionary reads a bucket and then an entry.
    Edge[] _edges = NewEdges(16);
    int _edgeCount, _edgeShift = 60;
    readonly List<List<T>?> _values = [null];
    // each node's wildcard child, or -1: read at every step of a match, so kept out of the hash table
    readonly List<int> _wild = [-1];
    // the characters that start an edge from the root, one bit each: most word starts of a text begin no phrase, and
    // the scan tells them from the others with one bit test instead of a hash look-up
    readonly ulong[] _rootChars = new ulong[(char.MaxValue + 1) / 64];
    public int Count { get; private set; }

    struct Edge
    {
        public long Key;    // (node << 16) | character; -1 for an empty entry
        public int Child;
    }

    static Edge[] NewEdges(int size)
    {
        var edges = new Edge[size];
        edges.AsSpan().Fill(new Edge { Key = -1 });
        return edges;
    }

    int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _edgeShift);

    void AddEdge(long key, int child)
    {
        if ((_edgeCount + 1) * 10 > _edges.Length * 7)
        {
            var old = _edges;
            _edges = NewEdges(old.Length * 2);
            _edgeShift--;
            foreach (var e in old)
                if (e.Key >= 0) Put(e.Key, e.Child);
        }
        Put(key, child);
        _edgeCount++;
    }

    void Put(long key, int child)
    {
        int mask = _edges.Length - 1;
        int slot = Slot(key);
        while (_edges[slot].Key >= 0) slot = (slot + 1) & mask;
        _edges[slot] = new Edge { Key = key, Child = child };
    }

    public PhraseMatcher() { }

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries)
    {
        foreach (var (p, v) in entries) Add(p, v);
    }

    static long Key(int node, char c) => ((long)node << 16) | c;

    bool TryNext(int node, char c, out int next)
    {
        long key = Key(node, c);
        var edges = _edges;
        int mask = edges.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ref var e = ref edges[slot];
            if (e.Key == key) { next = e.Child; return true; }
            if (e.Key < 0) { next = 0; return false; }
        }
    }

    bool StartsPhrase(char c) => (_rootChars[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>
    /// Registers a phrase. Case, diacritics, apostrophe and dash variants are folded; runs of spaces match
    /// any whitespace run; <c>*</c> after a word character matches the rest of the word.
    /// </summary>
    public void Add(string phrase, T value)
    {
        _memo = null;
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
                _wild.Add(-1);
                AddEdge(Key(node, k), n);
                if (k == Wildcard) _wild[node] = n;
                if (node == 0) _rootChars[k >> 6] |= 1UL << (k & 63);
            }
            node = n;
        }
        var values = _values[node] ??= [];
        if (!values.Contains(value)) { values.Add(value); Count++; }
    }

    [ThreadStatic] static List<PhraseMatch<T>>? t_found;
    [ThreadStatic] static Stack<(int Node, int Pos)>? t_stack;
    [ThreadStatic] static List<PhraseMatch<T>>? t_all;

    // The matches of the last whole text scanned: the stages of one document scan the same text with the same matcher
    // (the reporting verbs in the Entities and Quotes stages, the offices in the Entities and Quotes stages), so the
    // second scan is a copy. Keyed by the text's identity and the folded text's content; replaced atomically.
    sealed record Memo(string Text, string Folded, PhraseMatch<T>[] Matches);
    Memo? _memo;

    /// <summary>Every match (overlapping ones included), ordered by start, then longest first.</summary>
    public List<PhraseMatch<T>> FindAll(string text, string? folded = null, int start = 0, int end = -1)
    {
        folded ??= TextFold.Fold(text);
        if (end < 0) end = text.Length;
        bool whole = start == 0 && end == text.Length && text.Length >= 256;
        if (whole && Volatile.Read(ref _memo) is { } memo && ReferenceEquals(memo.Text, text)
            && (ReferenceEquals(memo.Folded, folded) || string.Equals(memo.Folded, folded, StringComparison.Ordinal)))
            return new List<PhraseMatch<T>>(memo.Matches);
        var result = Scan(text, folded, start, end);
        if (whole) Volatile.Write(ref _memo, new Memo(text, folded, [.. result]));
        return result;
    }

    List<PhraseMatch<T>> Scan(string text, string folded, int start, int end) => Scan(text, folded, start, end, []);

    List<PhraseMatch<T>> Scan(string text, string folded, int start, int end, List<PhraseMatch<T>> result)
    {
        if (_edgeCount == 0) return result;
        bool rootWildcard = _wild[0] >= 0;
        // scratch lists of this thread, reused across calls (many calls scan a few words: frames, role nouns, sources)
        var found = t_found ??= [];
        var stack = t_stack ??= new Stack<(int Node, int Pos)>();
        found.Clear();
        stack.Clear();
        var wild = CollectionsMarshal.AsSpan(_wild);
        for (int i = start; i < end; i++)
        {
            if (i > 0 && TextFold.IsWordChar(folded[i - 1]) && TextFold.IsWordChar(folded[i])) continue;
            if (!rootWildcard && !StartsPhrase(folded[i])) continue;
            found.Clear();
            stack.Push((0, i));
            while (stack.Count > 0)
            {
                var (node, j) = stack.Pop();
                // follow the literal path from here; a wildcard branch is left on the stack for later (the order in which
                // matches are found is that of a walk pushing every step and popping the last)
                while (j < end)
                {
                    if (wild[node] is var w and >= 0)
                    {
                        int k = j;
                        while (k < end && TextFold.IsWordChar(folded[k])) k++;
                        Accept(w, i, k);
                        stack.Push((w, k));
                    }
                    char c = folded[j];
                    if (char.IsWhiteSpace(c))
                    {
                        if (!TryNext(node, ' ', out var sn)) break;
                        int k = j;
                        while (k < end && char.IsWhiteSpace(folded[k])) k++;
                        (node, j) = (sn, k);
                    }
                    else
                    {
                        if (!TryNext(node, c, out var n)) break;
                        Accept(n, i, j + 1);
                        (node, j) = (n, j + 1);
                    }
                }
            }
            if (found.Count == 0) continue;
            if (found.Count > 1) found.Sort((a, b) => b.End.CompareTo(a.End));
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
        folded ??= TextFold.Fold(text);
        if (end < 0) end = text.Length;
        List<PhraseMatch<T>> all;
        if (start == 0 && end == text.Length && text.Length >= 256) all = FindAll(text, folded, start, end);
        else
        {
            // a part of a text (a sentence, a clause): every match read into this thread's scratch list, not a new one
            all = t_all ??= [];
            all.Clear();
            Scan(text, folded, start, end, all);
        }
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
