using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Completes the country of event participants the knowledge base does not place (a person or organisation with no
/// country) from the words around their mentions: a demonym or country name inside the mention ("Serbian President
/// Vojislav Kostunica", "Kenya Anti-Corruption Commission"), in the title right before it ("le ministre russe X",
/// "Ukrainian President X", "le ministre malien de la Défense, X", "Ivory Coast's Supreme Court"), or in an apposition right after it ("X, the Iraqi
/// foreign minister,", "X, ministre nigérien de …"). Only one country may be named there. Failing those, an office-holder
/// of a state ("President Levy Mwanawasa") takes the one country its sentence names ("… to the Zambian people"). The
/// entity is otherwise left as the Entities stage made it.
/// </summary>
internal static class ParticipantCountries
{
    /// <summary>Words between a title's demonym and the name ("ministre russe des Affaires étrangères X"): at most this many.</summary>
    const int TitleWords = 5;

    public static Document Complete(Document doc, IEnumerable<string> participantIds)
    {
        var ids = participantIds.ToHashSet();
        if (ids.Count == 0) return doc;
        string? folded = null;
        Dictionary<string, string>? found = null;
        foreach (var e in doc.Entities)
        {
            if (e.Country != null || !ids.Contains(e.Id) || e.Type is not (EntityTypes.Person or EntityTypes.Organization)) continue;
            folded ??= TextFold.Fold(doc.Text);
            var countries = new HashSet<string>();
            foreach (var m in e.Mentions) Collect(doc, folded, m.Start, m.End, countries);
            if (countries.Count == 0 && e.Type == EntityTypes.Person)
                foreach (var m in e.Mentions)
                    if (StateTitle(doc, folded, m.Start, m.End)) { SentenceCountries(doc, folded, m.Start, countries); break; }
            if (countries.Count == 1) (found ??= [])[e.Id] = countries.First();
        }
        if (found == null) return doc;
        return doc with { Entities = [.. doc.Entities.Select(e => found.TryGetValue(e.Id, out var c) ? e with { Country = c } : e)] };
    }

    static void Collect(Document doc, string folded, int start, int end, HashSet<string> countries)
    {
        var text = doc.Text;
        // the sentence around the mention bounds the search
        int sStart = 0, sEnd = text.Length;
        foreach (var s in doc.Sentences)
            if (s.Start <= start && end <= s.End) { sStart = s.Start; sEnd = s.End; break; }
        int from = Math.Max(sStart, start - 80);
        int to = Math.Min(sEnd, end + 60);
        foreach (var h in Parallax.Entities.KnowledgeBase.Default.Names.FindLongest(text, folded, from, to))
        {
            var k = h.Value.Entity;
            if (!k.IsCountry || k.Country == null) continue;
            bool inside = h.Start >= start && h.End <= end;
            bool title = h.End <= start && h.Value.Demonym && Words(folded, h.End, start, out int commas) <= TitleWords && commas <= 1
                && (commas == 0 || folded.AsSpan(h.End, start - h.End).TrimEnd().EndsWith(","));
            bool apposition = h.Start >= end && h.Value.Demonym && folded.AsSpan(end, h.Start - end).TrimStart().StartsWith(",")
                && Words(folded, end, h.Start, out int c2) <= 4 && c2 == 1 && !HasVerb(folded, end, h.Start);
            // "the Ivory Coast's Supreme Court", "Austria's interior minister X": a country's possessive in the title
            bool possessive = h.End <= start && !h.Value.Demonym && h.End + 2 <= folded.Length && folded[h.End] == '\'' && folded[h.End + 1] == 's'
                && Words(folded, h.End + 2, start, out int c3) <= TitleWords && c3 == 0;
            if (inside || title || apposition || possessive) countries.Add(k.Country);
        }
    }

    /// <summary>
    /// Whether the mention is, contains or follows a state office with no organisation named in the title ("President
    /// Levy Mwanawasa", "Vice-President Moody Awori"; not "Arab League Secretary-General Chedli Klibi"): its holder
    /// serves the state the sentence is about. An office that overlaps the mention's start ("the Head of State" with a
    /// mention "State …") neither contains nor precedes it.
    /// </summary>
    static bool StateTitle(Document doc, string folded, int start, int end)
    {
        var kb = Parallax.Entities.KnowledgeBase.Default;
        int office = -1;
        foreach (var h in kb.Offices.FindLongest(doc.Text, folded, Math.Max(0, start - 40), end))
            if (h.End <= end && (h.Start >= start || h.End <= start && folded.AsSpan(h.End, start - h.End).Trim(" -").IsEmpty)) office = h.Start;
        if (office < 0) return false;
        // an organisation inside the mention or right before the office ("U.N. Secretary-General") is whom the holder serves
        foreach (var h in kb.Names.FindLongest(doc.Text, folded, Math.Max(0, Math.Min(office, start) - 40), end))
            if (h.Value.Entity.Type == EntityTypes.Organization && h.End <= end
                && ((h.Start >= start && h.End <= end) || (h.End <= office && folded.AsSpan(h.End, office - h.End).Trim(" -'s").IsEmpty)))
                return false;
        return true;
    }

    /// <summary>The countries its sentence names (country names, demonyms, cities and capitals of a country), the mention's own words included.</summary>
    static void SentenceCountries(Document doc, string folded, int pos, HashSet<string> countries)
    {
        int sStart = 0, sEnd = doc.Text.Length;
        foreach (var s in doc.Sentences)
            if (s.Start <= pos && pos < s.End) { sStart = s.Start; sEnd = s.End; break; }
        foreach (var h in Parallax.Entities.KnowledgeBase.Default.Names.FindLongest(doc.Text, folded, sStart, sEnd))
            if (h.Value.Entity is { Country: { } c } k && (k.IsCountry || k.Kind is "capital" or "city")) countries.Add(c);
    }

    /// <summary>Auxiliaries, reporting verbs and relative pronouns: after a comma they open a predicate or a relative clause, not an apposition.</summary>
    static readonly HashSet<string> ClauseWords = ["a", "ont", "est", "sont", "avait", "qui", "que", "has", "have", "had", "was", "were", "is", "are", "said", "told", "who", "which", "will", "would", "did"];

    static bool HasVerb(string folded, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!TextFold.IsWordChar(folded[i]) || (i > from && TextFold.IsWordChar(folded[i - 1]))) continue;
            int e = i;
            while (e < to && TextFold.IsWordChar(folded[e])) e++;
            if (ClauseWords.Contains(folded[i..e])) return true;
        }
        return false;
    }

    /// <summary>Words between two offsets, and the commas among them; a full stop, semicolon or colon counts as a boundary (many words).</summary>
    static int Words(string folded, int from, int to, out int commas)
    {
        int n = 0;
        commas = 0;
        for (int i = from; i < to; i++)
        {
            char c = folded[i];
            if (c is '.' or ';' or ':' or '(' or ')' or '"' or '«' or '»') return int.MaxValue;
            if (c == ',') commas++;
            if (TextFold.IsWordChar(c) && (i == from || !TextFold.IsWordChar(folded[i - 1]))) n++;
        }
        return n;
    }
}
