using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Disapproval told as a judgement (Events/data/evaluations.tsv): "Ruto called the protests treasonous", "called the
/// verdict a disgrace", "a qualifié l'attaque de « provocation majeure »", "a traité X de « dictateur »". A verb of
/// naming or judging, its object (opened by a determiner, an object pronoun, a name, or a French "de" when the judgement
/// comes first), then a word of disapproval at most eight words on, in the same clause: ACCUSE/disapprove by the verb's
/// subject; a name right after the verb is the one accused. "called on", "called for", "called X" (a phone call) have
/// no opener or no word of disapproval and are left to the trigger lexicon.
/// </summary>
internal sealed partial class EventContext
{
    const int MaxWordsToJudgement = 8;

    /// <summary>Where the verb of each judgement ends, by the judgement's start: its object ("the move", "cette décision")
    /// lies inside the judgement's span, after the verb.</summary>
    readonly Dictionary<int, int> _judgementVerbEnds = [];

    /// <summary>Where a reaction's object starts: after the verb of a judgement ("called | the move reckless"), else after the trigger.</summary>
    int ObjectStart(Draft d) => _judgementVerbEnds.TryGetValue(d.Trigger.Start, out int end) ? end : d.Trigger.End;

    /// <summary>The sentence's triggers with an ACCUSE for every "verb … word of disapproval"; the triggers it covers stay.</summary>
    List<PhraseMatch<Trigger>> WithEvaluations(Sentence s, List<PhraseMatch<Trigger>> hits)
    {
        List<PhraseMatch<Trigger>>? added = null;
        foreach (var v in _lex.EvaluationVerbs.FindAll(_text, _folded, s.Start, s.End))
        {
            if (!LangOk(v.Value) || PassiveAuxiliaryBefore(v.Start, s.Start)) continue;
            // a trigger or verdict on the verb that goes on past it ("called for", "called off the talks", "a jugé X
            // coupable de trahison") is that trigger
            if (hits.Exists(h => h.Start < v.End && h.End > v.End)) continue;
            var judged = FirstMentionWithin(v.End, s.End, 0);
            var next = NextWord(v.End, s.End);
            bool opened = judged.Entity != null || (_lex.EvaluationOpeners.TryGetValue(v.Value, out var op) && op.Contains(next));
            if (!opened) continue;
            // the judgement stays in the verb's clause: no comma, semicolon, colon, bracket or full stop before it
            int limit = _folded.IndexOfAny([',', ';', ':', '(', '.', '?', '!'], v.End, s.End - v.End);
            if (limit < 0) limit = s.End;
            PhraseMatch<string>? word = null;
            foreach (var w in _lex.EvaluationWords.FindAll(_text, _folded, v.End, limit))
                if (LangOk(w.Value) && WordsBetween(v.End, w.Start) < MaxWordsToJudgement) { word = w; break; }
            if (word is not { } wd || (added?.Exists(a => a.Start == v.Start) ?? false)) continue;
            var pattern = _folded[v.Start..v.End] + " … " + _folded[wd.Start..wd.End];
            (added ??= []).Add(new PhraseMatch<Trigger>(v.Start, wd.End, new Trigger(v.Value, pattern, "ACCUSE", "disapprove", "111", Frame.Directed)));
            if (judged.Entity != null) _judged[v.Start] = judged.Entity;
            _judgementVerbEnds[v.Start] = v.End;
        }
        if (added == null) return hits;
        // a shorter trigger on the verb itself ("called" alone) is part of the judgement; event nouns inside its
        // object ("called the strikes …", "l'attaque") stay: they tell the event judged
        return [.. hits.Where(h => !added.Exists(a => h.Start == a.Start)).Concat(added).OrderBy(h => h.Start).ThenByDescending(h => h.End)];
    }
}
