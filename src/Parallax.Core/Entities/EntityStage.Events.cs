using Parallax.Model;

namespace Parallax.Entities;

// Places that are part of a longer name and no mention of their own: inside an event's name ("Tour de France",
// "Australian Open", "Festival de Cannes": events are not annotated, nor the places named in them) and one part of a
// hyphenated compound of capitalised words ("Ouest-France", "Paris-Roubaix", "Nantes-Atlantique": a newspaper, a race,
// an airport). Data: the [event-heads-before-place] and [event-heads-after-place] sections of function-words.txt.
public sealed partial class EntityStage
{
    static readonly HashSet<string> EventHeadsBefore = FunctionWords.Set("event-heads-before-place");
    static readonly string[] EventHeadsAfter = FunctionWords.List("event-heads-after-place");
    /// <summary>Lower-case heads of titles before "de" and a place ("champion de France", "championnat d’Europe").</summary>
    static readonly SpanSet TitleHeadsBefore = new(FunctionWords.Set("title-heads-before-place"));
    /// <summary>Offices of a place (folded): the unknown name in their complement is the place, not an organisation ("the mayor of Dunmore").</summary>
    static readonly HashSet<string> OfficesOfPlaces = FunctionWords.Set("offices-of-places");
    /// <summary>Prepositions whose object is no subject of a verb after an apposition ("in Cambridge, Massachusetts, called").</summary>
    /// <summary>Words that make "à" after them part of a complex preposition, not the "à" of a place ("face à", "grâce à").</summary>
    static readonly HashSet<string> NonLocativeBeforeA = FunctionWords.Set("non-locative-before-a");
    static readonly HashSet<string> GoverningPrepositions = FunctionWords.Set("governing-prepositions");

    /// <summary>
    /// Whether the place at [s, e) is named inside an event's name: after a capitalised event head and "de", "du" or an
    /// elided "d’" ("la Coupe de France", "le Tour d’Italie"), or before a capitalised word that ends event names
    /// ("the Australian Open", "the Boston Marathon"); or after a lower-case title head and "de" ("champion de France",
    /// "championnat d’Europe": the place names the title).
    /// </summary>
    static bool InsideEventName(string text, int s, int e)
    {
        // after: "<Head> de X", "<Head> du X", "<Head> d’X"
        int k = -1;
        if (s >= 3 && text[s - 1] is '\'' or '’' && text[s - 2] is 'd' or 'D' && text[s - 3] == ' ') k = s - 3;
        else if (s >= 4 && text[s - 1] == ' ' && text[s - 4] == ' ' && text[s - 3] == 'd' && text[s - 2] is 'e' or 'u') k = s - 4;
        if (k > 0)
        {
            int ws = k;
            while (ws > 0 && char.IsLetter(text[ws - 1])) ws--;
            if (ws < k && char.IsUpper(text[ws]) && EventHeadsBefore.Contains(text[ws..k])) return true;
            // a title: "champion de France", "champions d’Europe", "le championnat d’Europe"
            if (ws < k && TitleHeadsBefore.Contains(text.AsSpan(ws, k - ws))) return true;
        }
        // before: "X Open", "X Grand Prix"
        if (e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1]))
        {
            var rest = text.AsSpan(e + 1);
            foreach (var head in EventHeadsAfter)
                if (rest.StartsWith(head, StringComparison.Ordinal) && (rest.Length == head.Length || !char.IsLetter(rest[head.Length]))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether [s, e) is one part of a hyphenated compound of capitalised words: joined by a hyphen to a capitalised word
    /// after it ("Nantes-Atlantique") or to one before it ("Ouest-France", "Paris-Roubaix").
    /// </summary>
    static bool InsideHyphenCompound(string text, int s, int e)
    {
        if (e + 1 < text.Length && text[e] == '-' && char.IsUpper(text[e + 1])) return true;
        if (s >= 2 && text[s - 1] == '-' && char.IsLetter(text[s - 2]))
        {
            int ws = s - 2;
            while (ws > 0 && char.IsLetter(text[ws - 1])) ws--;
            return char.IsUpper(text[ws]);
        }
        return false;
    }
}
