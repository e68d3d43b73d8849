using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

public sealed partial class QuoteStage
{
    /// <summary>French subjects naming one of the last two people introduced by their order
    /// (Quotes/data/first-second-of-two-fr.tsv): the folded phrase and 1 or 2.</summary>
    static readonly Lazy<(string Phrase, int Rank)[]> FirstSecondPhrases = new(() =>
        [.. DataFiles.ReadTsv("Quotes/data/first-second-of-two-fr.tsv").Where(r => r.Length >= 2).Select(r => (TextFold.Fold(r[0]), int.Parse(r[1])))]);

    /// <summary>
    /// "« … », explique la première", "« … », ajoute la seconde": a verb of saying right after the quotation whose subject is
    /// a phrase of first-second-of-two-fr.tsv, with nothing after it but punctuation, gives the quote to the first or the
    /// second of the last two people named before the quotation — the two with the latest mentions, ordered by the place
    /// each was first named.
    /// </summary>
    static void FirstOrSecondOfTwo(Document doc, string folded, List<PhraseMatch<ReportingVerb>> verbs, List<Quote> quotes)
    {
        var text = doc.Text;
        var phrases = FirstSecondPhrases.Value;
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if (!q.Direct) continue;
            int at = -1, len = 0, rank = 0;
            foreach (var v in verbs)
            {
                if (v.Start < q.End) continue;
                if (v.Start - q.End > 8) break;
                if (text.AsSpan(q.End, v.Start - q.End).ContainsAny(".!?\n")) continue;
                int p = v.End;
                while (p < text.Length && text[p] == ' ') p++;
                foreach (var (ph, r) in phrases)
                {
                    if (!folded.AsSpan(p).StartsWith(ph, StringComparison.Ordinal)) continue;
                    int e = p + ph.Length;
                    while (e < text.Length && text[e] is ' ' or '\u00A0' or '\u202F') e++;
                    // only punctuation after it: "la première ministre", "le premier, Paul X" are no such subject
                    if (e < text.Length && text[e] is not ('.' or '!' or '?' or ';' or '\n')) continue;
                    at = p; len = ph.Length; rank = r;
                    break;
                }
                if (at >= 0) break;
            }
            if (at < 0) continue;
            // the two people with the latest mentions before the quotation, and where each was first named
            string? a = null, b = null;
            int aLast = -1, bLast = -1, aFirst = int.MaxValue, bFirst = int.MaxValue;
            foreach (var e in doc.Entities)
            {
                if (e.Type != EntityTypes.Person) continue;
                int last = -1, first = int.MaxValue;
                foreach (var m in e.Mentions)
                {
                    if (m.End > q.Start || q.Start - m.Start > SpeakerCoref.MaxDistance) continue;
                    if (m.Start > last) last = m.Start;
                    if (m.Start < first) first = m.Start;
                }
                if (last < 0) continue;
                if (last > aLast) { (b, bLast, bFirst) = (a, aLast, aFirst); (a, aLast, aFirst) = (e.Id, last, first); }
                else if (last > bLast) (b, bLast, bFirst) = (e.Id, last, first);
            }
            if (a == null || b == null) continue;
            var (earlier, later) = bFirst < aFirst ? (b, a) : (a, b);
            quotes[i] = q with { Speaker = rank == 1 ? earlier : later, SpeakerSpan = new TextSpan(at, at + len) };
        }
    }
}
