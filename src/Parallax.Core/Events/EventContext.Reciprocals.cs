using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// The twelfth participants round (docs/events.md): a hostile act of two actors and no recipient told as reciprocal
/// ("La Thaïlande et le Cambodge se sont mutuellement accusés", "the two sides accused each other", words of
/// <c>reciprocal</c> in participant-words.tsv) is one act each way: A → B and B → A.
/// </summary>
internal sealed partial class EventContext
{
    static readonly HashSet<string> ReciprocalTypes = ["ACCUSE", "THREATEN", "REJECT", "SANCTION", "ASSAULT", "COERCE"];

    /// <summary>Words a reciprocal pronoun may stand within around its verb ("accused each other", "se sont mutuellement accusés").</summary>
    const int ReciprocalReach = 24;

    void ReciprocalPairs(PhraseMatch<Trigger> hit, List<Draft> coded, Sentence s)
    {
        if (coded.Count != 1 || coded[0] is not { Targets.Count: 0, Actors.Count: 2 } d || !ReciprocalTypes.Contains(d.Type)) return;
        if (hit.Value.Frame is Frame.Symmetric or Frame.Visit or Frame.Host) return;
        // (a country and its capital or one of its places are one side, not two)
        var (e0, e1) = (_entities[d.Actors[0]], _entities[d.Actors[1]]);
        if (e0.Country is { } c0 && c0 == e1.Country && (e0.Type == EntityTypes.Location || e1.Type == EntityTypes.Location)) return;
        int from = Math.Max(s.Start, hit.Start - ReciprocalReach), to = Math.Min(s.End, hit.End + ReciprocalReach);
        bool reciprocal = false;
        foreach (var w in _lex.Participants.Reciprocals)
            if (_folded.IndexOf(w, from, to - from, StringComparison.Ordinal) >= 0) { reciprocal = true; break; }
        if (!reciprocal) return;
        var (a, b) = (d.Actors[0], d.Actors[1]);
        var back = new Draft
        {
            Type = d.Type, Mode = d.Mode, Cameo = d.Cameo, Status = d.Status, Date = d.Date, Location = d.Location,
            SentenceIndex = d.SentenceIndex, LastSentence = d.LastSentence, Pronoun = d.Pronoun, Nominal = d.Nominal,
            Question = d.Question, Definite = d.Definite, Trigger = d.Trigger, Reciprocal = true,
            Actors = [b], Targets = [a], ReportedBy = [.. d.ReportedBy], Evidence = [.. d.Evidence],
            Attributes = new(d.Attributes, StringComparer.Ordinal),
        };
        d.Actors = [a];
        d.Targets = [b];
        d.Reciprocal = true;
        coded.Add(back);
    }
}
