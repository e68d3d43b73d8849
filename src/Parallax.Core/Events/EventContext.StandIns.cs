using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Participants named by a common noun the Entities stage does not mark (Events/data/stand-ins.tsv): "la police", "the
/// army", "the authorities" stand for the state of their place; "the country", "l'île" for the country or place told
/// before; "the group", "l'organisation", "the alliance" for the last organisation of a fitting kind; "l'ancien
/// président", "the former president", "la cheffe de file" for the last person named. Each is read as a mention of that entity, so
/// every participant rule (subjects, objects, prepositions, conjunctions) treats it as if the name were written there.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Starts of the mentions read from common nouns (not names: no demonym rule applies to them).</summary>
    readonly HashSet<int> _standIns = [];

    bool _statesFromPlace;

    /// <summary>Starts of the stand-ins of kind "state" read from the place of their sentence ("police … in Nanterre").</summary>
    readonly HashSet<int> _stateStandIns = [];

    /// <summary>
    /// "police shot dead a 17-year-old in Nanterre": violence (ASSAULT) whose only participant is an organ of the state
    /// named by a common noun and read from the place of its sentence (the mention of each actor nearest the trigger is
    /// such a stand-in), with no recipient, names no one (docs/annotation-guide-events.md: "police shot a teenager" is no
    /// event). With a named recipient ("les autorités ont arrêté le journaliste X à Dakar") it is an event of the state.
    /// </summary>
    public bool OnlyUnnamedState(Draft d)
    {
        if (_stateStandIns.Count == 0 || d.Targets.Count > 0 || d.Actors.Count == 0 || d.Type != "ASSAULT") return false;
        int si = SentenceIndexAt(Sentences, d.Trigger.Start);
        if (si < 0) return false;
        var s = Sentences[si];
        foreach (var a in d.Actors)
        {
            MentionRef? nearest = null;
            foreach (var m in _mentions)
                if (m.Entity.Id == a && m.Start >= s.Start && m.End <= s.End
                    && (nearest is not { } n || Math.Abs(m.Start - d.Trigger.Start) < Math.Abs(n.Start - d.Trigger.Start))) nearest = m;
            if (nearest is not { } near || !_stateStandIns.Contains(near.Start)) return false;
        }
        return true;
    }

    /// <summary>Sentences before a stand-in where what it stands for may be named.</summary>
    const int StandInSentences = 2;

    List<MentionRef> AddStandIns(List<MentionRef> mentions, IReadOnlyList<Sentence> sentences)
    {
        if (sentences.Count == 0) return mentions;
        List<MentionRef>? added = null;
        HashSet<int>? dropped = null;
        foreach (var hit in _lex.StandIns.FindLongest(_text, _folded, 0, _text.Length))
        {
            if (!LangOk(hit.Value.Lang)) continue;
            int si = SentenceIndexAt(sentences, hit.Start);
            if (si < 0) continue;
            var s = sentences[si];
            // "ce dernier a", "the latter told", "Celui-ci a salué": the person told last (EventContext.LatterPronouns.cs);
            // a mention the Entities stage made of the pronoun itself ("Celui-ci" opening a sentence) gives way to it
            if (hit.Value.Kind == "latter")
            {
                if (mentions.Exists(m => m.Start < hit.End && m.End > hit.Start && !(m.Start == hit.Start && m.End == hit.End))) continue;
                if (LatterReferent(mentions, hit.Start, hit.End, sentences[Math.Max(0, si - StandInSentences)].Start, s.End, hit.Value.Gender) is not { } told) continue;
                (dropped ??= []).Add(hit.Start);
                (added ??= []).Add(new MentionRef(hit.Start, hit.End, told));
                _standIns.Add(hit.Start);
                continue;
            }
            // "ce chef de file de la contestation", "cette responsable de l'ONG": a demonstrative refers back on its own,
            // whatever complement follows (and no name before its determiner modifies it: "à Potosí ce responsable")
            bool demonstrative = hit.Value.Kind == "person" && _lex.Participants.ActDemonstrative.Contains(FirstWord(hit.Start, hit.End));
            // a name touching it or inside it ("la police géorgienne", "the Georgian police", "the government of Sudan")
            if (mentions.Exists(m => m.Start < hit.End + 2 && m.End > hit.Start - (demonstrative ? 0 : 2))) continue;
            if (NextWord(hit.End, s.End) is "de" or "du" or "des" or "d'" or "of" or "'s" && hit.Value.Kind is not ("state" or "government") && !demonstrative
                // "accused the country of stranding traders", "a accusé le pays d'avoir fermé": a verb after "of"/"de" is
                // what the phrase's referent is accused or asked of, not a complement of the noun
                && !VerbAfterComplementiser(hit.End, s.End)
                // "la cheffe de file du Rassemblement national", "the leader of the party": a person described by the
                // organisation they lead is still the person told before
                && !(hit.Value.Kind == "person" && OrganizationAfter(mentions, hit.End, s.End))) continue;
            if (hit.End < _text.Length && _text[hit.End] == '\'') continue;
            int windowStart = sentences[Math.Max(0, si - StandInSentences)].Start;
            // "the two countries", "les deux pays", "the two sides": the last that many named before it, one mention each
            // (adjacent pieces of its span, read as a compound: "Canada and Mexico" written in other words)
            if (hit.Value.Kind == "group")
            {
                if (CountedBefore(mentions, windowStart, ClauseSegmentStart(s.Start, hit.Start), hit.Start, int.Parse(hit.Value.OrgKinds![0]), hit.Value.OrgKinds[1]) is not { } counted) continue;
                int len = hit.End - hit.Start;
                for (int i = 0; i < counted.Count; i++)
                {
                    int from = hit.Start + i * len / counted.Count, to = hit.Start + (i + 1) * len / counted.Count;
                    (added ??= []).Add(new MentionRef(from, to, counted[i]));
                    _standIns.Add(from);
                    _groupStandIns.Add(from);
                }
                _groups.Add((hit.Start, hit.End, counted));
                continue;
            }
            Entity? e = hit.Value.Kind switch
            {
                // "the government of Georgia", "le gouvernement du Niger": the country named after it (a name modifying
                // the organ, which the subject rule passes over); any other complement ("le gouvernement de transition") leaves it
                "state" or "government" when NextWord(hit.End, s.End) is "de" or "du" or "des" or "d'" or "of" =>
                    mentions.FirstOrDefault(m => m.Start > hit.End && m.Start <= hit.End + 8 && IsCountryEntity(m.Entity)
                        && _folded.AsSpan(hit.End, m.Start - hit.End).Trim() is var g && g.Length <= 6).Entity,
                "state" => StateOfPlace(mentions, s, hit.Start, windowStart),
                // "the government", "le gouvernement": the document's own government, that of its main country
                "government" => MainCountry(mentions),
                // (a clause does not call one of its own participants "the country": "China announced drills around the
                // island" is not China; nor is a capital a place told before, it stands for its government)
                "country" => mentions.LastOrDefault(m => m.Start >= windowStart && m.End <= hit.Start && IsCountryEntity(m.Entity)
                    && !NamedInSentenceBefore(mentions, m.Entity, s.Start, hit.Start)).Entity,
                "place" => mentions.LastOrDefault(m => m.Start >= windowStart && m.End <= hit.Start && m.Entity.Type == EntityTypes.Location && !IsCapital(m.Entity)
                    && !NamedInSentenceBefore(mentions, m.Entity, s.Start, hit.Start)).Entity,
                // "the group", "l'organisation", "the alliance": the last organisation of a fitting kind named in its sentence
                // before it or in the two sentences before ("Hamas said the group would …" is Hamas)
                "organization" => mentions.LastOrDefault(m => m.Start >= windowStart && m.End <= hit.Start && m.Entity.Type == EntityTypes.Organization
                    && OrganizationKindFits(m.Entity, hit.Value.OrgKinds!)).Entity,
                // "l'ancien président", "the former president", "la cheffe de file": the last person named in its sentence
                // before it or in the two sentences before ("Sarkozy a été condamné … l'ancien président a dénoncé")
                // (one whose known gender the description contradicts is not it: "l'ancienne présidente" is no man)
                "person" => mentions.LastOrDefault(m => m.Start >= windowStart && m.End <= hit.Start && m.Entity.Type == EntityTypes.Person
                    && !Parallax.Entities.RoleResolver.IsDescriptionOnly(m.Entity) && GenderAgrees(m.Entity, hit.Value.Gender)).Entity,
                _ => null,
            };
            if (e == null) continue;
            (added ??= []).Add(new MentionRef(hit.Start, hit.End, e));
            _standIns.Add(hit.Start);
            if (hit.Value.Kind == "state" && _statesFromPlace) _stateStandIns.Add(hit.Start);
        }
        if (added == null) return mentions;
        // (a mention of the pronoun itself is replaced by the person it stands for)
        if (dropped != null) mentions = mentions.FindAll(m => !dropped.Contains(m.Start));
        return [.. mentions.Concat(added).OrderBy(m => m.Start)];
    }

    /// <summary>Starts of the pieces of a counted stand-in ("the two countries"): one compound, not a list of apart names.</summary>
    readonly HashSet<int> _groupStandIns = [];

    /// <summary>The counted stand-ins ("the two countries") and the participants each stands for.</summary>
    readonly List<(int Start, int End, List<Entity> Members)> _groups = [];

    /// <summary>
    /// An act of a sentence with a counted stand-in ("the two countries accused …", "condemned the three countries") that
    /// has one of its participants among its actors or recipients has them all there: the phrase names them together.
    /// </summary>
    void WholeGroups(List<Draft> coded, Sentence s)
    {
        foreach (var (start, end, members) in _groups)
        {
            if (start < s.Start || end > s.End) continue;
            foreach (var d in coded)
                foreach (var side in new[] { d.Actors, d.Targets })
                {
                    var other = side == d.Actors ? d.Targets : d.Actors;
                    if (!members.Exists(m => side.Contains(m.Id))) continue;
                    foreach (var m in members)
                        if (!side.Contains(m.Id) && !other.Contains(m.Id)) side.Add(m.Id);
                }
        }
    }

    /// <summary>
    /// The document's main country: the country most often named by the mentions of countries, capitals and people (a
    /// person stands for their country), the first named on a tie; that country's entity when the document names it,
    /// else the first entity of the country. None when no country, capital or person of a country is named.
    /// </summary>
    Entity? MainCountry(List<MentionRef> mentions)
    {
        Dictionary<string, int>? counts = null;
        string? best = null;
        foreach (var m in mentions)
        {
            if (m.Entity.Country is not { } code || !(m.Entity.Type == EntityTypes.Person || IsCountryEntity(m.Entity) || IsCapital(m.Entity))) continue;
            counts ??= [];
            counts[code] = counts.GetValueOrDefault(code) + 1;
            if (best == null || counts[code] > counts[best]) best = code;
        }
        if (best == null) return null;
        return _doc.Entities.FirstOrDefault(x => x.Country == best && IsCountryEntity(x))
            ?? mentions.First(m => m.Entity.Country == best && (m.Entity.Type == EntityTypes.Person || IsCountryEntity(m.Entity) || IsCapital(m.Entity))).Entity;
    }

    /// <summary>
    /// The last <paramref name="count"/> participants named between <paramref name="from"/> and the start of the phrase's
    /// own clause segment (<paramref name="segment"/>: after the last comma or semicolon of its sentence before it), in
    /// reading order: countries ("country": countries, capitals and people, one per country) or sides ("side": people,
    /// organisations, countries and capitals, one per country or organisation). Null when fewer
    /// are named: the phrase is then left unread rather than guessed.
    /// </summary>
    List<Entity>? CountedBefore(List<MentionRef> mentions, int from, int segment, int at, int count, string counted)
    {
        var found = new List<Entity>(count);
        var keys = new List<string>(count);
        for (int j = mentions.Count - 1; j >= 0 && found.Count < count; j--)
        {
            var m = mentions[j];
            // (not a participant of its own clause: "Brazil condemned the three countries" does not count Brazil)
            if (m.End > at || m.Start >= segment) continue;
            if (m.Start < from) break;
            var e = m.Entity;
            bool fits = counted switch
            {
                "country" => e.Country != null && (e.Type == EntityTypes.Person || IsCountryEntity(e) || IsCapital(e)),
                _ => e.Type is EntityTypes.Person or EntityTypes.Organization || IsCountryEntity(e) || IsCapital(e),
            };
            if (!fits) continue;
            string key = e.Country ?? e.Id;
            if (keys.Contains(key)) continue;
            keys.Add(key);
            found.Add(e);
        }
        if (found.Count < count) return null;
        found.Reverse();
        return found;
    }

    /// <summary>Where the clause segment holding <paramref name="at"/> starts: after the last comma, semicolon or
    /// complementiser ("que", "that": Events/data/participant-words.tsv) of its sentence before it.</summary>
    int ClauseSegmentStart(int sentenceStart, int at)
    {
        int k = at > sentenceStart ? _folded.LastIndexOfAny([',', ';'], at - 1, at - sentenceStart) : -1;
        int start = k < 0 ? sentenceStart : k + 1;
        // (a complement clause opens a segment of its own: "a soutenu la déclaration de Trump selon laquelle il était
        // temps que les deux pays …" counts Trump)
        foreach (var opener in _lex.Participants.SegmentOpeners)
            if (at - start > opener.Length && _folded.LastIndexOf(opener, at - 1, at - start, StringComparison.Ordinal) is var o and >= 0) start = Math.Max(start, o + opener.Length);
        return start;
    }

    /// <summary>
    /// The state whose organ acts: the one country of the places its sentence names after a place preposition ("à Dakar",
    /// "in Khartoum": that country's entity when the document names it, else the place, which stands for it), else the one
    /// country named in its sentence before it or in the two sentences before ("Des manifestants géorgiens … la police").
    /// </summary>
    Entity? StateOfPlace(List<MentionRef> mentions, Sentence s, int at, int windowStart)
    {
        _statesFromPlace = false;
        Entity? place = null;
        string? code = null;
        foreach (var m in mentions)
        {
            if (m.Start < s.Start || m.End > s.End || m.Entity.Type != EntityTypes.Location || m.Entity.Country == null) continue;
            // ("à Dakar", "au Mali": French "à" places as often as it directs; English "to Kyiv" only directs)
            if (!_preps.TryGetValue(PreviousWord(m.Start, s.Start), out var role) || !(role == "place" || (role == "to" && _lang == "fr"))) continue;
            if (code != null && code != m.Entity.Country) return null;
            code = m.Entity.Country;
            place ??= m.Entity;
        }
        _statesFromPlace = code != null;
        if (code != null)
            return _doc.Entities.FirstOrDefault(x => x.Country == code && IsCountryEntity(x)) ?? place;
        Entity? country = null;
        foreach (var m in mentions)
        {
            if (m.Start < windowStart || m.End > at || !IsCountryEntity(m.Entity)) continue;
            if (country != null && country != m.Entity) return null;
            country = m.Entity;
        }
        return country;
    }

    /// <summary>
    /// Whether an organisation is of one of the kinds a stand-in names (the knowledge base's kinds: "armed", "party",
    /// "igo", "company", "government" …; "-" for an organisation the knowledge base does not know).
    /// </summary>
    static bool OrganizationKindFits(Entity e, string[] kinds)
    {
        var kind = Parallax.Entities.KnowledgeBase.Default.Get(e.Name)?.Kind;
        return Array.IndexOf(kinds, string.IsNullOrEmpty(kind) ? "-" : kind) >= 0;
    }

    /// <summary>Whether a person may be the one a description of <paramref name="gender"/> ("m", "f", or none) tells of:
    /// the knowledge base does not give them the other gender.</summary>
    static bool GenderAgrees(Entity e, string? gender) =>
        gender == null || Parallax.Entities.KnowledgeBase.Default.Get(e.Name)?.Gender is not { } known || known == gender;

    /// <summary>The first word of the folded text between <paramref name="start"/> and <paramref name="end"/> (an elided
    /// article keeps its apostrophe).</summary>
    string FirstWord(int start, int end)
    {
        int i = start;
        while (i < end && char.IsLetter(_folded[i])) i++;
        if (i < end && _folded[i] == '\'') i++;
        return _folded[start..i];
    }

    /// <summary>An organisation named right after "de"/"du"/"of" (and an article) at <paramref name="end"/>.</summary>
    static bool OrganizationAfter(List<MentionRef> mentions, int end, int sentenceEnd) =>
        mentions.Exists(m => m.Start > end && m.Start <= end + 8 && m.End <= sentenceEnd && m.Entity.Type == EntityTypes.Organization);

    static bool NamedInSentenceBefore(List<MentionRef> mentions, Entity e, int sentenceStart, int at) =>
        mentions.Exists(m => m.Entity == e && m.Start >= sentenceStart && m.End <= at);

    static bool IsCountryEntity(Entity e) =>
        e.Type == EntityTypes.Location && e.Country != null && Parallax.Entities.KnowledgeBase.Default.Get(e.Name)?.IsCountry == true;

    static int SentenceIndexAt(IReadOnlyList<Sentence> sentences, int pos)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].End <= pos) lo = mid + 1;
            else if (sentences[mid].Start > pos) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
