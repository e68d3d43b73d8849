using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// The twelfth participants round (docs/events.md): a verb coordinated by "but"/"mais" shares its subject as after
/// "and" ("Vance met Zelensky but declined to meet Scholz": Vance declined), and a verb-like trigger used as a noun
/// ("at the end of a three-day visit to China and warned") is no earlier verb whose subject a coordinated verb takes.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Whether an article or a possessive (<c>noun-determiner</c>, participant-words.tsv) stands right before the
    /// trigger ("a visit", "sa visite") or before a hyphenated modifier of it ("a three-day visit"): the trigger is then a
    /// noun, not a verb.</summary>
    bool NominalUse(PhraseMatch<Trigger> hit, int sentenceStart)
    {
        if (!_lex.Participants.NounDeterminers.TryGetValue(_lang == "en" ? "en" : "fr", out var words)) return false;
        var w1 = PreviousWord(hit.Start, sentenceStart);
        if (w1.Length == 0) return false;
        if (words.Contains(w1)) return true;
        int before = hit.Start;
        while (before > sentenceStart && _folded[before - 1] == ' ') before--;
        before -= w1.Length;
        if (before <= sentenceStart || _folded[before - 1] != '-') return false;
        while (before > sentenceStart && (_folded[before - 1] == '-' || TextFold.IsWordChar(_folded[before - 1]))) before--;
        return before > sentenceStart && words.Contains(PreviousWord(before, sentenceStart));
    }
}
