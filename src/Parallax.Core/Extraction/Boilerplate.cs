using Parallax.Text;

namespace Parallax.Extraction;

/// <summary>Kinds of boilerplate lines (see Extraction/data/boilerplate.tsv).</summary>
public enum BoilerplateKind { None, Cut, Related, Line, Byline, Source, Home, Tail, Promo }

/// <summary>
/// The boilerplate lexicon: phrases matched at the start of a line, case/accent/apostrophe-insensitively,
/// on word boundaries, through a prefix trie over folded text.
/// </summary>
public sealed class Boilerplate
{
    public static Boilerplate Default { get; } = new(DataFiles.ReadTsv("Extraction/data/boilerplate.tsv"));

    sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public BoilerplateKind Kind;
        public int Length;
    }

    readonly Node _root = new();
    readonly PhraseMatcher<bool> _promo = new();

    public Boilerplate(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            if (row.Length < 2 || !Enum.TryParse<BoilerplateKind>(row[0], ignoreCase: true, out var kind)) continue;
            // Promo phrases are matched anywhere in a block, not at its start.
            if (kind == BoilerplateKind.Promo) { _promo.Add(row[1], true); continue; }
            var phrase = TextFold.Fold(row[1].Trim());
            if (phrase.Length == 0) continue;
            var node = _root;
            foreach (var c in phrase)
            {
                node.Next ??= [];
                if (!node.Next.TryGetValue(c, out var child)) node.Next[c] = child = new Node();
                node = child;
            }
            // A phrase listed under several kinds keeps its first (file order is priority order).
            if (node.Kind == BoilerplateKind.None) { node.Kind = kind; node.Length = phrase.Length; }
        }
    }

    /// <summary>True when a <c>promo</c> phrase (newsletter, "follow us on"…) occurs anywhere in <paramref name="text"/>.</summary>
    public bool HasPromo(string text) => _promo.Count > 0 && _promo.FindAll(text).Count > 0;

    /// <summary>
    /// The longest phrase that starts <paramref name="line"/> (after leading punctuation/space) and ends on a word
    /// boundary; <paramref name="rest"/> is the index just after the phrase.
    /// </summary>
    public BoilerplateKind MatchPrefix(ReadOnlySpan<char> line, out int rest)
    {
        rest = 0;
        int start = 0;
        while (start < line.Length && (char.IsWhiteSpace(line[start]) || line[start] is '-' or '•' or '*' or '|' or '(' or '['))
            start++;
        var node = _root;
        var best = BoilerplateKind.None;
        for (int i = start; i < line.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(TextFold.Fold(line[i]), out var next)) break;
            node = next;
            if (node.Kind != BoilerplateKind.None)
            {
                bool boundary = i + 1 >= line.Length || !TextFold.IsWordChar(line[i + 1]) || !TextFold.IsWordChar(line[i]);
                if (boundary) { best = node.Kind; rest = i + 1; }
            }
        }
        return best;
    }
}
