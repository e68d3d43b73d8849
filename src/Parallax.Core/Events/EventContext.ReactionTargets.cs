using Parallax.Model;

namespace Parallax.Events;

/// <summary>
/// A reaction whose object names the act's author right after the act noun ("condemned the decision by Beijing", "a
/// dénoncé la décision de Washington", "a salué l'annonce par Kiev de …"): that author is the reaction's recipient
/// (EventStage.ReactionsToActsToldBefore reads it before looking for an act told earlier).
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>
    /// The author named after the reaction's object noun: a determiner (<c>ruling-determiner</c>, indefinite and
    /// possessive too), an act, agreement or ruling noun or an authored noun (<c>author-noun</c>), at most one word (an
    /// adjective, a quoted word), then "by"/"par" (<c>agent</c>) — or, after an authored noun only, "of"/"de"/"du"/"d'"
    /// (<c>author-of</c>) — an optional article and a mention. Returns that mention's id; null when none is named there or
    /// when it is one of the reacting side.
    /// </summary>
    public string? ReactionObjectAuthor(Draft d)
    {
        var words = _lex.Participants;
        int end = Sentences[d.SentenceIndex].End;
        int i = PastDate(ObjectStart(d), end);
        // the trigger may end with its determiner ("condamne l'")
        if (!(i > 0 && i <= _folded.Length && _folded[i - 1] == '\''))
        {
            var det = NextPlainWord(ref i, end);
            if (det.IsEmpty || !words.RulingDeterminers.Contains(det.ToString())) return null;
        }
        var noun = NextPlainWord(ref i, end);
        if (noun.IsEmpty) return null;
        bool authored = words.AuthorNouns.Contains(noun.ToString());
        if (!authored && !IsReactedNoun(noun)) return null;
        for (int k = 0; k < 2; k++)
        {
            var prep = NextPlainWord(ref i, end);
            if (prep.IsEmpty) return null;
            var p = prep.ToString();
            if (words.Agent.Contains(p) || (authored && words.AuthorOf.Contains(p)))
                return AuthorMentionAt(d, i, end);
            // one word between the noun and its preposition: a French adjective ("la décision unilatérale de …")
            if (_lang != "fr") return null;
        }
        return null;
    }

    /// <summary>The mention starting at <paramref name="i"/>, after spaces and an optional article; null when there is none
    /// or it is one of the reacting side.</summary>
    string? AuthorMentionAt(Draft d, int i, int end)
    {
        while (i < end && _folded[i] == ' ') i++;
        int start = i;
        var article = NextPlainWord(ref i, end);
        while (i < end && _folded[i] == ' ') i++;
        bool articled = !article.IsEmpty && Array.IndexOf(_lex.Participants.Articles, article.ToString()) >= 0;
        foreach (var m in _mentions)
        {
            if (m.Start > i) break;
            if (m.End > end) break;
            if (m.Start != start && !(articled && m.Start == i)) continue;
            return d.Actors.Contains(m.Entity.Id) ? null : m.Entity.Id;
        }
        return null;
    }
}
