using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Sixth-round rules (docs/events.md): participants named in object relatives and in a "où/where" relative after a
/// meeting, the author of a demand or offer named by "by/par" inside the object, an object pronoun standing for the
/// person told before, and a place in another state as the recipient of cooperation.
/// </summary>
internal sealed partial class EventContext
{
    // (openers of object relatives and of "où/where" relatives, person object pronouns and articles: Events/data/participant-words.tsv)

    /// <summary>Object relatives of the sentence being coded: the opener's comma, the clause's end and the antecedent.</summary>
    List<(int Start, int End, Entity Antecedent)> _objectRelatives = [];

    /// <summary>
    /// Relative clauses opened by "que"/"qu'"/"whom" right after a name: the name is the object of the clause's verb
    /// ("Sergueï Lavrov, que Marco Rubio a rencontré mardi, a rejeté …"), not its subject.
    /// </summary>
    List<(int Start, int End, Entity Antecedent)> ObjectRelatives(Sentence s)
    {
        var list = new List<(int, int, Entity)>();
        foreach (var opener in _lex.Participants.ObjectRelativeOpeners)
        {
            int k = s.Start;
            while ((k = _folded.IndexOf(opener, k, s.End - k, StringComparison.Ordinal)) >= 0)
            {
                int close = _folded.IndexOf(',', k + opener.Length, s.End - k - opener.Length);
                var ante = _mentions.FindLast(m => m.End == k);
                if (ante.Entity != null) list.Add((k, close < 0 ? s.End : close, ante.Entity));
                k += opener.Length;
            }
        }
        return list;
    }

    /// <summary>
    /// A trigger inside an object relative takes the antecedent as its partner: a co-participant of a meeting ("Lavrov,
    /// que Rubio et Witkoff ont rencontré" → all three), the recipient of a directed act ("Orbán, whom the EU
    /// criticised" → Orbán).
    /// </summary>
    void AntecedentOfObjectRelative(PhraseMatch<Trigger> hit, Draft draft)
    {
        foreach (var (rs, re, ante) in _objectRelatives)
        {
            if (!(rs < hit.Start && hit.End <= re) || draft.Actors.Contains(ante.Id) || draft.Targets.Contains(ante.Id)) continue;
            if (draft.Actors.Count == 0) return;
            // (a meeting is symmetric whatever its verb's frame, unless it is a visit)
            if (hit.Value.Frame == Frame.Symmetric || (hit.Value.Type == "CONSULT" && draft.Mode != "visit")) draft.Actors.Add(ante.Id);
            else if (hit.Value.Frame is Frame.Directed or Frame.Visit) draft.Targets.Add(ante.Id);
            return;
        }
    }

    /// <summary>Whether an event lies in a relative clause of the sentence being coded (background on a participant).</summary>
    bool InRelative(Draft d) => _relatives.Any(r => r.Start < d.Trigger.Start && d.Trigger.End <= r.End);

    /// <summary>
    /// A meeting noun with no participants followed by a relative clause on its place or itself ("la réunion prévue
    /// vendredi à Munich, où le vice-président JD Vance et Marco Rubio dirigeront la délégation", "the summit in
    /// Geneva, where Macron and Scholz will meet"): the names that open the relative (conjoined by "et"/"and") take part.
    /// </summary>
    void ParticipantsFromWhereClause(PhraseMatch<Trigger> hit, Draft draft, Sentence s)
    {
        if (hit.Value.Type != "CONSULT" || hit.Value.Frame != Frame.Noun || draft.Actors.Count > 0 || draft.Targets.Count > 0) return;
        int at = -1, len = 0;
        foreach (var o in _lex.Participants.WhereOpeners)
        {
            int k = _folded.IndexOf(o, hit.End, s.End - hit.End, StringComparison.Ordinal);
            if (k >= 0 && (at < 0 || k < at)) { at = k; len = o.Length; }
        }
        // the relative belongs to the meeting's own noun phrase: no other trigger, clause cut or sentence end between
        if (at < 0 || at - hit.End > 80 || _hits.Any(h => h.Start > hit.End && h.Start < at && h.Value.Type != "-")) return;
        int end = _folded.IndexOfAny([',', ';', '«', '»', '"'], at + len, s.End - at - len);
        if (end < 0) end = s.End;
        var names = new List<Entity>();
        int prevEnd = at + len;
        foreach (var m in _mentions)
        {
            if (m.Start < prevEnd) continue;
            if (m.End > end) break;
            var gap = _folded[prevEnd..m.Start].Trim();
            foreach (var det in _lex.Participants.Articles)
                if (gap == det || gap.EndsWith(" " + det, StringComparison.Ordinal)) { gap = gap[..^det.Length].Trim(); break; }
            bool first = names.Count == 0;
            if (!(first ? WordsBetween(at + len, m.Start) <= 4 : gap.Length == 0 || gap is "et" or "and" or "," || m.Entity == names[^1])) break;
            if (m.Entity.Type is EntityTypes.Person or EntityTypes.Organization && !names.Contains(m.Entity)) names.Add(m.Entity);
            else if (m.Entity.Type is not (EntityTypes.Person or EntityTypes.Organization)) break;
            prevEnd = m.End;
        }
        if (names.Count > 0) Add(draft.Actors, names);
    }

    /// <summary>
    /// "demanded an immediate admission by Moscow", "rejected recent calls by Belarus's rulers", "a salué l'offre faite
    /// par Kiev": in the active voice, "by"/"par" inside the object names the author of what is demanded, rejected or
    /// welcomed, who is the act's recipient (not a passive agent: only when "by"/"par" does not follow the verb).
    /// </summary>
    bool IsObjectAuthor(PhraseMatch<Trigger> hit, string role, int at, int clauseStart, int clauseEnd) =>
        role == "agent" && hit.Value.Frame == Frame.Directed && hit.Value.Type is "REQUEST" or "REJECT" or "SUPPORT" or "AGREE"
        && !_lex.Participants.Agent.Contains(NextWord(hit.End, clauseEnd)) && !PassiveAuxiliaryBefore(hit.Start, clauseStart)
        && WordsBetween(hit.End, at) <= 6 && !_hits.Any(h => h.Start >= hit.End && h.End <= at && h.Value.Frame != Frame.Noun && h.Value.Type != "-");

    /// <summary>
    /// "Russia said it had granted him asylum", "Moscou lui a accordé l'asile": an object pronoun between the subject
    /// and the trigger (or right after a verb trigger) stands for the person told last before it who is not the actor,
    /// in its sentence or the one before.
    /// </summary>
    void RecipientFromObjectPronoun(PhraseMatch<Trigger> hit, Draft draft, int clauseStart, int sIndex)
    {
        if (draft.Actors.Count == 0 || hit.Value.Type is "CONSULT" or "PROTEST") return;
        int pron = -1;
        // "accusing him of the deportation of Ukrainian children", "un mandat d'arrêt contre lui": a pronoun right after an
        // English verb, or after a trigger ending with its preposition, is the object itself; a name further on ("of
        // Ukrainian children") is a complement, not the recipient
        var after = NextWord(hit.End, _text.Length);
        bool objectItself = _lex.Participants.PersonObjectPronouns.Contains(after) && !(after == "lui" && _lang == "en")
            && ((hit.Value.Frame == Frame.Directed && _lang == "en") || EndsWithTargetPreposition(hit));
        if (!objectItself && draft.Targets.Count > 0) return;
        var before = PreviousWord(hit.Start, clauseStart);
        if (objectItself) pron = hit.End;
        else if (_lex.Participants.PersonObjectPronouns.Contains(before) && !(before == "lui" && _lang == "en")) pron = hit.Start - 1;
        else if (ElidedPronounBefore(hit, clauseStart) is >= 0 and var elided) pron = elided;
        else if (_lang == "fr")
        {
            // "lui a accordé", "lui ont remis" (the clitic before the auxiliary, the verb and an elided article: at most three words between)
            int from0 = Math.Max(clauseStart, hit.Start - 30);
            int k = _folded.LastIndexOf(" lui ", hit.Start, hit.Start - from0, StringComparison.Ordinal);
            if (k >= 0 && WordsBetween(k + 4, hit.Start) <= 3) pron = k + 1;
        }
        if (pron < 0) return;
        int from = sIndex > 0 ? Sentences[sIndex - 1].Start : clauseStart;
        var person = _mentions.LastOrDefault(m => m.End <= pron && m.Start >= from && m.Entity.Type == EntityTypes.Person && !draft.Actors.Contains(m.Entity.Id));
        // the object itself prefers the person its sentence opens with, its subject ("Putin was welcomed by his Mongolian
        // counterpart …, a visit since the court issued a warrant against him" is Putin, not the counterpart named last)
        if (objectItself && _mentions.FirstOrDefault(m => m.End <= pron && m.Start >= Sentences[sIndex].Start && m.Entity.Type == EntityTypes.Person
                && !draft.Actors.Contains(m.Entity.Id)) is { Entity: not null } opening)
            person = opening;
        if (person.Entity == null) return;
        if (objectItself) draft.Targets.Clear();
        if (!draft.Targets.Contains(person.Entity.Id)) draft.Targets.Add(person.Entity.Id);
    }

    /// <summary>
    /// "Le dirigeant turc l'a remercié", "Macron l'a reçu": the start of an elided object pronoun right before the
    /// auxiliary of a verb trigger (Events/data/participant-words.tsv), or -1.
    /// </summary>
    int ElidedPronounBefore(PhraseMatch<Trigger> hit, int clauseStart)
    {
        var words = _lex.Participants;
        if (hit.Value.Frame == Frame.Noun) return -1;
        int at = hit.Start;
        var w = PreviousWord(at, clauseStart);
        if (words.ElidedAuxiliaries.Contains(w))
        {
            at = _folded.LastIndexOf(w, at - 1, at - clauseStart, StringComparison.Ordinal);
            if (at <= clauseStart) return -1;
            w = PreviousWord(at, clauseStart);
        }
        // (a trigger that starts with its auxiliary, "a remercié", has the pronoun right before it; "l'arrestation" is an article)
        else if (!words.ElidedAuxiliaries.Contains(FirstWord(hit.Start, hit.End))) return -1;
        return words.ElidedPronouns.Contains(w) && at - w.Length >= clauseStart ? at - w.Length : -1;
    }

    /// <summary>
    /// "Emmanuel Macron l'a reçu lundi": the guest a host verb takes by an elided object pronoun is the person told last
    /// before it who is not the host, in its sentence or the one before.
    /// </summary>
    Entity? GuestByElidedPronoun(PhraseMatch<Trigger> hit, Draft draft, int clauseStart, int sIndex)
    {
        if (ElidedPronounBefore(hit, clauseStart) is not (>= 0 and var pron)) return null;
        int from = sIndex > 0 ? Sentences[sIndex - 1].Start : clauseStart;
        return _mentions.LastOrDefault(m => m.End <= pron && m.Start >= from && m.Entity.Type == EntityTypes.Person && !draft.Targets.Contains(m.Entity.Id)).Entity;
    }

    /// <summary>Whether two participants are one side: the same entity, or two of one country.</summary>
    public bool SameSide(string a, string b) =>
        a == b || (_entities.TryGetValue(a, out var x) && _entities.TryGetValue(b, out var y) && x.Country != null && x.Country == y.Country);

    /// <summary>
    /// A passive with no named undergoer whose subject is described by a demonym ("A temporary camp for Congolese
    /// refugees was attacked", "Des soldats maliens ont été tués"): that country undergoes the act (not an ethnic group,
    /// not a demonym of the agent after the verb).
    /// </summary>
    void PassiveSubjectCountry(PhraseMatch<Trigger> hit, Draft draft, int clauseStart)
    {
        if (!Hostile(hit.Value.Type) || !PassiveAuxiliaryBefore(hit.Start, clauseStart)) return;
        var m = _mentions.FirstOrDefault(m => m.Start >= clauseStart && m.End <= hit.Start && m.Entity.Type == EntityTypes.Location
            && IsDemonymForm(m) && !EthnicDemonym(m) && !draft.Actors.Contains(m.Entity.Id) && !InOtherRelative(m.Start, hit.Start));
        if (m.Entity != null) draft.Targets.Add(m.Entity.Id);
    }

    /// <summary>
    /// "Russia's full-scale invasion of Ukraine", "Biden's meeting with Xi": the English possessor of an event noun (a name
    /// followed by "'s", at most three words before the noun, no other name or punctuation between). Null when there is none.
    /// </summary>
    Entity? PossessorOfNoun(PhraseMatch<Trigger> hit, int clauseStart)
    {
        if (_lang != "en") return null;
        var m = _mentions.LastOrDefault(x => x.End <= hit.Start && x.Start >= clauseStart);
        if (m.Entity == null || m.End + 2 > hit.Start || _folded[m.End] != '\'' || _folded[m.End + 1] != 's' || TextFold.IsWordChar(_folded[m.End + 2])) return null;
        int from = m.End + 2;
        if (WordsBetween(from, hit.Start) > 3 || _folded.IndexOfAny([',', ';', ':', '(', ')', '"', '«', '»'], from, hit.Start - from) >= 0) return null;
        // (an event noun between is the one the possessor goes with: "Iran's nuclear talks … attack")
        if (_hits.Exists(h => h.Start >= from && h.End <= hit.Start && h.Value.Type != "-")) return null;
        return m.Entity;
    }

    /// <summary>
    /// The possessor of an event noun is its author ("Russia's invasion of Ukraine", "Hamas's attack on Israel", "the EU's
    /// sanctions on Iran"), except the one a coercive act with no complement is done to ("Navalny's arrest").
    /// </summary>
    void ParticipantFromPossessor(PhraseMatch<Trigger> hit, Draft draft, int clauseStart)
    {
        if (hit.Value.Frame != Frame.Noun || PossessorOfNoun(hit, clauseStart) is not { } owner) return;
        if (draft.Actors.Contains(owner.Id)) return;
        if (hit.Value.Type == "COERCE" && draft.Targets.Count == 0) { draft.Targets.Add(owner.Id); return; }
        // the possessor, not a "by" agent further on, is the author
        draft.Actors.Clear();
        draft.Actors.Add(owner.Id);
        draft.Targets.Remove(owner.Id);
    }

    /// <summary>
    /// "l'offensive de la Russie contre l'Ukraine", "the attack of the militia against the village": the genitive right
    /// after a hostile act noun is its author when the act's target follows it after "contre"/"against".
    /// </summary>
    bool GenitiveAuthorBeforeTarget(PhraseMatch<Trigger> hit, List<(Entity Entity, string Role, int Start)> objects, int mStart)
    {
        if (hit.Value.Type is not ("ASSAULT" or "COERCE" or "SANCTION" or "THREATEN") || WordsBetween(hit.End, mStart) > 2) return false;
        foreach (var o in objects)
        {
            if (o.Start <= mStart || o.Role != "target") continue;
            var w = PreviousWord(o.Start, mStart);
            if (Determiners.Contains(w)) w = PreviousWord(_folded.LastIndexOf(w, o.Start - 1, StringComparison.Ordinal), mStart);
            return _lex.Participants.Against.Contains(w);
        }
        return false;
    }

    /// <summary>
    /// "Ethiopia's attack on Somalia was condemned by Kenya", "l'attaque contre X a été condamnée par Y": an event noun that
    /// is the subject of a passive verb ends at its auxiliary; the agent after it is that verb's. The auxiliary's start,
    /// or <paramref name="to"/>.
    /// </summary>
    int NounPhraseEndAtPassive(PhraseMatch<Trigger> hit, int to)
    {
        if (hit.Value.Frame != Frame.Noun) return to;
        int i = hit.End;
        while (i < to)
        {
            while (i < to && !TextFold.IsWordChar(_folded[i])) i++;
            int st = i;
            while (i < to && TextFold.IsWordChar(_folded[i])) i++;
            if (i > st && Array.IndexOf(PassiveAuxiliaries, _folded[st..i]) >= 0) return st;
        }
        return to;
    }

    /// <summary>Most words between a passive participle and its "par"/"by" agent (a date, a place: "attaquée mardi à l'aube par").</summary>
    const int MaxWordsBeforeAgent = 8;

    /// <summary>
    /// "La Somalie a été attaquée mardi par l'Éthiopie", "was arrested in Kampala on Monday by the police": after a passive
    /// auxiliary, the agent after "par"/"by" may follow adjuncts of time or place; no other event word stands between.
    /// </summary>
    bool IsPassiveAgent(PhraseMatch<Trigger> hit, int at, int clauseStart, int clauseEnd) =>
        hit.Value.Frame == Frame.Directed && ((_lex.Participants.Agent.Contains(NextWord(hit.End, clauseEnd)) && WordsBetween(hit.End, at) <= 3) || AgentAfterAdjuncts(hit, at, clauseStart));

    bool AgentAfterAdjuncts(PhraseMatch<Trigger> hit, int at, int clauseStart) =>
        WordsBetween(hit.End, at) <= MaxWordsBeforeAgent && PassiveAuxiliaryBefore(hit.Start, clauseStart)
        && _folded.IndexOfAny([',', ';', ':', '(', '"', '«', '»'], hit.End, at - hit.End) < 0
        && !_hits.Exists(h => h.Start >= hit.End && h.End <= at && h.Value.Type != "-");

    /// <summary>
    /// "Washington agreed to resume military aid with Kyiv", "Hungary ratified Sweden's bid to join NATO": when the
    /// clause has a subject, the partner of a commitment or of support named after "with"/"avec", and the possessor of
    /// the object of a symmetric verb ("Sweden's bid"), is the one it is directed at (the recipient), not a second
    /// actor. Consultations keep their partners as participants (they are not directed).
    /// </summary>
    bool PartnerIsRecipient(Trigger t, string role, Entity e, int mentionStart, List<Entity> subject)
    {
        if (subject.Count == 0 || subject.Contains(e) || t.Type is not ("AGREE" or "SUPPORT" or "COOPERATE" or "AID")) return false;
        if (role == "with") return true;
        if (role != "object" || t.Frame != Frame.Symmetric) return false;
        var m = _mentions.FirstOrDefault(x => x.Start == mentionStart && x.Entity == e);
        return m.Entity != null && m.End + 2 <= _folded.Length && _folded.AsSpan(m.End, 2).SequenceEqual("'s")
            && (m.End + 2 == _folded.Length || !TextFold.IsWordChar(_folded[m.End + 2]));
    }

    /// <summary>
    /// "Xi Jinping a reçu jeudi à Pékin son homologue russe Vladimir Poutine", "Meloni a accueilli à Lampedusa la
    /// présidente de la Commission, Ursula von der Leyen": after an active verb of hosting, the first person named in
    /// its clause is the guest, whatever role the words before the name gave it (a person is no place nor possessor of
    /// the host's act). Only when no guest was read as the verb's object; never the agent of a passive.
    /// </summary>
    static Entity? GuestAfterHostVerb(List<(Entity Entity, string Role, int Start)> objects, List<Entity> hosts)
    {
        foreach (var (e, role, _) in objects)
            if (e.Type == EntityTypes.Person && role != "agent" && !hosts.Contains(e)) return e;
        return null;
    }

    /// <summary>
    /// "le départ des forces spéciales françaises", "les forces armées russes": a demonym after one lower-case adjective
    /// that follows a collective noun of a state (Events/data/collectives.tsv) stands for that state, as it does right
    /// after the noun. Not after an act noun the trigger scan found ("des frappes aériennes russes": the demonym of an act
    /// noun is its author, read by its own rule).
    /// </summary>
    bool CollectiveBeforeAdjective(int adjectiveStart, string adjective)
    {
        if (adjective.Length < 3 || !char.IsLower(_text[adjectiveStart]) || Determiners.Contains(adjective) || _preps.ContainsKey(adjective)) return false;
        int end = adjectiveStart;
        while (end > 0 && char.IsWhiteSpace(_folded[end - 1])) end--;
        foreach (var c in _lex.Collectives.FindAll(_text, _folded, Math.Max(0, end - 20), end))
            if (c.End == end && !_hits.Any(h => h.Start <= c.Start && h.End >= c.End)) return true;
        return false;
    }

    /// <summary>
    /// A meeting in a place of one participant's country, with participants from elsewhere and no recipient: the
    /// participants of the place's country host it, the others visit ("Yoon held talks with Kishida in Tokyo"). Every
    /// actor must have a country; a meeting of one country's participants only, or with none of the place's, is left as it is.
    /// </summary>
    public void HostsByPlace(Draft d)
    {
        if (d.Type != "CONSULT" || d.Targets.Count > 0 || d.Actors.Count < 2 || d.Mode is not (null or "visit")
            || d.Status is not (EventStatus.Occurred or EventStatus.Reported)
            || d.Location is not { } loc || !_entities.TryGetValue(loc, out var place) || place.Country is not { } iso) return;
        int hosts = 0;
        foreach (var a in d.Actors)
        {
            if (!_entities.TryGetValue(a, out var e) || e.Country is not { } c) return;
            if (c == iso) hosts++;
        }
        if (hosts == 0 || hosts == d.Actors.Count) return;
        d.Targets = [.. d.Actors.Where(a => _entities[a].Country == iso)];
        d.Actors.RemoveAll(d.Targets.Contains);
        d.Mode = "visit";
        d.Cameo = "042";
    }

    /// <summary>
    /// The one a threat told by a complement clause is aimed at ("warned that Israel would strike Hezbollah", "a averti que
    /// les instructeurs français seraient des cibles"): the first participant named in the clause opened right after the
    /// trigger by a complementiser (<c>segment-opener</c>, Events/data/participant-words.tsv) who is neither the threatener
    /// nor of its country; null when the trigger is not followed by one or the clause names no such participant.
    /// </summary>
    public string? ThreatenedInComplement(Draft d)
    {
        int i = d.Trigger.End;
        if (i <= 0 || i >= _folded.Length || d.SentenceIndex >= Sentences.Count) return null;
        while (i < _folded.Length && _folded[i] == ' ') i++;
        int from = i - 1;
        if (from < 0 || _folded[from] != ' ') return null;
        int open = -1;
        foreach (var opener in _lex.Participants.SegmentOpeners)
            if (_folded.AsSpan(from).StartsWith(opener, StringComparison.Ordinal)) { open = from + opener.Length; break; }
        if (open < 0) return null;
        int end = Sentences[d.SentenceIndex].End;
        foreach (var m in _mentions)
        {
            if (m.Start < open) continue;
            if (m.Start >= end) break;
            if (_text.AsSpan(open, m.Start - open).IndexOfAny(';', ':') >= 0) break;
            var id = m.Entity.Id;
            if (!d.Actors.Exists(a => SameSide(a, id))) return id;
        }
        return null;
    }
}
