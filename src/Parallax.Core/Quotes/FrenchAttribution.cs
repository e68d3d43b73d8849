using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// French-only attribution rules of the Quotes stage: an organisation read inside a described speaker's complement
/// ("a réagi le pivot des San Antonio Spurs"), and verbs that carry a speech on ("a poursuivi le technicien", "a-t-il
/// ajouté"), whose described or pronoun subject is the speaker of the quotation before. Words are data:
/// <c>Quotes/data/affiliation-fr.tsv</c>, <c>Quotes/data/continuation-verbs-fr.txt</c> (with the forms of
/// <c>speech-verbs-fr.tsv</c>), <c>person-nouns.txt</c>, <c>voice-nouns.txt</c>.
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
}
