namespace Parallax.Events;

/// <summary>
/// Subjects followed by an apposition: "NATO's secretary-general, Mark Rutte, condemned Moscow's behaviour", "The United
/// States, a treaty ally of Manila, condemned Beijing's actions", "le Kremlin, par la voix de son porte-parole, dénonce
/// une violation". A verb form right after "Name," reads as a participle in apposition ("Nasrallah, killed in a strike,
/// …": the name undergoes the act) unless it takes a direct object: then it is the clause's finite verb and the name
/// before it acts.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>
    /// Whether the word after the verb form ending at <paramref name="verbEnd"/> opens a direct object: a determiner or
    /// possessive (participant-words.tsv, <c>appositive-object-opener</c>; not a time expression, nor French "le" before a
    /// number: "blessé le 15 mai") or a name starting right there ("condemned Beijing's actions").
    /// </summary>
    bool TakesDirectObject(int verbEnd, string lang)
    {
        int limit = Math.Min(_folded.Length, verbEnd + 40);
        int i = verbEnd;
        while (i < limit && _folded[i] == ' ') i++;
        if (i >= limit || i == verbEnd) return false;
        foreach (var m in _mentions)
        {
            if (m.Start > i) break;
            if (m.Start == i) return true;
        }
        // ("Karim Diallo, arrested the day before in Dakar, …": a time expression is no object)
        foreach (var x in _doc.Times)
            if (x.Start <= i && x.End > i) return false;
        if (!_lex.Participants.AppositiveObjectOpeners.TryGetValue(lang, out var openers)) return false;
        var next = NextWord(i, limit);
        if (!openers.Contains(next)) return false;
        if (next == "le")
        {
            int j = i + next.Length;
            while (j < limit && _folded[j] == ' ') j++;
            if (j < limit && char.IsDigit(_folded[j])) return false;
        }
        return true;
    }
}
