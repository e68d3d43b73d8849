using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// The subjects of reporting verbs that point elsewhere, in one place for the Quotes stage, its speaker coreference and
/// its frames: the subject pronouns (<c>Quotes/data/coref-pronouns.tsv</c>: person, group and indefinite, by language),
/// the second-predicate rule ("It did not reveal the location and said …": the pronoun the sentence opens with, joined
/// by a word of <c>coordinators.txt</c>) and the indefinite French "on" ("on juge que …"), which names no one.
/// </summary>
public static class Subjects
{
    /// <summary>A subject pronoun: its kind (<c>person</c>, <c>group</c> or <c>indefinite</c>), gender, number and language.</summary>
    public sealed record Pronoun(string Word, string Kind, char Gender, bool Plural, string Lang)
    {
        /// <summary>Whether it refers back to an organisation ("it", "they", "ils").</summary>
        public bool Group => Kind == "group";
        /// <summary>Whether it names no one ("on").</summary>
        public bool Indefinite => Kind == "indefinite";
    }

    sealed record Lexicon(Dictionary<string, Pronoun> Referring, Dictionary<string, Pronoun> Indefinite,
        string[] PersonOrPlural, string[] Group, HashSet<string> Coordinators, HashSet<string> Skippable);

    static readonly Lazy<Lexicon> Lex = new(() =>
    {
        var all = DataFiles.ReadTsv("Quotes/data/coref-pronouns.tsv").Select(r =>
        {
            if (r.Length < 5 || r[1] is not ("person" or "group" or "indefinite") || r[3] is not ("sg" or "pl"))
                throw new FormatException($"Quotes/data/coref-pronouns.tsv: bad row '{string.Join('\t', r)}'");
            return new Pronoun(r[0], r[1], r[2][0], r[3] == "pl", r[4]);
        }).ToList();
        static HashSet<string> Words(string path) =>
            DataFiles.ReadLines(path).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);
        return new Lexicon(
            all.Where(p => !p.Indefinite).ToDictionary(p => p.Word, StringComparer.Ordinal),
            all.Where(p => p.Indefinite).ToDictionary(p => p.Word, StringComparer.Ordinal),
            [.. all.Where(p => p.Kind == "person" || p.Group && p.Plural).Select(p => p.Word + " ")],
            [.. all.Where(p => p.Group).Select(p => p.Word + " ")],
            Words("Quotes/data/coordinators.txt"), Words("Quotes/data/verb-adverbs.txt"));
    });

    /// <summary>The pronouns that refer back to someone (person and group), by folded word.</summary>
    public static IReadOnlyDictionary<string, Pronoun> Referring => Lex.Value.Referring;

    /// <summary>Person pronouns and plural group pronouns, each followed by a space ("il ", "they "): a subject that is a
    /// person named before, or a group of them.</summary>
    public static string[] PersonOrPluralForms => Lex.Value.PersonOrPlural;

    /// <summary>Group pronouns followed by a space ("it ", "ils "): a subject that may stand for an organisation.</summary>
    public static string[] GroupForms => Lex.Value.Group;

    /// <summary>Words that may stand between a subject and its verb ("also", "avait").</summary>
    public static bool IsSkippable(string foldedWord) => Lex.Value.Skippable.Contains(foldedWord);

    /// <summary>Whether the folded word joins two predicates or two subjects ("and", "et"; <c>coordinators.txt</c>).</summary>
    public static bool IsCoordinator(string foldedWord) => Lex.Value.Coordinators.Contains(foldedWord);

    /// <summary>The person pronoun (singular, of <paramref name="lang"/>) that is the word at <paramref name="at"/> ("Il savourait : …"), else null.</summary>
    public static Pronoun? PronounAt(string folded, int at, string? lang)
    {
        int e = at;
        while (e < folded.Length && TextFold.IsWordChar(folded[e])) e++;
        return e > at && Lex.Value.Referring.TryGetValue(folded[at..e], out var p) && p.Kind == "person" && !p.Plural && (lang == null || p.Lang == lang) ? p : null;
    }

    /// <summary>Whether <paramref name="foldedWord"/> is a pronoun that names no one in <paramref name="lang"/> (any language when null).</summary>
    public static bool IsIndefinite(string foldedWord, string? lang) =>
        Lex.Value.Indefinite.TryGetValue(foldedWord, out var p) && (lang == null || p.Lang == lang);

    /// <summary>
    /// The indefinite pronoun right before a reporting verb at <paramref name="verb"/> ("on juge que", "on affirme"), at or
    /// after <paramref name="from"/>: its start, or -1.
    /// </summary>
    public static int IndefiniteBefore(string folded, int from, int verb, string? lang)
    {
        int e = verb;
        while (e > from && folded[e - 1] == ' ') e--;
        int s = e;
        while (s > from && TextFold.IsWordChar(folded[s - 1])) s--;
        if (s == e || s > from && folded[s - 1] is '\'' or '-') return -1;
        return IsIndefinite(folded[s..e], lang) ? s : -1;
    }

    /// <summary>
    /// When the reporting verb at <paramref name="verb"/> is a second predicate joined by a coordinator to a sentence that
    /// opens with a referring pronoun, with no punctuation between ("It did not reveal the location and said …", "Il a
    /// démenti et a assuré que …"): that pronoun's span and entry. Words of <c>verb-adverbs.txt</c> before the verb are skipped.
    /// </summary>
    public static (int Start, int End, Pronoun Pronoun)? SecondPredicateSubject(string folded, int sentence, int verb)
    {
        var lex = Lex.Value;
        int i = verb;
        for (int round = 0; round < 4; round++)
        {
            int e = i;
            while (e > sentence && folded[e - 1] == ' ') e--;
            int s = e;
            while (s > sentence && TextFold.IsWordChar(folded[s - 1])) s--;
            if (s == e) return null;
            var word = folded[s..e];
            if (lex.Coordinators.Contains(word)) break;
            if (!lex.Skippable.Contains(word)) return null;
            i = s;
            if (round == 3) return null;
        }
        if (folded.AsSpan(sentence, verb - sentence).ContainsAny(",;:")) return null;
        int cs = sentence;
        while (cs < verb && !char.IsLetter(folded[cs])) cs++;
        int ce = cs;
        while (ce < verb && TextFold.IsWordChar(folded[ce])) ce++;
        if (ce >= verb || ce == cs || folded[ce] != ' ') return null;
        return lex.Referring.TryGetValue(folded[cs..ce], out var p) ? (cs, ce, p) : null;
    }
}
