using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// French-only attribution rules of the Quotes stage: an organisation read inside a described speaker's complement
/// ("a réagi le pivot des San Antonio Spurs"), and verbs that carry a speech on ("a poursuivi le technicien", "a-t-il
/// ajouté"), whose described or pronoun subject is the speaker of the quotation before. Words are data:
/// <c>Quotes/data/affiliation-fr.tsv</c>, <c>Quotes/data/continuation-verbs-fr.txt</c> (with the forms of
/// <c>speech-verbs-fr.tsv</c>), <c>person-nouns.txt</c>, <c>voice-nouns.txt</c>. Also the subject that opens a sentence
/// (<see cref="OpeningSubject"/>), past a fronted phrase (<see cref="FrontedPhraseEnd"/>, <c>fronted-phrases-fr.tsv</c>).
/// </summary>
static class FrenchAttribution
{
    sealed record Affiliation(string[] Determiners, string[] Prepositions, HashSet<string> PersonNouns, HashSet<string> VoiceNouns);

    static readonly Lazy<Affiliation> Words = new(() =>
    {
        var rows = DataFiles.ReadTsv("Quotes/data/affiliation-fr.tsv").ToList();
        static string Phrase(string w) { var f = TextFold.Fold(w); return f.EndsWith('\'') ? f : f + " "; }
        static HashSet<string> Set(string path) => DataFiles.ReadLines(path).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);
        return new Affiliation(
            rows.Where(r => r[0] == "det").Select(r => Phrase(r[1])).ToArray(),
            // longest first: "de la " before "de "
            rows.Where(r => r[0] == "prep").Select(r => Phrase(r[1])).OrderByDescending(p => p.Length).ToArray(),
            Set("Quotes/data/person-nouns.txt"), Set("Quotes/data/voice-nouns.txt"));
    });

    /// <summary>
    /// Whether the words from <paramref name="from"/> (right after a verb of saying) to an organisation's mention at
    /// <paramref name="orgStart"/> make it the complement of a described person who is the verb's inverted subject:
    /// "le pivot des ", "le joueur de l’", "le coureur de l’équipe ". A spokesperson noun ("le porte-parole du
    /// Kremlin") speaks for its organisation and is left out, and so is a role whose holder is named in apposition after
    /// it ("a lancé la présidente de l’Assemblée nationale, Yaël Braun-Pivet").
    /// </summary>
    public static bool IsAffiliationOfDescribedPerson(string text, string folded, int from, int orgStart, int orgEnd)
    {
        var w = Words.Value;
        if (orgEnd + 2 < text.Length && text[orgEnd] == ',' && text[orgEnd + 1] == ' ' && char.IsUpper(text[orgEnd + 2])) return false;
        int i = from;
        while (i < orgStart && folded[i] == ' ') i++;
        var det = w.Determiners.FirstOrDefault(d => string.CompareOrdinal(folded, i, d, 0, d.Length) == 0);
        if (det == null) return false;
        i += det.Length;
        int ns = i;
        while (i < orgStart && (TextFold.IsWordChar(folded[i]) || folded[i] == '-')) i++;
        if (i == ns || !char.IsLower(text[ns])) return false;
        var noun = folded[ns..i];
        if (!w.PersonNouns.Contains(noun) || w.VoiceNouns.Contains(noun)) return false;
        while (i < orgStart && folded[i] == ' ') i++;
        var prep = w.Prepositions.FirstOrDefault(p => string.CompareOrdinal(folded, i, p, 0, p.Length) == 0);
        if (prep == null) return false;
        i += prep.Length;
        // at most two lower-case words between the preposition and the name ("de l’équipe dsm-firmenich PostNL")
        var between = text[i..orgStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return between.Length <= 2 && between.All(x => x.Length > 0 && char.IsLower(x[0]));
    }

    /// <summary>The folded forms (participle, present, plural, imperfect) of the verbs of <c>continuation-verbs-fr.txt</c>.</summary>
    static readonly Lazy<HashSet<string>> ContinuationForms = new(() =>
    {
        var verbs = DataFiles.ReadLines("Quotes/data/continuation-verbs-fr.txt").Select(l => TextFold.Fold(l.Trim())).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in DataFiles.ReadTsv("Quotes/data/speech-verbs-fr.tsv"))
            if (verbs.Contains(TextFold.Fold(r[0])))
                foreach (var f in r[1..5]) forms.Add(TextFold.Fold(f.TrimStart('!')));
        return forms;
    });

    /// <summary>Whether a verb of saying in [start, end) carries a speech on ("a poursuivi", "a-t-il encore ajouté", "conclut-elle").</summary>
    public static bool IsContinuation(string folded, int start, int end)
    {
        foreach (var w in folded[start..end].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (ContinuationForms.Value.Contains(w)) return true;
        return false;
    }

    sealed record Fronting(string[] Endings, HashSet<string> Words);

    static Fronting ReadFronting(string path)
    {
        var rows = DataFiles.ReadTsv(path).Where(r => r.Length >= 2).ToList();
        return new Fronting(rows.Where(r => r[0] == "ending").Select(r => r[1]).ToArray(),
            rows.Where(r => r[0] is "word" or "place").Select(r => TextFold.Fold(r[1])).ToHashSet(StringComparer.Ordinal));
    }

    static readonly Lazy<Fronting> Front = new(() => ReadFronting("Quotes/data/fronted-phrases-fr.tsv"));

    /// <summary>The English table (<c>fronted-phrases-en.tsv</c>): "Speaking at Bute House, the 39-year-old said".</summary>
    static readonly Lazy<Fronting> FrontEn = new(() => ReadFronting("Quotes/data/fronted-phrases-en.tsv"));

    /// <summary>
    /// Where a fronted phrase that opens a French or English sentence ends — a participle ("Interrogé par Apolline X sur …, le
    /// ministre a répondu") or a preposition ("Après sa défaite face à Y, le Nantais …"): the position after its comma,
    /// else -1. A name inside it is no subject of the sentence. A name the Entities stage found at the sentence start
    /// ("René Dupont a …") is a subject, not a participle.
    /// </summary>
    public static int FrontedPhraseEnd(Document doc, string text, int sentStart, int limit)
    {
        var f = doc.Language switch { "fr" => Front.Value, "en" => FrontEn.Value, _ => null };
        if (f == null) return -1;
        int i = sentStart;
        while (i < limit && !char.IsLetter(text[i])) i++;
        int e = i;
        while (e < limit && char.IsLetter(text[e])) e++;
        if (e == i || !char.IsUpper(text[i])) return -1;
        var word = text[i..e].ToLowerInvariant();
        if (!f.Words.Contains(TextFold.Fold(word)) && !(word.Length >= 5 && f.Endings.Any(x => word.EndsWith(x, StringComparison.Ordinal)))) return -1;
        if (doc.Entities.Any(en => en.Mentions.Any(m => m.Start == i))) return -1;
        // English: an adjective of a title with a participle's ending ("Outgoing head coach X, whose …, said", "Acting chief
        // constable X"): a title word, or one right before a title word or a person noun, opens the subject, not a phrase
        if (doc.Language == "en" && !f.Words.Contains(TextFold.Fold(word)) && IsTitleAdjective(text, word, e, limit)) return -1;
        int comma = text.IndexOf(',', e, Math.Max(0, limit - e));
        return comma < 0 ? -1 : comma + 1;
    }

    /// <summary>
    /// The subject that opens the sentence of a quotation with no verb of saying of its own — embedded in the writer's
    /// words ("Le maire, Grégory X, a dressé un bilan « très positif »", "X a parlé d’« une victoire »") or introduced by
    /// a colon ("Interrogé sur son avenir, le judoka est resté évasif : « … »"). Past a fronted phrase: a subject pronoun
    /// (the previous speaker); else the first person or organisation named, when only a determiner and a lower-case
    /// description stand before it ("Le demi de mêlée X, lui, préfère …"), or when it stands in apposition after such a
    /// description ("Le maire écologiste, X, …", "Comédienne lyonnaise, X joue …"), the person in apposition after an
    /// organisation taking its place ("Le directeur de Ferrari GT, X, a parlé …"); else the words of a described subject
    /// (<see cref="SpeakerCoref.ResolveDescribed"/> reads them). Names after an interviewer phrase ("interrogé par X") are skipped.
    /// </summary>
    public static (string? Speaker, TextSpan? Span, TextSpan? Described) OpeningSubject(Document doc, string text, string folded, int sentStart, int open,
        string? previous, Func<int, bool> outside)
    {
        int i = sentStart;
        if (FrontedPhraseEnd(doc, text, sentStart, open) is var front && front > 0) i = front;
        while (i < open && !char.IsLetter(text[i])) i++;
        if (i >= open) return default;
        if (Subjects.PronounAt(folded, i, "fr") != null)
        {
            // "Quant au PJD, il a appelé à « … »": the pronoun takes up the topic the fronted "quant à" names
            if (front > 0 && QuoteStage.ResumedTopic(doc, text, folded, sentStart, front, open) is { } topic) return (topic.Id, topic.Span, null);
            return previous != null ? (previous, null, null) : default;
        }
        // "Devant les grilles, Patrick, opérateur depuis vingt ans, ne décolère pas : « … »": a lone given name set off by a
        // comma before an age or a description, which no entity covers, is the subject
        if (doc.Language == "fr" && SpeakerCoref.LoneGivenName(text, folded, i, open) is { } given
            && !doc.Entities.Any(en => en.Mentions.Any(m => m.Start < given.End && given.Start < m.End)))
            return (null, new TextSpan(given.Start, given.End), null);
        int limit = Math.Min(open, i + 150);
        var ms = doc.Entities.Where(en => en.Type is EntityTypes.Person or EntityTypes.Organization)
            .SelectMany(en => en.Mentions.Where(m => m.Start >= i && m.End <= limit && outside(m.Start) && !QuoteStage.AfterAddresseePhrase(text, m.Start))
                .Select(m => (en.Id, en.Type, m.Span)))
            .OrderBy(m => m.Span.Start).ToList();
        if (ms.Count > 0)
        {
            var m = ms[0];
            var lead = text[i..m.Span.Start].TrimEnd();
            if (lead.Length == 0 || IsDescription(text, folded, i, i + lead.Length, requireDeterminer: true))
            {
                // "Le porte-parole de la diplomatie qatarie, Majed al-Ansari, a appelé …": a name in apposition after the organisation
                if (m.Type == EntityTypes.Organization && ApposedName(text, m.Span.End, open) is { } after) return (null, after, null);
                if (ms.Count > 1 && ms[1].Type == EntityTypes.Person && text.AsSpan(m.Span.End, ms[1].Span.Start - m.Span.End).Trim().SequenceEqual(","))
                    return (ms[1].Id, ms[1].Span, null);
                return (m.Id, m.Span, null);
            }
            if (m.Type == EntityTypes.Person && lead.EndsWith(',') && IsDescription(text, folded, i, i + lead.Length - 1, requireDeterminer: false)
                && m.Span.End < open && text[m.Span.End] is ',' or ' ')
                return (m.Id, m.Span, null);
            return default;
        }
        int end = i, words = 0;
        while (end < open && text[end] is not (',' or ';' or ':' or '«' or '“' or '(') && words < 6) { if (text[end] == ' ') words++; end++; }
        while (end > i && text[end - 1] == ' ') end--;
        // "L’Américaine, numéro deux mondiale, a salué …": a people's name after the article is a description too
        if (end > i && SpeakerCoref.IsPeopleNoun(text, folded, i, end)) return (null, null, new TextSpan(i, end));
        if (end <= i || !IsDescription(text, folded, i, end, requireDeterminer: true)) return default;
        // "Le préfet, Amaury de Saint-Quentin, a appelé …": the name in apposition the Entities stage did not emit
        if (ApposedName(text, end, open) is { } apposed) return (null, apposed, null);
        return SpeakerCoref.Describes(text, folded, i, end) ? (null, null, new TextSpan(i, end)) : default;
    }

    /// <summary>
    /// The speaker of a quotation that stands as a sentence of its own (only spaces between the end of the sentence before
    /// and its opening mark) when that sentence, in the same paragraph and without a quotation of its own, opens with a
    /// person as its subject (<see cref="OpeningSubject"/>): "Dans sa maison, Martine X, 71 ans, constate les dégâts. « … »".
    /// A writer describing someone and then giving their words in marks gives them to that person. Null otherwise.
    /// </summary>
    public static (string? Speaker, TextSpan? Span)? SubjectOfSentenceBefore(Document doc, string text, string folded, IReadOnlyList<Sentence> sentences,
        List<(int Open, int Close)> quotations, int open, int close, string? previous)
    {
        int k = open - 1;
        while (k > 0 && char.IsWhiteSpace(text[k])) k--;
        if (k <= 0 || text[k] is not ('.' or '!' or '?') || text.AsSpan(k, open - k).Contains('\n')) return null;
        // nothing of the writer's after the closing mark but the end of the sentence: no attribution left to coreference
        // ("« … », a reconnu l'Italien"); and no question (an interviewer's)
        int a = close + 1;
        while (a < text.Length && text[a] == ' ') a++;
        if (a < text.Length && (text[a] == ',' || char.IsLower(text[a]))) return null;
        int b = close - 1;
        while (b > open && char.IsWhiteSpace(text[b])) b--;
        if (text[b] == '?') return null;
        Sentence? before = null;
        foreach (var s in sentences) if (s.Start <= k && k < s.End) { before = s; break; }
        if (before is not { } ps) return null;
        foreach (var q in quotations) if (q.Open >= ps.Start && q.Open < k || q.Close >= ps.Start && q.Close < k) return null;
        var (speaker, span, _) = OpeningSubject(doc, text, folded, ps.Start, k, previous, _ => true);
        if (speaker != null && doc.Entities.FirstOrDefault(e => e.Id == speaker)?.Type == EntityTypes.Person) return (speaker, null);
        if (speaker == null && span != null) return (null, span);
        return null;
    }

    /// <summary>
    /// A name in apposition right after <paramref name="pos"/>: a comma, one to five words of which the first and the last
    /// are capitalised (lower-case particles between: "Amaury de Saint-Quentin", "Majed al-Ansari"), and a comma.
    /// </summary>
    static TextSpan? ApposedName(string text, int pos, int limit)
    {
        int i = pos;
        if (i >= limit || text[i] != ',') return null;
        i++;
        while (i < limit && text[i] == ' ') i++;
        int start = i, words = 0, lastCap = -1, end = -1;
        while (i < limit && words < 6)
        {
            int ws = i;
            while (i < limit && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’' or '.')) i++;
            if (i == ws) return null;
            words++;
            // a lower-case particle ("de", "van", "d’") or a prefixed name ("al-Ansari", "el-Khoury")
            int hyphen = text.IndexOf('-', ws, i - ws);
            if (char.IsUpper(text[ws]) || hyphen > ws && hyphen + 1 < i && char.IsUpper(text[hyphen + 1])) lastCap = i;
            else if (words == 1 || i - ws > 3) return null;
            if (i < limit && text[i] == ',') { end = i; break; }
            if (i >= limit || text[i] != ' ') return null;
            i++;
        }
        return end > start && lastCap == end && words <= 5 ? new TextSpan(start, end) : null;
    }

    /// <summary>
    /// Whether [from, to) is a description before a name: no comma, no capital past its first letter, at most ten
    /// words, opening with a determiner ("Le demi de mêlée ", "L’association ") unless <paramref name="requireDeterminer"/>
    /// is false ("Comédienne lyonnaise").
    /// </summary>
    static bool IsDescription(string text, string folded, int from, int to, bool requireDeterminer)
    {
        if (to <= from) return false;
        int words = 1;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c is ',' or ';' or ':' or '«' or '»' or '(' or ')') return false;
            if (k > from && char.IsUpper(c)) return false;
            if (c == ' ') words++;
        }
        if (words > 10) return false;
        if (!requireDeterminer) return true;
        int we = from;
        while (we < to && TextFold.IsWordChar(folded[we])) we++;
        if (we < to && folded[we] == '\'') return folded[from..we] == "l";
        return QuoteStage.Determiners.Contains(folded[from..we]);
    }

    /// <summary>
    /// Past an incidental phrase set off by commas right after a French reporting verb, before its inverted subject
    /// ("», a lâché, encore essoufflé, le coureur", "», a confié, la voix nouée, l’ancienne ministre"): the position after
    /// the second comma when one to five words with no quotation mark, parenthesis, colon or semicolon stand between the
    /// commas; else <paramref name="pos"/>.
    /// </summary>
    public static int PastIncidental(string text, int pos, int limit)
    {
        int i = pos;
        while (i < limit && text[i] == ' ') i++;
        if (i >= limit || text[i] != ',') return pos;
        int span = Math.Min(limit, i + 50) - i - 1;
        int close = span > 0 ? text.IndexOf(',', i + 1, span) : -1;
        if (close < 0) return pos;
        var inner = text.AsSpan(i + 1, close - i - 1).Trim();
        if (inner.Length == 0 || inner.ContainsAny("«»“”\"();:")) return pos;
        int words = 1;
        foreach (var c in inner) if (c == ' ') words++;
        return words <= 5 ? close + 1 : pos;
    }

    /// <summary>
    /// "Outgoing head coach", "Acting chief constable", "Reigning champion": a capitalised first word with a participle's
    /// ending that is itself a title word (title-words-en.txt) or stands right before one or a person noun, which it qualifies.
    /// </summary>
    static bool IsTitleAdjective(string text, string lowerWord, int wordEnd, int limit)
    {
        if (SpeakerCoref.IsTitleWord(TextFold.Fold(lowerWord))) return true;
        int s = wordEnd;
        while (s < limit && text[s] == ' ') s++;
        int e = s;
        while (e < limit && char.IsLetter(text[e])) e++;
        return e > s && SpeakerCoref.IsTitleWord(TextFold.Fold(text[s..e].ToLowerInvariant()));
    }

    /// <summary>
    /// Where the clause after a short opening phrase set off by a comma starts ("Dans les tribunes, X …", "Meilleure
    /// Française du classement général, X a terminé …", "À 71 ans, X …"): the first letter after the sentence's first
    /// comma when the phrase before it has at most ten words, no quotation mark, colon or semicolon, and does not open
    /// with a person or organisation the Entities stage found (that one is the subject: "X, maire de Y, a dit"); else -1.
    /// </summary>
    public static int AfterOpeningPhrase(Document doc, string text, int sentStart, int sentEnd)
    {
        var f = doc.Language switch { "fr" => Front.Value, "en" => FrontEn.Value, _ => null };
        if (f == null) return -1;
        int i = sentStart;
        while (i < sentEnd && !char.IsLetter(text[i])) i++;
        if (i >= sentEnd || !char.IsUpper(text[i])) return -1;
        int limit = Math.Min(sentEnd, i + 100);
        int comma = text.IndexOf(',', i, limit - i);
        if (comma < 0) return -1;
        var phrase = text.AsSpan(i, comma - i);
        if (phrase.ContainsAny("«»“”\":;(")) return -1;
        int words = 1;
        foreach (var c in phrase) if (c == ' ') words++;
        if (words > 10) return -1;
        if (doc.Entities.Any(en => en.Type is EntityTypes.Person or EntityTypes.Organization && en.Mentions.Any(m => m.Start == i))) return -1;
        int n = comma + 1;
        while (n < sentEnd && text[n] == ' ') n++;
        return n < sentEnd && char.IsUpper(text[n]) ? n : -1;
    }

    /// <summary>
    /// French: "L’élue", "La maire", "Le technicien" — a definite article and a person noun alone (person-nouns.txt),
    /// which the Entities stage may take for a name of its own because the sentence opens with it, describe a person
    /// named before; such mentions of an entity the knowledge base does not link are left to the speaker coreference.
    /// </summary>
    public static Document WithoutDescribedNouns(Document doc, string folded)
    {
        var nouns = Words.Value.PersonNouns;
        bool Described(Mention m)
        {
            if (m.End > folded.Length || m.End - m.Start < 4) return false;
            var w = folded.AsSpan(m.Start, m.End - m.Start);
            int skip = w.StartsWith("l'") ? 2 : w.StartsWith("le ") || w.StartsWith("la ") ? 3 : 0;
            // "la Française" whose mention leaves the article out
            if (skip == 0 && m.Start >= 3 && char.IsUpper(doc.Text[m.Start]) && !w.Contains(' ')
                && (folded.AsSpan(m.Start - 2, 2) is "l'" || folded.AsSpan(m.Start - 3, 3) is "le " or "la "))
                return SpeakerCoref.IsCountryDemonym(w);
            if (skip == 0) return false;
            var noun = w[skip..];
            if (noun.Contains(' ')) return false;
            // "L’Américaine, numéro deux mondiale, a salué …": a people's name after the article describes a person too
            if (char.IsUpper(doc.Text[m.Start + skip])) return SpeakerCoref.IsCountryDemonym(noun);
            return char.IsLower(doc.Text[m.Start + skip]) && nouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun);
        }
        // (a role the Entities stage resolved to its holder, "Le président" → the president of the day, stays)
        bool Unlinked(Entity e) => e.Type is EntityTypes.Person or EntityTypes.Organization && e.Kb == null;
        if (!doc.Entities.Any(e => Unlinked(e) && e.Mentions.Any(Described))) return doc;
        return doc with
        {
            Entities = [.. doc.Entities
                .Select(e => Unlinked(e) && e.Mentions.Any(Described) ? e with { Mentions = [.. e.Mentions.Where(m => !Described(m))] } : e)
                .Where(e => e.Mentions.Length > 0)],
        };
    }

    /// <summary>
    /// A French sentence that introduces a quotation with a colon and names no one: a linking word or an attitude
    /// ("Puis, la voix nouée : « … »", "Et d’ajouter : « … »", "Avant de conclure : « … »") — at most six words before the
    /// colon, no capital past the first letter, no quotation mark, no subject pronoun, no person or organisation named.
    /// The quotation goes on in the voice of the one quoted before it.
    /// </summary>
    public static bool SubjectlessLead(Document doc, string text, string folded, int sentStart, int open)
    {
        if (doc.Language != "fr") return false;
        int colon = open - 1;
        while (colon > sentStart && char.IsWhiteSpace(text[colon])) colon--;
        if (colon <= sentStart || text[colon] != ':') return false;
        int i = sentStart;
        while (i < colon && !char.IsLetter(text[i])) i++;
        if (i >= colon || Subjects.PronounAt(folded, i, "fr") != null) return false;
        int words = 1;
        for (int k = i + 1; k < colon; k++)
        {
            char c = text[k];
            if (char.IsUpper(c) || c is '«' or '»' or '“' or '”' or '"' or '(') return false;
            if (char.IsWhiteSpace(c) && k + 1 < colon && char.IsLetter(text[k + 1])) words++;
        }
        if (words > 6) return false;
        return !doc.Entities.Any(e => e.Type is EntityTypes.Person or EntityTypes.Organization && e.Mentions.Any(m => m.Start >= i && m.Start < colon));
    }
}
