using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// Twentieth round (docs/entities.md): a name right after a word that introduces what a person is called ("a man
/// surnamed Kim", "un homme prénommé Karim", "flight attendants surnamed Lee and Kwon") is a person, whatever the word.
/// Cue words are <c>[naming-cues]</c> in <c>function-words.txt</c>.
/// </summary>
public sealed partial class EntityStage
{
    static readonly string[] NamingCues = [.. FunctionWords.List("naming-cues").Select(w => " " + TextFold.Fold(w) + " ")];

    /// <summary>One or two name-shaped words right after a naming cue, and a second such name joined by "and"/"et"
    /// (<c>[coordinators]</c>); not a KB name, a title, a non-name or a head word.</summary>
    IEnumerable<(int Start, int End)> NamedByCue(string text, string folded)
    {
        foreach (var cue in NamingCues)
            for (int i = folded.IndexOf(cue, StringComparison.Ordinal); i >= 0; i = folded.IndexOf(cue, i + 1, StringComparison.Ordinal))
            {
                int s = i + cue.Length;
                for (int n = 0; n < 2 && s < text.Length; n++)
                {
                    int e = CueName(text, s);
                    if (e < 0) break;
                    yield return (s, e);
                    // "Lee and Kwon", "Karim et Yanis"
                    if (StartsWithAny(text, e, Coordinators) is not { } c) break;
                    s = e + c.Length;
                }
            }
    }

    /// <summary>The end of one or two name-shaped words at <paramref name="s"/> that are not KB names, titles, non-names or
    /// head words, or -1.</summary>
    int CueName(string text, int s)
    {
        int e = -1, w = s;
        for (int k = 0; k < 2 && w < text.Length && char.IsUpper(text[w]); k++)
        {
            int we = WordEnd(text, w);
            if (we - w < 2) break;
            var word = text[w..we];
            if (word.All(char.IsUpper) || _kb.NotNames.Contains(word) || Titles.Contains(word) || _kb.PersonTitles.Contains(word)
                || _kb.OrganizationWords.Contains(word) || _kb.LocationWords.Contains(word)) break;
            e = we;
            if (we + 1 >= text.Length || text[we] != ' ') break;
            w = we + 1;
        }
        return e;
    }
}
