using Parallax.Model;

namespace Parallax.Events;

/// <summary>
/// A release that was one side of a swap ("Russia freed X on Thursday in exchange for Y", "l'Iran a libéré X en échange
/// de Y"): those named after the exchange phrase were released in return, by the country of those the first release freed
/// (EventStage.ReleasesInExchange adds that release).
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>The longest stretch between a release's trigger and its exchange phrase ("freed Brittney Griner, the
    /// basketball star, on Thursday in exchange for").</summary>
    const int MaxExchangeDistance = 140;

    /// <summary>
    /// The release answering <paramref name="release"/>: its actor (the country of a person or country named between the
    /// release's trigger and an exchange phrase of <c>exchange</c> in Events/data/participant-words.tsv, other than the
    /// releasing side: "freed *American* basketball star …", "released Alex Saab, a close ally of *Venezuelan* President …"),
    /// the persons and countries named after the phrase up to the next comma, other than that side ("in exchange for
    /// arms dealer Viktor Bout", "ten Americans held in Venezuela and Leonard Francis"), and the phrase. Null when the
    /// sentence has no such phrase after the trigger, or either side is missing.
    /// </summary>
    public (string Actor, List<string> Released, TextSpan Phrase)? ExchangeCounterpart(Draft release)
    {
        var sentence = Sentences[release.SentenceIndex];
        int from = release.Trigger.End, limit = Math.Min(sentence.End, from + MaxExchangeDistance);
        if (from >= limit || limit > _folded.Length) return null;
        int at = -1, length = 0;
        foreach (var phrase in _lex.Participants.ExchangePhrases)
        {
            int k = _folded.IndexOf(phrase, from, limit - from, StringComparison.Ordinal);
            if (k > 0 && _folded[k - 1] == ' ' && (at < 0 || k < at)) { at = k; length = phrase.Length; }
        }
        if (at < 0) return null;
        var releasing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in release.Actors)
            if (_entities.TryGetValue(a, out var e) && e.Country is { } c) releasing.Add(c);
        if (releasing.Count == 0) return null;
        // the other side: the first person or country with a country of its own named between the trigger and the phrase
        Entity? side = null;
        foreach (var m in _mentions)
        {
            if (m.Start < from) continue;
            if (m.End > at) break;
            if (m.Entity.Country is { } c && !releasing.Contains(c) && (m.Entity.Type == EntityTypes.Person || IsCountryEntity(m.Entity))) { side = m.Entity; break; }
        }
        if (side == null) return null;
        string code = side.Country!;
        var actor = IsCountryEntity(side) ? side : _doc.Entities.FirstOrDefault(x => x.Country == code && IsCountryEntity(x)) ?? side;
        // those released in return: up to the next comma or the sentence's end
        int end = _folded.IndexOf(',', at + length, sentence.End - (at + length));
        if (end < 0) end = sentence.End;
        var released = new List<string>();
        foreach (var m in _mentions)
        {
            if (m.Start < at + length) continue;
            if (m.End > end) break;
            if (m.Entity.Type != EntityTypes.Person && !IsCountryEntity(m.Entity)) continue;
            if (m.Entity.Country is { } c && (c == code || (IsCountryEntity(m.Entity) && !releasing.Contains(c)))) continue;
            if (!released.Contains(m.Entity.Id)) released.Add(m.Entity.Id);
        }
        if (released.Count == 0) return null;
        return (actor.Id, released, new TextSpan(at, at + length));
    }
}
