using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// Twentieth round (docs/entities.md): family names that come back alone — of several words ("Van der Poel", "Guzmán
/// López"), or first in the name ("Lee" for "Lee Jae-myung", as Korean and other East Asian names are written).
/// </summary>
public sealed partial class EntityStage
{
    /// <summary>Where a lone family name at [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="p"/> starts:
    /// earlier when the words right before it are, with it, the end of one of the person's mentions or of their name
    /// (not the whole of it: "Van der Poel", "Guzmán López"), compared case-insensitively; else <paramref name="s"/>.</summary>
    int LoneNameStart(string text, int s, int e, Found p, List<TextSpan> taken)
    {
        if (s < 2 || text[s - 1] != ' ') return s;
        int best = s;
        void Try(string name)
        {
            int wl = e - s;
            if (name.Length <= wl + 1 || string.Compare(name, name.Length - wl, text, s, wl, StringComparison.OrdinalIgnoreCase) != 0) return;
            // each word start of the name after its first word, before the lone word
            for (int k = name.IndexOf(' '); k > 0 && k < name.Length - wl - 1; k = name.IndexOf(' ', k + 1))
            {
                int len = name.Length - k - 1; // the tail after this space
                int ts = e - len;
                if (ts >= best || ts < 0 || (ts > 0 && TextFold.IsWordChar(text[ts - 1]))) continue;
                if (!char.IsUpper(text[ts]) || string.Compare(name, k + 1, text, ts, len, StringComparison.OrdinalIgnoreCase) != 0) continue;
                if (!Free(taken, ts, s)) continue;
                best = ts;
                break;
            }
        }
        foreach (var m in p.Mentions) Try(m.Text);
        Try(p.Kb?.Name ?? p.Surface);
        return best;
    }

    /// <summary>Whether <paramref name="w"/> is written as a Korean given name: two parts joined by a hyphen, the second in
    /// lower case ("Jae-myung", "Hee-young"); the family name is then the word before it.</summary>
    static bool HyphenatedLowerGivenName(string w)
    {
        int h = w.IndexOf('-');
        if (h < 2 || h > w.Length - 3 || !char.IsUpper(w[0]) || !char.IsLower(w[h + 1])) return false;
        foreach (var c in w) if (!char.IsLetter(c) && c != '-') return false;
        return true;
    }
}
