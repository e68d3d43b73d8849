using System.Globalization;
using System.Text;

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
        var t = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch)) { t[c] = ch; continue; }
            char lower = char.ToLowerInvariant(ch);
            string d;
            try { d = lower.ToString().Normalize(NormalizationForm.FormD); }
            catch (ArgumentException) { t[c] = lower; continue; } // unassigned code point
            char folded = lower;
            if (d.Length >= 1 && CharUnicodeInfo.GetUnicodeCategory(d[0]) != UnicodeCategory.NonSpacingMark)
            {
                bool rest = true;
                for (int i = 1; i < d.Length; i++)
                    if (CharUnicodeInfo.GetUnicodeCategory(d[i]) != UnicodeCategory.NonSpacingMark) rest = false;
                if (rest) folded = d[0];
            }
            t[c] = folded;
        }
        foreach (var a in "’‘ʼ`´′") t[a] = '\'';
        foreach (var q in "«»“”„‟″") t[q] = '"';
        foreach (var h in "‐‑‒–—―−") t[h] = '-';
        foreach (var s in "\u00A0\u202F\u2007\u2009\u200A\u2002\u2003") t[s] = ' ';
        return t;
    }

    public static char Fold(char c) => Table[c];

    public static string Fold(ReadOnlySpan<char> text) =>
        string.Create(text.Length, text.ToString(), static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++) dst[i] = Table[src[i]];
        });

    public static string Fold(string text) => Fold(text.AsSpan());

    /// <summary>True for letters, digits and combining marks: the characters that make up words.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
