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
                char last = current[^1];
                bool wrap = !(last is '.' or '!' or '?' or '…' or ':' or '»' or '"' or '”') && char.IsLower(line[0]);
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
