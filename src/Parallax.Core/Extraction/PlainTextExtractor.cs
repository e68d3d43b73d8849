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
    /// Blocks of a plain text: blank-line separated groups. Inside a group that is hard-wrapped (its lines, but the
    /// last, have similar lengths of at most 100 chars) lines are re-joined except after a short line ending a
    /// sentence; in other groups each line is a block, except that a line starting in lower case continues a line
    /// that does not end a sentence.
    /// </summary>
    internal static List<TextBlock> SplitBlocks(string text)
    {
        var blocks = new List<TextBlock>();
        var group = new List<string>();
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = Normalize(raw);
            if (line.Length == 0) { FlushGroup(); continue; }
            group.Add(line);
        }
        FlushGroup();
        return blocks;

        void FlushGroup()
        {
            if (group.Count == 0) return;
            bool wrapped = IsHardWrapped(group, out int width);
            var current = new StringBuilder(group[0]);
            for (int i = 1; i < group.Count; i++)
            {
                var prev = group[i - 1];
                bool join = wrapped
                    ? !(EndsSentence(prev) && prev.Length < width * 0.7)
                    : !EndsSentence(prev) && char.IsLower(group[i][0]);
                if (join) { current.Append(' ').Append(group[i]); continue; }
                blocks.Add(new TextBlock(current.ToString()));
                current.Clear().Append(group[i]);
            }
            blocks.Add(new TextBlock(current.ToString()));
            group.Clear();
        }
    }

    static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '»' or '"' or '”' or ')';

    /// <summary>
    /// A group of lines wrapped at a fixed width: at least 2 lines, the longest at most 100 chars, and at least 60 %
    /// of the lines but the last are within 70 % of the longest.
    /// </summary>
    static bool IsHardWrapped(List<string> lines, out int width)
    {
        width = 0;
        if (lines.Count < 2) return false;
        foreach (var l in lines) width = Math.Max(width, l.Length);
        if (width > 100 || width < 30) return false;
        int full = 0;
        for (int i = 0; i < lines.Count - 1; i++) if (lines[i].Length >= width * 0.7) full++;
        return full >= (lines.Count - 1) * 0.6;
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
