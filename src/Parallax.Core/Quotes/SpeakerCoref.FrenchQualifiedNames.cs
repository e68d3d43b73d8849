using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// French names the Entities stage did not emit after a qualified description ("la conseillère indépendante Solenn X", "la
/// conseillère d’opposition Maëlle X", "le délégué syndical Marc X"), and pronouns that take up such a name as the last
/// subject ("… Solenn X s’est abstenue. Selon elle, …", "« … », a-t-elle estimé").
/// </summary>
public sealed partial class SpeakerCoref
{
    /// <summary>French words that end a description before a name: verbs, conjunctions, prepositions other than "de"
    /// (Quotes/data/description-stops-fr.txt), folded.</summary>
    static readonly Lazy<HashSet<string>> DescriptionStops = new(() =>
        DataFiles.ReadLines("Quotes/data/description-stops-fr.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>How many lower-case words may qualify a person noun before the name ("d’opposition", "de la majorité").</summary>
    const int MaxQualifiers = 3;

    /// <summary>
    /// French: the unlinked names right after a determiner, a person noun and one to three lower-case words qualifying it
    /// (an adjective, a complement with "de": "la conseillère indépendante Solenn Dagorn", "la conseillère d’opposition
    /// Maëlle Kerrien"), added to <paramref name="list"/> as person referents; gender from the given name, else the noun or the
    /// determiner. The names right after the noun are read by <see cref="Referents"/> itself.
    /// </summary>
    static void AddQualifiedDescriptionNames(Document doc, string text, string folded, IReadOnlyList<Sentence> sentences,
        Func<int, bool> inside, List<(int, int)> covered, List<Referent> list)
    {
        var lex = Lex.Value;
        var stops = DescriptionStops.Value;
        foreach (var s in sentences)
            for (int j = s.Start + 1; j < s.End; j++)
            {
                if (!char.IsUpper(text[j]) || text[j - 1] != ' ' || inside(j) || OverlapsAny(covered, j, j + 1) || StartsAt(list, j)) continue;
                int k = j, ds = -1;
                string? noun = null;
                for (int n = 0; n <= MaxQualifiers && ds < 0; n++)
                {
                    var (ws, we) = WordBefore(folded, s.Start, k);
                    if (we <= ws || !char.IsLower(text[ws])) break;
                    var w = folded[ws..we];
                    if (n > 0 && lex.PersonNouns.Contains(w))
                    {
                        var (d1, d2) = WordBefore(folded, s.Start, ws);
                        if (d2 > d1 && IsDeterminer(folded.AsSpan(d1, d2 - d1))) { ds = d1; noun = w; }
                        break;
                    }
                    // a qualifier: not a verb, a conjunction or a preposition other than "de"; the elided "d'", "l'" of a complement
                    if (stops.Contains(w) || lex.Pronouns.ContainsKey(w)) break;
                    // a name right after "de", "des", "l'" is the noun's complement ("le pivot des San Antonio Spurs"), not its holder
                    if (n == 0 && (IsDeterminer(w) || w is "de" or "du" or "des" or "d'")) break;
                    k = ws;
                }
                if (ds < 0 || noun == null) continue;
                int e = NameEnd(text, j, s.End);
                var name = folded[j..e].Split(' ');
                if (name.Length < 2 || name.Any(lex.OrganizationWords.Contains) || lex.Openers.Contains(name[0])
                    || lex.OrganizationNouns.Contains(name[0]) || OverlapsAny(covered, j, e)) { j = Math.Max(j, e); continue; }
                char g = lex.GivenNames.TryGetValue(name[0], out var gg) ? gg
                    : lex.GenderCues.TryGetValue(noun, out var ng) && noun.Length > 3 ? ng
                    : folded.AsSpan(ds).StartsWith("la ") || folded.AsSpan(ds).StartsWith("cette ") ? 'f'
                    : folded.AsSpan(ds).StartsWith("le ") || folded.AsSpan(ds).StartsWith("ce ") ? 'm' : '-';
                list.Add(new Referent(j, e, null, false, g, IsSubject(doc, text, sentences, ds)));
                j = Math.Max(j, e);
            }
    }

    /// <summary>
    /// French: an inverted or subject pronoun ("a-t-elle estimé", "Selon elle") whose speaker the rules took from a person
    /// named before a later sentence subject of the same gender that the Entities stage did not emit: that later subject,
    /// as its words. A speaker named again since that subject keeps the quote.
    /// </summary>
    Quote? FrenchLaterSubject(Quote q, Pointer pointer)
    {
        if (_doc.Language != "fr" || pointer.Head != null || pointer.Group || pointer.Gender == '-' || q.Speaker == null) return null;
        var current = _doc.Entities.FirstOrDefault(e => e.Id == q.Speaker);
        if (current is not { Type: EntityTypes.Person }) return null;
        if (Antecedent(_folded, _referents!, pointer, q) is not { Id: null, Group: false, Unknown: false, Subject: true } later
            || later.Gender != pointer.Gender) return null;
        int anchor = Math.Min(pointer.Start, q.Start);
        foreach (var m in current.Mentions)
            if (m.Start >= later.Start && m.End <= anchor) return null;
        if (!IsSubject(_doc, _doc.Text, _sentences, later.Start)) return null;
        // the last subject before the pointer: the sentences between are quotations ("« … ». « … », a-t-elle ajouté"), not a
        // sentence of the writer's with a subject of its own ("Le joueur a aussi évoqué …. Interrogé, il a assuré que …")
        var text = _doc.Text;
        int laterEnd = QuoteStage.SentenceAt(_sentences, later.Start).End, anchorStart = QuoteStage.SentenceAt(_sentences, anchor).Start;
        foreach (var s in _sentences)
        {
            if (s.Start < laterEnd || s.End > anchorStart) continue;
            int i = s.Start;
            while (i < s.End && char.IsWhiteSpace(text[i])) i++;
            if (i < s.End && text[i] is not ('«' or '“' or '"')) return null;
        }
        return q with { Speaker = null, SpeakerSpan = new TextSpan(later.Start, later.End) };
    }

    /// <summary>The one person name no entity covers in [<paramref name="start"/>, <paramref name="end"/>) (an interview's
    /// introduction: "Urgentologue …, la docteure Évelyne X préside …"), or null when there is none or more than one.</summary>
    public TextSpan? OnlyUnlinkedPersonIn(int start, int end)
    {
        _referents ??= Referents(_doc, _folded, _sentences, Inside);
        TextSpan? one = null;
        foreach (var r in _referents)
        {
            if (r.Start < start || r.End > end || r.Id != null || r.Group || r.Unknown) continue;
            if (one is { } o && _doc.Text.AsSpan(o.Start, o.End - o.Start).SequenceEqual(_doc.Text.AsSpan(r.Start, r.End - r.Start))) continue;
            if (one != null) return null;
            one = new TextSpan(r.Start, r.End);
        }
        return one;
    }
}
