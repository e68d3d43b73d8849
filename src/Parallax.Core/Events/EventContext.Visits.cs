using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Who visits whom, and who arrests when no agent is named (issue #7, participants round 10):
/// - a visit noun whose visitor is named after a place and a description ("la visite à Budapest du Premier ministre
///   suédois Ulf Kristersson", "a visit to Kyiv by the German chancellor, Olaf Scholz"): the person is the visitor;
/// - a visit to a city of another country than the visitor's, with no host named and no country of that city in the
///   document ("Zelensky visited Washington"): the city stands for its government, the host;
/// - an arrest, a charge or a conviction in the passive with no agent, told in a city ("was arrested at his home in
///   Tegucigalpa", "a été arrêté mardi à Manille"): the city's state does it, as a country after "in"/"en" already did.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>At most this many words of description between that preposition and the visitor's name.</summary>
    const int MaxDescriptionWords = 8;

    /// <summary>
    /// The visitor of a visit noun named after a genitive or agent preposition ("du", "de", "of", "by", kinds
    /// <c>genitive</c> and <c>agent</c> of prepositions.tsv), right after the noun or after the place it goes to, and a description: the first person after the preposition,
    /// in the clause, with no other trigger, no semicolon, colon or bracket between, and a comma only right before the
    /// name (an apposition: "du ministre français des Affaires étrangères, Jean-Noël Barrot"). The visitor replaces the
    /// clause's subject as the actor ("Le Tchad a annoncé …, après une visite à N'Djamena du ministre français, X": Chad
    /// is visited, not the visitor).
    /// </summary>
    void VisitorOfVisitNoun(PhraseMatch<Trigger> hit, Draft draft, int clauseEnd)
    {
        if (hit.Value.Mode != "visit" || hit.Value.Type != "CONSULT") return;
        // a noun: "visite" and "visit" are verbs too, nouns after a determiner or a possessive ("une visite", "his visit")
        if (hit.Value.Frame != Frame.Noun && !(hit.Value.Frame == Frame.Visit && PreviousWord(hit.Start, 0) is var det
            && (Determiners.Contains(det) || Possessives.Contains(det)))) return;
        // the noun, then a place it goes to ("à Budapest", "to Kyiv"), then "du"/"by": nothing else between
        int i = hit.End;
        if (_preps.TryGetValue(NextWord(hit.End, clauseEnd), out var placeRole) && placeRole is "to" or "place" or "at")
        {
            var place = _mentions.FirstOrDefault(m => m.Start >= hit.End && m.End <= clauseEnd);
            if (place.Entity?.Type != EntityTypes.Location || WordsBetween(hit.End, place.Start) > 2) return;
            i = place.End;
        }
        var word = NextPlainWord(ref i, clauseEnd);
        if (!_preps.TryGetValue(word.ToString(), out var role) || role is not ("genitive" or "agent")) return;
        int prep = i;
        MentionRef visitor = default;
        foreach (var m in _mentions)
        {
            if (m.Start < prep) continue;
            if (m.End > clauseEnd) break;
            if (m.Entity.Type == EntityTypes.Person) { visitor = m; break; }
        }
        if (visitor.Entity == null || WordsBetween(prep, visitor.Start) > MaxDescriptionWords) return;
        if (_folded.IndexOfAny([';', ':', '(', '.', '?', '!'], prep, visitor.Start - prep) >= 0) return;
        int comma = _folded.IndexOf(',', prep, visitor.Start - prep);
        if (comma >= 0 && _folded.AsSpan(comma + 1, visitor.Start - comma - 1).Trim().Length > 0) return;
        if (_hits.Exists(h => h.Start >= hit.End && h.Start < visitor.Start && h.Value.Type != "-")) return;
        // the name right after the preposition is already the visitor (EventContext's genitive rule)
        if (draft.Actors.Count == 1 && draft.Actors[0] == visitor.Entity.Id) return;
        draft.Actors.Clear();
        draft.Actors.Add(visitor.Entity.Id);
        draft.Targets.Remove(visitor.Entity.Id);
        // the visitor's own side is no host
        if (visitor.Entity.Country is { } own) draft.Targets.RemoveAll(x => _entities[x].Country == own);
    }

    /// <summary>
    /// A visit to a city with no host named, when the document names no country of that city: the city hosts, for its
    /// government, unless it is of the visitors' own country (a trip at home has no foreign host).
    /// </summary>
    public void CityHostsVisit(Draft draft)
    {
        if (draft.Mode != "visit" || draft.Type != "CONSULT" || draft.Targets.Count > 0 || draft.Actors.Count == 0 || draft.Location is not { } loc) return;
        if (_entities[loc].Country is not { } iso) return;
        foreach (var a in draft.Actors)
            if (_entities[a].Country is not { } c || c == iso) return;
        draft.Targets.Add(loc);
    }

    /// <summary>
    /// The state of the city where one is arrested, charged or convicted in the passive with no agent: the first city
    /// of the clause after the trigger, after "à", "in" or "at" (prepositions.tsv kinds <c>to</c>, <c>place</c>,
    /// <c>at</c>), whose country is known: that country's mention in the document, else the city for its government.
    /// </summary>
    Entity? StateOfArrestCity(PhraseMatch<Trigger> hit, Draft draft, int clauseEnd)
    {
        foreach (var m in _mentions)
        {
            if (m.Start < hit.End) continue;
            if (m.End > clauseEnd) break;
            if (m.Entity.Type != EntityTypes.Location || draft.Targets.Contains(m.Entity.Id) || !IsCity(m.Entity) || m.Entity.Country is not { } iso) continue;
            if (!_preps.TryGetValue(PreviousWord(m.Start, hit.End), out var role) || role is not ("to" or "place" or "at")) continue;
            // (not a person's hometown or office: "the mayor of Istanbul" has "of" before the city)
            return _doc.Entities.FirstOrDefault(x => x.Type == EntityTypes.Location && x.Country == iso
                && Parallax.Entities.KnowledgeBase.Default.Get(x.Name)?.IsCountry == true) ?? m.Entity;
        }
        return null;
    }
}
