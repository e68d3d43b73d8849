using System.Text;

namespace Parallax.Storage;

/// <summary>
/// Turns what a user types into a safe SQLite FTS5 query: every term must occur (AND); a term made of
/// several words ("cessez-le-feu", "l’Ukraine") or a quoted "…"/«…» passage must occur as a phrase; a term
/// ending in * matches as a prefix. Case and accents are ignored by the index. FTS5 operators and
/// punctuation typed by the user are never interpreted, so no input can raise a syntax error.
/// </summary>
public static class FullTextQuery
{
    /// <summary>The FTS5 MATCH expression, or null when the text holds no word.</summary>
    public static string? Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = new List<string>();
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
        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    static void Add(List<string> parts, ReadOnlySpan<char> term, bool prefix)
    {
        var sb = new StringBuilder();
        int k = 0;
        while (k < term.Length)
        {
            while (k < term.Length && !IsWordChar(term[k])) k++;
            int s = k;
            while (k < term.Length && IsWordChar(term[k])) k++;
            if (k > s)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(term[s..k]);
            }
        }
        if (sb.Length == 0) return;
        parts.Add("\"" + sb + "\"" + (prefix ? "*" : ""));
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
