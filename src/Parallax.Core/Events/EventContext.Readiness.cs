using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// The ninth recall round (docs/events.md, "Readiness told in the past, and phrases that end in their complementiser"):
/// a governing trigger whose phrase ends in its complementiser ("is ready to", "était prêt à", "a accepté de") governs the
/// verb right after it ("was ready to accept a ceasefire": one commitment, not two).
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Whether the last word of a governing trigger's phrase is a complementiser ("to", "à", "de").</summary>
    bool GovernorEndsInComplementiser(PhraseMatch<Trigger> gov)
    {
        var phrase = _folded.AsSpan(gov.Start, gov.End - gov.Start).TrimEnd();
        int sp = phrase.LastIndexOf(' ');
        if (sp < 0) return false;
        var last = phrase[(sp + 1)..];
        foreach (var c in Complementisers)
            if (last.SequenceEqual(c)) return true;
        return false;
    }
}
