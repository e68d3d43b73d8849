using Parallax.Model;

namespace Parallax.Entities;

/// <summary>
/// Tenth round (docs/entities.md): one name, one type in a document. A town or region the document once uses for its
/// team, or a name it types an organisation by its context, is that organisation at its other mentions too ("Minnesota
/// beat Buffalo 4-1 … Buffalo is on a 1-6-2 skid"), except where the name says where something happens ("à Buffalo",
/// "in Buffalo": <c>function-words.txt</c> [locative-prepositions]). Countries and demonyms are left alone: a country
/// named for its national team is the country (the annotation guide).
/// </summary>
public sealed partial class EntityStage
{
    static readonly HashSet<string> LocativePrepositions = FunctionWords.Set("locative-prepositions");

    /// <summary>Moves the place mentions whose exact text an unknown organisation of the document bears to that organisation.</summary>
    static void RetypeLikeOrganisations(string text, string folded, IEnumerable<Found> found)
    {
        Dictionary<string, Found>? orgs = null;
        foreach (var f in found)
            if (f.Kb == null && f.Type == EntityTypes.Organization)
                foreach (var m in f.Mentions)
                    if (m.Text.Length > 2 && char.IsUpper(m.Text[0])) (orgs ??= new(StringComparer.Ordinal)).TryAdd(m.Text, f);
        if (orgs == null) return;
        foreach (var g in found)
        {
            if (g.Type != EntityTypes.Location || g.Mentions.Count == 0) continue;
            // towns, regions and places the KB does not know; never a country or a demonym
            if (g.Kb != null && g.Kb.Kind is not ("city" or "capital" or "region")) continue;
            for (int i = g.Mentions.Count - 1; i >= 0; i--)
            {
                var m = g.Mentions[i];
                if (!orgs.TryGetValue(m.Text, out var org) || org == g) continue;
                if (g.Kb != null && g.Kb.Demonyms.Contains(m.Text, StringComparer.OrdinalIgnoreCase)) continue;
                var prev = PreviousWord(folded, m.Start);
                if (prev.Length > 0 && LocativePrepositions.Contains(prev.Word)) continue;
                g.Mentions.RemoveAt(i);
                org.Mentions.Add(m);
                org.First = Math.Min(org.First, m.Start);
            }
        }
    }
}
