using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// Seventeenth round (docs/entities.md, "Firms joined by an ampersand, possessive role descriptions"): two capitalised words joined by a spaced ampersand ("Simon & Schuster", "Jenner &
/// Block", "Harlow & Pine Co.") name a firm, whatever the words are: law firms, publishers and companies named after their
/// founders. Only where " &amp; " occurs; a longer capitalised run on either side is left to the other rules.
/// </summary>
public sealed partial class EntityStage
{
    /// <summary>"X &amp; Y", X and Y single capitalised words (no non-name, title or function word), Y followed by up to two
    /// organisation words ("Co.", "Partners"); none when a capitalised word runs on before X or after the name, or when X
    /// ends a list of names no mention covers ("Clayton, Dubilier &amp; Rice").</summary>
    IEnumerable<(int Start, int End)> AmpersandNames(string text, Func<int, bool> named)
    {
        for (int i = text.IndexOf(" & ", StringComparison.Ordinal); i >= 0; i = text.IndexOf(" & ", i + 3, StringComparison.Ordinal))
        {
            int s = i;
            while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] is '-' or '\'' or '’' && s >= 2 && char.IsLetter(text[s - 2])))) s--;
            if (i - s < 2 || !char.IsUpper(text[s]) || !AmpersandWord(text[s..i])) continue;
            // a capitalised word before X: a longer name ("Pacific Gas & Electric"), unless it opens the sentence
            if (s >= 2 && text[s - 1] == ' ' && char.IsUpper(text[PreviousWord(text, s).Start]) && !IsSentenceStart(text, PreviousWord(text, s).Start)) continue;
            // the last of a list of founders ("Clayton, Dubilier & Rice"): a capitalised word no mention covers before ", "
            if (s >= 4 && text[s - 1] == ' ' && text[s - 2] == ',' && PreviousWord(text, s - 2) is var pw && pw.Length > 1 && char.IsUpper(pw.Word[0]) && !named(pw.Start)) continue;
            int r = i + 3;
            if (r >= text.Length || !char.IsUpper(text[r])) continue;
            int e = WordEnd(text, r);
            if (e - r < 2 || !AmpersandWord(text[r..e])) continue;
            // organisation words after Y ("Co.", "Partners", "Group")
            for (int k = 0; k < 2 && e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1]); k++)
            {
                int we = WordEnd(text, e + 1);
                if (_kb.OrganizationWords.Contains(text[(e + 1)..we])) e = we;
                else if (we < text.Length && text[we] == '.' && _kb.OrganizationWords.Contains(text[(e + 1)..(we + 1)])) e = we + 1;
                else break;
            }
            // any other capitalised word after it: a longer name ("Bill & Melinda Gates Foundation")
            if (e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1])) continue;
            yield return (s, e);
        }
    }

    bool AmpersandWord(string word) =>
        !_kb.NotNames.Contains(word) && !Titles.Contains(word) && !_kb.PersonTitles.Contains(word) && !FrenchFunctionWords.Contains(TextFold.Fold(word))
        && !_kb.OrganizationWords.Contains(word);
}
