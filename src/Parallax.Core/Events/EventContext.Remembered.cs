using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Older events the news remembers (issue #7, fifth precision round): an event noun in the complement of an
/// anniversary or a commemoration ("on the third anniversary of Russia's full-scale invasion", "marked two years since
/// the Hamas-led attack", "commémorer les dix ans des attentats") is the old event the anniversary marks, not news (the
/// annotation guide). Phrases are Events/data/cues.tsv's kind <c>remembered</c>; the check runs only where a trigger
/// already fired.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Whether the trigger is an event noun at most six words after a <c>remembered</c> phrase with no
    /// punctuation between. A verb after the phrase ("commemorated the day Russia invaded") is a clause and stays.</summary>
    bool Remembered(PhraseMatch<Trigger> hit, List<PhraseMatch<Cue>> cues)
    {
        foreach (var c in cues)
        {
            if (c.Value.Kind != "remembered" || c.End > hit.Start) continue;
            if (WordsBetween(c.End, hit.Start) > 6 || _folded.IndexOfAny([',', ';', ':', '(', ')', '.', '«', '"'], c.End, hit.Start - c.End) >= 0) continue;
            if (NounAfter(c.End, hit)) return true;
        }
        return false;
    }

    /// <summary>Whether the trigger is a noun in the phrase that opens at <paramref name="from"/>: a noun entry, or one
    /// with an article, a possessive "'s" or an elided article right before it, past hyphenated modifiers and at most
    /// one other word ("Russia's full-scale invasion", "the Hamas-led attack", "l'invasion", "the deadly attack"); the
    /// phrase itself may end with the article ("les dix ans des attentats"). "the treaty Niger attacked" is a clause.</summary>
    bool NounAfter(int from, PhraseMatch<Trigger> hit)
    {
        if (hit.Value.Frame == Frame.Noun) return true;
        int i = hit.Start, others = 0;
        while (true)
        {
            while (i > from && _folded[i - 1] == ' ') i--;
            if (i <= from) return others == 0 && IsArticle(PreviousWord(from, Math.Max(0, from - 12)));
            // an elided article or a genitive right before: "l'invasion", "Russia's invasion"
            if (_folded[i - 1] == '\'') return true;
            int e = i;
            while (i > from && TextFold.IsWordChar(_folded[i - 1])) i--;
            if (i == e) return false;
            if (i > from && _folded[i - 1] == '\'') return true;
            // a part of a hyphenated modifier: "full-scale", "Hamas-led"
            if (i > from && _folded[i - 1] == '-') { i--; continue; }
            if (IsArticle(_folded[i..e])) return true;
            if (++others > 1) return false;
        }
    }

    /// <summary>An article, a possessive or a demonstrative (clause-words.tsv's determiners); "a" only in English.</summary>
    bool IsArticle(string w) => w == "a" ? _lang == "en" : Determiners.Contains(w);
}
