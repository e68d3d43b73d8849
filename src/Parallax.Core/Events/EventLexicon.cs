using Parallax.Text;

namespace Parallax.Events;

/// <summary>How an event's participants are read off the sentence (see Events/data/triggers.tsv).</summary>
public enum Frame { Symmetric, Directed, Visit, Host, Passive, Noun, Obligation }

/// <summary>One trigger entry of the lexicon.</summary>
public sealed record Trigger(string Language, string Pattern, string Type, string? Mode, string Cameo, Frame Frame);

/// <summary>A verdict verb whose complement follows the one judged ("found X guilty"): the folded complement and the event it codes.</summary>
public sealed record Verdict(string Language, string Complement, Trigger Trigger);

public sealed record Cue(string Language, string Kind, string Where);

/// <summary>The compiled event lexicon: triggers, status cues, clause cuts and preposition roles, per language.</summary>
public sealed class EventLexicon
{
    public PhraseMatcher<Trigger> Triggers { get; } = new();
    // one matcher per language too: the longest match is chosen among one language's triggers, so a French stem
    // ("demande* a") cannot hide an English trigger that starts at the same place ("demanded a ceasefire")
    readonly Dictionary<string, PhraseMatcher<Trigger>> _triggersByLanguage = [];

    /// <summary>The triggers of one language ("fr", "en"), or of every language for any other code.</summary>
    public PhraseMatcher<Trigger> TriggersIn(string language) => _triggersByLanguage.GetValueOrDefault(language, Triggers);
    public PhraseMatcher<Cue> Cues { get; } = new();
    /// <summary>Clause ends: value is (language, kind) with kind "report", "boundary", "clause" or "temporal" (a clause unless a nominal event follows).</summary>
    public PhraseMatcher<(string Lang, string Kind)> ClauseCuts { get; } = new();
    /// <summary>Verbs that make an event noun their predicate ("a eu un entretien"), per language; Near: only with at most two words before the noun.</summary>
    public PhraseMatcher<(string Lang, bool Near)> LightVerbs { get; } = new();
    /// <summary>Nouns that, with a demonym, stand for a country's state ("les autorités américaines").</summary>
    public PhraseMatcher<string> Collectives { get; } = new();
    /// <summary>Common noun phrases that stand for a participant (Events/data/stand-ins.tsv): value (language, kind).</summary>
    public PhraseMatcher<(string Lang, string Kind, string[]? OrgKinds, string? Gender)> StandIns { get; } = new();
    /// <summary>Folded nouns of a group of people ("a group of", "une délégation de"): the demonym after them describes the subject.</summary>
    public IReadOnlySet<string> GroupNouns { get; }
    /// <summary>Folded participles whose agent leads the noun phrase before them ("led by", "dirigés par").</summary>
    public IReadOnlySet<string> LeaderVerbs { get; }
    /// <summary>Capital cities (folded English names, from the knowledge base's countries): a capital can stand for its government.</summary>
    public IReadOnlySet<string> Capitals { get; }
    /// <summary>CAMEO codes of acts only a state does (Events/data/state-acts.tsv): a person named as their author acts for the state.</summary>
    public IReadOnlySet<string> StateActs { get; }
    /// <summary>Folded words that open the reason of an act ("over", "pour"), per language (Events/data/reasons.tsv).</summary>
    /// <summary>Reason words per language: the phrase (folded, with a leading space) and the act types it needs before it (null: any act).</summary>
    public IReadOnlyDictionary<string, (string Phrase, HashSet<string>? After)[]> Reasons { get; }
    /// <summary>Function words of the participant rules (Events/data/participant-words.tsv): kind → (language, folded word) in file order.</summary>
    public ParticipantWords Participants { get; }
    /// <summary>Function words of the clause reading (Events/data/clause-words.tsv).</summary>
    public ClauseWords Clause { get; }
    /// <summary>Folded single-word numbers from two up (Time/data/numbers.tsv: "douze", "twelve"), blanked with digits for the trigger scan.</summary>
    public HashSet<string> NumberWords { get; }
    /// <summary>Folded hostile act nouns whose genitive is the author ("l'offensive de la Russie"; Events/data/agent-nouns.tsv).</summary>
    public IReadOnlySet<string> AgentNouns { get; }
    /// <summary>Verdict verbs with the one judged before the complement ("found X guilty"; Events/data/verdicts.tsv).</summary>
    public PhraseMatcher<Verdict> Verdicts { get; } = new();
    /// <summary>Verbs of naming or judging before a judgement of disapproval ("called … treasonous"; Events/data/evaluations.tsv): value the language.</summary>
    public PhraseMatcher<string> EvaluationVerbs { get; } = new();
    /// <summary>Words of disapproval that end such a judgement: value the language.</summary>
    public PhraseMatcher<string> EvaluationWords { get; } = new();
    /// <summary>Folded words that may open the judged object after the verb, per language.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> EvaluationOpeners { get; }
    /// <summary>The words that show protesters are the subject of a violent act (Events/data/protesters.tsv), per language.</summary>
    public IReadOnlyDictionary<string, ProtesterWords> Protesters { get; }
    /// <summary>Folded preposition → role, per language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Prepositions { get; }

    static readonly Lazy<EventLexicon> Bundled = new(() => new EventLexicon());
    public static EventLexicon Default => Bundled.Value;

    public EventLexicon()
    {
        // a phrase listed in triggers.tsv keeps its row: a family's derived form only fills a gap
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in DataFiles.ReadTsv("Events/data/triggers.tsv"))
        {
            if (r.Length < 6) throw new FormatException($"Events/data/triggers.tsv: expected 6 columns in '{string.Join('\t', r)}'");
            AddTrigger(new Trigger(r[0], r[1], r[2], r[3].Length == 0 ? null : r[3], r[4], ParseFrame(r[5])));
            foreach (var lang in (string[])["fr", "en"])
                if (r[0] == lang || r[0] == "*") listed.Add(lang + "\t" + TextFold.Fold(r[1]));
        }
        foreach (var trigger in TriggerFamilies.Expand(DataFiles.ReadTsv("Events/data/trigger-families.tsv"), DataFiles.ReadTsv("Events/data/inflections.tsv")))
            if (listed.Add(trigger.Language + "\t" + trigger.Pattern)) AddTrigger(trigger);
        foreach (var r in DataFiles.ReadTsv("Events/data/cues.tsv"))
            Cues.Add(r[1], new Cue(r[0], r[2], r[3]));
        foreach (var r in DataFiles.ReadTsv("Events/data/clause-cuts.tsv"))
            ClauseCuts.Add(r[1], (r[0], r.Length > 2 ? r[2] : "report"));
        foreach (var r in DataFiles.ReadTsv("Events/data/light-verbs.tsv")) LightVerbs.Add(r[1], (r[0], r.Length > 2 && r[2] == "near"));
        foreach (var r in DataFiles.ReadTsv("Events/data/collectives.tsv")) Collectives.Add(r[1], r[0]);
        foreach (var r in DataFiles.ReadTsv("Events/data/stand-ins.tsv"))
        {
            if (r.Length < 3 || r[2] is not ("state" or "country" or "place" or "organization" or "person" or "latter" or "government" or "group") || (r[2] is "organization" or "group" && (r.Length < 4 || r[3].Length == 0)))
                throw new FormatException($"Events/data/stand-ins.tsv: expected lang, phrase and a kind (state, country, place, person, government, organization with its organisation kinds, group with its count and what it counts) in '{string.Join('\t', r)}'");
            if (r[2] == "group" && (r[3].Split(' ') is not [var count, var counted] || !int.TryParse(count, out int n) || n < 2 || counted is not ("country" or "side")))
                throw new FormatException($"Events/data/stand-ins.tsv: a group is a count from 2 and country or side, not '{r[3]}' in '{string.Join('\t', r)}'");
            // a person's description may assert a gender ("l'ancienne présidente": f), which the person told before must not contradict
            string? gender = r[2] is "person" or "latter" && r.Length > 3 && r[3].Length > 0 ? r[3] : null;
            if (gender is not (null or "m" or "f"))
                throw new FormatException($"Events/data/stand-ins.tsv: a person's gender is m or f, not '{gender}' in '{string.Join('\t', r)}'");
            StandIns.Add(r[1], (r[0], r[2], r[2] is "organization" or "group" ? r[3].Split(' ', StringSplitOptions.RemoveEmptyEntries) : null, gender));
        }
        GroupNouns = DataFiles.ReadTsv("Events/data/group-nouns.tsv").Select(r => r[1]).ToHashSet(StringComparer.Ordinal);
        LeaderVerbs = DataFiles.ReadTsv("Events/data/leader-verbs.tsv").Select(r => r[1]).ToHashSet(StringComparer.Ordinal);
        var preps = new Dictionary<string, Dictionary<string, string>>();
        foreach (var r in DataFiles.ReadTsv("Events/data/prepositions.tsv"))
        {
            if (!preps.TryGetValue(r[0], out var d)) preps[r[0]] = d = new();
            d[TextFold.Fold(r[1])] = r[2];
        }
        Prepositions = preps.ToDictionary(k => k.Key, v => (IReadOnlyDictionary<string, string>)v.Value);
        Reasons = DataFiles.ReadTsv("Events/data/reasons.tsv").GroupBy(r => r[0])
            .ToDictionary(g => g.Key, g => g.Select(r => (" " + TextFold.Fold(r[1]),
                r.Length > 2 && r[2] is { Length: > 0 } a && a != "*" ? a.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet() : null)).ToArray());
        Participants = new ParticipantWords(DataFiles.ReadTsv("Events/data/participant-words.tsv"));
        Clause = new ClauseWords(DataFiles.ReadTsv("Events/data/clause-words.tsv"));
        NumberWords = DataFiles.ReadTsv("Time/data/numbers.tsv")
            .Where(r => r.Length > 1 && !(r.Length > 3 && r[3] == "ord") && !r[0].Contains(' ') && !r[0].Contains('-') && long.TryParse(r[1], out var v) && v >= 2)
            .Select(r => TextFold.Fold(r[0])).ToHashSet(StringComparer.Ordinal);
        AgentNouns = DataFiles.ReadTsv("Events/data/agent-nouns.tsv").Select(r => TextFold.Fold(r[1])).ToHashSet(StringComparer.Ordinal);
        foreach (var r in DataFiles.ReadTsv("Events/data/verdicts.tsv"))
        {
            if (r.Length < 6) throw new FormatException($"Events/data/verdicts.tsv: expected lang, verb, complement, type, mode and cameo in '{string.Join('\t', r)}'");
            Verdicts.Add(r[1], new Verdict(r[0], TextFold.Fold(r[2]), new Trigger(r[0], r[1] + " … " + r[2], r[3], r[4].Length == 0 ? null : r[4], r[5], Frame.Directed)));
        }
        var openers = new Dictionary<string, HashSet<string>>();
        foreach (var r in DataFiles.ReadTsv("Events/data/evaluations.tsv"))
        {
            if (r.Length < 3 || r[1] is not ("verb" or "opener" or "word")) throw new FormatException($"Events/data/evaluations.tsv: expected lang, kind (verb, opener, word) and phrase in '{string.Join('\t', r)}'");
            if (r[1] == "verb") EvaluationVerbs.Add(r[2], r[0]);
            else if (r[1] == "word") EvaluationWords.Add(r[2], r[0]);
            else
            {
                if (!openers.TryGetValue(r[0], out var set)) openers[r[0]] = set = new(StringComparer.Ordinal);
                set.Add(TextFold.Fold(r[2]));
            }
        }
        EvaluationOpeners = openers;
        var protesters = new Dictionary<string, ProtesterWords>();
        foreach (var r in DataFiles.ReadTsv("Events/data/protesters.tsv"))
        {
            if (r.Length < 3) throw new FormatException($"Events/data/protesters.tsv: expected lang, kind and word in '{string.Join('\t', r)}'");
            if (!protesters.TryGetValue(r[0], out var pw)) protesters[r[0]] = pw = new ProtesterWords();
            var set = r[1] switch
            {
                "noun" => pw.Nouns, "lead" => pw.Lead, "relative" => pw.Relatives, "aux" => pw.Aux,
                _ => throw new FormatException($"Events/data/protesters.tsv: unknown kind '{r[1]}'"),
            };
            set.Add(TextFold.Fold(r[2]));
        }
        Protesters = protesters;
        StateActs = DataFiles.ReadTsv("Events/data/state-acts.tsv").Select(r => r[0]).ToHashSet();
        Capitals = DataFiles.ReadTsv("Entities/data/countries.tsv").Where(r => r.Length > 5 && r[5].Length > 0).Select(r => TextFold.Fold(r[5])).ToHashSet();
    }

    void AddTrigger(Trigger trigger)
    {
        Triggers.Add(trigger.Pattern, trigger);
        foreach (var lang in (string[])["fr", "en"])
            if (trigger.Language == lang || trigger.Language == "*")
            {
                if (!_triggersByLanguage.TryGetValue(lang, out var m)) _triggersByLanguage[lang] = m = new();
                m.Add(trigger.Pattern, trigger);
            }
    }

    internal static Frame ParseFrame(string s) => s switch
    {
        "sym" => Frame.Symmetric,
        "dir" => Frame.Directed,
        "visit" => Frame.Visit,
        "host" => Frame.Host,
        "passive" => Frame.Passive,
        "noun" => Frame.Noun,
        "oblig" => Frame.Obligation,
        _ => throw new FormatException($"Events/data/triggers.tsv: unknown frame '{s}'"),
    };
}

/// <summary>
/// The function words the participant rules read (Events/data/participant-words.tsv): fillers before a coordinated verb,
/// participles before an author's "by"/"par", relative openers, person object pronouns and articles.
/// </summary>
public sealed class ParticipantWords
{
    /// <summary>Words between ", but"/", mais" and the verb they coordinate (any language).</summary>
    public IReadOnlySet<string> CoordinatedVerbFiller { get; }
    /// <summary>Whole participles before "by" that introduce an author, per language.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Participles { get; }
    /// <summary>Endings of participles before "by"/"par", per language.</summary>
    public IReadOnlyDictionary<string, string[]> ParticipleSuffixes { get; }
    /// <summary>Openers of an object relative (", que ", ", whom "), any language, in file order.</summary>
    public string[] ObjectRelativeOpeners { get; }
    /// <summary>Openers of a relative on a place or an event (", où ", ", where "), any language.</summary>
    public string[] WhereOpeners { get; }
    /// <summary>Words after an act of violence that join it to its cause ("killed when …", "tués dans un accident"), any language.</summary>
    public IReadOnlySet<string> DisasterLinks { get; }
    /// <summary>Relative pronouns that stand for a person after a comma ("who", "qui").</summary>
    public IReadOnlySet<string> PersonRelatives { get; }
    /// <summary>Object pronouns that stand for one person told before ("him", "lui").</summary>
    public IReadOnlySet<string> PersonObjectPronouns { get; }
    /// <summary>Elided object pronouns before an auxiliary ("l'" in "l'a remercié").</summary>
    public IReadOnlySet<string> ElidedPronouns { get; }
    /// <summary>The auxiliaries after them ("a", "ont", "avait").</summary>
    public IReadOnlySet<string> ElidedAuxiliaries { get; }
    /// <summary>Articles skipped before a name, in file order.</summary>
    public string[] Articles { get; }
    /// <summary>Prepositions of a passive's or an act noun's agent ("par", "by"), any language.</summary>
    public IReadOnlySet<string> Agent { get; }
    /// <summary>Prepositions of the attack a passive act of violence took place in ("dans", "in"), any language.</summary>
    public IReadOnlySet<string> Instrument { get; }
    /// <summary>Prepositions of a date between a passive and its agent ("on", as in "was killed on Tuesday in"), any language.</summary>
    public IReadOnlySet<string> DatePrepositions { get; }
    /// <summary>Complementisers that open a clause segment of its own for a counted stand-in (" que ", " that "), any language.</summary>
    public string[] SegmentOpeners { get; }

    /// <summary>Pronouns that make a following "que"/"qu'" a free relative inside a noun phrase ("contre ce qu'il a présenté comme …"), not a clause boundary.</summary>
    public IReadOnlySet<string> FreeRelativeHeads { get; }
    /// <summary>Prepositions of the target of a hostile act noun ("contre", "against").</summary>
    public IReadOnlySet<string> Against { get; }
    /// <summary>Words between "and"/"et" and a verb that shares the earlier verb's subject (any language).</summary>
    public IReadOnlySet<string> AndFillers { get; }
    /// <summary>Those of <see cref="AndFillers"/> that are the earlier verb's object.</summary>
    public IReadOnlySet<string> AndObjectPronouns { get; }
    /// <summary>Irregular past participles that make a verb after "Name," passive, per language.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> AppositiveParticiples { get; }
    /// <summary>Endings of regular past participles after "Name,", per language.</summary>
    public IReadOnlyDictionary<string, string[]> AppositiveSuffixes { get; }
    /// <summary>Words that open a direct object, per language: after one, a verb form after "Name," is finite, not a participle in apposition.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> AppositiveObjectOpeners { get; }
    /// <summary>Definite articles before an act noun a reaction refers to ("condemned the attack").</summary>
    public IReadOnlySet<string> ActDefinite { get; }
    /// <summary>Demonstratives before an act a reaction refers to ("a rejeté ces accusations").</summary>
    public IReadOnlySet<string> ActDemonstrative { get; }

    /// <summary>Indefinite articles before a quoted word for an act told before ("a dénoncé une « provocation »").</summary>
    public IReadOnlySet<string> ActIndefinite { get; }
    /// <summary>Nouns that name an act without telling which ("the move", "la mesure", "the decision"): after a definite
    /// article they refer back to the last act told, as a demonstrative does ("China condemned the move").</summary>
    public IReadOnlySet<string> ActNouns { get; }
    /// <summary>Nouns of an agreement ("the agreement", "cet accord"): they refer back to the last agreement or signing told.</summary>
    public IReadOnlySet<string> AgreementNouns { get; }
    /// <summary>Nouns of a decided act whose genitive is its author ("la décision de Pékin", "the decision of the
    /// Kremlin"): a reaction to one is aimed at that author (EventContext.ReactionTargets.cs).</summary>
    public IReadOnlySet<string> AuthorNouns { get; }
    /// <summary>Prepositions of that genitive ("de", "du", "d'", "of").</summary>
    public IReadOnlySet<string> AuthorOf { get; }
    /// <summary>Nouns of a state's diplomatic mission ("embassy", "ambassade"): the place that names them is the state a
    /// protest there is aimed at.</summary>
    public IReadOnlySet<string> Missions { get; }
    /// <summary>Prepositions between a mission noun and its state ("de", "of").</summary>
    public IReadOnlySet<string> MissionOf { get; }

    /// <summary>Nouns of a ruling or a decision ("décision", "jugement", "ruling", "verdict"): a reaction to one with no
    /// author in its clause is aimed at the author of the verdict or sanction its actor underwent just before.</summary>
    public IReadOnlySet<string> RulingNouns { get; }

    /// <summary>Determiners (any, indefinite too) that may stand before a ruling noun ("une décision", "the ruling").</summary>
    public IReadOnlySet<string> RulingDeterminers { get; }

    /// <summary>Phrases that tell a release was one side of a swap ("in exchange for", "en échange de"), folded, each
    /// followed by a space, in file order: whoever is named after one was released in return.</summary>
    public string[] ExchangePhrases { get; }

    /// <summary>Verbs of a claim of responsibility ("claimed", "a revendiqué"), folded.</summary>
    public IReadOnlySet<string> ClaimVerbs { get; }

    /// <summary>Nouns a claim takes as its object when it names no act ("claimed responsibility", "la paternité").</summary>
    public IReadOnlySet<string> ClaimObjects { get; }

    /// <summary>Words after "the latter", "ce dernier", "celui-ci" that make the phrase a pronoun (an auxiliary, a
    /// clitic, a reporting verb: "ce dernier a", "the latter told"), not a determiner before a noun ("ce dernier sommet").</summary>
    public HashSet<string> LatterFollowers { get; }

    /// <summary>Contrastive coordinators (" but ", " mais "), each with its spaces: a verb right after one shares the
    /// subject of the verb before it, as after "and".</summary>
    public string[] ButCoordinators { get; }

    /// <summary>Articles and possessives that make a verb-like trigger a noun ("a three-day visit", "sa visite"), per
    /// language (English "a" is the French auxiliary "a" folded).</summary>
    public IReadOnlyDictionary<string, HashSet<string>> NounDeterminers { get; }

    /// <summary>Reciprocal pronouns and adverbs, folded ("each other", "mutuellement"): a hostile act of two actors near one goes both ways.</summary>
    public string[] Reciprocals { get; }

    public ParticipantWords(IEnumerable<string[]> rows)
    {
        var all = new List<(string Kind, string Lang, string Word)>();
        foreach (var r in rows)
        {
            if (r.Length < 3) throw new FormatException($"Events/data/participant-words.tsv: expected kind, lang and word in '{string.Join('\t', r)}'");
            var w = r[2].Length >= 2 && r[2][0] == '"' && r[2][^1] == '"' ? r[2][1..^1] : r[2];
            all.Add((r[0], r[1], TextFold.Fold(w)));
        }
        // every kind is required but "participle" (whole English participles; the suffixes cover the rest)
        void Require(string kind)
        {
            if (!all.Exists(x => x.Kind == kind)) throw new FormatException($"Events/data/participant-words.tsv: no row of kind '{kind}'");
        }
        string[] Of(string kind)
        {
            Require(kind);
            return [.. all.Where(x => x.Kind == kind).Select(x => x.Word)];
        }
        Dictionary<string, T> PerLang<T>(string kind, Func<IEnumerable<string>, T> make, bool required = true)
        {
            if (required) Require(kind);
            return all.Where(x => x.Kind == kind).GroupBy(x => x.Lang).ToDictionary(g => g.Key, g => make(g.Select(x => x.Word)));
        }
        CoordinatedVerbFiller = Of("filler").ToHashSet(StringComparer.Ordinal);
        Participles = PerLang("participle", w => w.ToHashSet(StringComparer.Ordinal), required: false);
        ParticipleSuffixes = PerLang("participle-suffix", w => w.ToArray());
        ObjectRelativeOpeners = Of("object-relative");
        WhereOpeners = Of("where");
        PersonRelatives = Of("person-relative").ToHashSet(StringComparer.Ordinal);
        DisasterLinks = Of("disaster-link").ToHashSet(StringComparer.Ordinal);
        PersonObjectPronouns = Of("person-pronoun").ToHashSet(StringComparer.Ordinal);
        ElidedPronouns = Of("elided-pronoun").ToHashSet(StringComparer.Ordinal);
        ElidedAuxiliaries = Of("elided-auxiliary").ToHashSet(StringComparer.Ordinal);
        Articles = Of("article");
        Against = Of("against").ToHashSet(StringComparer.Ordinal);
        Agent = Of("agent").ToHashSet(StringComparer.Ordinal);
        Instrument = Of("instrument").ToHashSet(StringComparer.Ordinal);
        DatePrepositions = Of("date-preposition").ToHashSet(StringComparer.Ordinal);
        SegmentOpeners = [.. Of("segment-opener").Select(w => " " + w + (w.EndsWith('\'') ? "" : " "))];
        FreeRelativeHeads = Of("free-relative").ToHashSet(StringComparer.Ordinal);
        AndFillers = Of("and-filler").ToHashSet(StringComparer.Ordinal);
        AndObjectPronouns = Of("and-object-pronoun").ToHashSet(StringComparer.Ordinal);
        AppositiveParticiples = PerLang("appositive-participle", w => w.ToHashSet(StringComparer.Ordinal));
        AppositiveSuffixes = PerLang("appositive-suffix", w => w.ToArray());
        AppositiveObjectOpeners = PerLang("appositive-object-opener", w => w.ToHashSet(StringComparer.Ordinal));
        ActDefinite = Of("act-definite").ToHashSet(StringComparer.Ordinal);
        ActDemonstrative = Of("act-demonstrative").ToHashSet(StringComparer.Ordinal);
        ActIndefinite = Of("act-indefinite").ToHashSet(StringComparer.Ordinal);
        ActNouns = Of("act-noun").ToHashSet(StringComparer.Ordinal);
        AgreementNouns = Of("agreement-noun").ToHashSet(StringComparer.Ordinal);
        AuthorNouns = Of("author-noun").ToHashSet(StringComparer.Ordinal);
        AuthorOf = Of("author-of").ToHashSet(StringComparer.Ordinal);
        Missions = Of("mission").ToHashSet(StringComparer.Ordinal);
        MissionOf = Of("mission-of").ToHashSet(StringComparer.Ordinal);
        RulingNouns = Of("ruling").ToHashSet(StringComparer.Ordinal);
        RulingDeterminers = Of("ruling-determiner").ToHashSet(StringComparer.Ordinal);
        ExchangePhrases = [.. Of("exchange").Select(w => w.EndsWith('\'') ? w : w + " ")];
        ClaimVerbs = Of("claim-verb").ToHashSet(StringComparer.Ordinal);
        ClaimObjects = Of("claim-object").ToHashSet(StringComparer.Ordinal);
        LatterFollowers = Of("latter-follower").ToHashSet(StringComparer.Ordinal);
        ButCoordinators = [.. Of("but-coordinator").Select(w => " " + w + " ")];
        NounDeterminers = PerLang("noun-determiner", w => w.ToHashSet(StringComparer.Ordinal));
        Reciprocals = Of("reciprocal");
    }
}

/// <summary>Protester nouns and the words around them (Events/data/protesters.tsv), folded.</summary>
public sealed class ProtesterWords
{
    public HashSet<string> Nouns { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Lead { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Relatives { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Aux { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The function words of the Events stage's clause reading (Events/data/clause-words.tsv): pronouns, determiners,
/// complement words, question and relative openers, auxiliaries. Read as written (the file is folded already).
/// </summary>
public sealed class ClauseWords
{
    public HashSet<string> SingularPronouns { get; }
    public HashSet<string> PluralPronouns { get; }
    public HashSet<string> FirstPersonPlural { get; }
    public HashSet<string> Determiners { get; }
    public HashSet<string> ComplementFiller { get; }
    public HashSet<string> Complementisers { get; }
    public HashSet<string> Possessives { get; }
    public HashSet<string> ComplementWords { get; }
    public string[] QuestionOpeners { get; }
    public string[] WhOpeners { get; }
    public string[] QuestionVerbs { get; }
    public string[] Together { get; }
    public string[] TemporalConjunctions { get; }
    public string[] RelativeOpeners { get; }
    public string[] AppositionOpeners { get; }
    public string[] PassiveAuxiliaries { get; }
    public string[] AgainWords { get; }
    public string[] OtherMeans { get; }
    public string[] TopicLeads { get; }
    public string[] Coordinators { get; }
    public string[] EnvoyNouns { get; }
    public string[] DepartureWords { get; }
    public string[] PurposeMarkers { get; }
    public string[] ParticipleEndings { get; }
    /// <summary>"member", "membre": the noun of a joining told by an ordinal or a full membership (kind membership-nouns).</summary>
    public string[] MembershipNouns { get; }
    /// <summary>"a", "ont", "has": an auxiliary between a coordinated clause's new subject and its verb (kind finite-auxiliaries).</summary>
    public HashSet<string> FiniteAuxiliaries { get; }
    /// <summary>"er", "ir", "re": the endings of a French infinitive, after "à" spelt like the auxiliary "a" (kind infinitive-endings).</summary>
    public string[] InfinitiveEndings { get; }
    public HashSet<string> IndefiniteArticles { get; }

    /// <summary>Adverbs between a verb and its object ("a rappelé définitivement son ambassadeur", "recalled permanently its
    /// envoy"), blanked for the trigger scan as dates and numbers are.</summary>
    public HashSet<string> GapAdverbs { get; }

    public ClauseWords(IEnumerable<string[]> rows)
    {
        var all = new List<(string Kind, string Word)>();
        foreach (var r in rows)
        {
            if (r.Length < 2) throw new FormatException($"Events/data/clause-words.tsv: expected kind and word in '{string.Join('\t', r)}'");
            all.Add((r[0], r[1].Length >= 2 && r[1][0] == '"' && r[1][^1] == '"' ? r[1][1..^1] : r[1]));
        }
        string[] Of(string kind)
        {
            var words = all.Where(x => x.Kind == kind).Select(x => x.Word).ToArray();
            return words.Length > 0 ? words : throw new FormatException($"Events/data/clause-words.tsv: no row of kind '{kind}'");
        }
        SingularPronouns = Of("singular-pronouns").ToHashSet(StringComparer.Ordinal);
        PluralPronouns = Of("plural-pronouns").ToHashSet(StringComparer.Ordinal);
        FirstPersonPlural = Of("first-person-plural").ToHashSet(StringComparer.Ordinal);
        Determiners = Of("determiners").ToHashSet(StringComparer.Ordinal);
        ComplementFiller = Of("complement-filler").ToHashSet(StringComparer.Ordinal);
        Complementisers = Of("complementisers").ToHashSet(StringComparer.Ordinal);
        Possessives = Of("possessives").ToHashSet(StringComparer.Ordinal);
        ComplementWords = Of("complement-words").ToHashSet(StringComparer.Ordinal);
        QuestionOpeners = Of("question-openers");
        WhOpeners = Of("wh-openers");
        QuestionVerbs = Of("question-verbs");
        Together = Of("together");
        TemporalConjunctions = Of("temporal-conjunctions");
        RelativeOpeners = Of("relative-openers");
        AppositionOpeners = Of("apposition-openers");
        PassiveAuxiliaries = Of("passive-auxiliaries");
        AgainWords = Of("again-words");
        OtherMeans = Of("other-means");
        TopicLeads = Of("topic-leads");
        Coordinators = Of("coordinators");
        EnvoyNouns = Of("envoy-nouns");
        DepartureWords = Of("departure-words");
        PurposeMarkers = Of("purpose-markers");
        ParticipleEndings = Of("participle-endings");
        MembershipNouns = Of("membership-nouns");
        FiniteAuxiliaries = Of("finite-auxiliaries").ToHashSet(StringComparer.Ordinal);
        InfinitiveEndings = Of("infinitive-endings");
        IndefiniteArticles = Of("indefinite-articles").ToHashSet(StringComparer.Ordinal);
        GapAdverbs = Of("gap-adverbs").ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>
/// Trigger families (Events/data/trigger-families.tsv): one row per verb, expanded into its inflected forms and
/// nominalisations by the endings of Events/data/inflections.tsv, each followed by one of the row's objects (with
/// an optional determiner: "halted gas deliveries", "a suspendu ses livraisons de gaz", "the suspension of aid").
/// </summary>
public static class TriggerFamilies
{
    /// <summary>The triggers of every family row, folded, in file order (verb forms first, then nouns).</summary>
    public static IEnumerable<Trigger> Expand(IEnumerable<string[]> families, IEnumerable<string[]> inflections)
    {
        // lang → class → (ending to strip, endings to add); the classes "det" and "of" list words, not endings
        var classes = new Dictionary<(string Lang, string Class), (string Strip, string[] Add)>();
        foreach (var r in inflections)
        {
            if (r.Length < 4) throw new FormatException($"Events/data/inflections.tsv: expected lang, class, ending to strip and endings in '{string.Join('\t', r)}'");
            var add = r[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(e => e == "_" ? "" : TextFold.Fold(e)).Distinct().ToArray();
            classes[(r[0], r[1])] = (r[2] == "-" ? "" : TextFold.Fold(r[2]), add);
        }
        string[] Words(string lang, string cls) => classes.TryGetValue((lang, cls), out var c) ? c.Add : [];
        foreach (var r in families)
        {
            if (r.Length < 8) throw new FormatException($"Events/data/trigger-families.tsv: expected lang, lemma, classes, type, mode, cameo, frame and objects in '{string.Join('\t', r)}'");
            string lang = r[0], lemma = TextFold.Fold(r[1]);
            var verbs = new List<string>();
            var nouns = new List<string>();
            foreach (var cls in r[2].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (cls == "-") continue;
                if (!classes.TryGetValue((lang, cls), out var c)) throw new FormatException($"Events/data/trigger-families.tsv: no class '{cls}' for '{lang}' in inflections.tsv");
                if (c.Strip.Length > 0 && !lemma.EndsWith(c.Strip, StringComparison.Ordinal)) throw new FormatException($"Events/data/trigger-families.tsv: '{r[1]}' does not end in '{c.Strip}' (class {cls})");
                var stem = lemma[..^c.Strip.Length];
                (cls.StartsWith("noun", StringComparison.Ordinal) ? nouns : verbs).AddRange(c.Add.Select(e => stem + e));
            }
            if (r.Length > 8 && r[8] != "-") verbs.AddRange(r[8].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(TextFold.Fold));
            if (r.Length > 9 && r[9] != "-") nouns.AddRange(r[9].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(TextFold.Fold));
            var objects = r[7] == "-" ? [""] : r[7].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(TextFold.Fold).ToArray();
            var frame = EventLexicon.ParseFrame(r[6]);
            string? mode = r[4].Length == 0 ? null : r[4];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var v in verbs.Distinct())
                foreach (var o in objects)
                {
                    if (o.Length == 0) { if (seen.Add(v)) yield return new Trigger(lang, v, r[3], mode, r[5], frame); continue; }
                    if (seen.Add(v + " " + o)) yield return new Trigger(lang, v + " " + o, r[3], mode, r[5], frame);
                    foreach (var d in Words(lang, "det"))
                        if (seen.Add(Join(Join(v, d), o))) yield return new Trigger(lang, Join(Join(v, d), o), r[3], mode, r[5], frame);
                }
            // a nominalisation is a nominal mention: "the suspension of gas deliveries", "l'envoi de troupes"
            foreach (var n in nouns.Distinct())
                foreach (var o in objects)
                {
                    if (o.Length == 0) { if (seen.Add(n)) yield return new Trigger(lang, n, r[3], mode, r[5], Frame.Noun); continue; }
                    foreach (var of in Words(lang, "of"))
                    {
                        if (seen.Add(Join(Join(n, of), o))) yield return new Trigger(lang, Join(Join(n, of), o), r[3], mode, r[5], Frame.Noun);
                        foreach (var d in Words(lang, "det"))
                            if (seen.Add(Join(Join(Join(n, of), d), o))) yield return new Trigger(lang, Join(Join(Join(n, of), d), o), r[3], mode, r[5], Frame.Noun);
                    }
                }
        }
    }

    // an elided word ("l'", "d'") takes the next word without a space
    static string Join(string a, string b) => a.EndsWith('\'') ? a + b : a + " " + b;
}
