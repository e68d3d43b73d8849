using Parallax.Text;
using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>
/// French organisations described by their kind ("la compagnie a indiqué", "a précisé le syndicat"): a description of a
/// business does not stand for a union, a party, a public body or an association named since ("Fabien Villedieu, délégué
/// syndical SUD-Rail. La compagnie a indiqué …" is the railway company's), and a description of a union stands for a union
/// (Quotes/data/organisation-kinds-fr.tsv).
/// </summary>
public sealed partial class QuoteStage
{
    sealed record FrenchKindSets(Dictionary<string, string> Describing, HashSet<string> UnionName, HashSet<string> UnionAcronyms,
        HashSet<string> OtherName, HashSet<string> Described);

    static readonly Lazy<FrenchKindSets> FrenchOrganisationKinds = new(() =>
    {
        var sets = new FrenchKindSets(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal),
            new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        foreach (var r in DataFiles.ReadTsv("Quotes/data/organisation-kinds-fr.tsv"))
            foreach (var w0 in r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = TextFold.Fold(w0);
                switch (r[0])
                {
                    case "union-name": sets.UnionName.Add(w); break;
                    case "union-acronym": sets.UnionAcronyms.Add(w); break;
                    case "other-name": sets.OtherName.Add(w); break;
                    case "described": sets.Described.Add(w); break;
                    default: sets.Describing[w] = r[0]; break;
                }
            }
        return sets;
    });

    /// <summary>The head noun of a French described organisation before a verb ("La compagnie" → "compagnie", "l'entreprise"
    /// → "entreprise"), when it has a kind.</summary>
    static string? FrenchKindNoun(string folded, int clauseStart, int verbStart)
    {
        if (verbStart <= clauseStart) return null;
        var head = SubjectHead(folded, clauseStart, verbStart);
        int apo = head.LastIndexOf('\'');
        if (apo >= 0) head = head[(apo + 1)..];
        return FrenchOrganisationKinds.Value.Describing.ContainsKey(head) ? head : null;
    }

    /// <summary>The describing noun of the subject before a verb in the document's language, when it has a kind.</summary>
    static string? KindNoun(string? lang, string folded, int clauseStart, int verbStart) =>
        lang == "fr" ? FrenchKindNoun(folded, clauseStart, verbStart) : lang == "en" ? KindNoun(folded, clauseStart, verbStart) : null;

    /// <summary>Whether an organisation fits the kind of the noun describing it, in the document's language.</summary>
    internal static bool FitsKind(Document doc, Entity e, string? noun) =>
        doc.Language == "fr" ? FitsFrenchKind(doc.Text, e, noun) : FitsKind(e, noun);

    /// <summary>Whether an organisation fits a French describing noun: a business ("la compagnie", "l'entreprise") is no
    /// organisation whose name holds a union's word or acronym ("SUD-Rail", "la CGT-Cheminots") or a public body's, party's
    /// or association's word ("ministère", "Parti"), nor one the text introduced as such ("le syndicat Alliance", "l'association
    /// Aides"); a union ("le syndicat", "la centrale") is an organisation of the first kind. Nouns of no kind fit every
    /// organisation.</summary>
    internal static bool FitsFrenchKind(string text, Entity e, string? noun)
    {
        var sets = FrenchOrganisationKinds.Value;
        if (noun == null || !sets.Describing.TryGetValue(noun, out var kind)) return true;
        bool union = false, other = false;
        // the words of its name and of the mentions naming it ("Confédération générale du travail" named "la CGT")
        NameWords(sets, e.Name, ref union, ref other);
        foreach (var m in e.Mentions)
            if (!union && m.End <= text.Length) NameWords(sets, text.AsSpan(m.Start, m.End - m.Start), ref union, ref other);

        // "le syndicat SUD-Rail", "délégué syndical Alliance", "le parti Renaissance": the noun right before a mention
        if (!union && !other)
            foreach (var m in e.Mentions)
            {
                int end = m.Start;
                while (end > 0 && text[end - 1] == ' ') end--;
                int start = end;
                while (start > 0 && char.IsLetter(text[start - 1])) start--;
                if (start == end || end - start > 16) continue;
                var w = TextFold.Fold(text.AsSpan(start, end - start));
                if (!sets.Described.Contains(w)) continue;
                if (sets.UnionName.Contains(w) || sets.Describing.TryGetValue(w, out var k) && k == "union") union = true;
                else other = true;
            }
        return kind == "union" ? union : !union && !other;
    }

    /// <summary>Whether the words of a name hold a union's word or capitalised acronym, or a public body's, party's or
    /// association's word.</summary>
    static void NameWords(FrenchKindSets sets, ReadOnlySpan<char> name, ref bool union, ref bool other)
    {
        int i = 0;
        while (i < name.Length)
        {
            while (i < name.Length && !char.IsLetter(name[i])) i++;
            int s = i;
            bool upper = true;
            while (i < name.Length && char.IsLetter(name[i])) { upper &= char.IsUpper(name[i]); i++; }
            if (i == s) break;
            var w = TextFold.Fold(name.Slice(s, i - s));
            if (sets.UnionName.Contains(w) || upper && i - s >= 2 && sets.UnionAcronyms.Contains(w)) union = true;
            else if (sets.OtherName.Contains(w)) other = true;
        }
    }
}
