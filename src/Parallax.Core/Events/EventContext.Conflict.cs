using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Rules for violent and coercive events (attacks, strikes, shelling, killings, arrests) and for what is said about
/// them: who strikes when only a demonym names them ("des frappes russes", "a Ukrainian drone attack", "tués par un
/// tir de drone russe"), who is hit when only the place is named ("a pilonné Kharkiv", "killed in Kherson"), the
/// consequences told after the attack (", killing …", ", tuant …"), condemnations of an attack (aimed at its author,
/// not its victim) and protesters who are only the object of a police action.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Violent or coercive acts whose place, when it belongs to another country than the actors', is what they hit.</summary>
    static bool Hostile(string type) => type is "ASSAULT" or "COERCE";
    /// <summary>Acts whose place abroad is their recipient when no other is named (a city, or a country after "in"/"to").</summary>
    static readonly HashSet<string> PlacedAbroad = ["SUPPORT", "COOPERATE", "AID", "AGREE", "REQUEST", "REJECT", "RETREAT"];

    /// <summary>
    /// A demonym bound to an event noun ("des frappes aériennes russes", "les tirs israéliens", "Russian air strikes",
    /// "a Ukrainian drone attack"): the country that carries it out. French puts the adjective after the noun (at most
    /// two adjectives between), English before it (at most two nouns or adjectives between, not after a preposition).
    /// </summary>
    Entity? DemonymOfNoun(int start, int end, int clauseStart, int clauseEnd)
    {
        foreach (var m in _mentions)
        {
            if (m.Entity.Type != EntityTypes.Location || !IsDemonymForm(m)) continue;
            if (m.Start >= end && m.End <= clauseEnd)
            {
                if (m.Start - end > 40) break;
                if (AdjectiveGap(end, m.Start, 2)) return m.Entity;
            }
            else if (m.End <= start && m.Start >= clauseStart && start - m.End <= 30 && AdjectiveGap(m.End, start, 2)
                && !_preps.ContainsKey(PreviousWord(m.Start, clauseStart)))
                return m.Entity;
        }
        return null;
    }

    /// <summary>At most <paramref name="words"/> words between, none a preposition, determiner, conjunction or punctuation.</summary>
    bool AdjectiveGap(int from, int to, int words)
    {
        if (to < from) return false;
        int n = 0;
        int i = from;
        while (i < to)
        {
            char c = _folded[i];
            if (c == ' ' || c == '-') { i++; continue; }
            if (!TextFold.IsWordChar(c)) return false;
            int w = i;
            while (i < to && (TextFold.IsWordChar(_folded[i]) || _folded[i] == '\'')) i++;
            var word = _folded[w..i];
            if (++n > words || _preps.ContainsKey(word) || Determiners.Contains(word) || word is "et" or "and" or "ou" or "or" or "qui" or "who" or "que" or "that") return false;
        }
        return true;
    }

    /// <summary>
    /// "Deux civils ont été tués par un tir de drone russe", "were killed by Russian shelling": in a passive, the
    /// country named by a demonym in the agent's noun phrase (after "par"/"by", before the next comma or
    /// preposition of place) is the one that acted.
    /// </summary>
    Entity? PassiveAgentDemonym(int triggerEnd, int clauseEnd)
    {
        int from = PassiveAgentPhrase(triggerEnd, clauseEnd, out bool instrument);
        if (from < 0) return null;
        int limit = from;
        int words = 0;
        while (limit < clauseEnd && words <= 6)
        {
            while (limit < clauseEnd && _folded[limit] == ' ') limit++;
            if (limit >= clauseEnd || !TextFold.IsWordChar(_folded[limit])) break;
            int w = limit;
            while (limit < clauseEnd && (TextFold.IsWordChar(_folded[limit]) || _folded[limit] == '\'' || _folded[limit] == '-')) limit++;
            var word = _folded[w..limit];
            if (words > 0 && _preps.TryGetValue(word, out var role) && role is not "genitive") { limit = w; break; }
            words++;
        }
        // (after "dans"/"in", only when an attack is named there: "tué dans une frappe israélienne", not "tué dans la ville")
        if (instrument && !_hits.Exists(h => h.Start >= from && h.End <= limit && h.Value.Type == "ASSAULT")) return null;
        foreach (var m in _mentions)
            if (m.Start >= from && m.End <= limit && m.Entity.Type == EntityTypes.Location && IsDemonymForm(m)) return m.Entity;
        return null;
    }

    /// <summary>
    /// Where the agent's noun phrase of a passive starts: after "par"/"by" right after the verb (a date aside), or after "dans"/"in" (the
    /// attack it took place in, <paramref name="instrument"/>); -1 when neither follows.
    /// </summary>
    int PassiveAgentPhrase(int triggerEnd, int clauseEnd, out bool instrument)
    {
        // (a date between is passed over: "a été tué vendredi dans une frappe", "was arrested on Monday by police")
        int at = triggerEnd;
        while (at < clauseEnd && _triggerFolded[at] == ' ') at++;
        var next = NextWord(at, clauseEnd);
        // ("on Monday": the date's own preposition before it)
        if (_lex.Participants.DatePrepositions.Contains(next))
        {
            int after = at + next.Length;
            int past = after;
            while (past < clauseEnd && _triggerFolded[past] == ' ') past++;
            if (past - after > 1) { at = past; next = NextWord(at, clauseEnd); }
        }
        instrument = _lex.Participants.Instrument.Contains(next);
        if (!instrument && !_lex.Participants.Agent.Contains(next)) return -1;
        return _folded.IndexOf(next, at, StringComparison.Ordinal) + next.Length;
    }

    /// <summary>
    /// "a été tué dans une frappe israélienne", "was killed in an Israeli strike": the attack named in the place of a
    /// passive act of violence coded just before is that act, not another one.
    /// </summary>
    bool AttackOfPassive(int actStart, int actEnd, PhraseMatch<Trigger> hit, int clauseStart, int clauseEnd)
    {
        if (hit.Value.Type != "ASSAULT" || !PassiveAuxiliaryBefore(actStart, clauseStart)) return false;
        int from = PassiveAgentPhrase(actEnd, clauseEnd, out bool instrument);
        return instrument && hit.Start >= from && WordsBetween(from, hit.Start) <= 2;
    }

    /// <summary>
    /// "L'armée russe a pilonné Kharkiv", "killed two people in Kherson", "des frappes en Syrie": an attack whose only
    /// named place is a city or country of another state than its actors' hits that place (the place stands for its
    /// country when the recipient is scored by country).
    /// </summary>
    void TargetFromPlace(Draft draft, List<(Entity Entity, string Role, int Start)> objects)
    {
        // (and cooperation, demands and refusals placed abroad: "opened an embassy in Tehran", "will provide food aid
        // to refugees in Liberia", "refused to deploy peacekeepers in Iraq", "sought refuge in Germany")
        bool abroad = PlacedAbroad.Contains(draft.Type);
        if (!(Hostile(draft.Type) || abroad) || draft.Targets.Count > 0 || draft.Actors.Count == 0) return;
        var actorCountries = draft.Actors.Select(a => _entities[a].Country ?? (_entities[a].Type == EntityTypes.Location ? _entities[a].Name : null)).ToList();
        bool Foreign(Entity place) => place.Country is { } c && !actorCountries.Contains(c) && !draft.Actors.Contains(place.Id);
        if (draft.Location is { } loc && _entities[loc] is var where && Foreign(where)) { draft.Targets.Add(loc); return; }
        if (abroad)
        {
            foreach (var (e, role, at) in objects)
                if (e.Type == EntityTypes.Location && role is "place" or "to" && !IsAdjectivalDemonym(e, at) && Foreign(e)
                    && Parallax.Entities.KnowledgeBase.Default.Get(e.Name)?.IsCountry == true) { draft.Targets.Add(e.Id); return; }
            return;
        }
        if (draft.Type != "ASSAULT") return;
        foreach (var (e, role, at) in objects)
            if (e.Type == EntityTypes.Location && role is "place" or "target" or "at" && !IsAdjectivalDemonym(e, at) && Foreign(e)) { draft.Targets.Add(e.Id); return; }
    }

    /// <summary>", killing …", ", tuant …", ", wounding …": a participle told right after an event of its sentence (after a comma) is its consequence.</summary>
    bool IsConsequenceParticiple(PhraseMatch<Trigger> hit, int sentenceStart)
    {
        int i = hit.Start - 1;
        while (i >= sentenceStart && _folded[i] == ' ') i--;
        if (i < sentenceStart || _folded[i] != ',') return false;
        int e = hit.Start;
        while (e < hit.End && TextFold.IsWordChar(_folded[e])) e++;
        var word = _folded.AsSpan(hit.Start, e - hit.Start);
        return word.Length > 4 && (word.EndsWith("ing") || word.EndsWith("ant"));
    }

    /// <summary>
    /// "a condamné l'attaque russe contre Odessa", "condemned the attack on the embassy", "denounced Israel's strikes on
    /// Gaza": what follows the event noun is that event's victim or place, not the one condemned; the condemnation is
    /// aimed at the attack's author when the text names it (a demonym on the noun, "par X"/"by X", "du Hamas"), and left
    /// to the response rule otherwise. Returns the start of the event noun, or -1.
    /// </summary>
    int CondemnedEventNoun(PhraseMatch<Trigger> hit, int clauseEnd, out List<Entity> authors)
    {
        authors = [];
        if (hit.Value.Type is not ("ACCUSE" or "REJECT")) return -1;
        var noun = _hits.FirstOrDefault(h => h.Start >= hit.End && h.Start < clauseEnd && WordsBetween(hit.End, h.Start) <= 3
            && h.Value.Type is "ASSAULT" or "COERCE" or "SANCTION" or "MOBILIZE" && (h.Value.Frame == Frame.Noun || Determiners.Contains(PreviousWord(h.Start, hit.End))));
        if (noun.Value == null) return -1;
        // only determiners, a possessor's name and adjectives between the verb and the noun
        var gap = _folded[hit.End..noun.Start];
        if (gap.Contains(',') || gap.Contains(" de ") || gap.Contains(" of ")) return -1;
        if (DemonymOfNoun(noun.Start, noun.End, hit.End, clauseEnd) is { } d) authors.Add(d);
        foreach (var m in _mentions)
        {
            if (m.Start < hit.End) continue;
            if (m.Start >= clauseEnd) break;
            // "Israel's strikes", "Russia's invasion": the possessor
            if (m.End <= noun.Start && _folded.AsSpan(m.End, Math.Min(2, _folded.Length - m.End)).StartsWith("'s")) authors.Add(m.Entity);
            // "the attack by Hamas", "les tirs du Hezbollah" (an organisation after the genitive)
            if (m.Start > noun.End && WordsBetween(noun.End, m.Start) <= 3 && PreviousWord(m.Start, noun.End) is var pw
                && (_lex.Participants.Agent.Contains(pw) || (pw is "du" or "de" or "des" && m.Entity.Type == EntityTypes.Organization))) authors.Add(m.Entity);
            // "a condamné l'offensive de la Russie": the genitive right after an agent noun is its author, whatever it is
            else if (m.Start > noun.End && AgentGenitive(noun, m.Start) && GenitiveBefore(m.Start, noun.End)
                && !authors.Contains(m.Entity)) authors.Add(m.Entity);
        }
        return noun.Start;
    }

    /// <summary>Whether the trigger is a hostile act noun whose genitive names its author (Events/data/agent-nouns.tsv).</summary>
    bool IsAgentNoun(PhraseMatch<Trigger> hit) => _lex.AgentNouns.Contains(_folded.AsSpan(hit.Start, hit.End - hit.Start).Trim().ToString());

    /// <summary>
    /// The genitive at <paramref name="mStart"/> is the author of the agent noun <paramref name="hit"/> ("l'offensive de la
    /// Russie", "l'attaque sans précédent de Téhéran"): at most four words between, no punctuation, and no preposition
    /// but the genitive's own ("l'attaque contre la ville de Kharkiv", "l'offensive dans la région de Koursk": no).
    /// </summary>
    bool AgentGenitive(PhraseMatch<Trigger> hit, int mStart)
    {
        if (!IsAgentNoun(hit) || mStart <= hit.End || WordsBetween(hit.End, mStart) > 4 || _folded.IndexOfAny([',', ';', ':', '(', '.'], hit.End, mStart - hit.End) >= 0) return false;
        foreach (var w in _folded[hit.End..mStart].Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries))
            if ((_preps.TryGetValue(w, out var role) || _preps.TryGetValue(w + "'", out role)) && role != "genitive") return false;
        return true;
    }

    /// <summary>"de"/"du"/"des"/"d'"/"of" right before the mention at <paramref name="pos"/>, an article skipped ("de la Russie").</summary>
    bool GenitiveBefore(int pos, int limit)
    {
        var pw = PreviousWord(pos, limit);
        if (Array.IndexOf(_lex.Participants.Articles, pw) >= 0) pw = PreviousWord(_folded.LastIndexOf(pw, pos - 1, StringComparison.Ordinal), limit);
        return _preps.TryGetValue(pw, out var role) && role == "genitive";
    }

    /// <summary>A protest noun right after a violent or coercive trigger of its sentence (at most four words between, no comma), not opening a relative clause of its own.</summary>
    bool ObjectOfHostileAct(PhraseMatch<Trigger> hit, List<PhraseMatch<Trigger>> hits, Sentence s)
    {
        foreach (var h in hits)
        {
            if (h.End > hit.Start) break;
            if (!Hostile(h.Value.Type) || h.Value.Frame == Frame.Noun && h.Value.Type != "COERCE") continue;
            if (WordsBetween(h.End, hit.Start) > 4 || _folded.IndexOfAny([',', ';', ':'], h.End, hit.Start - h.End) >= 0) continue;
            return NextWord(hit.End, s.End) is not ("who" or "qui" or "which" or "that");
        }
        return false;
    }

    /// <summary>
    /// A threat verb right after a comma, followed by the one who speaks ("…, a menacé Dmitri Medvedev", "…, warned the
    /// Iranian foreign minister"), after an event of the same sentence: the speaker threatens whoever that event is aimed
    /// at. Returns the speaker (empty when the clause is not of that form) and the threatened.
    /// </summary>
    (List<Entity> Threatener, List<string> Threatened) TrailingThreat(PhraseMatch<Trigger> hit, Sentence s, int sIndex, List<Draft> previous)
    {
        var none = (new List<Entity>(), new List<string>());
        int i = hit.Start - 1;
        while (i >= s.Start && _folded[i] == ' ') i--;
        if (i < s.Start || _folded[i] != ',') return none;
        var told = previous.LastOrDefault(e => e.LastSentence == sIndex && e.Trigger.End <= hit.Start);
        if (told == null) return none;
        var speaker = FirstMentionWithin(hit.End, s.End, 4, stopAt: SentencePunctuation);
        if (speaker.Entity == null || told.Actors.Contains(speaker.Entity.Id) && told.Targets.Count == 0) return none;
        var threatened = told.Targets.Count > 0 ? told.Targets.ToList() : [];
        return ([speaker.Entity], threatened);
    }

    List<PhraseMatch<Trigger>> _hits = [];
}
