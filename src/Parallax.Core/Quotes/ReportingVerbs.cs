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
    static readonly Lazy<PhraseMatcher<ReportingVerb>> Lexicon = new(() =>
        new PhraseMatcher<ReportingVerb>(DataFiles.ReadTsv("Quotes/data/reporting-verbs.tsv").Select(r => (r[1], new ReportingVerb(r[0], r[2])))));

    public static PhraseMatcher<ReportingVerb> Matcher => Lexicon.Value;
}
