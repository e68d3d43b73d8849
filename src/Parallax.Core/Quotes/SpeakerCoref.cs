using Parallax.Entities;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// In-document speaker coreference, the last step of the Quotes stage. A quote that the attribution rules left without
/// a speaker, but whose reporting verb has a subject that points back to someone — a pronoun ("he said",
/// "a-t-elle ajouté", "it added"), a described person ("said the actor", "avertit la ministre") or a described
/// organisation ("the group said", "selon l’agence") — takes the referent it points back to: the most recent person
/// (preferring the subject of a sentence) or organisation named before it, of a compatible gender and kind, within a
/// few paragraphs, and not past an unnamed person brought in since ("one mother", "un habitant"). Referents are the
/// Entities stage's people and organisations and, where no entity covers a name, the capitalised name that opens a
/// sentence ("Benioff intimately understands …") or stands in apposition to an organisation noun ("The group,
/// WeWorkers Coalition, …"). Gender comes from the knowledge base, titles ("Mrs", "M."), given names and gendered
/// nouns; all lexicons are data files (<c>Quotes/data/coref-pronouns.tsv</c>, <c>gender-cues.tsv</c>,
/// <c>given-names.tsv</c>, <c>unnamed-nouns.txt</c>, with <c>person-nouns.txt</c> and <c>organization-nouns.txt</c>).
/// </summary>
public sealed partial class SpeakerCoref
{
    /// <summary>How far back (in characters) a referent may lie before the words that point to it.</summary>
    public const int MaxDistance = 1500;

    sealed record Lexicon(
        Dictionary<string, (bool Group, char Gender)> Pronouns,
        Dictionary<string, char> GenderCues,
        Dictionary<string, char> GivenNames,
        HashSet<string> UnnamedNouns,
        HashSet<string> PersonNouns,
        HashSet<string> OrganizationNouns,
        HashSet<string> OrganizationWords,
        HashSet<string> VoiceNouns,
        HashSet<string> EntourageNouns,
        HashSet<string> Openers);

    static readonly Lazy<Lexicon> Lex = new(() =>
    {
        static HashSet<string> Words(string path, bool fold = true) =>
            DataFiles.ReadLines(path).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(w => fold ? TextFold.Fold(w) : w).ToHashSet(StringComparer.Ordinal);
        var pronouns = Subjects.Referring.ToDictionary(p => p.Key, p => (p.Value.Group, p.Value.Gender), StringComparer.Ordinal);
        var cues = DataFiles.ReadTsv("Quotes/data/gender-cues.tsv").ToDictionary(r => TextFold.Fold(r[0]), r => r[1][0], StringComparer.Ordinal);
        var given = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var r in DataFiles.ReadTsv("Quotes/data/given-names.tsv")) given[TextFold.Fold(r[0])] = r[1][0];
        var openers = DataFiles.ReadTsv("Language/data/sentence-openers.tsv")
            .SelectMany(r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);
        return new Lexicon(pronouns, cues, given, Words("Quotes/data/unnamed-nouns.txt"),
            Words("Quotes/data/person-nouns.txt").Concat(Words("Quotes/data/office-nouns-en.txt")).ToHashSet(StringComparer.Ordinal),
            Words("Quotes/data/organization-nouns.txt"), Words("Entities/data/organization-words.txt", fold: false),
            Words("Quotes/data/voice-nouns.txt"), Words("Quotes/data/entourage-nouns.txt"), openers);
    });

    /// <summary>Someone or something a later word can point back to: an entity mention, or an unlinked name.</summary>
    /// <remarks><see cref="Unknown"/>: an unlinked name with nothing that tells a person from an organisation ("Big Machine").</remarks>
    public readonly record struct Referent(int Start, int End, string? Id, bool Group, char Gender, bool Subject, bool Unknown = false);

    /// <summary>What the subject of an attribution is: a pronoun or a description, its kind, gender and head noun.</summary>
    /// <remarks><see cref="For"/>: the words after a spokesperson noun naming whom they speak for ("du gouvernement").</remarks>
    public readonly record struct Pointer(int Start, int End, bool Group, char Gender, string? Head, TextSpan? For = null);

    static readonly string[] Definite = ["the ", "le ", "la ", "l'", "les ", "this ", "cette ", "cet ", "ce ", "that "];
    static readonly string[] Possessives = ["son ", "sa ", "ses ", "his ", "her "];

    readonly Document _doc;
    readonly string _folded;
    readonly List<PhraseMatch<ReportingVerb>> _verbs;
    readonly List<(int Open, int Close)> _quotations;
    readonly IReadOnlyList<Sentence> _sentences;
    List<Referent>? _referents;

    /// <param name="verbs">the reporting verbs found in the text</param>
    /// <param name="quotations">the direct quotations, mark to mark</param>
    public SpeakerCoref(Document doc, string folded, List<PhraseMatch<ReportingVerb>> verbs, List<(int Open, int Close)> quotations)
    {
        _doc = doc; _folded = folded; _verbs = verbs; _quotations = quotations;
        _sentences = doc.Sentences.IsDefaultOrEmpty ? [new Sentence(0, doc.Text.Length)] : doc.Sentences;
    }

    bool Inside(int pos)
    {
        // (a plain loop: asked for most mentions and capitalised words of the text, a lambda capturing pos would allocate each time)
        foreach (var q in _quotations) if (q.Open < pos && pos < q.Close) return true;
        return false;
    }

    /// <summary>
    /// The quote with a speaker when it had none and its attribution points back to an earlier referent; otherwise the
    /// quote unchanged.
    /// </summary>
    public Quote Resolve(Quote q)
    {
        var text = _doc.Text;
        // "The outgoing Prime Minister said", "The Governor said": a title alone that the Entities stage took for a name is a
        // description of the person who holds it, read like "the prime minister said"
        // (unless the holder is named in apposition right after it: "Scotland’s First Minister, Humza Yousaf, told")
        if (q.Speaker != null && IsEnglishTitleEntity(q.Speaker))
        {
            if (EnglishApposedPerson(q) is { } apposed) return apposed;
            q = q with { Speaker = null, SpeakerSpan = null };
        }
        if (q.Speaker != null) return Agree(q);
        if (q.SpeakerSpan is { } named && !IsPointer(text, _folded, named)) return q;
        // "the interior ministry" found by the rules (an institution named by its kind) is no pointer to resolve further
        if (q.SpeakerSpan is { } inst && Describe(text, _folded, inst.Start, inst.End) is { Group: true, Head: { } ih, For: null } ip
            && ModifiedOrganization(text, _folded, ip, ih)) return q;
        var pointer = FindPointer(text, _folded, q, _verbs, _sentences, _quotations);
        if (pointer == null) return q;
        _referents ??= Referents(_doc, _folded, _sentences, Inside);
        var r = PeopleAntecedent(pointer.Value, q);
        if (r == null && EnglishTeamPlace(pointer.Value, q) is { } team) return team;
        // an organisation named only by a noun and its complement ("La direction du groupe minier a fait savoir", "the ministry
        // of health said", "a indiqué la direction générale de la santé"): with nothing named before to stand for, those words
        // name the speaker; and so do they whatever was named before when the complement holds no name and no organisation
        // noun ("de l’aviation civile", but not "du groupe minier" nor "de Renault")
        // (a kind after a bare "de" is no name: "a précisé le fabricant de pneumatiques" is the company named before, when
        // an organisation the Entities stage linked was named)
        if (pointer.Value is { Group: true, Head: { } head, For: null } g && !DocumentNoun(head)
            && OrganizationComplement(text, _folded, g.End) is { } of
            && (r is not { Group: true, Unknown: false, Id: not null } || !KindComplement(text, _folded, of))
            && (r == null || !_referents.Any(x => x.Start >= of.Start && x.Start < of.End) && !Lex.Value.OrganizationNouns.Contains(_folded[of.Start..of.End].Split(' ')[0])))
            return q with { Speaker = null, SpeakerSpan = new TextSpan(g.Start, of.End) };
        // "the parish council", "the fire department": an English organisation noun after a lower-case modifier names an
        // institution of its own; unless what was named before bears that noun, those words are the speaker
        if (pointer.Value is { Group: true, Head: { } oh, For: null } op && ModifiedOrganization(text, _folded, op, oh)
            && (r == null || !Near(_folded, r.Value, oh)))
            return q with { Speaker = null, SpeakerSpan = new TextSpan(op.Start, op.End) };
        // "China’s foreign ministry called … The ministry said": an organisation named since the last referent with the
        // pointer's noun after a name or a possessive is the one the description stands for
        if (pointer.Value is { Group: true, Head: { } kh, For: null } kp && !DocumentNoun(kh)
            && NamedWithNoun(text, _folded, kh, kp.Start, r is { } rr && Near(_folded, rr, kh) ? rr.End : r?.End ?? Math.Max(0, kp.Start - MaxDistance)) is { } withNoun)
            return q with { Speaker = null, SpeakerSpan = withNoun };
        // "The diocese said …" with no organisation named before: the description itself names the speaker
        if (r == null && pointer.Value is { Group: true, Head: { } dh, For: null } dp && !DocumentNoun(dh)
            && Lex.Value.OrganizationNouns.Contains(dh) && text.AsSpan(dp.Start, dp.End - dp.Start).Trim().Length > dh.Length)
            return q with { Speaker = null, SpeakerSpan = new TextSpan(dp.Start, dp.End) };
        if (r == null) return q;
        return q with
        {
            Speaker = r.Value.Id,
            SpeakerSpan = r.Value.Id != null ? new TextSpan(pointer.Value.Start, pointer.Value.End) : new TextSpan(r.Value.Start, r.Value.End),
        };
    }

    /// <summary>Whether [from, to) is a description of a person or an organisation ("le réalisateur iranien", "la préfète").</summary>
    public static bool Describes(string text, string folded, int from, int to) => Describe(text, folded, from, to) != null;

    /// <summary>
    /// French: a quotation whose sentence opens with a described subject and has no verb of saying for it ("Le réalisateur
    /// iranien, longtemps interdit de voyager, avait dédié sa Palme « … »", "Interrogé sur son avenir, le judoka est resté
    /// évasif : « … »"; <see cref="FrenchAttribution.OpeningSubject"/>) takes the description's referent, like a described
    /// subject of a verb of saying; otherwise the quote unchanged.
    /// </summary>
    public Quote ResolveDescribed(Quote q, TextSpan words)
    {
        if (q.Speaker != null || q.SpeakerSpan != null || Describe(_doc.Text, _folded, words.Start, words.End) is not { } p || p.Start != words.Start) return q;
        _referents ??= Referents(_doc, _folded, _sentences, Inside);
        if (PeopleAntecedent(p, q) is not { } r) return q;
        return q with { Speaker = r.Id, SpeakerSpan = r.Id != null ? new TextSpan(p.Start, p.End) : new TextSpan(r.Start, r.End) };
    }

    /// <summary>English nouns of public bodies named by their kind: Quotes/data/institution-nouns-en.txt, folded.</summary>
    internal static readonly Lazy<HashSet<string>> InstitutionNouns = new(() =>
        DataFiles.ReadLines("Quotes/data/institution-nouns-en.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// "the parish council", "the fire department", "the interior ministry": English "the", one or two lower-case
    /// modifiers, then a public body's noun (Quotes/data/institution-nouns-en.txt) — an institution named by its kind,
    /// not "the company" pointing back to one named before.
    /// </summary>
    static bool ModifiedOrganization(string text, string folded, Pointer p, string head)
    {
        if (!folded.AsSpan(p.Start).StartsWith("the ", StringComparison.Ordinal) || !InstitutionNouns.Value.Contains(head)) return false;
        int i = p.Start + 4, modifiers = 0, domain = 0, headStart = p.End - head.Length;
        if (headStart <= i || folded.AsSpan(headStart, head.Length).SequenceEqual(head) == false) return false;
        while (i < headStart)
        {
            while (i < headStart && text[i] == ' ') i++;
            if (i >= headStart) break;
            int w = i;
            while (i < headStart && text[i] != ' ') i++;
            // a lower-case modifier ("the fire department") or a people's adjective ("the Russian defence ministry")
            if (!char.IsLower(text[w]) && !EnglishDemonymNouns.Value.Contains(folded[w..i])) return false;
            if (text[i - 1] is '\'' or '’' || folded[w..i].EndsWith("'s", StringComparison.Ordinal) || Lex.Value.OrganizationNouns.Contains(folded[w..i])) return false;
            if (!DescribingModifiers.Value.Contains(folded[w..i])) domain++;
            modifiers++;
        }
        // "the continental agency", "the humanitarian agency": adjectives of scope or character alone describe one named before
        return modifiers is 1 or 2 && domain > 0;
    }

    /// <summary>English adjectives of scope or character: Quotes/data/describing-modifiers-en.txt, folded.</summary>
    static readonly Lazy<HashSet<string>> DescribingModifiers = new(() =>
        DataFiles.ReadLines("Quotes/data/describing-modifiers-en.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// French copy: a quotation attributed by a verb that carries a speech on ("« … », a poursuivi le joueur de 26 ans",
    /// "a-t-elle ajouté", "conclut l’élu") to a pronoun or a description is the previous quotation's, when that one
    /// has a person for speaker of a compatible gender, no person or organisation is named (outside quotations)
    /// between the two, and no other person was introduced with the description's noun. Otherwise the quote unchanged.
    /// </summary>
    public Quote CarryOn(Quote q, Quote? before)
    {
        if (_doc.Language != "fr" || !q.Direct || before is not { Speaker: { } prev } || q.Speaker == prev
            || q.Start <= before.End || q.Start - before.End > 700) return q;
        var text = _doc.Text;
        // a speaker named by the attribution rules (an entity or an unlinked name) stands
        if (q.SpeakerSpan is { } named && !IsPointer(text, _folded, named)) return q;
        int close = q.End;
        while (close < text.Length && (char.IsWhiteSpace(text[close]) || IsMark(text[close])) && close < q.End + 4) close++;
        var v = _verbs.FirstOrDefault(x => x.Start >= q.End && x.Start <= close + 1 && x.Value.Kind is "verb" or "after");
        if (v.Value == null || !FrenchAttribution.IsContinuation(_folded, v.Start, v.End)) return q;
        if (PointerAround(text, _folded, v.Start, v.End, _sentences) is not { Group: false } pointer) return q;
        if (_doc.Entities.Any(e => e.Id != prev && e.Type is EntityTypes.Person or EntityTypes.Organization
                && e.Mentions.Any(m => m.Start >= before.End && m.End <= q.Start && !Inside(m.Start)))) return q;
        _referents ??= Referents(_doc, _folded, _sentences, Inside);
        var p = _referents.FirstOrDefault(r => r.Id == prev);
        if (p.Id == null || p.Group || pointer.Gender != '-' && p.Gender != '-' && pointer.Gender != p.Gender) return q;
        if (pointer.Head is { } head && _referents.Any(r => r.Id != prev && !r.Group && r.End <= q.Start && IntroducedAs(_folded, r, head))) return q;
        return q with { Speaker = prev, SpeakerSpan = new TextSpan(pointer.Start, pointer.End) };
    }

    /// <summary>
    /// A speaker found for a pronoun or a description of the other gender ("a déclaré la préfète" given to the mayor
    /// named before her) is replaced by the referent of the right gender, when there is one.
    /// </summary>
    Quote Agree(Quote q)
    {
        _referents ??= Referents(_doc, _folded, _sentences, Inside);
        // a name inside a role's complement taken for the speaker when the role's holder is named in apposition right
        // after it: "Le maire de Kehl, Wolfram Britz, a salué …" is Wolfram Britz's, not Kehl's
        if (q.SpeakerSpan is { } sp && ApposedName(sp) is { } apposed)
            return q with { Speaker = null, SpeakerSpan = new TextSpan(apposed.Start, apposed.End) };
        if (EnglishApposedPerson(q) is { } person) return person;
        var p = FindPointer(_doc.Text, _folded, q with { SpeakerSpan = null }, _verbs, _sentences, _quotations, named: true);
        if (p is { Group: true, Head: { } gh, For: null } gp && Lex.Value.OrganizationNouns.Contains(gh))
        {
            // "a indiqué de son côté la compagnie": the organisation named with that noun ("La compagnie Brittany Ferries")
            var h = Antecedent(_folded, _referents, gp, q);
            bool linked = _doc.Entities.Any(e => e.Id == q.Speaker && e.Mentions.Any(m => m.Start < gp.End && gp.Start < m.End));
            // (of the noun's kind: "the airline" is not "Dorset Police" named since)
            if (!linked && h is { } hr && hr.Id != q.Speaker && hr.Id != null && Near(_folded, hr, gh)
                && (_doc.Entities.FirstOrDefault(e => e.Id == hr.Id) is not { } he || QuoteStage.FitsKind(_doc, he, gh)))
                return q with { Speaker = hr.Id, SpeakerSpan = new TextSpan(gp.Start, gp.End) };
            // "The fire department said" given to the agency named before: the institution named by its kind
            if (!linked && ModifiedOrganization(_doc.Text, _folded, gp, gh)
                && _doc.Entities.FirstOrDefault(e => e.Id == q.Speaker) is { } named && !TextFold.Fold(named.Name).Contains(gh, StringComparison.Ordinal))
                return q with { Speaker = null, SpeakerSpan = new TextSpan(gp.Start, gp.End) };
            // "a précisé l’entreprise", "a indiqué l’institution" given to a person: a noun of an organisation never stands for
            // a person, but for the organisation named before it (an entity, else the unlinked words naming it)
            if (!linked && h is { Group: true } og && og.Id != q.Speaker && gp.Start > q.End
                && _verbs.Any(v => v.Start >= q.End && v.Start <= q.End + 8 && v.End <= gp.Start)
                && _doc.Entities.FirstOrDefault(e => e.Id == q.Speaker) is { Type: EntityTypes.Person })
                return q with { Speaker = og.Id, SpeakerSpan = og.Id != null ? new TextSpan(gp.Start, gp.End) : new TextSpan(og.Start, og.End) };
            return q;
        }
        if (p is not { Group: false } pointer) return q;
        // a pronoun or description whose speaker the rules carried over from a name read inside a role's description
        // ("Le maire de Kehl, Wolfram Britz, a salué … », a affirmé l’élu": Kehl): the name in apposition there
        if (q.Speaker != null && _doc.Entities.FirstOrDefault(e => e.Id == q.Speaker) is { } se)
            foreach (var m in se.Mentions)
                if (m.End <= q.Start && ApposedName(new TextSpan(m.Start, m.End)) is { } carried)
                    return q with { Speaker = null, SpeakerSpan = new TextSpan(carried.Start, carried.End) };
        // a described person ("le procureur a rappelé", "a ajouté le technicien") is the one introduced with that noun,
        // whoever the rules found
        if (pointer.Head is { } head && Lex.Value.PersonNouns.Contains(head))
        {
            var h = Antecedent(_folded, _referents, pointer, q);
            // the Entities stage's own reading of the description ("La maire de Strasbourg" → Jeanne Barseghian) stands
            bool linked = _doc.Entities.Any(e => e.Id == q.Speaker && e.Mentions.Any(m => m.Start < pointer.End && pointer.Start < m.End));
            if (!linked && h is { } hr && hr.Id != q.Speaker && IntroducedAs(_folded, hr, head))
                return q with { Speaker = hr.Id, SpeakerSpan = hr.Id != null ? new TextSpan(pointer.Start, pointer.End) : new TextSpan(hr.Start, hr.End) };
        }
        if (EnglishPronounOfKnownGender(q, pointer) is { } known) return known;
        if (FrenchLaterSubject(q, pointer) is { } later) return later;
        if (pointer.Gender == '-') return q;
        var current = _referents.FirstOrDefault(r => r.Id == q.Speaker);
        if (current.Id == null || current.Gender == '-' || current.Gender == pointer.Gender) return q;
        var r = Antecedent(_folded, _referents, pointer, q);
        if (r == null || r.Value.Gender != pointer.Gender) return q;
        return q with
        {
            Speaker = r.Value.Id,
            SpeakerSpan = r.Value.Id != null ? new TextSpan(pointer.Start, pointer.End) : new TextSpan(r.Value.Start, r.Value.End),
        };
    }

    /// <summary>The unlinked name in apposition right after a speaker span that is a word of a role's description ("maire de
    /// <b>Kehl</b>, Wolfram Britz,", "président de la région <b>Bretagne</b>, Loïg Chesnais-Girard,"), or null.</summary>
    Referent? ApposedName(TextSpan sp)
    {
        var text = _doc.Text;
        int b = sp.Start - 1;
        while (b > 0 && text[b] == ' ') b--;
        // the speaker span is a word of the description ("maire de Kehl", "président de la région Bretagne"): not the sentence's first words
        if (b < 0 || QuoteStage.SentenceAt(_sentences, sp.Start).Start >= sp.Start - 1) return null;
        int c = sp.End;
        if (c + 2 >= text.Length || text[c] != ',' || text[c + 1] != ' ') return null;
        foreach (var r in _referents!)
            if (r.Start == c + 2 && r.Id == null && !r.Group) return r;
        return null;
    }

    /// <summary>Whether a speaker span found by the attribution rules is itself only a pointer (a verb, a pronoun, a description).</summary>
    static bool IsPointer(string text, string folded, TextSpan span)
    {
        var words = folded[span.Start..span.End].Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => Lex.Value.Pronouns.ContainsKey(w))) return true;
        if (ReportingVerbs.Matcher.FindLongest(text[span.Start..span.End], folded[span.Start..span.End]).Count > 0) return true;
        return Describe(text, folded, span.Start, span.End) != null;
    }

    /// <summary>The pronoun or description that is the subject of the quote's reporting verb, if any.</summary>
    static Pointer? FindPointer(string text, string folded, Quote q, List<PhraseMatch<ReportingVerb>> verbs, IReadOnlyList<Sentence> sentences,
        List<(int Open, int Close)> quotations, bool named = false)
    {
        if (q.SpeakerSpan is { } sp)
        {
            // the attribution rules stopped at a pronoun or a description: read it again
            var p = PointerAround(text, folded, sp.Start, sp.End, sentences);
            if (p != null) return p;
        }
        int close = q.End;
        if (q.Direct) while (close < text.Length && (char.IsWhiteSpace(text[close]) || IsMark(text[close]))) { close++; if (close > q.End + 3) break; }
        var sent = QuoteStage.SentenceAt(sentences, Math.Min(text.Length - 1, Math.Max(0, q.Direct ? q.End : q.Start)));
        int open = q.Direct ? Math.Max(0, q.Start - 2) : q.Start;
        // a quotation introduced before it ("The 56-year-old said after his appointment: “…”"): its opening sentence counts too
        var opening = QuoteStage.SentenceAt(sentences, Math.Max(0, q.Start - 1));
        if (opening.Start < sent.Start) sent = new Sentence(opening.Start, sent.End);
        bool Outside(int pos) => !quotations.Any(x => x.Open < pos && pos < x.Close) && (pos < q.Start || pos >= q.End);
        // the verb right after the quote, then the nearest one in its sentence outside quotations
        // (only the nearest such verb is ever looked at: one pass keeps the first of the lowest distance, as a stable sort would)
        int nearest = -1, nearestKey = int.MaxValue;
        for (int k = 0; k < verbs.Count; k++)
        {
            var c = verbs[k];
            if (c.Value.Kind == "according" || c.Start < sent.Start || c.End > Math.Max(sent.End, close + 40)) continue;
            int key = c.Start >= q.End ? c.Start - q.End : (open - c.End) + 1000;
            if (key >= nearestKey || !Outside(c.Start) || text.AsSpan(Math.Min(c.Start, q.End), Math.Max(0, c.Start - q.End)).ContainsAny(".!?\n")) continue;
            nearest = k;
            nearestKey = key;
        }
        if (nearest >= 0)
        {
            var v = verbs[nearest];
            var p = PointerAround(text, folded, v.Start, v.End, sentences);
            // "Carolyn Rogers said the bank was watching …": an organisation's description that opens the reported clause is
            // that clause's own subject, not the speech verb's inverted subject ("said the company")
            // (any pointer there, when the rules already found the speaker; with none found, a pronoun there is the last resort)
            if (p is { } inner && !q.Direct && inner.Start >= q.Start && inner.Start < q.End && (named || inner is { Group: true, Head: not null }))
                return null;
            // "Opposition leader Ben Tolley said the Premier had made “a shambles” of …": a description after the verb with more
            // of the writer's words before the quotation mark is the reported clause's own subject, not an inverted one
            // (also after a quotation: "described the scenes as “disgraceful” and said the force would …")
            // (not a pronoun there, which is the speaker again: "said he had escaped through a window: “…”")
            if (p is { Head: not null } clauseSubject && q.Direct && named && v.End <= clauseSubject.Start && (clauseSubject.End < q.Start || clauseSubject.Start >= q.End)
                && AuxiliaryAfter(folded, clauseSubject.End)) return null;
            if (p != null) return p;
            return null; // the nearest verb has a subject of its own (a name, or nothing that points back)
        }
        // "selon l’agence", "according to the group"
        foreach (var v in verbs.Where(v => v.Value.Kind == "according" && Outside(v.Start) && v.Start >= sent.Start && v.End <= sent.End))
            if (Describe(text, folded, v.End, Math.Min(sent.End, v.End + 40)) is { } d) return d;
        return null;
    }

    /// <summary>Whether the word after <paramref name="pos"/> is an auxiliary ("had", "would", "was": auxiliaries-en.txt).</summary>
    static bool AuxiliaryAfter(string folded, int pos)
    {
        while (pos < folded.Length && folded[pos] == ' ') pos++;
        int e = pos;
        while (e < folded.Length && TextFold.IsWordChar(folded[e])) e++;
        return e > pos && QuoteStage.HasAuxiliary(folded.AsSpan(pos, e - pos));
    }

    /// <summary>The pointer next to a reporting verb [start, end): inside it ("a-t-il"), before it ("he said", "the company
    /// said"), or after it ("said the actor", "conclut le communiqué").</summary>
    static Pointer? PointerAround(string text, string folded, int start, int end, IReadOnlyList<Sentence> sentences, bool relative = false)
    {
        var lex = Lex.Value;
        // an inverted pronoun: "a-t-il ajouté", "dit-elle"
        foreach (var w in folded[start..end].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (lex.Pronouns.TryGetValue(w, out var inv) && (w is "il" or "elle" or "ils" or "elles")) return new Pointer(start, end, inv.Group, inv.Gender, null);
        // the words before the verb, back to the clause start
        var sent = QuoteStage.SentenceAt(sentences, start);
        int i = start;
        var words = new List<(int S, int E)>();
        while (i > sent.Start && words.Count < 7)
        {
            int e = i;
            while (e > sent.Start && folded[e - 1] == ' ') e--;
            if (e == sent.Start || !TextFold.IsWordChar(folded[e - 1]) && folded[e - 1] is not ('\'' or '.')) break;
            int s = e;
            while (s > sent.Start && (TextFold.IsWordChar(folded[s - 1]) || folded[s - 1] is '\'' or '-' or '.')) s--;
            words.Insert(0, (s, e));
            i = s;
        }
        // "The company, which is expected to …, confirmed": the subject stands before the relative clause
        int firstWord = words.Count > 0 ? words[0].S : start;
        if (firstWord > sent.Start + 1)
        {
            int c = firstWord - 1;
            while (c > sent.Start && text[c] == ' ') c--;
            if (text[c] == ',' && RelativeClauseStart(folded, sent.Start, c) is var rel && rel > sent.Start)
            {
                var subj = PointerAround(text, folded, rel, rel, sentences, relative: true);
                if (subj != null) return subj;
            }
        }
        // a participle clause after a comma ("La présidente a rejeté la demande, estimant que …", "…, adding that …"): the
        // subject that opens the sentence
        if (!relative && words.Count == 0 && start > sent.Start + 2 && text[start - 2] == ',' && folded[start..end] is var ger
            && (ger.EndsWith("ant", StringComparison.Ordinal) || ger.EndsWith("ing", StringComparison.Ordinal)) && !ger.Contains(' '))
        {
            int s0 = sent.Start;
            while (s0 < start && !char.IsLetter(text[s0])) s0++;
            int e0 = s0, n0 = 0;
            while (e0 < start && n0 < 5 && text[e0] != ',') { if (text[e0] == ' ') n0++; e0++; }
            if (Describe(text, folded, s0, e0) is { } opener) return opener;
            if (lex.Pronouns.TryGetValue(folded[s0..Math.Min(start, s0 + 5)].Split(' ')[0], out var op) && folded[s0..].Split(' ')[0] is "il" or "elle" or "he" or "she")
                return new Pointer(s0, s0 + folded[s0..].Split(' ')[0].Length, op.Group, op.Gender, null);
        }
        // skip auxiliaries and adverbs next to the verb: "he also said", "elle avait déclaré"
        int k = words.Count;
        while (k > 0 && Subjects.IsSkippable(folded[words[k - 1].S..words[k - 1].E])) k--;
        // a second predicate of the sentence's subject: "It did not reveal the location and said …", "Il a démenti et a
        // assuré que …": the pronoun or description that opens the clause
        if (!relative && Subjects.SecondPredicateSubject(folded, sent.Start, start) is { } second)
            return new Pointer(second.Start, second.End, second.Pronoun.Group, second.Pronoun.Gender, null);
        // "on juge que le président …": the indefinite "on" is the subject, and names no one
        if (Subjects.IndefiniteBefore(folded, sent.Start, start, null) >= 0) return null;
        if (k > 0)
        {
            var (ws, we) = words[k - 1];
            if (lex.Pronouns.TryGetValue(folded[ws..we], out var pro))
                return new Pointer(ws, we, pro.Group, pro.Gender, null);
            // a description that makes the whole subject: "The company", "la ministre", "the 56-year-old"
            for (int j = 0; j < k; j++)
                if ((j == 0 || Leading.Contains(folded[words[j - 1].S..words[j - 1].E]) || text[Math.Max(0, words[j].S - 2)] == ',') && Describe(text, folded, words[j].S, words[k - 1].E) is { } d) return d;
        }
        if (relative) return null;
        // inverted: "said the actor", "avertit la ministre", "conclut le communiqué"
        int a = end;
        while (a < text.Length && text[a] == ' ') a++;
        int stop = a;
        int count = 0;
        while (stop < Math.Min(text.Length, sent.End) && count < 6)
        {
            while (stop < text.Length && TextFold.IsWordChar(folded[stop]) || stop < text.Length && folded[stop] is '\'' or '-') stop++;
            count++;
            if (stop >= text.Length || folded[stop] != ' ') break;
            stop++;
        }
        if (stop > a)
        {
            var after = folded[a..stop].TrimEnd();
            var first = after.Split(' ')[0];
            if (first is "he" or "she" && lex.Pronouns.TryGetValue(first, out var p2)) return new Pointer(a, a + first.Length, p2.Group, p2.Gender, null);
            if (Describe(text, folded, a, a + after.Length) is { } d) return d;
        }
        // past an incidental phrase: "a lâché, encore essoufflé, le coureur"
        if (FrenchAttribution.PastIncidental(text, end, sent.End) is var past && past > end)
            return PointerAround(text, folded, start, past, sentences) is { } pd && pd.Start >= past ? pd : null;
        return null;
    }

    /// <summary>The comma that opens a relative clause ending at <paramref name="end"/> (", which …,", ", qui …,"), or -1.</summary>
    static int RelativeClauseStart(string folded, int from, int end)
    {
        int best = -1;
        foreach (var r in new[] { ", which ", ", who ", ", qui ", ", dont " })
        {
            int c = end - from < r.Length ? -1 : folded.LastIndexOf(r, end - 1, end - from, StringComparison.Ordinal);
            if (c > from && c > best) best = c;
        }
        return best;
    }

    /// <summary>"the company", "la ministre", "l’agence de presse", "the 56-year-old": a definite description of a person or
    /// an organisation (no proper name in it), its kind, gender and head noun; or null.</summary>
    static Pointer? Describe(string text, string folded, int from, int to)
    {
        var lex = Lex.Value;
        while (from < to && !char.IsLetter(text[from])) from++;
        if (to <= from) return null;
        var head = folded[from..to];
        var det = Definite.FirstOrDefault(d => head.StartsWith(d, StringComparison.Ordinal));
        // "a spokeswoman for the company", "an official spokesman of the ministry": an indefinite voice noun speaks for the
        // organisation its complement describes
        if (det == null && IndefiniteVoice(text, folded, from, to) is { } iv) return iv;
        if (det == null)
        {
            // "selon son bureau", "his office said", "son entourage assure": the person whose people speak
            var pos = Possessives.FirstOrDefault(d => head.StartsWith(d, StringComparison.Ordinal));
            if (pos == null) return null;
            int ns = from + pos.Length, ne = ns;
            while (ne < to && (TextFold.IsWordChar(folded[ne]) || folded[ne] == '-')) ne++;
            if (ne == ns || !lex.EntourageNouns.Contains(folded[ns..ne])) return null;
            return new Pointer(from, ne, false, pos switch { "his " => 'm', "her " => 'f', _ => '-' }, folded[ns..ne]);
        }
        int wordsStart = from + det.Length;
        var rest = folded[wordsStart..to];
        var words = rest.Split([' ', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        char gender = lex.GenderCues.TryGetValue(det.Trim(), out var dg) ? dg : '-';
        // the head noun: the first person or organisation noun within four words ("the Russian president", "le porte-parole du Kremlin")
        for (int w = 0; w < Math.Min(4, words.Length); w++)
        {
            var word = words[w];
            int at = folded.IndexOf(word, wordsStart, StringComparison.Ordinal);
            // a people's name as a noun: "a expliqué l’Espagnol", "a confié le Slovène", "la Française" (countries.tsv's demonyms)
            // (English: a noun alone after "the": "the Spaniard told reporters", not "the Russian president")
            if (w == 0 && at > 0 && char.IsUpper(text[at]) && (Demonyms.Value.Contains(word) && det is not ("les " or "the ")
                || det == "the " && words.Length == 1 && EnglishDemonymNouns.Value.Contains(word)))
                return new Pointer(from, at + word.Length, false, gender, word);
            // a regional people's name as a noun after a lower-case article: "a déclaré le Toulousain", "sourit ce Finistérien",
            // "a expliqué le Normand" (never a capitalised title: "selon Le Parisien")
            if (w == 0 && at > 0 && char.IsUpper(text[at]) && char.IsLower(text[from]) && det is not ("les " or "the ") && IsDemonymForm(word))
                return new Pointer(from, at + word.Length, false, word.EndsWith('e') ? 'f' : gender, word);
            // "the Russian defence ministry": an English people's adjective before a public body's noun is a modifier
            if (w == 0 && det == "the " && at > 0 && char.IsUpper(text[at]) && EnglishDemonymNouns.Value.Contains(word)
                && words.Skip(1).Take(2).Any(InstitutionNouns.Value.Contains)) continue;
            // a capitalised word other than the first after the determiner is a name: "the Kremlin's spokesman" names its own
            // (English titles are written with capitals: "the outgoing Prime Minister", "the Rear Admiral")
            if (at > 0 && char.IsUpper(text[at]) && !lex.OrganizationNouns.Contains(word) && !lex.PersonNouns.Contains(word)
                && !(det == "the " && TitleWords.Value.Contains(word))) return null;
            if (lex.VoiceNouns.Contains(word))
            {
                // "the spokesperson" speaks for the organisation last named; "le porte-parole du gouvernement" for the one named after
                int ve = at + word.Length;
                // "the spokesperson for the regulator": the complement is itself a description, which points back
                if (DescribedComplement(text, folded, ve, to) is { } dc) return dc with { Start = from };
                return new Pointer(from, ve, true, '-', null, Complement(text, folded, ve, to));
            }
            bool person = lex.PersonNouns.Contains(word) || word.EndsWith("-year-old", StringComparison.Ordinal) || lex.GenderCues.ContainsKey(word) && word.Length > 3;
            bool group = lex.OrganizationNouns.Contains(word) || DocumentNoun(word);
            if (!person && !group) continue;
            if (lex.GenderCues.TryGetValue(word, out var ng)) gender = ng;
            if (det is "les " || word.EndsWith('s') && person && !lex.PersonNouns.Contains(word)) return null; // a group of people: "the physicians", "les experts"
            int end = at + word.Length;
            // "le porte-parole du gouvernement": the organisation the person speaks for is named after the noun
            return new Pointer(from, end, group && !person, person ? gender : '-', word);
        }
        return null;
    }

    /// <summary>The last words before <paramref name="before"/> and after <paramref name="after"/> that name an organisation
    /// with the noun <paramref name="noun"/> after a capitalised name or a possessive and at most one lower-case modifier
    /// ("China’s foreign ministry", "the Louvre museum"); or null.</summary>
    internal static TextSpan? NamedWithNoun(string text, string folded, string noun, int before, int after)
    {
        int at = before;
        while (at > after && (at = folded.LastIndexOf(noun, at - 1, at - after, StringComparison.Ordinal)) >= after && at >= 0)
        {
            int end = at + noun.Length;
            bool whole = (at == 0 || !TextFold.IsWordChar(folded[at - 1])) && (end >= folded.Length || !TextFold.IsWordChar(folded[end]));
            if (whole)
            {
                // up to two words before the noun: a name (capitalised, not opening the sentence alone) or a possessive, then a modifier
                int ws = at;
                for (int w = 0; w < 2; w++)
                {
                    int e = ws - 1;
                    if (e <= 0 || folded[e] != ' ') break;
                    int s = e;
                    while (s > 0 && (TextFold.IsWordChar(folded[s - 1]) || folded[s - 1] is '\'' or '-' or '.')) s--;
                    if (s == e) break;
                    var word = folded[s..e];
                    bool possessive = word.EndsWith("'s", StringComparison.Ordinal);
                    bool name = char.IsUpper(text[s]) && !Lex.Value.OrganizationNouns.Contains(word) && word is not ("the" or "a" or "an" or "in" or "at" or "on");
                    if (possessive || name) return new TextSpan(s, end);
                    if (!char.IsLower(text[s]) || word is "the" or "a" or "an" or "of" or "for" or "from" or "by" or "and") break;
                    ws = s;
                }
            }
            if (at <= after) break;
        }
        return null;
    }

    /// <summary>"a spokeswoman for the company", "a spokesman of the club": an indefinite article, a voice noun
    /// (<c>voice-nouns.txt</c>) and a complement that describes an organisation ("the company") or names one; or null.</summary>
    static Pointer? IndefiniteVoice(string text, string folded, int from, int to)
    {
        var lex = Lex.Value;
        int ns = folded.AsSpan(from, to - from).StartsWith("a ") ? from + 2 : folded.AsSpan(from, to - from).StartsWith("an ") ? from + 3 : -1;
        if (ns < 0) return null;
        int ne = ns;
        while (ne < to && TextFold.IsWordChar(folded[ne])) ne++;
        if (ne == ns || !lex.VoiceNouns.Contains(folded[ns..ne])) return null;
        if (DescribedComplement(text, folded, ne, to) is { } dc) return dc with { Start = from };
        return Complement(text, folded, ne, to) is { } named && char.IsUpper(text[named.Start]) ? new Pointer(from, ne, true, '-', null, named) : null;
    }

    /// <summary>After a voice noun, "for the company" / "of the regulator": a preposition and a definite description of an
    /// organisation (no name in it), as an organisation pointer with that description's head; or null.</summary>
    static Pointer? DescribedComplement(string text, string folded, int at, int to)
    {
        int i = at;
        while (i < to && text[i] == ' ') i++;
        var rest = folded.AsSpan(i, to - i);
        int p = rest.StartsWith("for ") ? 4 : rest.StartsWith("of ") ? 3 : -1;
        if (p < 0 || !rest[p..].StartsWith("the ")) return null;
        int ds = i + p;
        int de = ds + 4;
        // the description's words, up to punctuation: "the company", "the city council"
        while (de < to && (TextFold.IsWordChar(folded[de]) || folded[de] is ' ' or '-')) de++;
        while (de > ds && folded[de - 1] == ' ') de--;
        return Describe(text, folded, ds, de) is { Group: true, Head: { } h, For: null } d && !DocumentNoun(h) ? d : null;
    }

    /// <summary>The endings of a French people's or region's name: Quotes/data/demonym-endings-fr.txt, folded.</summary>
    static readonly Lazy<string[]> DemonymEndings = new(() =>
        [.. DataFiles.ReadLines("Quotes/data/demonym-endings-fr.txt").Select(l => TextFold.Fold(l.Trim())).Where(l => l.Length > 0)]);

    /// <summary>Whether a folded word has the shape of a French people's or region's name ("toulousain", "finisterien", "lensois", "rezeenne").</summary>
    static bool IsDemonymForm(string word) => word.Length >= 5 && DemonymEndings.Value.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    static readonly HashSet<string> Leading = ["but", "and", "so", "mais", "et", "donc", "however", "meanwhile", "puis", "then"];

    /// <summary>"du gouvernement", "of the ministry", "de l’Élysée": the words after a preposition, up to punctuation (at most five).</summary>
    static TextSpan? Complement(string text, string folded, int from, int to)
    {
        int i = from;
        while (i < text.Length && text[i] == ' ') i++;
        var rest = folded[i..Math.Min(folded.Length, i + 60)];
        var prep = new[] { "of the ", "of ", "du ", "de la ", "de l'", "des ", "de ", "d'" }.FirstOrDefault(p => rest.StartsWith(p, StringComparison.Ordinal));
        if (prep == null) return null;
        int s = i + prep.Length;
        int e = s, words = 0;
        while (e < text.Length && words < 5 && (TextFold.IsWordChar(text[e]) || text[e] is '\'' or '’' or '-' or ' '))
        {
            if (text[e] == ' ') words++;
            e++;
        }
        while (e > s && text[e - 1] == ' ') e--;
        // cut at a verb-like word after a name: "du gouvernement a réitéré" → "du gouvernement"
        var cut = folded[s..e].Split(' ');
        int keep = 0, len = 0;
        foreach (var w in cut)
        {
            if (keep > 0 && (w is "a" or "has" or "had" or "said" or "est" or "avait" || ReportingVerbs.Matcher.FindLongest(w, w).Count > 0)) break;
            len += (keep > 0 ? 1 : 0) + w.Length; keep++;
        }
        return keep > 0 ? new TextSpan(s, s + len) : null;
    }

    /// <summary>The complement after an organisation noun, with at most one adjective between: "du groupe minier",
    /// "générale de la santé" → "la santé".</summary>
    static TextSpan? OrganizationComplement(string text, string folded, int end)
    {
        int limit = Math.Min(text.Length, end + 60);
        if (Complement(text, folded, end, limit) is { } of) return of;
        int i = end;
        while (i < limit && text[i] == ' ') i++;
        int w = i;
        while (i < limit && char.IsLower(text[i])) i++;
        if (i == w || i - w < 3 || i < limit && text[i] != ' ') return null;
        return Complement(text, folded, i, limit);
    }

    /// <summary>Whether a complement follows a bare "de" and starts with a lower-case word: the kind of goods or trade an
    /// organisation noun is qualified by ("fabricant de pneumatiques", "groupe de distribution"), not an institution's name
    /// ("de la santé", "de l’aviation civile", "du groupe minier").</summary>
    static bool KindComplement(string text, string folded, TextSpan of) =>
        of.Start >= 4 && folded[(of.Start - 4)..of.Start] == " de " && char.IsLower(text[of.Start]);

    static bool DocumentNoun(string word) => word is "statement" or "release" or "communique" or "bulletin" or "report" or "rapport";

    /// <summary>The referent a pointer stands for, or null: for an organisation, the last one named (one named with the
    /// pointer's noun first: "the ministry" → "the health ministry"); for a person, the last subject of a sentence of a
    /// compatible gender, else the last one named.</summary>
    static Referent? Antecedent(string folded, List<Referent> referents, Pointer p, Quote q, Func<Referent, bool>? skip = null)
    {
        int anchor = Math.Min(p.Start, q.Start);
        // "le porte-parole du gouvernement": the organisation named after the noun (an entity if one is there)
        if (p.For is { } f)
        {
            var inFor = referents.FirstOrDefault(r => r.Start >= f.Start && r.End <= f.End + 1 && r.Group);
            if (inFor.End > 0) return inFor;
            return new Referent(f.Start, f.End, null, true, '-', false);
        }
        Referent? any = null, subject = null, headed = null, loose = null;
        // "the chief executive said": a head noun followed by another person noun is matched as the two words together, so
        // that "Chief financial officer David Zinsner" is not the chief executive; with no one introduced so, the head alone
        string? compound = p.Group ? null : CompoundHead(folded, p);
        for (int i = referents.Count - 1; i >= 0; i--)
        {
            var r = referents[i];
            if (r.End > anchor) continue;
            if (anchor - r.Start > MaxDistance) break;
            if (r.Group != p.Group && !r.Unknown) continue;
            if (!p.Group && UnnamedBetween(folded, r.End, anchor)) break;
            if (skip != null && skip(r)) continue;
            if (p.Group)
            {
                if (p.Head is { } h && !DocumentNoun(h) && Near(folded, r, h)) { headed = r; break; }
                any ??= r;
                // the organisation the text is about: the last one that was the subject of a sentence
                if (r.Subject && subject == null) subject = r;
                continue;
            }
            if (p.Gender != '-' && r.Gender != '-' && r.Gender != p.Gender) continue;
            // "le procureur a rappelé": the person introduced with that noun ("le procureur de la République, Frédéric Lemaire")
            if (compound != null && IntroducedAs(folded, r, compound)) { headed = r; break; }
            if (p.Head is { } ph && IntroducedAs(folded, r, ph))
            {
                if (compound == null) { headed = r; break; }
                loose ??= r;
            }
            any ??= r;
            if (r.Subject) subject ??= r;
        }
        return p.Group ? headed ?? subject ?? any : headed ?? loose ?? subject ?? any;
    }

    /// <summary>Whether a person was introduced with the person noun <paramref name="head"/>: the noun in the words right
    /// before the name ("le procureur de la République, Frédéric Lemaire", "l’entraîneur Julien Stéphan") or right after it
    /// ("Karine Duverger, éleveuse de bovins").</summary>
    static bool IntroducedAs(string folded, Referent r, string head)
    {
        int space = head.IndexOf(' ');
        if (head.Length < 4 || !Lex.Value.PersonNouns.Contains(space > 0 ? head[..space] : head)) return false;
        int from = Math.Max(0, r.Start - 45);
        var before = folded.AsSpan(from, r.Start - from);
        int dot = before.LastIndexOfAny('.', '»', '"');
        if (dot >= 0) before = before[(dot + 1)..];
        int to = Math.Min(folded.Length, r.End + 25);
        var after = folded.AsSpan(r.End, to - r.End);
        int stop = after.IndexOfAny('.', '»', ';');
        if (stop >= 0) after = after[..stop];
        return ContainsWord(before, head) || after.StartsWith(", ") && ContainsWord(after, head);
    }

    /// <summary>A person pointer's head noun and the person noun right after it ("the chief executive" → "chief executive"),
    /// or null when no person noun follows the head.</summary>
    static string? CompoundHead(string folded, Pointer p)
    {
        if (p.Head is not { } head || p.End <= 0 || p.End >= folded.Length - 1 || folded[p.End] != ' ') return null;
        int s = p.End + 1, e = s;
        while (e < folded.Length && TextFold.IsWordChar(folded[e])) e++;
        if (e - s < 3) return null;
        var next = folded[s..e];
        return Lex.Value.PersonNouns.Contains(next) ? head + " " + next : null;
    }

    static bool ContainsWord(ReadOnlySpan<char> span, string word)
    {
        for (int i = span.IndexOf(word, StringComparison.Ordinal); i >= 0; )
        {
            int e = i + word.Length;
            if ((i == 0 || !TextFold.IsWordChar(span[i - 1])) && (e == span.Length || !TextFold.IsWordChar(span[e]))) return true;
            int next = span[(i + 1)..].IndexOf(word, StringComparison.Ordinal);
            if (next < 0) break;
            i += 1 + next;
        }
        return false;
    }

    /// <summary>Whether the organisation noun <paramref name="head"/> is in the referent's name or right before it — not
    /// before it with a preposition of place between ("the first central bank in the Group of Seven": the bank is in the
    /// group, the group is not the bank; locative-prepositions-en.txt).</summary>
    static bool Near(string folded, Referent r, string head)
    {
        int from = Math.Max(0, r.Start - 30);
        var window = folded.AsSpan(from, Math.Min(folded.Length, r.End + 20) - from);
        var key = head.AsSpan(0, Math.Min(head.Length, 6));
        for (int k = window.IndexOf(key, StringComparison.Ordinal); k >= 0;)
        {
            if (from + k >= r.Start || !LocatedIn(folded, from + k, r.Start)) return true;
            int next = window[(k + 1)..].IndexOf(key, StringComparison.Ordinal);
            if (next < 0) break;
            k += 1 + next;
        }
        return false;
    }

    static readonly Lazy<HashSet<string>> LocativePrepositions = new(() => DataFiles.ReadLines("Quotes/data/locative-prepositions-en.txt")
        .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether a word of locative-prepositions-en.txt stands between the word at <paramref name="noun"/> and the
    /// name at <paramref name="name"/>.</summary>
    static bool LocatedIn(string folded, int noun, int name)
    {
        var preps = LocativePrepositions.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = noun;
        while (i < name && TextFold.IsWordChar(folded[i])) i++;
        while (i < name)
        {
            if (!TextFold.IsWordChar(folded[i])) { i++; continue; }
            int w = i;
            while (i < name && TextFold.IsWordChar(folded[i])) i++;
            if (preps.Contains(folded.AsSpan(w, i - w))) return true;
        }
        return false;
    }

    /// <summary>An unnamed person brought in between a referent and the pointer ("one mother", "un habitant"): a pronoun after
    /// it stands for that person, not for the one named before.</summary>
    static bool UnnamedBetween(string folded, int from, int to)
    {
        var lex = Lex.Value;
        var words = folded[from..to].Split([' ', ',', '.', ';', ':', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] is not ("a" or "an" or "one" or "un" or "une" or "another")) continue;
            for (int j = i + 1; j < Math.Min(words.Length, i + 4); j++)
                if (lex.UnnamedNouns.Contains(words[j])) return true;
        }
        return false;
    }

    /// <summary>The people and organisations of the text, in order: entity mentions and unlinked names, outside quotations.</summary>
    public static List<Referent> Referents(Document doc, string folded, IReadOnlyList<Sentence> sentences, Func<int, bool> inside)
    {
        var lex = Lex.Value;
        var text = doc.Text;
        var covered = new List<(int, int)>();
        foreach (var e in doc.Entities)
            foreach (var m in e.Mentions) covered.Add((m.Start, m.End));
        // (sized for every mention: the list is not regrown step by step while it fills)
        var list = new List<Referent>(covered.Count + 16);
        // the same as a bitmap of the characters inside some mention: one look-up per position instead of a scan of the list
        var coveredAt = new System.Collections.BitArray(text.Length);
        foreach (var (cs, ce) in covered)
            for (int c = Math.Max(0, cs); c < Math.Min(ce, text.Length); c++) coveredAt[c] = true;
        bool CoveredAt(int p) => (uint)p < (uint)coveredAt.Length && coveredAt[p];
        foreach (var e in doc.Entities)
        {
            if (e.Type is not (EntityTypes.Person or EntityTypes.Organization)) continue;
            // a title alone ("State Sen", "Prime Minister") is no one to point back to
            if (doc.Language == "en" && IsTitle(text, e)) continue;
            char gender = e.Type == EntityTypes.Person ? EntityGender(doc, folded, e) : '-';
            // a name with an organisation word is an organisation whatever its type ("Norvale Industries"); an unlinked
            // "person" with no given name or title may be either ("WeWork")
            bool group = e.Type == EntityTypes.Organization || e.Name.Split(' ').Any(lex.OrganizationWords.Contains);
            bool unknown = !group && e.Kb == null && gender == '-';
            foreach (var m in e.Mentions)
            {
                if (inside(m.Start)) continue;
                // a credit in parentheses ("(Reuters) —") names the reporter, not the organisation the text is about
                if (m.Start > 0 && text[m.Start - 1] == '(' && m.End < text.Length && text[m.End] == ')') continue;
                // "Interrogée par l’AFP, …", "speaking to Reuters": who asked is no referent
                if (QuoteStage.AfterAddresseePhrase(text, m.Start)) continue;
                list.Add(new Referent(m.Start, m.End, e.Id, group, gender, IsSubject(doc, text, sentences, m.Start), unknown));
            }
        }
        // unlinked names: the capitalised words that open a sentence before a lower-case word ("Benioff intimately
        // understands"), or that stand in apposition to an organisation noun ("The group, WeWorkers Coalition, formed")
        foreach (var s in sentences)
        {
            int i = s.Start;
            while (i < s.End && !char.IsLetter(text[i])) i++;
            if (i >= s.End || inside(i) || CoveredAt(i)) goto apposition;
            {
                int e = NameEnd(text, i, s.End);
                // "Benioff intimately understands", or a name of several words set off by an apposition: "Customs and Border
                // Protection, part of Homeland Security, did not …"
                if (e > i && e + 1 < s.End && (text[e] == ' ' && char.IsLower(text[e + 1]) || text[e] == ',' && text.AsSpan(i, e - i).Contains(' ')))
                {
                    var first = folded[i..e].Split(' ')[0];
                    var name = text[i..e];
                    bool single = !name.Contains(' ');
                    // not a word that usually opens a sentence ("The", "But"), nor a common word capitalised because it opens one
                    if (!lex.Openers.Contains(first) && !lex.OrganizationNouns.Contains(first) && !lex.PersonNouns.Contains(first)
                        && !(single && folded.Contains(" " + first + " ", StringComparison.Ordinal))
                        // one capitalised word at a sentence start may be a common noun ("Audience members laughed"): it
                        // must be a known given name, or be capitalised elsewhere in the text too
                        && (!single || lex.GivenNames.ContainsKey(first) || NamedElsewhere(text, name, i)))
                    {
                        bool group = name.Split(' ').Any(lex.OrganizationWords.Contains);
                        char g = group ? '-' : lex.GivenNames.TryGetValue(first, out var gg) ? gg : '-';
                        list.Add(new Referent(i, e, null, group, g, true, Unknown: !group && g == '-'));
                    }
                }
            }
            apposition:
            // a name with an organisation word anywhere in the sentence: "the Electoral Commission", "Doctors for Camp Closure"
            for (int j = s.Start + 1; j < s.End; j++)
            {
                if (!char.IsUpper(text[j]) || char.IsLetter(text[j - 1]) || inside(j) || CoveredAt(j)) continue;
                int e = NameEnd(text, j, s.End);
                var parts = text[j..e].Split(' ');
                if (parts.Length >= 2 && parts.Skip(1).Any(lex.OrganizationWords.Contains) && !list.Any(r => r.Start == j))
                    list.Add(new Referent(j, e, null, true, '-', j - s.Start <= 60 && !doc.Entities.Any(en => en.Mentions.Any(m => m.Start >= s.Start && m.Start < j))));
                j = Math.Max(j, e);
            }
            // a name right after an organisation noun and at most one adjective: "la compagnie aérienne Transavia", "le
            // constructeur Airbus", "the carmaker Stellantis"; or after the noun and "de": "le parquet de Lyon"
            for (int j = s.Start + 1; j < s.End; j++)
            {
                if (!char.IsUpper(text[j]) || text[j - 1] != ' ' || inside(j)) continue;
                var (w1s, w1e) = WordBefore(folded, s.Start, j);
                if (w1e <= w1s) continue;
                var (w2s, w2e) = WordBefore(folded, s.Start, w1s);
                if (w2e <= w2s) continue;
                var w1 = folded.AsSpan(w1s, w1e - w1s);
                var w2 = folded.AsSpan(w2s, w2e - w2s);
                var nouns = OrganizationNounLookup.Value;
                int nounStart = -1;
                bool afterNoun = nouns.Contains(w1) && IsDeterminer(w2);
                if (!afterNoun && (nouns.Contains(w2) || w1 is "de" or "du" or "des" && nouns.Contains(w2)))
                {
                    var (w3s, w3e) = WordBefore(folded, s.Start, w2s);
                    if (w3e > w3s && IsDeterminer(folded.AsSpan(w3s, w3e - w3s)))
                    {
                        if (w1 is "de" or "du" or "des") nounStart = w2s;
                        else afterNoun = char.IsLower(text[w1s]);
                    }
                }
                if (!afterNoun && nounStart < 0 || list.Any(r => r.Start == j)) continue;
                bool isCovered = CoveredAt(j);
                if (afterNoun && isCovered) continue;
                // a place after the noun is the organisation's seat ("le parquet de Lyon"); a person or organisation is its own referent
                if (nounStart >= 0 && isCovered && !doc.Entities.Any(en => en.Type == EntityTypes.Location && en.Mentions.Any(m => m.Start == j))) continue;
                int e = NameEnd(text, j, s.End);
                if (e > j) list.Add(nounStart >= 0 ? new Referent(nounStart, e, null, true, '-', nounStart - s.Start <= 60) : new Referent(j, e, null, true, '-', j - s.Start <= 60));
                j = Math.Max(j, e);
            }
            // "The group, WeWorkers Coalition, …", "Le syndicat, Force ouvrière, …"
            for (int c = text.IndexOf(", ", s.Start, s.End - s.Start, StringComparison.Ordinal); c > 0 && c < s.End; c = text.IndexOf(", ", c + 2, Math.Max(0, s.End - c - 2), StringComparison.Ordinal))
            {
                int n = c + 2;
                if (n >= s.End || !char.IsUpper(text[n]) || inside(n) || CoveredAt(n)) continue;
                int e = NameEnd(text, n, s.End);
                if (e >= s.End || text[e] != ',') continue;
                var before = folded[Math.Max(s.Start, c - 20)..c].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (before.Length >= 2 && Definite.Contains(before[^2] + " ") && lex.OrganizationNouns.Contains(before[^1]))
                    list.Add(new Referent(n, e, null, true, '-', true));
            }
        }
        // a name right after a determiner and a person noun or a people's name, which the Entities stage did not emit: "le
        // Slovène Tadej Pogacar", "le Danois Jonas Vingegaard", "l’entraîneur Julien Stéphan"
        foreach (var s in sentences)
            for (int j = s.Start + 1; j < s.End; j++)
            {
                if (!char.IsUpper(text[j]) || text[j - 1] != ' ' || inside(j) || CoveredAt(j)) continue;
                var (w1s, w1e) = WordBefore(folded, s.Start, j);
                if (w1e <= w1s) continue;
                int ds = w1s;
                var w1 = folded[w1s..w1e];
                if (w1.StartsWith("l'", StringComparison.Ordinal)) w1 = w1[2..];
                else
                {
                    var (w2s, w2e) = WordBefore(folded, s.Start, w1s);
                    if (w2e <= w2s || !IsDeterminer(folded.AsSpan(w2s, w2e - w2s))) continue;
                    ds = w2s;
                }
                bool demonym = char.IsUpper(text[w1e - w1.Length]) && (Demonyms.Value.Contains(w1) || IsDemonymForm(w1));
                if (!demonym && !(lex.PersonNouns.Contains(w1) && char.IsLower(text[w1e - w1.Length]))) continue;
                int e = NameEnd(text, j, s.End);
                var name = folded[j..e].Split(' ');
                if (name.Length < 2 || name.Any(lex.OrganizationWords.Contains) || lex.Openers.Contains(name[0])
                    // English: "the Italian Open and Wimbledon" is an adjective before a title; "the Spaniard Carlos Alcaraz" a given name
                    || doc.Language == "en" && !lex.GivenNames.ContainsKey(name[0])) { j = Math.Max(j, e); continue; }
                char g = lex.GivenNames.TryGetValue(name[0], out var gg) ? gg : lex.GenderCues.TryGetValue(w1, out var wg) && w1.Length > 3 ? wg : '-';
                if (!list.Any(r => r.Start == j)) list.Add(new Referent(j, e, null, false, g, ds - s.Start <= 80));
                j = Math.Max(j, e);
            }
        // a name in apposition to a described person, which the Entities stage did not emit: "Le maire de Kehl, Wolfram
        // Britz, a salué …", "La cheffe de file des députés écologistes, Cyrielle Chatelain, a critiqué …", "Délégué CGT à
        // Cholet, Yohann Le Garrec ne cache pas …"
        foreach (var s in sentences)
            for (int c = text.IndexOf(", ", s.Start, s.End - s.Start, StringComparison.Ordinal); c > 0 && c < s.End;
                 c = text.IndexOf(", ", c + 2, Math.Max(0, s.End - c - 2), StringComparison.Ordinal))
            {
                int n = c + 2;
                if (n >= s.End || !char.IsUpper(text[n]) || inside(n) || CoveredAt(n) || list.Any(r => r.Start == n)) continue;
                int e = NameEnd(text, n, s.End);
                if (e <= n || e + 1 >= s.End || !(text[e] == ',' || text[e] == ' ' && char.IsLower(text[e + 1]))) continue;
                var name = folded[n..e].Split(' ');
                if (name.Length < 2 && !lex.GivenNames.ContainsKey(name[0]) || lex.Openers.Contains(name[0]) || lex.OrganizationNouns.Contains(name[0])
                    || name.Any(lex.OrganizationWords.Contains) || covered.Any(x => x.Item1 >= n && x.Item1 < e)) continue;
                // the words before it, from the sentence start or the comma before, describe a person
                int from = text.LastIndexOf(", ", Math.Max(s.Start, c - 1), Math.Max(0, c - s.Start), StringComparison.Ordinal);
                from = from < s.Start ? s.Start : from + 2;
                var description = folded[from..c].Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries);
                var noun = description.FirstOrDefault(w => lex.PersonNouns.Contains(w) || lex.GenderCues.ContainsKey(w) && w.Length > 3);
                if (noun == null) continue;
                char g = lex.GivenNames.TryGetValue(name[0], out var gg) ? gg
                    : description.Select(w => lex.GenderCues.TryGetValue(w, out var dg) && w.Length > 3 ? dg : '-').FirstOrDefault(x => x != '-', '-');
                if (g == '-' && description.Length > 0) g = description[0] switch { "la" or "cette" => 'f', "le" or "ce" or "cet" => 'm', _ => '-' };
                list.Add(new Referent(n, e, null, false, g, from - s.Start <= 80));
            }
        // French: a name the Entities stage did not emit that opens the clause after a short opening phrase ("Dans les
        // tribunes, Gwenaël X, abonné depuis vingt ans, n’en revenait pas", "Meilleure Française du classement, Évita X a
        // terminé"): the sentence's subject
        foreach (var s in sentences)
        {
            int n = FrenchAttribution.AfterOpeningPhrase(doc, text, s.Start, s.End);
            if (n < 0 || inside(n) || CoveredAt(n) || list.Any(r => r.Start == n)) continue;
            int e = NameEnd(text, n, s.End);
            if (e <= n || e + 1 >= s.End || !(text[e] == ',' || text[e] == ' ' && char.IsLower(text[e + 1]))) continue;
            var name = folded[n..e].Split(' ');
            if (name.Length < 2 || lex.Openers.Contains(name[0]) || lex.OrganizationNouns.Contains(name[0]) || lex.PersonNouns.Contains(name[0])
                || name.Any(lex.OrganizationWords.Contains) || covered.Any(x => x.Item1 >= n && x.Item1 < e)) continue;
            char g = lex.GivenNames.TryGetValue(name[0], out var gg) ? gg : '-';
            list.Add(new Referent(n, e, null, false, g, true, Unknown: g == '-'));
        }
        // a lone given name set off by a comma before an age or a description, which the Entities stage did not emit
        // (people met in the street go by their given name): "Karim, 34 ans, habitant du quartier", "À ses côtés,
        // Laurence, céréalière dans le Gers, …", "Pour Julien, étudiant croisé à la gare, « … »"
        foreach (var s in sentences)
            for (int j = s.Start; j < s.End; j++)
            {
                if (LoneGivenName(text, folded, j, s.End) is not { } n) continue;
                j = n.End;
                // (plain loops: a lambda capturing n would allocate its closure on every character of the text)
                if (inside(n.Start) || OverlapsAny(covered, n.Start, n.End) || StartsAt(list, n.Start)) continue;
                list.Add(new Referent(n.Start, n.End, null, false, n.Gender, n.Start - s.Start <= 80));
            }
        if (doc.Language == "fr") AddQualifiedDescriptionNames(doc, text, folded, sentences, inside, covered, list);
        list.Sort((x, y) => x.Start.CompareTo(y.Start));
        return list;
    }

    static bool OverlapsAny(List<(int, int)> spans, int start, int end)
    {
        foreach (var (s, e) in spans) if (s < end && start < e) return true;
        return false;
    }

    static bool StartsAt(List<Referent> referents, int start)
    {
        foreach (var r in referents) if (r.Start == start) return true;
        return false;
    }

    /// <summary>The singular demonyms of <c>Entities/data/countries.tsv</c> (folded): "espagnol", "slovene".</summary>
    static readonly Lazy<HashSet<string>> Demonyms = new(() => DataFiles.ReadTsv("Entities/data/countries.tsv")
        .Where(r => r.Length > 4).SelectMany(r => r[4].Split('|', StringSplitOptions.RemoveEmptyEntries))
        .Select(TextFold.Fold).Where(w => !w.EndsWith('s') && !w.Contains(' ')).SelectMany(w => new[] { w, w + "e" }).ToHashSet(StringComparer.Ordinal));

    /// <summary>English singular nouns for a people, from the plurals of <c>Entities/data/countries.tsv</c> (folded): "spaniard", "serb".</summary>
    internal static readonly Lazy<HashSet<string>> EnglishDemonymNouns = new(() => DataFiles.ReadTsv("Entities/data/countries.tsv")
        .Where(r => r.Length > 4).SelectMany(r => r[4].Split('|', StringSplitOptions.RemoveEmptyEntries))
        .Where(w => w.Length > 3 && char.IsUpper(w[0]) && w.EndsWith('s') && !w.EndsWith("ss") && !w.Contains(' ')).Select(w => TextFold.Fold(w[..^1]))
        // and the nouns those plurals do not give ("Pole", "Englishman"): Quotes/data/people-nouns-en.txt
        .Concat(DataFiles.ReadLines("Quotes/data/people-nouns-en.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold))
        .ToHashSet(StringComparer.Ordinal));

    static bool IsDeterminer(ReadOnlySpan<char> w) =>
        w is "the" or "le" or "la" or "les" or "this" or "cette" or "cet" or "ce" or "that" or "a" or "an" or "un" or "une" || w.EndsWith("l'", StringComparison.Ordinal);

    static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> OrganizationNounLookup =
        new(() => Lex.Value.OrganizationNouns.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The word that ends right before <paramref name="pos"/> (spaces skipped; an elided article "l'" is a word of its own), from <paramref name="from"/>.</summary>
    static (int Start, int End) WordBefore(string folded, int from, int pos)
    {
        int e = pos;
        while (e > from && folded[e - 1] == ' ') e--;
        int s = e;
        if (s > from && folded[s - 1] == '\'') s--;
        while (s > from && TextFold.IsWordChar(folded[s - 1])) s--;
        return (s, e);
    }

    static readonly string[] Connectors = [" and ", " of ", " for ", " de la ", " de l'", " de l’", " de ", " du ", " des ", " et "];

    /// <summary>The end of a run of capitalised words starting at <paramref name="i"/> (with name particles between: "Van Der
    /// Beek", "Jean-Marie Le Pen", "Ngo-Anh"), at most four words.</summary>
    /// <summary>
    /// A lone given name (<c>given-names.tsv</c>) at <paramref name="i"/> set off by a comma before an age or a
    /// lower-case description ("Karim, 34 ans", "Laurence, céréalière"), with its gender; or null.
    /// </summary>
    internal static (int Start, int End, char Gender)? LoneGivenName(string text, string folded, int i, int limit)
    {
        if (!char.IsUpper(text[i]) || i > 0 && char.IsLetter(text[i - 1])) return null;
        int e = NameEnd(text, i, limit);
        if (e <= i || e + 2 >= limit || text[e] != ',' || text[e + 1] != ' ' || !(char.IsLower(text[e + 2]) || char.IsDigit(text[e + 2]))) return null;
        if (folded.AsSpan(i, e - i).Contains(' ') || !GivenNameLookup.Value.TryGetValue(folded.AsSpan(i, e - i), out var g)) return null;
        return (i, e, g);
    }

    static readonly Lazy<Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>>> GivenNameLookup =
        new(() => Lex.Value.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>());

    static int NameEnd(string text, int i, int limit)
    {
        int end = i, words = 0;
        int p = i;
        while (p < limit && words < 4 && char.IsUpper(text[p]))
        {
            int w = p;
            while (w < limit && (char.IsLetter(text[w]) || text[w] is '-' or '\'' or '’')) w++;
            // "Mourinho's representatives": the name without its possessive
            if (w - p > 2 && text[w - 1] is 's' && text[w - 2] is '\'' or '’') w -= 2;
            if (w == p) break;
            end = w; words++;
            if (w + 1 < limit && text[w] == ' ' && char.IsUpper(text[w + 1])) { p = w + 1; continue; }
            // a connector between capitalised words: "Customs and Border Protection", "Bank of America", "Ministère de la Santé"
            bool joined = false;
            foreach (var c in Connectors)
                if (w + c.Length + 1 < limit && string.CompareOrdinal(text, w, c, 0, c.Length) == 0 && char.IsUpper(text[w + c.Length]))
                { p = w + c.Length; joined = true; break; }
            if (joined) continue;
            break;
        }
        // a possessive is not part of a name's run here: "Instagram’s" stays a name
        return end;
    }

    /// <summary>Whether <paramref name="name"/> occurs again, capitalised, after a lower-case word (so not only at sentence starts).</summary>
    static bool NamedElsewhere(string text, string name, int at)
    {
        for (int k = text.IndexOf(name, StringComparison.Ordinal); k >= 0; k = text.IndexOf(name, k + name.Length, StringComparison.Ordinal))
        {
            if (k == at || k < 2) continue;
            int b = k - 1;
            while (b > 0 && text[b] == ' ') b--;
            if (char.IsLower(text[b]) || text[b] == ',') return true;
        }
        return false;
    }

    /// <summary>Whether a mention is the subject of its sentence: the first person or organisation in it, near its start.</summary>
    static bool IsSubject(Document doc, string text, IReadOnlyList<Sentence> sentences, int start)
    {
        var s = QuoteStage.SentenceAt(sentences, start);
        // French: a name inside a fronted phrase is not the subject ("Privé de son capitaine X, blessé, le sélectionneur Y …")
        int from = s.Start;
        if (FrenchAttribution.FrontedPhraseEnd(doc, text, s.Start, Math.Min(s.End, text.Length)) is var front && front > 0)
        {
            if (start < front) return false;
            from = front;
        }
        if (start - from > 60) return false;
        foreach (var e in doc.Entities)
            if (e.Type is EntityTypes.Person or EntityTypes.Organization)
                foreach (var m in e.Mentions)
                    if (m.Start >= from && m.Start < start) return false;
        return true;
    }

    /// <summary>A person's gender: the knowledge base's, else a title before a mention ("Mrs Dempsey", "M. Peskov"), else the given name.</summary>
    static char EntityGender(Document doc, string folded, Entity e)
    {
        var lex = Lex.Value;
        if (e.Kb != null && KnowledgeBase.Default.GetByQid(e.Kb)?.Gender is { Length: > 0 } g) return g[0];
        foreach (var m in e.Mentions)
        {
            int b = m.Start - 1;
            while (b > 0 && folded[b] == ' ') b--;
            int s = b;
            while (s > 0 && folded[s - 1] != ' ' && folded[s - 1] != '\n') s--;
            if (b > s && lex.GenderCues.TryGetValue(folded[s..(b + 1)], out var cue) && cue != '-' && folded[s..(b + 1)] is not ("le" or "la" or "ce" or "cet" or "cette"))
                return cue;
            var first = TextFold.Fold(m.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (first != null && lex.GivenNames.TryGetValue(first, out var gn)) return gn;
            // a gendered noun in apposition right after the name: "Karine Duverger, éleveuse de bovins"
            if (m.End + 2 < folded.Length && folded[m.End] == ',' && folded[m.End + 1] == ' ')
            {
                int ns = m.End + 2, ne = ns;
                while (ne < folded.Length && (TextFold.IsWordChar(folded[ne]) || folded[ne] == '-')) ne++;
                if (ne - ns > 3 && lex.GenderCues.TryGetValue(folded[ns..ne], out var ag) && ag != '-') return ag;
            }
        }
        return NameGender(e);
    }

    /// <summary>The gender the first word of a person's name gives (<c>given-names.tsv</c>), or '-'.</summary>
    internal static char NameGender(Entity e)
    {
        var name = e.Name.AsSpan().TrimStart(' ');
        int sp = name.IndexOf(' ');
        var first = TextFold.Fold((sp < 0 ? name : name[..sp]).ToString());
        return Lex.Value.GivenNames.TryGetValue(first, out var g) ? g : '-';
    }

    static bool IsMark(char c) => c is '»' or '”' or '"' or '’' or '“' or '«' or ',';
}
