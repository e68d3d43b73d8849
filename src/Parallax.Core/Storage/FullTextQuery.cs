using System.Text;

namespace Parallax.Storage;

/// <summary>
/// Turns what a user types into a safe SQLite FTS5 query (or PostgreSQL tsquery, <see cref="BuildTsQuery"/>): every term must occur (AND); a term made of
/// several words ("cessez-le-feu", "l’Ukraine") or a quoted "…"/«…» passage must occur as a phrase; a term
/// ending in * matches as a prefix. Case and accents are ignored by the index. FTS5 operators and
/// punctuation typed by the user are never interpreted, so no input can raise a syntax error.
/// </summary>
public static class FullTextQuery
{
    /// <summary>The FTS5 MATCH expression, or null when the text holds no word.</summary>
    public static string? Build(string? text)
    {
        var terms = Terms(text);
        return terms.Count == 0 ? null
            : string.Join(" AND ", terms.Select(t => "\"" + string.Join(' ', t.Words) + "\"" + (t.Prefix ? "*" : "")));
    }

    /// <summary>
    /// The same search as a PostgreSQL <c>to_tsquery</c> text, or null when the text holds no word: terms joined
    /// by <c>&amp;</c>, the words of a term by <c>&lt;-&gt;</c> (a phrase), each word single-quoted so the
    /// configuration normalises it (lower case, unaccent, stem); a prefix term's last word gets <c>:*</c>.
    /// </summary>
    public static string? BuildTsQuery(string? text)
    {
        var terms = Terms(text);
        if (terms.Count == 0) return null;
        var sb = new StringBuilder();
        foreach (var t in terms)
        {
            if (sb.Length > 0) sb.Append(" & ");
            if (t.Words.Count > 1) sb.Append('(');
            for (int i = 0; i < t.Words.Count; i++)
            {
                if (i > 0) sb.Append(" <-> ");
                sb.Append('\'').Append(t.Words[i].Replace("'", "''")).Append('\'');
                if (t.Prefix && i == t.Words.Count - 1) sb.Append(":*");
            }
            if (t.Words.Count > 1) sb.Append(')');
        }
        return sb.ToString();
    }

    /// <summary>One term of a search: the words of a phrase (one word for a plain term), last one a prefix or not.</summary>
    internal readonly record struct Term(IReadOnlyList<string> Words, bool Prefix);

    /// <summary>Splits user text into terms (see the class summary); empty when it holds no word.</summary>
    internal static List<Term> Terms(string? text)
    {
        var parts = new List<Term>();
        if (string.IsNullOrWhiteSpace(text)) return parts;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int end;
            bool quoted = c is '"' or '«' or '“';
            if (quoted)
            {
                char close = c switch { '«' => '»', '“' => '”', _ => '"' };
                int start = i + 1;
                end = text.IndexOf(close, start);
                if (end < 0) end = text.Length;
                Add(parts, text.AsSpan(start, end - start), prefix: false);
                i = end + 1;
                continue;
            }
            end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var term = text.AsSpan(i, end - i);
            bool prefix = term.Length > 1 && term[^1] == '*';
            Add(parts, prefix ? term[..^1] : term, prefix);
            i = end;
        }
        return parts;
    }

    static void Add(List<Term> parts, ReadOnlySpan<char> term, bool prefix)
    {
        var words = new List<string>();
        int k = 0;
        while (k < term.Length)
        {
            while (k < term.Length && !IsWordChar(term[k])) k++;
            int s = k;
            while (k < term.Length && IsWordChar(term[k])) k++;
            if (k > s) words.Add(term[s..k].ToString());
        }
        if (words.Count == 0) return;
        parts.Add(new Term(words, prefix));
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
