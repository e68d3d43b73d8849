namespace Parallax.Entities;

/// <summary>
/// Nineteenth round (docs/entities.md): people named by a lone given name where only a person can stand — after a kinship
/// noun and its possessive ("her sister Hannah", "son père, Adrie", "Dwivedi's wife, Aishanya"), the names of a list after a
/// plural one ("her sisters Mary and Martina", "her parents, Ray and Kathleen Murphy"), the relative after a kinship noun
/// and "de"/"of" ("la mère de Maëlys"), a child after "le petit"/"la petite" ("le petit Émile"), and a lone name followed by
/// an age between commas ("Lola, 12 ans,", "Mohammad, 18,").
/// </summary>
public sealed partial class EntityStage
{
    static readonly SpanSet KinshipNouns = new(FunctionWords.Set("kinship-nouns"));
    static readonly SpanSet KinshipPluralNouns = new(FunctionWords.Set("kinship-nouns-plural"));
    static readonly SpanSet KinshipDeterminers = new(FunctionWords.Set("kinship-determiners"));
    static readonly SpanSet KinshipArticles = new(FunctionWords.Set("kinship-articles"));
    static readonly string[] KinshipJoiners = FunctionWords.FollowedBySpace("kinship-joiners");
    static readonly SpanSet ChildNounsBeforeName = new(FunctionWords.Set("child-nouns-before-name"));

    /// <summary>The names a person's relative is called by (see the class summary), one to three name-shaped words each;
    /// the caller keeps those no earlier rule took.</summary>
    IEnumerable<(int Start, int End)> KinshipNames(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // a lower-case word's start
            if (!char.IsLower(text[i]) || (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’'))) continue;
            int e = i;
            while (e < text.Length && (char.IsLetter(text[e]) || (text[e] == '-' && e + 1 < text.Length && char.IsLetter(text[e + 1])))) e++;
            int ws = i;
            i = e;
            // what follows first (cheap): " Name", ", Name", " de Name", " d’Name", " of Name", or a French adjective and
            // ", Name" ("ses grands-parents maternels, Philippe …")
            int ns = -1;
            bool joined = false;
            if (e + 1 < text.Length && text[e] == ' ' && IsCapitalised(text, e + 1)) ns = e + 1;
            else if (e + 2 < text.Length && text[e] == ',' && text[e + 1] == ' ' && IsCapitalised(text, e + 2)) ns = e + 2;
            else if (e + 1 < text.Length && text[e] == ' ')
            {
                if (StartsWithAny(text, e + 1, KinshipJoiners) is { } j && IsCapitalised(text, e + 1 + j.Length)) { ns = e + 1 + j.Length; joined = true; }
                else
                {
                    int a = e + 1;
                    while (a < text.Length && char.IsLower(text[a])) a++;
                    if (a > e + 3 && a + 2 < text.Length && text[a] == ',' && text[a + 1] == ' ' && IsCapitalised(text, a + 2)) ns = a + 2;
                }
            }
            if (ns < 0) continue;
            var word = text.AsSpan(ws, e - ws);
            bool child = false;
            bool plural = KinshipPluralNouns.Contains(word);
            if (!plural && !KinshipNouns.Contains(word))
            {
                // "le petit Émile", "la petite Lola": right after the word, no comma
                if (!ChildNounsBeforeName.Contains(word) || ns != e + 1) continue;
                child = true;
            }
            if (!(child || joined ? ArticleOrPossessiveBefore(text, ws, articles: true) : ArticleOrPossessiveBefore(text, ws, articles: false))) continue;
            // the name, or a list of names after a plural noun
            int p = ns;
            while (true)
            {
                int ne = CapitalisedRunEnd(text, p, 3);
                if (ne <= p || (ne + 1 < text.Length && text[ne] == ' ' && IsCapitalised(text, ne + 1))) break;
                if (ne < text.Length && text[ne] is '\'' or '’' && !IsPossessiveAt(text, ne)) break;
                if (!NameShapedRun(text, p, ne)) break;
                bool one = text.IndexOf(' ', p, ne - p) < 0;
                // a lone word that is a place of the gazetteer, or an initial-less acronym-like word, is no given name here
                if (one && (ne - p < 3 || _kb.IsGazetteerPlace(text.AsSpan(p, ne - p), out _))) break;
                yield return (p, ne);
                if (!plural) break;
                // the next name of the list: ", Name", " and Name", ", and Name"
                int q = ne;
                if (q < text.Length && text[q] == ',') q++;
                if (StartsWithAny(text, q, Coordinators) is { } c) q += c.Length;
                else if (q > ne && q < text.Length && text[q] == ' ') q++;
                else break;
                if (!IsCapitalised(text, q)) break;
                p = q;
            }
        }
    }

    /// <summary>Whether the name at <paramref name="nameStart"/> comes right after a possessive and a kinship noun, with or
    /// without a comma ("her father, Gérard", "son fils Nathan"): a relative named inside a sentence, not its subject (the
    /// Quotes stage asks, choosing whom a pronoun stands for).</summary>
    internal static bool AfterKinshipNoun(string text, int nameStart)
    {
        int e = nameStart - 1;
        if (e < 1 || text[e] != ' ') return false;
        if (text[e - 1] == ',') e--;
        int s = e;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '-')) s--;
        if (s == e || !char.IsLower(text[s])) return false;
        var w = text.AsSpan(s, e - s);
        if (!(KinshipNouns.Contains(w) || KinshipPluralNouns.Contains(w)) || !ArticleOrPossessiveBefore(text, s, articles: false)) return false;
        // a description that opens its sentence ("His daughter, Aroha, said …") is the subject
        var pw = PreviousWord(text, s);
        if (pw.Length > 0 && char.IsUpper(pw.Word[0])) return false;
        if (pw.Length > 0 && PreviousWord(text, pw.Start) is var pw2 && pw2.Length > 0 && pw2.End == pw.Start - 1 && char.IsUpper(pw2.Word[0]) && !KinshipDeterminers.Contains(pw.Word)) return false;
        return true;
    }

    /// <summary>Whether the word before <paramref name="ws"/> (over one lower-case adjective: "their baby daughter", "son jeune
    /// frère") is a possessive of <c>[kinship-determiners]</c>, an English possessive ("Dwivedi's wife"), or, with
    /// <paramref name="articles"/>, an article of <c>[kinship-articles]</c>.</summary>
    static bool ArticleOrPossessiveBefore(string text, int ws, bool articles)
    {
        int pos = ws;
        for (int k = 0; k < 2; k++)
        {
            if (pos < 2 || text[pos - 1] != ' ') return false;
            if (pos >= 4 && text[pos - 2] == 's' && text[pos - 3] is '\'' or '’' && char.IsLetter(text[pos - 4])) return true;
            int b = pos - 1;
            while (b > 0 && char.IsLetter(text[b - 1])) b--;
            var w = text.AsSpan(b, pos - 1 - b);
            if (w.Length == 0) return false;
            if (KinshipDeterminers.Contains(w) || (articles && KinshipArticles.Contains(w))) return true;
            if (!char.IsLower(w[0]) || k > 0) return false;
            pos = b;
        }
        return false;
    }

    /// <summary>A lone name-shaped word followed by an age between commas ("Lola, 12 ans,", "Inès, 29 ans, infirmière",
    /// "Mohammad, 18, from Kotli"): not a place of the gazetteer, not right after a capitalised word inside a sentence, the
    /// age closed by a comma or a full stop ("Tchernobyl, 30 ans après" is no one), not after a determiner ("la Rezéenne, 72 ans": an
    /// inhabitant's noun).</summary>
    IEnumerable<(int Start, int End)> LoneNamesWithAge(string text)
    {
        for (int c = text.IndexOf(", ", StringComparison.Ordinal); c >= 0; c = text.IndexOf(", ", c + 2, StringComparison.Ordinal))
        {
            int d = c + 2;
            if (d >= text.Length || !char.IsDigit(text[d])) continue;
            while (d < text.Length && char.IsDigit(text[d])) d++;
            if (d - (c + 2) > 2) continue;
            if (d + 4 < text.Length && IsAgeAt(text, d + 1, d + 4) && text[d] == ' ') d += 4;
            if (!(d < text.Length && text[d] is ',' or '.')) continue;
            int b = c;
            while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] == '-')) b--;
            if (c - b < 3 || !char.IsUpper(text[b]) || b < 2 || text[b - 1] != ' ') continue;
            // one word only: the word before it is no capitalised one (the two- and three-word names are DescribedAppositions')
            var before = PreviousWord(text, b);
            if (before.Length > 0 && char.IsUpper(before.Word[0]) && !IsSentenceStart(text, before.Start)) continue;
            // after a determiner the word is a noun, not a given name ("regrette la Rezéenne, 72 ans", "a réagi le Normand, 23 ans")
            if (before.Length > 0 && char.IsLower(before.Word[0]) && (Definite.Contains(before.Word) || Indefinite.Contains(before.Word))) continue;
            if (IsSentenceStart(text, b) && !IsGivenName(text[b..c])) continue;
            if (!NameShapedWord(text[b..c]) || _kb.IsGazetteerPlace(text.AsSpan(b, c - b), out _)) continue;
            yield return (b, c);
        }
    }
}
