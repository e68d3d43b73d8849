using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Calls to end a war (Events/data/hostilities.tsv). A wish voiced for the end of fighting ("a exprimé le souhait d'une
/// trêve", "expressed hope for an end to the war") is a call (REQUEST, CAMEO 020); a call to end fighting that names
/// no addressee ("a appelé à une fin rapide des hostilités", "urged a ceasefire in Gaza") is addressed to the
/// belligerents when the war is known — a theatre named in the call, else the only theatre the document names — and
/// they are entities of the document. The caller is never its own addressee.
/// </summary>
internal sealed partial class EventContext
{
    static readonly Hostilities War = Hostilities.Default;
    const int MaxWordsBeforeEnd = 5, MaxWordsBeforeFighting = 3;

    /// <summary>The sentence's triggers with a REQUEST for every voiced wish of an end of fighting no trigger covers.</summary>
    List<PhraseMatch<Trigger>> WithVoicedCalls(Sentence s, List<PhraseMatch<Trigger>> hits)
    {
        List<PhraseMatch<Trigger>>? added = null;
        foreach (var v in War.Voice.FindAll(_text, _folded, s.Start, s.End))
        {
            if (!LangOk(v.Value) || hits.Any(h => h.Start < v.End && v.Start < h.End) || EndOfFighting(v.End, s.End) == null) continue;
            (added ??= []).Add(new PhraseMatch<Trigger>(v.Start, v.End, new Trigger(v.Value, "(voiced call)", "REQUEST", null, "020", Frame.Directed)));
        }
        return added == null ? hits : [.. hits.Concat(added).OrderBy(h => h.Start).ThenByDescending(h => h.End)];
    }

    /// <summary>An end-of-fighting phrase a few words after <paramref name="from"/> in the clause ("une fin rapide des hostilités", "a ceasefire").</summary>
    (int Start, int End)? EndOfFighting(int from, int limit)
    {
        foreach (var e in War.Ends.FindAll(_text, _folded, from, limit))
        {
            if (!LangOk(e.Value.Lang)) continue;
            if (WordsBetween(from, e.Start) > MaxWordsBeforeEnd || _folded.IndexOfAny([',', ';', ':', '.'], from, e.Start - from) >= 0) return null;
            if (e.Value.Alone) return (e.Start, e.End);
            foreach (var f in War.Fighting.FindAll(_text, _folded, e.End, limit))
                if (LangOk(f.Value) && WordsBetween(e.End, f.Start) <= MaxWordsBeforeFighting && _folded.IndexOfAny([',', ';', ':'], e.End, f.Start - e.End) < 0)
                    return (e.Start, f.End);
            return null;
        }
        return null;
    }

    /// <summary>A call to end fighting with no addressee: the belligerents of its war, less the caller's side.</summary>
    void BelligerentsOfCallToEnd(PhraseMatch<Trigger> hit, Draft draft, int clauseEnd)
    {
        if (draft.Type != "REQUEST" || draft.Actors.Count == 0) return;
        if (EndOfFighting(hit.End, clauseEnd) is not { } end) return;
        var war = WarNamedIn(end.Start, clauseEnd) ?? OnlyWarOfDocument();
        if (war == null) return;
        // the place fought over ("la fin des hostilités en Ukraine") is where the war is, not who is called on;
        // anyone else named is the addressee
        if (draft.Targets.Any(t => _entities[t].Name != war.Theatre)) return;
        draft.Targets.Clear();
        var actorCountries = draft.Actors.Select(a => _entities[a].Country).Where(c => c != null).ToHashSet();
        foreach (var name in war.Belligerents)
        {
            var side = _doc.Entities.FirstOrDefault(e => e.Name == name);
            if (side == null || draft.Actors.Contains(side.Id)) continue;
            // "Kyiv called for a ceasefire": Ukraine's own side is not addressed
            if (side.Type == EntityTypes.Location && side.Country != null && actorCountries.Contains(side.Country)) continue;
            draft.Targets.Add(side.Id);
        }
    }

    /// <summary>The war fought over a place named in the call ("un cessez-le-feu à Gaza", "the war in Ukraine").</summary>
    War? WarNamedIn(int from, int clauseEnd)
    {
        foreach (var m in _mentions)
        {
            if (m.Start < from) continue;
            if (m.Start >= clauseEnd) break;
            if (WarOver(m.Entity.Name) is { } w) return w;
        }
        return null;
    }

    /// <summary>The war whose theatre is the only one the document names, if it names exactly one.</summary>
    War? OnlyWarOfDocument()
    {
        War? found = null;
        foreach (var e in _doc.Entities)
        {
            if (e.Type != EntityTypes.Location || WarOver(e.Name) is not { } w) continue;
            if (found != null && found.Theatre != w.Theatre) return null;
            found = w;
        }
        return found;
    }

    War? WarOver(string place) => War.Wars.FirstOrDefault(w => w.Theatre == place && w.FoughtOn(_doc.Published));
}
