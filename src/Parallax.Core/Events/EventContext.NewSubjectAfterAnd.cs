using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// The tenth recall round (docs/events.md): "La France a condamné le coup d'État et l'Union africaine a suspendu le Niger",
/// "France condemned the coup and the African Union suspended Niger" — a trigger after "et"/"and" and a new subject of its
/// own is a coordinated clause, not the complement of the accusation, request or commitment before it, so it is coded.
/// "urged Russia and Ukraine to agree", "accused X and Y of killing", "a appelé X et Y à conclure" stay complements.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Whether "et"/"and", then a mention, then (at most) a finite auxiliary stand right before the trigger.</summary>
    bool NewSubjectAfterAnd(int governorEnd, int trigger)
    {
        foreach (var c in Coordinators)
        {
            if (trigger - governorEnd < c.Length) continue;
            int k = _folded.LastIndexOf(c, trigger - 1, trigger - governorEnd, StringComparison.Ordinal);
            if (k < governorEnd) continue;
            int after = k + c.Length;
            foreach (var m in _mentions)
            {
                if (m.Start < after || m.End > trigger || WordsBetween(after, m.Start) > 1) continue;
                var between = _folded.AsSpan(m.End, trigger - m.End).Trim();
                if (between.Length == 0) return true;
                if (between.IndexOf(' ') >= 0 || !_lex.Clause.FiniteAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(between)) continue;
                // French "à" folds to "a": "à conclure" is a complement, "a suspendu" a verb of its own
                if (_lang != "en" && between.Length == 1 && InfinitiveAt(trigger)) continue;
                return true;
            }
        }
        return false;
    }

    bool InfinitiveAt(int start)
    {
        int end = start;
        while (end < _folded.Length && TextFold.IsWordChar(_folded[end])) end++;
        var word = _folded.AsSpan(start, end - start);
        foreach (var e in _lex.Clause.InfinitiveEndings)
            if (word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }
}
