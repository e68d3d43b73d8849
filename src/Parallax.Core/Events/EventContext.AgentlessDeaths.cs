using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Deaths with no agent (issue #7, false alarms): a natural disaster or an accident (Events/data/cues.tsv's kind
/// <c>disaster</c>) as the subject of an act of violence ("the earthquake, which killed more than 40,000 people", "des
/// inondations qui ont tué") or as its cause right after it ("were killed when their helicopter crashed", "tués dans un
/// accident") makes it no assault. Runs only where an ASSAULT trigger fired.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Most words between a disaster told as the subject and the verb ("the earthquake, which has killed"), and
    /// between the word that links a death to its cause and the disaster ("when their helicopter crashed").</summary>
    const int MaxWordsToDisaster = 3;

    /// <summary>Whether the ASSAULT trigger <paramref name="hit"/> is a death or damage caused by a disaster or an accident:
    /// a <c>disaster</c> phrase just before it, with no name and no other trigger between, or after it behind a
    /// <c>disaster-link</c> word ("when", "in", "dans", "lorsque") that follows the verb or a date after it.</summary>
    bool CausedByDisaster(PhraseMatch<Trigger> hit, Sentence s, List<PhraseMatch<Cue>> cues)
    {
        if (hit.Value.Type != "ASSAULT" || hit.Value.Frame == Frame.Noun) return false;
        foreach (var c in cues)
        {
            if (c.Value.Kind != "disaster" || !LangOk(c.Value.Language)) continue;
            // "the earthquake, which killed", "floods that killed thousands", "le séisme qui a tué"
            if (c.End <= hit.Start)
            {
                if (WordsBetween(c.End, hit.Start) <= MaxWordsToDisaster && !NameBetween(c.End, hit.Start)
                    && !_hits.Exists(h => h.Start >= c.End && h.End <= hit.Start && h.Value.Type != "-")) return true;
                continue;
            }
            // "were killed when their helicopter crashed", "killed in a plane crash", "tués dans un accident de la route"
            if (c.Start >= hit.End)
            {
                // (one word, a date, may stand between: "tué lundi dans un accident")
                int after = -1, at = hit.End;
                for (int k = 0; k < 2 && after < 0; k++)
                {
                    var w = NextWord(at, s.End);
                    if (w.Length == 0) return false;
                    int st = _folded.IndexOf(w, at, StringComparison.Ordinal);
                    if (_folded.IndexOfAny([',', ';', ':'], at, st - at) >= 0 || NameBetween(st, st + w.Length)) return false;
                    at = st + w.Length;
                    if (_lex.Participants.DisasterLinks.Contains(w)) after = at;
                }
                if (after < 0) return false;
                return c.Start >= after && WordsBetween(after, c.Start) <= MaxWordsToDisaster && _folded.IndexOfAny([',', ';', ':'], after, c.Start - after) < 0;
            }
        }
        return false;
    }

    /// <summary>Whether an entity mention lies between <paramref name="from"/> and <paramref name="to"/>.</summary>
    bool NameBetween(int from, int to)
    {
        foreach (var m in _mentions)
        {
            if (m.Start >= to) break;
            if (m.Start >= from) return true;
        }
        return false;
    }
}
