using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Verdicts told with the one judged between the verb and its complement (Events/data/verdicts.tsv): "a court found X
/// guilty", "le Conseil a déclaré X inéligible", "declared the attaché persona non grata", "a jugé X coupable". The
/// verb's subject passes the verdict; the name right after the verb (a title or determiner may stand before it, at most
/// three words, no punctuation) is its recipient, and the complement must follow that name at once.
/// </summary>
internal sealed partial class EventContext
{
    const int MaxWordsBeforeJudged = 3;

    /// <summary>The one judged by each verdict hit of the sentence, by the hit's start.</summary>
    readonly Dictionary<int, Entity> _judged = [];

    /// <summary>The sentence's triggers with a verdict for every "verb X complement" of verdicts.tsv; triggers inside it are dropped.</summary>
    List<PhraseMatch<Trigger>> WithVerdicts(Sentence s, List<PhraseMatch<Trigger>> hits)
    {
        List<PhraseMatch<Trigger>>? added = null;
        foreach (var v in _lex.Verdicts.FindAll(_text, _folded, s.Start, s.End))
        {
            // "was declared ineligible by the court", "a été jugé coupable": the passive is told by the trigger lexicon
            if (!LangOk(v.Value.Language) || PassiveAuxiliaryBefore(v.Start, s.Start)) continue;
            var comp = v.Value.Complement;
            // the complement first, the name after it ("a déclaré persona non grata l'ambassadeur X", "declared persona
            // non grata a diplomat of X"): the name at most three words after the complement
            int c0 = v.End;
            while (c0 < s.End && _folded[c0] == ' ') c0++;
            if (c0 + comp.Length <= s.End && _folded.AsSpan(c0).StartsWith(comp, StringComparison.Ordinal)
                && !(c0 + comp.Length < _folded.Length && TextFold.IsWordChar(_folded[c0 + comp.Length])))
            {
                int ce = c0 + comp.Length;
                var after = FirstMentionWithin(ce, s.End, MaxWordsBeforeJudged, stopAt: ClausePunctuation);
                if (after.Entity != null && !(_preps.TryGetValue(NextWord(ce, s.End), out var r) && r == "agent") && !(added?.Exists(a => a.Start == v.Start) ?? false))
                {
                    (added ??= []).Add(new PhraseMatch<Trigger>(v.Start, ce, v.Value.Trigger));
                    _judged[v.Start] = after.Entity;
                }
                continue;
            }
            var judged = FirstMentionWithin(v.End, s.End, MaxWordsBeforeJudged, stopAt: ClausePunctuation);
            if (judged.Entity == null) continue;
            // the complement right after the name ("Sonko inéligible", "X guilty of …")
            int c = judged.End;
            while (c < s.End && _folded[c] == ' ') c++;
            if (c + comp.Length > s.End || !_folded.AsSpan(c).StartsWith(comp, StringComparison.Ordinal)
                || (c + comp.Length < _folded.Length && TextFold.IsWordChar(_folded[c + comp.Length]))) continue;
            int end = c + comp.Length;
            if (added?.Exists(a => a.Start == v.Start) == true) continue;
            (added ??= []).Add(new PhraseMatch<Trigger>(v.Start, end, v.Value.Trigger));
            _judged[v.Start] = judged.Entity;
        }
        if (added == null) return hits;
        // a trigger inside the verdict ("déclaré", "coupable") is part of it
        return [.. hits.Where(h => !added.Exists(a => h.Start < a.End && a.Start < h.End)).Concat(added).OrderBy(h => h.Start).ThenByDescending(h => h.End)];
    }

    /// <summary>A verdict's recipient is the one judged; the names in and after its complement ("guilty of attacking X") are not.</summary>
    void JudgedRecipient(PhraseMatch<Trigger> hit, List<Draft> coded)
    {
        if (!_judged.TryGetValue(hit.Start, out var judged) || !hit.Value.Pattern.Contains(" … ")) return;
        foreach (var d in coded)
        {
            d.Actors.Remove(judged.Id);
            d.Targets = [judged.Id];
        }
    }
}
