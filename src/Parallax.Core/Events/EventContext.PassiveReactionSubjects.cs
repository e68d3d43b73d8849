namespace Parallax.Events;

/// <summary>
/// A reaction in the passive whose subject is an act told before ("The handover … was welcomed by Baku", "a decision
/// welcomed by Kyiv", "Cette décision a été condamnée par Paris"): the act noun stands where an active reaction has its
/// object, and refers back as a demonstrative object does (EventStage.ReactionsToActsToldBefore reads the result).
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>
    /// Whether the reaction <paramref name="d"/> is followed by its passive agent ("by"/"par", <c>agent</c> of
    /// Events/data/participant-words.tsv) and its subject is an act or agreement noun: the noun right before the
    /// participle ("a decision welcomed by", "the accords, denounced by"), or the noun after a definite article or a
    /// demonstrative opening the sentence when a passive auxiliary stands before the participle ("The handover, which …,
    /// was welcomed by"). Returns where that noun starts. Runs only for a reaction with no recipient of its own.
    /// </summary>
    public bool PassiveReactionSubject(Draft d, out int nounStart)
    {
        nounStart = -1;
        var s = Sentences[d.SentenceIndex];
        var words = _lex.Participants;
        if (!words.Agent.Contains(NextWord(d.Trigger.End, s.End))) return false;
        // the noun right before the participle, past one comma
        int i = d.Trigger.Start;
        while (i > s.Start && _folded[i - 1] == ' ') i--;
        if (i > s.Start && _folded[i - 1] == ',') i--;
        while (i > s.Start && _folded[i - 1] == ' ') i--;
        int wordEnd = i;
        while (i > s.Start && char.IsLetter(_folded[i - 1])) i--;
        if (i < wordEnd && IsActNoun(i, wordEnd))
        {
            nounStart = i;
            return true;
        }
        // a definite or demonstrative act noun opening the sentence, as the subject of a passive auxiliary
        if (!PassiveAuxiliaryBefore(d.Trigger.Start, s.Start)) return false;
        int j = s.Start;
        var determiner = NextPlainWord(ref j, d.Trigger.Start).ToString();
        if (!words.ActDefinite.Contains(determiner) && !words.ActDemonstrative.Contains(determiner)) return false;
        while (j < d.Trigger.Start && _folded[j] == ' ') j++;
        if (!IsActNoun(j, d.Trigger.Start)) return false;
        nounStart = j;
        return true;
    }
}
