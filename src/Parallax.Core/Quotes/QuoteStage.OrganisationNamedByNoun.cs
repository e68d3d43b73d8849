using Parallax.Text;
using Parallax.Model;

namespace Parallax.Quotes;

public sealed partial class QuoteStage
{
    /// <summary>
    /// English "The trust said …", "the authority said …", "The council said …": the last organisation named before the
    /// subject (within the distance a voice is carried) whose name of two words or more ends with the subject's noun
    /// ("Brechin Community Trust", "Volta River Authority", "Angus Council") — it is the one the description takes up, even
    /// when another organisation has spoken since; or null (the organisation last named, as before).
    /// </summary>
    static (string Id, TextSpan Span)? OrganizationNamedByNoun(Document doc, string folded, int clauseStart, int verbStart)
    {
        if (doc.Language != "en") return null;
        var noun = SubjectHead(folded, clauseStart, verbStart);
        if (noun.Length < 4) return null;
        (string Id, TextSpan Span)? best = null;
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityTypes.Organization) continue;
            foreach (var m in e.Mentions)
            {
                if (m.End > clauseStart || clauseStart - m.Start > SpeakerCoref.MaxDistance || m.End - m.Start <= noun.Length) continue;
                if (folded[m.End - noun.Length - 1] != ' ' || string.CompareOrdinal(folded, m.End - noun.Length, noun, 0, noun.Length) != 0) continue;
                if (best == null || m.Start > best.Value.Span.Start) best = (e.Id, m.Span);
            }
        }
        return best;
    }
}
