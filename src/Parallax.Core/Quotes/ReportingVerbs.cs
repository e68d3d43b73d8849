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
        foreach (var r in DataFiles.ReadTsv("Quotes/data/reporting-verbs.tsv"))
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

    public static PhraseMatcher<ReportingVerb> Matcher => Lexicon.Value;
}
