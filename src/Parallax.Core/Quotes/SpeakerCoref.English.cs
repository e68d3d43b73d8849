using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// The English steps of the speaker coreference: a role's words taken for the speaker when the person holding it is named
/// in apposition right after them, a gendered pronoun after a speaker whose gender nothing tells, and "the club" standing
/// for the town that stands for its club. French copy never goes through them.
/// </summary>
public sealed partial class SpeakerCoref
{
    /// <summary>English nouns of a sports club or team: Quotes/data/team-nouns-en.txt, folded.</summary>
    static readonly Lazy<HashSet<string>> TeamNouns = new(() =>
        DataFiles.ReadLines("Quotes/data/team-nouns-en.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>English title words written with capitals: Quotes/data/title-words-en.txt, folded.</summary>
    static readonly Lazy<HashSet<string>> TitleWords = new(() =>
        DataFiles.ReadLines("Quotes/data/title-words-en.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether a folded word is a title's word ("prime", "minister", "sen", "rear"): title-words-en.txt or a person noun.</summary>
    internal static bool IsTitleWord(string foldedWord) => TitleWords.Value.Contains(foldedWord) || Lex.Value.PersonNouns.Contains(foldedWord);

    /// <summary>
    /// Whether an English name is made only of a title's words ("Prime Minister", "President", "State Sen", "The Governor"):
    /// a description of a person named elsewhere, which the Entities stage may take for a name.
    /// </summary>
    internal static bool TitleOnly(string name)
    {
        int n = 0;
        foreach (var w in TextFold.Fold(name).Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w is "the") continue;
            if (!IsTitleWord(w)) return false;
            n++;
        }
        return n > 0;
    }

    /// <summary>Whether an entity is an English title alone with no knowledge-base id ("the Prime Minister said" read as a name).</summary>
    bool IsEnglishTitleEntity(string? id) => _doc.Language == "en" && id != null
        && _doc.Entities.FirstOrDefault(e => e.Id == id) is { Kb: null, Type: EntityTypes.Person or EntityTypes.Organization } e && IsTitle(_doc.Text, e);

    /// <summary>
    /// Whether an entity with no knowledge-base id is a title read as a name: its words are a title's (<see cref="TitleOnly"/>)
    /// and one of its mentions is used as one, after "the" and at most two lower-case words ("The outgoing Prime Minister")
    /// or right before a capitalised name ("State Sen. Mary Olsen"); not a surname that is also a noun ("Doctor says").
    /// </summary>
    internal static bool IsTitle(string text, Entity e)
    {
        if (e.Kb != null || !TitleOnly(e.Name)) return false;
        foreach (var m in e.Mentions)
        {
            int j = m.End;
            if (j < text.Length && text[j] == '.') j++;
            if (j + 1 < text.Length && text[j] == ' ' && char.IsUpper(text[j + 1])) return true;
            int i = m.Start;
            for (int w = 0; w < 3; w++)
            {
                int e2 = i;
                while (e2 > 0 && text[e2 - 1] == ' ') e2--;
                if (e2 == i || e2 == 0) break;
                int s2 = e2;
                while (s2 > 0 && char.IsLetter(text[s2 - 1])) s2--;
                if (s2 == e2) break;
                var word = text[s2..e2];
                if (word is "the" or "The") return true;
                if (!char.IsLower(word[0])) break;
                i = s2;
            }
        }
        return false;
    }

    /// <summary>
    /// "Scotland’s First Minister, Humza Yousaf, told parliament that …": a speaker the Entities stage knows only by a
    /// role's words (no knowledge-base id, its last word a person noun of <c>person-nouns.txt</c>) with another person named
    /// in apposition right after one of its mentions (", Humza Yousaf,") is that person; otherwise null.
    /// </summary>
    Quote? EnglishApposedPerson(Quote q)
    {
        if (_doc.Language != "en" || _doc.Entities.FirstOrDefault(e => e.Id == q.Speaker) is not { Type: EntityTypes.Person, Kb: null } role) return null;
        var words = TextFold.Fold(role.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !Lex.Value.PersonNouns.Contains(words[^1])) return null;
        var text = _doc.Text;
        foreach (var m in role.Mentions)
        {
            if (m.Start >= q.Start || m.End + 2 >= text.Length || text[m.End] != ',' || text[m.End + 1] != ' ') continue;
            foreach (var e in _doc.Entities)
            {
                if (e.Id == role.Id || e.Type != EntityTypes.Person) continue;
                foreach (var x in e.Mentions)
                    if (x.Start == m.End + 2 && x.End < text.Length && text[x.End] == ',')
                        return q with { Speaker = e.Id, SpeakerSpan = new TextSpan(x.Start, x.End) };
            }
        }
        return null;
    }

    /// <summary>
    /// "She had come with her father, Gérard, … “…,” he said": a "he" or "she" that the rules gave to the previous speaker,
    /// whose gender nothing tells, while a person of the pronoun's gender has been named since that speaker's last mention
    /// (the antecedent a pronoun of that gender finds) — that person; otherwise null.
    /// </summary>
    Quote? EnglishPronounOfKnownGender(Quote q, Pointer pointer)
    {
        if (_doc.Language != "en" || pointer.Head != null || pointer.Gender == '-' || q.Speaker == null) return null;
        int last = -1;
        char gender = '?';
        foreach (var x in _referents!)
            if (x.Id == q.Speaker) { gender = x.Gender; if (x.End <= q.Start && x.Start > last) last = x.Start; }
        if (last < 0 || gender != '-') return null;
        if (Antecedent(_folded, _referents, pointer, q) is not { } r || r.Gender != pointer.Gender || r.Id == q.Speaker || r.Start <= last) return null;
        return q with { Speaker = r.Id, SpeakerSpan = r.Id != null ? new TextSpan(pointer.Start, pointer.End) : new TextSpan(r.Start, r.End) };
    }

    /// <summary>
    /// "Jürgen Klopp will leave Liverpool at the end of the season, the club announced": an English club or team noun
    /// (<c>team-nouns-en.txt</c>) with no organisation named before it stands for the last place named before it in its
    /// paragraph (inside the reported clause too) that the Entities stage names as an organisation elsewhere in the text —
    /// the town standing for its club ("Liverpool captain Virgil van Dijk"): that club; otherwise null (a place where a
    /// race was run is no team).
    /// </summary>
    Quote? EnglishTeamPlace(Pointer p, Quote q)
    {
        if (_doc.Language != "en" || !p.Group || p.For != null || p.Head is not { } head || !TeamNouns.Value.Contains(head)) return null;
        var text = _doc.Text;
        int paragraph = text.LastIndexOf('\n', Math.Max(0, Math.Min(p.Start, q.Start) - 1)) + 1;
        Entity? club = null;
        int clubAt = -1;
        foreach (var e in _doc.Entities)
        {
            if (e.Type != EntityTypes.Location) continue;
            var named = _doc.Entities.FirstOrDefault(o => o.Type == EntityTypes.Organization && o.Name == e.Name);
            foreach (var m in e.Mentions)
            {
                if (m.Start < paragraph || m.End > p.Start || Inside(m.Start)) continue;
                if (named != null && m.Start > clubAt) { club = named; clubAt = m.Start; }
            }
        }
        if (club is not { } speaker) return null;
        return q with { Speaker = speaker.Id, SpeakerSpan = new TextSpan(p.Start, p.End) };
    }
}
