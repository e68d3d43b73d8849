using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// False alarms and wrong types (issue #7, fourth precision round; docs/events.md, "Agreed truces and questions put
/// to a speaker"). Each check runs only where a trigger already fired.
/// <list type="bullet">
/// <item>A ceasefire that is the complement of an agreement ("agreed to a ceasefire that took effect on Wednesday",
/// "agreed on Saturday to stop all firing") is the ceasefire itself, a RETREAT (mode ceasefire), not a promise, unless
/// the truce is a lasting one (kind <c>lasting-truce</c>: "a permanent cessation of hostilities") or
/// the paragraph says it takes effect later (Events/data/cues.tsv kind <c>later-effect</c>: "is to take effect",
/// "doit entrer en vigueur").</item>
/// <item>A violation of a space, a truce or a body of law (Events/data/cues.tsv kind <c>breach-object</c>: "violated
/// Polish airspace", "a violé son espace aérien", "violated the UN Charter") is what an accusation or an attack says,
/// not a REJECT; a violation of a party's ban or order stays one.</item>
/// <item>"the strike" after an attack told before, with no protest told before ("Kyiv said the strike showed …",
/// "claimed the strike") is the attack told again, no labour strike.</item>
/// <item>An "Asked" that opens its sentence (cues.tsv kind <c>question-participle</c>: "Asked whether Britain would
/// send troops, Starmer …") is a question put to the sentence's subject, not a request.</item>
/// </list>
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Retypes the agreement <paramref name="agreement"/> to the ceasefire <paramref name="hit"/> that is its
    /// complement, when the agreement is told as done and no <c>later-effect</c> phrase in the paragraph puts the truce
    /// off. Returns whether it did.</summary>
    bool AgreedCeasefire(PhraseMatch<Trigger> hit, Draft agreement)
    {
        if (hit.Value.Type != "RETREAT" || hit.Value.Mode != "ceasefire" || agreement.Type != "AGREE" || agreement.Status != EventStatus.Occurred)
            return false;
        // (readiness is a commitment, not the truce: "was ready to accept a 30-day ceasefire")
        foreach (var c in _lex.Cues.FindAll(_text, _folded, agreement.Trigger.Start, agreement.Trigger.End))
            if (c.Value.Kind == "willing") return false;
        // (a lasting truce is a settlement to carry out: "agreed to a permanent cessation of hostilities")
        if (hit.Start > agreement.Trigger.End)
            foreach (var c in _lex.Cues.FindAll(_text, _folded, agreement.Trigger.End, hit.End))
                if (c.Value.Kind == "lasting-truce" && LangOk(c.Value.Language)) return false;
        foreach (var c in _lex.Cues.FindAll(_text, _folded, 0, _text.Length))
            if (c.Value.Kind == "later-effect" && LangOk(c.Value.Language)) return false;
        agreement.Type = "RETREAT";
        agreement.Mode = "ceasefire";
        agreement.Cameo = hit.Value.Cameo;
        return true;
    }

    /// <summary>Whether the REJECT trigger is a violation ("violated", "a violé") whose object, within three words, is a
    /// <c>breach-object</c> cue of the clause: no refusal.</summary>
    /// (A trigger inside the breached object, "the truce" of "violated the truce", is no event either.)
    bool BreachIsNoRefusal(PhraseMatch<Trigger> hit, List<PhraseMatch<Cue>> cues)
    {
        if (hit.Start >= _breachFrom && hit.Start < _breachTo) return true;
        if (hit.Value.Type != "REJECT" || _folded.AsSpan(hit.Start, hit.End - hit.Start).IndexOf("viol") < 0) return false;
        foreach (var c in cues)
            if (c.Value.Kind == "breach-object" && c.Start >= hit.End && WordsBetween(hit.End, c.Start) <= 3
                && _folded.IndexOfAny([',', ';', '.'], hit.End, c.Start - hit.End) < 0)
            {
                (_breachFrom, _breachTo) = (hit.End, c.End);
                return true;
            }
        return false;
    }

    /// <summary>The span from a violation's end to the end of the object it breaches (see <see cref="BreachIsNoRefusal"/>).</summary>
    int _breachFrom = -1, _breachTo = -1;

    /// <summary>Whether the request trigger opens its sentence (capitalised, first word) with a <c>question-participle</c>
    /// cue ("Asked"): a participle clause that says what the subject was asked, no request of its own.</summary>
    bool QuestionPutToSubject(PhraseMatch<Trigger> hit, Sentence s, List<PhraseMatch<Cue>> cues)
    {
        if (hit.Value.Type != "REQUEST" || !char.IsUpper(_text[hit.Start])) return false;
        int i = s.Start;
        while (i < hit.Start && !TextFold.IsWordChar(_folded[i])) i++;
        if (i != hit.Start) return false;
        foreach (var c in cues)
            if (c.Value.Kind == "question-participle" && c.Start == hit.Start && LangOk(c.Value.Language)) return true;
        return false;
    }

    /// <summary>Whether the English noun "strike" (PROTEST/strike) after a definite determiner ("the", "this", "that")
    /// restates an attack coded earlier in the document, no protest having been coded before it: no event of its own.</summary>
    bool StrikeRestatesAttack(PhraseMatch<Trigger> hit, Sentence s, List<Draft> previous)
    {
        if (_lang != "en" || hit.Value.Type != "PROTEST" || hit.Value.Mode != "strike" || hit.Value.Frame != Frame.Noun) return false;
        var det = PreviousWord(hit.Start, s.Start);
        if (!_lex.Participants.ActDemonstrative.Contains(det) && !_lex.Participants.ActDefinite.Contains(det)) return false;
        bool attack = false;
        foreach (var e in previous)
        {
            if (e.Trigger.Start >= hit.Start) continue;
            if (e.Type == "PROTEST") return false;
            attack |= e.Type == "ASSAULT";
        }
        return attack;
    }
}
