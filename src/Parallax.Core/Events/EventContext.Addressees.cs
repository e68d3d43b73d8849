using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// Addressees of requests and accusations (issue #7, recipients in complement clauses): in "accused Uganda of colluding
/// with the African Union", "blamed Uganda for the Union's silence", "a reproché à l'Ouganda d'avoir soutenu l'Union
/// africaine", "a demandé à l'Ouganda de libérer …", the object before the complementiser is the one accused or asked;
/// the names inside the complement belong to what is alleged or asked, not to the recipients. (An English "to" complement
/// is left alone: "urged the European Community to support the PLO" is coded by PLOVER's own coders with the PLO.)
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>
    /// Where the complement of a request or accusation begins after its addressee: a verb trigger whose first object
    /// (within four words, names conjoined to it included) is followed by "of"/"de"/"d'" + a verb, or, for an
    /// accusation, "for" or "pour" + a verb ("blamed X for", "a critiqué X pour avoir"). <paramref name="objectsEnd"/>
    /// when there is none.
    /// </summary>
    int AddresseeComplement(PhraseMatch<Trigger> hit, int objectsEnd)
    {
        var t = hit.Value;
        if (t.Frame != Frame.Directed || t.Type is not ("ACCUSE" or "REQUEST")) return objectsEnd;
        int first = -1;
        for (int k = 0; k < _mentions.Count && _mentions[k].Start < objectsEnd; k++)
            if (_mentions[k].Start >= hit.End) { first = k; break; }
        if (first < 0 || WordsBetween(hit.End, _mentions[first].Start) > 4) return objectsEnd;
        int end = _mentions[first].End;
        // "accused Uganda and Rwanda of …": names conjoined to the first object are addressees too
        for (int k = first + 1; k < _mentions.Count && _mentions[k].Start < objectsEnd; k++)
        {
            var m = _mentions[k];
            if (m.Start < end) { end = Math.Max(end, m.End); continue; }
            var gap = _folded.AsSpan(end, m.Start - end).Trim();
            if (gap is "," or "and" or "et" or ", and" || (gap.Length <= 7 && (gap.StartsWith("and ") || gap.StartsWith("et ")) && Determiners.Contains(gap[(gap.IndexOf(' ') + 1)..].Trim().ToString())))
                end = m.End;
            else break;
        }
        var word = NextWord(end, objectsEnd);
        if (word.Length == 0) return objectsEnd;
        int at = _folded.IndexOf(word, end, StringComparison.Ordinal);
        if (at < 0 || at >= objectsEnd || WordsBetween(end, at) > 0) return objectsEnd;
        bool accuse = t.Type == "ACCUSE";
        bool cut = word switch
        {
            "of" or "de" or "d'" => VerbAfter(at + word.Length, objectsEnd),
            "for" => accuse && _lang == "en",
            "pour" => accuse && VerbAfter(at + word.Length, objectsEnd),
            _ => false,
        };
        return cut ? at : objectsEnd;
    }

    /// <summary>
    /// Whether "of"/"de"/"d'" right after <paramref name="pos"/> opens a verb (an allegation's or request's complement:
    /// "of stranding", "d'avoir fermé", "de ne pas", "de bloquer") rather than a noun's complement ("of Cyprus", "de
    /// Galles").
    /// </summary>
    bool VerbAfterComplementiser(int pos, int limit)
    {
        var comp = NextWord(pos, limit);
        if (comp is not ("of" or "de" or "d'")) return false;
        int at = _folded.IndexOf(comp, pos, StringComparison.Ordinal);
        return at >= 0 && VerbAfter(at + comp.Length, limit);
    }

    /// <summary>
    /// Whether the word after <paramref name="pos"/> is a verb that opens a complement: a word of the complement filler
    /// (negation, "avoir", "having", "se"), an English gerund, or a French infinitive ending in -er or -ir.
    /// </summary>
    bool VerbAfter(int pos, int limit)
    {
        var verb = NextWord(pos, limit);
        if (verb.Length == 0) return false;
        if (ComplementFiller.Contains(verb)) return true;
        if (_lang == "en") return verb.Length > 4 && verb.EndsWith("ing", StringComparison.Ordinal);
        return verb.Length > 4 && (verb.EndsWith("er", StringComparison.Ordinal) || verb.EndsWith("ir", StringComparison.Ordinal));
    }
}
