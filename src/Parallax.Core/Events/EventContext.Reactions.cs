using Parallax.Model;

namespace Parallax.Events;

/// <summary>
/// A reaction whose object is an act told before ("Syria condemned the attack", "Moscou a rejeté ces accusations",
/// "Kyiv dismissed this decision"): the act's authors are the reaction's recipients (EventStage reads the result).
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>
    /// Reads the reaction's object right after its trigger: a definite article or a demonstrative ("the", "l'",
    /// "ces", "this"). Returns where the noun after it starts, and whether the determiner was a demonstrative (which
    /// refers back on its own; an article only before an act noun the coder recognised).
    /// </summary>
    public bool ReactionObject(Draft d, out int nounStart, out bool demonstrative)
    {
        nounStart = -1;
        demonstrative = false;
        var words = _lex.Participants;
        int sentenceEnd = Sentences[d.SentenceIndex].End;
        int i = PastDate(ObjectStart(d), sentenceEnd);
        // the trigger may end with its determiner ("condamne l'")
        if (i > 0 && i <= _folded.Length && _folded[i - 1] == '\'')
        {
            int w = i - 1;
            while (w > d.Trigger.Start && char.IsLetter(_folded[w - 1])) w--;
            if (!words.ActDefinite.Contains(_folded[w..i])) return false;
            nounStart = i;
            demonstrative = IsActNoun(i, sentenceEnd);
            return true;
        }
        var word = NextPlainWord(ref i, sentenceEnd).ToString();
        demonstrative = words.ActDemonstrative.Contains(word);
        bool indefinite = !demonstrative && words.ActIndefinite.Contains(word);
        if (!demonstrative && !indefinite && !words.ActDefinite.Contains(word)) return false;
        while (i < sentenceEnd && _folded[i] == ' ') i++;
        // "a dénoncé une « provocation »", "denounced a \"betrayal\"": an indefinite noun in quotation marks is the reacting
        // side's own word for the act told before, and refers back as a demonstrative does; without them it is an object of its own
        if (indefinite)
        {
            if (i >= sentenceEnd || _folded[i] is not ('"' or '«' or '“'))
            {
                // "a dénoncé une décision « illégale »", "hailed a historic decision": an indefinite act noun refers back too
                if (!IndefiniteActNoun(i, sentenceEnd)) return false;
                nounStart = i;
                demonstrative = true;
                return true;
            }
            i++;
            while (i < sentenceEnd && _folded[i] == ' ') i++;
            demonstrative = true;
        }
        // a name after the determiner is an object of its own ("condemned the United States"), but a demonym before an
        // act noun names the act's author ("rejected the American decision": ObjectDemonym)
        if (MentionAt(i))
        {
            if (DemonymBeforeActNoun(i, sentenceEnd) == null) return false;
            nounStart = i;
            demonstrative = true;
            return true;
        }
        nounStart = i;
        // "condemned the move", "a dénoncé la mesure": an act noun that does not tell which act refers back as a demonstrative does
        if (!demonstrative) demonstrative = IsActNoun(i, sentenceEnd);
        return true;
    }

    /// <summary>"a rejeté vendredi la décision", "condemned on Monday the move": a date between the verb and its object
    /// (blanked for the trigger scan) is passed over.</summary>
    int PastDate(int i, int end)
    {
        while (i < end && _triggerFolded[i] == ' ') i++;
        return i;
    }

    /// <summary>
    /// "a rejeté la décision américaine", "a salué l'initiative turque", "condemned the Chinese move": a demonym
    /// bound to the reaction's object noun (an act, agreement or ruling noun of Events/data/participant-words.tsv; in French
    /// after it with at most one adjective between, in English right before it) names the author of the act reacted to.
    /// Returns that country's id, or null; null too when it is the reacting side's own country (a reaction to one's own act).
    /// </summary>
    public string? ObjectDemonym(Draft d, int nounStart)
    {
        int end = Sentences[d.SentenceIndex].End;
        var author = DemonymBeforeActNoun(nounStart, end);
        if (author == null && _lang == "fr")
        {
            int i = nounStart;
            var noun = NextPlainWord(ref i, end);
            if (noun.IsEmpty || !IsReactedNoun(noun)) return null;
            foreach (var m in _mentions)
            {
                if (m.Start < i) continue;
                if (m.Start - i > 30 || m.End > end) break;
                if (m.Entity.Type == EntityTypes.Location && IsDemonymForm(m) && AdjectiveGap(i, m.Start, 1)) { author = m.Entity; break; }
            }
        }
        if (author == null || d.Actors.Exists(a => a == author.Id || _entities[a].Country is { } c && c == author.Country)) return null;
        return author.Id;
    }

    /// <summary>The country of a demonym mention starting at <paramref name="i"/> when the next word is an act, agreement or ruling noun ("the American decision").</summary>
    Entity? DemonymBeforeActNoun(int i, int end)
    {
        foreach (var m in _mentions)
        {
            if (m.Start > i) break;
            if (m.Start != i || m.Entity.Type != EntityTypes.Location || !IsDemonymForm(m)) continue;
            int j = m.End;
            if (j < end && _folded[j] != ' ') return null;
            var noun = NextPlainWord(ref j, end);
            return !noun.IsEmpty && IsReactedNoun(noun) ? m.Entity : null;
        }
        return null;
    }

    bool IsReactedNoun(ReadOnlySpan<char> noun)
    {
        var word = noun.ToString();
        var words = _lex.Participants;
        return words.ActNouns.Contains(word) || words.AgreementNouns.Contains(word) || words.RulingNouns.Contains(word);
    }

    /// <summary>Whether the word at <paramref name="i"/> is a noun of <c>act-noun</c> (Events/data/participant-words.tsv).</summary>
    bool IsActNoun(int i, int end)
    {
        var w = NextPlainWord(ref i, end);
        if (w.IsEmpty) return false;
        var word = w.ToString();
        return _lex.Participants.ActNouns.Contains(word) || _lex.Participants.AgreementNouns.Contains(word);
    }

    /// <summary>Whether the word at <paramref name="i"/> is a noun of <c>agreement-noun</c> (Events/data/participant-words.tsv):
    /// the act it refers back to is an agreement or a signing.</summary>
    public bool IsAgreementNoun(int i)
    {
        var w = NextPlainWord(ref i, _folded.Length);
        return !w.IsEmpty && _lex.Participants.AgreementNouns.Contains(w.ToString());
    }

    /// <summary>Whether an act mention's trigger starting at <paramref name="triggerStart"/> is the noun at
    /// <paramref name="nounStart"/>, or the next word after one word (an adjective: "the deadly attack", "ces graves accusations").</summary>
    public bool IsObjectNoun(int nounStart, int triggerStart)
    {
        if (triggerStart == nounStart) return true;
        if (triggerStart < nounStart || triggerStart > _folded.Length) return false;
        int i = nounStart;
        while (i < triggerStart && char.IsLetter(_folded[i])) i++;
        if (i == nounStart) return false;
        while (i < triggerStart && _folded[i] == ' ') i++;
        return i == triggerStart;
    }

    /// <summary>
    /// Whether the reaction's object is a ruling or a decision: a determiner of <c>ruling-determiner</c> (indefinite too:
    /// "a dénoncé une « décision politique »"), at most one word (an adjective) and a noun of <c>ruling</c>
    /// (Events/data/participant-words.tsv), with only spaces and quotation marks between.
    /// </summary>
    public bool RulingObject(Draft d)
    {
        var words = _lex.Participants;
        int end = Sentences[d.SentenceIndex].End;
        int i = PastDate(ObjectStart(d), end);
        bool determiner = i > 0 && i <= _folded.Length && _folded[i - 1] == '\'';
        if (!determiner)
        {
            var det = NextPlainWord(ref i, end);
            if (det.IsEmpty || !words.RulingDeterminers.Contains(det.ToString())) return false;
        }
        for (int k = 0; k < 2; k++)
        {
            var w = NextPlainWord(ref i, end);
            if (w.IsEmpty) return false;
            if (words.RulingNouns.Contains(w.ToString())) return true;
        }
        return false;
    }

    /// <summary>The next word after <paramref name="i"/> (skipping spaces and quotation marks; an elided article keeps its
    /// apostrophe), advancing <paramref name="i"/> past it; empty at the end or before other punctuation.</summary>
    ReadOnlySpan<char> NextPlainWord(ref int i, int end)
    {
        while (i < end && (_folded[i] == ' ' || _folded[i] is '«' or '»' or '"' or '“' or '”' or '\u00a0' or '\u202f')) i++;
        int start = i;
        while (i < end && (char.IsLetter(_folded[i]) || _folded[i] == '-')) i++;
        if (i < end && i > start && _folded[i] == '\'') i++;
        return _folded.AsSpan(start, i - start);
    }

    /// <summary>
    /// The subject of sentence <paramref name="index"/>: its first mention, when only words with no capital, no comma and
    /// no colon stand before it ("Canada will impose …", "La commission électorale des Comores a proclamé …"); null for a
    /// sentence that opens with a clause of its own ("Après le séisme, le Maroc …") or a heading ("Arménie : …").
    /// </summary>
    public string? SubjectOfSentence(int index)
    {
        if (index < 0 || index >= Sentences.Count) return null;
        var s = Sentences[index];
        int from = PastOpeningDate(s.Start, s.End);
        foreach (var m in _mentions)
        {
            if (m.Start < from) continue;
            if (m.Start >= s.End) return null;
            for (int i = from; i < m.Start; i++)
                if (_text[i] is ',' or ':' or ';' || (i > from && char.IsUpper(_text[i]) && _text[i - 1] == ' ')) return null;
            return m.Entity.Id;
        }
        return null;
    }

    /// <summary>"Samedi, Ankara a laissé …", "On Saturday, Russia deployed …": a date of the Time stage (after at most a
    /// preposition of <c>date-preposition</c>) and its comma opening a sentence are passed over; returns where the rest
    /// starts, else <paramref name="start"/>.</summary>
    int PastOpeningDate(int start, int end)
    {
        int i = start;
        var first = NextPlainWord(ref i, end);
        if (first.IsEmpty || !_lex.Participants.DatePrepositions.Contains(first.ToString())) i = start;
        while (i < end && _folded[i] == ' ') i++;
        foreach (var t in _doc.Times)
        {
            if (t.Start != i || t.Kind is not (TimeKinds.Date or TimeKinds.Time) || t.End >= end) continue;
            int k = t.End;
            while (k < end && _folded[k] == ' ') k++;
            return k < end && _text[k] == ',' ? k + 1 : start;
        }
        return start;
    }

    bool MentionAt(int position)
    {
        foreach (var m in _mentions)
        {
            if (m.Start == position) return true;
            if (m.Start > position) break;
        }
        return false;
    }
}
