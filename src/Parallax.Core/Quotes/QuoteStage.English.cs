using Parallax.Text;
using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>English subjects of a reporting verb that the shared rules would read wrong.</summary>
public sealed partial class QuoteStage
{
    /// <summary>The words that tie a person to the organisation named right after them: "Gene Oduya of Harbour Capital said".</summary>
    static readonly string[] AffiliationLinks = [" of ", " at ", " from ", " with "];

    /// <summary>
    /// "Leah Moreno of Northgate Securities said …", "Dr Anil Rao at Leeds General Infirmary told …": the last name before
    /// the verb ends right before it and is tied by "of", "at", "from" or "with" to a person named just before — the
    /// subject is that person, not the organisation they belong to; otherwise null.
    /// </summary>
    static (string Id, TextSpan Span)? AffiliationHead(string text, IReadOnlyList<(string Id, string Type, TextSpan Span)> ms, int verb)
    {
        if (ms.Count < 2) return null;
        var last = ms[^1];
        var person = ms[^2];
        if (person.Type != EntityTypes.Person || last.Id == person.Id || text.AsSpan(last.Span.End, Math.Max(0, verb - last.Span.End)).Trim().Length != 0) return null;
        var link = text.AsSpan(person.Span.End, Math.Max(0, last.Span.Start - person.Span.End));
        foreach (var l in AffiliationLinks)
            if (link.SequenceEqual(l) || link.SequenceEqual(l + "the ")) return (person.Id, person.Span);
        return null;
    }

    /// <summary>
    /// "”, head coach Andy Farrell said.", "”, captain Rohit Sharma said": between the quotation's close and a name, a
    /// comma and at most three lower-case words of which the last is a noun for a person (person-nouns.txt) — the role the
    /// name is given, not words of the writer's that would make the name an object.
    /// </summary>
    static bool LowerCaseRoleBefore(string text, string folded, int close, int name)
    {
        int i = close, words = 0, lastStart = -1, lastEnd = -1;
        while (i < name)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            if (!char.IsLower(text[i])) return false;
            int w = i;
            while (i < name && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            if (++words > 3) return false;
            lastStart = w; lastEnd = i;
        }
        return words > 0 && PersonNouns.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded.AsSpan(lastStart, lastEnd - lastStart));
    }

    /// <summary>Nouns of people who speak for an organisation ("spokesman"): Quotes/data/voice-nouns.txt, folded.</summary>
    static readonly Lazy<HashSet<string>> VoiceNouns = new(() =>
        DataFiles.ReadLines("Quotes/data/voice-nouns.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// "the Lions coach said", "The Liberal leader said", "the Pittsburgh company’s boss said": a subject of "the", one to
    /// three modifiers of which one at least is capitalised (a team, a party, a place), and a noun for a person
    /// (person-nouns.txt) — a described person, not the organisation or place named in it; the noun (folded), else null.
    /// A noun for a spokesperson (voice-nouns.txt) is left out: an unnamed spokesperson speaks for the organisation.
    /// </summary>
    static string? NamedDescriptionNoun(string text, string folded, int from, int verb)
    {
        int i = from;
        while (i < verb && !char.IsLetter(text[i])) i++;
        int end = verb;
        while (end > i && text[end - 1] == ' ') end--;
        if (end - i > 60 || !folded.AsSpan(i).StartsWith("the ", StringComparison.Ordinal)) return null;
        int words = 0, lastStart = -1;
        bool modifierNamed = false;
        for (int k = i + 4; k < end; k++)
        {
            if (!(TextFold.IsWordChar(folded[k]) || folded[k] is '\'' or '’' or '-' or ' ')) return null;
            if (folded[k] == ' ' || folded[k - 1] != ' ') continue;
            // a capital on a word before the last one: a modifier that is a name
            if (lastStart >= 0 && char.IsUpper(text[lastStart])) modifierNamed = true;
            words++;
            lastStart = k;
        }
        if (words is < 2 or > 4 || !modifierNamed) return null;
        var noun = folded[lastStart..end];
        return PersonNouns.Value.Contains(noun) && !VoiceNouns.Value.Contains(noun) ? noun : null;
    }

    /// <summary>
    /// The person a description with <paramref name="noun"/> fits, before <paramref name="pos"/>: the last one named right
    /// after the same noun ("Brisbane coach Chris Fagan") or with it in apposition ("Chris Fagan, the Brisbane coach"),
    /// else the person the text is about (<see cref="PersonBefore"/>).
    /// </summary>
    static (string Id, TextSpan Span)? FittingPerson(Document doc, string folded, string noun, int pos)
    {
        (string Id, TextSpan Span)? best = null;
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityTypes.Person) continue;
            foreach (var m in e.Mentions)
            {
                if (m.End > pos || best != null && m.Start < best.Value.Span.Start) continue;
                if (HasWord(folded, Math.Max(0, m.Start - 25), m.Start, noun) || HasWord(folded, m.End, Math.Min(pos, m.End + 30), noun)) best = (e.Id, m.Span);
            }
        }
        return best ?? PersonBefore(doc, pos);
    }

    /// <summary>Whether <paramref name="word"/> stands as a whole word in folded[from, to).</summary>
    static bool HasWord(string folded, int from, int to, string word)
    {
        for (int at = folded.IndexOf(word, from, Math.Max(0, to - from), StringComparison.Ordinal); at >= 0;
             at = at + 1 < to ? folded.IndexOf(word, at + 1, Math.Max(0, to - at - 1), StringComparison.Ordinal) : -1)
        {
            int after = at + word.Length;
            if (after > to) break;
            if ((at == 0 || !TextFold.IsWordChar(folded[at - 1])) && (after >= folded.Length || !TextFold.IsWordChar(folded[after]))) return true;
        }
        return false;
    }

    /// <summary>Whether the first character after spaces from <paramref name="from"/> is a letter (a clause goes on, not a comma).</summary>
    static bool NextLetterAt(string text, int from, int end)
    {
        while (from < end && text[from] == ' ') from++;
        return from < end && char.IsLetter(text[from]);
    }

    /// <summary>
    /// Whether the line [from, to) reports speech of its own — an English verb of saying with its clause ("Parks Canada said
    /// on Thursday that …", "The club said tickets would …"): a paragraph with its own statement, not a credit line for
    /// the quotation before it.
    /// </summary>
    static bool ReportsOwnClause(string text, string folded, List<PhraseMatch<ReportingVerb>> verbs, IReadOnlyList<Sentence> sentences, int from, int to)
    {
        foreach (var v in verbs)
        {
            if (v.Value.Lang != "en" || v.Value.Kind != "verb" || v.Start < from || v.End > to) continue;
            var s = SentenceAt(sentences, v.Start);
            int end = Math.Min(s.End, to);
            int after = SkipObject(text, folded, v, end);
            if (ThatAfter(text, folded, after, end) >= 0 || SaysClause(text, folded, s, v, after)) return true;
        }
        return false;
    }
}
