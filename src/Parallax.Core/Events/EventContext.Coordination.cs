using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Fourth-round rules (docs/events.md): coordinated predicates share their subject, and a participle in apposition
/// is passive.
/// </summary>
internal sealed partial class EventContext
{
    string[] Coordinators => _lex.Clause.Coordinators;

    /// <summary>
    /// "Soldiers ousted the president on Monday and placed him under house arrest", "Des militaires ont renversé le
    /// président et l'ont placé en résidence surveillée": a verb trigger coordinated with the verb trigger before it
    /// in the same clause (only "and"/"et", auxiliaries, adverbs and object pronouns between) has the same subject;
    /// an object pronoun ("him", "l'ont") is the earlier verb's object. False when a name, a comma or a clause cut
    /// stands between "and" and the verb ("struck Gaza and Hamas fired": Hamas is the new subject).
    /// </summary>
    bool SharesSubject(PhraseMatch<Trigger> earlier, PhraseMatch<Trigger> hit, out bool pronounObject)
    {
        pronounObject = false;
        if (hit.Start <= earlier.End || hit.Start - earlier.End > 120) return false;
        int k = -1, len = 0;
        foreach (var c in Coordinators)
        {
            int at = _folded.LastIndexOf(c, hit.Start, hit.Start - earlier.End, StringComparison.Ordinal);
            if (at > k) { k = at; len = c.Length; }
        }
        // "met Zelensky but declined to meet Scholz", "l'a reçu mais a refusé": a contrast shares the subject as "and" does
        // (EventContext.SharedSubjects.cs)
        foreach (var c in _lex.Participants.ButCoordinators)
        {
            int at = _folded.LastIndexOf(c, hit.Start, hit.Start - earlier.End, StringComparison.Ordinal);
            if (at > k) { k = at; len = c.Length; }
        }
        if (k < 0) return false;
        // nothing but the coordinator's fillers between it and the verb, nor inside the trigger before its verb
        int i = k + len;
        while (i < hit.Start)
        {
            while (i < hit.Start && _folded[i] == ' ') i++;
            int st = i;
            while (i < hit.Start && (TextFold.IsWordChar(_folded[i]) || _folded[i] == '\'')) i++;
            if (i == st) return false; // punctuation
            var w = _folded[st..i];
            if (!_lex.Participants.AndFillers.Contains(w)) return false;
            if (_lex.Participants.AndObjectPronouns.Contains(w)) pronounObject = true;
        }
        // "placed him under house arrest": the pronoun inside the trigger phrase
        var phrase = _folded.AsSpan(hit.Start, hit.End - hit.Start);
        if (phrase.Contains(" him ", StringComparison.Ordinal) || phrase.Contains(" her ", StringComparison.Ordinal) || phrase.Contains(" them ", StringComparison.Ordinal)) pronounObject = true;
        // no clause boundary between the two verbs: a comma or semicolon before the coordinator opens a new clause
        // only when a new subject follows, which the filler check has ruled out; a reporting verb between them does
        if (_reporting.Any(r => r.Start >= earlier.End && r.End <= hit.Start)) return false;
        if (_folded.IndexOfAny([';', ':', '«', '"'], earlier.End, hit.Start - earlier.End) >= 0) return false;
        return true;
    }

    /// <summary>
    /// "Zelensky promised retaliation and UNESCO condemned the destruction", "… et l'Unesco a condamné …": where "and"/"et"
    /// between <paramref name="from"/> and <paramref name="to"/> is followed by a name (an article allowed before it) and,
    /// within two words after the name, another trigger, a new clause with its own subject starts at the coordinator.
    /// Returns its position, else <paramref name="to"/>.
    /// </summary>
    int CoordinatedClauseStart(int from, int to)
    {
        foreach (var c in Coordinators)
        {
            int k = from;
            // (only matches starting before "to": the search never runs past the clause)
            while (k < to && (k = _folded.IndexOf(c, k, Math.Min(_folded.Length - k, to - k + c.Length - 1), StringComparison.Ordinal)) >= 0)
            {
                int i = k + c.Length;
                foreach (var det in _lex.Participants.Articles)
                    if (string.CompareOrdinal(_folded, i, det, 0, det.Length) == 0 && i + det.Length < _folded.Length
                        && (det.EndsWith('\'') || _folded[i + det.Length] == ' '))
                    { i += det.Length; while (i < _folded.Length && _folded[i] == ' ') i++; break; }
                var m = _mentions.FirstOrDefault(x => x.Start == i);
                if (m.Entity != null && _hits.Exists(h => h.Start >= m.End && h.Start < to + 80 && OnlyFillersBetween(m.End, h.Start)))
                    return k;
                k += c.Length;
            }
        }
        return to;
    }

    /// <summary>Whether only auxiliaries, adverbs and object pronouns (at most two) stand between two positions ("l'Unesco a condamné").</summary>
    bool OnlyFillersBetween(int from, int to)
    {
        int i = from, n = 0;
        while (i < to)
        {
            while (i < to && _folded[i] == ' ') i++;
            int st = i;
            while (i < to && (TextFold.IsWordChar(_folded[i]) || _folded[i] == '\'')) i++;
            if (i == st) return i >= to;
            if (++n > 2 || !_lex.Participants.AndFillers.Contains(_folded[st..i])) return false;
        }
        return true;
    }

    /// <summary>"ethnic Albanians", "Albanais de souche": a demonym naming an ethnic group, not a state.</summary>
    bool EthnicDemonym(MentionRef m) =>
        PreviousWord(m.Start, Math.Max(0, m.Start - 20)) is "ethnic" or "ethniques" or "ethnique"
        || _folded.AsSpan(m.End, Math.Min(11, _folded.Length - m.End)).StartsWith(" de souche");

    /// <summary>
    /// "Robert Fico, blessé par balles le 15 mai, est sorti", "Nasrallah, killed in an Israeli strike, …": a
    /// past participle right after a name and a comma is passive; the name undergoes the act.
    /// </summary>
    bool AppositiveParticiple(PhraseMatch<Trigger> hit, int clauseStart)
    {
        int i = hit.Start - 1;
        while (i >= clauseStart && _folded[i] == ' ') i--;
        if (i < clauseStart || _folded[i] != ',') return false;
        int comma = i;
        if (!_mentions.Any(m => m.End <= comma && comma - m.End <= 1 && m.Start >= clauseStart)) return false;
        int sp = _folded.IndexOf(' ', hit.Start, hit.End - hit.Start);
        var first = sp < 0 ? _folded[hit.Start..hit.End] : _folded[hit.Start..sp];
        var words = _lex.Participants;
        var lang = _lang == "en" ? "en" : "fr";
        // (a verb that takes a direct object is the clause's finite verb: EventContext.ApposedSubjects.cs)
        if (TakesDirectObject(sp < 0 ? hit.End : sp, lang)) return false;
        return (words.AppositiveParticiples.TryGetValue(lang, out var whole) && whole.Contains(first))
            || (words.AppositiveSuffixes.TryGetValue(lang, out var endings) && endings.Any(e => first.EndsWith(e, StringComparison.Ordinal)));
    }
}
