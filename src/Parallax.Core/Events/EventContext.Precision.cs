using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Mentions that restate or serve an event told in the same sentence, not events of their own (issue #7, first precision
/// round): the aim of a protest in a participle or purpose clause after it ("rallied … demanding the departure of French
/// troops", "se sont rassemblés … pour exiger sa démission"), and the host of a meeting named by a host verb whose object
/// or passive subject is the meeting noun ("who hosted the meeting", "the talks were hosted by X", "qui a accueilli les
/// négociations"), who joins the meeting told before. Purpose markers and participle endings are
/// Events/data/clause-words.tsv's kinds purpose-markers and participle-endings.
/// </summary>
internal sealed partial class EventContext
{
    string[] PurposeMarkers => _lex.Clause.PurposeMarkers;
    string[] ParticipleEndings => _lex.Clause.ParticipleEndings;

    /// <summary>A demand or a show of support told after a protest of the same sentence, in a participle ("demanding",
    /// "réclamant") or after a purpose marker ("pour exiger", "to demand", "in support of"), with no new clause between.</summary>
    bool AimOfProtest(PhraseMatch<Trigger> hit, Sentence s, int sIndex, List<Draft> previous, List<PhraseMatch<(string Lang, string Kind)>> cuts)
    {
        if (hit.Value.Type is not ("REQUEST" or "SUPPORT")) return false;
        int protestEnd = -1;
        foreach (var e in previous)
            if (e.LastSentence == sIndex && e.Type == "PROTEST" && e.Trigger.End <= hit.Start && e.Trigger.Start >= s.Start) protestEnd = Math.Max(protestEnd, e.Trigger.End);
        if (protestEnd < 0) return false;
        foreach (var c in cuts)
            if (c.Start >= protestEnd && c.Start < hit.Start && c.Value.Kind != "temporal") return false;
        var prev = PreviousWord(hit.Start, s.Start);
        if (Array.IndexOf(PurposeMarkers, prev) >= 0) return true;
        int end = hit.Start;
        while (end < hit.End && TextFold.IsWordChar(_folded[end])) end++;
        var first = _folded.AsSpan(hit.Start, end - hit.Start);
        foreach (var ending in ParticipleEndings)
            if (first.Length > ending.Length + 2 && first.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A host verb whose object ("hosted the meeting") or passive subject ("the talks were hosted") is a meeting noun.</summary>
    bool HostsMeetingNoun(PhraseMatch<Trigger> hit, List<PhraseMatch<Trigger>> hits)
    {
        if (hit.Value.Frame != Frame.Host) return false;
        foreach (var h in hits)
        {
            if (h.Value.Type != "CONSULT" || h.Value.Frame != Frame.Noun) continue;
            if (h.Start >= hit.End && WordsBetween(hit.End, h.Start) <= 1) return true;
            if (h.End <= hit.Start && WordsBetween(h.End, hit.Start) <= 1 && PassiveAuxiliaryBefore(hit.Start, h.End)) return true;
        }
        return false;
    }

    /// <summary>Adds the host named by <see cref="HostsMeetingNoun"/> to the meeting told before (a visit's host is its
    /// recipient; others join as participants).</summary>
    static void JoinHost(Draft meeting, IEnumerable<Draft> hostMentions)
    {
        foreach (var d in hostMentions)
            foreach (var x in d.Actors.Concat(d.Targets))
                if (x != meeting.Location && !meeting.Actors.Contains(x) && !meeting.Targets.Contains(x))
                    (meeting.Mode == "visit" ? meeting.Targets : meeting.Actors).Add(x);
    }
}
