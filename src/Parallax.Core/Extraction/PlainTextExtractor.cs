using System.Text;

namespace Parallax.Extraction;

/// <summary>
/// Plain-text pages (as scraped): splits into blocks at blank lines, re-joins hard-wrapped lines, then runs the
/// shared <see cref="BlockCleaner"/> with title detection (first title-like line, repetitions dropped).
/// </summary>
public static class PlainTextExtractor
{
    public static CleanResult Extract(string text)
    {
        var blocks = SplitBlocks(text);
        return BlockCleaner.Clean(blocks, findTitle: true);
    }

    /// <summary>
    /// Blocks of a plain text: blank-line separated groups; inside a group, a line is joined to the previous one when
    /// the previous does not end a sentence and this one starts in lower case (hard wrap); otherwise each line is a block.
    /// </summary>
    internal static List<TextBlock> SplitBlocks(string text)
    {
        var blocks = new List<TextBlock>();
        var current = new StringBuilder();
        bool prevBlank = true;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = Normalize(raw);
            if (line.Length == 0)
            {
                Flush();
                prevBlank = true;
                continue;
            }
            if (current.Length > 0 && !prevBlank)
            {
                bool wrap = IsWrapped(current, line);
                if (wrap) { current.Append(' ').Append(line); continue; }
                Flush();
            }
            current.Append(line);
            prevBlank = false;
        }
        Flush();
        return blocks;

        void Flush()
        {
            if (current.Length > 0) blocks.Add(new TextBlock(current.ToString()));
            current.Clear();
        }
    }

    /// <summary>
    /// A line continues the previous one (hard wrap) when the previous does not end a sentence and either this line
    /// starts in lower case, or the previous is a long line (≥ 30 chars, ≥ 6 words) ending in a lower-case word or comma
    /// — headings are short or end in a capitalised word.
    /// </summary>
    static bool IsWrapped(StringBuilder prev, string line)
    {
        char last = prev[^1];
        if (last is '.' or '!' or '?' or '…' or ':' or ';' or '»' or '"' or '”' or ')') return false;
        if (char.IsLower(line[0])) return true;
        int lineStart = 0;
        for (int i = prev.Length - 1; i >= 0; i--) if (prev[i] == '\n') { lineStart = i + 1; break; }
        int len = prev.Length - lineStart;
        if (len < 30) return false;
        var lastLine = prev.ToString(lineStart, len);
        if (BlockCleaner.WordCount(lastLine) < 6) return false;
        if (last == ',') return true;
        int w = lastLine.Length - 1;
        while (w > 0 && char.IsLetter(lastLine[w - 1])) w--;
        return char.IsLower(lastLine[w]);
    }

    /// <summary>Trims, collapses runs of spaces/tabs and turns no-break spaces into spaces.</summary>
    internal static string Normalize(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length == 0) return "";
        var sb = new StringBuilder(line.Length);
        bool space = false;
        foreach (var c in line)
        {
            if (c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u200A' or '\f' or '\v' or '\u3000' or '\u2002' or '\u2003')
            {
                if (!space) sb.Append(' ');
                space = true;
            }
            else if (c is '\u200B' or '\uFEFF' or '\u00AD' or '\r') { }
            else if (char.IsControl(c)) { }
            else { sb.Append(c); space = false; }
        }
        return sb.ToString().Trim();
    }
}
