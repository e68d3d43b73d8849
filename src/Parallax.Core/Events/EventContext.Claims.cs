using Parallax.Model;

namespace Parallax.Events;

/// <summary>
/// Claims of responsibility (issue #7, participants round 10): "Gunmen opened fire … The Islamic State group claimed
/// responsibility", "L'organisation État islamique a revendiqué l'attaque": whoever claims a hostile act told without a
/// named author did it (EventStage reads the result).
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>At most this many words between a claim verb and its object ("a revendiqué une partie de ces attaques").</summary>
    const int MaxWordsToClaimed = 5;

    /// <summary>
    /// The one who claims in sentence <paramref name="index"/>: a verb of <c>claim-verb</c> (participant-words.tsv) whose
    /// object, within a few words, is a noun of <c>claim-object</c> ("responsibility") or a hostile act noun the coder found
    /// ("the attack", "ces attaques"), and whose subject opens the sentence (<see cref="SubjectOfSentence"/>, named
    /// before the verb). Null when the sentence has no such claim ("revendiqué la victoire" claims no act).
    /// </summary>
    public string? Claimant(int index)
    {
        var s = Sentences[index];
        var words = _lex.Participants;
        int i = s.Start;
        while (i < s.End)
        {
            var w = NextPlainWord(ref i, s.End);
            if (w.IsEmpty) { i++; continue; }
            if (!words.ClaimVerbs.Contains(w.ToString())) continue;
            int verbStart = i - w.Length;
            int j = i;
            bool claimed = false;
            for (int k = 0; k < MaxWordsToClaimed && j < s.End && !claimed; k++)
            {
                var o = NextPlainWord(ref j, s.End);
                if (o.IsEmpty) break;
                int at = j - o.Length;
                claimed = words.ClaimObjects.Contains(o.ToString()) || _hits.Exists(h => h.Start == at && h.Value.Type is "ASSAULT" or "COERCE");
            }
            if (!claimed) continue;
            var first = _mentions.FirstOrDefault(m => m.Start >= s.Start);
            if (first.Entity == null || first.End > verbStart) return null;
            return SubjectOfSentence(index);
        }
        return null;
    }

    /// <summary>Whether every one of these participants is a city, a region or a building (none at all too): a place
    /// the coder took for an author ("near Moscow", "killing …"), no named author.</summary>
    public bool OnlyPlaces(List<string> ids)
    {
        foreach (var id in ids)
            if (!IsCity(_entities[id])) return false;
        return true;
    }
}
