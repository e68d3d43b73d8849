using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// Sentence-opening attribution frames without a verb of their own (Quotes/data/frames.tsv): "Pour le ministre, « … »",
/// "Pour la secrétaire générale de la CGT, Sophie Binet, …", "Du côté du Kremlin, on affirme que …", "À Matignon, on
/// assure que …". The frame's holder is a person or organisation named in it, a name in apposition after it, or — for a
/// described person with no name ("Pour la porte-parole de l'association, « … ». Claire Dumas, qui …") — the person who
/// opens the next sentence (cataphora), else the last person named before.
/// </summary>
static class Frames
{
    static readonly Lazy<PhraseMatcher<(string Lang, string Kind)>> Lexicon = new(() =>
        new PhraseMatcher<(string, string)>(DataFiles.ReadTsv("Quotes/data/frames.tsv").Select(r => (r[1], (r[0], r[2])))));

    static readonly string[] Openers = ["mais ", "et ", "or ", "car "];

    /// <summary>A frame at the start of a sentence: its kind, the holder, and where the framed content starts.</summary>
    public readonly record struct Frame(string Kind, string? Speaker, TextSpan? Span, int ContentStart, int VerbStart);

    public static Frame? At(Document doc, string text, string folded, Sentence s, List<PhraseMatch<ReportingVerb>> verbs, HashSet<string> personNouns)
    {
        int i = s.Start;
        while (i < s.End && !char.IsLetter(text[i])) i++;
        foreach (var o in Openers)
            if (string.CompareOrdinal(folded, i, o, 0, o.Length) == 0) { i += o.Length; break; }
        if (i >= s.End || !char.IsUpper(text[i]) && i == s.Start) { }
        var hit = Lexicon.Value.FindLongest(text, folded, i, Math.Min(s.End, i + 30)).FirstOrDefault(h => h.Start == i);
        if (hit.End == 0 || hit.Value.Lang != doc.Language) return null;
        int comma = text.IndexOf(',', hit.End, s.End - hit.End);
        if (comma < 0 || comma - hit.End > 90) return null;
        var np = text.AsSpan(hit.End, comma - hit.End);
        if (np.ContainsAny("«»“”\":;") || np.Trim().Length == 0) return null;
        int contentStart = comma + 1, verbStart = -1;
        if (hit.Value.Kind == "side")
        {
            // ", on affirme que", ", on fait valoir que": "on" and a reporting verb right after the frame
            int k = comma + 1;
            while (k < s.End && text[k] == ' ') k++;
            var v = verbs.FirstOrDefault(x => x.Start > k && x.Start <= k + 6 && x.Value.Kind is "verb" or "after" && Subjects.IndefiniteBefore(folded, k, x.Start, doc.Language) == k);
            if (v.Value == null) return null;
            verbStart = v.Start;
            contentStart = v.End;
        }
        // the holder: a person in apposition right after the frame ("Pour la secrétaire générale de la CGT, Sophie Binet, …")
        var mentions = doc.Entities.Where(e => e.Type is EntityTypes.Person or EntityTypes.Organization)
            .SelectMany(e => e.Mentions.Select(m => (e.Id, e.Type, m.Span))).ToList();
        if (hit.Value.Kind == "for")
        {
            int a = comma + 1;
            while (a < s.End && text[a] == ' ') a++;
            var appo = mentions.Where(m => m.Type == EntityTypes.Person && m.Span.Start == a).OrderByDescending(m => m.Span.End).FirstOrDefault();
            if (appo.Id != null && appo.Span.End < s.End && text[appo.Span.End] == ',')
                return new Frame("for", appo.Id, appo.Span, appo.Span.End + 1, -1);
            // … or a name the Entities stage did not emit, after a described person ("Pour le chef de file de l'opposition,
            // Erwan Guivarc'h, « … »"): its words
            if (DescribesPerson(folded, hit.End, comma, personNouns) && NameBeforeComma(text, a, s.End) is { } name)
                return new Frame("for", null, name, name.End + 1, -1);
            // a clause with a subject and a verb of saying of its own ("Pour la défense d’Air France, Me X a rappelé que …"):
            // the opening phrase only says for whom that subject speaks; it holds nothing
            var subject = mentions.Where(m => m.Type == EntityTypes.Person && m.Span.Start >= a && m.Span.Start <= a + 4).OrderBy(m => m.Span.Start).FirstOrDefault();
            if (subject.Id != null && text.AsSpan(a, subject.Span.Start - a).IndexOfAny(",«“\"") < 0
                && verbs.Any(v => v.Value.Kind == "verb" && v.Start >= subject.Span.End && v.Start - subject.Span.End <= 3))
                return null;
        }
        var inFrame = mentions.Where(m => m.Span.Start >= hit.End && m.Span.End <= comma).OrderBy(m => m.Span.Start).ToList();
        // "Pour Julien, étudiant de 22 ans, « … »": a lone given name (given-names.tsv) before a description or an age, which
        // the Entities stage does not emit, holds the frame
        if (hit.Value.Kind == "for" && inFrame.Count == 0)
        {
            int g = hit.End;
            while (g < comma && text[g] == ' ') g++;
            // (the framed words are the quotation after the description: "étudiant de 22 ans" is no reported clause)
            int mark = text.AsSpan(comma, s.End - comma).IndexOfAny('«', '“', '"');
            if (g < comma && mark > 0 && SpeakerCoref.LoneGivenName(text, folded, g, s.End) is { } given && given.End == comma)
                return new Frame("for", null, new TextSpan(given.Start, given.End), comma + mark, -1);
        }
        var person = inFrame.LastOrDefault(m => m.Type == EntityTypes.Person);
        if (person.Id != null) return new Frame(hit.Value.Kind, person.Id, person.Span, contentStart, verbStart);
        // a described person ("le ministre", "la porte-parole de l'association"): the person who opens the next sentence
        if (DescribesPerson(folded, hit.End, comma, personNouns))
        {
            // a bare noun ("Aux yeux de l'élu", "Pour la ministre") points back to the last person named in the paragraph;
            // a noun with its complement ("Pour la porte-parole de l'association") introduces the one named next
            if (!folded.AsSpan(hit.End, comma - hit.End).Trim().Contains(' ') || BareNoun(folded, hit.End, comma))
            {
                int para = doc.Paragraphs.Where(p => p.Start <= s.Start).Select(p => p.Start).DefaultIfEmpty(0).Max();
                var back = mentions.Where(m => m.Type == EntityTypes.Person && m.Span.End <= s.Start && m.Span.Start >= para)
                    .OrderByDescending(m => m.Span.Start).FirstOrDefault();
                if (back.Id != null) return new Frame(hit.Value.Kind, back.Id, back.Span, contentStart, verbStart);
            }
            var next = doc.Sentences.FirstOrDefault(x => x.Start >= s.End);
            if (next != null && !doc.Text.AsSpan(s.End, next.Start - s.End).Contains("\n\n", StringComparison.Ordinal))
            {
                var opener = mentions.Where(m => m.Type == EntityTypes.Person && m.Span.Start >= next.Start && m.Span.Start <= next.Start + 3)
                    .OrderBy(m => m.Span.Start).FirstOrDefault();
                if (opener.Id != null) return new Frame(hit.Value.Kind, opener.Id, opener.Span, contentStart, verbStart);
            }
            return null;
        }
        var org = inFrame.LastOrDefault(m => m.Type == EntityTypes.Organization);
        if (org.Id != null) return new Frame(hit.Value.Kind, org.Id, org.Span, contentStart, verbStart);
        // "Du côté de l'intersyndicale, on assure …": the unlinked words naming the side
        if (hit.Value.Kind == "side" && Words(text, hit.End, comma) is { } words) return new Frame("side", null, words, contentStart, verbStart);
        return null;
    }

    /// <summary>Whether the frame's words are a determiner and a person noun ("le ministre", "la porte-parole de …").</summary>
    static bool DescribesPerson(string folded, int from, int to, HashSet<string> personNouns)
    {
        var words = folded[from..to].Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] is not ("le" or "la" or "l")) return false;
        int n = 1;
        if (words[n] is "nouveau" or "nouvelle" or "jeune" or "vieux") n++;
        return n < words.Length && personNouns.Contains(words[n].Split('-')[0]) || n < words.Length && personNouns.Contains(words[n]);
    }

    /// <summary>Whether the frame's words are only a determiner, at most one adjective and a noun ("l'élu", "la nouvelle ministre").</summary>
    static bool BareNoun(string folded, int from, int to)
    {
        var words = folded[from..to].Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && words[0] is "le" or "la" or "l";
    }

    /// <summary>A capitalised name of two to four words right at <paramref name="from"/>, followed by a comma ("Erwan Guivarc'h,").</summary>
    static TextSpan? NameBeforeComma(string text, int from, int end)
    {
        int i = from, words = 0;
        if (string.CompareOrdinal(text, i, "Me ", 0, 3) == 0 || string.CompareOrdinal(text, i, "M. ", 0, 3) == 0) i += 3;
        int start = i;
        while (i < end && char.IsUpper(text[i]))
        {
            while (i < end && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’')) i++;
            words++;
            if (i < end && text[i] == ',') return words >= 2 && words <= 4 ? new TextSpan(start, i) : null;
            if (i < end && text[i] == ' ') i++; else return null;
            // particles inside a name: "Laurent de Caunes", "Frank van den Broek"
            foreach (var particle in new[] { "de ", "du ", "van ", "von ", "den ", "le ", "la " })
                if (string.CompareOrdinal(text, i, particle, 0, particle.Length) == 0 && i + particle.Length < end && char.IsUpper(text[i + particle.Length])) { i += particle.Length; break; }
        }
        return null;
    }

    /// <summary>The words of the frame's holder when they start with an article or a capital ("l'intersyndicale", "la FNSEA").</summary>
    static TextSpan? Words(string text, int from, int to)
    {
        int s = from, e = to;
        while (s < e && !char.IsLetter(text[s])) s++;
        while (e > s && !char.IsLetterOrDigit(text[e - 1])) e--;
        if (e <= s) return null;
        var span = text.AsSpan(s, e - s);
        bool article = span.StartsWith("l'") || span.StartsWith("l’") || span.StartsWith("la ") || span.StartsWith("le ") || span.StartsWith("les ");
        return article || char.IsUpper(text[s]) ? new TextSpan(s, e) : null;
    }
}
