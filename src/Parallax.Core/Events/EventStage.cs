using System.Collections.Immutable;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Codes PLOVER events sentence by sentence: a trigger from the lexicon (Events/data/triggers.tsv), its
/// participants read off the sentence by the trigger's frame, its status from cues near it, its date from the
/// Time stage's expressions, who reported it from the quotes and reporting clauses, then event mentions
/// that denote the same event inside the document are merged ("la conversation … elle a duré …").
/// </summary>
public sealed class EventStage : IDocumentStage
{
    readonly EventLexicon _lex;
    public string Name => "events";

    public EventStage(EventLexicon? lexicon = null) => _lex = lexicon ?? EventLexicon.Default;

    public Document Process(Document doc)
    {
        // the lexicon is French and English: a page identified as another language gets no events rather than wrong ones
        if (!Parallax.Language.LanguageCodes.IsFrenchOrEnglishOrUnknown(doc.Language)) return doc with { Events = [] };
        var ctx = new EventContext(doc, _lex);
        var drafts = new List<Draft>();
        // every mention's trigger and the event that holds it after merging ("condemned the attack": the attack told before)
        var mentions = new List<(TextSpan Trigger, Draft Owner)>();
        foreach (var sentence in ctx.Sentences)
        {
            if (ctx.IsHeading(sentence)) continue;
            foreach (var draft in ctx.CodeSentence(sentence, drafts))
                if (!ctx.OnlyUnnamedState(draft) && Merge(drafts, draft, ctx) is { } owner) mentions.Add((draft.Trigger, owner));
        }
        // "ont convenu d'organiser une rencontre" … "ont convenu de tenir des rencontres en face à face": the same
        // agreement told again in the document (same actors, recipients, content, date and status) is one event
        // (after all sentences: what was agreed is known only once the agreement's sentence is read)
        for (int i = 0; i < drafts.Count; i++)
            for (int j = drafts.Count - 1; j > i; j--)
                if (SameCommitment(drafts[i], drafts[j]) && drafts[i].Date == drafts[j].Date && drafts[i].Status == drafts[j].Status)
                {
                    drafts[i].Absorb(drafts[j]);
                    drafts.RemoveAt(j);
                }
        // "s'étaient déjà entretenus le 23 juillet 2020", "had already spoken": a consultation without a stated mode,
        // told right after phone calls (within two sentences) and with no other means named, was one too
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Type != "CONSULT" || d.Mode != null || d.Evidence.Count == 0) continue;
            // (an event told in one of the two sentences before, whatever it absorbed later)
            int windowStart = ctx.Sentences[Math.Max(0, d.SentenceIndex - 2)].Start, windowEnd = ctx.Sentences[d.SentenceIndex].Start;
            var before = drafts.Take(i).LastOrDefault(e => e.Type == "CONSULT" && e.Evidence.Any(ev => ev.Start >= windowStart && ev.Start <= windowEnd));
            if (before?.Mode == "phone" && ctx.RepeatsEarlierContact(d)) d.Mode = "phone";
        }
        // "Yoon held talks with Kishida in Tokyo, the first visit by a South Korean leader to Japan": a meeting (merged with
        // its visit or not) held in a place of one participant's country, with no host among its recipients, is a visit the others pay
        foreach (var d in drafts) ctx.HostsByPlace(d);
        // "Zelensky visited Washington": a visit still without a host after the merges (the talks held during it name one),
        // to a city of another country than the visitors' whose country the text does not name: the city hosts
        foreach (var d in drafts) ctx.CityHostsVisit(d);
        // "Hezbollah blamed Israel for the blasts and vowed to retaliate", "l'Iran a promis une punition et accusé
        // l'État hébreu": hostile acts of the same actors told in one sentence are aimed at the same recipient
        foreach (var d in drafts)
        {
            if (d.Targets.Count > 0 || d.Actors.Count == 0 || !Hostile.Contains(d.Type)) continue;
            var sibling = drafts.FirstOrDefault(e => e != d && e.SentenceIndex == d.SentenceIndex && Hostile.Contains(e.Type)
                && e.Targets.Count > 0 && e.Actors.Count == d.Actors.Count && e.Actors.All(d.Actors.Contains));
            if (sibling != null) d.Targets.AddRange(sibling.Targets.Where(x => !d.Actors.Contains(x)));
        }
        // "Biden visited Kyiv, met Zelensky and pledged military aid", "Il a promis la livraison de blindés" after a
        // visit: a commitment with no recipient, made at a meeting told just before, is to the other participants
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            // ("Nous acceptons de rester en contact", "they agreed to …": a joint agreement is between its actors)
            if (d.Type != "AGREE" || d.Targets.Count > 0 || d.Actors.Count is 0 or >= 2) continue;
            var meeting = drafts.Take(i).LastOrDefault(e => e.Type == "CONSULT" && d.SentenceIndex - e.LastSentence is >= 0 and <= 1
                && e.Participants.Overlaps(d.Actors));
            if (meeting == null) continue;
            foreach (var p in meeting.Actors.Concat(meeting.Targets))
                if (!d.Actors.Contains(p) && !d.Targets.Contains(p) && p != meeting.Location) d.Targets.Add(p);
        }
        ReactionsToActsToldBefore(drafts, mentions, ctx);
        RetaliationsAgainstAuthors(drafts, ctx);
        ReleasesInExchange(drafts, ctx);
        ClaimsOfResponsibility(drafts, ctx);
        // "Netanyahu warned that Israel would strike Hezbollah", "Zhao warned that Washington would pay a price": a threat
        // with no recipient whose content is a "that"/"que" clause is aimed at the first participant of that clause who is
        // not on the threatener's side
        foreach (var d in drafts)
            if (d.Type == "THREATEN" && d.Targets.Count == 0 && d.Actors.Count > 0 && ctx.ThreatenedInComplement(d) is { } threatened)
                d.Targets.Add(threatened);
        var events = ImmutableArray.CreateBuilder<Event>();
        int n = 0;
        foreach (var d in drafts)
        {
            if (d.Actors.Count + d.Targets.Count == 0 || ctx.MembershipWithoutBody(d)) continue;
            events.Add(d.ToEvent($"v{++n}", doc));
        }
        var coded = events.ToImmutable();
        // participants the knowledge base does not place get their country from the text around their mentions
        doc = ParticipantCountries.Complete(doc, coded.SelectMany(e => e.Actors.Concat(e.Targets).Concat(e.ReportedBy)));
        return doc with { Events = coded };
    }

    /// <summary>Merges a new event mention into an earlier one that denotes the same event, or appends it.</summary>
    /// <summary>Merges a new event mention into an earlier one that denotes the same event, or appends it; returns the
    /// event that holds the mention (null when it was dropped).</summary>
    static Draft? Merge(List<Draft> drafts, Draft d, EventContext ctx)
    {
        // one direction of a reciprocal act ("accused each other"): an event of its own (EventContext.Reciprocals.cs)
        if (d.Reciprocal) { drafts.Add(d); return d; }
        Draft? target = null;
        if (d.Actors.Count + d.Targets.Count == 0)
        {
            // An anaphoric mention ("l'appel", "the talks"): an event of that type told in the last two sentences,
            // else the document's main event of that type (the one told most often)
            // a summit or a visit is not the phone call told before; "l'appel" may complete a call whose mode was unsaid
            var candidates = drafts.Where(e => e.Type == d.Type && e.Status == d.Status
                && (e.Mode == d.Mode || d.Mode == null || (e.Mode == null && d.Mode == "phone"))).ToList();
            target = candidates.LastOrDefault(e => d.SentenceIndex - e.LastSentence <= 2)
                ?? candidates.OrderByDescending(e => e.Evidence.Count).ThenBy(e => e.SentenceIndex).FirstOrDefault();
            if (target == null) return null;
        }
        else if (d.Question)
        {
            // "asked whether he had met Putin": the meeting asked about is one already told, or none
            target = drafts.LastOrDefault(e => e.Type == d.Type && ModesCompatible(e.Mode, d.Mode) && e.Participants.SetEquals(d.Participants));
            if (target != null) target.Evidence.Add(d.Evidence[0]);
            return target;
        }
        else
        {
            // "a pardonné Marc Fogel, … dans la libération du prisonnier": a definite noun restating the act of its
            // sentence (same type and mode, a participant in common) is that act; its own reading of roles is weaker
            if (d.Nominal && d.Definite && drafts.LastOrDefault(e => e.SentenceIndex == d.SentenceIndex && !e.Nominal && e.Type == d.Type
                    && (e.Mode == d.Mode && (d.Mode != null || d.Type != "CONSULT")) && e.Participants.Overlaps(d.Participants)) is { } restated)
            {
                if (!restated.Evidence.Contains(d.Evidence[0])) restated.Evidence.Add(d.Evidence[0]);
                return restated;
            }
            // "visited Washington on his first trip abroad", "met Xi in Beijing, the first visit by …", "a entamé une visite
            // d'État au Maroc, où il a été accueilli par le roi": one visit told twice in a sentence (EventContext.RestatedVisits.cs)
            if (d.Type == "CONSULT" && drafts.LastOrDefault(e => ctx.RestatesVisit(e, d)) is { } visit)
            {
                ctx.JoinVisit(visit, d);
                return visit;
            }
            // an event embedded in another of the same type in one sentence ("a invité Trump à visiter Moscou")
            target = drafts.LastOrDefault(e => e.SentenceIndex == d.SentenceIndex && e.Type == d.Type && e.Status == d.Status
                && d.Participants.IsSubsetOf(e.Participants));
            if (target != null) { target.Absorb(d); return target; }
            // a definite noun ("au cours de l'appel, Poutine …") naming some participants of an event already told
            if (d.Definite)
            {
                target = drafts.LastOrDefault(e => e.Type == d.Type && e.Status == d.Status && (e.Mode == d.Mode || e.Mode == null || d.Mode == null)
                    && d.Participants.IsSubsetOf(e.Participants) && d.Participants.Count < e.Participants.Count);
                if (target != null) { target.Absorb(d); return target; }
            }
            foreach (var e in drafts)
            {
                if (e.Type != d.Type || !ModesCompatible(e.Mode, d.Mode) || e.Status != d.Status) continue;
                if (e.Date != d.Date && e.Date != null && d.Date != null) continue;
                // the same meeting or call is told again and again; other events between the same parties
                // (several agreements, several requests) are only one event when told in one sentence
                bool sameSentence = e.LastSentence == d.SentenceIndex;
                if (!sameSentence && d.Type != "CONSULT") continue;
                bool same = e.Participants.SetEquals(d.Participants)
                    // "Poutine s'est entretenu avec un dirigeant américain le 12 février 2022. Il s'est ensuite
                    // entretenu avec Joe Biden …": a participant named in the next sentence completes the event
                    || (d.SentenceIndex - e.LastSentence <= 1 && e.Date != null && e.Date == d.Date
                        && (e.Participants.IsSubsetOf(d.Participants) || d.Participants.IsSubsetOf(e.Participants)));
                if (!same) continue;
                target = e;
                break;
            }
        }
        if (target == null) { drafts.Add(d); return d; }
        target.Absorb(d);
        return target;
    }

    /// <summary>
    /// "Syria's foreign minister condemned the attack", "Moscou a rejeté ces accusations", "Kyiv dismissed this decision":
    /// a condemnation, accusation, rejection or protest with no recipient of its own, whose object is an act told
    /// before, is aimed at that act's authors. The act is the event mention right after a definite article (the
    /// coder merged it into the act it restates), or, after a demonstrative, the last act with authors told in the
    /// two sentences before. A reaction to one's own act takes no recipient from it.
    /// </summary>
    static void ReactionsToActsToldBefore(List<Draft> drafts, List<(TextSpan Trigger, Draft Owner)> mentions, EventContext ctx)
    {
        // "Le tribunal a condamné X … X a dénoncé une « décision politique »", "X was sentenced by the court … X called the
        // ruling unjust": a reaction to a ruling or a decision, with no recipient of its own, is aimed at the authors of the
        // verdict, sanction or coercion its actor underwent in its sentence or the two before
        foreach (var d in drafts)
        {
            if (!Reactions.Contains(d.Type) || d.Targets.Count > 0 || d.Actors.Count == 0 || d.Nominal) continue;
            if (!ctx.RulingObject(d)) continue;
            var act = drafts.LastOrDefault(e => e != d && e.Trigger.Start < d.Trigger.Start && Rulings.Contains(e.Type) && e.Actors.Count > 0
                && e.Targets.Exists(d.Actors.Contains) && d.SentenceIndex - e.LastSentence is >= 0 and <= 2);
            if (act == null) continue;
            foreach (var a in act.Actors)
                if (!d.Actors.Contains(a) && !d.Targets.Contains(a)) d.Targets.Add(a);
        }
        foreach (var d in drafts)
        {
            if (!(Reactions.Contains(d.Type) || Approval(d)) || d.Targets.Count > 0 || d.Actors.Count == 0 || d.Nominal) continue;
            // "condemned the decision by Beijing", "a dénoncé la décision de Washington": the author named after the act noun
            if (ctx.ReactionObjectAuthor(d) is { } namedAuthor) { d.Targets.Add(namedAuthor); continue; }
            if (!ctx.ReactionObject(d, out int nounStart, out bool demonstrative))
            {
                // "The handover … was welcomed by Baku", "a decision welcomed by Kyiv": the passive's subject is the act reacted to
                if (!ctx.PassiveReactionSubject(d, out nounStart)) continue;
                demonstrative = true;
            }
            // "a rejeté la décision américaine": the demonym on the object noun names the act's author
            if (ctx.ObjectDemonym(d, nounStart) is { } named) { d.Targets.Add(named); continue; }
            Draft? act = null;
            foreach (var (trigger, owner) in mentions)
                if (owner != d && ctx.IsObjectNoun(nounStart, trigger.Start)) { act = owner; break; }
            if (act == null && demonstrative)
            {
                // "welcomed the agreement", "a salué cet accord": an agreement noun refers to an agreement or a signing
                bool agreement = ctx.IsAgreementNoun(nounStart);
                // one reacts to another's act: an act of the reacting side itself (told in a relative clause: "Niamey, which
                // had ordered the expulsion …, welcomed the decision") is passed over for the one told before it
                act = drafts.LastOrDefault(e => e != d && e.Trigger.Start < d.Trigger.Start && e.Actors.Count > 0
                    && d.SentenceIndex - e.LastSentence is >= 0 and <= 2 && e.Type != "CONSULT" && (!agreement || Agreement(e))
                    && !e.Actors.Exists(d.Actors.Contains));
            }
            if (act == null)
            {
                // "Canada will impose a tariff on … Beijing condemned the decision", "La commission a proclamé la réélection de X.
                // L'opposition a rejeté ces résultats": the act the noun refers to was told in the sentence before but not coded;
                // its author is that sentence's subject
                if ((demonstrative || ctx.RulingObject(d)) && ctx.SubjectOfSentence(d.SentenceIndex - 1) is { } author
                    && !d.Actors.Contains(author))
                    d.Targets.Add(author);
                continue;
            }
            if (act.Actors.Exists(d.Actors.Contains)) continue;
            foreach (var a in act.Actors)
                if (!d.Targets.Contains(a)) d.Targets.Add(a);
        }
    }

    /// <summary>
    /// "An Israeli air strike destroyed Iran's consulate … Tehran vowed revenge", "a U.S. jet shot down a Chinese balloon …
    /// Beijing reserved the right to respond": a threat with no recipient of its own, made by one whom a hostile act
    /// (an attack, a seizure or arrest, a sanction) told in its sentence or the two before has hit (the same participant
    /// or one of its country), is aimed at that act's authors. A threat by the act's own side takes none from it.
    /// </summary>
    static void RetaliationsAgainstAuthors(List<Draft> drafts, EventContext ctx)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Type != "THREATEN" || d.Targets.Count > 0 || d.Actors.Count == 0) continue;
            Draft? act = null;
            for (int j = drafts.Count - 1; j >= 0 && act == null; j--)
            {
                var e = drafts[j];
                if (e == d || e.Trigger.Start >= d.Trigger.Start || !HitActs.Contains(e.Type) || e.Actors.Count == 0
                    || d.SentenceIndex - e.LastSentence is < 0 or > 2) continue;
                if (e.Targets.Exists(t => d.Actors.Exists(a => ctx.SameSide(a, t)))) act = e;
            }
            if (act == null || act.Actors.Exists(x => d.Actors.Exists(a => ctx.SameSide(a, x)))) continue;
            foreach (var a in act.Actors)
                if (!d.Targets.Contains(a)) d.Targets.Add(a);
        }
    }

    /// <summary>
    /// "Russia freed Brittney Griner in exchange for Viktor Bout", "l'Iran a libéré X en échange de Y": a release that
    /// occurred and is told with an exchange phrase was one side of a swap; the other side released those named after the
    /// phrase (EventContext.ExchangeCounterpart), on the same day. Added right after the release unless already told.
    /// </summary>
    /// <summary>
    /// "Gunmen opened fire at the concert hall … The Islamic State group claimed responsibility": an attack or a seizure
    /// told in the claim's sentence or the two before, with no named author (none, or only places), was done by the one
    /// who claims it (<see cref="EventContext.Claimant"/>).
    /// </summary>
    static void ClaimsOfResponsibility(List<Draft> drafts, EventContext ctx)
    {
        if (!drafts.Exists(d => d.Type is "ASSAULT" or "COERCE" && ctx.OnlyPlaces(d.Actors))) return;
        for (int si = 0; si < ctx.Sentences.Count; si++)
        {
            if (ctx.Claimant(si) is not { } who) continue;
            foreach (var d in drafts)
                if (d.Type is "ASSAULT" or "COERCE" && si - d.LastSentence is >= 0 and <= 2 && ctx.OnlyPlaces(d.Actors) && !d.Targets.Contains(who))
                {
                    d.Actors.Clear();
                    d.Actors.Add(who);
                }
        }
    }

    static void ReleasesInExchange(List<Draft> drafts, EventContext ctx)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Type != "RETREAT" || d.Mode != "release" || d.Status != EventStatus.Occurred || d.Nominal || d.Actors.Count == 0 || d.Targets.Count == 0) continue;
            if (ctx.ExchangeCounterpart(d) is not var (actor, released, phrase)) continue;
            if (drafts.Exists(e => e.Type == "RETREAT" && e.Actors.Contains(actor) && e.Targets.Exists(released.Contains))) continue;
            drafts.Insert(i + 1, new Draft
            {
                Type = d.Type, Mode = d.Mode, Cameo = d.Cameo, Status = d.Status, Date = d.Date,
                SentenceIndex = d.SentenceIndex, LastSentence = d.SentenceIndex, Trigger = phrase,
                Actors = [actor], Targets = released, Evidence = [phrase],
            });
            i++;
        }
    }

    /// <summary>Acts that hit someone who may threaten to retaliate: an attack, a seizure or arrest, a sanction.</summary>
    static readonly HashSet<string> HitActs = ["ASSAULT", "COERCE", "SANCTION"];

    static readonly HashSet<string> Reactions = ["ACCUSE", "REJECT", "PROTEST"];

    /// <summary>Approval of an act ("welcomed the agreement", "a salué cette décision"): SUPPORT by praise or endorsement,
    /// not the signing of a text (CAMEO 057), whose object is the signer's own act.</summary>
    static bool Agreement(Draft e) => e.Type == "AGREE" || (e.Type == "SUPPORT" && e.Cameo == "057");

    static bool Approval(Draft d) => d.Type == "SUPPORT" && d.Cameo != "057";

    /// <summary>Acts a ruling or a decision may have imposed on someone: a verdict or a sanction, an arrest.</summary>
    static readonly HashSet<string> Rulings = ["SANCTION", "COERCE"];

    static readonly HashSet<string> Hostile = ["ACCUSE", "THREATEN", "REJECT", "SANCTION", "ASSAULT"];

    static bool SameCommitment(Draft e, Draft d) =>
        e.Type == "AGREE" && d.Type == "AGREE" && e.Attributes.TryGetValue("content", out var a) && a is string ca
        && d.Attributes.TryGetValue("content", out var b) && b is string cb && ca == cb
        && e.Actors.ToHashSet().SetEquals(d.Actors) && e.Targets.ToHashSet().SetEquals(d.Targets);

    static bool ModesCompatible(string? a, string? b) => a == null || b == null || a == b;
}

/// <summary>An event being assembled from one or more mentions.</summary>
internal sealed class Draft
{
    public required string Type;
    public string? Mode;
    public required string Cameo;
    public required string Status;
    public string? Date;
    public string? Location;
    public int SentenceIndex;
    public int LastSentence;
    public bool Pronoun;
    /// <summary>A nominal mention ("la libération du prisonnier").</summary>
    public bool Nominal;
    /// <summary>Asked about in an indirect question ("s'il avait rencontré Poutine"): joins an event already told, else none.</summary>
    public bool Question;
    /// <summary>A nominal mention with a definite article ("l'appel", "the call"): it refers to an event already told.</summary>
    public bool Definite;
    /// <summary>One direction of a reciprocal act ("se sont mutuellement accusés"): never merged with the other.</summary>
    public bool Reciprocal;
    public List<string> Actors = [];
    public List<string> Targets = [];
    public List<string> ReportedBy = [];
    public List<TextSpan> Evidence = [];
    public TextSpan Trigger;
    public SortedDictionary<string, object?> Attributes = new(StringComparer.Ordinal);

    public HashSet<string> Participants => [.. Actors, .. Targets];

    public void Absorb(Draft d)
    {
        Mode ??= d.Mode;
        if (Mode != null && Cameo == "040" && d.Mode == "phone") Cameo = "040";
        Date ??= d.Date;
        Location ??= d.Location;
        LastSentence = Math.Max(LastSentence, d.LastSentence);
        // the talks held during a visit: whoever the visitor met is a host
        if (Mode == "visit" && Type == "CONSULT" && d.Type == "CONSULT" && d.Mode != "visit")
            foreach (var a in d.Actors) { if (!Actors.Contains(a) && !Targets.Contains(a)) Targets.Add(a); }
        foreach (var a in d.Actors) if (!Actors.Contains(a) && !Targets.Contains(a)) Actors.Add(a);
        foreach (var t in d.Targets) if (!Targets.Contains(t) && !Actors.Contains(t)) Targets.Add(t);
        foreach (var r in d.ReportedBy) if (!ReportedBy.Contains(r)) ReportedBy.Add(r);
        foreach (var e in d.Evidence) if (!Evidence.Contains(e)) Evidence.Add(e);
        foreach (var (k, v) in d.Attributes)
        {
            if (!Attributes.TryGetValue(k, out var old) || old == null) Attributes[k] = v;
            else if (old is List<string> l && v is List<string> l2)
                foreach (var x in l2) if (!l.Contains(x)) l.Add(x);
        }
    }

    public Event ToEvent(string id, Document doc) => new()
    {
        Id = id,
        Type = Type,
        Mode = Mode,
        Cameo = Cameo,
        Actors = [.. Actors],
        Targets = [.. Targets],
        Location = Location,
        Date = Date,
        Status = Status,
        Attributes = Attributes.ToImmutableDictionary(kv => kv.Key, kv => kv.Value is List<string> l ? (object?)l.ToImmutableArray() : kv.Value),
        ReportedBy = [.. ReportedBy],
        Evidence = [.. Evidence.OrderBy(e => e.Start)],
        Trigger = Trigger,
    };
}
