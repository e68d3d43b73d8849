using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// French quotations opened right after "selon" and a personal pronoun: "Selon lui, « … »", "Selon elle, « … »". The
/// pronoun takes up the person named before, as it does for reported speech ("Selon elle, le bilan …"): the quotation
/// is that person's. Only "lui" and "elle" (one person), and only when nothing but the comma stands between the pronoun
/// and the quotation mark.
/// </summary>
public sealed partial class QuoteStage
{
    /// <summary>
    /// The person "selon lui"/"selon elle" at <paramref name="according"/> takes up, when the quotation opening at
    /// <paramref name="open"/> follows the pronoun and its comma directly; else null.
    /// </summary>
    static (string Id, TextSpan Span)? FrenchAccordingPronounSpeaker(Document doc, string text, string folded, PhraseMatch<ReportingVerb> according, int open)
    {
        if (according.Value.Lang != "fr" || open <= according.End) return null;
        int p = according.End;
        while (p < open && text[p] is ' ' or '\u00A0') p++;
        int pe = p;
        while (pe < open && TextFold.IsWordChar(folded[pe])) pe++;
        bool she = folded.AsSpan(p, pe - p).SequenceEqual("elle");
        if (!she && !folded.AsSpan(p, pe - p).SequenceEqual("lui")) return null;
        int i = pe;
        while (i < open && text[i] is ' ' or '\u00A0') i++;
        if (i >= open || text[i] != ',') return null;
        i++;
        while (i < open && text[i] is ' ' or '\u00A0') i++;
        if (i != open) return null;
        // (the words up to "elle" tell a woman; "lui" is left without a gender, as words before it could tell the wrong one)
        return PersonBefore(doc, according.Start, she ? folded[..pe] : null);
    }
}
