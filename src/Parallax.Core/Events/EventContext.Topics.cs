using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// What talks are about is not an event (issue #7, second precision round): an event noun with an indefinite article, or
/// none, in the object of a verb or noun of discussion ("discussed a permanent ceasefire", "were due to discuss an
/// offensive", "pour négocier avec les rebelles une trêve durable", "ont discuté d'un cessez-le-feu") is a possible event
/// talked about, not one that happened. The words of discussion are Events/data/cues.tsv's kinds <c>topics</c> and
/// <c>subject</c>; the articles are Events/data/clause-words.tsv's kind <c>indefinite-articles</c>. A definite noun ("discussed
/// the attack on the port") may be an event told before, and stays.
/// </summary>
internal sealed partial class EventContext
{
    HashSet<string> IndefiniteArticles => _lex.Clause.IndefiniteArticles;

    /// <summary>Whether <paramref name="hit"/> is an indefinite (or bare) noun in the object of a word of discussion of
    /// its clause, at most six words after it, with no comma, clause cut or new clause between.</summary>
    bool TopicOfTalks(PhraseMatch<Trigger> hit, List<PhraseMatch<Cue>> cues, List<PhraseMatch<(string Lang, string Kind)>> cuts)
    {
        if (hit.Value.Type is "CONSULT" or "-" or "=") return false;
        foreach (var c in cues)
        {
            if (c.Value.Kind is not ("subject" or "topics") || c.End > hit.Start || WordsBetween(c.End, hit.Start) > 6) continue;
            if (_folded.IndexOfAny([',', ';', '(', ':'], c.End, hit.Start - c.End) >= 0) continue;
            bool cut = false;
            foreach (var x in cuts)
                if (x.Start >= c.End && x.Start < hit.Start) { cut = true; break; }
            if (cut) continue;
            var prev = PreviousWord(hit.Start, c.End);
            // "discussed sanctions", "discuté de sanctions": a bare noun right after the word of discussion
            if (prev.Length == 0 || IndefiniteArticles.Contains(prev)) return true;
            // "un nouveau cessez-le-feu", "a lasting truce": one modifier after the article
            int at = hit.Start - 1;
            while (at >= c.End && _folded[at] == ' ') at--;
            at -= prev.Length - 1;
            if (at > c.End && IndefiniteArticles.Contains(PreviousWord(at, c.End))) return true;
        }
        return false;
    }
}
