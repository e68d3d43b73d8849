using Parallax.Model;
using Parallax.Text;

namespace Parallax.Language;

/// <summary>
/// Splits text into words, numbers and punctuation. French elisions (l’, d’, qu’, jusqu’) are their own word
/// token with the apostrophe; hyphenated inversions keep the verb and the "-t-il"/"-il" part apart;
/// numbers keep their decimal separators and thousands spaces ("3,5", "1.2", "12 000" is two tokens).
/// </summary>
public static class Tokenizer
{
    static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    public static List<Token> Tokenize(string text, int start, int end) => Tokenize(text, start, end, []);

    /// <summary>Appends the tokens of <c>text[start..end)</c> to <paramref name="list"/> and returns it.</summary>
    public static List<Token> Tokenize(string text, int start, int end, List<Token> list)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsDigit(c))
            {
                int s = i;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] is '.' or ',' or ':') && i + 1 < end && char.IsDigit(text[i + 1]) && i > s))) i++;
                list.Add(new Token(s, i, TokenKind.Number));
                continue;
            }
            if (TextFold.IsWordChar(c))
            {
                int s = i;
                while (i < end)
                {
                    if (TextFold.IsWordChar(text[i])) { i++; continue; }
                    // elision: l’État, qu’il → "l’" + "État"
                    if (IsApostrophe(text[i]) && i + 1 < end && TextFold.IsWordChar(text[i + 1]) && i - s <= 6 && IsElision(text, s, i)) { i++; break; }
                    // hyphens inside words (Saint-Pétersbourg, cessez-le-feu), but not the inversion "-t-il", "-il", "-elle"
                    if (text[i] == '-' && i + 1 < end && TextFold.IsWordChar(text[i + 1]) && !IsInversion(text, i, end)) { i++; continue; }
                    // abbreviations with inner dots: U.S., J.-C.
                    if (text[i] == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i - s == 1 && i + 2 < end && text[i + 2] == '.') { i++; continue; }
                    break;
                }
                list.Add(new Token(s, i, TokenKind.Word));
                continue;
            }
            if (c == '-' && IsInversion(text, i, end))
            {
                int s = i++;
                while (i < end && (TextFold.IsWordChar(text[i]) || text[i] == '-')) i++;
                list.Add(new Token(s, i, TokenKind.Word));
                continue;
            }
            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.') { list.Add(new Token(i, i + 3, TokenKind.Punctuation)); i += 3; continue; }
            list.Add(new Token(i, i + 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i++;
        }
        return list;
    }

    static readonly HashSet<string> Elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu"];

    static bool IsElision(string text, int s, int apostrophe) => Elisions.Contains(TextFold.Fold(text.AsSpan(s, apostrophe - s)));

    static readonly string[] Inversions = ["-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles", "-on", "-je", "-tu", "-nous", "-vous"];

    static bool IsInversion(string text, int hyphen, int end)
    {
        foreach (var inv in Inversions)
            if (hyphen + inv.Length <= end && string.CompareOrdinal(text, hyphen, inv, 0, inv.Length) == 0
                && (hyphen + inv.Length == end || !TextFold.IsWordChar(text[hyphen + inv.Length])))
                return true;
        return false;
    }
}
