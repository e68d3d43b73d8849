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

    sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public List<T>? Values;
    }

    readonly Node _root = new();
    public int Count { get; private set; }

    public PhraseMatcher() { }

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries)
    {
        foreach (var (p, v) in entries) Add(p, v);
    }

    /// <summary>
    /// Registers a phrase. Case, diacritics, apostrophe and dash variants are folded; runs of spaces match
    /// any whitespace run; <c>*</c> after a word character matches the rest of the word.
    /// </summary>
    public void Add(string phrase, T value)
    {
        var folded = TextFold.Fold(phrase.Trim());
        if (folded.Length == 0) return;
        var node = _root;
        bool lastSpace = false;
        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];
            bool space = char.IsWhiteSpace(c);
            if (space && lastSpace) continue;
            lastSpace = space;
            var k = space ? ' ' : c == '*' && i > 0 && TextFold.IsWordChar(folded[i - 1]) ? Wildcard : c;
            node.Next ??= new Dictionary<char, Node>();
            if (!node.Next.TryGetValue(k, out var n)) node.Next[k] = n = new Node();
            node = n;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value)) { node.Values.Add(value); Count++; }
    }

    /// <summary>Every match (overlapping ones included), ordered by start, then longest first.</summary>
    public List<PhraseMatch<T>> FindAll(string text, string? folded = null, int start = 0, int end = -1)
    {
        folded ??= TextFold.Fold(text);
        if (end < 0) end = text.Length;
        var result = new List<PhraseMatch<T>>();
        if (_root.Next == null) return result;
        var found = new List<PhraseMatch<T>>();
        var stack = new Stack<(Node Node, int Pos)>();
        for (int i = start; i < end; i++)
        {
            if (i > 0 && TextFold.IsWordChar(folded[i - 1]) && TextFold.IsWordChar(folded[i])) continue;
            if (!_root.Next.ContainsKey(folded[i]) && !_root.Next.ContainsKey(Wildcard)) continue;
            found.Clear();
            stack.Push((_root, i));
            while (stack.Count > 0)
            {
                var (node, j) = stack.Pop();
                if (node.Next == null || j >= end) continue;
                if (node.Next.TryGetValue(Wildcard, out var w))
                {
                    int k = j;
                    while (k < end && TextFold.IsWordChar(folded[k])) k++;
                    Accept(w, i, k);
                    stack.Push((w, k));
                }
                char c = folded[j];
                if (char.IsWhiteSpace(c))
                {
                    if (node.Next.TryGetValue(' ', out var sn))
                    {
                        int k = j;
                        while (k < end && char.IsWhiteSpace(folded[k])) k++;
                        stack.Push((sn, k));
                    }
                }
                else if (node.Next.TryGetValue(c, out var n))
                {
                    Accept(n, i, j + 1);
                    stack.Push((n, j + 1));
                }
            }
            found.Sort((a, b) => b.End.CompareTo(a.End));
            result.AddRange(found);
        }
        return result;

        void Accept(Node n, int s, int e)
        {
            if (n.Values == null) return;
            if (e < folded.Length && TextFold.IsWordChar(folded[e]) && TextFold.IsWordChar(folded[e - 1])) return;
            foreach (var v in n.Values) found.Add(new PhraseMatch<T>(s, e, v));
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
