using Parallax.Entities;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// Finds direct quotations (« », “ ”, " ", ‘ ’; across paragraphs when the French convention reopens them)
/// and reported speech ("selon X", "X a déclaré que …", "…, a déclaré X"), and attributes each to a speaker:
/// the entity named next to a reporting verb (Quotes/data/reporting-verbs.tsv) before or after the quote,
/// a credit line after a block quote, or — for an inverted pronoun ("a-t-il ajouté") — the previous speaker.
/// </summary>
public sealed partial class QuoteStage : IDocumentStage
{
    public string Name => "quotes";

    static readonly Lazy<PhraseMatcher<string>> Channels = new(() =>
        new PhraseMatcher<string>(DataFiles.ReadTsv("Quotes/data/channels.tsv").Select(r => (r[0], r[1]))));

    /// <summary>A quotation of at most this many words inside a sentence is a partial quote (quoted words, not a statement).</summary>
    public const int PartialMaxWords = 6;

    /// <summary>Nouns that describe a person ("l’élue", "le ministre", "the senator"): Quotes/data/person-nouns.txt, folded.</summary>
    static readonly Lazy<HashSet<string>> PersonNouns = new(() =>
        DataFiles.ReadLines("Quotes/data/person-nouns.txt").Concat(DataFiles.ReadLines("Quotes/data/office-nouns-en.txt"))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    static readonly Lazy<HashSet<string>> OrganizationNouns = new(() =>
        DataFiles.ReadLines("Quotes/data/organization-nouns.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>Nouns for a text someone issued ("the statement said"): Quotes/data/document-nouns.txt, folded.</summary>
    static readonly Lazy<HashSet<string>> DocumentNouns = new(() =>
        DataFiles.ReadLines("Quotes/data/document-nouns.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>"according to data from X": the words before the source (Quotes/data/source-nouns.txt).</summary>
    static readonly Lazy<PhraseMatcher<bool>> SourceNouns = new(() =>
        new PhraseMatcher<bool>(DataFiles.ReadLines("Quotes/data/source-nouns.txt").Select(l => (l.Trim(), true))));

    static readonly Dictionary<char, char> Pairs = new() { ['«'] = '»', ['“'] = '”', ['‘'] = '’', ['"'] = '"', ['„'] = '“' };

    public Document Process(Document doc)
    {
        var text = doc.Text;
        var folded = TextFold.Fold(text);
        LastFolded = (text, folded);
        // role descriptions arrive resolved to their office holders by the Entities stage (RoleResolver); a person it knows
        // only by a description ("la présidente de la Commission") is not a speaker of its own: the description goes
        // through speaker coreference like any role noun, to the person it refers to
        var linked = doc;
        if (doc.Entities.Any(RoleResolver.IsDescriptionOnly))
            doc = doc with { Entities = [.. doc.Entities.Where(e => !RoleResolver.IsDescriptionOnly(e))] };
        if (doc.Language == "en") doc = WithoutDescribedNouns(doc, folded);
        if (doc.Language == "fr") doc = FrenchAttribution.WithoutDescribedNouns(doc, folded);
        var verbs = ReportingVerbs.Matcher.FindLongest(text, folded);
        if (doc.Language == "fr") ReportingVerbs.AddBareFormsAfterQuotations(text, folded, verbs);
        doc = WithoutMedia(doc, folded, verbs);
        var quotes = new List<Quote>();
        var sentences = doc.Sentences.IsDefaultOrEmpty ? [new Sentence(0, text.Length)] : doc.Sentences;
        string? lastSpeaker = null;
        int lastSpeakerAt = -1;
        var quotations = FindQuotations(text);
        Quote? lastOuter = null;   // the last quote not nested in another quotation
        var interviewer = new HashSet<int>();   // starts of an interviewer's quotations ("Q: “…”"): nobody's
        var issuerSpans = new HashSet<TextSpan>();   // unlinked issuers of a reporting noun ("dans un communiqué du ministère")
        var coref = new SpeakerCoref(doc, folded, verbs, quotations);
        // sentence-opening frames without a verb of their own: "Pour le ministre, « … »", "Du côté du Kremlin, on affirme que …"
        var frames = new Dictionary<int, Frames.Frame>();
        foreach (var s in sentences)
            if (Frames.At(doc, text, folded, s, verbs, PersonNouns.Value) is { } f) frames[s.Start] = f;
        foreach (var (open, close) in quotations)
        {
            int cs = open + 1, ce = close;
            while (cs < ce && char.IsWhiteSpace(text[cs])) cs++;
            while (ce > cs && char.IsWhiteSpace(text[ce - 1])) ce--;
            if (ce <= cs || QuoteSpans.IsNotSpeech(text, folded, open, close, verbs) || InHeadline(doc, text, open, close)) continue;
            var previous = PreviousSubject(doc, text, sentences, quotations, open, lastSpeaker, lastSpeakerAt);
            bool isNested = quotations.Any(o => o.Open < open && close < o.Close);
            var (speaker, span) = NestedSpeaker(doc, folded, verbs, quotations, open, close) is { } inner
                ? (inner.Id, inner.Span)
                : Attribute(doc, text, folded, verbs, sentences, open, close + 1, previous, issuerSpans);
            // an interview transcript: "Q: “…”" is the interviewer's (no speaker of record), "Atkins: “…”" the person named
            var label = TranscriptLabel(doc, text, folded, open);
            if (label.Found) (speaker, span) = (label.Speaker, label.Span);
            // an attribution inside the quotation: "« …, explique l'éleveur de 41 ans. … »", "« …, a-t-il annoncé. … »";
            // it outranks a name found past a line break after the quotation (a credit line, the next paragraph)
            bool fromNextLine = span is { } found && found.Start > close && text.AsSpan(close, found.Start - close).Contains('\n');
            if ((speaker == null && span == null || fromNextLine) && !isNested && !label.Found
                && InciseSpeaker(doc, text, folded, verbs, quotations, open, close, previous) is var incise && (incise.Speaker != null || incise.Span != null))
                (speaker, span) = incise;
            // the sentence's frame: "Pour la secrétaire générale de la CGT, Sophie Binet, « … »"
            bool framed = false;
            if (speaker == null && span == null && !label.Found && frames.TryGetValue(SentenceAt(sentences, open).Start, out var frame) && open >= frame.ContentStart - 2)
                (speaker, span, framed) = (frame.Speaker, frame.Span, true);
            // no attribution next to the quote: the speaker of the sentence's reporting verb
            // ("a jugé mardi « prématuré »", "…, avant d'ajouter que l'Europe devait « apprendre … »")
            // (an issuer named after a reporting noun stays unless the sentence names a speaker)
            // (and so do the words naming a frame's holder: "Pour le chef de file de l'opposition, Erwan Guivarc'h, « … »")
            bool issued = speaker == null && span != null && (framed || issuerSpans.Contains(span.Value));
            if (speaker == null && !label.Found && SentenceSpeaker(doc, text, folded, verbs, sentences, quotations, open, close + 1, previous, LastVoice(quotes, open), directOnly: true) is var ss
                && (!issued || ss.Speaker != null || ss.Span != null)) (speaker, span) = ss;
            // French: a quotation with no verb of saying for it, embedded in the writer's sentence or after a colon ("Le maire,
            // X, a dressé un bilan « très positif »", "Interrogé sur son avenir, le judoka est resté évasif : « … »"): the
            // subject that opens the sentence
            TextSpan? describedSubject = null;
            if (speaker == null && span == null && !label.Found && !isNested && doc.Language == "fr" && EmbeddedOrIntroduced(text, SentenceAt(sentences, open).Start, open))
                (speaker, span, describedSubject) = FrenchAttribution.OpeningSubject(doc, text, folded, SentenceAt(sentences, open).Start, open, previous,
                    pos => !quotations.Any(o => o.Open < pos && pos < o.Close));
            // a quotation that goes on right after an attributed one, in the same paragraph, with no other name between:
            // "« … », a-t-elle dit. « … »"
            // (the quotations nested in others are another voice: the outer ones go on)
            if (speaker == null && span == null && describedSubject == null && !label.Found && lastOuter is { Speaker: { } prevSpeaker } prev && SameBlock(doc, prev.End, open) && open - prev.End < 200
                && (!MentionsIn(doc, prev.End, open).Any(m => m.Type is EntityTypes.Person or EntityTypes.Organization && m.Id != prevSpeaker)
                    // "“…,” Heyward said, via the Post-Gazette. “…”": the quote opens the sentence after the attribution
                    || SentenceAt(sentences, open).Start >= open - 2 && SentenceAt(sentences, prev.End).End >= SentenceAt(sentences, open).Start - 2
                    // French: a sentence that names no one before its colon ("Puis, la voix nouée : « … »")
                    || SentenceAt(sentences, open).Start >= prev.End && FrenchAttribution.SubjectlessLead(doc, text, folded, SentenceAt(sentences, open).Start, open)))
                speaker = prevSpeaker;
            // English: the same after a quotation whose speaker is a name no entity covers ("her father, Dennis, … “…,” he said. “…”")
            if (speaker == null && span == null && describedSubject == null && !label.Found && doc.Language == "en"
                && lastOuter is { Speaker: null, SpeakerSpan: { } unlinkedSpan } unlinked && IsName(text, unlinkedSpan) && SameBlock(doc, unlinked.End, open)
                && open - unlinked.End < 200 && !MentionsIn(doc, unlinked.End, open).Any(m => m.Type is EntityTypes.Person or EntityTypes.Organization))
                span = unlinkedSpan;
            // a quotation paragraph right after a paragraph that ended with an attributed quotation: the same voice goes on
            if (speaker == null && span == null && describedSubject == null && !label.Found && lastOuter is { Speaker: { } goingOn } before && !SameBlock(doc, before.End, open)
                && open - before.End < 400 && StartsBlock(doc, open)
                && !MentionsIn(doc, SentenceAt(sentences, Math.Max(0, before.End - 1)).End, open).Any(m => m.Type is EntityTypes.Person or EntityTypes.Organization && m.Id != goingOn)
                && !text.AsSpan(SentenceAt(sentences, Math.Max(0, before.End - 1)).End, open - SentenceAt(sentences, Math.Max(0, before.End - 1)).End).ContainsAny(".?!"))
                speaker = goingOn;
            // French: a quotation that is a sentence of its own with no attribution, right after a sentence of the same
            // paragraph whose subject is a person ("Martine X, 71 ans, constate les dégâts. « Tout est à jeter. »"): that person
            if (speaker == null && span == null && describedSubject == null && !label.Found && !isNested && doc.Language == "fr"
                && FrenchAttribution.SubjectOfSentenceBefore(doc, text, folded, sentences, quotations, open, close, previous) is { } standalone)
                (speaker, span) = standalone;
            int words = text[cs..ce].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var sent = SentenceAt(sentences, open);
            var lead = text[sent.Start..open].TrimEnd();
            bool embedded = lead.Length > 0 && !lead.EndsWith(':') && TextFold.IsWordChar(lead[^1]);
            // a pronoun or a description that the rules above could not resolve: in-document coreference
            // (one quote per paragraph of a quotation that runs over paragraphs)
            var quote = new Quote
            {
                Start = cs, End = ce, Text = text[cs..ce], Speaker = speaker, SpeakerSpan = span, Direct = true,
                Partial = embedded && words <= PartialMaxWords,
                Channel = ChannelNear(text, folded, sentences, open, close),
            };
            if (describedSubject is { } described) quote = coref.ResolveDescribed(quote, described);
            quotes.AddRange(QuoteSpans.ByParagraph(text, coref.CarryOn(coref.Resolve(quote), isNested ? null : lastOuter)));
            if (!isNested) lastOuter = quotes[^1];
            if (label.Found && label.Speaker == null && label.Span == null) interviewer.Add(quotes[^1].Start);
            if (speaker != null && !isNested) { lastSpeaker = speaker; lastSpeakerAt = open; }
        }
        // the direct quotations only (a copy: the reported clauses are added after)
        var reported = Indirect(doc, text, folded, verbs, [.. quotes], frames).ToList();
        // a direct quotation left without a speaker whose sentence's subject is a described organisation or a document
        // ("…," the statement said.) takes the last voice, now that reported speech is known too
        var all = quotes.Concat(reported).OrderBy(q => q.Start).ToList();
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if (q.Speaker != null || q.SpeakerSpan != null || interviewer.Contains(q.Start)) continue;
            int open = q.Start - 1;
            while (open > 0 && !Pairs.ContainsKey(text[open])) open--;
            var (sp, span) = SentenceSpeaker(doc, text, folded, verbs, sentences, quotations, open, q.End + 1, null, LastVoice(all, open));
            // a quotation inside a reported clause ("Selon la diplomatie russe, une délégation irait « dans les prochaines
            // semaines »") is the clause's speaker's
            if (sp == null && span == null && reported.FirstOrDefault(r => r.Start <= q.Start && q.End <= r.End && (r.Speaker != null || r.SpeakerSpan != null)) is { } within)
                (sp, span) = (within.Speaker, within.SpeakerSpan);
            // a paragraph that is only a quotation, after a paragraph that ends with a reported clause of a named speaker:
            // "Erekat said it was only the latest move …" / "“They wanted us on our knees …”"
            if (sp == null && span == null && StartsBlock(doc, open) && OnlyQuotation(doc, text, open, q.End)
                && reported.LastOrDefault(r => r.End <= open) is { } last && !SameBlock(doc, last.End, open)
                && BlockEndsAt(doc, text, last.End) && open - last.End < 400
                && (last.Speaker != null ? doc.Entities.FirstOrDefault(e => e.Id == last.Speaker)?.Type == EntityTypes.Person
                    : last.SpeakerSpan is { } named && IsName(text, named)))
                (sp, span) = (last.Speaker, last.SpeakerSpan);
            if (sp != null || span != null) quotes[i] = q with { Speaker = sp, SpeakerSpan = span };
        }
        for (int i = 0; i < reported.Count; i++) reported[i] = coref.Resolve(reported[i]);
        if (doc.Language == "fr") ClauseTopicsAreNotSpeakers(doc, verbs, quotes, reported);
        // a reported clause that is mostly a partial quotation ("said he was “just trying to help”", "said the tunnel would
        // reopen “within hours”"): fewer than five words of the writer's before the quotation mark and fewer than three
        // after it; the quotation carries the words and the speaker, the clause is not a report of its own
        // (English copy; French copy names the clause's own subject before « … » and keeps it: "l’épidémie « n’est pas … »")
        if (doc.Language == "en") reported.RemoveAll(r => quotes.Any(q => q.Direct && r.Start <= q.Start && q.End <= r.End && (q.Speaker != null || q.SpeakerSpan != null || r.Speaker == null && r.SpeakerSpan == null)
            && WordsBetween(text, r.Start, q.Start) < 5 && WordsBetween(text, q.End, r.End) < 3));
        if (doc.Language == "fr")
        {
            InterviewAnswers(doc, quotes, coref);
            OrganisationPronouns(doc, folded, verbs, quotations, sentences, quotes);
        }
        quotes.AddRange(reported);
        if (doc.Language == "fr") OtherOfTwo(doc, folded, verbs, quotes);
        if (doc.Language == "fr") FirstOrSecondOfTwo(doc, folded, verbs, quotes);
        var entities = Acronyms.Expand(linked, folded, quotes);
        return linked with { Entities = entities, Quotes = [.. quotes.OrderBy(q => q.Start)] };
    }

    /// <summary>French subjects naming the other of two people heard in turn (Quotes/data/other-of-two-fr.txt), folded.</summary>
    static readonly Lazy<string[]> OtherOfTwoPhrases = new(() => [.. DataFiles.ReadLines("Quotes/data/other-of-two-fr.txt").Select(TextFold.Fold)]);

    /// <summary>
    /// "« … », a répondu l'autre", "a rétorqué son adversaire": a verb of saying right after the quote whose subject is one
    /// of the other-of-two phrases, with nothing after it but punctuation, gives the quote to the person heard before the
    /// one who spoke last (the earlier speaker of another person, else the last person named who is not the last speaker).
    /// </summary>
    static void OtherOfTwo(Document doc, string folded, List<PhraseMatch<ReportingVerb>> verbs, List<Quote> quotes)
    {
        var text = doc.Text;
        var phrases = OtherOfTwoPhrases.Value;
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            int at = -1, len = 0;
            bool retort = false;
            foreach (var v in verbs)
            {
                if (v.Start < q.End || v.Start - q.End > 8) continue;
                if (text.AsSpan(q.End, v.Start - q.End).ContainsAny(".!?\n")) continue;
                int p = v.End;
                while (p < text.Length && text[p] == ' ') p++;
                foreach (var ph in phrases)
                    if (folded.AsSpan(p).StartsWith(ph, StringComparison.Ordinal)
                        && (p + ph.Length == text.Length || !TextFold.IsWordChar(folded[p + ph.Length]) && !NextIsCapitalised(text, p + ph.Length)))
                    { at = p; len = ph.Length; break; }
                if (at >= 0) break;
                // a retort whose subject is a description: "a rétorqué l’opposante", "réplique le maire"
                if (RetortStems.Value.Any(st => folded.AsSpan(v.Start, v.End - v.Start).Contains(st, StringComparison.Ordinal))
                    && DescriptionLength(text, folded, p) is var dl && dl > 0)
                { at = p; len = dl; retort = true; break; }
            }
            if (at < 0) continue;
            // the one who spoke last, then the one heard before
            string? last = null, other = null;
            for (int j = i - 1; j >= 0 && (last == null || other == null); j--)
            {
                var pq = quotes[j];
                if (pq.Speaker == null || q.Start - pq.End > 1500) continue;
                if (last == null) last = pq.Speaker;
                else if (pq.Speaker != last && IsPerson(doc, pq.Speaker)) other = pq.Speaker;
            }
            if (last == null || retort && q.Speaker != last) continue;
            if (other == null)
            {
                int best = -1;
                foreach (var e in doc.Entities)
                {
                    if (e.Type != EntityTypes.Person || e.Id == last) continue;
                    foreach (var m in e.Mentions)
                        if (m.End <= q.Start && m.Start > best && q.Start - m.Start <= SpeakerCoref.MaxDistance) { best = m.Start; other = e.Id; }
                }
            }
            if (other == null) continue;
            quotes[i] = q with { Speaker = other, SpeakerSpan = new TextSpan(at, at + len) };
        }
    }

    /// <summary>French verbs of retort (Quotes/data/retort-verbs-fr.txt): folded stems.</summary>
    static readonly Lazy<string[]> RetortStems = new(() => [.. DataFiles.ReadLines("Quotes/data/retort-verbs-fr.txt").Select(l => TextFold.Fold(l.Trim()))]);

    /// <summary>
    /// The length of a description at <paramref name="pos"/> — "l’", "le " or "la ", then lower-case words up to the next
    /// punctuation, with no capital (no name) — or 0.
    /// </summary>
    static int DescriptionLength(string text, string folded, int pos)
    {
        int d = folded.AsSpan(pos).StartsWith("l'", StringComparison.Ordinal) ? 2
            : folded.AsSpan(pos).StartsWith("le ", StringComparison.Ordinal) || folded.AsSpan(pos).StartsWith("la ", StringComparison.Ordinal) ? 3 : 0;
        if (d == 0 || pos + d >= text.Length || !char.IsLower(text[pos + d])) return 0;
        int e = pos + d;
        while (e < text.Length && text[e] is not (',' or '.' or ';' or ':' or '!' or '?' or '\n' or '«' or '(')) e++;
        while (e > pos && text[e - 1] == ' ') e--;
        return AnyUpper(text, pos + d, e) ? 0 : e - pos;
    }

    /// <summary>Whether the next word after <paramref name="pos"/> starts with a capital: a name in apposition ("son adversaire, Paul X").</summary>
    static bool NextIsCapitalised(string text, int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or ',' or '\u00A0') pos++;
        return pos < text.Length && char.IsUpper(text[pos]);
    }

    static bool IsPerson(Document doc, string id)
    {
        foreach (var e in doc.Entities) if (e.Id == id) return e.Type == EntityTypes.Person;
        return false;
    }

    /// <summary>
    /// Whether the quotation opening at <paramref name="open"/> is embedded in its sentence after a word ("a dressé un
    /// bilan « … »", "a parlé d’« … »") or introduced by a colon, with no other quotation before it in the sentence.
    /// </summary>
    static bool EmbeddedOrIntroduced(string text, int sentStart, int open)
    {
        int k = open - 1;
        while (k > sentStart && char.IsWhiteSpace(text[k])) k--;
        if (k <= sentStart || text.AsSpan(sentStart, k - sentStart).ContainsAny("«»“”\"")) return false;
        return char.IsLetter(text[k]) || text[k] is '\'' or '’' or ':';
    }

    /// <summary>
    /// English: "the Democrat", "the Spaniard", "the Tory" — a people's or a party's noun alone after "the"
    /// (people-nouns-en.txt and the demonyms of countries.tsv) describes a person named before, even where the Entities
    /// stage took the capitalised word for a name of its own; such mentions are left to the speaker coreference.
    /// </summary>
    static Document WithoutDescribedNouns(Document doc, string folded)
    {
        var nouns = SpeakerCoref.EnglishDemonymNouns.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        bool Described(Mention m) => m.Start >= 4 && m.End <= folded.Length && folded.AsSpan(m.Start - 4, 4) is "the "
            && (m.Start == 4 || !TextFold.IsWordChar(folded[m.Start - 5])) && !folded.AsSpan(m.Start, m.End - m.Start).Contains(' ')
            && nouns.Contains(folded.AsSpan(m.Start, m.End - m.Start));
        if (!doc.Entities.Any(e => e.Type is EntityTypes.Person or EntityTypes.Organization && e.Mentions.Any(Described))) return doc;
        return doc with
        {
            Entities = [.. doc.Entities
                .Select(e => e.Type is EntityTypes.Person or EntityTypes.Organization && e.Mentions.Any(Described) ? e with { Mentions = [.. e.Mentions.Where(m => !Described(m))] } : e)
                .Where(e => e.Mentions.Length > 0)],
        };
    }

    /// <summary>Per language: words before a name that make it a medium or an addressee (media-links-LANG.tsv), and the
    /// most words a channel word may stand after its reporting verb (the file's <c>max-words</c> row).</summary>
    sealed record MediaLinkTable(Dictionary<string, string> Links, int MaxWords);

    static readonly Dictionary<string, Lazy<MediaLinkTable>> MediaLinks = new(StringComparer.Ordinal)
    {
        ["en"] = new(() => LoadMediaLinks("en")),
        ["fr"] = new(() => LoadMediaLinks("fr")),
    };

    static MediaLinkTable LoadMediaLinks(string lang)
    {
        var rows = DataFiles.ReadTsv($"Quotes/data/media-links-{lang}.tsv").Where(r => r.Length >= 2).ToList();
        var max = rows.FirstOrDefault(r => r[0].Trim() == "max-words");
        if (max == null) throw new InvalidDataException($"Quotes/data/media-links-{lang}.tsv: no max-words row");
        return new(rows.Where(r => r != max).ToDictionary(r => TextFold.Fold(r[0].Trim()), r => r[1].Trim(), StringComparer.Ordinal),
                   int.Parse(max[1].Trim(), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A name that is where or to whom something was said is no speaker and no antecedent of a described speaker
    /// ("wrote on Instagram that …", "said in a post on X", "told Reuters", "told the BBC", "a confié le capitaine à
    /// France Télévisions"): media-links-LANG.tsv — a channel word a few words after a reporting verb of the document's
    /// language, or an organisation right after "told". Such mentions are left out of the Quotes stage's view of the
    /// entities.
    /// </summary>
    static Document WithoutMedia(Document doc, string folded, List<PhraseMatch<ReportingVerb>> verbs)
    {
        if (verbs.Count == 0 || doc.Language is not { } lang || !MediaLinks.TryGetValue(lang, out var table)) return doc;
        var links = table.Value.Links;
        int maxWords = table.Value.MaxWords;
        bool Medium(Mention m, string type)
        {
            int i = m.Start;
            while (i > 0 && folded[i - 1] == ' ') i--;
            int ws = i;
            while (ws > 0 && TextFold.IsWordChar(folded[ws - 1])) ws--;
            if (ws == i) return false;
            var word = folded.AsSpan(ws, i - ws);
            // "told the BBC": the verb match ends right before the name
            foreach (var v in verbs)
                if (v.End <= m.Start && m.Start - v.End <= 2 && links.TryGetValue(folded[v.Start..v.End], out var k) && k == "addressee")
                    return type == EntityTypes.Organization;
            if (!links.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var kind) || kind != "channel") return false;
            // a reporting verb at most four words before the channel word: "wrote on", "said in a post on"
            foreach (var v in verbs)
                if (v.End <= ws && ws - v.End <= 10 * maxWords && v.Value.Lang == lang && WordsBetween(doc.Text, v.End, ws) <= maxWords) return true;
            return false;
        }
        if (!doc.Entities.Any(e => e.Type is EntityTypes.Person or EntityTypes.Organization && e.Mentions.Any(m => Medium(m, e.Type)))) return doc;
        return doc with
        {
            Entities = [.. doc.Entities
                .Select(e => e.Type is EntityTypes.Person or EntityTypes.Organization && e.Mentions.Any(m => Medium(m, e.Type)) ? e with { Mentions = [.. e.Mentions.Where(m => !Medium(m, e.Type))] } : e)
                .Where(e => e.Mentions.Length > 0)],
        };
    }

    /// <summary>The number of words in [from, to), quotation marks aside.</summary>
    static int WordsBetween(string text, int from, int to)
    {
        int words = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            bool w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord) words++;
            inWord = w || inWord && text[i] is '\'' or '’' or '-';
        }
        return words;
    }

    /// <summary>
    /// A quotation closed inside a headline or a caption ("‘The whole city went dark’: Acapulco counts the cost"): a heading
    /// block, or a block of at most 25 words that ends with no punctuation. A headline's quotation is a title's words,
    /// not a statement on record (the article body quotes it again).
    /// </summary>
    static bool InHeadline(Document doc, string text, int open, int close)
    {
        var block = doc.Paragraphs.FirstOrDefault(p => p.Start <= open && open < p.End);
        if (block == null || close >= block.End) return false;
        if (block.Kind == BlockKind.Heading) return true;
        int last = block.End - 1;
        while (last > block.Start && char.IsWhiteSpace(text[last])) last--;
        if (!char.IsLetterOrDigit(text[last])) return false;
        int words = 1;
        for (int i = block.Start; i < block.End; i++) if (text[i] == ' ') words++;
        return words <= 25;
    }

    static readonly Lazy<Dictionary<string, string>> TranscriptLabels = new(() => DataFiles.ReadLines("Quotes/data/transcript-labels.tsv")
        .Select(l => l.Split('\t')).Where(c => c.Length >= 2).ToDictionary(c => TextFold.Fold(c[0].Trim()), c => c[1].Trim()));

    /// <summary>
    /// A transcript label before a quotation that opens its paragraph: "Q: “…”" (transcript-labels.tsv: the interviewer,
    /// no speaker), "Atkins: “…”" (one or two capitalised words: the person of that name — an entity mentioned there or
    /// named before with that word — else the label's words).
    /// </summary>
    static (bool Found, string? Speaker, TextSpan? Span) TranscriptLabel(Document doc, string text, string folded, int open)
    {
        var block = doc.Paragraphs.FirstOrDefault(p => p.Start <= open && open < p.End);
        if (block == null) return default;
        int colon = open - 1;
        while (colon > block.Start && char.IsWhiteSpace(text[colon])) colon--;
        if (colon <= block.Start || text[colon] != ':') return default;
        int ls = block.Start, le = colon;
        while (le > ls && char.IsWhiteSpace(text[le - 1])) le--;
        if (le - ls is < 1 or > 40) return default;
        var label = folded[ls..le];
        if (TranscriptLabels.Value.TryGetValue(label, out var role))
            return role == "question" ? (true, null, null) : default;
        var words = text[ls..le].Split(' ');
        if (words.Length > 2 || words.Any(w => w.Length < 2 || !char.IsUpper(w[0]) || !w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’'))) return default;
        if (FirstEntityIn(doc, ls, le, preferPerson: true) is { } here) return (true, here.Id, here.Span);
        var last = TextFold.Fold(words[^1]);
        var named = doc.Entities.Where(e => e.Type == EntityTypes.Person)
            .SelectMany(e => e.Mentions.Where(m => m.End <= ls).Select(m => (e.Id, m)))
            .Where(x => TextFold.Fold(text[x.m.Start..x.m.End]).Split(' ').Contains(last))
            .OrderByDescending(x => x.m.Start).FirstOrDefault();
        return named.Id != null ? (true, named.Id, named.m.Span) : (true, null, new TextSpan(ls, le));
    }

    /// <summary>Pairs of quotation marks. A French quotation may run over paragraphs: each new paragraph reopens with «.</summary>
    internal static List<(int Open, int Close)> FindQuotations(string text)
    {
        var result = new List<(int, int)>();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!Pairs.TryGetValue(c, out var closer)) continue;
            // a straight quote or ‘ opens only at a word start (not an apostrophe or inch mark)
            if ((c == '‘' || c == '"') && i > 0 && TextFold.IsWordChar(text[i - 1])) continue;
            int j = i + 1, depth = 0, straight = 0;
            int limit = Math.Min(text.Length, i + 3000);
            bool ok = false;
            // "…” (mixed marks): a straight opener closed by ” that comes, in the same paragraph, before any other straight
            // quote and with no “ before it
            if (c == '"' && MixedClose(text, i + 1, limit) is var mixed && mixed > 0) { j = mixed; ok = true; }
            else
            while (j < limit)
            {
                // “…," closed by a straight quote (mixed marks): the first straight quote, after a word or punctuation and
                // before a space or punctuation
                if (c == '“' && text[j] == '"' && straight++ == 0 && depth == 0 && !char.IsWhiteSpace(text[j - 1])
                    && (j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1])) && text.IndexOf('”', j, Math.Min(limit, text.IndexOf('\n', j) is var nl && nl > 0 ? nl : limit) - j) < 0)
                { ok = true; break; }
                if (text[j] == c && c != closer) depth++;
                else if (text[j] == closer || c == '“' && text[j] == '’' && j + 1 < limit && text[j + 1] == '’') // ’’ typed for ”
                {
                    if (depth == 0) { ok = true; break; }
                    depth--;
                }
                // a paragraph break ends the quotation unless the next paragraph reopens it
                if (text[j] == '\n' && j + 1 < text.Length && text[j + 1] == '\n')
                {
                    int k = j + 2;
                    while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
                    // (a straight quote at the start of the next paragraph reopens too: English news leaves a quotation
                    // open at the end of a paragraph that the next one continues)
                    if (k >= text.Length || text[k] != c) break;
                    j = k;
                }
                j++;
            }
            if (!ok) continue;
            result.Add((i, j));
            AddNested(text, c, i, j, result);
            i = j;
        }
        if (result.Count > 1) result.Sort();
        return result;
    }

    /// <summary>The ” that closes a straight opening quote at <paramref name="from"/>, or -1: see <see cref="FindQuotations"/>.</summary>
    static int MixedClose(string text, int from, int limit)
    {
        for (int j = from; j < limit; j++)
        {
            char ch = text[j];
            if (ch is '"' or '“' || ch == '\n' && j + 1 < limit && text[j + 1] == '\n') return -1;
            if (ch == '”') return j;
        }
        return -1;
    }

    /// <summary>
    /// Quotations inside the quotation (open, close) marked with another kind of quote ("“… ask, ‘So he’s going …?’”",
    /// "« … m’a dit “non” »"). An inner closing ’ must not be an apostrophe (followed by a letter).
    /// </summary>
    static void AddNested(string text, char outer, int open, int close, List<(int, int)> result)
    {
        for (int k = open + 1; k < close; k++)
        {
            char c = text[k];
            if (c == outer || !Pairs.TryGetValue(c, out var closer)) continue;
            if ((c == '‘' || c == '"') && TextFold.IsWordChar(text[k - 1])) continue;
            for (int j = k + 1; j < close; j++)
            {
                if (text[j] != closer) continue;
                if (closer == '’' && (j + 1 < text.Length && char.IsLetter(text[j + 1]) || text[j - 1] == ' ')) continue;
                if (j - k > 1) { result.Add((k, j)); k = j; }
                break;
            }
        }
    }

    /// <summary>The speaker of a quotation spanning [open, close): a reporting verb after it, then a credit line, then a verb before it.</summary>
    static (string? Speaker, TextSpan? Span) Attribute(Document doc, string text, string folded, List<PhraseMatch<ReportingVerb>> verbs,
        IReadOnlyList<Sentence> sentences, int open, int close, string? last, HashSet<TextSpan> issuerSpans)
    {
        // after: "», a déclaré M. Peskov." / "» a-t-il ajouté" / "», a écrit Zelensky" / ", said X" — in the same sentence
        var closing = SentenceAt(sentences, Math.Max(open, close - 1));
        int sentEnd = closing.End;
        // the verb right after the quote, or after a pronoun subject ("” she wrote", "» il a ajouté")
        // (not a coordinated verb: "» et assuré que l’Union …" shares the sentence's subject)
        var after = verbs.FirstOrDefault(v => v.Start >= close && v.Value.Kind is "verb" or "after" && !text.AsSpan(close, v.Start - close).ContainsAny(".!?")
            && !IsCoordinated(folded, close, v.Start)
            && (v.Start <= close + 4 && !AnyUpper(text, close, v.Start) || v.Start <= close + 10 && PreviousIsPronoun(folded, v.Start) && !AnyUpper(text, close + 1, v.Start)));
        if (after.Value != null)
        {
            // "” he told Cook.": the pronoun is the speaker, the name after the verb the addressee;
            // "», a-t-il déclaré à l’AFP": the inverted pronoun is the speaker, not the agency
            if (PreviousIsPronoun(folded, after.Start) && after.Start > close || HasInvertedPronoun(folded.AsSpan(after.Start, after.End - after.Start)))
                return (last, new TextSpan(after.Start, after.End));
            // a reporting noun names the issuer: "», peut-on lire dans un communiqué du ministère", "”, said a statement from X"
            if (IssuerAfter(text, folded, doc, after.End, sentEnd) is { } issuer)
            {
                if (issuer.Speaker == null && issuer.Span is { } words) issuerSpans.Add(words);
                return issuer;
            }
            var who = FirstEntityIn(doc, after.End, SubjectWindowEnd(folded, after.End, sentEnd), preferPerson: true);
            // "», a réagi le pivot des San Antonio Spurs": a described person, not the organisation of the complement
            if (who != null && doc.Language == "fr" && doc.Entities.FirstOrDefault(e => e.Id == who.Value.Id)?.Type == EntityTypes.Organization
                && FrenchAttribution.IsAffiliationOfDescribedPerson(text, folded, after.End, who.Value.Span.Start, who.Value.Span.End))
                return (last, new TextSpan(after.Start, after.End));
            if (who != null) return (who.Value.Id, who.Value.Span);
            // "”, said a report from Kotak Institutional Equities.": the source after "a report from"
            if (SourceStart(text, folded, after.End, sentEnd) is var src && src > after.End
                && SubjectSpan(text, folded, src, SubjectWindowEnd(folded, src, sentEnd)) is { } source) return (null, source);
            // "», a précisé le ministère": an organisation described after the verb that no organisation named before
            // takes up names the speaker by its own words, never a person named before (the one named before is left to
            // coreference, as for "», a justifié le fabricant")
            // (those words stand unless the sentence names a speaker elsewhere, as an issuer's do: "», a annoncé dimanche la
            // municipalité", "», a-t-on appris auprès de la gendarmerie")
            if (doc.Language == "fr" && FrenchInvertedOrganisation(doc, text, folded, after.Start, after.End, sentEnd) is { Id: null } described)
            {
                issuerSpans.Add(described.Span);
                return (null, described.Span);
            }
            if (NextWordIsPronoun(folded, after.End) || PreviousIsPronoun(folded, after.Start) || NextIsDefiniteNoun(text, folded, after.End)
                || doc.Language == "fr" && NextIsDefiniteNoun(text, folded, FrenchAttribution.PastIncidental(text, after.End, sentEnd)))
                return (last, new TextSpan(after.Start, after.End));
        }
        // after, subject first: "”, Trump told reporters." / "», Dmitri Peskov a déclaré."
        var subject = MentionsIn(doc, close, Math.Min(sentEnd, close + 40))
            .Where(m => m.Type is EntityTypes.Person or EntityTypes.Organization && (!AnyLetter(text, close, m.Span.Start, allowTitles: true)
                || doc.Language == "en" && LowerCaseRoleBefore(text, folded, close, m.Span.Start)))
            .OrderBy(m => m.Span.Start).FirstOrDefault();
        // (a verb of manner too: "”, Harris grinned.")
        if (subject.Id != null && verbs.Any(v => v.Value.Kind is "verb" or "after" && v.Start >= subject.Span.End && v.Start - subject.Span.End <= 4))
            return (subject.Id, subject.Span);
        // … with an apposition: "”, Mayer, Disney’s chairman of international, said Tuesday."
        if (subject.Id != null && subject.Span.End < text.Length && text[subject.Span.End] == ',')
        {
            int comma = text.IndexOf(',', subject.Span.End + 1);
            if (comma > 0 && comma < sentEnd && comma - subject.Span.End < 120
                && verbs.Any(v => v.Value.Kind == "verb" && v.Start > comma && v.Start - comma <= 3))
                return (subject.Id, subject.Span);
        }
        // a credit line on the next line: "Donald Trump, lors d’une conférence de presse …"
        int nextStart = close;
        while (nextStart < text.Length && char.IsWhiteSpace(text[nextStart])) nextStart++;
        if (nextStart > close && text.AsSpan(close, nextStart - close).Contains('\n'))
        {
            int lineEnd = text.IndexOf('\n', nextStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var credit = FirstEntityIn(doc, nextStart, Math.Min(lineEnd, nextStart + 40), preferPerson: true);
            // (a line opening with "Selon X, …" / "According to X, …" is a sentence of its own that attributes only itself)
            bool opensWithSource = verbs.Any(v => v.Value.Kind == "according" && v.Start >= nextStart && v.Start <= nextStart + 1);
            // (nor a line whose subject is a pronoun: "He is survived by his wife, Norma, …" names a relative, not a source)
            if (credit != null && !opensWithSource && lineEnd - nextStart < 160 && !text.AsSpan(nextStart, lineEnd - nextStart).ContainsAny('«', '“')
                && !OpensWithPronoun(folded, nextStart, lineEnd)
                && !ReportsOwnClause(text, folded, verbs, sentences, nextStart, lineEnd)) return (credit.Value.Id, credit.Value.Span);
        }
        // before: "Trump a écrit sur Truth Social : « … »", "Zelensky a déclaré : « … »"
        int sentStart = SentenceAt(sentences, open).Start;
        var before = verbs.LastOrDefault(v => v.End <= open && v.Start >= sentStart && v.Value.Kind == "verb");
        if (before.Value != null)
        {
            int front = FrenchAttribution.FrontedPhraseEnd(doc, text, sentStart, before.Start);
            var who = LastEntityIn(doc, Math.Max(sentStart, front), before.Start, preferPerson: true);
            if (who != null) return (who.Value.Id, who.Value.Span);
            // "Quant au PJD, il a appelé à « … »": the pronoun takes up the topic the fronted "quant à" names
            if (doc.Language == "fr" && front > 0 && PreviousIsPronoun(folded, before.Start) && ResumedTopic(doc, text, folded, sentStart, front, before.Start) is { } topic)
                return (topic.Id, topic.Span);
            if (PreviousIsPronoun(folded, before.Start)) return (last, null);
            // a described subject: "The 56-year-old said after his appointment: “…”", "Le chef de l'État a prévenu : « … »"
            int clause = Math.Max(sentStart, text.LastIndexOfAny([',', ';'], Math.Max(sentStart, before.Start - 1), Math.Max(1, before.Start - sentStart)) + 1);
            if (PreviousNonSpace(text, open) == ':' && DefiniteSubject(text, folded, clause, before.Start) && PersonBefore(doc, before.Start) is { } described)
                return (described.Id, described.Span);
            // an inverted subject between the verb and a colon: "…, a prévenu son président, Arnaud Rousseau : « … »"
            if (PreviousNonSpace(text, open) == ':' && FirstEntityIn(doc, before.End, open, preferPerson: true) is { } inverted
                && !text.AsSpan(before.End, inverted.Span.Start - before.End).ContainsAny(".;«»“”\"")) return (inverted.Id, inverted.Span);
        }
        // a colon introduction with no verb of saying: its sentence's subject ("Pantaloni, lui, préfère rester prudent : « … »",
        // "Le gardien Rémi Desbonnet, auteur de …, restait modeste : « … »", "Il savourait : « … »")
        // (English too: "Smith was blunt: “…”", "Chief Constable Jo Farrell put it simply: “…”", "The manager, Tom Vale, agreed: “…”")
        else if (doc.Language is "fr" or "en" && PreviousNonSpace(text, open) == ':' && !text.AsSpan(sentStart, open - sentStart).ContainsAny("«»“”"))
            return ColonSubject(doc, text, folded, sentStart, open, last);
        return (null, null);
    }

    /// <summary>
    /// The subject of a sentence that introduces a quotation with a colon: a person named within its first words (after a
    /// determiner and a description: "Le gardien Rémi Desbonnet"), or a subject pronoun opening it (the previous speaker).
    /// </summary>
    static (string? Speaker, TextSpan? Span) ColonSubject(Document doc, string text, string folded, int sentStart, int open, string? last)
    {
        int i = sentStart;
        // English: past a fronted phrase ("Outside the court, her partner, Paul Ansell, read a statement: “…”")
        if (doc.Language == "en" && FrenchAttribution.FrontedPhraseEnd(doc, text, sentStart, open) is var front && front > sentStart) i = front;
        while (i < open && !char.IsLetter(text[i])) i++;
        if (Subjects.PronounAt(folded, i, doc.Language) != null && last != null) return (last, null);
        var first = MentionsIn(doc, i, Math.Min(open, i + 60)).Where(m => m.Type is EntityTypes.Person or EntityTypes.Organization)
            .OrderBy(m => m.Span.Start).FirstOrDefault();
        if (first.Id == null || first.Type != EntityTypes.Person) return (null, null);
        // English: the name opens the sentence, after a title's capitals ("Chief Constable Jo Farrell") or a description in
        // apposition ("The manager, Tom Vale,", "Her neighbour, Sam Whitcomb,"); lower-case words before it make it an
        // object ("The court heard from Jo Farrell:")
        if (doc.Language == "en") return EnglishOpeningName(text, folded, i, first.Span) ? (first.Id, first.Span) : (null, null);
        // only a determiner and lower-case words (a description) before the name: it is the subject, not an object
        for (int k = i; k < first.Span.Start; k++)
            if (char.IsUpper(text[k]) && k != i || text[k] is ',' or ';') return (null, null);
        return (first.Id, first.Span);
    }

    static readonly HashSet<string> OpeningDeterminers = ["the", "his", "her", "their", "its", "a", "an", "one"];

    /// <summary>
    /// Whether the English name at <paramref name="name"/> is the subject that opens the sentence at <paramref name="from"/>:
    /// nothing before it, title words only ("Chief Constable", "Coun."), or a determiner or possessive, at most four
    /// lower-case words and a comma ("The manager, Tom Vale", "Her driver, Peter Kamau").
    /// </summary>
    static bool EnglishOpeningName(string text, string folded, int from, TextSpan name)
    {
        if (name.Start <= from) return true;
        var before = folded[from..name.Start].TrimEnd();
        bool apposed = before.EndsWith(',');
        var words = before.TrimEnd(',').Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        // "Her neighbour, the baker Sam Whitcomb, …": a description in apposition whose own lower-case description runs into
        // the name (a determiner and at most three lower-case words after the comma)
        if (!apposed && before.IndexOf(',') is var ac && ac > 0 && before.IndexOf(',', ac + 1) < 0)
        {
            var inner = folded[(from + ac + 1)..name.Start].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (inner.Length is >= 2 and <= 4 && OpeningDeterminers.Contains(inner[0]) && !AnyUpper(text, from + ac + 1, name.Start)
                && EnglishOpeningName(text, folded, from, new TextSpan(from + ac + 1, name.End)))
                return true;
        }
        if (!apposed) return words.All(SpeakerCoref.IsTitleWord) && char.IsUpper(text[from]);
        if (words.Length is < 2 or > 5 || !OpeningDeterminers.Contains(words[0]) || before.IndexOf(',') < before.Length - 1) return false;
        int at = from;
        foreach (var w in words.Skip(1))
        {
            at = folded.IndexOf(w, at + 1, StringComparison.Ordinal);
            if (at < 0 || !char.IsLower(text[at])) return false;
        }
        return true;
    }

    static readonly string[] DocumentArticles = ["dans un ", "dans une ", "dans le ", "dans la ", "in a ", "in the ", "un ", "une ", "a ", "the "];
    static readonly string[] IssuerLinks = ["de la ", "de l'", "du ", "des ", "d'", "de ", "from the ", "from ", "by the ", "by ", "of the ", "of "];

    /// <summary>
    /// "dans un communiqué du ministère des Affaires étrangères", "in a statement from the ministry": after a verb, a
    /// document noun (document-nouns.txt) and the one who issued it — an entity, else the words naming it.
    /// </summary>
    static (string? Speaker, TextSpan? Span)? IssuerAfter(string text, string folded, Document doc, int from, int sentEnd)
    {
        int i = from;
        while (i < sentEnd && folded[i] == ' ') i++;
        var art = DocumentArticles.FirstOrDefault(a => string.CompareOrdinal(folded, i, a, 0, a.Length) == 0);
        if (art == null) return null;
        int w = i + art.Length, we = w;
        while (we < sentEnd && TextFold.IsWordChar(folded[we])) we++;
        if (we == w || !DocumentNouns.Value.Contains(folded[w..we])) return null;
        int j = we;
        // "un communiqué publié dans la soirée par X" is left out: the link must follow the noun
        while (j < sentEnd && folded[j] == ' ') j++;
        var link = IssuerLinks.FirstOrDefault(l => string.CompareOrdinal(folded, j, l, 0, l.Length) == 0);
        if (link == null) return null;
        int start = j + link.Length;
        int end = start;
        while (end < sentEnd && text[end] is not ('.' or ',' or ';' or ':' or '«' or '»' or '“' or '”' or '"')) end++;
        int stop = SubjectWindowEnd(folded, start, end);
        var who = FirstEntityIn(doc, start, Math.Max(start, stop), preferPerson: false);
        if (who != null && who.Value.Span.Start - start <= 2) return (who.Value.Id, who.Value.Span);
        // the issuer's words, up to a participle or preposition that starts another phrase ("publié", "dans la soirée")
        int e2 = start, words = 0;
        while (e2 < stop && words < 6)
        {
            int ws = e2;
            while (e2 < stop && (TextFold.IsWordChar(folded[e2]) || folded[e2] is '\'' or '-')) e2++;
            if (e2 == ws) break;
            var word = folded[ws..e2];
            if (words > 0 && (word.EndsWith("e") && word.Length > 4 && char.IsLower(text[ws]) && word is "publie" or "diffuse" or "transmis" || word is "dans" or "lors" or "in" or "on" or "published" or "released" or "issued")) { e2 = ws; break; }
            words++;
            while (e2 < stop && folded[e2] == ' ') e2++;
        }
        while (e2 > start && !char.IsLetterOrDigit(text[e2 - 1])) e2--;
        return e2 > start && words > 0 ? (null, new TextSpan(start, e2)) : null;
    }

    /// <summary>Whether [from, to) holds a word other than a title or determiner ("the spokesman" counts as a title).</summary>
    static bool AnyLetter(string text, int from, int to, bool allowTitles)
    {
        foreach (var w in text[from..to].Split([' ', ',', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!w.Any(char.IsLetter)) continue;
            if (allowTitles && w is "M." or "Mme" or "Mr." or "Mrs." or "Ms." or "Dr." or "the" or "le" or "la" or "l'" or "President" or "président" or "présidente") continue;
            return true;
        }
        return false;
    }

    /// <summary>The subject of a reporting verb elsewhere in the quote's sentence (outside quotations), or the source of "selon X".</summary>
    static (string? Speaker, TextSpan? Span) SentenceSpeaker(Document doc, string text, string folded, List<PhraseMatch<ReportingVerb>> verbs,
        IReadOnlyList<Sentence> sentences, List<(int Open, int Close)> quotations, int open, int close, string? previous, Quote? lastVoice,
        bool directOnly = false)
    {
        var sent = SentenceAt(sentences, open);
        bool Outside(int pos) => !quotations.Any(q => q.Open <= pos && pos <= q.Close);
        // whether, while only the direct quotations are known, a reporting verb outside quotations stands between the last
        // voice and this sentence: the voice may be that verb's subject, left to the pass that knows reported speech too
        bool VerbSinceLastVoice() => directOnly && lastVoice != null
            && verbs.Any(x => x.Value.Kind == "verb" && x.Start >= lastVoice.End && x.End <= sent.Start && Outside(x.Start));
        foreach (var v in verbs.Where(v => v.Start >= sent.Start && v.End <= sent.End && Outside(v.Start)).OrderBy(v => Math.Abs(v.Start - open)))
        {
            if (v.Value.Kind == "according")
            {
                var src = FirstEntityIn(doc, v.End, Math.Min(sent.End, v.End + 80), preferPerson: false);
                if (src != null) return (src.Value.Id, src.Value.Span);
                // "Selon lui, « … »": the person the pronoun takes up
                if (FrenchAccordingPronounSpeaker(doc, text, folded, v, open) is { } taken) return (taken.Id, taken.Span);
                continue;
            }
            if (IndefiniteSubject(folded, sent.Start, v)) return (null, null);
            // subject before the verb, outside quotations
            // (French: not a name inside a fronted phrase, "Interrogé par X sur …, le ministre a répondu que …")
            int front = FrenchAttribution.FrontedPhraseEnd(doc, text, sent.Start, v.Start);
            var before = MentionsIn(doc, Math.Max(sent.Start, front), v.Start)
                .Where(m => m.Type is EntityTypes.Person or EntityTypes.Organization && Outside(m.Span.Start) && !AfterAddresseePhrase(text, m.Span.Start))
                .OrderBy(m => m.Span.Start).ToList();
            // the subject is the nearest name before the verb ("Après avoir parlé avec Poutine, Trump a déclaré")
            var person = before.LastOrDefault(m => m.Type == EntityTypes.Person);
            var pick = person.Id != null ? person : before.LastOrDefault();
            if (AppositionHead(text, before, sent.Start, v.Start) is { } head) return head;
            if (doc.Language == "en" && AffiliationHead(text, before, v.Start) is { } affiliated) return affiliated;
            // described subjects: "The president said …", "the agency said …", or words naming one ("Russia's foreign ministry")
            int clause = Math.Max(sent.Start, text.LastIndexOfAny([',', ';', ':'], Math.Max(sent.Start, v.Start - 1), Math.Max(1, v.Start - sent.Start)) + 1);
            // "“…,” the statement said": a comma inside the quotation; the subject starts after its closing mark
            foreach (var q in quotations) if (q.Open < clause && clause <= q.Close && q.Close < v.Start) clause = q.Close + 1;
            // "the Lions coach said", "The Liberal leader said": a person described with a name, not the name's team or party
            if (doc.Language == "en" && (pick.Id == null || pick.Type != EntityTypes.Person && pick.Span.Start >= clause) && Outside(clause)
                && NamedDescriptionNoun(text, folded, clause, v.Start) is { } noun && FittingPerson(doc, folded, noun, clause) is { } fit)
                return fit;
            if (pick.Id != null) return (pick.Id, pick.Span);
            if (!PreviousIsPronoun(folded, v.Start) && Outside(clause))
            {
                // "the statement said": whoever issued it, the last voice
                // (while only the direct quotations are known, a reporting verb since the last of them may have issued it:
                // "X said in a statement that … “…,” the statement said" — left to the pass that knows reported speech too)
                if (DescribedBy(text, folded, clause, v.Start, DocumentNouns.Value) && lastVoice != null)
                    return VerbSinceLastVoice() ? (null, null) : (lastVoice.Speaker, lastVoice.SpeakerSpan);
                if (DefiniteSubject(text, folded, clause, v.Start) && PersonBefore(doc, front > 0 && clause >= front ? sent.Start : v.Start) is { } described) return (described.Id, described.Span);
                if (OrganizationSubject(text, folded, clause, v.Start) || doc.Language == "en" && BarePoliceSubject(text, folded, clause, v.Start))
                {
                    var orgBefore = OrganizationNamedByNoun(doc, folded, clause, v.Start) ?? OrganizationBefore(doc, v.Start, KindNoun(doc.Language, folded, clause, v.Start));
                    if (NamedSinceWithNoun(text, folded, clause, v.Start, orgBefore) is { } withNoun) return (null, withNoun);
                    if (orgBefore is { } org) return (org.Id, org.Span);
                    if (lastVoice is { Speaker: null, SpeakerSpan: { } voiced }) return (null, voiced);
                }
                if (SubjectSpan(text, folded, clause, v.Start) is { } words) return (null, words);
            }
            // "Quant au PJD, il a appelé à « … »": the pronoun takes up the topic the fronted "quant à" names
            if (doc.Language == "fr" && front > 0 && PreviousIsPronoun(folded, v.Start) && ResumedTopic(doc, text, folded, sent.Start, front, v.Start) is { } topic)
                return (topic.Id, topic.Span);
            // "they said in a statement": the organisation last heard
            if (PreviousIsGroupPronoun(folded, v.Start) && GroupVoice(doc, lastVoice) is { } group)
            {
                // (while only the direct quotations are known, a reporting verb since the last of them may be the voice: "Google
                // said it was still in talks. It said it had raised “serious concerns”" — left to the pass that knows it)
                if (VerbSinceLastVoice()) return (null, null);
                if (doc.Language == "en" && OrganisationSubjectSince(doc, text, sentences, lastVoice!.End, sent.Start, group.Id) is { } since) return (since.Id, since.Span);
                return (group.Id, group.Span);
            }
            // an inverted or pronoun subject: the previous speaker
            if (HasInvertedPronoun(folded.AsSpan(v.Start, v.End - v.Start)) || PreviousIsPronoun(folded, v.Start) || NextWordIsPronoun(folded, v.End))
                return (previous, null);
            // inverted subject after the verb: "a déclaré M. Peskov"
            var after = FirstEntityIn(doc, v.End, Math.Min(sent.End, v.End + 60), preferPerson: true);
            if (after != null && Outside(after.Value.Span.Start) && after.Value.Span.Start - v.End <= 4) return (after.Value.Id, after.Value.Span);
        }
        return (null, null);
    }

    /// <summary>One to three capitalised words ("Erekat", "Saeb Erekat"): a name, not a description.</summary>
    static bool IsName(string text, TextSpan span)
    {
        var words = text[span.Start..span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.All(w => char.IsUpper(w[0]));
    }

    /// <summary>Whether the paragraph holding the quotation that opens at <paramref name="open"/> holds nothing else.</summary>
    static bool OnlyQuotation(Document doc, string text, int open, int quoteEnd)
    {
        var p = doc.Paragraphs.IsDefaultOrEmpty ? null : doc.Paragraphs.FirstOrDefault(x => x.Start <= open && open < x.End);
        if (p == null) return false;
        int close = quoteEnd;
        while (close < text.Length && !(text[close] is '»' or '”' or '"')) close++;
        if (close >= p.End) return true;   // a quotation running on into the next paragraph
        return text.AsSpan(close + 1, p.End - close - 1).Trim().Trim(".,").Length == 0;
    }

    /// <summary>Whether a paragraph ends at <paramref name="pos"/> (but for the closing punctuation).</summary>
    static bool BlockEndsAt(Document doc, string text, int pos)
    {
        var p = doc.Paragraphs.IsDefaultOrEmpty ? null : doc.Paragraphs.FirstOrDefault(x => x.Start <= pos && pos <= x.End);
        return p != null && text.AsSpan(pos, p.End - pos).Trim().Trim(".!?»”\"").Length == 0;
    }

    static bool StartsBlock(Document doc, int pos)
    {
        if (doc.Paragraphs.IsDefaultOrEmpty) return pos == 0 || doc.Text.AsSpan(0, pos).TrimEnd(' ').EndsWith("\n");
        foreach (var p in doc.Paragraphs) if (p.Start <= pos && pos <= p.Start + 1) return true;
        return false;
    }

    static bool IsCoordinated(string folded, int from, int verbStart)
    {
        var between = folded.AsSpan(from, verbStart - from);
        return between.Contains(" et ", StringComparison.Ordinal) || between.Contains(" and ", StringComparison.Ordinal)
            || between.EndsWith(" et") || between.EndsWith(" and");
    }

    static bool SameBlock(Document doc, int a, int b)
    {
        if (doc.Paragraphs.IsDefaultOrEmpty) return !doc.Text.AsSpan(a, b - a).Contains("\n\n", StringComparison.Ordinal);
        foreach (var p in doc.Paragraphs) if (p.Start <= a && a <= p.End) return b <= p.End;
        return false;
    }

    static bool AnyUpper(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (char.IsUpper(text[i])) return true;
        return false;
    }

    /// <summary>The sentence holding <paramref name="pos"/>, else the last one starting before it (shared with <see cref="SpeakerCoref"/>).</summary>
    internal static Sentence SentenceAt(IReadOnlyList<Sentence> sentences, int pos)
    {
        // (read by index: no enumerator allocated per call)
        for (int i = 0; i < sentences.Count; i++) if (sentences[i].Start <= pos && pos < sentences[i].End) return sentences[i];
        for (int i = sentences.Count - 1; i >= 0; i--) if (sentences[i].Start <= pos) return sentences[i];
        return new Sentence(0, pos + 1);
    }

    // the same on the document's own array, which passed as a list would be boxed on every call
    internal static Sentence SentenceAt(System.Collections.Immutable.ImmutableArray<Sentence> sentences, int pos)
    {
        foreach (var s in sentences) if (s.Start <= pos && pos < s.End) return s;
        for (int i = sentences.Length - 1; i >= 0; i--) if (sentences[i].Start <= pos) return sentences[i];
        return new Sentence(0, pos + 1);
    }

    /// <summary>Whether the line from <paramref name="from"/> opens with a subject pronoun of coref-pronouns.tsv ("He is survived by …").</summary>
    static bool OpensWithPronoun(string folded, int from, int to)
    {
        int i = from;
        while (i < to && !TextFold.IsWordChar(folded[i])) i++;
        int e = i;
        while (e < to && TextFold.IsWordChar(folded[e])) e++;
        return e > i && e < to && folded[e] == ' ' && Subjects.Referring.ContainsKey(folded[i..e]);
    }

    /// <summary>
    /// Who "il"/"he" in an attribution stands for: the last speaker, unless a person has since been the subject
    /// of a sentence outside quotations ("Trump a publié une déclaration … « … », a-t-il déclaré").
    /// </summary>
    static string? PreviousSubject(Document doc, string text, IReadOnlyList<Sentence> sentences, List<(int Open, int Close)> quotations, int open, string? last, int lastAt)
    {
        string? best = last;
        int bestAt = lastAt;
        foreach (var e in doc.Entities.Where(e => e.Type == EntityTypes.Person))
            foreach (var m in e.Mentions)
            {
                if (m.Start >= open || m.Start <= bestAt) continue;
                if (quotations.Any(q => q.Open < m.Start && m.Start < q.Close)) continue;
                var s = SentenceAt(sentences, m.Start);
                // (French: past a fronted phrase, "Privé de son capitaine X, blessé, le sélectionneur Y a …")
                int from = FrenchAttribution.FrontedPhraseEnd(doc, text, s.Start, s.End) is var front && front > 0 ? front : s.Start;
                if (m.Start < from || m.Start - from > 80) continue;
                // the sentence's subject: its first person mention (not a relative named after a kinship noun: "She had come with
                // her father, Gérard")
                if (doc.Entities.Any(o => o.Type == EntityTypes.Person && o.Mentions.Any(x => x.Start >= from && x.Start < m.Start))) continue;
                if (EntityStage.AfterKinshipNoun(text, m.Start)) continue;
                best = e.Id; bestAt = m.Start;
            }
        // French: a later sentence whose subject goes by a lone given name the Entities stage did not emit ("Sur la place,
        // Karim, 34 ans, …"): no named subject; the pronoun is left to coreference, which knows that name
        var folded = doc.Language == "fr" ? FoldedOf(text) : null;
        if (folded != null)
            foreach (var s in sentences)
            {
                if (s.Start <= bestAt || s.Start >= open) continue;
                int limit = Math.Min(Math.Min(s.End, open), s.Start + 80);
                for (int i = s.Start; i < limit; i++)
                {
                    if (SpeakerCoref.LoneGivenName(text, folded, i, Math.Min(s.End, open)) is not { } n) continue;
                    if (quotations.Any(q => q.Open < i && i < q.Close)) break;
                    if (doc.Entities.Any(e => e.Mentions.Any(m => m.Start < n.End && n.Start < m.End)
                        || e.Type == EntityTypes.Person && e.Mentions.Any(m => m.Start >= s.Start && m.Start < n.Start))) break;
                    return null;
                }
            }
        return best;
    }

    static readonly Lazy<HashSet<string>> ResumptivePronouns = new(() =>
        DataFiles.ReadLines("Quotes/data/resumptive-pronouns-fr.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// "X, elle, juge que …": where the subject taken up by a stressed pronoun between commas right before the verb ends
    /// (the comma before the pronoun), when words come before it in the sentence; or -1.
    /// </summary>
    static int ResumedSubjectEnd(string text, string folded, int sentStart, int verbStart)
    {
        int c1 = verbStart - 1;
        while (c1 > sentStart && text[c1] == ' ') c1--;
        if (c1 <= sentStart || text[c1] != ',') return -1;
        int we = c1;
        while (we > sentStart && text[we - 1] == ' ') we--;
        int ws = we;
        while (ws > sentStart && TextFold.IsWordChar(folded[ws - 1])) ws--;
        if (ws == we || !ResumptivePronouns.Value.Contains(folded[ws..we])) return -1;
        int c0 = ws - 1;
        while (c0 > sentStart && text[c0] == ' ') c0--;
        if (c0 <= sentStart || text[c0] != ',' || !text.AsSpan(sentStart, c0 - sentStart).ContainsAnyExcept(' ')) return -1;
        return c0;
    }

    /// <summary>Whether a reporting verb was matched with its complementizer ("juge que", "jugent qu'"): a clause follows it.</summary>
    static bool EndsWithQue(string folded, PhraseMatch<ReportingVerb> v) =>
        folded.AsSpan(v.Start, v.End - v.Start).EndsWith(" que", StringComparison.Ordinal) || folded.AsSpan(v.Start, v.End - v.Start).EndsWith(" qu'", StringComparison.Ordinal);

    static bool NextWordIsPronoun(string folded, int pos)
    {
        int i = pos;
        while (i < folded.Length && folded[i] == ' ') i++;
        foreach (var p in new[] { "il", "elle", "lui", "eux", "he", "she", "him", "her" })
            if (string.CompareOrdinal(folded, i, p, 0, p.Length) == 0 && (i + p.Length >= folded.Length || !TextFold.IsWordChar(folded[i + p.Length]))) return true;
        return false;
    }

    /// <summary>Where an inverted subject after a verb can end: the clause's end, a comma, or a subordinating word ("said a spokesperson when contacted by Reuters").</summary>
    static int SubjectWindowEnd(string folded, int from, int sentEnd)
    {
        int end = Math.Min(sentEnd, from + 80);
        if (end <= from) return from; // the verb ends the sentence (or lies past it)
        foreach (var stop in new[] { " when ", " after ", " who ", " while ", " because ", " as ", " lors ", " apres ", " quand ", " qui " })
        {
            int k = folded.IndexOf(stop, from, end - from, StringComparison.Ordinal);
            if (k >= 0) end = k;
        }
        return end;
    }

    /// <summary>"a poursuivi l’élue", "said the senator": a described speaker, who is the person the text is about.</summary>
    static bool NextIsDefiniteNoun(string text, string folded, int pos)
    {
        int i = pos;
        while (i < folded.Length && folded[i] == ' ') i++;
        foreach (var d in new[] { "l'", "le ", "la ", "the ", "cet ", "cette ", "ce ", "this " })
            if (string.CompareOrdinal(folded, i, d, 0, d.Length) == 0)
            {
                int w = i + d.Length;
                return w < text.Length && char.IsLower(text[w]);
            }
        return false;
    }

    static string[] SubjectPronouns => Subjects.PersonOrPluralForms;
    static readonly string[] Adverbs = ["also ", "later ", "then ", "again ", "further ", "previously ", "repeatedly ", "however ", "has ", "had ", "have ",
        "aussi ", "ensuite ", "encore ", "alors ", "toutefois ", "cependant ", "pourtant ", "egalement ", "notamment ", "neanmoins ", "enfin ", "d'ailleurs ", "par ailleurs ", "a ", "avait ", "ont "];

    /// <summary>A subject pronoun right before <paramref name="pos"/>, possibly with one adverb between ("he also said").</summary>
    static bool PreviousIsPronoun(string folded, int pos)
    {
        var head = folded[Math.Max(0, pos - 40)..pos];
        for (int round = 0; round < 3; round++)
        {
            if (EndsWithPronoun(head)) return true;
            var a = Adverbs.FirstOrDefault(x => head.EndsWith(x, StringComparison.Ordinal));
            if (a == null) return false;
            head = head[..^a.Length];
        }
        return EndsWithPronoun(head);
    }

    /// <summary>
    /// Where the subject of a reporting verb ends when the verb is a second predicate joined by "and"/"et" to a sentence
    /// that opens with a pronoun (<see cref="Subjects.SecondPredicateSubject"/>): right after that pronoun; otherwise
    /// <paramref name="verb"/> itself.
    /// </summary>
    static int CoordinatedSubjectEnd(string folded, int sentence, int verb) =>
        Subjects.SecondPredicateSubject(folded, sentence, verb) is { } p ? p.End + 1 : verb;

    /// <summary>Whether a reporting verb's subject is an indefinite pronoun ("on juge que", "on estime que").</summary>
    static bool IndefiniteSubject(string folded, int sentence, PhraseMatch<ReportingVerb> v) =>
        Subjects.IndefiniteBefore(folded, sentence, v.Start, v.Value.Lang) >= 0;

    static string[] GroupPronouns => Subjects.GroupForms;

    /// <summary>"it said", "they said in a statement": a pronoun that can stand for an organisation.</summary>
    static bool PreviousIsGroupPronoun(string folded, int pos)
    {
        var head = folded[Math.Max(0, pos - 40)..pos];
        for (int round = 0; round < 3; round++)
        {
            if (EndsWithPronoun(head, GroupPronouns)) return true;
            var a = Adverbs.FirstOrDefault(x => head.EndsWith(x, StringComparison.Ordinal));
            if (a == null) return false;
            head = head[..^a.Length];
        }
        return EndsWithPronoun(head, GroupPronouns);
    }

    /// <summary>
    /// "The authority said it had given notice. The National Disaster Management Organisation disputed that. It said …": the
    /// last organisation (other than <paramref name="heard"/>) that opens a sentence as its subject — at its start or after
    /// "The" — between the last voice heard (<paramref name="since"/>) and the sentence at <paramref name="before"/>; "it"
    /// takes it up rather than the voice before it. English only; null when none.
    /// </summary>
    static (string Id, TextSpan Span)? OrganisationSubjectSince(Document doc, string text, IReadOnlyList<Sentence> sentences, int since, int before, string? heard)
    {
        (string Id, TextSpan Span)? found = null;
        foreach (var s in sentences)
        {
            if (s.Start < since || s.Start >= before) continue;
            int i = s.Start;
            while (i < s.End && char.IsWhiteSpace(text[i])) i++;
            if (string.CompareOrdinal(text, i, "The ", 0, 4) == 0) i += 4;
            foreach (var e in doc.Entities)
            {
                if (e.Type != EntityTypes.Organization) continue;
                foreach (var m in e.Mentions)
                    if (m.Start == i) found = e.Id == heard ? null : (e.Id, m.Span);
            }
        }
        return found;
    }

    /// <summary>The last voice when it is an organisation (an organisation entity, or unlinked words naming one).</summary>
    static (string? Id, TextSpan? Span)? GroupVoice(Document doc, Quote? voice)
    {
        if (voice == null) return null;
        if (voice.Speaker == null) return voice.SpeakerSpan is { } sp && !LooksLikePersonName(doc.Text, sp) ? (null, sp) : null;
        var e = doc.Entities.FirstOrDefault(x => x.Id == voice.Speaker);
        return e?.Type == EntityTypes.Organization ? (voice.Speaker, voice.SpeakerSpan) : null;
    }

    /// <summary>Two or three capitalised words and nothing else ("Marcelo Claure"): a person's name, not a group's.</summary>
    static bool LooksLikePersonName(string text, TextSpan span)
    {
        var words = text[span.Start..span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower));
    }

    static bool EndsWithPronoun(string head, string[]? pronouns = null)
    {
        foreach (var p in pronouns ?? SubjectPronouns)
            if (head.EndsWith(p, StringComparison.Ordinal) && (head.Length == p.Length || !TextFold.IsWordChar(head[^(p.Length + 1)]))) return true;
        return false;
    }

    static (string Id, TextSpan Span)? FirstEntityIn(Document doc, int from, int to, bool preferPerson)
    {
        // (a name after an interviewer phrase is not the speaker: "a confié l’attaquant au micro de DAZN")
        var ms = MentionsIn(doc, from, to).Where(m => m.Type is EntityTypes.Person or EntityTypes.Organization && !AfterAddresseePhrase(doc.Text, m.Span.Start))
            .OrderBy(m => m.Span.Start).ToList();
        if (ms.Count == 0) return null;
        // "le porte-parole du Kremlin Dmitri Peskov": the person, not the institution
        var person = preferPerson ? ms.FirstOrDefault(m => m.Type == EntityTypes.Person) : default;
        var pick = person.Id != null ? person : ms[0];
        return (pick.Id, pick.Span);
    }

    /// <summary>
    /// "Sonya A. Zoghlin, Carlineo’s attorney, told …", "Omar Lamrani, a senior analyst at Stratfor, told …": when the words
    /// before a verb end with an apposition set off by commas, the subject is the person named before it, not a name inside it.
    /// </summary>
    static (string Id, TextSpan Span)? AppositionHead(string text, IReadOnlyList<(string Id, string Type, TextSpan Span)> ms, int from, int to)
    {
        if (ms.Count < 2 || !text.AsSpan(from, to - from).TrimEnd().EndsWith(",")) return null;
        var head = ms.FirstOrDefault(m => m.Type == EntityTypes.Person && m.Span.End < to && text[m.Span.End] == ',');
        if (head.Id == null || !ms.Any(m => m.Span.Start > head.Span.End)) return null;
        int last = text.LastIndexOf(',', to - 1, to - head.Span.End);
        return last > head.Span.End && text.AsSpan(last + 1, to - last - 1).Trim().Length == 0 ? (head.Id, head.Span) : null;
    }

    static (string Id, TextSpan Span)? LastEntityIn(Document doc, int from, int to, bool preferPerson)
    {
        var ms = MentionsIn(doc, from, to).Where(m => m.Type is EntityTypes.Person or EntityTypes.Organization && !AfterAddresseePhrase(doc.Text, m.Span.Start))
            .OrderBy(m => m.Span.Start).ToList();
        if (ms.Count == 0) return null;
        // "Sonya A. Zoghlin, Carlineo’s attorney, told …", "Omar Lamrani, a senior analyst at Stratfor, told …": the subject is
        // the name before the apposition that ends right before the verb, not a name inside it
        if (preferPerson && AppositionHead(doc.Text, ms, from, to) is { } head) return head;
        if (preferPerson && doc.Language == "en" && AffiliationHead(doc.Text, ms, to) is { } affiliated) return affiliated;
        var person = preferPerson ? ms.LastOrDefault(m => m.Type == EntityTypes.Person) : default;
        var pick = person.Id != null ? person : ms[^1];
        return (pick.Id, pick.Span);
    }

    static readonly Lazy<string[]> AddresseePhrases = new(() => [.. DataFiles.ReadLines("Quotes/data/addressee-phrases.txt").Select(TextFold.Fold)]);
    static readonly string[] AddresseeArticles = ["", "l'", "le ", "la ", "les ", "the "];

    /// <summary>The folded text of the document being processed on this thread (TextFold keeps offsets).</summary>
    [ThreadStatic] static (string Text, string Folded) LastFolded;

    static string FoldedOf(string text)
    {
        if (!ReferenceEquals(LastFolded.Text, text)) LastFolded = (text, TextFold.Fold(text));
        return LastFolded.Folded;
    }

    /// <summary>Whether a name at <paramref name="start"/> follows a phrase naming who asked or carried the words ("interrogée par
    /// l’AFP", "speaking to Reuters"): it is not the speaker.</summary>
    internal static bool AfterAddresseePhrase(string text, int start)
    {
        var folded = FoldedOf(text).AsSpan(0, start).TrimEnd();
        foreach (var p in AddresseePhrases.Value)
            foreach (var a in AddresseeArticles)
            {
                var head = folded;
                if (a.Length > 0)
                {
                    var art = a.AsSpan().TrimEnd();
                    if (!head.EndsWith(art, StringComparison.Ordinal)) continue;
                    head = head[..^art.Length].TrimEnd();
                }
                if (head.EndsWith(p, StringComparison.Ordinal) && (head.Length == p.Length || !TextFold.IsWordChar(head[^(p.Length + 1)]))) return true;
            }
        return false;
    }

    static string? ChannelNear(string text, string folded, IReadOnlyList<Sentence> sentences, int open, int close)
    {
        int s = SentenceAt(sentences, open).Start, e = Math.Min(text.Length, SentenceAt(sentences, close).End);
        // a credit line after the quote counts too
        if (close + 2 < text.Length)
        {
            int lineEnd = text.IndexOf('\n', close + 2);
            if (lineEnd > 0 && lineEnd - close < 200) e = Math.Max(e, lineEnd);
        }
        var hit = Channels.Value.FindLongest(text, folded, s, Math.Min(e, text.Length)).FirstOrDefault(h => h.Start < open || h.Start > close);
        return hit.Value;
    }

    /// <summary>The index of the first verb starting at or after <paramref name="from"/> in verbs sorted by start.</summary>
    static int FirstVerbAt(List<PhraseMatch<ReportingVerb>> verbs, int from)
    {
        int lo = 0, hi = verbs.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (verbs[mid].Start < from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Reported speech: "selon X, …" / "…, selon X" / "according to X" and "X a déclaré que …" / "…, a déclaré X".
    /// The quote's span is the reported content (the clause), outside direct quotations.
    /// </summary>
    static IEnumerable<Quote> Indirect(Document doc, string text, string folded, List<PhraseMatch<ReportingVerb>> verbs, List<Quote> direct,
        Dictionary<int, Frames.Frame> frames)
    {
        var sentences = doc.Sentences.IsDefaultOrEmpty ? [new Sentence(0, text.Length)] : doc.Sentences;
        var voices = new List<Quote>(direct);
        // the reporting verbs are in text order (the matcher's order; ReportingVerbs.AddBareFormsAfterQuotations inserts in
        // it), so each sentence reads them from the first one at its start
        foreach (var s in sentences)
        {
            if (direct.Any(q => q.Start <= s.Start && s.End <= q.End)) continue;
            int lastEnd = s.Start; // one reported clause per stretch of sentence
            // a second reporting verb of the sentence that shares the subject of the clause before it
            (int Verb, (string Id, TextSpan Span)? Who, TextSpan? Named) shared = (-1, null, null);
            if (frames.TryGetValue(s.Start, out var frame))
            {
                // "Pour X, content." / "Du côté de X, on affirme que content."
                int fs = frame.ContentStart, fe = s.End;
                if (frame.Kind == "side")
                {
                    int k = ThatAfter(text, folded, frame.ContentStart, s.End);
                    if (k < 0) fs = -1;
                    else { fs = k; while (fs < s.End && TextFold.IsWordChar(text[fs])) fs++; if (fs < s.End && text[fs] is '\'' or '’') fs++; }
                }
                if (fs >= 0)
                {
                    while (fs < fe && (char.IsWhiteSpace(text[fs]) || text[fs] is ',' or ':')) fs++;
                    while (fe > fs && (char.IsWhiteSpace(text[fe - 1]) || text[fe - 1] is '.' or ',')) fe--;
                    if (fe - fs >= 10 && !direct.Any(q => (Math.Min(q.End, fe) - Math.Max(q.Start, fs)) * 10 >= (fe - fs) * 8))
                    {
                        var framed = new Quote { Start = fs, End = fe, Text = text[fs..fe], Speaker = frame.Speaker, SpeakerSpan = frame.Span, Direct = false };
                        voices.Add(framed);
                        yield return framed;
                    }
                    lastEnd = s.End;
                }
            }
            for (int vi = FirstVerbAt(verbs, s.Start); vi < verbs.Count && verbs[vi].Start <= s.End; vi++)
            {
                var v = verbs[vi];
                if (!(v.Start >= s.Start && v.End <= s.End && v.Value.Kind != "after")) continue;
                if (v.Start < lastEnd) continue;
                if (direct.Any(q => q.Start - 3 <= v.Start && v.End <= q.End + 4)) continue;
                if (IsPassive(folded, v.Start) || IsIdiom(text, folded, s, v)) continue;
                int cs, ce;
                (string Id, TextSpan Span)? who;
                TextSpan? named = null; // the words naming an unlinked speaker ("Russia's foreign ministry")
                int tailComma = TailSubjectComma(text, folded, s, v);
                // "In an interview, the boss said Biden had …": the comma closes a fronted phrase, and the verb has its clause
                // after it ("said" with no "that") — the words before the comma are no reported speech
                if (tailComma > 0 && v.Value.Lang == "en" && !MidSentenceAttribution(text, s, v) && TimeAfter(doc, text, v.End, s.End) is var clauseFrom
                    && NextLetterAt(text, clauseFrom, s.End) && SaysClause(text, folded, s, v, clauseFrom))
                    tailComma = -1;
                if (v.Value.Kind == "according")
                {
                    int comma = text.IndexOf(',', v.End, s.End - v.End);
                    int whoEnd = comma > 0 ? comma : s.End;
                    who = FirstEntityIn(doc, v.End, whoEnd, preferPerson: false);
                    // "Selon la diplomatie russe, …": after "selon"/"according to" the words always name the source
                    int srcFrom = SourceStart(text, folded, v.End, whoEnd);
                    if (srcFrom > v.End) who = FirstEntityIn(doc, srcFrom, whoEnd, preferPerson: false);
                    // "according to Insp. Ada Moss", "according to NASA scientist Jo Fell": a person named right after the
                    // organisation (a title the Entities stage took for one, an affiliation) is the source
                    if (v.Value.Lang == "en" && who is { } source && PersonRightAfter(doc, text, source, whoEnd) is { } person) who = person;
                    if (who == null) named = SubjectSpan(text, folded, srcFrom, Math.Min(whoEnd, srcFrom + 80), requireName: v.Value.Lang != "fr");
                    if (who == null && NextWordIsPronoun(folded, v.End)) who = PersonBefore(doc, v.Start, folded[..Math.Min(folded.Length, v.End + 6)]);   // "Selon elle, …"
                    // "according to the force", "according to the company": the organisation of that kind named before
                    if (who == null && v.Value.Lang == "en" && srcFrom == v.End && EndOfWords(text, v.End, whoEnd) is var srcEnd
                        && OrganizationSubject(text, folded, v.End, srcEnd) && OrganizationBefore(doc, v.Start, KindNoun(folded, v.End, srcEnd)) is { } described)
                    { who = described; named = null; }
                    // "Selon la procureure, Hélène Garnier, content": the name in apposition
                    if (comma > 0 && v.Start - s.Start < 3 && FirstEntityIn(doc, comma + 1, Math.Min(s.End, comma + 60), preferPerson: true) is { } appo
                        && text.AsSpan(comma + 1, appo.Span.Start - comma - 1).Trim().Length == 0 && appo.Span.End < s.End && text[appo.Span.End] == ',')
                    {
                        who = appo;
                        comma = appo.Span.End;
                    }
                    // "Selon le ministre-président sortant, Rudi Vervoort, content": the Entities stage read the role and the name
                    // as one mention, which runs over the first comma
                    if (comma > 0 && v.Start - s.Start < 3 && who == null && RoleAndNameOver(doc, text, comma, s.End) is { } roleAndName)
                    {
                        who = roleAndName;
                        comma = roleAndName.Span.End;
                    }
                    if (comma > 0 && v.Start - s.Start < 3) { cs = comma + 1; ce = s.End; }   // "Selon X, content."
                    else { cs = s.Start; ce = TrimBack(text, s.Start, v.Start); }               // "content, selon X."
                }
                else
                {
                    who = null; cs = ce = -1;
                    int asComma = AsClauseComma(folded, s, v);
                    if (asComma > 0)
                    {
                        // "As Emily Feng reports for NPR, content." / "Comme l’a indiqué le Kremlin, content."
                        who = LastEntityIn(doc, s.Start, v.Start, preferPerson: true) ?? FirstEntityIn(doc, v.End, asComma, preferPerson: true);
                        if (who == null) named = SubjectSpan(text, folded, s.Start + 3, v.Start) ?? SubjectSpan(text, folded, v.End, asComma);
                        cs = asComma + 1; ce = s.End;
                    }
                    // a participle ("…, saying B", "…, affirmant que B") has no inverted subject: its clause follows it
                    // (nor does a verb matched with its "que": "X, elle, juge que B" is "X juge que B")
                    else if (v.Start > s.Start && PreviousNonSpace(text, v.Start) == ',' && !IsTell(folded, v) && !IsParticiple(folded, v)
                        && !AppositiveSubject(text, folded, s, v) && !FrenchAppositiveSubject(doc, text, s, v) && AppositiveChain(doc, text, folded, s, v) == null && !EndsWithQue(folded, v))
                    {
                        // "content, a déclaré X." — needs an inverted subject; without one, "X, porte-parole, a réagi …"
                        // is an apposition before the verb, handled as "X said that …" below
                        who = FirstEntityIn(doc, v.End, Math.Min(s.End, v.End + 40), preferPerson: true);
                        // a longer description before the name, with no punctuation between
                        if (who == null && FirstEntityIn(doc, v.End, Math.Min(s.End, v.End + 90), preferPerson: true) is { } far
                            && !text.AsSpan(v.End, far.Span.Start - v.End).ContainsAny(",;:.«»“”\"")) who = far;
                        // French: an organisation described after the verb ("…, a annoncé dimanche la municipalité"), a statement's
                        // issuer ("…, indique un communiqué de la préfecture"), an inverted pronoun ("…, a-t-il précisé")
                        if (who == null && v.Value.Lang == "fr")
                        {
                            if (IssuerAfter(text, folded, doc, v.End, s.End) is { } issuer)
                            { if (issuer.Speaker != null) who = (issuer.Speaker, issuer.Span!.Value); else named = issuer.Span; }
                            else if (FrenchInvertedOrganisation(doc, text, folded, v.Start, v.End, s.End) is { } described)
                            { if (described.Id != null) who = (described.Id, described.Span); else named = described.Span; }
                            // (not an incise that the sentence goes on after: "Sa cliente, a-t-elle précisé, « se sent … »")
                            else if (HasInvertedPronoun(folded.AsSpan(v.Start, v.End - v.Start)) && text.IndexOf(',', v.End, s.End - v.End) < 0)
                                who = PersonBefore(doc, s.Start, folded[..v.End]);
                        }
                        if (who == null && named == null && (NextWordIsPronoun(folded, v.End) || NextIsDefiniteNoun(text, folded, v.End))) who = PersonBefore(doc, s.Start);
                        // an unlinked inverted subject: "…, said The We Company’s executive chair in an email"
                        if (who == null && v.Value.Lang == "en" && InvertedSubjectEnd(text, folded, v.End, s.End) is var ise && ise > 0)
                            named = TrailingName(text, v.End, ise) ?? SubjectSpan(text, folded, v.End, ise);
                        if (who != null || named != null) { cs = s.Start; ce = TrimBack(text, s.Start, v.Start); }
                    }
                    else if (tailComma > 0)
                    {
                        // "content, Austria's interior minister said on Tuesday." / "content, he said."
                        who = PreviousIsPronoun(folded, v.Start) ? PersonBefore(doc, s.Start, folded[..v.Start]) : LastEntityIn(doc, tailComma, v.Start, preferPerson: true);
                        // "Fee told the jury that A. The gold, he said, belonged …": a pronoun set off in the middle of the
                        // sentence goes on with the person of the paragraph's last report
                        if (PreviousIsPronoun(folded, v.Start) && MidSentenceAttribution(text, s, v) && IncisePronounVoice(doc, folded, voices, s.Start, v.Start) is { } voice)
                            who = voice;
                        if (who == null && (OrganizationSubject(text, folded, tailComma + 1, v.Start) || v.Value.Lang == "en" && BarePoliceSubject(text, folded, tailComma + 1, v.Start)))
                            who = OrganizationBefore(doc, v.Start, KindNoun(v.Value.Lang, folded, tailComma + 1, v.Start));
                        if (who == null) named = SubjectSpan(text, folded, tailComma + 1, v.Start);
                        cs = s.Start; ce = MidSentenceAttribution(text, s, v) ? s.End : tailComma;
                    }
                    if (cs < 0)
                    {
                        // "X a déclaré que content." / "X said that content." / "X told reporters the …"
                        int from = SkipObject(text, folded, v, s.End);
                        int k = ThatAfter(text, folded, from, s.End, objectFirst: IsTell(folded, v) || folded[v.Start..v.End] is "a dit a" or "a declare a");
                        // English drops "that": "Zelensky said the talks were useful."
                        if (k < 0 && v.Value.Lang == "en" && SaysClause(text, folded, s, v, from)) k = from;
                        // "Boeing said on Tuesday it would …": a time the Time stage found right after the verb, then the clause
                        if (k < 0 && v.Value.Lang == "en" && TimeAfter(doc, text, from, s.End) is var afterTime && afterTime > from
                            && SaysClause(text, folded, s, v, afterTime)) k = afterTime;
                        if (k < 0) continue;
                        while (k < s.End && TextFold.IsWordChar(text[k])) k++;
                        if (k < s.End && text[k] is '\'' or '’') k++;
                        // the subject: a pronoun right before the verb stands for the last person named; else the nearest name
                        int clauseStart = SubjectClauseStart(text, folded, s.Start, v.Start);
                        // a second predicate ("It did not reveal the location and said …") has the subject its sentence opens with
                        int subject = CoordinatedSubjectEnd(folded, s.Start, v.Start);
                        // (not a name inside a fronted phrase: "Speaking at Bute House on Monday, the 39-year-old said …")
                        int fronted = FrenchAttribution.FrontedPhraseEnd(doc, text, s.Start, v.Start);
                        who = PreviousIsPronoun(folded, subject) ? PersonBefore(doc, v.Start, folded)
                            : LastEntityIn(doc, clauseStart, v.Start, preferPerson: true) ?? LastEntityIn(doc, Math.Max(s.Start, fronted), v.Start, preferPerson: true);
                        // "Emily Bolton, the director of X, which …, said …", "At the mortuary, his father, Samson Cheruiyot, said …": the
                        // head of a chain of appositions before the verb, not a name inside one of them
                        if (v.Value.Lang == "en" && !PreviousIsPronoun(folded, subject) && AppositiveChain(doc, text, folded, s, v) is { } chained)
                            who = chained;
                        // "the Pittsburgh company’s boss said …", "The Liberal leader said …": a person described with a name
                        if (v.Value.Lang == "en" && !PreviousIsPronoun(folded, subject) && (who == null || who.Value.Span.Start > clauseStart && !IsPerson(doc, who.Value.Id))
                            && NamedDescriptionNoun(text, folded, clauseStart + (clauseStart > s.Start ? 1 : 0), v.Start) is { } noun && FittingPerson(doc, folded, noun, clauseStart) is { } fit)
                            who = fit;
                        // "La Coordination rurale, elle, juge que …": a stressed pronoun between commas takes up the subject before it
                        if (v.Value.Lang == "fr" && ResumedSubjectEnd(text, folded, s.Start, v.Start) is var resumed && resumed > 0)
                        {
                            // (a described organisation with no name of its own, "Le groupe, lui, …", is the one named before)
                            who = LastEntityIn(doc, s.Start, resumed, preferPerson: true);
                            if (who == null) named = SubjectSpan(text, folded, s.Start, resumed);
                            if (who == null && named == null && OrganizationSubject(text, folded, s.Start, resumed)) who = OrganizationBefore(doc, s.Start);
                        }
                        // "it said that …", "they said that …": the organisation last heard
                        if (PreviousIsGroupPronoun(folded, subject) && GroupVoice(doc, LastVoice(voices, v.Start)) is { } heard
                            && (v.Value.Lang == "en" && OrganisationSubjectSince(doc, text, sentences, LastVoice(voices, v.Start)!.End, s.Start, heard.Id) is { } since
                                ? ((string? Id, TextSpan? Span))(since.Id, since.Span) : heard) is var group)
                        {
                            who = group.Id != null ? (group.Id, group.Span!.Value) : null;
                            if (group.Id == null) named = group.Span;
                        }
                        // "Le chef de l’État a précisé que …": a described subject is the person the text is about
                        if (who == null && DefiniteSubject(text, folded, s.Start, v.Start)) who = PersonBefore(doc, v.Start);
                        // (after a fronted phrase: the person before the sentence, not one named inside the phrase)
                        if (who == null && fronted > 0 && DefiniteSubject(text, folded, fronted, v.Start)) who = PersonBefore(doc, s.Start);
                        // "…, a-t-elle précisé, ajoutant que …", "…, he said, adding that …": a participle shares the sentence's speaker
                        var verbWord = folded[v.Start..v.End];
                        if (who == null && (verbWord.EndsWith("ant") || verbWord.EndsWith("ing")) && PreviousNonSpace(text, v.Start) == ',')
                        {
                            // the sentence's named subject first ("Boudreau gave a talk, telling them …"), else the voice of the
                            // quotation it follows ("“…,” he said, adding that …")
                            var spoken = direct.LastOrDefault(q => q.Speaker != null && q.End <= v.Start && q.End >= s.Start - 2);
                            who = LastEntityIn(doc, s.Start, v.Start, preferPerson: true);
                            // "The US welcomed the exchange, saying …": a country that opens the sentence is its subject
                            if (who == null && MentionsIn(doc, s.Start, v.Start).Where(m => m.Type == EntityTypes.Location).OrderBy(m => m.Span.Start).FirstOrDefault() is { Id: not null } place
                                && place.Span.Start - s.Start <= 4 && !AnyUpper(text, s.Start + 1, place.Span.Start))
                                who = (place.Id, place.Span);
                            // "The parish council welcomed the ruling, saying …": an organisation noun opening the sentence
                            if (who == null && spoken == null && v.Value.Lang == "en" && OpeningOrganization(text, folded, s.Start, v.Start) is { } org)
                            {
                                if (SubjectSpan(text, folded, org.Start, org.End) is { } orgName) named = orgName;
                                else { who = OrganizationBefore(doc, s.Start); if (who == null) named = org; }
                            }
                            if (who == null && named == null && spoken != null) who = (spoken.Speaker!, spoken.SpeakerSpan ?? new TextSpan(spoken.Start, spoken.End));
                            if (named == null) who ??= PersonBefore(doc, v.Start, folded);
                        }
                        if (who == null && (OrganizationSubject(text, folded, clauseStart, v.Start) || v.Value.Lang == "en" && BarePoliceSubject(text, folded, clauseStart, v.Start)))
                        {
                            who = OrganizationNamedByNoun(doc, folded, clauseStart, v.Start) ?? OrganizationBefore(doc, v.Start, KindNoun(v.Value.Lang, folded, clauseStart, v.Start));
                            // "China’s foreign ministry called … The ministry said": an organisation named with the subject's noun
                            // since the one last named is the one meant
                            if (v.Value.Lang == "en" && NamedSinceWithNoun(text, folded, clauseStart, v.Start, who) is { } withNoun) { who = null; named = withNoun; }
                            // "The ministry said …" after "…, the interior ministry said": the unnamed voice heard with that noun
                            if (who == null && v.Value.Lang == "en" && VoiceWithNoun(folded, voices, v.Start, SubjectHead(folded, clauseStart, v.Start)) is { } same) named = same;
                            // "the company says …" after "X, Big Machine, says …": the organisation last heard
                            // (not when the subject names its own: "The Paris prosecutor’s office said")
                            else if (who == null && SubjectSpan(text, folded, clauseStart, v.Start) == null && LastVoice(voices, v.Start) is { Speaker: null, SpeakerSpan: { } voiced }) named = voiced;
                        }
                        if (who == null && named == null && DescribedBy(text, folded, clauseStart, v.Start, DocumentNouns.Value) && LastVoice(voices, v.Start) is { } issuer)
                        {
                            if (issuer.Speaker != null) who = (issuer.Speaker, issuer.SpeakerSpan ?? new TextSpan(issuer.Start, issuer.End));
                            else named = issuer.SpeakerSpan;
                        }
                        if (who == null && named == null && !PreviousIsPronoun(folded, v.Start))
                        {
                            named = SubjectSpan(text, folded, clauseStart, v.Start);
                            // "The group that owns her music, Big Machine, says": the name in apposition right before the verb
                            if (named == null && clauseStart > s.Start && text.AsSpan(clauseStart + 1, v.Start - clauseStart - 1).Trim().Length == 0
                                && text.LastIndexOfAny([',', ';', ':'], clauseStart - 1, clauseStart - s.Start) is var p0 && p0 > s.Start)
                                named = SubjectSpan(text, folded, p0, clauseStart);
                        }
                        // "Côté opposition, on juge que …": the indefinite "on" names no one (a frame before it is read elsewhere)
                        if (IndefiniteSubject(folded, s.Start, v)) { who = null; named = null; }
                        cs = k; ce = s.End;
                        // "X said A, but added B": the clause ends where a second report begins
                        var sentence = s;
                        var second = QuoteSpans.SecondReport(text, folded, verbs, k, s.End, direct, (v2, strict) =>
                            !IsPassive(folded, v2.Start) && (ThatAfter(text, folded, SkipObject(text, folded, v2, sentence.End), sentence.End) >= 0
                                || !strict && v2.Value.Lang == "en" && SaysClause(text, folded, sentence, v2, SkipObject(text, folded, v2, sentence.End))));
                        if (second.Boundary > 0)
                        {
                            ce = second.Boundary;
                            // "… and said B", "…, saying B": the second verb has the first one's subject
                            if (second.SameSubject) shared = (second.Verb, who, named);
                        }
                    }
                }
                // (a second predicate has no subject of its own: a name read inside the first clause is not one,
                // "X said Storm Kira was moving north, but warned that …")
                if (v.Start == shared.Verb && (who == null && named == null || v.Value.Lang == "en" && (shared.Who != null || shared.Named != null)))
                    (who, named) = (shared.Who, shared.Named);
                while (cs < ce && (char.IsWhiteSpace(text[cs]) || text[cs] is ',' or ':')) cs++;
                while (ce > cs && (char.IsWhiteSpace(text[ce - 1]) || text[ce - 1] is '.' or ',')) ce--;
                if (ce - cs < 10) continue;
                // the clause is itself (mostly) a direct quotation, not merely one with a partial quote inside
                if (direct.Any(q => (Math.Min(q.End, ce) - Math.Max(q.Start, cs)) * 10 >= (ce - cs) * 8)) continue;
                // "Selon TASS, Lavrov a déclaré que …": the attributed clause may hold another report
                lastEnd = v.Value.Kind == "according" ? v.End : Math.Max(v.End, ce);
                var reported = new Quote { Start = cs, End = ce, Text = text[cs..ce], Speaker = who?.Id, SpeakerSpan = who?.Span ?? named, Direct = false };
                voices.Add(reported);
                yield return reported;
            }
        }
    }


    /// <summary>
    /// "Her neighbour, Rebecca Lowry, said she …", "Lakshiwnder Singh, another deportee, said he had …", "Another resident,
    /// who asked not to be named, said the water …": the words set off by commas before an English verb that has a clause
    /// of its own are the subject and its apposition (or relative clause), not reported content — unless the words before
    /// the apposition already make a clause (more than five words).
    /// </summary>
    static bool AppositiveSubject(string text, string folded, Sentence s, PhraseMatch<ReportingVerb> v)
    {
        if (v.Value.Lang != "en" || v.Value.Kind != "verb") return false;
        int comma = text.LastIndexOf(',', v.Start - 1, v.Start - s.Start);
        if (comma <= s.Start) return false;
        int before = text.LastIndexOf(',', comma - 1, comma - s.Start);
        if (before <= s.Start) return false;
        var segment = folded[(before + 1)..comma].Trim();
        // a relative clause ("Andy Murray, who had won the Australian Open and the US Open earlier in the year, said he …")
        // is bounded by its commas and may be longer than an apposition
        bool relative = segment.Length > 0 && RelativeWords.Contains(segment.Split(' ')[0]);
        if (segment.Length == 0 || segment.Count(c => c == ' ') > (relative && v.Value.Lang == "en" ? 20 : 8) || text.AsSpan(before, comma - before).ContainsAny("“”\"«»;:")) return false;
        var head = folded[s.Start..before].Trim();
        if (head.Length == 0 || head.Count(c => c == ' ') > 4 || text.AsSpan(s.Start, before - s.Start).ContainsAny("“”\"«»;:")) return false;
        // the head is a name or a description ("Her neighbour", "Carlineo's attorney"), not the start of a clause
        if (!relative && HasAuxiliary(head)) return false;
        int from = SkipObject(text, folded, v, s.End);
        return ThatAfter(text, folded, from, s.End) >= 0 || SaysClause(text, folded, s, v, from, allowComma: true);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries =
        DataFiles.ReadLines("Quotes/data/auxiliaries-en.txt").Select(l => TextFold.Fold(l.Trim())).ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether one of the space-separated folded <paramref name="words"/> is an auxiliary (<c>auxiliaries-en.txt</c>).</summary>
    internal static bool HasAuxiliary(ReadOnlySpan<char> words)
    {
        foreach (var w in words.Split(' '))
            if (Auxiliaries.Contains(words[w])) return true;
        return false;
    }

    /// <summary>
    /// An English subject before a verb of saying that has a clause of its own, made of a short head and one to three
    /// segments set off by commas — appositions, ages, relative clauses, an apposition holding a relative clause — after an
    /// optional fronted phrase: "At a hospital in Cuttack, Sanjay Mallick, a 34-year-old labourer from West Bengal, said he
    /// …", "Emily Bolton, the director of the charity Appeal, which campaigned for …, said the …", "Hours later, the
    /// president and co-founder, Greg Brockman, said he …", "Dr Keiko Alvarez, a planetary scientist who is not part of the
    /// mission, said the …". Returns the speaker: a person whose name ends the head, else the first person named by a whole
    /// segment. Null when the words before the verb are no such subject: the head is longer than seven words or holds an
    /// auxiliary, a segment that is no relative clause holds one ("The bridge, which …, will close …, said X") or is too
    /// long for an apposition, quotation marks or other punctuation stand between, no person is named there, or a name
    /// right after the verb ends with the sentence or a comma ("…, said Ada Lunn, the county engineer"): an inversion.
    /// </summary>
    static (string Id, TextSpan Span)? AppositiveChain(Document doc, string text, string folded, Sentence s, PhraseMatch<ReportingVerb> v)
    {
        if (v.Value.Lang != "en" || v.Value.Kind != "verb" || v.Start <= s.Start) return null;
        int comma = v.Start - 1;
        while (comma > s.Start && char.IsWhiteSpace(text[comma])) comma--;
        if (comma <= s.Start || text[comma] != ',') return null;
        int from = s.Start;
        int fronted = FrenchAttribution.FrontedPhraseEnd(doc, text, s.Start, comma);
        if (fronted > s.Start && fronted < comma) from = fronted;
        if (text.AsSpan(from, comma - from).ContainsAny("“”\"«»;:()")) return null;
        var people = MentionsIn(doc, from, comma).Where(m => m.Type == EntityTypes.Person && !AfterAddresseePhrase(text, m.Span.Start)).ToList();
        // with no person named there, an organisation that is the whole head ("NASA, which paid Astrobotic $108 million to
        // carry its instruments, said …"), not one named inside a segment
        bool organisationHead = people.Count == 0;
        if (organisationHead) people = [.. MentionsIn(doc, from, comma).Where(m => m.Type == EntityTypes.Organization)];
        if (people.Count == 0) return null;
        int end = comma, segments = 0;
        (string Id, TextSpan Span)? segmentPerson = null;
        while (end > from)
        {
            int c = text.LastIndexOf(',', end - 1, end - from);
            if (c < from) break;
            if (++segments > 3) return null;
            int ss = c + 1, se = end;
            while (ss < se && char.IsWhiteSpace(text[ss])) ss++;
            while (se > ss && char.IsWhiteSpace(text[se - 1])) se--;
            if (se <= ss) return null;
            var seg = folded.AsSpan(ss, se - ss);
            int words = seg.Count(' ') + 1;
            // a relative clause, alone or after the apposition's noun ("the opposition politician who had challenged …")
            bool relative = false, auxiliary = false;
            foreach (var w in seg.Split(' '))
            {
                relative |= RelativeWordsLookup.Contains(seg[w]);
                auxiliary |= Auxiliaries.Contains(seg[w]);
            }
            if (words > (relative ? 21 : 9) || auxiliary && !relative) return null;
            foreach (var m in people)
                if (m.Span.Start == ss && m.Span.End == se) segmentPerson = (m.Id, m.Span);
            end = c;
        }
        if (segments == 0) return null;
        int hs = from, he = end;
        while (hs < he && char.IsWhiteSpace(text[hs])) hs++;
        while (he > hs && char.IsWhiteSpace(text[he - 1])) he--;
        if (he <= hs) return null;
        var head = folded[hs..he];
        if (head.Count(c => c == ' ') + 1 > 7 || HasAuxiliary(head)) return null;
        // "…, said Ada Lunn, the county engineer.": a name right after the verb that ends there is its inverted subject
        if (FirstEntityIn(doc, v.End, s.End, preferPerson: false) is { } next && text.AsSpan(v.End, next.Span.Start - v.End).Trim().Length == 0)
        {
            int k = next.Span.End;
            while (k < s.End && text[k] == ' ') k++;
            int ke = k;
            while (ke < s.End && TextFold.IsWordChar(folded[ke])) ke++;
            if (k >= s.End || text[k] is ',' or '.' or ';' || SubjectEnders.Contains(folded[k..ke])) return null;
        }
        int after = SkipObject(text, folded, v, s.End);
        if (ThatAfter(text, folded, after, s.End) < 0 && !SaysClause(text, folded, s, v, after, allowComma: true)) return null;
        foreach (var m in people)
            if (m.Span.End == he && (!organisationHead || m.Span.Start == hs)) return (m.Id, m.Span);
        return organisationHead ? null : segmentPerson;
    }

    /// <summary>
    /// "Le président du MR bruxellois, David Leisterh, a accusé le PS de …": in French the words before a verb of saying
    /// set off by a comma are its subject when they end with a person's name in apposition (a mention of a person that
    /// ends at that comma, after a head of at most eight words) — not reported content with an inverted subject after the
    /// verb ("…, a accusé le PS").
    /// </summary>
    static bool FrenchAppositiveSubject(Document doc, string text, Sentence s, PhraseMatch<ReportingVerb> v)
    {
        if (v.Value.Lang != "fr") return false;
        int comma = text.LastIndexOf(',', v.Start - 1, v.Start - s.Start);
        if (comma <= s.Start || text.AsSpan(comma + 1, v.Start - comma - 1).Trim().Length != 0) return false;
        int before = text.LastIndexOf(',', comma - 1, comma - s.Start);
        if (before <= s.Start) return false;
        int a = before + 1;
        while (a < comma && text[a] == ' ') a++;
        if (!doc.Entities.Any(e => e.Type == EntityTypes.Person && e.Mentions.Any(m => m.End == comma && m.Start <= a))) return false;
        var head = text.AsSpan(s.Start, before - s.Start).Trim();
        return head.Length > 0 && head.Count(' ') <= 8 && !head.ContainsAny("«»“”\";:");
    }

    /// <summary>
    /// A person's mention that runs over the comma at <paramref name="comma"/> and ends at the next one before
    /// <paramref name="limit"/> ("le ministre-président sortant, Rudi Vervoort,"), or null.
    /// </summary>
    static (string Id, TextSpan Span)? RoleAndNameOver(Document doc, string text, int comma, int limit)
    {
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityTypes.Person) continue;
            foreach (var m in e.Mentions)
                if (m.Start < comma && m.End > comma + 1 && m.End < limit && text[m.End] == ',') return (e.Id, m.Span);
        }
        return null;
    }

    /// <summary>
    /// "content, SUBJECT said [on Tuesday]." — the comma before a short subject (at most eight words, no punctuation)
    /// when the verb is followed only by a few words to the end of the sentence; or -1.
    /// </summary>
    static int TailSubjectComma(string text, string folded, Sentence s, PhraseMatch<ReportingVerb> v)
    {
        if (v.Value.Kind != "verb" || v.Start <= s.Start) return -1;
        int comma = text.LastIndexOf(',', v.Start - 1, v.Start - s.Start);
        // (a short opening is enough before an incise: "The gold, he said, belonged …", "Instead, the minister said, the …")
        if (comma <= s.Start + 1) return -1;
        var subject = text.AsSpan(comma + 1, v.Start - comma - 1).Trim();
        if (subject.Length == 0 || subject.ContainsAny(".;:«»“”\"") || subject.Count(' ') > 7) return -1;
        // "Another resident, who asked not to be named, said …": a relative clause, not a subject
        if (RelativeWords.Contains(TextFold.Fold(subject[..(subject.IndexOf(' ') is var sp && sp > 0 ? sp : subject.Length)].ToString()))) return -1;
        // "A big part of the reason, Hanley said, is …": an English attribution set off by commas in the middle of the sentence
        if (MidSentenceAttribution(text, s, v)) return comma;
        if (comma <= s.Start + 10) return -1;
        int restEnd = folded.IndexOf(',', v.End, s.End - v.End) is var rc && rc > v.End ? rc : s.End;
        var rest = folded[v.End..restEnd].TrimEnd('.', ' ', '!', '?', '»', '”', '"').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // only adverbials may follow the verb ("said on Tuesday", "said in a statement"), not an object ("a annoncé une hausse")
        if (rest.Length > 5 || rest.Any(w => w is "that" or "que" or "qu" || w.Contains(',')) || (rest.Length > 0 && Determiners.Contains(rest[0]))) return -1;
        return comma;
    }

    /// <summary>
    /// "A big part of the reason, Hanley said, is the cargo.": an English verb of saying right before a comma, with the
    /// sentence going on after it — the subject and verb are set off in the middle of the reported sentence.
    /// </summary>
    static bool MidSentenceAttribution(string text, Sentence s, PhraseMatch<ReportingVerb> v)
    {
        if (v.Value.Lang != "en" || v.End >= s.End || text[v.End] != ',') return false;
        int next = v.End + 1;
        while (next < s.End && char.IsWhiteSpace(text[next])) next++;
        // the sentence goes on with words, not a quotation ("Hanley said, “…”") or its end
        return next < s.End - 10 && char.IsLower(text[next]);
    }

    /// <summary>
    /// For a pronoun incise ("The gold, he said, belonged …"): the speaker of the last voice before the sentence when it is in
    /// the same paragraph, a person the pronoun's gender fits; or null.
    /// </summary>
    static (string Id, TextSpan Span)? IncisePronounVoice(Document doc, string folded, List<Quote> voices, int sentStart, int verbStart)
    {
        if (LastVoice(voices, sentStart) is not { Speaker: { } id, SpeakerSpan: { } span } last || !SameBlock(doc, last.Start, sentStart)) return null;
        int p = verbStart - 1;
        while (p > sentStart && folded[p] == ' ') p--;
        string? gender = p >= 2 && folded[p - 2] == 's' && folded[p - 1] == 'h' && folded[p] == 'e' ? "f" : p >= 1 && folded[p - 1] == 'h' && folded[p] == 'e' ? "m" : null;
        foreach (var e in doc.Entities)
            if (e.Id == id) return e.Type == EntityTypes.Person && OfGender(e, gender) ? (id, span) : null;
        return null;
    }

    /// <summary>A present participle of saying: "saying", "adding", "affirmant", "ajoutant".</summary>
    static bool IsParticiple(string folded, PhraseMatch<ReportingVerb> v) =>
        v.End - v.Start > 5 && folded.AsSpan(v.Start, v.End - v.Start) is var w && w.IndexOf(' ') < 0
        && (v.Value.Lang == "en" ? w.EndsWith("ing") : w.EndsWith("ant"));

    /// <summary>An inverted subject pronoun in the verb: "a-t-il ajouté", "dit-elle".</summary>
    static bool HasInvertedPronoun(ReadOnlySpan<char> verb) =>
        verb.Contains("-t-il", StringComparison.Ordinal) || verb.Contains("-t-elle", StringComparison.Ordinal) || verb.EndsWith("-il") || verb.EndsWith("-elle");

    internal static readonly HashSet<string> Determiners = ["un", "une", "des", "le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "the", "a", "an", "his", "her", "its", "their", "this", "these", "those"];

    /// <summary>Whether the subject of a clause (the text before its verb) is a described person: "Le chef de l’État", "The official".</summary>
    static bool DefiniteSubject(string text, string folded, int clauseStart, int verbStart)
    {
        int i = clauseStart;
        while (i < verbStart && !char.IsLetter(text[i])) i++;
        var head = folded[i..verbStart].TrimStart();
        foreach (var d in new[] { "l'", "le ", "la ", "the " })
            if (head.StartsWith(d, StringComparison.Ordinal) && head.Length > d.Length && (char.IsLower(text[i + d.Length]) || char.IsDigit(text[i + d.Length])) && head.Split(' ').Length <= 8)
            {
                // only nouns for people ("le chef de l’État", "the senator"), not institutions ("la direction")
                var noun = head[d.Length..].Split(' ', '-')[0];
                // "the 56-year-old", "the 34-year-old mother": an age describes a person
                if (head[d.Length..].Split(' ')[0] is var first && first.EndsWith("-year-old", StringComparison.Ordinal) && char.IsDigit(first[0])) return true;
                return PersonNouns.Value.Contains(noun);
            }
        return false;
    }

    /// <summary>Whether the subject before the verb is a described organisation: "The company", "la direction", "the brokerage".</summary>
    static bool OrganizationSubject(string text, string folded, int clauseStart, int verbStart)
    {
        int i = clauseStart;
        while (i < verbStart && !char.IsLetter(text[i])) i++;
        var head = StripLeading(folded[i..verbStart].Trim());
        // "The company, which is expected to …, confirmed": the subject ends at the relative clause
        if (head.IndexOf(',') is var hc && hc > 0) head = head[..hc];
        foreach (var d in new[] { "l'", "le ", "la ", "the ", "les " })
            if (head.StartsWith(d, StringComparison.Ordinal) && head.Split(' ').Length <= 4)
            {
                var words = head[d.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return words.Length > 0 && OrganizationNouns.Value.Contains(words[^1]) || words.Length > 0 && OrganizationNouns.Value.Contains(words[0]);
            }
        // "a company spokesperson", "a club spokeswoman": an unnamed voice of the organisation of that kind named before
        if (head.StartsWith("a ", StringComparison.Ordinal) || head.StartsWith("an ", StringComparison.Ordinal))
        {
            var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 3 && OrganizationNouns.Value.Contains(words[1]) && VoiceNouns.Value.Contains(words[2]);
        }
        return false;
    }

    /// <summary>
    /// An English sentence that opens with a described organisation ("The parish council", "The company", "The
    /// county's health department") followed by its verb: the words up to the organisation noun, or null.
    /// </summary>
    static TextSpan? OpeningOrganization(string text, string folded, int sentStart, int limit)
    {
        int i = sentStart;
        while (i < limit && !char.IsLetter(text[i])) i++;
        int start = i, n = 0;
        while (i < limit && n < 5)
        {
            int w = i;
            while (i < limit && (TextFold.IsWordChar(folded[i]) || folded[i] is '\'' or '-')) i++;
            if (i == w) return null;
            var word = folded[w..i];
            if (n == 0 && word != "the") return null;
            if (n > 0 && OrganizationNouns.Value.Contains(word))
            {
                // the noun is the head: the next word is not another noun of the name ("The council tax")
                int k = i;
                while (k < limit && text[k] == ' ') k++;
                if (k < limit && char.IsLower(text[k])) return new TextSpan(start, i);
                return null;
            }
            n++;
            while (i < limit && text[i] == ' ') i++;
        }
        return null;
    }

    static readonly HashSet<string> Leading = ["but", "and", "so", "mais", "et", "donc", "however", "meanwhile", "though", "although", "whereas"];

    /// <summary>"but the company" → "the company".</summary>
    static string StripLeading(string head)
    {
        int sp = head.IndexOf(' ');
        return sp > 0 && Leading.Contains(head[..sp].TrimEnd(',')) ? head[(sp + 1)..].TrimStart(' ', ',') : head;
    }
    static readonly HashSet<string> TrailingWords = ["a", "avait", "ont", "avaient", "est", "sont", "has", "had", "have", "also", "already", "auparavant", "aussi",
        "deja", "egalement", "ensuite", "then", "later", "further", "previously", "toutefois", "pourtant", "encore", "alors", "de", "son", "cote"];

    /// <summary>
    /// The words of a subject that no entity covers ("Russia's foreign ministry", "a WeWork spokesperson"): at most
    /// seven words with a letter, not a pronoun, not starting with a relative or subordinating word; or null.
    /// </summary>
    static TextSpan? SubjectSpan(string text, string folded, int from, int to, bool requireName = true)
    {
        if (to <= from) return null;
        int s = from, e = to;
        while (s < e && !char.IsLetterOrDigit(text[s])) s++;
        while (e > s && !char.IsLetterOrDigit(text[e - 1])) e--;
        if (e <= s) return null;
        var words = folded[s..e].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        while (words.Length > 1 && Leading.Contains(words[0])) { s = folded.IndexOf(' ', s) + 1; words = words[1..]; }
        // auxiliaries and adverbs between the subject and its verb: "La présidente de la Commission avait auparavant"
        while (words.Length > 1 && TrailingWords.Contains(words[^1])) { e = folded.LastIndexOf(' ', e - 1); words = words[..^1]; while (e > s && folded[e - 1] == ' ') e--; }
        if (text.AsSpan(s, e - s).ContainsAny("«»“”\"")) return null;
        // a subject starts with a capital or a determiner ("called Omar a …" is a clause, not a subject);
        // a possessive ("son bureau") points back to someone and is left unattributed
        // an elided article counts as one: "selon l’Insee", "d’après l’AFP"
        bool elided = words[0].Length > 2 && words[0][1] == '\'' && words[0][0] is 'l' or 'd' && (char.IsUpper(text[s + 2]) || !requireName);
        if (!char.IsUpper(text[s]) && !Determiners.Contains(words[0]) && !elided) return null;
        if (words[0] is "son" or "sa" or "ses" or "leur" or "leurs" or "his" or "her" or "its" or "their") return null;
        if (words.Length == 0 || words.Length > 7) return null;
        if (words.Length == 1 && (Subjects.Referring.ContainsKey(words[0]) || Subjects.IsIndefinite(words[0], null) || words[0] is "this" or "that" or "ce" or "cela" or "who" or "which" or "qui")) return null;
        if (words[0] is "who" or "which" or "that" or "qui" or "que" or "when" or "if" or "si" or "as" or "because" or "after" or "before") return null;
        // "the Spaniard", "the 24-year-old Serb": a people's name as a noun describes a person named before (coreference)
        if (words[0] == "the" && SpeakerCoref.EnglishDemonymNouns.Value.Contains(words[^1])) return null;
        // a name must be in it ("Russia’s foreign ministry", "a WeWork spokesperson"); a bare description ("the company")
        // points back to someone named earlier and is left unattributed rather than guessed
        // a capitalised word that is not a sentence-initial determiner: "Russia's foreign ministry", "The French
        // foreign ministry", but not "The company"
        bool proper = false;
        for (int i = s; i < e && !proper; i++)
        {
            if (!char.IsUpper(text[i]) || i > s && text[i - 1] is not (' ' or '-' or '\'' or '’')) continue;
            int we = i;
            while (we < e && (char.IsLetter(text[we]) || text[we] is '\'' or '’')) we++;
            var word = folded[i..we];
            // a title's capitals after "the" are no name: "The outgoing Prime Minister", "The Premier"
            if (words[0] == "the" && SpeakerCoref.IsTitleWord(word)) continue;
            if (!Determiners.Contains(word) && !Leading.Contains(word) && word is not ("a" or "an" or "the")) proper = true;
        }
        // "the regional fire service", "the interior ministry": a determiner, a modifier and an organisation noun describe one
        bool describedOrganization = words.Length is >= 3 and <= 5 && words[0] is "the" or "le" or "la" && OrganizationNouns.Value.Contains(words[^1]);
        return proper || !requireName || describedOrganization ? new TextSpan(s, e) : null;
    }

    /// <summary>The organisation last named before <paramref name="pos"/>: what "the company" stands for.</summary>
    static (string Id, TextSpan Span)? OrganizationBefore(Document doc, int pos, string? kindNoun = null)
    {
        // an organisation of the kind the describing noun names, when one was named ("the airline": not "Dorset Police")
        if (kindNoun != null && OrganizationBefore(doc, pos, e => FitsKind(doc, e, kindNoun)) is { } fitting) return fitting;
        return OrganizationBefore(doc, pos, _ => true);
    }

    static (string Id, TextSpan Span)? OrganizationBefore(Document doc, int pos, Func<Entity, bool> fits)
    {
        (string Id, TextSpan Span)? best = null, subject = null;
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityTypes.Organization || !fits(e)) continue;
            foreach (var m in e.Mentions)
            {
                // a credit in parentheses ("(Reuters) —") names the reporter, not the organisation the text is about
                if (m.Start > 0 && doc.Text[m.Start - 1] == '(' && m.End < doc.Text.Length && doc.Text[m.End] == ')') continue;
                if (m.End > pos || AfterAddresseePhrase(doc.Text, m.Start)) continue;
                if (best == null || m.Start > best.Value.Span.Start) best = (e.Id, m.Span);
                if (pos - m.Start <= SpeakerCoref.MaxDistance && OpensSentence(doc, m.Start) && (subject == null || m.Start > subject.Value.Span.Start)) subject = (e.Id, m.Span);
            }
        }
        // "Boeing said … after a panel blew out during an Alaska Airlines flight. “…,” the company said": the organisation
        // that was last the subject of a sentence, before one merely named since
        return subject ?? best;
    }

    /// <summary>Whether a mention is its sentence's subject: at most three words ("Le constructeur", "The") before it.</summary>
    static bool OpensSentence(Document doc, int start)
    {
        if (doc.Sentences.IsDefaultOrEmpty) return false;
        var sent = SentenceAt(doc.Sentences, start);
        var head = doc.Text.AsSpan(sent.Start, start - sent.Start);
        if (head.ContainsAny(",;:«“\"")) return false;
        int words = 0;
        foreach (var c in head) if (c == ' ') words++;
        return words <= 3;
    }

    /// <summary>
    /// Whom "he", "elle", "the official" before <paramref name="pos"/> stands for: the most recent person who was the
    /// subject of a sentence (its first person), else the last person named; a pronoun's gender rules out people the
    /// knowledge base knows to be of the other gender, and unknown people whose given name is of the other gender.
    /// </summary>
    static (string Id, TextSpan Span)? PersonBefore(Document doc, int pos, string? folded = null)
    {
        string? gender = null;
        if (folded != null)
        {
            // the pronoun is at the end of the words given (a caller may cut them right after it: "she said" before a
            // sentence start pos), else right before pos
            int end = folded.Length < doc.Text.Length && folded.Length > pos ? folded.Length : pos;
            var head = folded[Math.Max(0, end - 40)..end];
            int she = Math.Max(head.LastIndexOf("she ", StringComparison.Ordinal), head.LastIndexOf("elle", StringComparison.Ordinal));
            int he = Math.Max(head.LastIndexOf("he ", StringComparison.Ordinal) is var h && h >= 0 && (h == 0 || head[h - 1] == ' ') ? h : -1, head.LastIndexOf("il ", StringComparison.Ordinal));
            gender = she > he ? "f" : he > she ? "m" : null;
        }
        var sentences = doc.Sentences;
        (string Id, TextSpan Span)? subject = null, last = null;
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityTypes.Person || !OfGender(e, gender)) continue;
            foreach (var m in e.Mentions)
            {
                if (m.End > pos || AfterAddresseePhrase(doc.Text, m.Start)) continue;
                if (last == null || m.Start > last.Value.Span.Start) last = (e.Id, m.Span);
                if (subject != null && m.Start <= subject.Value.Span.Start) continue;
                var sent = sentences.IsDefaultOrEmpty ? null : SentenceAt(sentences, m.Start);
                bool first = sent == null || !doc.Entities.Any(o => o.Type == EntityTypes.Person && o.Mentions.Any(x => x.Start >= sent.Start && x.Start < m.Start));
                // a name inside a quotation is in the speaker's words, not the subject of the writer's sentence
                // ("“… former President Mahama has won …,” Dr Bawumia said. He said he had called …": "He" is Bawumia)
                if (first && !InsideQuotation(doc.Text, m.Start) && !EntityStage.AfterKinshipNoun(doc.Text, m.Start)) subject = (e.Id, m.Span);
                // the second of two coordinated subjects when the pronoun's gender rules out the first ("Karen Delgado and
                // her husband, Luis, rode out the storm. … He said …")
                else if (!first && sent != null && gender != null && CoordinatedWithFirstPerson(doc, sent, m.Start) is { } firstPerson
                         && !OfGender(firstPerson, gender)) subject = (e.Id, m.Span);
            }
        }
        return subject ?? last;
    }

    /// <summary>Whether <paramref name="e"/> may be what a pronoun of <paramref name="gender"/> ("m", "f", or null: any) stands
    /// for: by the knowledge base's gender, else by the gender of the given name that opens the name.</summary>
    static bool OfGender(Entity e, string? gender)
    {
        if (gender == null) return true;
        if (e.Kb != null) return KnowledgeBase.Default.GetByQid(e.Kb)?.Gender is not { } g || g == gender;
        // a person the KB does not know, by the gender of their given name ("her father, Gérard" is no "she")
        return SpeakerCoref.NameGender(e) is var ng && (ng == '-' || ng == gender[0]);
    }

    /// <summary>
    /// The person who opens <paramref name="sent"/> when the person mention at <paramref name="start"/> is joined to that
    /// first mention by a coordinator and at most three words ("Karen Delgado and her husband, Luis", "Ana et son frère,
    /// Tiago"), with no other punctuation than a comma between; else null.
    /// </summary>
    static Entity? CoordinatedWithFirstPerson(Document doc, Sentence sent, int start)
    {
        Entity? firstEntity = null; int firstStart = int.MaxValue, firstEnd = -1;
        foreach (var o in doc.Entities)
        {
            if (o.Type != EntityTypes.Person) continue;
            foreach (var x in o.Mentions)
                if (x.Start >= sent.Start && x.Start < firstStart) { firstEntity = o; firstStart = x.Start; firstEnd = x.End; }
        }
        if (firstEntity == null || firstEnd > start) return null;
        var text = doc.Text.AsSpan(firstEnd, start - firstEnd).Trim();
        int sp = text.IndexOf(' ');
        if (sp <= 0 || !Subjects.IsCoordinator(TextFold.Fold(text[..sp].ToString()))) return null;
        var rest = text[(sp + 1)..];
        if (rest.Count(' ') > 3 || rest.ContainsAny(".;:()«»“”\"")) return null;
        // the first person is not named again between them, nor is anyone else
        foreach (var o in doc.Entities)
            foreach (var x in o.Mentions)
                if (x.Start > firstStart && x.Start < start && o.Type == EntityTypes.Person) return null;
        return firstEntity;
    }

    /// <summary>Whether <paramref name="pos"/> lies inside a quotation opened in its paragraph: the last typographic mark
    /// before it in the paragraph opens one (“ «), or an odd number of straight double quotes stand before it.</summary>
    static bool InsideQuotation(string text, int pos)
    {
        int straight = 0;
        for (int i = pos - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c == '\n') break;
            if (c is '“' or '«') return true;
            if (c is '”' or '»') return false;
            if (c == '"') straight++;
        }
        return straight % 2 == 1;
    }

    static readonly HashSet<string> NotAClause = ["in", "on", "at", "to", "during", "after", "before", "when", "so", "nothing", "yes", "no", "that", "while", "as", "of", "last", "about", "for", "with", "by", "from", "goodbye", "hello", "thanks"];

    static readonly HashSet<string> ClauseStoppers = ["il", "elle", "ils", "elles", "on", "nous", "vous", "je", "he", "she", "they", "we", "i", "you", "it",
        "le", "la", "les", "un", "une", "des", "the", "a", "an", "his", "her", "their", "its", "son", "sa", "ses", "leur"];

    /// <summary>
    /// The start of the clause after "que"/"that" when it follows the verb directly or after up to three words that are
    /// not a subject or a determiner ("a affirmé jeudi que", "said on Tuesday that"); or -1.
    /// </summary>
    static readonly HashSet<string> Prepositions = ["in", "on", "at", "to", "during", "after", "before", "with", "by", "from", "via", "through",
        "dans", "lors", "au", "aux", "devant", "en", "pendant", "apres", "avant", "sur", "par", "selon"];
    static readonly HashSet<string> ClauseOpeners = ["this", "the", "these", "those", "his", "her", "their", "its"];
    static readonly HashSet<string> SubjectWords = ["il", "elle", "ils", "elles", "on", "nous", "vous", "je", "he", "she", "they", "we", "i", "you", "it"];

    /// <summary>The end of a date or time expression (found by the Time stage) that starts right after <paramref name="from"/>,
    /// with its preposition ("on Tuesday", "late Monday", "last week"); else <paramref name="from"/>.</summary>
    static int TimeAfter(Document doc, string text, int from, int sentEnd)
    {
        int i = from;
        while (i < sentEnd && text[i] == ' ') i++;
        foreach (var t in doc.Times)
        {
            if (t.Kind is not ("date" or "time") || t.End > sentEnd || t.Start < i) continue;
            var gap = text.AsSpan(i, t.Start - i).Trim();
            if (gap.Length == 0 || gap is "on" or "late" or "early" or "earlier" or "later" or "on late" or "on early") return t.End;
        }
        return from;
    }

    static int ThatAfter(string text, string folded, int from, int sentEnd, bool objectFirst = false)
    {
        // adverbials between the verb and "that"/"que": up to three words, or up to eight when they make a prepositional
        // phrase or an object ("said in an interview that", "tells the paper that"); a subject pronoun means a clause began
        // a lexicon phrase that ends with "que" ("juge que": the bare verb is also a noun, "le juge")
        if (from >= 4 && folded[from - 4] == ' ' && string.CompareOrdinal(folded, from - 3, "que", 0, 3) == 0) return from - 1;
        int i = from, words = 0, limit = 3;
        bool phrase = objectFirst, prepositional = false;
        string? previous = null;
        while (i < sentEnd && words <= limit)
        {
            while (i < sentEnd && folded[i] == ' ') i++;
            int w = i;
            while (i < sentEnd && (TextFold.IsWordChar(folded[i]) || folded[i] is '\'' or '-')) i++;
            if (i == w) return -1; // punctuation
            var word = folded[w..i];
            if (word is "que" or "qu'" or "that" || word.StartsWith("qu'", StringComparison.Ordinal)) return word == "that" ? i : w + 2;
            // a preposition right after the verb opens a phrase ("said on Sunday that": English "on" is not the French pronoun)
            if (words == 0 && (Prepositions.Contains(word) || text[w] == 'à' && i - w == 1)) { phrase = prepositional = true; limit = 8; words++; previous = word; continue; }
            if (phrase) limit = 8;
            // "said in the release this case demonstrates …": after a prepositional phrase's noun, a determiner opens the
            // reported clause itself ("that" dropped)
            if (prepositional && words >= 2 && ClauseOpeners.Contains(word) && previous != null && !Determiners.Contains(previous)
                && !Prepositions.Contains(previous) && previous is not ("of" or "for" or "about" or "over" or "de" or "du" or "des" or "with"))
                return w - 1;   // (the space before it: the caller skips the rest of the word it is given)
            // inside an opened prepositional phrase, "on" is the English preposition again ("said in an update on X that",
            // "wrote in a post on Facebook that"), not the French subject pronoun
            bool onInPhrase = word == "on" && prepositional && words >= 2 && !Determiners.Contains(previous!);
            previous = word;
            if (!onInPhrase && SubjectWords.Contains(word) || !phrase && ClauseStoppers.Contains(word)) return -1;
            words++;
        }
        return -1;
    }

    /// <summary>After "told"/"a dit à", the addressee: a name, "reporters", a pronoun ("told Polygraph.info the …").</summary>
    static int SkipObject(string text, string folded, PhraseMatch<ReportingVerb> v, int sentEnd)
    {
        var verb = folded[v.Start..v.End];
        // "told the BBC he …", "tells the Guardian she …": a lexicon verb that ends with the addressee's article
        if (verb is "told the" or "tells the") return DescribedAddressee(text, folded, v.End, sentEnd, 1) is var da && da > 0 ? da : v.End;
        if (verb is not ("told" or "tells")) return v.End;
        int i = v.End;
        while (i < sentEnd && text[i] == ' ') i++;
        foreach (var o in new[] { "reporters", "journalists", "him", "her", "them", "us", "me", "the press", "lawmakers" })
            if (string.CompareOrdinal(folded, i, o, 0, o.Length) == 0 && (i + o.Length >= sentEnd || !TextFold.IsWordChar(folded[i + o.Length]))) return i + o.Length;
        // a capitalised name of up to four words (with dots: "Polygraph.info", "CNN")
        int words = 0, end = i;
        while (end < sentEnd && char.IsUpper(text[end]) && words < 4)
        {
            while (end < sentEnd && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-' or '\'' or '’') && !(text[end] == '.' && (end + 1 >= sentEnd || text[end + 1] == ' '))) end++;
            words++;
            if (end < sentEnd && text[end] == ' ' && end + 1 < sentEnd && char.IsUpper(text[end + 1])) end++;
            else break;
        }
        if (words > 0) return end;
        // a described addressee: "told police he …", "told the committee he …", "told a few thousand teachers who … that"
        return DescribedAddressee(text, folded, i, sentEnd, 0) is var described && described > 0 ? described : v.End;
    }

    /// <summary>
    /// The end of a described addressee of up to six words ("police", "the committee", "[the] BBC") before a subject
    /// pronoun, "that" or "who": the space before that word (the caller skips the word it is given), or -1.
    /// </summary>
    static int DescribedAddressee(string text, string folded, int from, int sentEnd, int n)
    {
        int j = from;
        while (j < sentEnd && text[j] == ' ') j++;
        int limit = n + 6;
        while (j < sentEnd && n < limit)
        {
            int w = j;
            while (j < sentEnd && TextFold.IsWordChar(folded[j])) j++;
            if (j == w) break;
            var word = folded[w..j];
            if (n > 0 && (SubjectWords.Contains(word) || word is "that" or "who")) return w - 1;
            if (n == 0 && !char.IsLower(text[w])) break;
            n++;
            while (j < sentEnd && text[j] == ' ') j++;
        }
        return -1;
    }

    /// <summary>"X said|says &lt;clause&gt;": a clause of three words or more right after the verb (or its addressee).</summary>
    static bool SaysClause(string text, string folded, Sentence s, PhraseMatch<ReportingVerb> v, int from, bool allowComma = false)
    {
        bool tellWithObject = IsTell(folded, v) && folded[v.Start..v.End] is not ("told" or "tells");   // "told the committee"
        if (!tellWithObject && folded[v.Start..v.End] is not ("said" or "says" or "told" or "tells" or "added" or "adds" or "pointed out" or "points out" or "explained" or "stressed" or "reported" or "reiterated" or "reiterates" or "telling" or "argued" or "argues" or "claimed" or "claims" or "insisted" or "insists" or "noted" or "warned" or "acknowledged" or "believes" or "thinks" or "saying" or "adding" or "noting" or "arguing" or "warning" or "insisting" or "explaining" or "stating" or "confirmed" or "announced")) return false;
        if (v.Start == s.Start) return false;
        // "”, said Sowers, who …" is the attribution of a direct quotation, not "X said <clause>"
        int pc = v.Start - 1;
        while (pc > s.Start && char.IsWhiteSpace(text[pc])) pc--;
        if (text[pc] is '”' or '"' or '»' || text[pc] == ',' && pc > s.Start && text[pc - 1] is '”' or '"' or '»') return false;
        if (text[pc] == ',' && pc + 1 < text.Length && PreviousNonSpace(text, pc) is '”' or '"' or '»') return false;
        if (from == v.End && folded[v.Start..v.End] is "told" or "tells") return false; // "told" needs its addressee
        var rest = folded[from..s.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Meanwhile, Doctor says, they're trying …": an inserted attribution before the clause
        var after = text[from..s.End].TrimStart();
        // "said no" is an answer, "said no chemicals were stored" a clause
        bool answer = rest.Length > 0 && rest[0] is "no" or "yes" && (rest.Length < 3 || rest[0] != rest[0].TrimEnd(',', '.') || rest[1] is "to" or "comment");
        bool notClause = rest.Length > 0 && NotAClause.Contains(rest[0].TrimEnd(',', '.')) && rest[0].TrimEnd(',', '.') is not ("no" or "yes")
            && !(rest.Length > 2 && rest[0] is "at" && rest[1] is "least" or "most") && !(rest.Length > 2 && rest[0] is "about" && char.IsDigit(rest[1][0]));
        // "said he disagreed": a subject pronoun and a verb make a clause of two words
        bool pronounClause = rest.Length == 2 && rest[0] is "he" or "she" or "they" or "we" or "i" && !rest[1].EndsWith(',');
        return (rest.Length >= 3 || pronounClause) && !notClause && !answer
            && (!after.StartsWith(',') || v.Start > s.Start + 2 && (allowComma || PreviousNonSpace(text, v.Start) != ',') && IsWordBefore(text, v.Start));
    }

    static readonly HashSet<string> SubjectEnders = ["in", "on", "at", "during", "after", "before", "when", "while", "who", "which", "to", "via", "through", "from", "last", "this", "yesterday", "today"];

    /// <summary>
    /// "content, said The We Company’s chair [in an email]." — the end of a capitalised subject right after an inverted
    /// verb, up to a preposition or punctuation; -1 when the verb is not followed by one.
    /// </summary>
    static int InvertedSubjectEnd(string text, string folded, int from, int sentEnd)
    {
        int i = from;
        while (i < sentEnd && text[i] == ' ') i++;
        if (i >= sentEnd || !char.IsUpper(text[i]) || text[i] == 'I' && (i + 1 >= sentEnd || !char.IsLetter(text[i + 1]))) return -1;
        int end = i, words = 0;
        while (end < sentEnd && words < 12)
        {
            int w = end;
            while (end < sentEnd && (TextFold.IsWordChar(folded[end]) || folded[end] is '\'' or '-' or '.') && !(folded[end] == '.' && (end + 1 >= sentEnd || folded[end + 1] == ' '))) end++;
            if (end == w) break;
            if (SubjectEnders.Contains(folded[w..end])) { end = w; break; }
            words++;
            if (end < sentEnd && text[end] == ' ') end++; else break;
        }
        while (end > i && text[end - 1] == ' ') end--;
        return words is > 0 and <= 11 && end > i ? end : -1;
    }

    /// <summary>The capitalised name that ends a description ("the company's executive chair Marcelo Claure"), or null.</summary>
    static TextSpan? TrailingName(string text, int from, int end)
    {
        int start = end;
        while (true)
        {
            int w = start;
            while (w > from && text[w - 1] == ' ') w--;
            int b = w;
            while (b > from && text[b - 1] != ' ') b--;
            if (b >= w || !char.IsUpper(text[b])) break;
            start = b;
        }
        // a name after lower-case words (the description), of one to four words
        if (start >= end || start == from || text.AsSpan(from, start - from).Trim().Length == 0) return null;
        int nWords = text.AsSpan(start, end - start).Count(' ') + 1;
        return nWords <= 4 ? new TextSpan(start, end) : null;
    }

    /// <summary>
    /// An attribution set inside a French quotation between commas: "« …, explique l'éleveur de 41 ans. … »", "« …, a-t-il
    /// annoncé. … »", "« …, lance Marie Lefort, présidente … »": a reporting verb right after a comma, with an inverted
    /// subject (a name, an inverted pronoun, a described person) and no "que" after it. Outranks a name past a line break
    /// after the quotation ("« …, lance Marie Lefort, … » / « … » / Selon la préfecture, …").
    /// </summary>
    static (string? Speaker, TextSpan? Span) InciseSpeaker(Document doc, string text, string folded, List<PhraseMatch<ReportingVerb>> verbs,
        List<(int Open, int Close)> quotations, int open, int close, string? previous)
    {
        if (doc.Language != "fr") return (null, null);
        foreach (var v in verbs)
        {
            if (v.Start <= open || v.End >= close) continue;
            if (v.Value.Kind is not ("verb" or "after") || PreviousNonSpace(text, v.Start) != ',') continue;
            if (quotations.Any(q => q.Open > open && q.Open < v.Start && v.Start < q.Close)) continue;
            int end = v.End;
            while (end < close && text[end] is not ('.' or ',' or ';' or '!' or '?' or '«' or '»')) end++;
            if (end - v.End > 90) continue;
            var rest = folded.AsSpan(v.End, end - v.End).TrimStart();
            if (rest.StartsWith("que ") || rest.StartsWith("qu'")) continue;
            if (HasInvertedPronoun(folded.AsSpan(v.Start, v.End - v.Start))) return (previous, new TextSpan(v.Start, v.End));
            var who = FirstEntityIn(doc, v.End, end, preferPerson: true);
            if (who != null && who.Value.Span.Start - v.End <= 4) return (who.Value.Id, who.Value.Span);
            if (NextIsDefiniteNoun(text, folded, v.End) && PersonBefore(doc, open) is { } described) return (described.Id, described.Span);
        }
        return (null, null);
    }

    /// <summary>
    /// A quotation inside another ("“I heard President Trump ask, ‘So he’s going to do it?’” Holmes testified"): the
    /// subject of the last reporting verb before it inside the outer quotation; a participle ("adding that") shares the
    /// subject of the verb before it. Null when the quotation is not nested or no named subject is found.
    /// </summary>
    static (string Id, TextSpan Span)? NestedSpeaker(Document doc, string folded, List<PhraseMatch<ReportingVerb>> verbs,
        List<(int Open, int Close)> quotations, int open, int close)
    {
        int outerOpen = -1;
        foreach (var q in quotations) if (q.Open < open && close < q.Close && q.Open > outerOpen) outerOpen = q.Open;
        if (outerOpen < 0) return null;
        foreach (var v in verbs.Where(v => v.Start > outerOpen && v.End <= open && v.Value.Kind != "according").OrderByDescending(v => v.Start))
        {
            var w = folded[v.Start..v.End];
            if (w.EndsWith("ing") || w.EndsWith("ant")) continue;   // "adding that": the subject of the verb before
            var who = LastEntityIn(doc, outerOpen, v.Start, preferPerson: true);
            return who;
        }
        return null;
    }

    /// <summary>The latest quote before <paramref name="pos"/> with a speaker or speaker words: the last voice heard.</summary>
    static Quote? LastVoice(IEnumerable<Quote> quotes, int pos)
    {
        Quote? best = null;
        foreach (var q in quotes)
            if (q.End <= pos + 1 && (q.Speaker != null || q.SpeakerSpan != null) && (best == null || q.Start > best.Start) && pos - q.End < 600) best = q;
        return best;
    }

    /// <summary>For an English described organisation ("The ministry said"), the words naming an organisation with that noun
    /// after a name or a possessive ("China’s foreign ministry") since the organisation <paramref name="before"/> was named
    /// and not overlapping it; or null.</summary>
    static TextSpan? NamedSinceWithNoun(string text, string folded, int clauseStart, int verbStart, (string Id, TextSpan Span)? before)
    {
        if (!folded.AsSpan(clauseStart, verbStart - clauseStart).TrimStart(' ').StartsWith("the ")) return null;
        var noun = SubjectHead(folded, clauseStart, verbStart);
        if (noun.Length < 3 || !OrganizationNouns.Value.Contains(noun)) return null;
        int after = before is { } b ? b.Span.End : Math.Max(0, clauseStart - SpeakerCoref.MaxDistance);
        return SpeakerCoref.NamedWithNoun(text, folded, noun, clauseStart, after) is { } found && (before == null || found.Start >= before.Value.Span.End) ? found : null;
    }

    /// <summary>The last word of the subject before the verb ("ministry" in "The ministry said"), folded.</summary>
    static string SubjectHead(string folded, int clauseStart, int verbStart)
    {
        var head = folded[clauseStart..verbStart].TrimEnd();
        int sp = head.LastIndexOf(' ');
        return head[(sp + 1)..];
    }

    /// <summary>
    /// The span of the last voice with no entity whose words end with <paramref name="noun"/> ("the interior ministry" for
    /// "The ministry said"), within the distance a voice is carried; or null.
    /// </summary>
    static TextSpan? VoiceWithNoun(string folded, List<Quote> voices, int pos, string noun)
    {
        if (noun.Length < 3) return null;
        Quote? best = null;
        foreach (var q in voices)
        {
            if (q.End > pos + 1 || pos - q.End >= 600 || best != null && q.Start < best.Start) continue;
            if (q.Speaker == null && q.SpeakerSpan is { } span && folded.AsSpan(span.Start, span.End - span.Start).EndsWith(noun, StringComparison.Ordinal)
                && (span.End - span.Start == noun.Length || folded[span.End - noun.Length - 1] == ' '))
                best = q;
        }
        return best?.SpeakerSpan;
    }

    /// <summary>Whether the subject before the verb is "the/le/la/l'" + a noun of <paramref name="nouns"/>: "the statement", "le communiqué".</summary>
    static bool DescribedBy(string text, string folded, int clauseStart, int verbStart, HashSet<string> nouns)
    {
        int i = clauseStart;
        while (i < verbStart && !char.IsLetter(text[i])) i++;
        var head = StripLeading(folded[i..verbStart].Trim());
        foreach (var d in new[] { "l'", "le ", "la ", "the ", "its ", "their ", "son ", "sa ", "leur " })
            if (head.StartsWith(d, StringComparison.Ordinal))
            {
                var words = head[d.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return words.Length is > 0 and <= 2 && nouns.Contains(words[^1]);
            }
        return false;
    }

    /// <summary>After "according to": where the source's name starts, past "data from", "a report by", "un rapport de".</summary>
    static int SourceStart(string text, string folded, int from, int to)
    {
        int i = from;
        while (i < to && folded[i] == ' ') i++;
        var hit = SourceNouns.Value.FindLongest(text, folded, i, Math.Min(to, i + 40)).FirstOrDefault(h => h.Start == i);
        if (hit.End == 0) return from;
        int j = hit.End;
        while (j < to && folded[j] == ' ') j++;
        foreach (var p in new[] { "from ", "by ", "of ", "released by ", "published by ", "compiled by ", "de ", "du ", "des ", "d'" })
            if (string.CompareOrdinal(folded, j, p, 0, p.Length) == 0) return j + p.Length;
        // "selon un bilan provisoire communiqué dimanche par le gouvernement": up to four words (adjectives, a participle, a
        // day) before "par"/"by", with no punctuation between
        for (int w = 0, k = j; w < 5 && k < to; w++)
        {
            if (string.CompareOrdinal(folded, k, "par ", 0, 4) == 0 || string.CompareOrdinal(folded, k, "by ", 0, 3) == 0)
                return k + (folded[k] == 'p' ? 4 : 3);
            while (k < to && TextFold.IsWordChar(folded[k])) k++;
            if (k >= to || folded[k] != ' ') break;
            while (k < to && folded[k] == ' ') k++;
        }
        return from;
    }

    /// <summary>"As X reports, …", "Comme l’a dit X, …": the comma that ends the attribution, or -1.</summary>
    static int AsClauseComma(string folded, Sentence s, PhraseMatch<ReportingVerb> v)
    {
        int i = s.Start;
        while (i < v.Start && !TextFold.IsWordChar(folded[i])) i++;
        if (!(folded.AsSpan(i).StartsWith("as ") || folded.AsSpan(i).StartsWith("comme "))) return -1;
        int comma = folded.IndexOf(',', v.End, s.End - v.End);
        if (comma < 0 || comma - v.End > 40 || folded.AsSpan(i, v.Start - i).Contains(',')) return -1;
        return s.End - comma > 15 ? comma : -1;
    }

    /// <summary>"That said, …": a reporting verb in a set phrase reports nothing.</summary>
    static bool IsIdiom(string text, string folded, Sentence s, PhraseMatch<ReportingVerb> v)
    {
        if (v.End >= text.Length || text[v.End] != ',') return false;
        var before = folded.AsSpan(s.Start, v.Start - s.Start).Trim();
        return before is "that" or "this said" or "having" or "that being" || before.EndsWith(" that") && before.Length < 12;
    }

    /// <summary>A passive participle ("will be announced", "was reported", "a été annoncé") reports nothing.</summary>
    static bool IsPassive(string folded, int verbStart)
    {
        int e = verbStart;
        while (e > 0 && folded[e - 1] == ' ') e--;
        int b = e;
        while (b > 0 && TextFold.IsWordChar(folded[b - 1])) b--;
        return folded.AsSpan(b, e - b) is "be" or "been" or "being" or "was" or "were" or "is" or "are" or "ete";
    }

    static readonly HashSet<string> RelativeWords = ["which", "who", "whose", "whom", "where", "qui", "dont", "ou", "lequel", "laquelle"];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeWordsLookup = RelativeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where the subject of the verb at <paramref name="verbStart"/> starts: after the last comma before the verb, or, when
    /// the words between two commas are a relative clause ("The company, which is expected to …, confirmed"), before it.
    /// </summary>
    static int SubjectClauseStart(string text, string folded, int sentStart, int verbStart)
    {
        int start = sentStart;
        int c = text.LastIndexOfAny([',', ';', ':'], Math.Max(sentStart, verbStart - 1), Math.Max(1, verbStart - sentStart));
        if (c < sentStart) return sentStart;
        start = c;
        // the segment just before the verb: (prev, c) ; when it opens with a relative word, the subject is before it
        int prev = text.LastIndexOfAny([',', ';', ':'], Math.Max(sentStart, c - 1), Math.Max(1, c - sentStart));
        int segStart = prev >= sentStart ? prev + 1 : sentStart;
        int w = segStart;
        while (w < c && folded[w] == ' ') w++;
        int we = w;
        while (we < c && TextFold.IsWordChar(folded[we])) we++;
        if (prev >= sentStart && we > w && RelativeWords.Contains(folded[w..we]) && folded.AsSpan(segStart, verbStart - segStart).Trim().Length > 0
            && text.AsSpan(c + 1, verbStart - c - 1).Trim().Length == 0)
        {
            int before = text.LastIndexOfAny([',', ';', ':'], Math.Max(sentStart, prev - 1), Math.Max(1, prev - sentStart));
            return before >= sentStart ? before : sentStart;
        }
        return start;
    }

    /// <summary>"told", "tells", or a lexicon phrase with its addressee ("told the committee", "told reporters").</summary>
    static bool IsTell(string folded, PhraseMatch<ReportingVerb> v) =>
        folded.AsSpan(v.Start, v.End - v.Start) is var w && (w is "told" or "tells" || w.StartsWith("told ") || w.StartsWith("tells "));

    static bool IsWordBefore(string text, int pos)
    {
        int i = pos - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && char.IsLetter(text[i]);
    }

    static char PreviousNonSpace(string text, int pos)
    {
        int i = pos - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i < 0 ? '\0' : text[i];
    }

    static int TrimBack(string text, int start, int pos)
    {
        int e = pos;
        while (e > start && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ',')) e--;
        return e;
    }
}
