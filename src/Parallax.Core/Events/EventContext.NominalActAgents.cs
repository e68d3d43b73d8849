using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// An act told by a noun with its author after "par"/"by": "après le bombardement de Kharkiv par l'armée russe",
/// "following the downing of a balloon by an American fighter jet", "trois jours après son interpellation à Bucarest par la
/// police roumaine", "au lendemain de la remise en liberté par Bamako de 200 détenus". The agent is the act's author, not
/// the subject of the clause the noun stands in (who reacts to the act, or is dated by it); the noun's complement stays
/// its recipient. Only for a noun after a determiner or a possessive, not after a passive auxiliary, with "par"/"by"
/// a few words on (<see cref="MaxWordsBeforeNounAgent"/>) and no punctuation or other event word between.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Most words between an act noun and the "par"/"by" of its agent ("l'interpellation à Bucarest de X par").</summary>
    const int MaxWordsBeforeNounAgent = 6;

    /// <summary>
    /// The authors named after an act noun's "par"/"by" (the first name or demonym of the agent's noun phrase), or null
    /// when <paramref name="hit"/> is no act noun followed by its agent.
    /// </summary>
    List<Entity>? NominalActAgents(PhraseMatch<Trigger> hit, int clauseStart, int clauseEnd)
    {
        var t = hit.Value;
        if (t.Frame is not (Frame.Directed or Frame.Noun) || t.Type is "CONSULT" or "-") return null;
        var det = PreviousWord(hit.Start, clauseStart);
        if (!IsDeterminer(det) || PassiveAuxiliaryBefore(hit.Start, clauseStart)) return null;
        int by = NounAgentPreposition(hit, clauseEnd);
        if (by < 0) return null;
        foreach (var m in _mentions)
        {
            if (m.Start < by) continue;
            if (m.End > clauseEnd || WordsBetween(by, m.Start) > 3) break;
            return [m.Entity];
        }
        return null;
    }

    /// <summary>A past participle between an act noun and "par"/"by" ("brokered", "menée", "imposés"): English by the
    /// participle list and endings of participant-words.tsv, French by its accented endings in the text ("-é", "-ée",
    /// "-és", "-ées"), since a folded final "e" is no sign of a participle.</summary>
    bool ParticipleBetween(int start, int end, string folded)
    {
        if (_preps.ContainsKey(folded) || Determiners.Contains(folded)) return false;
        if (_lang == "en") return IsParticipleBeforeAgent(folded);
        var w = _text.AsSpan(start, end - start);
        return w.EndsWith("é") || w.EndsWith("ée") || w.EndsWith("és") || w.EndsWith("ées");
    }

    /// <summary>Where the agent's noun phrase starts after an act noun's "par"/"by", or -1.</summary>
    int NounAgentPreposition(PhraseMatch<Trigger> hit, int clauseEnd)
    {
        int i = hit.End;
        for (int words = 0; words <= MaxWordsBeforeNounAgent && i < clauseEnd; words++)
        {
            while (i < clauseEnd && _folded[i] == ' ') i++;
            if (i >= clauseEnd || !TextFold.IsWordChar(_folded[i])) return -1;
            int w = i;
            while (i < clauseEnd && (TextFold.IsWordChar(_folded[i]) || _folded[i] == '\'' || _folded[i] == '-')) i++;
            var word = _folded[w..i];
            // "a ceasefire brokered by the United States": the agent of a participle is not the noun's
            if (ParticipleBetween(w, i, word)) return -1;
            if (_lex.Participants.Agent.Contains(word))
            {
                // no other event word between the noun and its agent ("the sanctions imposed by")
                foreach (var h in _hits)
                    if (h.Start >= hit.End && h.Start < w && h.Value.Type != "-") return -1;
                return i;
            }
        }
        return -1;
    }
}
