namespace Parallax.Events;

/// <summary>
/// A reaction whose object is an indefinite act noun ("a dénoncé une décision « illégale »", "a dénoncé une violation
/// de sa souveraineté", "a salué une décision qui reflète …", "hailed a historic decision"): the reacting side names the act
/// told just before in its own words, so the noun refers back as a demonstrative does (EventStage reads the result).
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>
    /// After an indefinite article ending at <paramref name="i"/>: whether an act, agreement or ruling noun
    /// (<c>act-noun</c>, <c>agreement-noun</c>, <c>ruling</c> of Events/data/participant-words.tsv) follows, right after
    /// it or after one word (an English adjective: "a historic decision"; quotation marks are passed over). A name after
    /// the article is left to the other rules ("condemned a Russian decision").
    /// </summary>
    bool IndefiniteActNoun(int i, int end)
    {
        if (MentionAt(i)) return false;
        for (int k = 0; k < 2; k++)
        {
            var w = NextPlainWord(ref i, end);
            if (w.IsEmpty) return false;
            if (IsReactedNoun(w)) return true;
            // French adjectives follow the noun: only English has one before it
            if (_lang == "fr") return false;
            while (i < end && _folded[i] == ' ') i++;
            if (MentionAt(i)) return false;
        }
        return false;
    }
}
