using Parallax.Model;

namespace Parallax.Entities.Ner;

/// <summary>Text of a tokenised sentence: tokens joined by spaces, except after French elisions (l’, d’, qu’) and
/// before closing punctuation, so that the knowledge base's matchers see "l’Ukraine" and "Paris," as in running text.</summary>
public static class NerText
{
    public static (string Text, Token[] Tokens) Join(IReadOnlyList<string> tokens)
    {
        var sb = new System.Text.StringBuilder();
        var spans = new Token[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i > 0 && !NoSpaceAfter(tokens[i - 1]) && !NoSpaceBefore(t)) sb.Append(' ');
            int s = sb.Length;
            sb.Append(t);
            var kind = t.Length > 0 && char.IsDigit(t[0]) ? TokenKind.Number : t.Length > 0 && char.IsLetter(t[0]) ? TokenKind.Word : TokenKind.Punctuation;
            spans[i] = new Token(s, sb.Length, kind);
        }
        return (sb.ToString(), spans);
    }

    static bool NoSpaceAfter(string t) => t.Length is >= 2 and <= 7 && t[^1] is '\'' or '’' && char.IsLetter(t[0]) || t is "(" or "[" or "«" or "“";
    static bool NoSpaceBefore(string t) => t is "," or "." or ")" or "]" or "”" or "…";
}
