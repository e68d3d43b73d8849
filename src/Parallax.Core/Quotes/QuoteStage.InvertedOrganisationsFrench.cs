using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// French organisations as the inverted subject of a reporting verb that follows what they said: "…, a annoncé dimanche
/// la municipalité", "« … », a précisé le ministère", "…, a annoncé mardi le constructeur", "…, a-t-on appris auprès de
/// la gendarmerie". A description headed by an organisation noun (organization-nouns.txt) after the verb — past a time
/// the Time stage found, an incidental phrase, or a source link of inverted-source-links-fr.txt — names the speaker (its
/// head an organisation noun, or a word of a public body's name of organisation-kinds-fr.tsv, never a person's noun): the
/// organisation named before whose name holds that noun ("la préfecture" after "la préfecture de la Gironde"), else, for
/// a noun of a business or a union (organisation-kinds-fr.tsv), the organisation of that kind named before, else the
/// description's own words. A person is never taken for it.
/// </summary>
public sealed partial class QuoteStage
{
    static readonly Lazy<string[]> InvertedSourceLinksFrench = new(() =>
        [.. DataFiles.ReadLines("Quotes/data/inverted-source-links-fr.txt").Select(l => TextFold.Fold(l).TrimEnd() + (l.EndsWith('\'') || l.EndsWith('’') ? "" : " "))
            .OrderByDescending(l => l.Length)]);

    static readonly string[] FrenchDefiniteArticles = ["la ", "le ", "l'"];

    /// <summary>
    /// The organisation a French inverted subject after a reporting verb ending at <paramref name="verbEnd"/> describes
    /// (an entity, or the description's words with no id), or null when no organisation description stands there.
    /// </summary>
    static (string? Id, TextSpan Span)? FrenchInvertedOrganisation(Document doc, string text, string folded, int verbStart, int verbEnd, int sentEnd)
    {
        int a = verbEnd;
        while (a < sentEnd && text[a] == ' ') a++;
        bool linked = false;
        foreach (var link in InvertedSourceLinksFrench.Value)
            if (string.CompareOrdinal(folded, a, link, 0, link.Length) == 0) { a += link.Length; linked = true; break; }
        if (!linked)
        {
            a = TimeAfter(doc, text, a, sentEnd);
            a = FrenchAttribution.PastIncidental(text, a, sentEnd);
        }
        while (a < sentEnd && text[a] == ' ') a++;
        // "a-t-on appris auprès de la SNCF": a name right after the link is the source
        if (linked && FirstEntityIn(doc, a, Math.Min(sentEnd, a + 60), preferPerson: false) is { } source && source.Span.Start - a <= 4)
            return (source.Id, source.Span);
        int det = a;
        var article = FrenchDefiniteArticles.FirstOrDefault(d => string.CompareOrdinal(folded, a, d, 0, d.Length) == 0);
        if (article != null) a += article.Length;
        else if (!linked) return null;
        // the head noun, in lower case
        int he = a;
        while (he < sentEnd && (TextFold.IsWordChar(folded[he]) || folded[he] == '-')) he++;
        if (he == a || !char.IsLower(text[a])) return null;
        var head = folded[a..he];
        // an organisation noun, or the word of a public body's, party's or association's name ("la gendarmerie", "le
        // tribunal"), never a person's noun ("le ministre")
        if (!OrganizationNouns.Value.Contains(head) && !FrenchOrganisationKinds.Value.OtherName.Contains(head) || PersonNouns.Value.Contains(head)) return null;
        // the description runs to punctuation or a word that opens another phrase, at most five words
        int stop = SubjectWindowEnd(folded, a, sentEnd);
        int end = he, count = 1;
        while (end < stop && count < 5)
        {
            int ws = end;
            while (ws < stop && folded[ws] == ' ') ws++;
            int we = ws;
            while (we < stop && (TextFold.IsWordChar(folded[we]) || folded[we] is '\'' or '-')) we++;
            if (we == ws || text.AsSpan(end, ws - end).ContainsAny(",;:.«»“”\"()")) break;
            end = we;
            count++;
        }
        // an organisation named before whose name holds the noun: "la préfecture" after "la préfecture de la Gironde"
        (string Id, TextSpan Span)? named = null;
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityTypes.Organization) continue;
            foreach (var m in e.Mentions)
            {
                if (m.End > verbStart || verbStart - m.Start > SpeakerCoref.MaxDistance || named != null && m.Start < named.Value.Span.Start) continue;
                if (HoldsWord(folded, m.Start, m.End, head) && m.End - m.Start > head.Length + 1) named = (e.Id, m.Span);
            }
        }
        // (the span is the description's own words, where the speaker is named: never a mention far before it)
        var words = new TextSpan(det, end);
        if (named != null) return (named.Value.Id, words);
        // a business or a union: the organisation of that kind named before
        if (FrenchOrganisationKinds.Value.Describing.ContainsKey(head)
            && OrganizationBefore(doc, verbStart, e => FitsKind(doc, e, head)) is { } kind && verbStart - kind.Span.Start <= SpeakerCoref.MaxDistance)
            return (kind.Id, words);
        return (null, words);
    }

    /// <summary>Whether the folded words of [from, to) hold <paramref name="word"/> as a whole word.</summary>
    static bool HoldsWord(string folded, int from, int to, string word)
    {
        for (int i = folded.IndexOf(word, from, to - from, StringComparison.Ordinal); i >= 0 && i + word.Length <= to;
             i = i + 1 < to ? folded.IndexOf(word, i + 1, to - i - 1, StringComparison.Ordinal) : -1)
            if ((i == from || !TextFold.IsWordChar(folded[i - 1])) && (i + word.Length == to || !TextFold.IsWordChar(folded[i + word.Length]))) return true;
        return false;
    }
}
