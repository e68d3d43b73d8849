using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Participants of the participants round (docs/events.md): the author of what an accusation is about, a verb after
/// ", but" / ", mais" that shares the sentence's subject, and the topic of an act ("about", "concernant") that names no
/// participant.
/// </summary>
internal sealed partial class EventContext
{
    // (words that may stand between ", but"/", mais" and the verb they coordinate: Events/data/participant-words.tsv, kind "filler")

    /// <summary>
    /// "Benin opened its borders on Monday, but was still refusing admittance to Ghanaians", "Le Bénin a rouvert ses
    /// frontières, mais a refusé …": a verb right after ", but"/", mais" (auxiliaries and adverbs aside) with no subject
    /// of its own has the subject of the sentence's first clause. Null when the clause names its own subject.
    /// </summary>
    List<Entity>? SubjectBeforeBut(PhraseMatch<Trigger> hit, int clauseStart, Sentence s, Quote? quote, List<Draft> previous)
    {
        if (clauseStart <= s.Start || hit.Value.Frame == Frame.Noun) return null;
        var before = _folded.AsSpan(s.Start, clauseStart - s.Start).TrimEnd();
        int comma;
        if (before.EndsWith(", but")) comma = s.Start + before.Length - 5;
        else if (before.EndsWith(", mais")) comma = s.Start + before.Length - 6;
        else return null;
        if (_mentions.Exists(m => m.Start >= clauseStart && m.Start < hit.Start)) return null;
        foreach (var range in _folded.AsSpan(clauseStart, hit.Start - clauseStart).Split(' '))
        {
            var w = _folded.AsSpan(clauseStart, hit.Start - clauseStart)[range];
            if (w.Length > 0 && !_lex.Participants.CoordinatedVerbFiller.Contains(w.ToString())) return null;
        }
        int end = FirstSubjectEnd(s.Start, comma);
        if (end >= comma) return null;
        var subject = Subject(end, s.Start, s, quote, previous, out _, out _);
        PronounSubjectIsPlural = false;
        return subject.Count > 0 ? subject : null;
    }

    /// <summary>The start of the first topic preposition ("about", "regarding", "concernant", "à propos de") in the range, or <paramref name="to"/>.</summary>
    int TopicStart(int from, int to)
    {
        // a topic entry is one word ("about") or two ("à propos": "les propos de X" are X's words, not a topic)
        int i = from, prev = -1;
        while (i < to)
        {
            while (i < to && !TextFold.IsWordChar(_folded[i])) i++;
            int st = i;
            while (i < to && TextFold.IsWordChar(_folded[i])) i++;
            if (i == st) break;
            if (_preps.TryGetValue(_folded[st..i], out var role) && role == "topic") return st;
            if (prev >= 0 && st - prev <= 16 && _folded[prev..st].Trim().Length + 1 == st - prev
                && _preps.TryGetValue(_folded[prev..i], out var pair) && pair == "topic") return prev;
            prev = st;
        }
        return to;
    }

    /// <summary>Past participles that introduce the author of what an accusation is about ("committed by", "commises par").</summary>
    bool IsParticipleBeforeAgent(string w)
    {
        var words = _lex.Participants;
        var lang = _lang == "en" ? "en" : "fr";
        if (words.Participles.TryGetValue(lang, out var whole) && whole.Contains(w)) return true;
        if (words.ParticipleSuffixes.TryGetValue(lang, out var ends))
            foreach (var e in ends)
                if (w.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// "launched an investigation into crimes committed by Croatian forces", "a condamné les exactions commises par l'armée
    /// malienne": the author of the act an accusation is about, named after a participle and "by"/"par" inside its
    /// object (not right after the trigger, which is the passive agent), is its recipient: a name, or the country of a
    /// demonym in that noun phrase. Null when there is none.
    /// </summary>
    Entity? AuthorOfAccusedAct(PhraseMatch<Trigger> hit, int clauseEnd)
    {
        int i = hit.End;
        while (i < clauseEnd)
        {
            while (i < clauseEnd && !TextFold.IsWordChar(_folded[i])) i++;
            int st = i;
            while (i < clauseEnd && TextFold.IsWordChar(_folded[i])) i++;
            if (i <= st) continue;
            var w = _folded[st..i];
            if (!_lex.Participants.Agent.Contains(w)) continue;
            if (WordsBetween(hit.End, st) < 2 || !IsParticipleBeforeAgent(PreviousWord(st, hit.End))) return null;
            // the agent's noun phrase: up to six words, ending at a preposition that is not a genitive
            int limit = i, words = 0;
            while (limit < clauseEnd && words < 6)
            {
                while (limit < clauseEnd && _folded[limit] == ' ') limit++;
                if (limit >= clauseEnd || !TextFold.IsWordChar(_folded[limit])) break;
                int ws = limit;
                while (limit < clauseEnd && (TextFold.IsWordChar(_folded[limit]) || _folded[limit] == '\'' || _folded[limit] == '-')) limit++;
                if (words > 0 && _preps.TryGetValue(_folded[ws..limit], out var role) && role is not "genitive") { limit = ws; break; }
                words++;
            }
            foreach (var m in _mentions)
                if (m.Start >= i && m.End <= limit) return m.Entity;
            return null;
        }
        return null;
    }
}
