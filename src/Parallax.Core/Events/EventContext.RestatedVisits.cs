namespace Parallax.Events;

/// <summary>
/// One visit told twice in a sentence (issue #7, second precision round): "X visited Washington on Wednesday on his first
/// trip abroad", "Y met Z in Beijing, the first visit by a leader of Y's country in seven years", "X a entamé une visite
/// d'État au Maroc, où il a été accueilli à Rabat par le roi": a visit mention and a meeting or visit mention of the same
/// sentence whose participants are all of the same sides (the same entities or of the same countries, the meeting's place
/// counting as its country's side) and that share their status are one visit, not two events. When the visit was first
/// told by its noun ("une visite d'État", "his first visit") and then by a verb, the verb's reading of who visits and who
/// hosts is kept (<see cref="JoinVisit"/>).
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Whether <paramref name="d"/> restates the visit or meeting <paramref name="e"/> told earlier in its sentence.</summary>
    public bool RestatesVisit(Draft e, Draft d)
    {
        if (e.Type != "CONSULT" || d.Type != "CONSULT" || e.LastSentence != d.SentenceIndex || e.Status != d.Status) return false;
        // one of the two is a visit, the other a visit or a meeting of no stated mode (not a phone call, not a summit)
        if (!(e.Mode == "visit" && d.Mode is null or "visit") && !(d.Mode == "visit" && e.Mode is null)) return false;
        if (d.Actors.Count + d.Targets.Count == 0 || e.Actors.Count + e.Targets.Count == 0) return false;
        foreach (var p in d.Participants)
        {
            bool side = e.Location is { } loc && SameSide(p, loc);
            if (!side)
                foreach (var q in e.Participants)
                    if (SameSide(p, q)) { side = true; break; }
            if (!side) return false;
        }
        return true;
    }

    /// <summary>Adds the mention <paramref name="d"/> to the visit <paramref name="visit"/> it restates; a verb's roles
    /// replace those read off a noun told before it (a noun's roles are the weaker reading), the noun's other participants
    /// joining the side they are of.</summary>
    public void JoinVisit(Draft visit, Draft d)
    {
        if (NounUse(visit) && !NounUse(d) && d.Actors.Count > 0)
        {
            var actors = visit.Actors;
            var targets = visit.Targets;
            visit.Actors = [.. d.Actors];
            visit.Targets = [.. d.Targets.Where(t => !visit.Actors.Contains(t))];
            foreach (var p in actors.Concat(targets))
            {
                if (visit.Actors.Contains(p) || visit.Targets.Contains(p)) continue;
                if (visit.Targets.Exists(t => SameSide(p, t))) visit.Targets.Add(p);
                else if (visit.Actors.Exists(a => SameSide(p, a))) visit.Actors.Add(p);
            }
        }
        visit.Absorb(d);
    }

    /// <summary>Whether a mention's trigger is used as a noun: a determiner or a possessive right before it.</summary>
    bool NounUse(Draft d)
    {
        if (d.Nominal) return true;
        if (d.SentenceIndex >= Sentences.Count) return false;
        int from = Sentences[d.SentenceIndex].Start;
        var prev = PreviousWord(d.Trigger.Start, from);
        if (IsDeterminer(prev)) return true;
        // "his first visit", "a state visit", "sa première visite": one modifier between
        int at = d.Trigger.Start - 1;
        while (at >= from && _folded[at] == ' ') at--;
        at -= prev.Length - 1;
        return prev.Length > 0 && at > from && IsDeterminer(PreviousWord(at, from));
    }

    bool IsDeterminer(string w) => Possessives.Contains(w) || (Determiners.Contains(w) && !(w == "a" && _lang != "en"));
}
