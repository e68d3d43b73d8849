using Parallax.Text;
using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>
/// English organisations described by their kind ("the airline said", "police said", "according to the force"): the
/// organisation a description stands for is one of that kind (Quotes/data/organisation-kinds-en.tsv), not one of another
/// kind named since ("Two of the accused worked for Skyline Air, Dorset Police said. The airline said …").
/// </summary>
public sealed partial class QuoteStage
{
    /// <summary>Describing noun → its kind ("business", "police"), folded.</summary>
    static readonly Lazy<Dictionary<string, string>> OrganisationKinds = new(() =>
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in DataFiles.ReadTsv("Quotes/data/organisation-kinds-en.tsv"))
            foreach (var w in r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)) kinds[TextFold.Fold(w)] = r[0];
        return kinds;
    });

    /// <summary>Whether an organisation's name fits the kind of the noun describing it: a business is no organisation whose
    /// name holds a public body's noun ("Dorset Police", "Department of Agriculture"); a police force is an organisation
    /// whose name holds a police word ("Kent Police"). Nouns of no kind fit every organisation.</summary>
    internal static bool FitsKind(Entity e, string? noun)
    {
        if (noun == null || !OrganisationKinds.Value.TryGetValue(noun, out var kind)) return true;
        bool police = false, institution = false;
        foreach (var w in TextFold.Fold(e.Name).Split([' ', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (OrganisationKinds.Value.TryGetValue(w, out var k) && k == "police") police = true;
            if (SpeakerCoref.InstitutionNouns.Value.Contains(w)) institution = true;
        }
        return kind == "police" ? police : !institution && !police;
    }

    /// <summary>The head noun of a described organisation before a verb ("The airline" → "airline"), when it has a kind.</summary>
    static string? KindNoun(string folded, int clauseStart, int verbStart)
    {
        if (verbStart <= clauseStart) return null;
        var head = SubjectHead(folded, clauseStart, verbStart);
        return OrganisationKinds.Value.ContainsKey(head) ? head : null;
    }

    /// <summary>English "police said" with no determiner ("Both men were released, police said."): a police force as the
    /// subject, the one named before.</summary>
    static bool BarePoliceSubject(string text, string folded, int clauseStart, int verbStart)
    {
        int i = clauseStart;
        while (i < verbStart && !char.IsLetter(text[i])) i++;
        var head = StripLeading(folded[i..verbStart].Trim());
        return head == "police" && char.IsLower(text[i]);
    }

    /// <summary>[start, pos) without the spaces and punctuation that end it.</summary>
    static int EndOfWords(string text, int start, int pos)
    {
        while (pos > start && !char.IsLetterOrDigit(text[pos - 1])) pos--;
        return pos;
    }

    /// <summary>A person named right after an organisation's mention, with at most lower-case words between ("Insp. Ada
    /// Moss" read as an organisation and a name, "NASA scientist Jo Fell"), before <paramref name="limit"/>; or null.</summary>
    static (string Id, TextSpan Span)? PersonRightAfter(Document doc, string text, (string Id, TextSpan Span) org, int limit)
    {
        if (doc.Entities.FirstOrDefault(e => e.Id == org.Id) is not { Type: EntityTypes.Organization }) return null;
        var next = MentionsIn(doc, org.Span.End, limit).Where(m => m.Type == EntityTypes.Person).OrderBy(m => m.Span.Start).FirstOrDefault();
        if (next.Id == null || next.Span.Start - org.Span.End > 30) return null;
        for (int i = org.Span.End; i < next.Span.Start; i++)
            if (!(char.IsLower(text[i]) || text[i] is ' ' or '.')) return null;
        return (next.Id, next.Span);
    }
}
