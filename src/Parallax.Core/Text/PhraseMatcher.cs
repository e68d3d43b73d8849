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
/// Build it once and share it: matching is thread-safe.
/// </summary>
public sealed class PhraseMatcher<T>
{
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

    /// <summary>Registers a phrase. Case, diacritics, apostrophe and dash variants are folded; runs of spaces match any whitespace run.</summary>
    public void Add(string phrase, T value)
    {
        var folded = TextFold.Fold(phrase.Trim());
        if (folded.Length == 0) return;
        var node = _root;
        bool lastSpace = false;
        foreach (var c in folded)
        {
            bool space = char.IsWhiteSpace(c);
            if (space && lastSpace) continue;
            lastSpace = space;
            var k = space ? ' ' : c;
            node.Next ??= new Dictionary<char, Node>();
            if (!node.Next.TryGetValue(k, out var n)) node.Next[k] = n = new Node();
            node = n;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value)) { node.Values.Add(value); Count++; }
    }

    /// <summary>Every match (overlapping ones included), in order of start then length descending.</summary>
    public List<PhraseMatch<T>> FindAll(string text, string? folded = null, int start = 0, int end = -1)
    {
        folded ??= TextFold.Fold(text);
        if (end < 0) end = text.Length;
        var result = new List<PhraseMatch<T>>();
        for (int i = start; i < end; i++)
        {
            if (i > 0 && TextFold.IsWordChar(folded[i - 1]) && TextFold.IsWordChar(folded[i])) continue;
            var node = _root;
            int j = i;
            var found = new List<PhraseMatch<T>>();
            while (j < end && node.Next != null)
            {
                char c = folded[j];
                if (char.IsWhiteSpace(c))
                {
                    if (!node.Next.TryGetValue(' ', out var sn)) break;
                    node = sn;
                    while (j < end && char.IsWhiteSpace(folded[j])) j++;
                }
                else
                {
                    if (!node.Next.TryGetValue(c, out var n)) break;
                    node = n;
                    j++;
                }
                if (node.Values != null && (j >= text.Length || !TextFold.IsWordChar(folded[j]) || !TextFold.IsWordChar(folded[j - 1])))
                    foreach (var v in node.Values) found.Add(new PhraseMatch<T>(i, j, v));
            }
            for (int k = found.Count - 1; k >= 0; k--) result.Add(found[k]);
        }
        return result;
    }

    /// <summary>Leftmost-longest matches that do not overlap.</summary>
    public List<PhraseMatch<T>> FindLongest(string text, string? folded = null, int start = 0, int end = -1)
    {
        var all = FindAll(text, folded, start, end);
        var result = new List<PhraseMatch<T>>();
        int covered = -1;
        int idx = 0;
        while (idx < all.Count)
        {
            var m = all[idx];
            // all matches at this start are sorted longest first
            if (m.Start >= covered)
            {
                result.Add(m);
                covered = m.End;
            }
            idx++;
        }
        return result;
    }
}
