using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// A guest welcomed in the passive by a person at a place (issue #7, false alarms): "where he was welcomed by the emir",
/// "who was welcomed at the airport by the Danish prime minister, Mette Frederiksen". The welcome of a person told so is a
/// host receiving a visitor, not praise ("the decision was welcomed by Kyiv" stays SUPPORT). Runs only where a
/// <c>welcome</c> cue sits on a SUPPORT trigger.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Most words between a welcome and its "by" agent, and between "by" and the person named.</summary>
    const int MaxWordsToWelcomeAgent = 6;

    /// <summary>Whether the SUPPORT trigger <paramref name="hit"/> is a welcome in the passive whose subject is a person
    /// (a subject pronoun, "who", or a person's name just before the auxiliary), whose agent after "by" is a person, and
    /// which is given at a place: a <c>host-place</c> phrase before the agent ("at the airport by"), or the place a
    /// ", where" relative opening its clause is about ("Doha, where he was welcomed by").</summary>
    bool WelcomedAtPlace(PhraseMatch<Trigger> hit, Sentence s, List<PhraseMatch<Cue>> cues)
    {
        if (hit.Value.Type != "SUPPORT") return false;
        bool welcome = false;
        foreach (var c in cues)
            if (c.Value.Kind == "welcome" && c.Start == hit.Start) { welcome = true; break; }
        if (!welcome || !PassiveAuxiliaryBefore(hit.Start, s.Start)) return false;
        // the subject before the auxiliaries ("he was", "who had been", "Modi was")
        int pos = hit.Start;
        string subject = "";
        for (int k = 0; k < 3; k++)
        {
            var w = PreviousWord(pos, s.Start);
            if (w.Length == 0) return false;
            pos = _folded.LastIndexOf(w, pos - 1, StringComparison.Ordinal);
            if (pos < s.Start) return false;
            if (PassiveAuxiliaries.Contains(w) || _lex.Clause.FiniteAuxiliaries.Contains(w)) continue;
            subject = w;
            break;
        }
        if (subject.Length == 0 || !PersonSubject(subject, pos)) return false;
        // the agent: "by" within a few words after the welcome, a person's name soon after it
        int by = -1, at = hit.End;
        for (int k = 0; k < MaxWordsToWelcomeAgent; k++)
        {
            var w = NextWord(at, s.End);
            if (w.Length == 0) return false;
            int st = _folded.IndexOf(w, at, StringComparison.Ordinal);
            if (_folded.IndexOfAny([',', ';', ':', '(', '"'], at, st - at) >= 0) return false;
            at = st + w.Length;
            if (_lex.Participants.Agent.Contains(w)) { by = st; break; }
        }
        if (by < 0 || !PersonAfter(at, s.End)) return false;
        // the place: "at the airport", "to the White House" between the welcome and its agent …
        foreach (var c in cues)
            if (c.Value.Kind == "host-place" && c.Start >= hit.End && c.End <= by) return true;
        // … or the place a ", where" relative is about, just before the subject
        foreach (var o in _lex.Participants.WhereOpeners)
        {
            int k = _folded.LastIndexOf(o, pos, pos - s.Start, StringComparison.Ordinal);
            if (k >= 0 && k + o.Length <= pos && WordsBetween(k + o.Length, pos) <= 1) return true;
        }
        return false;
    }

    /// <summary>Whether the word <paramref name="word"/> at <paramref name="at"/> is a person subject: a subject pronoun,
    /// the relative "who" after a comma, or the end of a person's name.</summary>
    bool PersonSubject(string word, int at)
    {
        if (_lex.Clause.SingularPronouns.Contains(word) || _lex.Clause.PluralPronouns.Contains(word)) return true;
        // ("The French president, who was welcomed …": the relative after a comma)
        if (_lex.Participants.PersonRelatives.Contains(word))
        {
            int i = at - 1;
            while (i >= 0 && _folded[i] == ' ') i--;
            return i >= 0 && _folded[i] == ',';
        }
        foreach (var m in _mentions)
        {
            if (m.Start > at) break;
            if (m.Entity.Type == EntityTypes.Person && m.End == at + word.Length) return true;
        }
        return false;
    }

    /// <summary>Whether a person's name starts within a few words after <paramref name="from"/> in the sentence.</summary>
    bool PersonAfter(int from, int limit)
    {
        foreach (var m in _mentions)
        {
            if (m.Start < from) continue;
            if (m.Start >= limit || WordsBetween(from, m.Start) > MaxWordsToWelcomeAgent) break;
            if (m.Entity.Type == EntityTypes.Person) return true;
        }
        return false;
    }
}
