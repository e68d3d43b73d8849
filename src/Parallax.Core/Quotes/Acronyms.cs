using System.Collections.Immutable;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// An organisation speaker named by its acronym ("a averti la DGAC", "selon le SDIS") when the text also gives its full
/// name ("La Direction générale de l'aviation civile", "le service départemental d'incendie et de secours (SDIS)"): the
/// speaker is the full name — the organisation entity that bears it, which takes the acronym's mentions, else the words
/// themselves — so both forms are one speaker. The full name is a run of words whose initials, small words of <c>function-words.txt</c>'s
/// <c>[acronym-function-words]</c> skipped, spell
/// the acronym.
/// </summary>
static class Acronyms
{
    /// <summary>The small words an acronym's initials skip, shared with the Entities stage's defined acronyms.</summary>
    static readonly HashSet<string> LinkWords = Entities.FunctionWords.Set("acronym-function-words");

    /// <summary>Gives the quotes of an acronym's organisation to its full name; returns the entities, where an organisation
    /// entity bearing the full name takes the acronym's mentions (one entity for both forms).</summary>
    public static ImmutableArray<Entity> Expand(Document doc, string folded, List<Quote> quotes)
    {
        var entities = doc.Entities;
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if (q.Speaker == null || entities.FirstOrDefault(e => e.Id == q.Speaker) is not { Type: EntityTypes.Organization } org
                || !IsAcronym(org.Name)) continue;
            if (FullName(doc.Text, folded, org.Name) is not { } full) continue;
            // a place inside the full name ("Touring Club Suisse") does not bear it
            var over = entities.FirstOrDefault(e => e.Id != org.Id && e.Type == EntityTypes.Organization
                && e.Mentions.Any(m => m.Start < full.End && full.Start < m.End));
            if (over == null) { quotes[i] = q with { Speaker = null, SpeakerSpan = full }; continue; }
            if (org.Kb != null && over.Kb != null && org.Kb != over.Kb) continue;
            var merged = over with
            {
                Kb = over.Kb ?? org.Kb,
                Mentions = [.. over.Mentions.Concat(org.Mentions).OrderBy(m => m.Start)],
                RemovedMentions = [.. over.RemovedMentions.Concat(org.RemovedMentions)],
            };
            entities = [.. entities.Where(e => e.Id != org.Id).Select(e => e.Id == over.Id ? merged : e)];
            for (int j = 0; j < quotes.Count; j++)
                if (quotes[j].Speaker == org.Id) quotes[j] = quotes[j] with { Speaker = over.Id };
        }
        return entities;
    }

    /// <summary>Two to six capital letters, nothing else ("DGAC", "SDIS", "TCS").</summary>
    public static bool IsAcronym(string name)
    {
        if (name.Length is < 2 or > 6) return false;
        foreach (var c in name) if (c is < 'A' or > 'Z') return false;
        return true;
    }

    /// <summary>The first run of words whose initials spell <paramref name="acronym"/> (small words skipped, never first or
    /// last): capitalised inside its sentence, or followed by the acronym in brackets; null if there is none.</summary>
    public static TextSpan? FullName(string text, string folded, string acronym)
    {
        var link = LinkWords;
        var words = new List<(int Start, int End)>();
        for (int i = 0; i < folded.Length;)
        {
            if (!char.IsLetterOrDigit(folded[i])) { i++; continue; }
            int s = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i])) i++;
            words.Add((s, i));
        }
        var acr = TextFold.Fold(acronym);
        for (int w = 0; w < words.Count; w++)
        {
            int k = 0, j = w, last = -1;
            for (; j < words.Count && k < acr.Length; j++)
            {
                var (s, e) = words[j];
                // a sentence or a parenthesis between two words ends the run
                if (j > w && text.AsSpan(words[j - 1].End, s - words[j - 1].End).ContainsAny(".;:()«»\"\n")) break;
                var word = folded[s..e];
                if (link.Contains(word)) { if (j == w) break; continue; }
                if (word[0] != acr[k] || e - s < 2 || word == acr) break;
                k++; last = j;
            }
            if (k != acr.Length || last - w + 1 < acr.Length) continue;
            // lower-case words spell a name only when the acronym follows them in brackets ("(SDIS)"); a capitalised name
            // must not merely open its sentence ("Les prix montent encore" is no PME)
            int end = words[last].End, after = end;
            while (after < text.Length && text[after] == ' ') after++;
            bool bracketed = after < text.Length && text[after] == '(' && string.CompareOrdinal(text, after + 1, acronym, 0, acronym.Length) == 0;
            int before = words[w].Start - 1;
            while (before >= 0 && text[before] == ' ') before--;
            bool opensSentence = before < 0 || text[before] is '.' or '!' or '?' or '\n' or '»' or '«';
            if (bracketed || char.IsUpper(text[words[w].Start]) && !opensSentence) return new TextSpan(words[w].Start, end);
        }
        return BracketedDefinition(text, folded, acronym);
    }

    /// <summary>The determiners before an organisation's name ("l’", "la", "du"…): Entities/data/function-words.txt's
    /// <c>[definite]</c> and <c>[contracted]</c>, with "de" and "d’".</summary>
    static readonly HashSet<string> NameDeterminers = [.. Entities.FunctionWords.Set("definite").Concat(Entities.FunctionWords.Set("contracted"))
        .Select(w => w.TrimEnd('\'')).Append("de").Append("d")];

    /// <summary>
    /// A name the text defines the acronym with, though its initials do not spell it (a name translated or shortened:
    /// "l’Agence spatiale européenne (ESA)", "L’Office fédéral de l’environnement (OFEV)"): the words right before
    /// "(ACRONYM)" in the same clause, from the first capitalised word that follows a determiner, with at least one
    /// lower-case word among them (so no person's name: "le Belge Paul Durand (MR)"); null if there is none.
    /// </summary>
    static TextSpan? BracketedDefinition(string text, string folded, string acronym)
    {
        var marker = "(" + acronym + ")";
        for (int at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            // the words before the bracket, back to the clause's start (at most ten)
            var words = new List<(int Start, int End)>();
            int i = at - 1;
            while (i >= 0 && words.Count < 10)
            {
                while (i >= 0 && text[i] is ' ' or '\'' or '’' or '\u00A0') i--;
                if (i < 0 || !char.IsLetterOrDigit(folded[i])) break;
                int e = i + 1;
                while (i >= 0 && char.IsLetterOrDigit(folded[i])) i--;
                words.Add((i + 1, e));
            }
            if (words.Count < 2) continue;
            words.Reverse();
            for (int k = 1; k < words.Count - 1; k++)
            {
                var (s, _) = words[k];
                if (!char.IsUpper(text[s]) || !NameDeterminers.Contains(folded[words[k - 1].Start..words[k - 1].End])) continue;
                bool lower = false;
                for (int j = k + 1; j < words.Count; j++) if (char.IsLower(text[words[j].Start])) lower = true;
                if (lower) return new TextSpan(s, words[^1].End);
                break;
            }
        }
        return null;
    }
}
