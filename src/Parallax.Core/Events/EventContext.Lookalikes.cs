using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Words that look like events and are not, and events whose trigger gives the wrong type (issue #7, third precision
/// round). Each check runs only where a trigger already fired. Phrases are Events/data/cues.tsv's kinds
/// <c>lookalike</c> (a phrase that opens with a trigger word and is no event: "acknowledged that", "meet its
/// commitments"), <c>decree</c> (what a signature makes a domestic act, not a show of support), <c>restating</c>
/// ("during the", "lors de la": a noun after it is an act told before), <c>reprisal</c> and <c>holdout</c> (what a
/// promise of harm or of not giving in says), <c>leaving</c> (the preposition of a withdrawal from a body).
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Whether the trigger <paramref name="hit"/> is no event of its own: a participle glued to a noun by a
    /// hyphen ("Iran-backed militias"), a phrase of <c>lookalike</c> that opens with it, a signature of a decree, a
    /// French participle in an apposition after a comma ("Boualem Sansal, condamné en Algérie à cinq ans"), or an act
    /// noun after a demonstrative or a <c>restating</c> phrase when an act of its type was told in an earlier sentence
    /// ("Cette expulsion intervient après …", "During the visit, …").</summary>
    bool LooksLikeEvent(PhraseMatch<Trigger> hit, Sentence s, int sIndex, List<PhraseMatch<Cue>> cues, List<Draft> previous)
    {
        // "Iran-backed militias", "a U.N.-backed mission", "the US-led coalition": an adjective, not a verb
        if (_lang == "en" && hit.Start > s.Start + 1 && _text[hit.Start - 1] == '-' && char.IsLetterOrDigit(_text[hit.Start - 2]) || hit.Start > s.Start + 2 && _text[hit.Start - 1] == '-' && _text[hit.Start - 2] == '.')
        {
            int e = hit.Start;
            while (e < hit.End && TextFold.IsWordChar(_folded[e])) e++;
            if (e - hit.Start > 3 && _folded[e - 1] == 'd' && _folded[e - 2] == 'e') return true;
        }
        foreach (var c in cues)
        {
            switch (c.Value.Kind)
            {
                // "a reconnu que", "acknowledged that", "failed to meet its spending commitments"
                case "lookalike" when c.Start <= hit.Start ? c.End > hit.Start : c.Start < hit.End: return true;
                // "a signé un décret", "signed an executive order": the decree's content is the act
                case "decree" when hit.Value.Type == "SUPPORT" && hit.Value.Cameo == "057" && c.Start >= hit.End && WordsBetween(hit.End, c.Start) <= 8: return true;
                case "restating" when c.End <= hit.Start && WordsBetween(c.End, hit.Start) <= 1 && EarlierActOfType(hit, sIndex, previous): return true;
            }
        }
        // "Cette expulsion intervient après …", "this attack": an act told before (not "said that sanctions …")
        var before = PreviousWord(hit.Start, s.Start);
        if (_lex.Participants.ActDemonstrative.Contains(before) && !_lex.Clause.Complementisers.Contains(before) && !_reporting.Exists(r => r.End <= hit.Start && WordsBetween(r.End, hit.Start) <= 1)
            && EarlierActOfType(hit, sIndex, previous)) return true;
        // "Le Front Polisario, soutenu par l'Algérie, …", "Le romancier, arrêté en novembre 2024 à l'aéroport d'Alger,
        // …": a participle after a comma describes the noun before it
        // (a standing the participle gives: backed, convicted, held, signed; an attack told so is still told: "Robert
        // Fico, blessé par balles le 15 mai, est sorti de l'hôpital")
        if (_lang == "fr" && hit.Value.Type is "SUPPORT" or "SANCTION" or "COERCE" && AfterComma(hit.Start, s.Start) && FrenchParticiple(hit) && !SentenceOpensWith(hit, s)) return true;
        return false;
    }

    /// <summary>Whether a welcome (<c>welcome</c> cue over a SUPPORT trigger) names a person and then a place it is given
    /// at or to (<c>host-place</c>: "welcomed Fumio Kishida to the White House", "was welcomed by Vladimir Putin at his
    /// residence"): hosting a visit, not praise ("welcomed the decision" stays SUPPORT).</summary>
    bool WelcomesGuest(PhraseMatch<Trigger> hit, Sentence s, List<PhraseMatch<Cue>> cues, List<PhraseMatch<(string Lang, string Kind)>> cuts)
    {
        if (hit.Value.Type != "SUPPORT") return false;
        bool welcome = false;
        foreach (var c in cues)
            if (c.Value.Kind == "welcome" && c.Start == hit.Start) { welcome = true; break; }
        if (!welcome) return false;
        int clauseEnd = s.End;
        foreach (var c in cuts)
            if (c.Start >= hit.End) { clauseEnd = c.Start; break; }
        foreach (var c in cues)
        {
            if (c.Value.Kind != "host-place" || c.Start <= hit.End) continue;
            if (c.Start >= clauseEnd || WordsBetween(hit.End, c.Start) > 10) return false;
            foreach (var m in _mentions)
            {
                if (m.Start < hit.End) continue;
                if (m.Start >= c.Start) break;
                if (m.Entity.Type == EntityTypes.Person) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>The trigger read as a host verb ("hosted"): a visit whose guest is the object, or the subject of a passive.</summary>
    static PhraseMatch<Trigger> AsHost(PhraseMatch<Trigger> hit) =>
        hit with { Value = hit.Value with { Type = "CONSULT", Mode = "visit", Cameo = "043", Frame = Frame.Host } };

    /// <summary>Whether the first word of the trigger is a French past participle as written (an accented é ending:
    /// "condamné", "signés", the folded text having lost the accent that tells it from the present; or -u: "soutenue").</summary>
    bool FrenchParticiple(PhraseMatch<Trigger> hit)
    {
        int e = hit.Start;
        while (e < hit.End && TextFold.IsWordChar(_folded[e])) e++;
        int n = e - hit.Start;
        if (n < 4) return false;
        var w = _text.AsSpan(hit.Start, n);
        // (-é as written, or -u: "soutenu", "détenue", "retenus"; no present form ends so)
        if (w[^1] is 's' or 'S') w = w[..^1];
        if (w[^1] is 'e' or 'E') w = w[..^1];
        return w[^1] is 'é' or 'É' or 'u' or 'U';
    }

    /// <summary>Whether only a comma and adverbs precede the trigger in its sentence ("Arrêté mardi, il …" has none; a
    /// participle that opens the sentence after a short adverbial is its own clause).</summary>
    bool SentenceOpensWith(PhraseMatch<Trigger> hit, Sentence s) => WordsBetween(s.Start, hit.Start) <= 1;

    /// <summary>Whether an act of the trigger's type was coded in an earlier sentence of the document.</summary>
    bool EarlierActOfType(PhraseMatch<Trigger> hit, int sIndex, List<Draft> previous)
    {
        foreach (var e in previous)
            if (e.LastSentence < sIndex && (e.Type == hit.Value.Type || hit.Value.Type == "RETREAT" && e.Type == "CONCEDE")) return true;
        return false;
    }

    /// <summary>Retypes coded mentions whose trigger gives the wrong type: a withdrawal from an organisation or of an
    /// envoy is a SANCTION (PLOVER: reduce relations, mode withdraw: "leur retrait « sans délai » de la Cédéao", "le
    /// retrait de son ambassadeur"); a promise of reprisals is a THREATEN ("a promis des représailles", "promised that
    /// Hezbollah would pay a heavy price"), a promise not to give in a REJECT ("a promis de ne pas céder").</summary>
    void RetypeLookalikes(PhraseMatch<Trigger> hit, List<Draft> coded, Sentence s, List<PhraseMatch<Cue>> cues, List<PhraseMatch<(string Lang, string Kind)>> cuts)
    {
        if (coded.Count == 0) return;
        int clauseEnd = s.End;
        foreach (var c in cuts)
            if (c.Start >= hit.End) { clauseEnd = c.Start; break; }
        if (hit.Value.Type == "RETREAT" && hit.Value.Mode == "withdraw" && WithdrawalFromBody(hit, clauseEnd, cues) is { } body)
        {
            foreach (var d in coded)
            {
                if (d.Type == "CONCEDE") { d.Status = EventStatus.Planned; d.Date = null; }
                d.Type = "SANCTION";
                d.Mode = "withdraw";
                d.Cameo = "161";
                if (body.Length > 0 && !d.Targets.Contains(body) && !d.Actors.Contains(body)) d.Targets.Add(body);
            }
            return;
        }
        // "a bloqué le plan d'aide", "blocked Nippon Steel's takeover": blocking a decision, a deal or aid is refusing it
        // (kind vetoable), not obstructing a place
        if (hit.Value.Type == "PROTEST" && hit.Value.Mode == "obstruct")
        {
            foreach (var c in cues)
                if (c.Value.Kind == "vetoable" && c.Start >= hit.End && c.Start < clauseEnd && WordsBetween(hit.End, c.Start) <= 5)
                {
                    foreach (var d in coded) { d.Type = "REJECT"; d.Mode = null; d.Cameo = "120"; }
                    return;
                }
            return;
        }
        if (hit.Value.Type != "AGREE") return;
        // (the promise's complement clause runs past "que"/"that": "a promis que le Hezbollah paierait « un prix lourd »")
        int sentenceEnd = _folded.IndexOfAny([';', '.'], hit.End, s.End - hit.End) is var stop and >= 0 ? stop : s.End;
        foreach (var c in cues)
        {
            if (c.Start < hit.End) continue;
            if (c.Start >= sentenceEnd || WordsBetween(hit.End, c.Start) > 8) break;
            if (c.Value.Kind is not ("reprisal" or "holdout")) continue;
            bool threat = c.Value.Kind == "reprisal";
            foreach (var d in coded)
            {
                d.Type = threat ? "THREATEN" : "REJECT";
                d.Cameo = threat ? "130" : "120";
                d.Mode = null;
                d.Status = EventStatus.Occurred;
                d.Date ??= _doc.Published?.ToString("yyyy-MM-dd");
                // "a promis que le Hezbollah paierait": the one who is to pay is the threat's target
                if (threat)
                    foreach (var m in _mentions)
                    {
                        if (m.Start < hit.End) continue;
                        if (m.Start >= c.Start) break;
                        // (not a place the harm is promised in: "à Beyrouth", "in Gaza")
                        bool place = _lex.Prepositions.TryGetValue(_lang, out var preps) && preps.TryGetValue(PreviousWord(m.Start, hit.End), out var role) && role == "place";
                        if (!place && !d.Actors.Contains(m.Entity.Id) && !d.Targets.Contains(m.Entity.Id)) d.Targets.Add(m.Entity.Id);
                    }
            }
            return;
        }
    }

    /// <summary>The body a withdrawal leaves ("de la Cédéao", "from the WHO": the organisation's id) or "" for an envoy
    /// ("de son ambassadeur"); null when the withdrawal is of troops, from a place, or of something else. Quoted words
    /// ("« sans délai »") and determiners between are skipped.</summary>
    string? WithdrawalFromBody(PhraseMatch<Trigger> hit, int clauseEnd, List<PhraseMatch<Cue>> cues)
    {
        int i = hit.End, words = 0;
        // "from" (a leaving cue) before a body; a genitive ("de", "of") before an envoy, and in French before a body
        bool fromBody = false, ofEnvoy = false;
        var genitives = _lex.Prepositions.TryGetValue(_lang, out var pr) ? pr : null;
        while (i < clauseEnd && words < 6)
        {
            char ch = _text[i];
            if (ch is '«' or '"' or '“')
            {
                char close = ch == '«' ? '»' : ch == '“' ? '”' : '"';
                int j = _text.IndexOf(close, i + 1, clauseEnd - i - 1);
                if (j < 0) return null;
                i = j + 1;
                continue;
            }
            if (!TextFold.IsWordChar(_folded[i])) { i++; continue; }
            foreach (var m in _mentions)
            {
                if (m.Start > i) break;
                if (m.Start == i) return fromBody && m.Entity.Type == EntityTypes.Organization ? m.Entity.Id : null;
            }
            int st = i;
            while (i < clauseEnd && TextFold.IsWordChar(_folded[i])) i++;
            if (i < clauseEnd && _folded[i] == '\'') i++;
            var w = _folded[st..i];
            if (Array.IndexOf(_lex.Clause.EnvoyNouns, w) >= 0) return ofEnvoy ? "" : null;
            bool cue = false;
            foreach (var c in cues)
                if (c.Value.Kind == "leaving" && c.Start == st) { cue = true; break; }
            bool genitive = genitives != null && genitives.TryGetValue(w, out var role) && role == "genitive";
            if (cue) fromBody = ofEnvoy = true;
            else if (genitive) { ofEnvoy = true; fromBody |= _lang == "fr"; }
            else if (!Determiners.Contains(w) && !Possessives.Contains(w)) return null;
            words++;
        }
        return null;
    }
}
