using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Violence by protesters is a violent protest (Events/data/protesters.tsv): "Thousands of protesters stormed the
/// parliament", "Des milliers de partisans de Bolsonaro ont envahi le Congrès", "Supporters of Imran Khan clashed with
/// police", "police fired at protesters who stormed the parliament" are PROTEST/riot (CAMEO 145), not ASSAULT. The
/// trigger's clause (from the last comma, semicolon, colon or clause cut) must open with a protester noun after words
/// of quantity, or end with "protesters who" (auxiliaries aside) right before the trigger.
/// </summary>
internal sealed partial class EventContext
{
    void RiotByProtesters(PhraseMatch<Trigger> hit, Sentence s, List<PhraseMatch<(string Lang, string Kind)>> cuts, List<Draft> coded)
    {
        if (hit.Value.Type != "ASSAULT" || coded.Count == 0 || !ProtestersBefore(hit.Start, s, cuts)) return;
        foreach (var d in coded)
        {
            d.Type = "PROTEST";
            d.Mode = "riot";
            d.Cameo = "145";
        }
    }

    bool ProtestersBefore(int trigger, Sentence s, List<PhraseMatch<(string Lang, string Kind)>> cuts)
    {
        if (trigger <= s.Start) return false;
        var words = _lex.Protesters;
        var lang = _lang == "*" ? "fr" : _lang;
        if (!words.TryGetValue(lang, out var w)) return false;
        int start = s.Start;
        int p = _folded.LastIndexOfAny([',', ';', ':'], trigger - 1, trigger - s.Start);
        if (p >= 0) start = p + 1;
        foreach (var c in cuts) if (c.End <= trigger && c.End > start) start = c.End;
        var clause = _folded.AsSpan(start, trigger - start);
        var tokens = new List<string>();
        foreach (var r in clause.Split(' '))
            if (clause[r].Length > 0) tokens.Add(clause[r].ToString());
        if (tokens.Count == 0) return false;
        // the clause opens with the protesters ("des milliers de manifestants ont envahi …")
        int i = 0;
        while (i < tokens.Count && w.Lead.Contains(tokens[i])) i++;
        if (i < tokens.Count && w.Nouns.Contains(tokens[i])) return true;
        // "… protesters who (had) stormed", "… des manifestants qui ont envahi"
        int j = tokens.Count - 1;
        while (j >= 0 && w.Aux.Contains(tokens[j])) j--;
        return j >= 1 && w.Relatives.Contains(tokens[j]) && w.Nouns.Contains(tokens[j - 1]);
    }
}
