using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>A reporting verb or attribution phrase: "verb" ("a déclaré", "said") or "according" ("selon", "according to").</summary>
public sealed record ReportingVerb(string Lang, string Kind);

/// <summary>
/// The lexicon of reporting verbs and attribution phrases (Quotes/data/reporting-verbs.tsv), compiled once.
/// Used by the Quotes stage to attribute quotations and by the Entities stage to recognise the names of
/// speakers it does not know ("Mayer said", "said Ed Alvarez").
/// </summary>
public static class ReportingVerbs
{
    static readonly Lazy<PhraseMatcher<ReportingVerb>> Lexicon = new(() => new PhraseMatcher<ReportingVerb>(Entries()));

    static readonly string[] Auxiliaries = ["a ", "ont ", "avait ", "avaient ", "aurait ", "auraient "];
    static readonly string[] InvertedAuxiliaries = ["a-t-il ", "a-t-elle ", "ont-ils ", "ont-elles ", "avait-il ", "avait-elle "];

    /// <summary>
    /// The lexicon's phrases, and each French compound form with the words a writer inserts between auxiliary and
    /// participle (Quotes/data/verb-insertions.txt: "a pour sa part salué", "a aussitôt réagi").
    /// </summary>
    static IEnumerable<(string, ReportingVerb)> Entries()
    {
        var insertions = DataFiles.ReadLines("Quotes/data/verb-insertions.txt").Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var trailing = DataFiles.ReadLines("Quotes/data/verb-trailers.txt").Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var rows = DataFiles.ReadTsv("Quotes/data/reporting-verbs.tsv").ToList();
        var listed = rows.Select(r => TextFold.Fold(r[1])).ToHashSet();
        rows.AddRange(FrenchSpeechVerbForms().Where(r => listed.Add(TextFold.Fold(r[1]))));
        foreach (var r in rows)
        {
            var verb = new ReportingVerb(r[0], r[2]);
            yield return (r[1], verb);
            if (r[0] != "fr" || r[2] == "according") continue;
            foreach (var aux in Auxiliaries)
                if (r[1].StartsWith(aux, StringComparison.Ordinal) && r[1].Length > aux.Length)
                {
                    foreach (var ins in insertions) yield return (aux + ins + " " + r[1][aux.Length..], verb);
                    // a compound form followed by a phrase before its inverted subject: "a indiqué de son côté la compagnie"
                    foreach (var ins in trailing) yield return (r[1] + " " + ins, verb);
                }
            // an inverted pronoun with words before the participle: "a-t-il encore ajouté", "a-t-elle pour sa part précisé"
            foreach (var inv in InvertedAuxiliaries)
                if (r[1].StartsWith(inv, StringComparison.Ordinal) && r[1].Length > inv.Length && !r[1].AsSpan(inv.Length).Contains(' '))
                    foreach (var ins in insertions) yield return (inv + ins + " " + r[1][inv.Length..], verb);
            // a simple (present) form followed by a phrase of its own: "assure de son côté le groupe", "précise pour sa part l’élue"
            if (!r[1].Contains(' ') && !r[1].Contains('-'))
                foreach (var ins in trailing) yield return (r[1] + " " + ins, verb);
        }
    }

    static readonly string[] Persons = ["il", "elle"];

    /// <summary>
    /// The forms of each French verb of saying of Quotes/data/speech-verbs-fr.tsv as lexicon rows (lang, phrase, kind):
    /// compound tenses and their inversions, the present and imperfect with and without inversion, reflexive forms.
    /// </summary>
    static IEnumerable<string[]> FrenchSpeechVerbForms()
    {
        foreach (var r in DataFiles.ReadTsv("Quotes/data/speech-verbs-fr.tsv"))
        {
            if (r.Length < 6) throw new FormatException($"speech-verbs-fr.tsv: '{string.Join('\t', r)}' needs six columns");
            bool reflexive = r[0].StartsWith("s'", StringComparison.Ordinal) || r[0].StartsWith("se ", StringComparison.Ordinal);
            string participle = r[1], kind = r[5], imperfect = r[4];
            bool bare = !r[2].StartsWith('!');
            string present = r[2].TrimStart('!'), plural = r[3];
            // the inversion: "ajoute-t-il" after a vowel, "dit-il" after a consonant
            string Invert(string form, string p) => form + (form[^1] is 'e' or 'a' ? "-t-" : "-") + p;
            var forms = new List<string>();
            if (reflexive)
            {
                string se = TextFold.Fold(present)[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' ? "s'" : "se ";
                forms.AddRange(["s'est " + participle, "s'est " + participle + "e", "se sont " + participle + "s", "s'etait " + participle,
                    "s'est-il " + participle, "s'est-elle " + participle + "e", se + imperfect]);
                if (bare) forms.AddRange([se + present, se + plural]);
                foreach (var p in Persons) forms.AddRange([se + Invert(present, p), se + Invert(imperfect, p)]);
            }
            else
            {
                foreach (var aux in new[] { "a ", "ont ", "avait ", "avaient ", "aurait ", "a-t-il ", "a-t-elle ", "ont-ils ", "ont-elles ", "avait-il ", "avait-elle " })
                    forms.Add(aux + participle);
                if (bare) forms.AddRange([present, plural]);
                forms.AddRange([imperfect, imperfect[..^1] + "ent", plural + "-ils", plural + "-elles"]);
                foreach (var p in Persons) forms.AddRange([Invert(present, p), Invert(imperfect, p)]);
            }
            foreach (var f in forms) yield return ["fr", f, kind];
        }
    }

    /// <summary>
    /// The bare present forms (singular and plural) that speech-verbs-fr.tsv keeps out of the lexicon with a leading "!"
    /// because they are nouns too ("note", "avance", "réplique"; not those marked "!!"), alone and with the lexicon's trailing phrases
    /// ("avance de son côté"): read as verbs only right after a quotation's closing mark.
    /// </summary>
    static readonly Lazy<PhraseMatcher<ReportingVerb>> BareAfterQuotation = new(() =>
    {
        var trailing = DataFiles.ReadLines("Quotes/data/verb-trailers.txt").Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var entries = new List<(string, ReportingVerb)>();
        foreach (var r in DataFiles.ReadTsv("Quotes/data/speech-verbs-fr.tsv"))
        {
            if (r.Length < 6 || !r[2].StartsWith('!') || r[2].StartsWith("!!", StringComparison.Ordinal)) continue;
            bool reflexive = r[0].StartsWith("s'", StringComparison.Ordinal) || r[0].StartsWith("se ", StringComparison.Ordinal);
            if (reflexive) continue;
            var verb = new ReportingVerb("fr", r[5]);
            foreach (var form in new[] { r[2].TrimStart('!'), r[3] })
            {
                entries.Add((form, verb));
                foreach (var t in trailing) entries.Add((form + " " + t, verb));
            }
        }
        return new PhraseMatcher<ReportingVerb>(entries);
    });

    /// <summary>
    /// French copy: adds to <paramref name="verbs"/> (kept in order) the bare present of a verb of saying that is also a noun
    /// where it follows a quotation's closing mark and its comma, with nothing else between: "« … », note l’économiste",
    /// "« … », réplique Paul Durand", "« … », avance de son côté le professeur". A word there opens the inverted
    /// attribution, never a noun phrase of the sentence.
    /// </summary>
    public static void AddBareFormsAfterQuotations(string text, string folded, List<PhraseMatch<ReportingVerb>> verbs)
    {
        for (int i = text.IndexOf('»'); i >= 0; i = text.IndexOf('»', i + 1))
        {
            int j = i + 1;
            if (j < text.Length && text[j] == ',') j++;
            int spaces = j;
            while (j < text.Length && text[j] is ' ' or '\u00A0' or '\u202F') j++;
            if (j == spaces || j >= text.Length || !char.IsLower(text[j])) continue;
            var found = BareAfterQuotation.Value.FindLongest(text, folded, j, Math.Min(text.Length, j + 40));
            if (found.Count == 0 || found[0].Start != j) continue;
            var m = found[0];
            if (m.End < text.Length && TextFold.IsWordChar(folded[m.End])) continue;
            if (verbs.Any(v => v.Start < m.End && m.Start < v.End)) continue;
            int at = verbs.FindIndex(v => v.Start > m.Start);
            verbs.Insert(at < 0 ? verbs.Count : at, m);
        }
    }

    public static PhraseMatcher<ReportingVerb> Matcher => Lexicon.Value;

    static readonly Lazy<Dictionary<string, PhraseMatcher<ReportingVerb>>> ByLanguage = new(() =>
        Entries().GroupBy(e => e.Item2.Lang).ToDictionary(g => g.Key, g => new PhraseMatcher<ReportingVerb>(g)));

    /// <summary>
    /// The lexicon of one language ("fr", "en"), or the whole lexicon for any other code: the longest match is chosen
    /// among that language's phrases, so a French form ("affirme") cannot hide an English one starting at the same
    /// place ("affirmed").
    /// </summary>
    public static PhraseMatcher<ReportingVerb> MatcherIn(string language) => ByLanguage.Value.GetValueOrDefault(language, Lexicon.Value);
}
