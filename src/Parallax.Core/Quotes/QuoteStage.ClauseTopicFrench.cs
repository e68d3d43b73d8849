using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

public sealed partial class QuoteStage
{
    /// <summary>
    /// French copy: a quotation inside a reported clause whose speaker is an organisation or a place named in that clause
    /// before it, with no verb of saying between the clause's start and the quotation, is the clause's speaker's: "Selon
    /// lui, la simplification des règles de la PAC doit aboutir « avant l’été »" is his, not the PAC's — a name inside the
    /// reported words is what they are about, not who says them.
    /// </summary>
    static void ClauseTopicsAreNotSpeakers(Document doc, List<PhraseMatch<ReportingVerb>> verbs, List<Quote> quotes, List<Quote> reported)
    {
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if (!q.Direct || q.Speaker is not { } id) continue;
            Quote? clause = null;
            foreach (var r in reported)
                if (r.Start <= q.Start && q.End <= r.End && r.Speaker is { } rs && rs != id) { clause = r; break; }
            if (clause is not { } c) continue;
            // an organisation or a place (a person named there may be the clause's own source: "Selon l’avocat, Me X, …")
            bool named = false;
            foreach (var e in doc.Entities)
            {
                if (e.Id != id || e.Type == EntityTypes.Person) continue;
                foreach (var m in e.Mentions) if (m.Start >= c.Start && m.End <= q.Start) named = true;
            }
            if (!named) continue;
            bool verb = false;
            foreach (var v in verbs) if (v.Start >= c.Start && v.Start < q.Start) { verb = true; break; }
            if (verb) continue;
            quotes[i] = q with { Speaker = c.Speaker, SpeakerSpan = c.SpeakerSpan };
        }
    }
}
