using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>Per-document working state of the event coder: folded text, mention index, and the frame readers.</summary>
internal sealed partial class EventContext
{
    readonly Document _doc;
    readonly EventLexicon _lex;
    readonly string _text;
    readonly string _folded;
    // the folded text with the short dates and clock times the Time stage found blanked out, for the trigger scan only:
    // a run of spaces matches one space, so a phrase trigger matches across a date written inside it ("a repris
    // vendredi le contrôle de", "a ordonné lundi l'expulsion de"), offsets unchanged
    readonly string _triggerFolded;
    readonly string _lang;
    readonly List<MentionRef> _mentions;
    readonly Dictionary<string, Entity> _entities;
    readonly IReadOnlyDictionary<string, string> _preps;
    public IReadOnlyList<Sentence> Sentences { get; }

    internal readonly record struct MentionRef(int Start, int End, Entity Entity);

    HashSet<string> SingularPronouns => _lex.Clause.SingularPronouns;
    HashSet<string> PluralPronouns => _lex.Clause.PluralPronouns;
    HashSet<string> FirstPersonPlural => _lex.Clause.FirstPersonPlural;
    HashSet<string> Determiners => _lex.Clause.Determiners;

    public EventContext(Document doc, EventLexicon lex)
    {
        _doc = doc;
        _lex = lex;
        _text = doc.Text;
        _folded = TextFold.Fold(doc.Text);
        _triggerFolded = BlankNumbers(BlankDates(_folded, doc.Times), lex.NumberWords, lex.Clause.GapAdverbs);
        _lang = Parallax.Language.LanguageCodes.Primary(doc.Language) switch { "en" => "en", "fr" => "fr", _ => "*" };
        _preps = lex.Prepositions.TryGetValue(_lang == "*" ? "fr" : _lang, out var p) ? p : new Dictionary<string, string>();
        _entities = doc.Entities.ToDictionary(e => e.Id);
        _mentions = [.. doc.Entities.SelectMany(e => e.Mentions.Select(m => new MentionRef(m.Start, m.End, e))).OrderBy(m => m.Start).ThenByDescending(m => m.End)];
        // keep the outermost mention where mentions nest
        var kept = new List<MentionRef>();
        foreach (var m in _mentions)
            if (kept.Count == 0 || m.Start >= kept[^1].End) kept.Add(m);
        Sentences = doc.Sentences.Length > 0 ? doc.Sentences : FallbackSentences(doc);
        // "la police", "the group", "the country": common nouns that stand for a participant (EventContext.StandIns.cs)
        _mentions = AddStandIns(kept, Sentences);
    }

    /// <summary>The longest date or clock time blanked for the trigger scan (a weekday with its part of the day, "jeudi
    /// soir", "on Monday", "le 12 mars"); longer expressions are left as they are.</summary>
    const int MaxBlankedDate = 24;

    static string BlankDates(string folded, System.Collections.Immutable.ImmutableArray<TimeExpression> times)
    {
        char[]? chars = null;
        foreach (var t in times)
        {
            if (t.Kind is not (TimeKinds.Date or TimeKinds.Time) || t.End - t.Start > MaxBlankedDate || t.Start < 0 || t.End > folded.Length) continue;
            // only between two words of one clause: never at a sentence or clause edge
            if (t.Start == 0 || t.End >= folded.Length || folded[t.Start - 1] != ' ' || folded[t.End] != ' ') continue;
            chars ??= folded.ToCharArray();
            for (int i = t.Start; i < t.End; i++) chars[i] = ' ';
        }
        return chars == null ? folded : new string(chars);
    }

    /// <summary>Blanks the cardinal numbers standing as words of their own (digits, "8 000", "1,500", and the number words
    /// from two up of Time/data/numbers.tsv: "douze", "twelve") for the trigger scan, so a phrase trigger matches across a
    /// count written inside it ("handed over 12 prisoners", "a remis douze prisonniers"); offsets unchanged.</summary>
    static string BlankNumbers(string folded, HashSet<string> words, HashSet<string> adverbs)
    {
        char[]? chars = null;
        int i = 0;
        while (i < folded.Length)
        {
            if (folded[i] == ' ') { i++; continue; }
            int start = i;
            while (i < folded.Length && folded[i] != ' ') i++;
            // only a token between two words: never at a text edge, never glued to punctuation ("24-hour", "12,")
            if (start == 0 || i >= folded.Length) continue;
            var token = folded.AsSpan(start, i - start);
            // (and the adverbs of clause-words.tsv, kind gap-adverbs: "a rappelé définitivement son ambassadeur")
            if (!IsNumberToken(token, words) && !adverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token)) continue;
            chars ??= folded.ToCharArray();
            for (int k = start; k < i; k++) chars[k] = ' ';
        }
        return chars == null ? folded : new string(chars);
    }

    static bool IsNumberToken(ReadOnlySpan<char> token, HashSet<string> words)
    {
        if (char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[^1]))
        {
            foreach (var c in token) if (!char.IsAsciiDigit(c) && c is not ('.' or ',')) return false;
            return true;
        }
        return char.IsAsciiLetter(token[0]) && token.Length <= 12 && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
    }

    static List<Sentence> FallbackSentences(Document doc)
    {
        var list = new List<Sentence>();
        int start = 0;
        var t = doc.Text;
        for (int i = 0; i < t.Length; i++)
        {
            bool end = t[i] == '\n' || ((t[i] is '.' or '!' or '?') && i + 1 < t.Length && t[i + 1] == ' ' && i + 2 < t.Length && char.IsUpper(t[i + 2]));
            if (!end) continue;
            if (i + 1 > start && !string.IsNullOrWhiteSpace(t[start..(i + 1)])) list.Add(new Sentence(start, t[i] == '\n' ? i : i + 1));
            start = i + 1;
        }
        if (start < t.Length && !string.IsNullOrWhiteSpace(t[start..])) list.Add(new Sentence(start, t.Length));
        return list;
    }

    public bool IsHeading(Sentence s) =>
        _doc.Paragraphs.Any(p => p.Kind == BlockKind.Heading && p.Start <= s.Start && s.End <= p.End);

    bool LangOk(string lang) => _lang == "*" || lang == _lang;

    /// <summary>Whether a trigger lies inside the mention of an organisation's name.</summary>
    bool InsideOrganizationName(PhraseMatch<Trigger> h)
    {
        foreach (var m in _mentions)
        {
            if (m.Start > h.Start) break;
            if (m.End >= h.End && m.Entity.Type == EntityTypes.Organization && !_standIns.Contains(m.Start)) return true;
        }
        return false;
    }

    public IEnumerable<Draft> CodeSentence(Sentence s, List<Draft> previous)
    {
        int sIndex = IndexOf(s);
        // (the matchers return a fresh list: the entries of another language are removed in place)
        var hits = _lex.TriggersIn(_lang).FindLongest(_text, _triggerFolded, s.Start, s.End);
        hits.RemoveAll(h => !LangOk(h.Value.Language));
        hits = WithVoicedCalls(s, hits);
        _judged.Clear();
        hits = WithVerdicts(s, hits);
        hits = WithEvaluations(s, hits);
        // "Rassemblement national", "Sea Shepherd Conservation Society": a word of an organisation's name is no trigger
        if (hits.Count > 0) hits.RemoveAll(InsideOrganizationName);
        var cuts = _lex.ClauseCuts.FindAll(_text, _folded, s.Start, s.End);
        cuts.RemoveAll(h => !LangOk(h.Value.Lang));
        // "contre ce qu'il a présenté comme …": a free relative is part of the noun phrase it heads, no clause boundary
        cuts.RemoveAll(c => c.Value.Kind == "boundary" && _folded.AsSpan(c.Start, c.End - c.Start).Trim() is "que" or "qu'"
            && _lex.Participants.FreeRelativeHeads.Contains(PreviousWord(c.Start, s.Start)));
        var cues = _lex.Cues.FindAll(_text, _folded, s.Start, s.End);
        cues.RemoveAll(h => !LangOk(h.Value.Language));
        // the longest reporting verb of the text's own language (a French form cannot hide an English one)
        _reporting = Parallax.Quotes.ReportingVerbs.MatcherIn(_lang).FindLongest(_text, _folded, s.Start, s.End);
        _reporting.RemoveAll(h => !(h.Value.Kind == "verb" && LangOk(h.Value.Lang)));
        _relatives = RelativeClauses(s);
        _objectRelatives = ObjectRelatives(s);
        _relatives.AddRange(_objectRelatives.Select(r => (r.Start, r.End)));
        _hits = hits;
        // "after police shot …" opens a clause with its own subject; "after fierce fighting", "after talks", "after
        // meeting Zelensky" (a noun or a gerund) do not
        // (either way what follows "after" is no complement of a verb before it: "agreed to back the bid after meeting X")
        var timeOpeners = cuts.Where(c => c.Value.Kind == "temporal").Select(c => c.Start).ToList();
        if (cuts.Exists(c => c.Value.Kind == "temporal"))
            cuts = [.. cuts.Where(c => c.Value.Kind != "temporal" || !hits.Any(h => h.Start >= c.End && WordsBetween(c.End, h.Start) <= 2
                && (h.Value.Frame == Frame.Noun || _folded.AsSpan(h.Start, h.End - h.Start).TrimEnd() is var hw && (hw.IndexOf(' ') is var sp && sp > 0 ? hw[..sp] : hw).EndsWith("ing"))))
            .Select(c => c.Value.Kind == "temporal" ? c with { Value = (c.Value.Lang, "clause") } : c)];
        PhraseMatch<Trigger>? governor = null;
        Draft? governorDraft = null;
        PhraseMatch<Trigger>? lastVerb = null;
        Draft? lastVerbDraft = null;
        int lastCodedEnd = -1, lastCodedStart = -1;
        string? lastCodedType = null;
        for (int i = 0; i < hits.Count; i++)
        {
            // several entries on one span (verb "rencontre" / noun "rencontre"): a determiner before it means the noun
            // (read in place: the entries of the span, in list order, with no list of them built per trigger)
            int groupStart = hits[i].Start, groupEnd = hits[i].End, groupCount = 0, firstOfGroup = -1, nounOfGroup = -1, otherOfGroup = -1;
            for (int g = 0; g < hits.Count; g++)
            {
                if (hits[g].Start != groupStart || hits[g].End != groupEnd) continue;
                groupCount++;
                if (firstOfGroup < 0) firstOfGroup = g;
                if (hits[g].Value.Frame == Frame.Noun) { if (nounOfGroup < 0) nounOfGroup = g; }
                else if (otherOfGroup < 0) otherOfGroup = g;
            }
            i += groupCount - 1;
            var prev = PreviousWord(groupStart, s.Start);
            // (French "a" before a participle is the auxiliary, "a rencontré", not the English article)
            bool determiner = Determiners.Contains(prev) && !(prev == "a" && _lang != "en");
            var hit = groupCount == 1 ? hits[firstOfGroup]
                : determiner ? hits[nounOfGroup >= 0 ? nounOfGroup : firstOfGroup]
                : hits[otherOfGroup >= 0 ? otherOfGroup : firstOfGroup];
            // "nous avons combattu ensemble", "fought side by side": allies, not an attack on each other
            if (hit.Value.Type == "ASSAULT" && hit.Value.Frame == Frame.Symmetric && FollowedBy(hit.End, s.End, Together)) continue;
            // a blocking entry ("declined to comment", "asked whether"): a phrase that looks like a trigger and is none
            if (hit.Value.Type == "-") continue;
            // "Asked whether Britain would send troops, Starmer …": a question put to the subject (EventContext.AgreedTruces.cs)
            // "violated Polish airspace": what an accusation or an attack says, no refusal (same file)
            // "Kyiv said the strike showed …" after an attack: the attack told again, no labour strike (same file)
            if (QuestionPutToSubject(hit, s, cues) || BreachIsNoRefusal(hit, cues) || StrikeRestatesAttack(hit, s, previous)) continue;
            // "the third anniversary of the invasion", "les dix ans des attentats": the old event an anniversary marks (EventContext.Remembered.cs)
            if (Remembered(hit, cues)) continue;
            // "and Tanzania did the same", "le Nicaragua a fait de même": the act just told, by a new actor
            if (hit.Value.Type == "=")
            {
                foreach (var d in SameAct(hit, s, sIndex, cuts, cues, previous)) yield return d;
                continue;
            }
            // an event in the complement of a request, threat, accusation, refusal or commitment ("urged the West to
            // impose sanctions", "accused Israel of killing", "pledged military aid") is what is asked, feared or
            // promised, not an event that happened: a commitment takes its recipient and place; the others drop it
            if (governor is { } gov && hit.Start >= gov.End && hit.Start - gov.End <= 80
                && !cuts.Any(c => c.Start >= gov.End && c.Start < hit.Start && !(c.Start - gov.End <= 2 && gov.Value.Type != "AGREE" && _folded.AsSpan(c.Start, c.End - c.Start).Trim() is "que" or "qu'" or "that"))
                && _folded.IndexOfAny([',', ';', '(', ':'], gov.End, hit.Start - gov.End) < 0
                && !timeOpeners.Exists(c => c >= gov.End && c < hit.Start)
                && !NewSubjectAfterAnd(gov.End, hit.Start)
                && (!Governing.Contains(hit.Value.Type) || InfinitiveComplement(gov, hit, s.Start)))
            {
                // "agreed to a ceasefire that took effect on Wednesday": the truce itself (EventContext.AgreedTruces.cs)
                if (gov.Value.Type == "AGREE" && governorDraft != null && AgreedCeasefire(hit, governorDraft)) continue;
                if (gov.Value.Type == "AGREE" && governorDraft != null && Cooperative.Contains(hit.Value.Type))
                    foreach (var d in Code(hit, s, sIndex, cuts, cues, previous))
                    {
                        // "ont convenu d'organiser une rencontre", "agreed to hold talks": what is agreed, so that the
                        // same agreement told again in the document is one event
                        governorDraft.Attributes.TryAdd("content", "planned " + (hit.Value.Type == "CONSULT" ? hit.Value.Mode ?? "meet" : hit.Value.Type.ToLowerInvariant()));
                        if (governorDraft.Targets.Count == 0)
                            foreach (var x in d.Targets.Concat(d.Type == "CONSULT" ? d.Actors : []))
                                if (x != d.Location && !governorDraft.Actors.Contains(x) && !governorDraft.Targets.Contains(x)) governorDraft.Targets.Add(x);
                        governorDraft.Location ??= d.Location;
                    }
                continue;
            }
            // "a refusé la demande de la Pologne", "declined Poland's invitation", "rejected the latest proposal": the
            // request, offer or invitation a refusal takes as its object is what is refused, one REJECT event; so are
            // the accusations it takes ("rejected the accusations", "a rejeté ces accusations"), told before as acts of their own
            if ((hit.Value.Frame == Frame.Noun || determiner) && lastCodedType == "REJECT" && lastCodedEnd >= 0 && hit.Start >= lastCodedEnd
                && hit.Value.Type is "REQUEST" or "AGREE" or "SUPPORT" or "CONCEDE" or "ACCUSE" && WordsBetween(lastCodedEnd, hit.Start) <= 3
                && _folded.IndexOfAny([',', ';', '(', ':'], lastCodedEnd, hit.Start - lastCodedEnd) < 0
                && !cuts.Any(c => c.Start >= lastCodedEnd && c.Start < hit.Start)) continue;
            // "visited Washington on Wednesday, meeting Joe Biden": talks held during a visit just told are part of it
            if (hit.Value.Type == "CONSULT" && hit.Value.Frame == Frame.Symmetric && AfterComma(hit.Start, s.Start)
                && previous.Exists(e => e.LastSentence == sIndex && e.Type == "CONSULT" && e.Trigger.Start < hit.Start)) continue;
            // "a libéré treize otages", "will free 33 hostages", "the release of hostages": the hostages a release takes as
            // its object were taken before; no hostage-taking is told
            if (hit.Value.Type == "ASSAULT" && hit.Value.Mode == "abduct" && lastCodedType is "RETREAT" or "CONCEDE" && lastCodedEnd >= 0
                && hit.Start >= lastCodedEnd && WordsBetween(lastCodedEnd, hit.Start) <= 4
                && _folded.IndexOfAny([',', ';', '(', ':'], lastCodedEnd, hit.Start - lastCodedEnd) < 0
                && !cuts.Any(c => c.Start >= lastCodedEnd && c.Start < hit.Start)) continue;
            // "imposed sanctions on Russia over the killing of a journalist", "condamné pour l'assassinat de": an event noun
            // that is the reason of an act told before it in the clause is what the act answers, not an act of its own
            // (a cooperative noun after "for"/"pour" is a purpose, "flew to Moscow for talks": kept)
            if (lastCodedEnd >= 0 && !Cooperative.Contains(hit.Value.Type) && IsReasonOf(lastCodedEnd, lastCodedType, hit, cuts)) continue;
            // "ont discuté d'un cessez-le-feu permanent", "were due to discuss an offensive": what talks are about, not an event
            // (EventContext.Topics.cs)
            if (TopicOfTalks(hit, cues, cuts)) continue;
            // "a été tué vendredi dans une frappe israélienne", "was killed in an Israeli strike": the strike is the killing
            if (lastCodedType == "ASSAULT" && lastCodedStart >= 0 && AttackOfPassive(lastCodedStart, lastCodedEnd, hit, s.Start, s.End)) continue;
            // "arrested dozens of protesters", "a ouvert le feu sur des manifestants": protesters who are only the object
            // of a police or military act are its victims, not a protest told on its own
            if (hit.Value.Type == "PROTEST" && ObjectOfHostileAct(hit, hits, s)) continue;
            // "rallied … demanding the departure of French troops", "pour exiger sa démission": the aim of a protest told
            // just before is part of the protest
            // (what it demands is still its complement: "pour réclamer la libération des otages")
            if (AimOfProtest(hit, s, sIndex, previous, cuts))
            {
                if (Governing.Contains(hit.Value.Type)) { governor = hit; governorDraft = null; }
                continue;
            }
            // "Iran-backed militias", "a reconnu que", "Cette expulsion intervient …": no event of its own (EventContext.Lookalikes.cs)
            if (LooksLikeEvent(hit, s, sIndex, cues, previous)) continue;
            // "the earthquake, which killed", "killed when their helicopter crashed": no assault (EventContext.AgentlessDeaths.cs)
            if (CausedByDisaster(hit, s, cues)) continue;
            // "welcomed Fumio Kishida to the White House": hosting a visit, not praise
            if (WelcomesGuest(hit, s, cues, cuts) || WelcomedAtPlace(hit, s, cues)) hit = AsHost(hit);
            // "who hosted the meeting", "the talks were hosted by X": the host of a meeting told before joins it
            List<Draft>? hostMentions = null;
            if (HostsMeetingNoun(hit, hits))
            {
                hostMentions = Code(hit, s, sIndex, cuts, cues, previous).ToList();
                if (hostMentions.Count > 0 && previous.LastOrDefault(e => e.Type == "CONSULT" && sIndex - e.LastSentence is >= 0 and <= 2
                        && e.Status == hostMentions[0].Status) is { } hosted)
                {
                    JoinHost(hosted, hostMentions);
                    continue;
                }
            }
            var coded = hostMentions ?? Code(hit, s, sIndex, cuts, cues, previous).ToList();
            // "le retrait de son ambassadeur", "a promis des représailles": the type the trigger's context gives (EventContext.Lookalikes.cs)
            RetypeLookalikes(hit, coded, s, cues, cuts);
            // "ordered six Canadian diplomats to leave the country", "a ordonné à l'ambassadeur de quitter le pays": an
            // order to a country's diplomats to leave is their expulsion (SANCTION, expel), not a request
            if (hit.Value.Type == "REQUEST" && OrderToLeave(hit.End, cuts, s.End))
                foreach (var d in coded) { d.Type = "SANCTION"; d.Mode = "expel"; d.Cameo = "1663"; }
            if (_groups.Count > 0) WholeGroups(coded, s);
            // "X et Y se sont mutuellement accusés", "the two sides accused each other": one act each way (EventContext.Reciprocals.cs)
            ReciprocalPairs(hit, coded, s);
            // "found X guilty", "a déclaré X inéligible": the one judged is the verdict's recipient
            JudgedRecipient(hit, coded);
            // "protesters stormed the parliament": a violent protest, not an armed attack
            RiotByProtesters(hit, s, cuts, coded);
            // "La Russie pourrait frapper Kiev, a menacé Dmitri Medvedev", "…, warned Iran's foreign minister": a threat verb
            // in an inverted trailing clause is made by the one named after it, against the target of what was just told
            if (hit.Value.Type == "THREATEN" && TrailingThreat(hit, s, sIndex, previous) is var (threatener, threatened) && threatener.Count > 0)
            {
                foreach (var d in coded)
                {
                    d.Actors = [.. threatener.Select(e => e.Id)];
                    d.Targets = [.. threatened.Where(x => !d.Actors.Contains(x))];
                    d.Status = EventStatus.Occurred;
                    d.Date ??= _doc.Published?.ToString("yyyy-MM-dd");
                    yield return d;
                }
                continue;
            }
            // ", killing three people", ", tuant plusieurs hauts gradés": the consequence of the attack just told is
            // part of it (its victims join the attack's recipients); after another act ("raided …, killing") it is
            // that act's actors' attack
            if (hit.Value.Type == "ASSAULT" && IsConsequenceParticiple(hit, s.Start)
                && previous.LastOrDefault(e => e.LastSentence == sIndex && e.Actors.Count > 0 && e.Status == EventStatus.Occurred) is { } cause)
            {
                foreach (var d in coded)
                {
                    // (not the source of a trailing reporting clause: ", killing 156 people, the UN refugee agency reported")
                    var victims = d.Targets.Concat(d.Actors).Where(x => !cause.Actors.Contains(x) && x != d.Location && x != cause.Location && !d.ReportedBy.Contains(x)).ToList();
                    if (cause.Type == "ASSAULT")
                    {
                        if (cause.Targets.Count == 0) cause.Targets.AddRange(victims.Where(x => !cause.Targets.Contains(x)));
                        continue;
                    }
                    d.Actors = [.. cause.Actors];
                    d.Targets = victims;
                    yield return d;
                }
                continue;
            }
            // "ousted the president and placed him under house arrest": a coordinated verb has the earlier verb's
            // subject (and its object, for "him", "l'ont")
            if (hit.Value.Frame is Frame.Directed or Frame.Symmetric or Frame.Visit && lastVerb is { } lv && lastVerbDraft is { Actors.Count: > 0 } ld
                && !PassiveAuxiliaryBefore(hit.Start, lv.End) && SharesSubject(lv, hit, out bool pronounObject))
                foreach (var d in coded)
                {
                    d.Actors = [.. ld.Actors];
                    d.Targets.RemoveAll(ld.Actors.Contains);
                    if (pronounObject && d.Targets.Count == 0) d.Targets.AddRange(ld.Targets.Where(x => x != d.Location));
                    // "ont condamné ce coup d'État et exigé sa libération": a demand, threat or refusal coordinated with
                    // a condemnation is aimed at the same one
                    if (d.Targets.Count == 0 && Responses.Contains(d.Type) && Responses.Contains(ld.Type)) d.Targets.AddRange(ld.Targets.Where(x => x != d.Location));
                }
            if (hit.Value.Frame is Frame.Directed or Frame.Symmetric or Frame.Visit && coded.Count > 0 && !NominalUse(hit, s.Start)) { lastVerb = hit; lastVerbDraft = coded[0]; }
            // a governing verb governs its complement even when it is not coded itself ("Brazil said Caracas must release …")
            if (Governing.Contains(hit.Value.Type) && hit.Value.Frame != Frame.Noun) { governor = hit; governorDraft = coded.FirstOrDefault(); }
            if (coded.Count > 0) { lastCodedEnd = hit.End; lastCodedStart = hit.Start; lastCodedType = coded[0].Type; }
            foreach (var d in coded) yield return d;
        }
    }

    /// <summary>Whether a comma stands right before <paramref name="pos"/> (spaces aside).</summary>
    bool AfterComma(int pos, int from)
    {
        int i = pos - 1;
        while (i >= from && _folded[i] == ' ') i--;
        return i >= from && _folded[i] == ',';
    }

    /// <summary>
    /// A pro-verb of the act ("did the same", "followed suit", "a fait de même", "lui a emboîté le pas", triggers of
    /// type "=" in Events/data/triggers.tsv): the last act told with an actor, in this sentence or the one before, done
    /// again by the pro-verb's subject. It has no object of its own, so it takes the act's recipients (not the new
    /// actor); no act told before, or the same actor, is no event.
    /// </summary>
    IEnumerable<Draft> SameAct(PhraseMatch<Trigger> hit, Sentence s, int sIndex, List<PhraseMatch<(string Lang, string Kind)>> cuts,
        List<PhraseMatch<Cue>> cues, List<Draft> previous)
    {
        if (previous.LastOrDefault(e => sIndex - e.LastSentence is >= 0 and <= 1 && e.Actors.Count > 0 && e.Trigger.Start < hit.Start) is not { } act)
            yield break;
        var again = hit with { Value = hit.Value with { Type = act.Type, Mode = act.Mode, Cameo = act.Cameo } };
        foreach (var d in Code(again, s, sIndex, cuts, cues, previous).ToList())
        {
            d.Actors.RemoveAll(act.Actors.Contains);
            if (d.Actors.Count == 0) continue;
            // the act told before is left as it was. A new actor that was its recipient answers in kind ("Kenya expelled
            // Tanzania's envoy, and Tanzania did the same"): that act has the same two parties, which the merge of one
            // sentence's events (EventStage) would fold into the first, so it is left uncoded rather than mis-merged
            if (act.Targets.Exists(d.Actors.Contains)) continue;
            d.Targets = [.. act.Targets];
            yield return d;
        }
    }

    /// <summary>
    /// Whether the noun trigger is the reason of the act that ends at <paramref name="actEnd"/>: a reason word
    /// (Events/data/reasons.tsv) and at most a determiner stand right before it, after the act, in the same clause
    /// (no clause cut, comma or semicolon between). A reason word that may also state a purpose ("for", "pour": "sent
    /// troops for an attack on the rebels") counts only after the act types its row lists (a sanction, an accusation…).
    /// </summary>
    bool IsReasonOf(int actEnd, string? actType, PhraseMatch<Trigger> hit, List<PhraseMatch<(string Lang, string Kind)>> cuts)
    {
        if (!_lex.Reasons.TryGetValue(_lang == "*" ? "fr" : _lang, out var reasons) || hit.Start <= actEnd) return false;
        if (_folded.IndexOfAny([',', ';', '(', ':'], actEnd, hit.Start - actEnd) >= 0) return false;
        if (cuts.Exists(c => c.Start >= actEnd && c.Start < hit.Start)) return false;
        int at = hit.Start;
        var prev = PreviousWord(at, actEnd);
        // a noun: a noun-frame trigger or one after a determiner ("over the killing of"; not "for killing civilians")
        if (Determiners.Contains(prev)) at = _folded.LastIndexOf(prev, at - 1, at - actEnd, StringComparison.Ordinal);
        else if (hit.Value.Frame != Frame.Noun) return false;
        if (at < actEnd) return false;
        var before = _folded.AsSpan(actEnd, at - actEnd).TrimEnd();
        foreach (var (r, after) in reasons)
            if ((after == null || actType != null && after.Contains(actType))
                && (before.EndsWith(r, StringComparison.Ordinal) || before.SequenceEqual(r.AsSpan(1)))) return true;
        return false;
    }

    static readonly HashSet<string> Governing = ["REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE"];

    /// <summary>Words of an infinitive or gerund complement that may stand between its complementiser and its verb
    /// ("de ne pas avoir condamné", "of not having met", "to be").</summary>
    HashSet<string> ComplementFiller => _lex.Clause.ComplementFiller;
    HashSet<string> Complementisers => _lex.Clause.Complementisers;

    /// <summary>
    /// A request, threat, accusation, refusal or commitment that is itself the complement of another ("accused Chile of
    /// refusing to cooperate", "a reproché à la Hongrie de ne pas avoir condamné", "urged Iran to reject", "refused to
    /// condemn"): what is alleged, asked or refused, not an act of its own. Only a verb right after its complementiser
    /// (negation and auxiliaries aside), within eight words of the governing verb and with no "and"/"et" between: a
    /// coordinated verb ("accused Israel and threatened to retaliate") is an act of its own.
    /// </summary>
    bool InfinitiveComplement(PhraseMatch<Trigger> gov, PhraseMatch<Trigger> hit, int sentenceStart)
    {
        if (hit.Value.Frame == Frame.Noun || WordsBetween(gov.End, hit.Start) > 8) return false;
        var between = _folded.AsSpan(gov.End, hit.Start - gov.End);
        foreach (var w in between.Split(' '))
            if (between[w] is "and" or "et" or "but" or "mais") return false;
        int pos = hit.Start;
        for (int guard = 0; guard < 6; guard++)
        {
            var prev = PreviousWord(pos, Math.Max(gov.End, sentenceStart));
            // ("is ready to accept", "a accepté de renoncer": the governing phrase ends in its complementiser)
            if (prev.Length == 0) return GovernorEndsInComplementiser(gov);
            if (Complementisers.Contains(prev)) return true;
            if (!ComplementFiller.Contains(prev)) return false;
            pos = _folded.LastIndexOf(prev, pos - 1, pos - gov.End, StringComparison.Ordinal);
            if (pos < gov.End) return false;
        }
        return false;
    }
    HashSet<string> Possessives => _lex.Clause.Possessives;

    /// <summary>Words that may stand between an intention and the verb it governs ("son intention de s'entretenir",
    /// "wants to hold talks"); any other word ("le désir de paix dans les appels") puts the trigger outside the complement.</summary>
    HashSet<string> ComplementWords => _lex.Clause.ComplementWords;

    /// <summary>
    /// The event told last (the one whose latest mention is the latest), not the one created last: an event told again
    /// ("Zelensky a parlé … avec Trump" after "les appels séparés avec lui") is merged into an older draft.
    /// </summary>
    static Draft? LastTold(List<Draft> previous, Func<Draft, bool>? where = null)
    {
        Draft? best = null;
        foreach (var p in previous)
            if ((where == null || where(p)) && (best == null || p.LastSentence >= best.LastSentence)) best = p;
        return best;
    }

    string[] QuestionOpeners => _lex.Clause.QuestionOpeners;
    /// <summary>Question words that open an indirect question right after the question verb ("a demandé qui il rencontrait").</summary>
    string[] WhOpeners => _lex.Clause.WhOpeners;
    string[] QuestionVerbs => _lex.Clause.QuestionVerbs;

    /// <summary>Whether the trigger is in an indirect question ("a demandé s'il avait rencontré", "asked whether he had met").</summary>
    bool IndirectQuestion(int trigger, int clauseStart)
    {
        int from = Math.Max(clauseStart, trigger - 40);
        foreach (var q in QuestionOpeners)
        {
            int k = _folded.LastIndexOf(q, trigger, trigger - from, StringComparison.Ordinal);
            if (k < 0 || _folded.IndexOfAny([',', ';', '.'], k, trigger - k) >= 0) continue;
            var lead = _folded[Math.Max(clauseStart, k - 30)..k];
            if (QuestionVerbs.Any(v => lead.Contains(v))) return true;
        }
        // "il a demandé qui Witkoff rencontrait", "asked who he had met": a question word right after the question verb
        foreach (var w in WhOpeners)
        {
            int k = _folded.LastIndexOf(" " + w + " ", trigger, trigger - from, StringComparison.Ordinal);
            if (k < 0 || _folded.IndexOfAny([',', ';', '.'], k, trigger - k) >= 0) continue;
            var verb = PreviousWord(k + 1, clauseStart);
            if (verb.Length > 0 && QuestionVerbs.Any(v => verb.StartsWith(v))) return true;
        }
        return false;
    }

    /// <summary>A trigger that names a state by its preposition ("sous sanction", "under arrest", "en détention").</summary>
    bool StatePhrase(PhraseMatch<Trigger> hit) =>
        _folded.AsSpan(hit.Start, hit.End - hit.Start) is var w && (w.StartsWith("sous ") || w.StartsWith("under ") || w.StartsWith("en "));

    bool OnlyComplementWords(int from, int to)
    {
        foreach (var w in _folded[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // elided forms ("s'", "d'") stand with the next word
            var word = w.IndexOf('\'') is var q and >= 0 && q < w.Length - 1 ? w[..(q + 1)] : w;
            if (!ComplementWords.Contains(word)) return false;
        }
        return true;
    }
    static readonly HashSet<string> Responses = ["REQUEST", "THREATEN", "ACCUSE", "REJECT", "SANCTION"];
    static readonly HashSet<string> Cooperative = ["CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"];

    string[] Together => _lex.Clause.Together;

    /// <summary>An envoy noun ("diplomats", "l'ambassadeur") a few words after <paramref name="from"/> in its clause, followed
    /// by a departure ("to leave", "de quitter") a few words later.</summary>
    bool OrderToLeave(int from, List<PhraseMatch<(string Lang, string Kind)>> cuts, int sentenceEnd)
    {
        int end = sentenceEnd;
        foreach (var c in cuts) if (c.Start >= from && c.Start < end) end = c.Start;
        end = Math.Min(end, from + 60);
        foreach (var noun in _lex.Clause.EnvoyNouns)
        {
            int at = _folded.IndexOf(noun, from, end - from, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && char.IsLetter(_folded[at - 1]))) continue;
            int after = at + noun.Length, stop = Math.Min(sentenceEnd, after + 25);
            foreach (var w in _lex.Clause.DepartureWords)
                if (_folded.IndexOf(w, after, stop - after, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    bool FollowedBy(int pos, int end, string[] words)
    {
        int i = pos;
        while (i < end && _folded[i] == ' ') i++;
        foreach (var w in words)
            if (string.CompareOrdinal(_folded, i, w, 0, w.Length) == 0) return true;
        return false;
    }

    int IndexOf(Sentence s)
    {
        for (int i = 0; i < Sentences.Count; i++) if (Sentences[i].Start == s.Start) return i;
        return -1;
    }

    IEnumerable<Draft> Code(PhraseMatch<Trigger> hit, Sentence s, int sIndex, List<PhraseMatch<(string Lang, string Kind)>> cuts,
        List<PhraseMatch<Cue>> cues, List<Draft> previous)
    {
        var t = hit.Value;
        // the clause: from the sentence start (or the last cut before the trigger) to the first cut after it
        int clauseEnd = cuts.Where(c => c.Start >= hit.End).Select(c => c.Start).DefaultIfEmpty(s.End).Min();
        clauseEnd = Math.Min(clauseEnd, ParticipleClause(hit.End, clauseEnd));
        // "…, the Israeli military said", ", des responsables américains ont affirmé": a trailing reporting clause
        // names the source, not a participant
        int trailing = TrailingReport(hit.End, s);
        if (trailing >= 0) clauseEnd = Math.Min(clauseEnd, trailing);
        // "X a promis des représailles et l'Unesco a condamné …": "and"/"et" before a new subject and its verb ends the clause
        clauseEnd = CoordinatedClauseStart(hit.End, clauseEnd);
        // "Macron, who visited Kyiv last year, condemned …": a relative clause ends at its closing comma
        foreach (var (rs, re) in _relatives)
            if (rs < hit.Start && hit.End <= re) clauseEnd = Math.Min(clauseEnd, re);
        int clauseStart = cuts.Where(c => c.End <= hit.Start).Select(c => _folded[c.Start] == ';' || c.Value.Kind == "clause" ? c.End : -1).DefaultIfEmpty(-1).Max();
        if (clauseStart < s.Start) clauseStart = s.Start;
        var quote = _doc.Quotes.Where(q => q.Start <= hit.Start && hit.End <= q.End).OrderBy(q => q.End - q.Start).FirstOrDefault();
        // a direct quotation is a clause of its own; reported speech ("China announced drills …") keeps its
        // reporting verb's subject in the clause
        if (quote != null && quote.Direct)
        {
            clauseStart = Math.Max(clauseStart, quote.Start);
            clauseEnd = Math.Min(clauseEnd, quote.End);
        }

        var draft = new Draft
        {
            Type = t.Type, Mode = t.Mode, Cameo = t.Cameo, Status = EventStatus.Occurred,
            SentenceIndex = sIndex, LastSentence = sIndex, Trigger = new TextSpan(hit.Start, hit.End),
        };
        draft.Evidence.Add(new TextSpan(s.Start, s.End));
        draft.Nominal = t.Frame == Frame.Noun;
        // "on lui a demandé s'il avait rencontré Poutine", "asked whether he had met Putin": a question, not an assertion
        draft.Question = IndirectQuestion(hit.Start, clauseStart);
        if (t.Frame == Frame.Noun)
        {
            var det = PreviousWord(hit.Start, s.Start);
            var own = _folded[hit.Start..Math.Min(hit.End, hit.Start + 2)];
            draft.Definite = det is "le" or "la" or "l'" or "les" or "the" || own == "l'";
        }

        // --- status and mode cues
        bool negated = false, intended = false, planned = false, conditional = false, distributive = false, willing = false, reported = false, hedged = false;
        bool would = false, unless = false, prepare = false, penalty = false;
        // "X said (that) it would …", "a annoncé qu'il libérerait": after a reporting verb, "would" and the French
        // conditional are the future seen from the past (a plan), not a hypothesis
        bool reportedFuture = _reporting.Any(r => r.End <= hit.Start && r.Start >= clauseStart && hit.Start - r.End <= 40)
            && !cues.Any(c => c.Value.Kind == "conditional" && c.End <= hit.Start && c.Start >= clauseStart && _folded.AsSpan(c.Start, c.End - c.Start) is "if" or "si");
        foreach (var c in cues)
        {
            // a modal that opens the trigger phrase ("could strike") counts as before it
            bool before = (c.End <= hit.Start || (c.Start == hit.Start && c.End < hit.End)) && c.Start >= clauseStart && hit.Start - c.End <= 60;
            // the month "May" ("on May 5", "en May") is no modal
            if (c.Value.Kind == "conditional" && _folded.AsSpan(c.Start, c.End - c.Start) is "may" && (char.IsUpper(_text[c.Start]) || NextWord(c.End, s.End) is { Length: > 0 } nw && char.IsDigit(nw[0]))) continue;
            bool after = c.Start >= hit.End && c.Start < clauseEnd && c.Start - hit.End <= 60;
            bool ok = c.Value.Where switch { "before" => before, "after" => after, _ => before || after };
            // a report ("le New York Post a rapporté qu'…") governs the whole sentence after it
            if (c.Value.Kind == "reported") ok = c.End <= hit.Start;
            if (!ok) continue;
            switch (c.Value.Kind)
            {
                case "negation": negated |= hit.Start - c.End <= 25; break;
                // intentions and plans govern the verb right after them ("son intention de s'entretenir", "will meet"),
                // not an event further on ("le désir de paix dans les appels")
                case "intention": intended |= hit.Start - c.End <= 20 && c.End <= hit.Start && OnlyComplementWords(c.End, hit.Start); break;
                case "planned": planned |= c.End <= hit.Start ? hit.Start - c.End <= 30 : c.Start - hit.End <= 60; break;
                case "conditional":
                    if (c.End <= hit.Start && _folded.AsSpan(c.Start, c.End - c.Start) is "would") { would |= hit.Start - c.End <= 45; break; }
                    conditional |= c.End > hit.Start || hit.Start - c.End <= 45; break;
                // "X denied attacking", "a démenti avoir ordonné": the event is denied
                case "denial": negated |= c.End <= hit.Start && hit.Start - c.End <= 80; break;
                // "will withdraw its troops unless …", "à moins que": a conditional sanction or attack is a threat
                case "unless": unless |= c.Start >= hit.End; break;
                // "prepared to resume shelling", "se préparent à attaquer": forces readied short of the attack
                case "prepare": prepare |= c.End <= hit.Start && hit.Start - c.End <= 25; break;
                // "a condamné X à cinq ans de prison", "condemned to death": a sentence passed, not words of blame
                case "penalty": penalty |= c.Start >= hit.End && c.Start - hit.End <= 60; break;
                case "phone": if (t.Type == "CONSULT") draft.Mode ??= "phone"; break;
                case "distributive": distributive = true; break;
                case "willing": willing = true; break;
                case "reported": reported = true; break;
                // "une frappe attribuée à Israël", "reportedly", "allegedly": the article does not assert it
                case "alleged": reported = true; break;
                // "n'a pas exclu", "did not rule out": a possibility, not a denial
                case "hedge": hedged = true; break;
                // "pour appeler à la retenue": what someone goes somewhere to do is still to be done
                // "called a strike", "appelé à la grève": a protest called for is still to come
                case "call": planned |= t.Type == "PROTEST" && (c.Start == hit.Start || c.End <= hit.Start && hit.Start - c.End <= 30); break;
                case "purpose": planned |= c.End <= hit.Start && hit.Start - c.End <= 1; break;
                
                case "topics":
                    var topics = Topics(c.End, clauseEnd);
                    if (topics.Count > 0) draft.Attributes["topics"] = topics;
                    break;
            }
        }
        if (IsFutureForm(hit) || (t.Language == "en" && _folded.AsSpan(hit.Start).StartsWith("will "))) planned = true;
        if (IsConditionalForm(hit)) would = true;
        if (would) { if (reportedFuture) planned = true; else conditional = true; }
        // the threat is made even when its content is a possibility ("n'a pas exclu de recourir à la force")
        if (hedged) { negated = false; conditional |= t.Type != "THREATEN"; }
        // a planned meeting that is denied or unconfirmed ("n'a ni confirmé ni démenti qu'une rencontre serait en
        // préparation") is still an agreement to meet, denied
        bool deniedPlan = negated && planned && t.Type is "CONSULT" or "SUPPORT" or "COOPERATE" or "AID";
        // "would not negotiate", "refuse de rencontrer": a refusal to meet (PLOVER: REJECT), not a meeting that did not happen
        bool refusal = t.Type == "CONSULT" && (planned || conditional || intended)
            && cues.Any(c => c.Value.Kind == "negation" && c.End <= hit.Start && hit.Start - c.End <= 10 && c.Start >= clauseStart);
        if (refusal) { negated = false; planned = false; conditional = false; intended = false; deniedPlan = false; }
        draft.Status = negated ? EventStatus.Denied
            : conditional ? EventStatus.Conditional
            : intended ? EventStatus.Intended
            : planned || willing ? EventStatus.Planned
            : reported ? EventStatus.Reported
            : EventStatus.Occurred;

        if (refusal)
        {
            draft.Type = "REJECT";
            draft.Mode = "meet";
            draft.Cameo = "125";
            draft.Status = EventStatus.Occurred;
        }
        if (prepare && t.Type == "ASSAULT")
        {
            draft.Type = "MOBILIZE";
            draft.Mode = "troops";
            draft.Cameo = "154";
            draft.Status = EventStatus.Occurred;
        }
        if (penalty && t.Type == "ACCUSE" && t.Mode is null or "disapprove")
        {
            draft.Type = "SANCTION";
            draft.Mode = "convict";
            draft.Cameo = "160";
        }
        // PLOVER: a coercive act announced on a condition ("will withdraw its ambassador unless Iran releases …",
        // "boycottera le scrutin à moins que …") is a threat, made now
        if (unless && !refusal && draft.Status is EventStatus.Planned or EventStatus.Conditional && t.Type is "SANCTION" or "ASSAULT" or "COERCE" or "RETREAT" or "PROTEST" or "MOBILIZE" or "REJECT")
        {
            draft.Type = "THREATEN";
            draft.Mode = null;
            draft.Cameo = "130";
            draft.Status = EventStatus.Occurred;
        }

        // --- participants
        bool pronounSubject = false;
        var subject = t.Frame == Frame.Noun && !AfterLightVerb(hit.Start, clauseStart)
            ? []
            : Subject(hit.Start, clauseStart, s, quote, previous, out pronounSubject, out _);
        // "Benin opened its borders, but refused admittance to Ghanaians": the first clause's subject
        if (subject.Count == 0 && !pronounSubject && SubjectBeforeBut(hit, clauseStart, s, quote, previous) is { } shared) subject = shared;
        // "The prosecutor of the International Criminal Court said he had applied for …", "le chef du bureau
        // politique du Hamas a …": an unnamed official acts for the institution named in the clause's subject
        if (subject.Count == 0 && (t.Frame != Frame.Noun || AfterLightVerb(hit.Start, clauseStart)))
        {
            var inst = _mentions.FirstOrDefault(m => m.Start >= s.Start && m.End <= hit.Start && m.Entity.Type == EntityTypes.Organization
                && PreviousWord(m.Start, s.Start) is var pw && (Determiners.Contains(pw) ? PreviousWord(m.Start - pw.Length - 1, s.Start) : pw) is var pw2
                && _preps.TryGetValue(pw2, out var prole) && prole == "genitive");
            if (inst.Entity != null && WordsBetween(s.Start, inst.Start) <= 4) subject.Add(inst.Entity);
        }
        bool anaphoricSubject = t.Frame != Frame.Noun || AfterLightVerb(hit.Start, clauseStart) ? PronounSubjectIsPlural : false;
        draft.Pronoun = false;
        // "ont discuté des relations entre Moscou et Washington": what follows a topics cue is the subject matter
        var topicCue = cues.FirstOrDefault(c => c.Value.Kind == "topics" && c.Start >= hit.Start && c.Start <= hit.End + 2);
        // "a condamné l'attaque contre Odessa": what follows the attack noun belongs to the attack
        int condemnedNoun = CondemnedEventNoun(hit, clauseEnd, out var condemnedAuthors);
        int objectsEnd = condemnedNoun >= 0 ? condemnedNoun : topicCue.Value != null ? topicCue.Start : clauseEnd;
        // "nous avons parlé de ma discussion avec Scott Bessent", "we talked about his meeting with X": a meeting noun
        // later in the clause takes the "avec/with X" after it; the verb's partners stop there
        if (t.Type == "CONSULT" && t.Frame != Frame.Noun
            && _hits.FirstOrDefault(h => h.Start > hit.End && h.Start < objectsEnd && h.Value.Type == "CONSULT"
                && PreviousWord(h.Start, hit.End) is var det && (Possessives.Contains(det) || (Determiners.Contains(det) && !(det == "a" && _lang != "en")))) is { Value: not null } meetingNoun)
            objectsEnd = meetingNoun.Start;
        // "shared evidence with the U.S. about contacts between al Qaeda and Iraq": the topic names no participant
        objectsEnd = TopicStart(hit.End, objectsEnd);
        // "Ethiopia's attack on Somalia was condemned by Kenya": the noun phrase ends at a passive auxiliary
        objectsEnd = NounPhraseEndAtPassive(hit, objectsEnd);
        // "accused Uganda of colluding with the African Union", "urged Uganda to open talks with Kenya": the names in
        // what is alleged or asked are not the addressees (EventContext.Addressees.cs)
        objectsEnd = AddresseeComplement(hit, objectsEnd);
        // "joined NATO", "a rejoint l'OTAN": a trigger phrase that ends with a name takes that name as its object
        int objectsFrom = hit.End;
        foreach (var m in _mentions)
        {
            if (m.Start >= hit.End) break;
            if (m.Start > hit.Start && m.End == hit.End) { objectsFrom = m.Start; break; }
        }
        var objects = Objects(objectsFrom, objectsEnd, t.Frame, previous);
        var demonymObjects = t.Frame == Frame.Passive ? [] : objects.Where(o => IsAdjectivalDemonym(o.Entity, o.Start)).ToList();
        if (t.Frame != Frame.Passive) objects.RemoveAll(o => IsAdjectivalDemonym(o.Entity, o.Start));
        subject.RemoveAll(e => _mentions.Any(m => m.Entity == e && m.End <= hit.Start && m.Start >= clauseStart && IsAdjectivalDemonym(e, m.Start))
            && !_mentions.Any(m => m.Entity == e && m.End <= hit.Start && m.Start >= clauseStart && !IsAdjectivalDemonym(e, m.Start)));
        // "ethnic Albanians demonstrated in Serbia": an ethnic group named by a demonym is not that state
        subject.RemoveAll(e => _mentions.Any(m => m.Entity == e && m.End <= hit.Start && m.Start >= clauseStart && EthnicDemonym(m)));
        var passiveAgents = new List<Entity>();
        var objectAuthors = new List<Entity>();
        switch (t.Frame)
        {
            case Frame.Symmetric:
            case Frame.Noun:
                Add(draft.Actors, subject);
                foreach (var (e, role, mStart) in objects)
                {
                    if (role is "place" or "at" && e.Type == EntityTypes.Location) { if (IsCity(e)) draft.Location ??= e.Id; }
                    else if (role == "to" && IsCapital(e) && t.Type is "AID" or "SUPPORT" or "AGREE" or "REQUEST" or "SANCTION") Add(draft.Targets, [e]);
                    else if (role == "to" && IsCity(e) && !(t.Frame == Frame.Noun && t.Type == "ASSAULT")) draft.Location ??= e.Id;
                    // "tirs de roquettes du Hezbollah", "attacks by the group": the group fires; "l'invasion de l'Ukraine": the country is hit
                    else if (t.Frame == Frame.Noun && (role == "agent" || (role == "genitive" && t.Type is "ASSAULT" or "THREATEN" && e.Type == EntityTypes.Organization))) Add(draft.Actors, [e]);
                    // "l'offensive de la Russie contre l'Ukraine": the genitive before "contre"/"against" is the author
                    else if (t.Frame == Frame.Noun && role == "genitive" && GenitiveAuthorBeforeTarget(hit, objects, mStart)) Add(draft.Actors, [e]);
                    // "l'offensive de la Russie", "l'attaque du Soudan": the genitive right after an agent noun is its author
                    else if (t.Frame == Frame.Noun && role == "genitive" && AgentGenitive(hit, mStart)) Add(draft.Actors, [e]);
                    else if (t.Frame == Frame.Noun && t.Type != "CONSULT" && (role is "target" or "to" or "at" || (role == "object" && (WordsBetween(hit.End, mStart) <= 1 || (EndsWithTargetPreposition(hit) && !objects.Any(o => o.Start < mStart && o.Role != "object")))))) { Add(draft.Targets, [e]); if (t.Type == "ASSAULT" && IsCity(e)) draft.Location ??= e.Id; }
                    // "a suspension of air links with Serbia", "la rupture des relations avec Kigali": what is cut is aimed at the partner
                    else if (role == "with" && t.Frame == Frame.Noun && t.Type is "SANCTION" or "REJECT") Add(draft.Targets, [e]);
                    // "agreed to resume aid with Kyiv", "ratified Sweden's bid": the partner of a commitment is its recipient
                    else if (PartnerIsRecipient(t, role, e, mStart, subject)) Add(draft.Targets, [e]);
                    else if ((role is "with" && (t.Frame == Frame.Symmetric || t.Type is "CONSULT" or "COOPERATE" or "AGREE" or "SUPPORT" or "RETREAT")) || (role == "to" && t.Frame == Frame.Symmetric) || (role == "object" && t.Frame == Frame.Symmetric && WordsBetween(hit.End, mStart) <= 4)) Add(draft.Actors, [e]);
                    else if (t.Frame == Frame.Noun && role == "genitive" && t.Mode == "visit" && e.Type == EntityTypes.Person) Add(draft.Actors, [e]);
                    else if (t.Frame == Frame.Noun && role == "genitive" && t.Type != "CONSULT") Add(draft.Targets, [e]);
                    else if (t.Frame == Frame.Noun && t.Mode == "visit" && e.Type == EntityTypes.Location && IsCity(e)) draft.Location ??= e.Id;
                }
                // "Russia's invasion of Ukraine", "Navalny's arrest": the possessor of the noun
                ParticipantFromPossessor(hit, draft, clauseStart);
                // "des frappes aériennes russes", "the Israeli strikes": the demonym on the attack noun is its author
                if (t.Frame == Frame.Noun && Hostile(t.Type) && draft.Actors.Count == 0 && DemonymOfNoun(hit.Start, hit.End, clauseStart, clauseEnd) is { } author)
                {
                    draft.Actors.Add(author.Id);
                    draft.Targets.Remove(author.Id);
                    demonymObjects.RemoveAll(o => o.Entity == author);
                }
                break;
            case Frame.Directed:
            case Frame.Visit:
                Add(draft.Actors, subject);
                foreach (var (e, role, at) in objects)
                {
                    if (IsObjectAuthor(hit, role, at, clauseStart, clauseEnd)) { objectAuthors.Add(e); continue; }
                    // a capital as the object of a directed act stands for its government ("warned Pyongyang");
                    // an attack on a city hits its country ("tirant des missiles sur Tel-Aviv")
                    // (a capital after a passive's "by"/"par" is its government acting: "was attacked by Moscow", "arrêté par la police" read at Dakar)
                    if (e.Type == EntityTypes.Location && IsCity(e) && !(role == "agent" && IsPassiveAgent(hit, at, clauseStart, clauseEnd)))
                    {
                        // "promised aid to Kyiv", "a rappelé son ambassadeur à Moscou": a capital receiving help, demands or sanctions is its government
                        bool capital = (role == "object" && WordsBetween(hit.End, at) <= 2) || (role is "to" or "place" && IsCapital(e) && t.Type is "AID" or "SUPPORT" or "AGREE" or "REQUEST" or "SANCTION") || CapitalPartnerOfACut(t, role, e);
                        // "a invité Trump à se rendre à Moscou", "invited him to travel to Beijing": the city is where the
                        // nested act (the visit) takes place, not a recipient of the invitation
                        if (capital && role != "object" && _hits.Any(h => h.Start >= hit.End && h.End <= at && h.Value.Type != "-")) capital = false;
                        if (t.Frame == Frame.Directed && (capital || (t.Type == "ASSAULT" && role is "target" or "at"))) Add(draft.Targets, [e]);
                        if (!capital || t.Frame != Frame.Directed) draft.Location ??= e.Id;
                    }
                    // "a rappelé son ambassadeur en France", "expelled diplomats from Russia": the country is the one sanctioned
                    else if (e.Type == EntityTypes.Location && role == "place") { if (t.Type == "SANCTION" && t.Frame == Frame.Directed) Add(draft.Targets, [e]); }
                    else if (role is "object" or "target" or "with" or "genitive" or "to" or "at") Add(draft.Targets, [e]);
                    else if (role == "agent" && t.Frame == Frame.Directed && IsPassiveAgent(hit, at, clauseStart, clauseEnd)) passiveAgents.Add(e);
                }
                break;
            case Frame.Host:
            {
                // "Scholz was received by Macron", "a été reçu à l'Élysée par Macron": the subject is the visitor, the agent hosts;
                // so is a participle in apposition ("Mitsotakis, reçu mardi à l'Élysée par Macron, a annoncé …")
                bool apposed = !PassiveAuxiliaryBefore(hit.Start, clauseStart) && AppositiveParticiple(hit, clauseStart);
                bool hostPassive = apposed || PassiveAuxiliaryBefore(hit.Start, clauseStart);
                // (the guest of a participle in apposition is the name it is apposed to, whatever the clause's subject)
                if (apposed && _mentions.LastOrDefault(m => m.End <= hit.Start && m.Start >= clauseStart) is { Entity: { } apposedTo }) subject = [apposedTo];
                Add(hostPassive ? draft.Actors : draft.Targets, subject);
                foreach (var (e, role, _) in objects)
                    if (role == "place" && e.Type == EntityTypes.Location) draft.Location ??= e.Id;
                    else if (hostPassive && role == "agent") Add(draft.Targets, [e]);
                    else if (!hostPassive && role is "object" or "with") Add(draft.Actors, [e]);
                    else if (hostPassive && role == "to" && IsCity(e)) draft.Location ??= e.Id;
                // "a reçu à Pékin son homologue russe Vladimir Poutine": the guest apposed to a noun phrase after a place
                if (!hostPassive && draft.Actors.Count == 0 && GuestAfterHostVerb(objects, subject) is { } guest) draft.Actors.Add(guest.Id);
                // "Emmanuel Macron l'a reçu lundi": the elided pronoun is the guest told before
                if (!hostPassive && _lang == "fr" && GuestByElidedPronoun(hit, draft, clauseStart, sIndex) is { } told && !draft.Actors.Contains(told.Id)) draft.Actors.Insert(0, told.Id);
                break;
            }
            case Frame.Obligation:
            {
                // "Brazil said Venezuela must release …": whoever says it asks the one who must
                var rv = _reporting.LastOrDefault(r => r.End <= hit.Start && r.Start >= clauseStart);
                // the one who must is named in the reported clause ("Netanyahu said Iran had erred and would pay for it")
                if (rv.Value != null) subject = Subject(hit.Start, rv.End, s, quote, previous, out _, out _);
                Add(draft.Targets, subject);
                if (rv.Value != null) Add(draft.Actors, ReportingSubject(rv.Start, clauseStart, s, quote, previous).Where(e => !subject.Contains(e)));
                else if (quote?.Speaker != null && !subject.Any(e => e.Id == quote.Speaker)) draft.Actors.Add(quote.Speaker);
                // "Venezuela must release …, Brazil said": the trailing reporting clause's subject
                else if (TrailingReportAt(hit.End, s) is (>= 0 and var oc, var ov))
                    Add(draft.Actors, _mentions.Where(m => m.Start > oc && m.End <= ov && !subject.Contains(m.Entity)).Select(m => m.Entity).Take(1));
                // an obligation nobody is said to impose is the article's own opinion, not a request
                if (draft.Actors.Count == 0) yield break;
                break;
            }
            case Frame.Passive:
                Add(draft.Targets, subject);
                foreach (var (e, role, _) in objects)
                    if (role is "agent" or "object" or "adjective") Add(draft.Actors, [e]);
                // "la décision de Museveni, jugée inacceptable par Ruto": what is judged is the act of the one who
                // modifies the subject noun
                if (t.Type == "ACCUSE" && draft.Targets.Count == 0
                    && _mentions.LastOrDefault(m => m.Start >= clauseStart && m.End <= hit.Start && !draft.Actors.Contains(m.Entity.Id)) is { Entity: { } judged })
                    draft.Targets.Add(judged.Id);
                break;
        }
        // "après le bombardement de Kharkiv par l'armée russe": an act noun's agent is its author (EventContext.NominalActAgents.cs)
        if (NominalActAgents(hit, clauseStart, clauseEnd) is { } nounAgents)
        {
            // (the clause's subject, who reacts to the act or is dated by it, is no party to it)
            draft.Actors.Clear();
            Add(draft.Actors, nounAgents);
            foreach (var a in nounAgents) draft.Targets.Remove(a.Id);
            demonymObjects.RemoveAll(o => nounAgents.Contains(o.Entity));
        }
        // "tués par un tir de drone russe", "killed by Russian shelling": the demonym in the agent's noun phrase acted
        if (t.Frame == Frame.Directed && passiveAgents.Count == 0 && PassiveAuxiliaryBefore(hit.Start, clauseStart) && PassiveAgentDemonym(hit.End, clauseEnd) is { } agentCountry)
        {
            passiveAgents.Add(agentCountry);
            draft.Targets.Remove(agentCountry.Id);
            demonymObjects.RemoveAll(o => o.Entity == agentCountry);
        }
        // an attack condemned is aimed at its author when the text names it ("condemned the Russian strikes")
        if (condemnedNoun >= 0) Add(draft.Targets, condemnedAuthors.Where(a => !draft.Actors.Contains(a.Id)));
        // "des frappes contre des sites nucléaires iraniens", "sanctions sur le pétrole russe": with no other
        // recipient, the country whose sites, soil or goods are hit is the recipient; "a libéré 40 soldats ukrainiens":
        // the country of the prisoners released
        if (draft.Targets.Count == 0 && t.Type is "ASSAULT" or "SANCTION" or "THREATEN" or "COERCE" or "MOBILIZE" or "ACCUSE" or "AID" or "RETREAT" && t.Frame is Frame.Directed or Frame.Noun)
            foreach (var (e, _, _) in demonymObjects.Skip(ForeignDemonymAt(demonymObjects, draft)).Take(1))
                if (!draft.Actors.Contains(e.Id)) draft.Targets.Add(e.Id);
        // a directed verb in the passive ("a été tué", "was arrested", "une déclaration dénoncée par le Kremlin"):
        // the subject undergoes it, the agent after "par"/"by" does it
        bool passive = t.Frame == Frame.Directed && (passiveAgents.Count > 0 || PassiveAuxiliaryBefore(hit.Start, clauseStart) || AppositiveParticiple(hit, clauseStart));
        if (passive)
        {
            var undergoers = draft.Actors.ToList();
            draft.Actors.Clear();
            Add(draft.Actors, passiveAgents);
            foreach (var u in undergoers) if (!draft.Actors.Contains(u) && !draft.Targets.Contains(u)) draft.Targets.Add(u);
            // "A camp for Congolese refugees was attacked by …", "des civils ukrainiens ont été tués": with no named
            // undergoer, the country of the passive subject's noun phrase undergoes it
            if (draft.Targets.Count == 0) PassiveSubjectCountry(hit, draft, clauseStart);
            pronounSubject = true; // the subject is taken: no actor is guessed from the clause's places
        }
        else if (draft.Targets.Count == 0) Add(draft.Targets, objectAuthors.Where(a => !draft.Actors.Contains(a.Id)));
        // "an investigation into crimes committed by Croatian forces": the author of what is accused is the recipient
        if (!passive && t.Type == "ACCUSE" && t.Frame is Frame.Directed or Frame.Noun && AuthorOfAccusedAct(hit, objectsEnd) is { } accused
            && !subject.Contains(accused))
        {
            draft.Actors.Remove(accused.Id);
            if (draft.Actors.Count > 0 && !draft.Targets.Contains(accused.Id)) draft.Targets.Insert(0, accused.Id);
        }
        // "a US national has been put under investigation in Italy", "a été arrêté en Iran": with no agent, the
        // state where one is arrested, investigated, charged or convicted does it (not for attacks: "killed in
        // Kherson" does not say who killed)
        if ((passive || t.Frame == Frame.Passive) && draft.Actors.Count == 0 && t.Type is "COERCE" or "ACCUSE" or "SANCTION")
        {
            var state = _mentions.FirstOrDefault(m => m.Start >= hit.End && m.End <= clauseEnd && m.Entity.Type == EntityTypes.Location
                && !draft.Targets.Contains(m.Entity.Id) && PreviousWord(m.Start, hit.End) is "in" or "en" or "au" or "aux"
                && Parallax.Entities.KnowledgeBase.Default.Get(m.Entity.Name)?.IsCountry == true);
            if (state.Entity != null) draft.Actors.Add(state.Entity.Id);
            // "was arrested at his home in Tegucigalpa", "a été arrêté à Manille": the city's state (EventContext.Visits.cs)
            else if (StateOfArrestCity(hit, draft, clauseEnd) is { } cityState) draft.Actors.Add(cityState.Id);
        }
        // no named actor, but the subject is described by its country ("Israeli soldiers", "Opposition groups in
        // Zimbabwe", "the Sri Lankan army"): that country acts
        // "Le ministre allemand … a été reçu par Macron": the visitor described by its country
        if (t.Frame == Frame.Host && subject.Count == 0 && !pronounSubject && PassiveAuxiliaryBefore(hit.Start, clauseStart))
        {
            var visitor = _mentions.FirstOrDefault(m => m.Start >= clauseStart && m.End <= hit.Start && m.Entity.Type == EntityTypes.Location
                && WordsBetween(clauseStart, m.Start) <= 4 && !draft.Targets.Contains(m.Entity.Id) && IsDemonymForm(m));
            if (visitor.Entity != null) Add(draft.Actors, [visitor.Entity]);
        }
        // "Brazil demanded that Venezuela release …", "a exigé que le Venezuela libère": the subject of the demanded
        // act is the one asked
        if (t.Type == "REQUEST" && t.Frame == Frame.Directed && draft.Targets.Count == 0 && NextWord(hit.End, s.End) is "que" or "qu'" or "that")
        {
            var asked = FirstMentionWithin(hit.End, s.End, 3, strictlyAfter: true);
            if (asked.Entity != null && !draft.Actors.Contains(asked.Entity.Id)) draft.Targets.Add(asked.Entity.Id);
        }
        // (a nominal event after a light verb too: "A group of Moroccan diplomats held their first meeting with …")
        if (draft.Actors.Count == 0 && subject.Count == 0 && !pronounSubject && (t.Frame is Frame.Directed or Frame.Symmetric or Frame.Visit || (t.Frame == Frame.Noun && AfterLightVerb(hit.Start, clauseStart))))
        {
            var described = _mentions.Where(m => m.Start >= clauseStart && m.End <= hit.Start && m.Entity.Type == EntityTypes.Location && !draft.Targets.Contains(m.Entity.Id)
                    && WordsBetween(m.End, hit.Start) <= 5 && DescribesSubject(PreviousWord(m.Start, clauseStart)) && !EthnicDemonym(m))
                .Select(m => m.Entity).Distinct().ToList();
            if (described.Count is > 0 and <= 2) Add(draft.Actors, described);
            // "The Turkish and Greek sides of … have agreed", "Les autorités iraniennes … ont": demonyms in the noun
            // phrase that opens the clause describe its subject, however long the phrase
            if (draft.Actors.Count == 0)
            {
                var opening = _mentions.Where(m => m.Start >= clauseStart && m.End <= hit.Start && m.Entity.Type == EntityTypes.Location
                        && WordsBetween(clauseStart, m.Start) <= 3 && (!IsModifier(m, clauseStart) || AfterGroupNoun(m, clauseStart)) && IsDemonymForm(m) && !EthnicDemonym(m))
                    .Select(m => m.Entity).Distinct().ToList();
                if (opening.Count is > 0 and <= 3 && !_reporting.Any(r => r.End <= hit.Start && r.Start >= clauseStart)) Add(draft.Actors, opening);
            }
        }
        // protesters are the people of the place where they march ("thousands rallied in Tbilisi", "ont manifesté
        // dans toute la France"); the place is not what they protest against
        // "les manifestants" right after a protest was told: the same protest (merged as a mention without participants)
        bool protestAgain = t.Type == "PROTEST" && t.Frame == Frame.Noun && draft.Actors.Count == 0
            && previous.Any(e => e.Type == "PROTEST" && sIndex - e.LastSentence is >= 0 and <= 2);
        if (t.Type == "PROTEST" && draft.Actors.Count == 0 && !protestAgain)
        {
            // (not the state whose embassy they stand outside: "outside the French embassy in Niamey" is Niger's people)
            var place = _mentions.FirstOrDefault(m => m.Start >= clauseStart && m.End <= clauseEnd && m.Entity.Type == EntityTypes.Location && !IsAdjectivalDemonym(m.Entity, m.Start) && !EthnicDemonym(m)
                && !NamesMission(m, clauseStart, clauseEnd));
            if (place.Entity != null)
            {
                draft.Actors.Add(place.Entity.Id);
                draft.Targets.Remove(place.Entity.Id);
                if (IsCity(place.Entity)) draft.Location ??= place.Entity.Id;
            }
        }
        // "protesters rallied outside the Japanese embassy", "devant l'ambassade de France": a protest at a state's
        // diplomatic mission is aimed at that state
        if (t.Type == "PROTEST" && draft.Targets.Count == 0 && !protestAgain)
            foreach (var m in _mentions)
                if (m.Start >= clauseStart && m.End <= clauseEnd && m.Entity.Type == EntityTypes.Location && !draft.Actors.Contains(m.Entity.Id)
                    && !draft.Targets.Contains(m.Entity.Id) && NamesMission(m, clauseStart, clauseEnd))
                    draft.Targets.Add(m.Entity.Id);
        // a response to what was just told ("Moscow condemned the measures", "Netanyahu rejected the move",
        // "Israël a rejeté une décision"): it is aimed at whoever did it
        if (t.Type is "ACCUSE" or "REJECT" && t.Frame == Frame.Directed && draft.Targets.Count == 0 && draft.Actors.Count > 0
            && (Determiners.Contains(NextWord(hit.End, clauseEnd)) || NextWord(hit.End, clauseEnd) is "toute" or "tout" or "tous" or "toutes" or "any" or "all" || passive))
        {
            // (not an event told in a relative clause of this sentence: "Lavrov, que Rubio a rencontré, a rejeté …")
            bool Responded(Draft e) => sIndex - e.LastSentence is >= 0 and <= 1 && e.Actors.Count > 0 && !e.Actors.Intersect(draft.Actors).Any()
                && !(e.LastSentence == sIndex && InRelative(e));
            // "… a promis des représailles et l'Unesco a condamné la destruction": an act noun as the object names the
            // kind of act responded to; the last act of that kind is the one, before the last event of any kind
            var actNoun = _hits.FirstOrDefault(h => h.Start >= hit.End && h.Start < clauseEnd && WordsBetween(hit.End, h.Start) <= 2
                && h.Value.Type != t.Type && _folded.IndexOfAny([',', ';', ':'], hit.End, h.Start - hit.End) < 0);
            var before = (actNoun.Value != null ? previous.LastOrDefault(e => e.Type == actNoun.Value.Type && Responded(e)) : null)
                ?? previous.LastOrDefault(Responded);
            if (before != null) draft.Targets.AddRange(before.Actors);
        }
        // "avec lui", "with him": the person the clause is about, other than the subject
        string? withPronoun = null;
        if (FollowsWithPronoun(hit.End, clauseEnd))
        {
            var other = _mentions.LastOrDefault(m => m.End <= hit.Start && m.Start >= s.Start && m.Entity.Type == EntityTypes.Person && !draft.Actors.Contains(m.Entity.Id));
            if (other.Entity != null) { draft.Actors.Add(other.Entity.Id); withPronoun = other.Entity.Id; }
        }
        // "la visite à Budapest du Premier ministre suédois Ulf Kristersson": the person after the place visits (EventContext.Visits.cs)
        VisitorOfVisitNoun(hit, draft, clauseEnd);
        // a visit to a city is hosted by its country when no host is named
        if (draft.Mode == "visit" && draft.Targets.Count == 0 && draft.Location is { } loc
            && Parallax.Entities.KnowledgeBase.Default.Get(_entities[loc].Name)?.Country is { } iso
            && _doc.Entities.FirstOrDefault(x => x.Type == EntityTypes.Location && x.Country == iso && Parallax.Entities.KnowledgeBase.Default.Get(x.Name)?.IsCountry == true) is { } host)
            draft.Targets.Add(host.Id);
        // news media and agencies named in a meeting's clause report it ("… ont déclaré à CNN"); they do not take part
        if (draft.Type == "CONSULT")
        {
            bool Reporter(string id) => _entities[id].Type == EntityTypes.Organization
                && Parallax.Entities.KnowledgeBase.Default.Get(_entities[id].Name)?.Kind is "media" or "agency";
            draft.Actors.RemoveAll(Reporter);
            draft.Targets.RemoveAll(Reporter);
        }
        // a meeting in one participant's city with a participant from elsewhere is a visit: the foreigner visits,
        // the local participant hosts ("Witkoff a rencontré Poutine à Moscou")
        if (draft.Type == "CONSULT" && draft.Mode == null && draft.Status is EventStatus.Occurred or EventStatus.Reported && draft.Location is { } city && _entities[city].Country is { } cityCountry)
        {
            var parts = draft.Actors.Concat(draft.Targets).Distinct().Select(id => _entities[id]).Where(e => e.Type == EntityTypes.Person && e.Country != null).ToList();
            var hosts = parts.Where(p => p.Country == cityCountry).ToList();
            var visitors = parts.Where(p => p.Country != cityCountry).ToList();
            if (hosts.Count > 0 && visitors.Count > 0 && parts.Count == draft.Actors.Concat(draft.Targets).Distinct().Count())
            {
                draft.Mode = "visit";
                draft.Cameo = "042";
                draft.Actors = [.. visitors.Select(v => v.Id)];
                draft.Targets = [.. hosts.Select(h => h.Id)];
            }
        }
        // "le chef russe, qui a lancé une invasion de l'Ukraine": an act only a state does is its state's, whoever leads it
        // (when it is aimed at a state: supporters who "ont envahi la Cour suprême" are no state)
        if (_lex.StateActs.Contains(draft.Cameo) && draft.Targets.Any(x => _entities[x].Type == EntityTypes.Location && Parallax.Entities.KnowledgeBase.Default.Get(_entities[x].Name)?.IsCountry == true))
            for (int k = 0; k < draft.Actors.Count; k++)
                if (_entities[draft.Actors[k]] is { Type: EntityTypes.Person, Country: { } actorIso }
                    && _doc.Entities.FirstOrDefault(x => x.Type == EntityTypes.Location && x.Country == actorIso && Parallax.Entities.KnowledgeBase.Default.Get(x.Name)?.IsCountry == true) is { } state
                    && !draft.Actors.Contains(state.Id))
                    draft.Actors[k] = state.Id;
        AntecedentOfObjectRelative(hit, draft);
        ParticipantsFromWhereClause(hit, draft, s);
        RecipientFromObjectPronoun(hit, draft, clauseStart, sIndex);
        foreach (var a in draft.Actors.ToList()) draft.Targets.Remove(a);
        TargetFromPlace(draft, objects);
        BelligerentsOfCallToEnd(hit, draft, clauseEnd);

        // a meeting someone speaks of in the future is an agreement to meet (PLOVER: future CONSULT is AGREE)
        string? plannedDate = null;
        var time = Parallax.Time.EventDating.GoverningTime(_doc, new TextSpan(clauseStart, clauseEnd), new TextSpan(hit.Start, hit.End));
        // "les premiers entretiens depuis l'investiture de Trump le 20 janvier": a date after "depuis" bounds
        // the period, it does not date the event
        if (time != null && time.Start > hit.End && ContainsWord(hit.End, time.Start, "depuis", "since")) time = null;
        // "X a été le dernier à visiter la Russie lorsqu'il a participé au sommet … en 2013": a temporal clause
        // right after the event's clause dates it when its own clause has no date
        if (time == null && clauseEnd < s.End && TemporalConjunctions.Any(c => string.CompareOrdinal(_folded, clauseEnd, c, 0, c.Length) == 0))
        {
            int nextEnd = cuts.Where(c => c.Start > clauseEnd + 2).Select(c => c.Start).DefaultIfEmpty(s.End).Min();
            time = Parallax.Time.EventDating.GoverningTime(_doc, new TextSpan(clauseEnd, nextEnd), null);
            if (time != null && time.Kind is not (TimeKinds.Date or TimeKinds.Time)) time = null;
        }
        if (time != null) draft.Date = time.Kind == TimeKinds.Time && time.Value.IndexOf('T') is > 0 and var tpos ? time.Value[..tpos] : time.Value;
        // "rebels seized Damascus", "ont pris le contrôle de Kherson": seizing a city or region is occupying
        // territory (CAMEO 192, ASSAULT), not the seizure of property or persons
        if (draft.Type == "COERCE" && t.Type == "COERCE" && t.Cameo is "170" or "171" && draft.Targets.Count > 0
            && _entities[draft.Targets[0]] is { Type: EntityTypes.Location } seized && Parallax.Entities.KnowledgeBase.Default.Get(seized.Name) is { } kp
            && kp.Kind is "city" or "capital" or "region")
        {
            draft.Type = "ASSAULT";
            draft.Mode = null;
            draft.Cameo = "192";
        }
        // likewise future support, cooperation and aid ("Finland will give Tanzania a grant"); a promised retreat
        // ("will release", "will evacuate") is a concession (PLOVER: CONCEDE)
        if ((draft.Status == EventStatus.Planned || deniedPlan) && draft.Type == t.Type && t.Type is "CONSULT" or "SUPPORT" or "COOPERATE" or "AID" or "RETREAT")
        {
            plannedDate = draft.Date;
            var announced = t.Type == "CONSULT" ? t.Mode ?? "meet" : t.Type.ToLowerInvariant() + (t.Mode is { } m ? "/" + m : "");
            draft.Type = t.Type == "RETREAT" ? "CONCEDE" : "AGREE";
            draft.Cameo = t.Type switch { "CONSULT" => "036", "RETREAT" => "081", "AID" => "033", "COOPERATE" => "031", _ => "030" };
            draft.Mode = null;
            draft.Status = deniedPlan ? EventStatus.Denied : EventStatus.Occurred;
            // "Moscou était prêt au dialogue avec Washington": the one ready to meet agrees, towards the other
            if (t.Type == "CONSULT" && subject.Count > 0 && !pronounSubject && t.Frame != Frame.Host)
                foreach (var a in draft.Actors.Where(a => !subject.Any(x => x.Id == a)).ToList()) { draft.Actors.Remove(a); draft.Targets.Add(a); }
            // "La France accueillera une conférence", "China will host the summit": the host commits, towards its guests
            if (t.Frame == Frame.Host && !PassiveAuxiliaryBefore(hit.Start, clauseStart)) (draft.Actors, draft.Targets) = (draft.Targets, draft.Actors);
            draft.Date = null;
            // "is expected to visit Berlin": the host is the city's government when no one else is named
            if (draft.Targets.Count == 0 && t.Mode == "visit" && draft.Location != null) draft.Targets.Add(draft.Location);
            draft.Attributes["content"] = (willing ? "willing to " : "planned ") + announced;
            if (plannedDate != null) draft.Attributes["planned_date"] = plannedDate;
        }
        // "Ils ont également discuté …": the same participants, still telling the same event
        if (draft.Date == null && anaphoricSubject && LastTold(previous) is { Date: { } prevDate }) draft.Date = prevDate;
        // "X et le fonds sont sous sanction américaine", "is under arrest": a state that holds now began at a time the
        // text does not give; a question dates the asking, not the event asked about
        bool stative = StatePhrase(hit) && PreviousWord(hit.Start, clauseStart) is "est" or "sont" or "is" or "are" or "reste" or "restent" or "remains" or "remain" or "demeure" or "demeurent";
        if (draft.Question) draft.Date = null;
        if (draft.Date == null && draft.Status == EventStatus.Occurred && !stative && !draft.Question)
        {
            // no date in the sentence nor carried by the narrative: news reports what happened around publication
            if (_doc.Published is { } pub) draft.Date = pub.ToString("yyyy-MM-dd");
        }
        var duration = _doc.Times.FirstOrDefault(x => x.Kind == TimeKinds.Duration && x.Start >= clauseStart && x.End <= clauseEnd);
        if (duration != null && t.Type is "CONSULT")
        {
            draft.Attributes["duration"] = duration.Value;
            if (duration.Approx || duration.Modifier == "about") draft.Attributes["duration_approx"] = true;
            if (duration.Modifier is "more_than" or "less_than") draft.Attributes["duration_modifier"] = duration.Modifier;
            draft.Attributes["duration_text"] = duration.Text;
        }

        // --- who reports it
        if (quote?.Speaker != null) Add(draft.ReportedBy, [_entities[quote.Speaker]]);
        foreach (var q in _doc.Quotes.Where(q => !q.Direct && q.Speaker != null && q.Start <= hit.Start && hit.End <= q.End))
            Add(draft.ReportedBy, [_entities[q.Speaker!]]);
        foreach (var c in cuts)
        {
            // "selon X," / "according to X" anywhere in the sentence: X up to the next comma;
            // ", a déclaré X" after the clause: X (a person rather than their institution) up to the next cut
            var cut = _folded.AsSpan(c.Start, c.End - c.Start);
            bool selon = cut.IndexOf("selon") >= 0 || cut.IndexOf("according") >= 0;
            if (c.Value.Kind != "report" || (!selon && c.Start < hit.End)) continue;
            int stop = s.End;
            foreach (var other in cuts) if (other.Start > c.Start && other.Start < stop && other.Start >= c.End) stop = other.Start;
            if (selon) { int comma = _text.IndexOf(',', c.End, stop - c.End); if (comma > 0) stop = comma; }
            var speakers = _mentions.Where(m => m.Start >= c.End && m.End <= stop && m.Entity.Type is EntityTypes.Person or EntityTypes.Organization).Select(m => m.Entity).ToList();
            var persons = speakers.Where(e => e.Type == EntityTypes.Person).ToList();
            Add(draft.ReportedBy, selon ? speakers.Take(1) : persons.Count > 0 ? persons.Take(1) : speakers.Take(1));
        }
        if (TrailingReportAt(hit.End, s) is (>= 0 and var tc, var tv) && draft.ReportedBy.Count == 0)
        {
            var sources = _mentions.Where(m => m.Start > tc && m.End <= tv).Select(m => m.Entity).Distinct().ToList();
            var named = sources.Where(e => e.Type is EntityTypes.Person or EntityTypes.Organization).ToList();
            Add(draft.ReportedBy, (named.Count > 0 ? named : sources).Take(1));
        }
        if (distributive && t.Frame == Frame.Noun && draft.Actors.Count > 2)
        {
            // "separate calls with him": one event per subject, each with the co-participant
            var with = objects.Where(o => o.Role == "with").Select(o => o.Entity.Id).ToHashSet();
            if (withPronoun != null) with.Add(withPronoun);
            var subs = draft.Actors.Where(a => !with.Contains(a)).ToList();
            if (with.Count > 0 && subs.Count > 1)
            {
                foreach (var sub in subs)
                {
                    var copy = Clone(draft);
                    copy.Actors = [sub, .. with];
                    yield return copy;
                }
                yield break;
            }
        }
        yield return draft;
    }

    static Draft Clone(Draft d) => new()
    {
        Type = d.Type, Mode = d.Mode, Cameo = d.Cameo, Status = d.Status, Date = d.Date, Location = d.Location,
        SentenceIndex = d.SentenceIndex, LastSentence = d.LastSentence, Trigger = d.Trigger, Pronoun = d.Pronoun, Nominal = d.Nominal, Question = d.Question,
        Actors = [.. d.Actors], Targets = [.. d.Targets], ReportedBy = [.. d.ReportedBy], Evidence = [.. d.Evidence],
        Attributes = new(d.Attributes, StringComparer.Ordinal),
    };

    static void Add(List<string> list, IEnumerable<Entity> entities)
    {
        foreach (var e in entities) if (!list.Contains(e.Id)) list.Add(e.Id);
    }

    /// <summary>A city, region or building (a place where something happens), as opposed to a country (a participant).</summary>
    string[] TemporalConjunctions => _lex.Clause.TemporalConjunctions;

    bool IsCapital(Entity e) => e.Type == EntityTypes.Location && _lex.Capitals.Contains(TextFold.Fold(e.Name));

    static bool IsCity(Entity e) =>
        e.Type == EntityTypes.Location && Parallax.Entities.KnowledgeBase.Default.Get(e.Name) is { } k ? !k.IsCountry : e.Type == EntityTypes.Location;

    /// <summary>
    /// Whether a place after this word can describe the subject ("Opposition groups in Zimbabwe", "Israeli
    /// soldiers"): a bare mention or "in"/"en"/"dans", not "à Paris, des heurts", "across Lebanon", "of Paris".
    /// </summary>
    bool DescribesSubject(string previousWord) =>
        !_preps.TryGetValue(previousWord, out var role) || (role == "place" && previousWord is not ("across" or "throughout" or "outside"));

    /// <summary>A trigger that ends with its recipient's preposition ("frappes contre", "missiles at"): the noun phrase after it names the recipient.</summary>
    bool EndsWithTargetPreposition(PhraseMatch<Trigger> hit)
    {
        int k = _folded.LastIndexOf(' ', hit.End - 1, hit.End - hit.Start);
        return k > hit.Start && _preps.TryGetValue(_folded[(k + 1)..hit.End], out var r) && r is "target" or "at";
    }

    string NextWord(int pos, int limit)
    {
        int i = pos;
        while (i < limit && !TextFold.IsWordChar(_folded[i])) i++;
        int st = i;
        while (i < limit && TextFold.IsWordChar(_folded[i])) i++;
        if (i < limit && _folded[i] == '\'') i++;
        return _folded[st..i];
    }

    /// <summary>
    /// Whether a place names the state whose diplomatic mission a noun of <c>mission</c> (participant-words.tsv) tells:
    /// before it ("the French embassy", "Japan's consulate") or, in French and English, before it with a word of
    /// <c>mission-of</c> and an article ("l'ambassade de France", "the embassy of the United States").
    /// </summary>
    bool NamesMission(MentionRef m, int clauseStart, int clauseEnd)
    {
        var words = _lex.Participants;
        var next = NextWord(m.End, clauseEnd);
        if (next is "s" or "'s" && m.End < _folded.Length && _folded[m.End] == '\'') next = NextWord(m.End + 2, clauseEnd);
        if (words.Missions.Contains(next)) return true;
        int at = m.Start;
        var prev = PreviousWord(at, clauseStart);
        if (words.Articles.Contains(prev)) { at = _folded.LastIndexOf(prev, at - 1, at - clauseStart, StringComparison.Ordinal); prev = at < 0 ? "" : PreviousWord(at, clauseStart); }
        if (at < 0 || !words.MissionOf.Contains(prev)) return false;
        at = _folded.LastIndexOf(prev, at - 1, at - clauseStart, StringComparison.Ordinal);
        return at >= 0 && words.Missions.Contains(PreviousWord(at, clauseStart));
    }

    string PreviousWord(int pos, int limit)
    {
        int i = pos - 1;
        while (i >= limit && char.IsWhiteSpace(_folded[i])) i--;
        if (i >= limit && _folded[i] == '\'') { int e = i + 1; i--; while (i >= limit && TextFold.IsWordChar(_folded[i])) i--; return _folded[(i + 1)..e]; }
        int end = i + 1;
        while (i >= limit && TextFold.IsWordChar(_folded[i])) i--;
        return _folded[(i + 1)..end];
    }

    /// <summary>
    /// The subject: the nearest entity mention before the trigger in its clause that is not a noun modifier
    /// ("président des États-Unis"), with the mentions conjoined to it ("Poutine et Trump"); else a pronoun
    /// resolved to the previous event's participants; else the first entity after the trigger's clause
    /// ("Après avoir parlé avec Poutine, Trump a déclaré").
    /// </summary>
    List<Entity> Subject(int trigger, int clauseStart, Sentence s, Quote? quote, List<Draft> previous, out bool pronoun, out bool firstPerson)
    {
        pronoun = false;
        firstPerson = false;
        PronounSubjectIsPlural = false;
        var result = new List<Entity>();
        // "X a reçu … et a soutenu …": the coordinated verb shares the clause's subject
        int subjectLimit = CoordinatedVerb(trigger, clauseStart) is int coord and >= 0 ? FirstSubjectEnd(clauseStart, coord) : trigger;
        // "le Danemark, dont le Premier ministre a rejeté …", "Denmark, whose prime minister rejected …": an unnamed
        // subject belonging to the antecedent acts for it
        foreach (var rel in new[] { " dont ", " whose " })
        {
            int d = _folded.LastIndexOf(rel, trigger, Math.Max(0, trigger - clauseStart), StringComparison.Ordinal);
            if (d < 0 || trigger - d > 60 || _mentions.Any(m => m.Start > d && m.End <= trigger)) continue;
            var ante = _mentions.LastOrDefault(m => m.End <= d && m.Start >= clauseStart);
            if (ante.Entity != null) { result.Add(ante.Entity); return result; }
        }
        int idx = _mentions.FindLastIndex(m => m.End <= subjectLimit && m.Start >= clauseStart && !IsModifier(m, clauseStart) && !InOtherRelative(m.Start, trigger) && !AttributivePlace(m));
        // a pronoun between the mention and the trigger takes precedence ("Trump a déclaré qu'il avait parlé")
        int pronounAt = FindPronoun(idx >= 0 ? _mentions[idx].End : clauseStart, trigger, out var pron);
        if (pronounAt >= 0)
        {
            pronoun = true;
            if (FirstPersonPlural.Contains(pron) && quote?.Speaker != null)
            {
                firstPerson = true;
                var speaker = _entities[quote.Speaker];
                result.Add(speaker);
                var partner = LastTold(previous, p => p.Type == "CONSULT" && p.Actors.Contains(speaker.Id));
                if (partner != null) result.AddRange(partner.Actors.Where(a => a != speaker.Id).Select(a => _entities[a]));
                return result;
            }
            // "Syrian rebels said they would attack …", "l'Iran a annoncé qu'il …": a pronoun right after a reporting
            // verb is the reporting clause's subject
            if (pron is "it" or "they" or "ils" or "elles")
            {
                // (a finite verb: the subject of "saying", "affirmant" is the main clause's, not the nearest name)
                var rv = _reporting.LastOrDefault(r => r.End <= pronounAt && r.Start >= s.Start && pronounAt - r.End <= 25 && !IsParticiple(r.Start, r.End));
                if (rv.Value != null)
                {
                    var said = ReportingSubject(rv.Start, s.Start, s, quote, previous);
                    if (said.Count > 0) return said;
                }
            }
            // "Syria says it is willing to …", "Switzerland said it had expelled …": "it" is the country or organisation
            // named last (the subject of the reporting clause)
            if (pron == "it")
            {
                var thing = _mentions.LastOrDefault(m => m.End <= pronounAt && m.Start >= s.Start && m.Entity.Type is EntityTypes.Location or EntityTypes.Organization);
                if (thing.Entity != null) result.Add(thing.Entity);
                return result;
            }
            if (SingularPronouns.Contains(pron))
            {
                var p = _mentions.LastOrDefault(m => m.End <= pronounAt && m.Start >= s.Start && m.Entity.Type == EntityTypes.Person);
                // a pronoun with no person before it in its sentence continues the previous sentence's subject: the
                // first person named there ("Biden visited Israel and met Netanyahu. He announced …" → Biden)
                if (p.Entity == null && _mentions.LastOrDefault(m => m.End <= s.Start && m.Entity.Type == EntityTypes.Person) is { Entity: not null } lastPerson
                    && Sentences.LastOrDefault(x => x.Start <= lastPerson.Start) is { } prevSentence)
                    p = _mentions.First(m => m.Start >= prevSentence.Start && m.End <= prevSentence.End && m.Entity.Type == EntityTypes.Person);
                if (p.Entity != null) result.Add(p.Entity);
                return result;
            }
            if (PluralPronouns.Contains(pron))
            {
                PronounSubjectIsPlural = true;
                var last = LastTold(previous);
                if (last != null) result.AddRange(last.Actors.Concat(last.Targets).Where(a => _entities[a].Type == EntityTypes.Person).Select(a => _entities[a]));
                return result;
            }
        }
        if (idx >= 0)
        {
            result.Add(_mentions[idx].Entity);
            bool sawAnd = false;
            var chain = new List<Entity>();
            for (int j = idx - 1; j >= 0; j--)
            {
                var gap = _folded[_mentions[j].End.._mentions[j + 1].Start].Trim();
                foreach (var det in new[] { " le", " la", " les", " l'", " the" })
                    if (gap.EndsWith(det, StringComparison.Ordinal)) { gap = gap[..^det.Length].Trim(); break; }
                if (_mentions[j].Start < clauseStart || IsModifier(_mentions[j], clauseStart)) break;
                // ("the two countries": the pieces of a counted stand-in are a compound subject)
                if (gap.Length == 0 && _groupStandIns.Contains(_mentions[j].Start) && _groupStandIns.Contains(_mentions[j + 1].Start)) { sawAnd = true; chain.Add(_mentions[j].Entity); continue; }
                if (_mentions[j].Entity == _mentions[j + 1].Entity || gap.Length == 0) { chain.Add(_mentions[j].Entity); continue; }
                if (gap is "et" or "and" or "ainsi que" or "&") { sawAnd = true; chain.Add(_mentions[j].Entity); continue; }
                // ("Selon le Kremlin, Poutine et Trump …": the source before the comma is not one of the subjects)
                if (gap == "," && !IsSource(_mentions[j], clauseStart)) { chain.Add(_mentions[j].Entity); continue; }
                break;
            }
            if (sawAnd)
            {
                // reading order: "Macron et Scholz" → Macron, Scholz (the chain was collected backwards)
                chain.Reverse();
                foreach (var c in result) if (!chain.Contains(c)) chain.Add(c);
                return chain.Distinct().ToList();
            }
            return result;
        }
        // no subject before the trigger: the subject of the main clause after it
        int comma = _text.IndexOf(',', trigger, Math.Max(0, s.End - trigger));
        if (comma > 0)
        {
            var after = _mentions.FirstOrDefault(m => m.Start > comma && m.End <= s.End && m.Entity.Type != EntityTypes.Location);
            if (after.Entity != null && _folded[comma..after.Start].Trim(' ', ',').Length <= 3) result.Add(after.Entity);
        }
        return result;
    }

    /// <summary>Reporting verbs ("said", "a annoncé") of the sentence being coded.</summary>
    List<PhraseMatch<Parallax.Quotes.ReportingVerb>> _reporting = [];
    /// <summary>Relative clauses (", who …,", ", qui …,") of the sentence being coded: from the comma to the closing comma.</summary>
    List<(int Start, int End)> _relatives = [];

    string[] RelativeOpeners => _lex.Clause.RelativeOpeners;
    /// <summary>An apposition with an indefinite article right after a name ("Pakistan, a key U.S. ally, has refused").</summary>
    string[] AppositionOpeners => _lex.Clause.AppositionOpeners;

    List<(int Start, int End)> RelativeClauses(Sentence s)
    {
        var list = new List<(int, int)>();
        foreach (var opener in RelativeOpeners)
        {
            int k = s.Start;
            while ((k = _folded.IndexOf(opener, k, s.End - k, StringComparison.Ordinal)) >= 0)
            {
                int close = _folded.IndexOf(',', k + opener.Length, s.End - k - opener.Length);
                list.Add((k, close < 0 ? s.End : close));
                k += opener.Length;
            }
        }
        foreach (var opener in AppositionOpeners)
        {
            int k = s.Start;
            while ((k = _folded.IndexOf(opener, k, s.End - k, StringComparison.Ordinal)) >= 0)
            {
                int close = _folded.IndexOf(',', k + opener.Length, s.End - k - opener.Length);
                // only a closed apposition right after a name
                if (close > 0 && _mentions.Any(m => m.End == k)) list.Add((k, close));
                k += opener.Length;
            }
        }
        return list;
    }

    /// <summary>Whether a mention lies in a relative clause that does not contain the trigger ("Macron, who met Modi, praised …").</summary>
    bool InOtherRelative(int mentionStart, int trigger)
    {
        foreach (var (rs, re) in _relatives)
            if (rs < mentionStart && mentionStart < re && !(rs < trigger && trigger < re)) return true;
        return false;
    }

    /// <summary>The subject of a reporting verb: its clause's subject, else the country that describes it ("Iranian officials said").</summary>
    List<Entity> ReportingSubject(int verb, int clauseStart, Sentence s, Quote? quote, List<Draft> previous)
    {
        var said = Subject(verb, clauseStart, s, quote, previous, out _, out _);
        PronounSubjectIsPlural = false;
        if (said.Count > 0) return said;
        return _mentions.Where(m => m.Start >= clauseStart && m.End <= verb && m.Entity.Type == EntityTypes.Location
                && WordsBetween(m.End, verb) <= 5 && DescribesSubject(PreviousWord(m.Start, clauseStart)))
            .Select(m => m.Entity).Distinct().Take(2).ToList();
    }

    /// <summary>
    /// A trailing reporting clause after the trigger (", the Israeli military said", ", US officials warned on Sunday"):
    /// the position of its comma and of its verb, or (-1, -1).
    /// </summary>
    (int Comma, int Verb) TrailingReportAt(int from, Sentence s)
    {
        for (int c = _text.IndexOf(',', from, Math.Max(0, s.End - from)); c >= 0 && c < s.End - 1; c = _text.IndexOf(',', c + 1, s.End - c - 1))
        {
            var rv = _reporting.FirstOrDefault(r => r.Start > c);
            if (rv.Value == null) return (-1, -1);
            int words = WordsBetween(c, rv.Start);
            if (words is < 1 or > 6 || _text.IndexOf(',', c + 1, rv.Start - c - 1) >= 0) continue;
            int next = _text.IndexOf(',', rv.End, s.End - rv.End);
            if (next >= 0 || WordsBetween(rv.End, s.End) <= 4) return (c, rv.Start);
        }
        return (-1, -1);
    }

    /// <summary>A country named by its adjective ("Turkish", "iraniennes") rather than its name.</summary>
    bool IsDemonymForm(MentionRef m)
    {
        if (_standIns.Contains(m.Start)) return false;
        var surface = TextFold.Fold(_text.AsSpan(m.Start, m.End - m.Start));
        var name = TextFold.Fold(m.Entity.Name);
        return surface != name && !name.Contains(surface, StringComparison.Ordinal);
    }

    bool IsParticiple(int start, int end)
    {
        var w = _folded.AsSpan(start, end - start);
        return w.EndsWith("ing") || w.EndsWith("ant");
    }

    int TrailingReport(int from, Sentence s) => TrailingReportAt(from, s).Comma;

    string[] PassiveAuxiliaries => _lex.Clause.PassiveAuxiliaries;

    /// <summary>"a été", "was", "were", "been" right before the trigger (at most one adverb between).</summary>
    bool PassiveAuxiliaryBefore(int trigger, int clauseStart)
    {
        // "was still refusing", "were attacking": a progressive, not a passive
        if (_lang == "en" && NextWord(trigger, Math.Min(_folded.Length, trigger + 30)).EndsWith("ing", StringComparison.Ordinal)) return false;
        int pos = trigger;
        for (int k = 0; k < 2; k++)
        {
            var w = PreviousWord(pos, clauseStart);
            if (w.Length == 0) return false;
            if (PassiveAuxiliaries.Contains(w)) return true;
            pos = _folded.LastIndexOf(w, pos - 1, StringComparison.Ordinal);
            if (pos < clauseStart) return false;
        }
        return false;
    }

    /// <summary>Start of "et a", "et ont", "and" + verb right before the trigger (a coordinated predicate), or -1.</summary>
    int CoordinatedVerb(int trigger, int clauseStart)
    {
        int from = Math.Max(clauseStart, trigger - 14);
        // a trigger that starts with its auxiliary ("a soutenu") belongs after "et": "… et a soutenu"
        int headEnd = trigger;
        foreach (var aux in new[] { "a ", "ont ", "avait ", "has ", "have ", "had " })
            if (string.CompareOrdinal(_folded, trigger, aux, 0, aux.Length) == 0) { headEnd = trigger + aux.Length; break; }
        var head = _folded[from..headEnd];
        foreach (var c in new[] { " et a ", " et ont ", " et avait ", " et s'est ", " et se ", " and has ", " and have ", " and " })
        {
            int k = head.LastIndexOf(c, StringComparison.Ordinal);
            // ("… and Ukraine condemned": a name after "and" is a new subject, not a coordinated verb)
            if (k >= 0 && head[(k + c.Length)..].Trim().Split(' ').Length <= 1
                && !_mentions.Any(m => m.Start >= from + k + c.Length && m.Start < trigger)) return from + k;
        }
        return -1;
    }

    /// <summary>The end of the clause's subject: the end of the first mention that starts the clause (before any verb).</summary>
    int FirstSubjectEnd(int clauseStart, int limit)
    {
        // the subject stands before the clause's first verb ("Soldiers in Mali ousted President X and detained him":
        // not X)
        int verb = _hits.Where(h => h.Start >= clauseStart && h.Start < limit && h.Value.Frame is Frame.Directed or Frame.Symmetric or Frame.Visit or Frame.Host)
            .Select(h => h.Start).DefaultIfEmpty(limit).Min();
        limit = Math.Min(limit, verb);
        var first = _mentions.FirstOrDefault(m => m.Start >= clauseStart && m.End <= limit && !IsModifier(m, clauseStart));
        return first.Entity == null ? limit : first.End;
    }

    /// <summary>Set by <see cref="Subject"/>: the subject was "ils", "they", "les dirigeants" (the previous event's participants).</summary>
    bool PronounSubjectIsPlural;

    int FindPronoun(int from, int to, out string pronoun)
    {
        pronoun = "";
        if (from < 0 || to <= from) return -1;
        int found = -1;
        int i = from;
        while (i < to)
        {
            while (i < to && !TextFold.IsWordChar(_folded[i])) i++;
            int st = i;
            while (i < to && TextFold.IsWordChar(_folded[i])) i++;
            if (i <= st) continue;
            var w = _folded[st..i];
            if (SingularPronouns.Contains(w) || PluralPronouns.Contains(w) || FirstPersonPlural.Contains(w) || w == "it")
            {
                // impersonal "il s'agit", "il y a", "il faut", "it is"
                var rest = _folded.AsSpan(i, Math.Min(12, _folded.Length - i)).TrimStart();
                if (w is "il" && (rest.StartsWith("s'agi") || rest.StartsWith("y a") || rest.StartsWith("faut") || rest.StartsWith("est temps"))) continue;
                // "La Russie lui a accordé l'asile": "lui" right after the subject is its object clitic, not a subject
                if (w is "lui" && string.IsNullOrWhiteSpace(_folded[from..st]) && _mentions.Exists(m => m.End == from)) continue;
                found = st; pronoun = w;
            }
        }
        // plural noun phrases ("les dirigeants") also stand for the previous event's participants
        foreach (var np in PluralPronouns.Where(p => p.Contains(' ')))
        {
            int k = _folded.IndexOf(np, from, to - from, StringComparison.Ordinal);
            if (k >= 0 && k > found) { found = k; pronoun = np; }
        }
        return found;
    }

    string[] AgainWords => _lex.Clause.AgainWords;
    string[] OtherMeans => _lex.Clause.OtherMeans;

    /// <summary>Whether the draft's sentence tells a contact as a repeat ("déjà", "already") without naming another means.</summary>
    public bool RepeatsEarlierContact(Draft d)
    {
        var e = d.Evidence[0];
        var sentence = " " + _folded[e.Start..e.End] + " ";
        return AgainWords.Any(sentence.Contains) && !OtherMeans.Any(sentence.Contains);
    }

    /// <summary>"A group of Moroccan diplomats", "une délégation de diplomates marocains": "of"/"de" after a group noun.</summary>
    bool AfterGroupNoun(MentionRef m, int clauseStart)
    {
        var prev = PreviousWord(m.Start, clauseStart);
        if (prev is not ("of" or "de" or "d'")) return false;
        int at = _folded.LastIndexOf(prev, m.Start - 1, StringComparison.Ordinal);
        return at > clauseStart && _lex.GroupNouns.Contains(PreviousWord(at, clauseStart));
    }

    /// <summary>
    /// "the divided Mediterranean island of Cyprus": a place of no country (a sea, a continent, a region) written
    /// before a noun describes it; it is not the clause's subject.
    /// </summary>
    bool AttributivePlace(MentionRef m)
    {
        if (m.Entity.Type != EntityTypes.Location || m.Entity.Country != null) return false;
        int i = m.End;
        return i + 1 < _text.Length && _text[i] == ' ' && char.IsLower(_text[i + 1]) && NextWord(i, Math.Min(_text.Length, i + 30)) is { Length: > 2 } w
            && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith('s') && w is not ("has" or "have" or "will" or "would" or "can" or "could" or "may" or "must" or "a" or "ont" or "est" or "sont" or "va");
    }

    bool IsModifier(MentionRef m, int clauseStart)
    {
        var prev = PreviousWord(m.Start, clauseStart);
        if (prev is "et" or "and") return false;
        // "rebels led by X", "des rebelles dirigés par X": the leader stands for the group
        if (_lex.Participants.Agent.Contains(prev) && _lex.LeaderVerbs.Contains(PreviousWord(_folded.LastIndexOf(prev, m.Start - 1, StringComparison.Ordinal), clauseStart))) return false;
        if (_preps.TryGetValue(prev, out var role) && role is "genitive" or "place" or "target" or "with" or "agent" or "to" or "at") return true;
        return prev is "selon" or "according";
    }

    /// <summary>A source named after "selon"/"according to" ("selon le Kremlin,"), its determiner skipped.</summary>
    bool IsSource(MentionRef m, int clauseStart)
    {
        var prev = PreviousWord(m.Start, clauseStart);
        int at = m.Start;
        var before = prev;
        if (Determiners.Contains(before))
        {
            at -= before.Length + 1;
            before = at > clauseStart ? PreviousWord(at, clauseStart) : "";
        }
        return before is "selon" || (before == "to" && at - 3 > clauseStart && PreviousWord(at - 3, clauseStart) == "according");
    }

    /// <summary>Entity mentions after the trigger in its clause, each with the role its preposition gives it.</summary>
    List<(Entity Entity, string Role, int Start)> Objects(int from, int to, Frame frame, List<Draft> previous)
    {
        var result = new List<(Entity, string, int)>();
        string lastRole = "object";
        int lastEnd = from;
        foreach (var m in _mentions)
        {
            if (m.Start < from) continue;
            if (m.End > to) break;
            var prev = PreviousWord(m.Start, lastEnd);
            string role;
            if (prev.Length == 0 && result.Count > 0 && _folded[lastEnd..m.Start].Trim().Length <= 1) role = lastRole; // apposition or list
            else if (prev is "et" or "and" && result.Count > 0 && _folded[lastEnd..m.Start].Trim() is "et" or "and") role = lastRole;
            else if (prev is "a" or "to" && PreviousWord(m.Start - prev.Length - 1, from) is "attribuee" or "attribue" or "attribuees" or "attribues" or "imputee" or "imputees" or "attributed" or "blamed") role = "agent";
            else if (_preps.TryGetValue(prev, out var r)) role = r;
            else if (Determiners.Contains(prev) || prev.Length == 0) role = PreviousWord(m.Start - prev.Length - 1, from) is var pp && _preps.TryGetValue(pp, out var r2) ? r2 : "object";
            else if (PrepositionBeforeNounPhrase(m.Start, lastEnd) is { } np) role = np;
            else role = frame == Frame.Passive && m.Start - from < 4 ? "adjective" : "object";
            if (result.Any(x => x.Item1 == m.Entity)) { lastEnd = m.End; continue; }
            result.Add((m.Entity, role, m.Start));
            lastRole = role;
            lastEnd = m.End;
        }
        // "entre les deux dirigeants", "with the two leaders": the participants of the previous event
        foreach (var np in PluralPronouns.Where(p => p.Contains(' ')))
        {
            int k = _folded.IndexOf(np, from, Math.Max(0, to - from), StringComparison.Ordinal);
            if (k < 0 || k - from > 30) continue;
            var last = LastTold(previous, p => p.Actors.Count + p.Targets.Count >= 2);
            if (last != null)
                foreach (var id in last.Actors.Concat(last.Targets))
                {
                    result.RemoveAll(x => x.Item1.Id == id);
                    result.Add((_entities[id], "with", k));
                }
        }
        return result;
    }

    /// <summary>"avec la nouvelle administration américaine": a lower-case demonym takes the role of the preposition before its noun phrase.</summary>
    string? PrepositionBeforeNounPhrase(int mentionStart, int limit)
    {
        if (!char.IsLower(_text[mentionStart])) return null;
        int pos = mentionStart;
        // (six words: "contre des sites nucléaires et militaires iraniens")
        for (int k = 0; k < 6; k++)
        {
            var w = PreviousWord(pos, limit);
            if (w.Length == 0) return null;
            if (_preps.TryGetValue(w, out var r)) return r is "genitive" ? null : r;
            pos = _folded.LastIndexOf(w, pos - 1, StringComparison.Ordinal);
            if (pos < limit) return null;
        }
        return null;
    }

    /// <summary>Start of ", observant …", ", saying …": a participial clause that ends the event's clause.</summary>
    int ParticipleClause(int from, int to)
    {
        for (int i = from; i < to - 2; i++)
        {
            if (_folded[i] != ',') continue;
            int w = i + 1;
            while (w < to && _folded[w] == ' ') w++;
            int e = w;
            while (e < to && TextFold.IsWordChar(_folded[e])) e++;
            var word = _folded.AsSpan(w, e - w);
            if (word.Length > 4 && (word.EndsWith("ant") || word.EndsWith("ing"))) return i;
        }
        return to;
    }

    bool FollowsWithPronoun(int from, int to)
    {
        var span = _folded.AsSpan(from, Math.Min(Math.Max(0, to - from), 40));
        foreach (var p in new[] { "avec lui", "avec elle", "with him", "with her" })
            if (span.IndexOf(p, StringComparison.Ordinal) is >= 0 and < 25) return true;
        return false;
    }

    bool ContainsWord(int from, int to, params string[] words)
    {
        var span = _folded.AsSpan(from, to - from);
        foreach (var w in words)
        {
            int k = span.IndexOf(w, StringComparison.Ordinal);
            if (k >= 0 && (k == 0 || !TextFold.IsWordChar(span[k - 1])) && (k + w.Length >= span.Length || !TextFold.IsWordChar(span[k + w.Length]))) return true;
        }
        return false;
    }

    /// <summary>A light verb ("a eu", "held") right before a noun trigger: the clause's subject takes part.</summary>
    bool AfterLightVerb(int trigger, int clauseStart)
    {
        int from = Math.Max(clauseStart, trigger - 45);
        foreach (var m in _lex.LightVerbs.FindAll(_text, _folded, from, trigger))
            // the light verb's own object: no other event noun stands between ("imposed sanctions on Iran over the
            // killing of …": the killing is not imposed), nor a trigger that takes the light verb in ("held talks in
            // Moscow on the invasion": the invasion is not held)
            if (LangOk(m.Value.Lang) && WordsBetween(m.End, trigger) <= (m.Value.Near ? 2 : 5) && !_hits.Exists(h => h.End > m.End && h.End <= trigger && h.Value.Type != "-")) return true;
        return false;
    }

    int WordsBetween(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++) if (TextFold.IsWordChar(_folded[i]) && (i == from || !TextFold.IsWordChar(_folded[i - 1]))) n++;
        return n;
    }

    /// <summary>The first mention in text order that starts at or after <paramref name="from"/> (after it when
    /// <paramref name="strictlyAfter"/>), ends by <paramref name="end"/> and has at most <paramref name="maxWords"/> words
    /// between <paramref name="from"/> and it; default when none. The mentions are sorted by start and the count of words
    /// only grows with it, so the scan starts at <paramref name="from"/> and stops at the first mention too far away. With
    /// <paramref name="stopAt"/>, a mention with one of those characters between <paramref name="from"/> and it is too far
    /// away as well (a clause's punctuation).</summary>
    MentionRef FirstMentionWithin(int from, int end, int maxWords, bool strictlyAfter = false, char[]? stopAt = null)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (_mentions[mid].Start < from) lo = mid + 1; else hi = mid; }
        for (int k = lo; k < _mentions.Count; k++)
        {
            var m = _mentions[k];
            if (strictlyAfter && m.Start == from) continue;
            if (WordsBetween(from, m.Start) > maxWords) break;
            if (stopAt != null && _folded.IndexOfAny(stopAt, from, m.Start - from) >= 0) break;
            if (m.End <= end) return m;
        }
        return default;
    }

    /// <summary>Punctuation that ends the reach of a judgement verb's or a verdict's object.</summary>
    static readonly char[] ClausePunctuation = [',', ';', ':', '(', '.'];

    /// <summary>Punctuation that ends the reach of a speaker after a threat.</summary>
    static readonly char[] SentencePunctuation = [',', ';', '.'];

    /// <summary>
    /// A demonym used as a plain adjective ("un dirigeant américain", "le programme nucléaire iranien"), which
    /// is not an event participant; after a collective noun ("les autorités américaines") it stands for the state.
    /// </summary>
    bool IsAdjectivalDemonym(Entity e, int mentionStart)
    {
        if (e.Type != EntityTypes.Location || _standIns.Contains(mentionStart)) return false;
        var mention = _mentions.FirstOrDefault(m => m.Start == mentionStart);
        if (mention.Entity == null) return false;
        var surface = _text[mention.Start..mention.End];
        if (surface.Length == 0 || surface.Any(char.IsUpper)) return false; // names of countries are capitalised ("les États-Unis"); French demonyms are not
        var prev = PreviousWord(mention.Start, Math.Max(0, mention.Start - 40));
        if (prev.Length == 0) return false;
        int ps = mention.Start;
        while (ps > 0 && char.IsWhiteSpace(_folded[ps - 1])) ps--;
        int wordStart = ps - prev.Length;
        foreach (var c in _lex.Collectives.FindAll(_text, _folded, Math.Max(0, wordStart - 20), ps))
            if (c.End == ps || c.End == ps - 1) return false;
        if (CollectiveBeforeAdjective(wordStart, prev)) return false;
        return !Determiners.Contains(prev) && !_preps.ContainsKey(prev);
    }

    /// <summary>The listed topics after a cue: "ont discuté de A, de B et d'autres questions".</summary>
    List<string> Topics(int from, int to)
    {
        var span = _text[from..to].Trim().TrimEnd('.', ';', ':');
        var parts = new List<string>();
        foreach (var p in span.Split([", ", " et ", " and ", "; "], StringSplitOptions.RemoveEmptyEntries))
        {
            var x = p.Trim();
            foreach (var lead in TopicLeads) 
                if (x.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) { x = x[lead.Length..]; break; }
            if (x.Length > 2 && x.Length < 80) parts.Add(x);
        }
        return parts;
    }

    string[] TopicLeads => _lex.Clause.TopicLeads;

    bool IsFutureForm(PhraseMatch<Trigger> hit)
    {
        if (hit.Value.Language != "fr") return false;
        foreach (var w in _folded[hit.Start..hit.End].Split(' '))
            if (w.Length > 4 && (w.EndsWith("ra") || w.EndsWith("ront") || w.EndsWith("rons") || w.EndsWith("rai") || w.EndsWith("rez"))) return true;
        return false;
    }

    bool IsConditionalForm(PhraseMatch<Trigger> hit)
    {
        if (hit.Value.Language != "fr") return false;
        foreach (var w in _folded[hit.Start..hit.End].Split(' '))
            if (w.Length > 5 && (w.EndsWith("rait") || w.EndsWith("raient"))) return true;
        return false;
    }
}
