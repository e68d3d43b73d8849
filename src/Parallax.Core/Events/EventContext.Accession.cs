using Parallax.Model;

namespace Parallax.Events;

/// <summary>
/// The tenth recall round (docs/events.md, "Joining told by an ordinal, accepted aid, manoeuvres, shared meals, announced
/// tariffs"): a joining told by its membership noun ("became the third member of", "admis comme membre à part entière de")
/// is a COOPERATE with the body joined; without a body after it ("the third member of the family to …") it is no joining.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Whether a COOPERATE whose trigger names a membership ("member", "membre") has no body it joins right after it
    /// ("the third member of his family to study law in Kenya": Kenya is no body joined).</summary>
    public bool MembershipWithoutBody(Draft d)
    {
        if (d.Type != "COOPERATE") return false;
        var phrase = _folded.AsSpan(d.Trigger.Start, d.Trigger.End - d.Trigger.Start);
        foreach (var noun in _lex.Clause.MembershipNouns)
        {
            int k = phrase.IndexOf(noun, StringComparison.Ordinal);
            if (k >= 0 && (k == 0 || phrase[k - 1] == ' ') && (k + noun.Length == phrase.Length || phrase[k + noun.Length] == ' '))
            {
                // the body joined is named right after the membership ("of NATO", "de l'Union européenne", "of the East
                // African Community"): at most a determiner between
                foreach (var m in _mentions)
                    if (m.Start >= d.Trigger.End && WordsBetween(d.Trigger.End, m.Start) <= 1 && d.Targets.Contains(m.Entity.Id)) return false;
                return true;
            }
        }
        return false;
    }
}

internal sealed partial class EventContext
{
    /// <summary>Of the demonyms after a trade measure, the index of the one that names the country it hits: the first, unless
    /// it is the country of every actor and a later one is another's ("annonçant des droits de douane sur 155 milliards de
    /// dollars canadiens de produits américains", said of the Canadian prime minister: the American goods are hit).</summary>
    int ForeignDemonymAt(List<(Entity Entity, string Role, int Start)> demonyms, Draft d)
    {
        if (demonyms.Count < 2 || d.Type != "SANCTION" || d.Actors.Count == 0) return 0;
        var own = d.Actors.Select(a => _entities.TryGetValue(a, out var x) ? x.Country : null).Distinct().ToList();
        if (own.Count != 1 || own[0] == null || demonyms[0].Entity.Country != own[0]) return 0;
        for (int i = 1; i < demonyms.Count; i++)
            if (demonyms[i].Entity.Country != own[0]) return i;
        return 0;
    }
}
