using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

public sealed partial class QuoteStage
{
    /// <summary>Words that may stand before an organisation opening its sentence as subject (Quotes/data/organisation-leads-fr.txt), folded.</summary>
    static readonly Lazy<HashSet<string>> OrganisationLeads = new(() =>
        DataFiles.ReadLines("Quotes/data/organisation-leads-fr.txt").Select(l => TextFold.Fold(l.Trim())).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// French: "La Conférence des évêques avait demandé … « … », a-t-elle rappelé", "Quant à la Chambre de commerce, elle
    /// s’inquiète … « … », a-t-elle alerté": an inverted "il"/"elle" right after a quotation stands for the organisation
    /// that opens the latest sentence before it as its subject (after at most a determiner or "quant à"), when no person
    /// has been the subject of a sentence since and no quotation of someone else came between; an article that tells the
    /// organisation's gender ("la", "le", "du", "au") must agree with the pronoun.
    /// </summary>
    static void OrganisationPronouns(Document doc, string folded, List<PhraseMatch<ReportingVerb>> verbs, List<(int Open, int Close)> quotations,
        IReadOnlyList<Sentence> sentences, List<Quote> quotes)
    {
        var text = doc.Text;
        if (!doc.Entities.Any(e => e.Type == EntityTypes.Organization)) return;
        bool Inside(int pos)
        {
            foreach (var (o, c) in quotations) if (o < pos && pos < c) return true;
            return false;
        }
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if (!q.Direct) continue;
            int close = q.End;
            while (close < text.Length && text[close] is not ('»' or '”' or '"')) close++;
            if (close >= text.Length) continue;
            char gender = '\0';
            foreach (var v in verbs)
            {
                if (v.Start <= close || v.Start - close > 8) continue;
                if (text.AsSpan(close, v.Start - close).ContainsAny(".!?\n")) continue;
                var vs = folded.AsSpan(v.Start, v.End - v.Start);
                if (vs.Contains("-t-elle", StringComparison.Ordinal) || vs.EndsWith("-elle", StringComparison.Ordinal)) gender = 'f';
                else if (vs.Contains("-t-il", StringComparison.Ordinal) || vs.EndsWith("-il", StringComparison.Ordinal)) gender = 'm';
                break;
            }
            if (gender == '\0') continue;
            int open = q.Start - 1;
            while (open > 0 && text[open] is not ('«' or '“' or '"')) open--;
            // the latest person that opens a sentence before the quotation, and the latest organisation that does
            int personAt = -1, orgAt = -1;
            string? org = null;
            foreach (var e in doc.Entities)
            {
                if (e.Type is not (EntityTypes.Person or EntityTypes.Organization)) continue;
                foreach (var m in e.Mentions)
                {
                    if (m.Start >= open || Inside(m.Start)) continue;
                    bool person = e.Type == EntityTypes.Person;
                    if (m.Start <= (person ? personAt : orgAt)) continue;
                    var s = SentenceAt(sentences, m.Start);
                    int from = FrenchAttribution.FrontedPhraseEnd(doc, text, s.Start, s.End) is var front && front > 0 ? front : s.Start;
                    if (person)
                    {
                        if (m.Start < from || m.Start - from > 80) continue;
                        if (doc.Entities.Any(o => o.Type == EntityTypes.Person && o.Mentions.Any(x => x.Start >= from && x.Start < m.Start))) continue;
                        personAt = m.Start;
                        continue;
                    }
                    // ("Quant à la CFDT, elle …": "Quant" reads as a participle opening a fronted phrase; the lead is then the
                    // sentence's start)
                    int leadFrom = m.Start >= from ? from : s.Start;
                    var lead = folded.AsSpan(leadFrom, m.Start - leadFrom).Trim(" \u00A0\u202F\n".AsSpan());
                    if (lead.Length > 0 && !OrganisationLeads.Value.Contains(lead.ToString()) && !DescribedOrganisationLead(lead)) continue;
                    if (doc.Entities.Any(o => o.Type == EntityTypes.Person && o.Mentions.Any(x => x.Start >= s.Start && x.Start < m.Start))) continue;
                    char g = lead.Length > 3 && lead[^1] == ',' ? (lead.StartsWith("la ") ? 'f' : lead.StartsWith("le ") ? 'm' : '-') : ArticleGender(folded, m.Start, m.End);
                    if (g != '-' && g != gender) continue;
                    orgAt = m.Start; org = e.Id;
                }
            }
            if (org == null || orgAt <= personAt || q.Speaker == org) continue;
            // someone else quoted since that sentence: the pronoun is theirs
            if (quotes.Any(p => p.Start > orgAt && p.End < open && p.Speaker != null && p.Speaker != org)) continue;
            quotes[i] = q with { Speaker = org };
        }
    }

    /// <summary>
    /// "Quant au Parti de la justice et du développement (PJD), il …", "Quant à Marie Dupont, elle …": the person or
    /// organisation a fronted topic phrase ("quant à", "quant au", "quant à la": the "quant" entries of
    /// organisation-leads-fr.txt) names right before the comma that ends it (an acronym in brackets may follow the
    /// name, and the mention may be that acronym), which the resumptive pronoun after the comma takes up; an article that tells the gender ("au", "à la")
    /// must agree with the pronoun's gender. Null when the sentence opens otherwise, or no pronoun follows the comma at
    /// <paramref name="front"/> (the end of the fronted phrase, <see cref="FrenchAttribution.FrontedPhraseEnd"/>).
    /// </summary>
    internal static (string Id, TextSpan Span)? ResumedTopic(Document doc, string text, string folded, int sentStart, int front, int limit)
    {
        int i = front;
        while (i < limit && !char.IsLetter(text[i])) i++;
        return i < limit && Subjects.PronounAt(folded, i, "fr") is { } pronoun ? TopicOfQuantA(doc, text, folded, sentStart, front - 1, pronoun.Gender) : null;
    }

    static (string Id, TextSpan Span)? TopicOfQuantA(Document doc, string text, string folded, int sentStart, int comma, char gender)
    {
        int j = sentStart;
        while (j < comma && !char.IsLetter(text[j])) j++;
        if (comma <= j || comma >= text.Length || text[comma] != ',' || !folded.AsSpan(j, comma - j).StartsWith("quant ", StringComparison.Ordinal)) return null;
        // the longest "quant" lead, followed by a capitalised name
        int nameAt = -1;
        string? lead = null;
        foreach (var l in OrganisationLeads.Value)
        {
            if (!l.StartsWith("quant ", StringComparison.Ordinal) || (lead != null && l.Length <= lead.Length) || j + l.Length + 1 >= comma
                || string.CompareOrdinal(folded, j, l, 0, l.Length) != 0) continue;
            int n = j + l.Length;
            if (l[^1] != '\'') { if (folded[n] != ' ') continue; n++; }
            if (!char.IsUpper(text[n])) continue;
            (lead, nameAt) = (l, n);
        }
        if (lead == null) return null;
        // the name ends the phrase: only an acronym in brackets may stand between it and the comma, and name it instead
        int end = comma, acronymFrom = -1, acronymTo = -1;
        while (end > nameAt && text[end - 1] == ' ') end--;
        if (end > nameAt && text[end - 1] == ')')
        {
            int paren = text.LastIndexOf('(', end - 1, end - nameAt);
            if (paren <= nameAt) return null;
            (acronymFrom, acronymTo) = (paren + 1, end - 1);
            end = paren;
            while (end > nameAt && text[end - 1] == ' ') end--;
        }
        char g = lead.EndsWith(" la", StringComparison.Ordinal) ? 'f' : lead.EndsWith(" au", StringComparison.Ordinal) ? 'm' : '-';
        if (lead.EndsWith(" aux", StringComparison.Ordinal) || g != '-' && gender is 'm' or 'f' && g != gender) return null;
        foreach (var e in doc.Entities)
        {
            if (e.Type is not (EntityTypes.Person or EntityTypes.Organization)) continue;
            foreach (var m in e.Mentions)
                if (m.Start == nameAt && m.End == end || m.Start >= acronymFrom && m.End <= acronymTo && acronymFrom > 0) return (e.Id, m.Span);
        }
        return null;
    }

    /// <summary>
    /// "Le comité d’organisation des Jeux, Paris 2024, a fait savoir …": a lead that is a described organisation set off
    /// by a comma before its name — a determiner, an organisation noun (organization-nouns.txt) and at most six more
    /// words, no other punctuation.
    /// </summary>
    static bool DescribedOrganisationLead(ReadOnlySpan<char> lead)
    {
        if (lead.Length < 4 || lead[^1] != ',' || lead[..^1].ContainsAny(",;:()«»\"")) return false;
        var words = lead[..^1].ToString().Replace("'", "' ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 8 && words[0] is "le" or "la" or "les" or "l'" && OrganizationNouns.Value.Contains(words[1]);
    }

    /// <summary>The gender an article tells of the name at <paramref name="start"/>: "la" → f; "le", "du", "au" → m; else '-'.</summary>
    static char ArticleGender(string folded, int start, int end)
    {
        var head = folded.AsSpan(start, end - start);
        if (head.StartsWith("la ", StringComparison.Ordinal)) return 'f';
        if (head.StartsWith("le ", StringComparison.Ordinal)) return 'm';
        int j = start;
        while (j > 0 && folded[j - 1] == ' ') j--;
        int k = j;
        while (k > 0 && char.IsLetter(folded[k - 1])) k--;
        if (k > 0 && TextFold.IsWordChar(folded[k - 1])) return '-';
        return folded.AsSpan(k, j - k) switch
        {
            "la" => 'f',
            "le" or "du" or "au" => 'm',
            _ => '-',
        };
    }

    /// <summary>
    /// French interviews: quotations that open a paragraph right after a paragraph that is a question in the writer's words
    /// ("Pourquoi avoir choisi des amateurs ?" / "« Parce que … »") are the answers of one interviewee. When at least two
    /// such answers stand in the text, those left without a speaker take the one person the other answers were given to,
    /// else the one person named in the paragraph before the first question (the interview's introduction).
    /// </summary>
    static void InterviewAnswers(Document doc, List<Quote> quotes, SpeakerCoref? coref = null)
    {
        if (doc.Paragraphs.IsDefaultOrEmpty) return;
        var text = doc.Text;
        var paras = doc.Paragraphs;
        var answers = new List<int>();
        int firstQuestion = -1;
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if (!q.Direct) continue;
            int open = q.Start - 1;
            while (open > 0 && text[open] is ' ' or '\u00A0' or '\u202F') open--;
            if (open < 0 || text[open] is not ('«' or '“' or '"')) continue;
            int pi = -1;
            for (int k = 0; k < paras.Length; k++) if (paras[k].Start == open) { pi = k; break; }
            if (pi <= 0) continue;
            var prev = text.AsSpan(paras[pi - 1].Start, paras[pi - 1].End - paras[pi - 1].Start).TrimEnd();
            if (prev.Length > 300 || !prev.EndsWith("?") || prev.ContainsAny("«»“”\"")) continue;
            answers.Add(i);
            if (firstQuestion < 0) firstQuestion = pi - 1;
        }
        if (answers.Count < 2) return;
        var given = answers.Select(i => quotes[i].Speaker).Where(s => s != null && IsPerson(doc, s)).Distinct().ToList();
        if (given.Count > 1) return;
        string? who = given.Count == 1 ? given[0] : null;
        if (who == null && firstQuestion > 0)
        {
            var intro = paras[firstQuestion - 1];
            var people = MentionsIn(doc, intro.Start, intro.End).Where(m => m.Type == EntityTypes.Person).Select(m => m.Id).Distinct().ToList();
            if (people.Count == 1) who = people[0];
            // no person entity there: the one name the Entities stage did not emit after a description ("la docteure Évelyne X")
            else if (people.Count == 0 && coref?.OnlyUnlinkedPersonIn(intro.Start, intro.End) is { } unlinked)
            {
                foreach (var i in answers)
                    if (quotes[i].Speaker == null && quotes[i].SpeakerSpan == null) quotes[i] = quotes[i] with { SpeakerSpan = unlinked };
                return;
            }
        }
        if (who == null) return;
        foreach (var i in answers)
            if (quotes[i].Speaker == null && quotes[i].SpeakerSpan == null) quotes[i] = quotes[i] with { Speaker = who };
    }
}
