using System.Globalization;

namespace Parallax.Text;

/// <summary>
/// Length-preserving folding for matching: lower case, diacritics removed, typographic apostrophes,
/// quotes, dashes and non-breaking spaces unified. Char i of the folded string corresponds to char i of
/// the original, so matches found on folded text carry offsets into the original.
/// </summary>
public static class TextFold
{
    static readonly char[] Table = BuildTable();

    static char[] BuildTable()
    {
        // lower case, then diacritics removed by the table Text/data/fold-diacritics.tsv (code point → base
        // letter, generated from Unicode's canonical decompositions), which does not depend on ICU being present
        var t = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) t[c] = char.ToLowerInvariant((char)c);
        var dia = new Dictionary<char, char>();
        foreach (var row in DataFiles.ReadTsv("Text/data/fold-diacritics.tsv"))
            if (row.Length >= 2)
                dia[(char)int.Parse(row[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                    (char)int.Parse(row[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        for (int c = 0; c <= char.MaxValue; c++)
            if (dia.TryGetValue(t[c], out var b) || dia.TryGetValue((char)c, out b)) t[c] = char.ToLowerInvariant(b);
        foreach (var a in "’‘ʼ`´′") t[a] = '\'';
        foreach (var q in "«»“”„‟″") t[q] = '"';
        foreach (var h in "‐‑‒–—―−") t[h] = '-';
        foreach (var s in "\u00A0\u202F\u2007\u2009\u200A\u2002\u2003") t[s] = ' ';
        return t;
    }

    public static char Fold(char c) => Table[c];

    public static string Fold(ReadOnlySpan<char> text) =>
        string.Create(text.Length, text, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++) dst[i] = Table[src[i]];
        });

    // the last long text folded on this thread: the Entities, Quotes and Events stages each fold the document's text
    [ThreadStatic] static string? t_text, t_folded;

    public static string Fold(string text)
    {
        if (t_text is not null && ReferenceEquals(text, t_text)) return t_folded!;
        var folded = string.Create(text.Length, text, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++) dst[i] = Table[src[i]];
        });
        if (text.Length >= 256) (t_text, t_folded) = (text, folded);
        return folded;
    }

    /// <summary>True for letters, digits and combining marks: the characters that make up words.</summary>
    public static bool IsWordChar(char c) => WordChars[c];

    // IsWordChar for every UTF-16 code unit, computed once: the matchers ask it for nearly every character they read
    static readonly bool[] WordChars = BuildWordChars();

    static bool[] BuildWordChars()
    {
        var t = new bool[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
            t[c] = char.IsLetterOrDigit((char)c) || CharUnicodeInfo.GetUnicodeCategory((char)c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        return t;
    }
}
