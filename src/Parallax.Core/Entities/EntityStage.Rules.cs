using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities;

// Name-shape rules for names the knowledge base does not know: French organisation names (head word, adjectives,
// "de" complement), places by a place noun, datelines, acronyms, teams, particles inside people's names, role
// descriptions by offices the KB holds no holders for. The data they use are files of Entities/data/.
public sealed partial class EntityStage
{
    /// <summary>A set of words looked up by span, without building a string per word of the text.</summary>
    sealed class SpanSet(IEnumerable<string> words)
    {
        readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup = new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        public bool Contains(ReadOnlySpan<char> w) => _lookup.Contains(w);
    }

    SpanSet? _titleWords, _placeNounsAfter, _orgWords, _surnames;
    SpanSet SurnameSet => _surnames ??= new SpanSet(_kb.Surnames);
    SpanSet TitleWords => _titleWords ??= new SpanSet(_kb.PersonTitles.Concat(Titles));
    SpanSet PlaceNounsAfterSet => _placeNounsAfter ??= new SpanSet(_kb.PlaceNounsAfter);
    SpanSet OrgWordSet => _orgWords ??= new SpanSet(_kb.OrganizationWords);
    SpanSet? _frenchPlaceHeads, _notNames, _orgPrefixes, _locationWords;
    SpanSet LocationWordSet => _locationWords ??= new SpanSet(_kb.LocationWords);
    SpanSet NotNameSet => _notNames ??= new SpanSet(_kb.NotNames);
    SpanSet OrgPrefixSet => _orgPrefixes ??= new SpanSet(_kb.OrganizationPrefixes);
    SpanSet FrenchPlaceHeadSet => _frenchPlaceHeads ??= new SpanSet(_kb.FrenchPlaceHeads);

    /// <summary>Words that join a name's parts in French and other languages ("Laurence des Cars", "Ursula von der Leyen").</summary>
    static readonly string[] NameParticles = FunctionWords.FollowedBySpace("name-particles");
    static readonly string[] StrongNameParticles = FunctionWords.FollowedBySpace("strong-name-particles");
    static readonly HashSet<string> StrongNameParticleWords = [.. FunctionWords.List("strong-name-particles").SelectMany(p => p.Split(' '))];

    /// <summary>Whether a capitalised word may be a name's first word whatever the given-name list says: no common or
    /// function word, head word, title, and not all capitals.</summary>
    bool NameShapedWord(string w) => w.Length >= 2 && char.IsUpper(w[0]) && !w.All(char.IsUpper) && !_kb.NotNames.Contains(w)
        && !_kb.OrganizationWords.Contains(w) && !_kb.LocationWords.Contains(w) && !_kb.PersonTitles.Contains(w) && !Titles.Contains(w);

    /// <summary>The words of the name particles, one by one ("van", "der", "von", "bin").</summary>
    static readonly HashSet<string> NameParticleWords = [.. FunctionWords.List("name-particles").SelectMany(p => p.Split(' ')).Where(p => char.IsLetter(p[^1]))];

    /// <summary>Words after an office that join its complement ("le maire du Havre", "the CEO of Gannett").</summary>
    static readonly string[] ComplementJoiners = FunctionWords.FollowedBySpace("complement-joiners");

    /// <summary>Words after an office that belong to the description ("sa directrice générale par intérim", "le chef de la diplomatie européenne").</summary>
    static readonly string[] RoleModifiers = FunctionWords.List("role-modifiers");

    /// <summary>Words before a determiner that make the description a predicate ("il est le maire", "she became the CEO").</summary>
    static readonly HashSet<string> Copulas = FunctionWords.Set("copulas");

    /// <summary>French adjectives that follow an organisation's head word ("Agence spatiale européenne", "Parti socialiste", "Cour suprême").</summary>
    static bool IsFrenchAdjective(string folded)
    {
        if (folded.Length < 4) return false;
        foreach (var suffix in (ReadOnlySpan<string>)["al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ien", "ienne", "iennes", "iens", "ais", "aise", "aises",
            "ain", "aine", "aines", "ains", "een", "eenne", "eens", "eennes", "ier", "iere", "iers", "ieres", "ique", "iques", "aire", "aires", "if", "ive", "ives", "ifs", "iste", "istes", "eur", "eure", "ieur", "ieure", "ee", "ees"])
            if (folded.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return folded is "supreme" or "unies" or "unis" or "mondial" or "general" or "generale";
    }

    /// <summary>Adjectives after a "de" complement: the suffixes that verbs do not share ("européennes", not "critique", "appelle").</summary>
    static readonly string[] FrenchAdjectiveEndings = FunctionWords.List("french-adjective-endings");

    static bool IsSafeFrenchAdjective(string folded)
    {
        if (folded.Length < 4) return false;
        foreach (var suffix in FrenchAdjectiveEndings)
            if (folded.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    static bool IsCapitalised(string text, int i) => i < text.Length && char.IsUpper(text[i]);

    /// <summary>The end of the capitalised word at <paramref name="i"/> (letters, digits, inner hyphens and apostrophes, a final dot of an abbreviation).</summary>
    static int WordEnd(string text, int i)
    {
        int e = i;
        while (e < text.Length && (char.IsLetterOrDigit(text[e]) || (text[e] is '-' or '\'' or '’' && e + 1 < text.Length && char.IsLetter(text[e + 1]) && !IsPossessiveAt(text, e)))) e++;
        return e;
    }

    /// <summary>Whether "'s" / "’s" at <paramref name="i"/> is an English possessive (followed by a non-letter).</summary>
    static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] == 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));

    /// <summary>The end of a run of capitalised words starting at <paramref name="i"/> (at most <paramref name="max"/> words).</summary>
    static int CapitalisedRunEnd(string text, int i, int max = 4)
    {
        int end = i, words = 0;
        while (words < max && IsCapitalised(text, i))
        {
            int e = WordEnd(text, i);
            if (e - i < 1) break;
            if (e < text.Length && text[e] == '.' && e - i <= 3) e++; // "Co.", "St.", "N.Y."
            end = e;
            words++;
            if (e + 1 < text.Length && text[e] == ' ' && IsCapitalised(text, e + 1)) { i = e + 1; continue; }
            break;
        }
        return end;
    }

    static string? StartsWithAny(string text, int pos, string[] options)
    {
        foreach (var o in options)
            if (string.Compare(text, pos, o, 0, o.Length, StringComparison.Ordinal) == 0) return o;
        return null;
    }

    /// <summary>An all-caps word of 3 to 6 letters (and "&amp;": "PG&amp;E") at <paramref name="s"/>..<paramref name="e"/>.</summary>
    static bool IsAcronym(string text, int s, int e)
    {
        if (e - s < 3 || e - s > 6) return false;
        int letters = 0;
        for (int i = s; i < e; i++)
        {
            if (char.IsUpper(text[i])) letters++;
            else if (text[i] != '&') return false;
        }
        return letters >= 3 && !IsRoman(text.AsSpan(s, e - s));
    }

    /// <summary>Whether the word ending at <paramref name="end"/> is <paramref name="word"/> (a whole word).</summary>
    static bool PrecededBy(string text, int end, string word) =>
        end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0 && (end == word.Length || !char.IsLetter(text[end - word.Length - 1]));

    static bool IsRoman(ReadOnlySpan<char> w)
    {
        foreach (var c in w) if (c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')) return false;
        return true;
    }

    static readonly string[] OfJoiners = FunctionWords.BetweenSpaces("of-joiners");
    static readonly string[] OfJoinersInside = FunctionWords.BetweenSpaces("of-joiners-inside");
    /// <summary>Heads of English public bodies whose name goes on with "for"/"on" ("Office for Budget Responsibility").</summary>
    static readonly SpanSet ForOnHeads = new(FunctionWords.Set("for-on-heads"));
    /// <summary>Joiners after a head of <see cref="ForOnHeads"/>: "of", "for", "on" (between spaces).</summary>
    static readonly string[] ForOnJoiners = FunctionWords.BetweenSpaces("for-on-joiners");
    /// <summary>French "pour" joiners of a head-word organisation's first complement ("Agence pour l'enseignement français").</summary>
    static readonly string[] FrenchPurposeJoiners = FunctionWords.FollowedBySpace("french-purpose-joiners");
    /// <summary>French "sur"/"vers"/"contre" joiners of a topic or aim, right after the head or a lower-case "de" complement
    /// ("Mouvement vers le socialisme", "Commission d'enquête sur les …").</summary>
    static readonly string[] FrenchTopicJoiners = FunctionWords.FollowedBySpace("french-topic-joiners");
    /// <summary>French "et" inside an organisation's complements ("Caisse de dépôt et placement du Québec").</summary>
    static readonly string[] FrenchComplementCoordinators = FunctionWords.FollowedBySpace("french-complement-coordinators");
    static readonly HashSet<string> FrenchFunctionWords = FunctionWords.Set("french-function-words");
    static readonly string[] FrenchOfJoiners = FunctionWords.FollowedBySpace("french-of-joiners");

    static bool Free(List<TextSpan> taken, int s, int e)
    {
        // called for every candidate: a plain loop over the list's storage, no enumerator
        foreach (var t in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(taken)) if (t.Start < e && s < t.End) return false;
        return true;
    }

    static bool CoveredByName(List<(int Start, int End, NameRef Ref)> nameSpans, int s, int e)
    {
        foreach (var n in nameSpans) if (n.Start <= s && n.End >= e) return true;
        return false;
    }

    static bool OverlapsName(List<(int Start, int End, NameRef Ref)> nameSpans, int s, int e)
    {
        foreach (var n in nameSpans) if (n.Start < e && s < n.End) return true;
        return false;
    }

    /// <summary>
    /// Datelines at the start of a paragraph: an all-caps place, optionally a state or country after a comma, then a dash, a
    /// parenthesis or a colon ("BUFFALO, N.Y. —", "SAN FRANCISCO (AP) —", "ST. JOSEPH, Mich. (AP)"). Both are places
    /// unless the KB names them.
    /// </summary>
    static void Datelines(string text, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken, Action<string, int, int> add)
    {
        for (int ls = 0; ls < text.Length;)
        {
            int i = ls;
            while (i < text.Length && text[i] == ' ') i++;
            int cs = i, letters = 0, lower = 0;
            while (i < text.Length && (char.IsUpper(text[i]) || text[i] is '.' or '-' or '\'' or '’' || (text[i] == ' ' && i + 1 < text.Length && char.IsUpper(text[i + 1]))))
            {
                if (char.IsLetter(text[i])) letters++;
                i++;
            }
            int ce = i;
            while (ce > cs && text[ce - 1] == ' ') ce--;
            int ss = -1, se = -1, k = ce;
            if (letters >= 3 && k < text.Length && text[k] == ',')
            {
                k++;
                while (k < text.Length && text[k] == ' ') k++;
                if (IsCapitalised(text, k))
                {
                    ss = k;
                    se = CapitalisedRunEnd(text, k, 3);
                    if (se < text.Length && text[se] == '.') se++; // "Wash.", "Calif."
                    k = se;
                }
            }
            while (k < text.Length && text[k] == ' ') k++;
            bool dash = k < text.Length && (text[k] is '—' or '–' or '(' || (text[k] == '-' && k + 1 < text.Length && text[k + 1] == ' '));
            if (letters >= 3 && lower == 0 && dash)
            {
                if (!OverlapsName(nameSpans, cs, ce) && Free(taken, cs, ce)) add(EntityTypes.Location, cs, ce);
                if (ss >= 0 && !OverlapsName(nameSpans, ss, se) && Free(taken, ss, se)) add(EntityTypes.Location, ss, se);
            }
            int nl = text.IndexOf('\n', ls);
            if (nl < 0) break;
            ls = nl + 1;
        }
    }

    /// <summary>
    /// French organisation names: a capitalised head word of <c>organization-words.txt</c> followed by adjectives and "de"
    /// complements ("Agence spatiale européenne", "Banque de France", "Ministère des Affaires étrangères", "Parti socialiste").
    /// They win over KB names inside them ("France" in "Banque de France"), not over a KB name that covers them.
    /// </summary>
    void FrenchOrganisations(string text, string folded, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken, Action<int, int> add, bool places = false)
    {
        var heads = places ? FrenchPlaceHeadSet : OrgWordSet;
        foreach (var (hs, he) in CapitalisedRuns(text, single: true))
        {
            if (he + 2 >= text.Length || text[he] != ' ') continue;
            // a club named by a place head and its town's adjective ("le Stade toulousain", "le Stade brestois"): an
            // organisation, before the place heads see it (EntityStage.Places.cs)
            bool club = !places && char.IsLower(text[he + 1]) && ClubHeads.Contains(text.AsSpan(hs, he - hs));
            if (!club && !heads.Contains(text.AsSpan(hs, he - hs))) continue;
            // a capitalised word right before: a longer name, the head-word rule's or the KB's
            var prev = PreviousWord(text, hs);
            if (prev.Length > 0 && prev.End == hs - 1 && char.IsUpper(prev.Word[0]) && !_kb.NotNames.Contains(prev.Word)) continue;
            if (club)
            {
                int ae = he + 1;
                while (ae < text.Length && char.IsLetter(text[ae])) ae++;
                // one adjective, no "de" complement after it ("le Stade français de …" is left to the other rules)
                if (!IsTownAdjective(folded.AsSpan(he + 1, ae - he - 1)) || (ae < text.Length && char.IsLetterOrDigit(text[ae]))) continue;
                if (ae + 1 < text.Length && text[ae] == ' ' && StartsWithAny(text, ae + 1, FrenchOfJoiners) != null) continue;
                if (CoveredByName(nameSpans, hs, ae) || !Free(taken, hs, ae)) continue;
                nameSpans.RemoveAll(n => n.Start >= hs && n.End <= ae);
                add(hs, ae);
                continue;
            }
            // the head word and capitalised words ("Institut Pasteur", "Union Bordeaux-Bègles", "Parti Socialiste"): an
            // organisation, unless the words after it start with a given name ("Fondation Jean Jaurès" stays to the person rules)
            if (!places && IsCapitalised(text, he + 1))
            {
                int ce = CapitalisedRunEnd(text, he + 1, 3);
                if (ce > he + 1 && text[ce - 1] == '.') ce--;
                var next = text[(he + 1)..WordEnd(text, he + 1)];
                if (ce - he < 4 || IsGivenName(next) || _kb.NotNames.Contains(next) || CoveredByName(nameSpans, hs, ce) || !Free(taken, hs, ce)) continue;
                if (nameSpans.Any(n => n.Start < ce && n.End > ce || n.Start < hs && n.End > hs)) continue;
                // "la Haute Autorité de santé": a "de" complement in lower case after the capitalised words
                int ee = LowerDeComplementEnd(text, folded, ce);
                if (ee > ce && (!Free(taken, hs, ee) || nameSpans.Any(n => n.Start < ee && n.End > ce))) ee = ce;
                nameSpans.RemoveAll(n => n.Start >= hs && n.End <= ee);
                add(hs, ee);
                continue;
            }
            if (!char.IsLower(text[he + 1])) continue;
            int e = he, parts = 0;
            bool complement = false, lowerDe = false;
            while (e + 1 < text.Length && text[e] == ' ')
            {
                int n = e + 1;
                bool afterLowerDe = lowerDe;
                lowerDe = false;
                // a nationality after the head's adjectives belongs to the name ("Banque nationale suisse"), and right after
                // the head when a "de" complement follows it ("Fédération belge de hockey": OrgPlaces, docs/entities.md)
                if (!complement && char.IsLower(text[n]))
                {
                    int de = -1;
                    foreach (var nm in nameSpans) if (nm.Start == n && nm.Ref.Demonym) { de = nm.End; break; }
                    if (de > 0 && (de >= text.Length || !char.IsLetterOrDigit(text[de]))
                        && (parts > 0 || de + 1 < text.Length && text[de] == ' ' && StartsWithAny(text, de + 1, FrenchOfJoiners) != null)) { e = de; parts++; continue; }
                }
                // "sur"/"vers"/"contre" and a lower-case noun right after the head or a lower-case "de" complement: "Mouvement
                // vers le socialisme", "Commission d'enquête sur les …"
                if ((parts == 0 || afterLowerDe) && parts < 4 && StartsWithAny(text, n, FrenchTopicJoiners) is { } tj && LowerNounEnd(text, folded, n + tj.Length) is var te && te > 0)
                {
                    e = te; parts++; complement = true;
                    continue;
                }
                var j = StartsWithAny(text, n, FrenchOfJoiners);
                if (j != null && IsCapitalised(text, n + j.Length))
                {
                    int ce = CapitalisedRunEnd(text, n + j.Length, 3);
                    // a KB name that runs on ("de la République démocratique du Congo") is taken whole
                    foreach (var nm in nameSpans) if (nm.Start == n + j.Length && nm.End > ce) ce = nm.End;
                    e = ce;
                    parts++;
                    complement = true;
                    continue;
                }
                if (char.IsLower(text[n]))
                {
                    int we = n;
                    while (we < text.Length && char.IsLetter(text[we])) we++;
                    // a participle after another adjective qualifies the whole phrase ("l'Assemblée nationale décidée dimanche")
                    if (we > n && parts > 0 && !complement && IsParticiple(folded.AsSpan(n, we - n))) break;
                    if (we > n && (complement ? IsSafeFrenchAdjective(folded[n..we]) : IsFrenchAdjective(folded[n..we])) && parts < 4)
                    {
                        // a hyphenated compound is one word, an adjective when its first part is ("Parti libéral-démocrate",
                        // "Union chrétienne-démocrate")
                        if (we + 1 < text.Length && text[we] == '-' && char.IsLower(text[we + 1]))
                        {
                            int he2 = we + 1;
                            while (he2 < text.Length && char.IsLetter(text[he2])) he2++;
                            if (he2 - we > 3 && (he2 >= text.Length || !char.IsLetterOrDigit(text[he2]))) we = he2;
                        }
                        e = we; parts++; continue;
                    }
                }
                // "pour" and one lower-case noun before any "de" complement: "Agence pour l'enseignement français", "Centre
                // européen pour les droits"
                if (!complement && parts < 4 && StartsWithAny(text, n, FrenchPurposeJoiners) is { } pj && LowerNounEnd(text, folded, n + pj.Length) is var pe && pe > 0)
                {
                    e = pe; parts++; complement = true;
                    continue;
                }
                // "et" between complements when another "de" complement follows: "Caisse de dépôt et placement du Québec",
                // "Centres africains de contrôle et de prévention des maladies", "Conférence des religieux et religieuses de France"
                if (complement && parts < 4 && StartsWithAny(text, n, FrenchComplementCoordinators) is { } co)
                {
                    int cs = n + co.Length;
                    if (StartsWithAny(text, cs, FrenchOfJoiners) is { } cj) cs += cj.Length;
                    if (LowerNounEnd(text, folded, cs) is var ne && ne > 0 && ne + 1 < text.Length && text[ne] == ' ' && StartsWithAny(text, ne + 1, FrenchOfJoiners) != null)
                    {
                        e = ne; parts++;
                        continue;
                    }
                }
                // "de" and one lower-case noun: "Cour des comptes", "Fédération française de rugby", "Ligue des droits de l'homme"
                if (j != null && char.IsLower(text[n + j.Length]) && parts < 4)
                {
                    int ns = n + j.Length, we = ns;
                    while (we < text.Length && char.IsLetter(text[we])) we++;
                    if (we - ns >= 3 && !FrenchFunctionWords.Contains(folded[ns..we]) && (we >= text.Length || !char.IsLetterOrDigit(text[we]) || text[we] == ' '))
                    {
                        e = we;
                        parts++;
                        complement = true;
                        lowerDe = true;
                        continue;
                    }
                }
                break;
            }
            if (parts == 0 || CoveredByName(nameSpans, hs, e) || !Free(taken, hs, e)) continue;
            // a KB name overlapping the end but not inside: leave it to the KB
            if (nameSpans.Any(n => n.Start < e && n.End > e || n.Start < hs && n.End > hs)) continue;
            nameSpans.RemoveAll(n => n.Start >= hs && n.End <= e);
            add(hs, e);
        }
    }

    /// <summary>
    /// Places named by a place noun: after the name in English ("Logar province", and every name of an enumeration before a
    /// plural: "Barry, Berrien and Van Buren counties"), before it in French and English ("la province de Logar", "the
    /// province of Zabul").
    /// </summary>
    void PlacesByNoun(string text, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken, Action<int, int> add)
    {
        void Try(int s, int e)
        {
            while (s < e && PreviousWordStartAt(text, s, e) is var we && we > s && _kb.NotNames.Contains(text[s..we])) s = Math.Min(e, we + 1);
            if (e - s < 2 || !Free(taken, s, e)) return;
            if (OverlapsName(nameSpans, s, e)) return;
            foreach (var w in text[s..e].Split(' ')) if (_kb.NotNames.Contains(w) || _kb.OrganizationWords.Contains(w) || IsGivenName(w)) return;
            add(s, e);
        }
        foreach (var (s, e) in NameRuns(text))
        {
            if (e + 2 >= text.Length || text[e] != ' ' || !char.IsLower(text[e + 1])) continue;
            int we = e + 1;
            while (we < text.Length && char.IsLetter(text[we])) we++;
            if (!PlaceNounsAfterSet.Contains(text.AsSpan(e + 1, we - e - 1))) continue;
            Try(s, e);
            if (text[we - 1] != 's') continue;
            // an enumeration before a plural noun: "Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties"
            int cur = s;
            while (true)
            {
                int p = cur;
                var sep = p >= 5 && string.CompareOrdinal(text, p - 5, " and ", 0, 5) == 0 ? 5 : p >= 4 && string.CompareOrdinal(text, p - 4, " et ", 0, 4) == 0 ? 4 : p >= 2 && text[p - 2] == ',' && text[p - 1] == ' ' ? 2 : 0;
                if (sep == 0) break;
                int pe = p - sep;
                if (pe > 0 && text[pe - 1] == ',') pe--; // ", and"
                int ps = pe;
                while (ps > 0 && (char.IsLetter(text[ps - 1]) || text[ps - 1] is '-' or '.' || (text[ps - 1] == ' ' && ps >= 2 && char.IsUpper(text[ps]) && char.IsLetter(text[ps - 2]) && IsCapitalised(text, WordStartBefore(text, ps - 1))))) ps--;
                if (ps >= pe || !char.IsUpper(text[ps])) break;
                Try(ps, pe);
                cur = ps;
            }
        }
        // "la province de Logar", "the province of Zabul"
        foreach (var noun in _placeNounsBefore ??= [.. _kb.PlaceNounsBefore])
        {
            int i = 0;
            while ((i = text.IndexOf(noun, i, StringComparison.Ordinal)) >= 0)
            {
                int after = i + noun.Length;
                bool word = (i == 0 || !char.IsLetter(text[i - 1])) && after < text.Length && text[after] == ' ';
                i = after;
                if (!word) continue;
                var j = StartsWithAny(text, after + 1, PlaceOfJoiners);
                if (j == null || !IsCapitalised(text, after + 1 + j.Length)) continue;
                int s = after + 1 + j.Length;
                int e = CapitalisedRunEnd(text, s, 3);
                Try(s, e);
                if (noun[^1] != 's') continue;
                // a plural noun heads an enumeration: "les communes de Trèbes, de Villegailhenc et de Conques-sur-Orbiel",
                // "the towns of Selkirk, Hawick and Kelso"
                while (e > s && StartsWithAny(text, e, ListJoiners) is { } sep)
                {
                    int ns = e + sep.Length;
                    if (StartsWithAny(text, ns, PlaceOfJoiners) is { } of) ns += of.Length;
                    if (!IsCapitalised(text, ns)) break;
                    s = ns;
                    e = CapitalisedRunEnd(text, s, 3);
                    Try(s, e);
                }
            }
        }
    }

    /// <summary>The KB's place nouns before a name, in the set's order, read once (enumerating the immutable set per page is slow).</summary>
    string[]? _placeNounsBefore;

    /// <summary>"de", "du", "of" and the like before a place's name.</summary>
    static readonly string[] PlaceOfJoiners = [.. FrenchOfJoiners, "of "];

    /// <summary>The end of the first word of <paramref name="text"/>[s..e].</summary>
    static int PreviousWordStartAt(string text, int s, int e)
    {
        int i = s;
        while (i < e && text[i] != ' ') i++;
        return i;
    }

    static int WordStartBefore(string text, int end)
    {
        int i = end;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return i;
    }

    /// <summary>A given name followed by capitalised words and at least one name particle ("Laurence des Cars",
    /// "François Villeroy de Galhau", "Ursula von der Leyen", "Mohammed ben Salmane").</summary>
    IEnumerable<(int Start, int End)> ParticleNames(string text)
    {
        foreach (var (ws, we) in CapitalisedRuns(text, single: true))
        {
            if (we + 2 >= text.Length || text[we] != ' ') continue;
            int e = we, parts = 0;
            bool particle = false, strong = false, givenInside = false;
            while (e + 1 < text.Length && text[e] == ' ')
            {
                int n = e + 1;
                if (IsCapitalised(text, n) && !_kb.NotNames.Contains(text[n..WordEnd(text, n)]))
                {
                    e = WordEnd(text, n);
                    givenInside |= !particle && IsGivenName(text[n..e]);
                    parts++;
                    continue;
                }
                var p = StartsWithAny(text, n, NameParticles);
                if (p != null && IsCapitalised(text, n + p.Length) && WordEnd(text, n + p.Length) is var pe && pe - (n + p.Length) >= 2
                    && StartsWithAny(text, n + p.Length, ["Saint-", "Sainte-", "St-", "Ste-"]) == null)
                {
                    e = pe;
                    parts++;
                    particle = true;
                    strong |= StartsWithAny(text, n, StrongNameParticles) != null;
                    continue;
                }
                break;
            }
            // the particle must sit inside the name, with its surname after it
            // a particle that is no common word vouches for an unlisted given name ("Hendrik van der Berg")
            // when no listed given name opens it ("President Richard von …" starts at "Richard")
            if (particle && parts > 0 && (IsGivenName(text[ws..we]) || (strong && NameShapedWord(text[ws..we]) && !givenInside))) yield return (ws, e);
        }
    }

    /// <summary>Names after a title: (start of the name, end, start of the mention: the honorific's when it has one).</summary>
    IEnumerable<(int Start, int End, int MentionStart)> TitledNames(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1]))) { i++; continue; }
            int we = i;
            while (we < text.Length && (char.IsLetter(text[we]) || text[we] == '.')) we++;
            int ws = i;
            i = we;
            if (we + 1 >= text.Length || text[we] != ' ' || !IsCapitalised(text, we + 1) || !TitleWords.Contains(text.AsSpan(ws, we - ws))) continue;
            bool honorific = Titles.Contains(text[ws..we]);
            int s = we + 1, e = CapitalisedRunEnd(text, s, 3);
            if (e > s && text[e - 1] == '.') e--;
            var words = text[s..e].Split(' ');
            if (words.Any(w => _kb.NotNames.Contains(w) || _kb.OrganizationWords.Contains(w) || _kb.LocationWords.Contains(w))) continue;
            if (words.Length == 1 && words[0].Length < 3) continue;
            yield return (s, e, honorific ? ws : s);
        }
    }

    /// <summary>Two or three name-shaped capitalised words (none a given name: those are read already) whose last word
    /// stands alone later in the text, not inside a longer capitalised run ("Minouche Shafik … Shafik said").</summary>
    IEnumerable<(int Start, int End)> RepeatedFamilyNames(string text)
    {
        foreach (var (rs, re) in CapitalisedRuns(text))
        {
            int last = text.LastIndexOf(' ', re - 1, re - rs) + 1;
            if (re - last < 3) continue;
            var words = text[rs..re].Split(' ');
            if (words.Length > 3 || !words.All(NameShapedWord)) continue;
            var family = text[last..re];
            bool alone = false;
            for (int i = text.IndexOf(family, re, StringComparison.Ordinal); i >= 0 && !alone; i = text.IndexOf(family, i + family.Length, StringComparison.Ordinal))
            {
                int e = i + family.Length;
                if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '\'' or '’')) continue;
                if (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] == '-')) continue;
                if (e + 1 < text.Length && text[e] == ' ' && IsCapitalised(text, e + 1)) continue;
                var before = PreviousWord(text, i);
                if (before.Length > 0 && before.End == i - 1 && char.IsUpper(before.Word[0]) && char.IsLetter(before.Word[^1]) && !IsSentenceStart(text, before.Start)) continue;
                alone = true;
            }
            if (alone) yield return (rs, re);
        }
    }

    /// <summary>Two or three capitalised words ending with a common family name of <c>surnames.txt</c> ("Brock Nelson").</summary>
    IEnumerable<(int Start, int End)> SurnameNames(string text)
    {
        foreach (var (rs, re) in CapitalisedRuns(text))
        {
            int last = text.LastIndexOf(' ', re - 1, re - rs) + 1;
            if (!SurnameSet.Contains(text.AsSpan(last, re - last))) continue;
            int s = rs;
            var words = text[rs..re].Split(' ');
            int skip = 0;
            while (skip < words.Length && _kb.NotNames.Contains(words[skip])) { s += words[skip].Length + 1; skip++; }
            words = words[skip..];
            if (words.Length is < 2 or > 3 || !_kb.Surnames.Contains(words[^1])) continue;
            if (words.Any(w => _kb.NotNames.Contains(w) || _kb.OrganizationWords.Contains(w) || _kb.LocationWords.Contains(w) || w.All(char.IsUpper))) continue;
            yield return (s, re);
        }
    }

    /// <summary>
    /// Names found by their shape once the others are placed: acronyms of three to six capitals that are not words of
    /// <c>not-names.txt</c> nor part of an all-caps line ("FNSEA", "PG&amp;E") are organisations; "the" and a capitalised
    /// plural ("the Sabres", "the Steelers") is a team; a capitalised word after "à", "en" or "in", "near" that is no given
    /// name, title, month or other non-name ("à Kourou", "in Hayward") is a place.
    /// </summary>
    IEnumerable<(int Start, int End, string Type)> LateNames(string text, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '&' or '-' or '.'))) { i++; continue; }
            int s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '&' && i + 1 < text.Length && char.IsUpper(text[i + 1])))) i++;
            // a compound place name after a preposition ("à Saint-Brieuc", "à Cagnac-les-Mines", "à Villeneuve-d’Ascq")
            bool compound = false;
            if (i < text.Length && text[i] == '-' && char.IsUpper(text[s]) && CompoundPlaceEnd(text, s) is var ce && ce > i) { i = ce; compound = true; }
            int e = i;
            if (e < text.Length && (char.IsDigit(text[e]) || text[e] is '-' or '.' && e + 1 < text.Length && char.IsLetter(text[e + 1]))) continue;
            if (!char.IsUpper(text[s])) continue;
            // one with a lower-case particle inside is a place wherever it stands ("les habitants de Villeneuve-sur-Lot",
            // "Saint-Brevin-les-Pins a voté"): names the KB has inside it are its parts ("Lot"), not names of their own
            if (compound && HasCompoundParticle(text, s, e))
            {
                bool inside = false;
                foreach (var n in nameSpans) if (n.Start < e && s < n.End && (n.Start < s || n.End > e)) { inside = true; break; }
                // a capitalised article inside a sentence is part of the name ("à La Teste-de-Buch", "À La Roche-sur-Yon", "de
                // L’Haÿ-les-Roses"); at a sentence's start it may be the article of a département ("Le Val-de-Marne")
                int ms = s;
                if (s >= 2 && text[s - 1] is '\'' or '’' && text[s - 2] == 'L' && (s == 2 || !char.IsLetter(text[s - 3]))) ms = s - 2;
                else if (PreviousWord(text, s) is var art && art.End == s - 1 && art.Length is 2 or 3 && char.IsUpper(art.Word[0])
                    && Definite.Contains(art.Word.ToLowerInvariant()) && PreviousWord(text, art.Start) is var pw && pw.Length > 0 && (char.IsLower(pw.Word[^1]) || pw.Length == 1)) ms = art.Start;
                if (!inside && Free(taken, ms, e) && !_kb.NotNames.Contains(text[s..e])) yield return (ms, e, EntityTypes.Location);
                continue;
            }
            // after a preposition of place: "à", "en", "in", "near", and those that place by distance or direction ("près de",
            // "au large de", "north of", "outside"; function-words.txt [place-prepositions-before-name])
            bool afterPlacePreposition = AfterPlacePreposition(text, s) || CoordinatedWithPlace(text, s, nameSpans);
            if (compound && !(afterPlacePreposition && !PrecededBy(text, s - 1, "en"))) continue;
            bool acronym = IsAcronym(text, s, e);
            // a single word after "the", a preposition of place, or an acronym: look no further at other words
            if (!acronym && !afterPlacePreposition && !(s >= 2 && text[s - 1] == ' ' && (PrecededBy(text, s - 1, "the") || PrecededBy(text, s - 1, "The")))) continue;
            if (OverlapsName(nameSpans, s, e) || !Free(taken, s, e)) continue;
            var word = text[s..e];
            if (_kb.NotNames.Contains(word)) continue;
            if (acronym)
            {
                // not inside an all-caps line or dateline: the words around are not all-caps
                var prev = PreviousWord(text, s);
                var next = NextWord(text, e);
                bool capsAround = (prev.Length >= 2 && prev.Word.All(c => !char.IsLower(c)) && prev.Word.Any(char.IsLetter))
                    || (next.Length >= 2 && next.Word.All(c => !char.IsLower(c)) && next.Word.Any(char.IsLetter));
                bool longer = e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1]);
                bool model = prev.Length > 0 && prev.Word.Any(char.IsDigit);
                if (!capsAround && !longer && !model && _kb.Offices.FindAll(word).Count == 0 && _kb.Positions.FindAll(word).Count == 0) yield return (s, e, EntityTypes.Organization);
                continue;
            }
            if (word.Length < 3 || word.All(char.IsUpper)) continue;
            // the next word must not be capitalised: a single-word name; nor a number: a capitalised word numbered is a
            // label ("in Game 7", "en Ligue 1", "in Stage 5"), not a place
            if (e + 1 < text.Length && text[e] == ' ' && (char.IsUpper(text[e + 1]) || char.IsDigit(text[e + 1]))) continue;
            if (IsGivenName(word) || _kb.OrganizationWords.Contains(word) || _kb.LocationWords.Contains(word) || _kb.PersonTitles.Contains(word) || Titles.Contains(word)) continue;
            var before = PreviousWord(text, s);
            if (before.End != s - 1 && !afterPlacePreposition) continue;
            if (before.Word is "the" or "The" && word.Length >= 5 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)) { yield return (s, e, EntityTypes.Organization); continue; }
            if (afterPlacePreposition)
            {
                // "à" ending a complex preposition ("face à Leclerc", "grâce à Verdane") is not "à" of a place
                if (before.Word == "à" && PreviousWord(text, before.Start) is var pa && pa.End == before.Start - 1 && NonLocativeBeforeA.Contains(pa.Word.ToLowerInvariant())) continue;
                if (_kb.Offices.FindAll(word).Count > 0 || _kb.Positions.FindAll(word).Count > 0) continue;
                yield return (s, e, EntityTypes.Location);
            }
        }
    }

    /// <summary>Prepositions after which a single capitalised word is a place (<c>function-words.txt</c>
    /// [place-prepositions-before-name]: "à", "in", "près de", "north of"…); a phrase ending in "de" also stands elided
    /// before a vowel ("près d’Arles", "au large d'Ostende"), which is matched right before the name, the others before
    /// its space.</summary>
    static readonly string[] PlacePrepositions = [.. FunctionWords.List("place-prepositions-before-name")
        .SelectMany(p => p.EndsWith(" de", StringComparison.Ordinal) ? new[] { p, p[..^2] + "d’", p[..^2] + "d'" } : [p])];

    /// <summary><see cref="PlacePrepositions"/> by their last character.</summary>
    static readonly Dictionary<char, string[]> PlacePrepositionsByLast = PlacePrepositions.GroupBy(p => p[^1]).ToDictionary(g => g.Key, g => g.ToArray());

    static bool AfterPlacePreposition(string text, int s)
    {
        // only the prepositions that can end right before the name: an elided one at s - 1, the others before its space
        if (s < 2) return false;
        if (!PlacePrepositionsByLast.TryGetValue(text[s - 1] == ' ' ? text[s - 2] : text[s - 1], out var candidates)) return false;
        foreach (var p in candidates)
        {
            bool elided = p[^1] is '’' or '\'';
            if (elided ? PrecededBy(text, s, p) : s >= 2 && text[s - 1] == ' ' && PrecededBy(text, s - 1, p)) return true;
        }
        return false;
    }

    /// <summary>Whether the word at <paramref name="s"/> follows "and"/"et" (<c>function-words.txt</c> [coordinators])
    /// after a single capitalised word that stands after a preposition of place and is a place (one the KB knows, or none
    /// it knows as anything else, nor a given name): "in Renton and Everett", "à Pepinster et Verviers" — the preposition
    /// governs both.</summary>
    bool CoordinatedWithPlace(string text, int s, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        int sep = SeparatorBefore(text, s, out bool coordinator);
        if (sep < 0 || !coordinator) return false;
        var prev = PreviousWord(text, sep);
        if (prev.End != sep || prev.Length < 2 || !char.IsUpper(prev.Word[0]) || !AfterPlacePreposition(text, prev.Start)) return false;
        foreach (var n in nameSpans)
            if (n.Start < prev.End && prev.Start < n.End)
                return n.Start == prev.Start && n.End == prev.End && !n.Ref.Demonym && n.Ref.Entity.Type == EntityTypes.Location;
        return !IsGivenName(prev.Word) && !_kb.NotNames.Contains(prev.Word) && !prev.Word.All(char.IsUpper);
    }

    static readonly HashSet<string> CompoundPlaceParticles = FunctionWords.Set("compound-place-particles");

    /// <summary>Whether the hyphenated name [s, e) has a lower-case particle between two of its parts ("Cagnac-les-Mines",
    /// "Villeneuve-d’Ascq"), unlike a compound of capitalised words only ("Saint-Brieuc", "Jean-Luc").</summary>
    static bool HasCompoundParticle(string text, int s, int e)
    {
        for (int i = s; i + 1 < e; i++)
            if (text[i] == '-' && char.IsLower(text[i + 1])) return true;
        return false;
    }

    /// <summary>Whether the name at <paramref name="s"/> is the last part of a hyphenated place name after a lower-case
    /// particle ("Lot" in "Villeneuve-sur-Lot", "Ascq" in "Villeneuve-d’Ascq").</summary>
    static bool AfterCompoundParticle(string text, int s)
    {
        int i = s;
        if (i >= 3 && text[i - 1] is '\'' or '’' && text[i - 2] is 'd' or 'l' && text[i - 3] == '-') return i >= 4 && char.IsLetter(text[i - 4]);
        if (i < 2 || text[i - 1] != '-') return false;
        int pe = i - 1, ps = pe;
        while (ps > 0 && char.IsLetter(text[ps - 1])) ps--;
        return ps < pe && ps >= 2 && text[ps - 1] == '-' && char.IsLetter(text[ps - 2]) && CompoundPlaceParticles.Contains(text[ps..pe]);
    }

    /// <summary>
    /// The end of a hyphenated place name starting at <paramref name="s"/> ("Saint-Brieuc", "Cagnac-les-Mines",
    /// "Villeneuve-d’Ascq", "Stratford-upon-Avon"): capitalised parts and lower-case particles joined by hyphens, the last
    /// part capitalised; -1 when the word is no such name.
    /// </summary>
    static int CompoundPlaceEnd(string text, int s)
    {
        int i = s, parts = 0;
        bool lastCapital = false;
        while (true)
        {
            int ps = i;
            // an elided particle inside the name: "d’Ascq", "l’Isle"
            if (i + 2 < text.Length && text[i] is 'd' or 'l' && text[i + 1] is '\'' or '’' && char.IsUpper(text[i + 2])) i += 2;
            int ws = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i == ws) return -1;
            bool capital = char.IsUpper(text[ws]);
            if (!capital && (ws != ps || !CompoundPlaceParticles.Contains(text[ws..i]))) return -1;
            lastCapital = capital;
            parts++;
            if (i + 1 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1])) { i++; continue; }
            break;
        }
        return parts >= 2 && lastCapital ? i : -1;
    }

    /// <summary>
    /// Two or three capitalised words right after a capitalised nationality noun that follows an article ("le Slovène
    /// Tadej Pogacar", "la Française Nadia Melliti", "the Briton Jonathan Glazer"): a person in apposition, whatever the
    /// given name. Not words that are head words, titles or non-names.
    /// </summary>
    IEnumerable<(int Start, int End)> NationalityAppositions(string text, string folded, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        List<(int Start, int End)>? offices = null;
        foreach (var n in nameSpans)
        {
            // a country's possessive before a name in English: "France's Cassandre Beaugrand" (not an office: "Japan's Foreign
            // Minister …")
            if (!n.Ref.Demonym && n.Ref.Entity.Type == EntityTypes.Location && n.Ref.Entity.Country != null && IsPossessiveAt(text, n.End)
                && n.End + 3 < text.Length && text[n.End + 2] == ' ' && IsCapitalised(text, n.End + 3))
            {
                int qs = n.End + 3, qe = CapitalisedRunEnd(text, qs, 3);
                if (qe <= qs || text.IndexOf(' ', qs, qe - qs) < 0 || (qe < text.Length && text[qe] is '\'' or '’')) continue;
                offices ??= [.. _kb.Positions.FindLongest(text, folded).Select(m => (m.Start, m.End)).Concat(_kb.Offices.FindLongest(text, folded).Select(m => (m.Start, m.End)))];
                if (offices.Any(o => o.Start < qe && o.End > qs)) continue;
                if (text[qs..qe].Split(' ').All(NameShapedWord)) yield return (qs, qe);
                continue;
            }
            if (!n.Ref.Demonym || n.End + 1 >= text.Length || text[n.End] != ' ') continue;
            // an occupation and a nationality before a name: "le surfeur français Kauli Vaast" (the noun before a lower-case
            // nationality), "the Kenyan runner Faith Kipyegon" (the noun after a capitalised one); the words before the
            // name stay out of it
            if (char.IsLower(text[n.Start]))
            {
                var noun = PreviousWord(folded, n.Start);
                if (noun.End == n.Start - 1 && OccupationNouns.Contains(noun.Word) && OccupationName(text, n.End + 1) is var (os, oe) && os >= 0) yield return (os, oe);
                continue;
            }
            if (NextWord(folded, n.End + 1) is var after && after.Start == n.End + 1 && after.End + 1 < text.Length && text[after.End] == ' '
                && OccupationNouns.Contains(after.Word) && OccupationName(text, after.End + 1) is var (es, ee) && es >= 0)
            {
                yield return (es, ee);
                continue;
            }
            var art = PreviousWord(folded, n.Start);
            if (art.End != n.Start && art.End != n.Start - 1) continue;
            if (art.Word is not ("le" or "la" or "l'" or "du" or "au" or "the" or "The" or "Le" or "La" or "L'")) continue;
            int ps = n.End + 1, pe = CapitalisedRunEnd(text, ps, 3);
            if (pe <= ps || text.IndexOf(' ', ps, pe - ps) < 0) continue;
            bool ok = true;
            foreach (var w in text[ps..pe].Split(' '))
                if (_kb.NotNames.Contains(w) || _kb.OrganizationWords.Contains(w) || _kb.LocationWords.Contains(w) || _kb.PersonTitles.Contains(w) || Titles.Contains(w)) { ok = false; break; }
            if (ok) yield return (ps, pe);
        }
    }

    /// <summary>Nouns of an occupation ("surfeur", "chanteuse", "runner", "striker"): next to a nationality they make the
    /// name that follows a person's (<c>function-words.txt</c> [occupation-nouns], folded).</summary>
    static readonly HashSet<string> OccupationNouns = [.. FunctionWords.List("occupation-nouns").Select(TextFold.Fold)];

    /// <summary>Two or three name-shaped capitalised words starting at <paramref name="s"/> (<see cref="NameShapedRun"/>: none a
    /// head word, title or non-name), not followed by a possessive: the name after an occupation and a nationality; (-1, -1)
    /// otherwise.</summary>
    (int Start, int End) OccupationName(string text, int s)
    {
        if (!IsCapitalised(text, s)) return (-1, -1);
        int e = CapitalisedRunEnd(text, s, 3);
        if (e <= s || text.IndexOf(' ', s, e - s) < 0 || (e < text.Length && text[e] is '\'' or '’')) return (-1, -1);
        return NameShapedRun(text, s, e) ? (s, e) : (-1, -1);
    }

    /// <summary>Nouns that describe a person by what they are or did ("le suspect", "the sole survivor", "sa femme", "an
    /// 18-year-old gunman"): ending a description right before a comma, they make the name after it a person
    /// (<c>function-words.txt</c> [person-nouns-before-apposition], folded).</summary>
    static readonly HashSet<string> PersonNounsBeforeApposition = [.. FunctionWords.List("person-nouns-before-apposition").Select(TextFold.Fold)];

    /// <summary>
    /// Sixteenth round (docs/entities.md): a name in apposition that only a person can fill, whatever its given name — two
    /// or three capitalised words (or a given name and an initial) closed by a comma or a full stop right after a description of a person and its comma
    /// ("L’assaillant, Abdesalem Lassoued,", "The sole survivor, Vishwash Kumar Ramesh,", "une Algérienne de 24 ans, Dahbia
    /// B.,"), or two or three capitalised words followed by an age between commas ("Valdo Calocane, 31,", "Jean Dupont, 45
    /// ans,"). Not words that are head words, titles or non-names.
    /// </summary>
    IEnumerable<(int Start, int End)> DescribedAppositions(string text)
    {
        for (int c = text.IndexOf(", ", StringComparison.Ordinal); c >= 0; c = text.IndexOf(", ", c + 2, StringComparison.Ordinal))
        {
            int ns = c + 2;
            if (IsCapitalised(text, ns))
            {
                var pw = PreviousWord(text, c);
                if (pw.End == c && pw.Length >= 2 && (PersonNounsBeforeApposition.Contains(TextFold.Fold(pw.Word)) || IsAgeAt(text, pw.Start, pw.End)))
                {
                    int ne = CapitalisedRunEnd(text, ns, 3);
                    // two words at least: a lone given name after a kinship noun ("her father, Gérard,") is left to the
                    // rules for lone names
                    if (ne > ns && ne < text.Length && text[ne] is ',' or '.' && text.IndexOf(' ', ns, ne - ns) > 0 && NameShapedRun(text, ns, ne)) yield return (ns, ne);
                }
            }
            // "Valdo Calocane, 31," / "Jean Dupont, 45 ans,": the capitalised run that ends at the comma, two or three words
            if (c + 2 < text.Length && char.IsDigit(text[c + 2]))
            {
                int d = c + 2;
                while (d < text.Length && char.IsDigit(text[d])) d++;
                if (d - (c + 2) > 3 || !(d < text.Length && (text[d] == ',' || string.CompareOrdinal(text, d, " ans", 0, 4) == 0 && (d + 4 == text.Length || !char.IsLetter(text[d + 4]))))) continue;
                int s = -1, we = c;
                for (int w = 0; w < 3; w++)
                {
                    int b = we;
                    while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '-' or '\'' or '’' or '.')) b--;
                    // a word ending a sentence is not the name's ("Bentinck Road. Valdo Calocane, 31,")
                    if (b == we || !char.IsUpper(text[b]) || (w > 0 && text[we - 1] == '.' && we - b > 2)) break;
                    s = b;
                    if (b < 2 || text[b - 1] != ' ') break;
                    we = b - 1;
                }
                if (s < 0 || text.IndexOf(' ', s, c - s) < 0) continue;
                // the run must start the name: no capitalised word right before it
                var before = PreviousWord(text, s);
                if (before.End == s - 1 && before.Length > 0 && char.IsUpper(before.Word[0]) && !IsSentenceStart(text, before.Start) && !IsSentenceStart(text, s)) continue;
                if (NameShapedRun(text, s, c)) yield return (s, c);
            }
        }
    }

    /// <summary>
    /// Sixteenth round (docs/entities.md): two capitalised words that open a sentence and are followed by a lower-case word,
    /// with or without a comma ("Yvan Colonna, condamné …", "Marylise Léon a été élue …", "Tadej Pogacar won …"), are a
    /// person's full name when neither word is a head word, title, non-name or a name the KB or the gazetteer knows: a
    /// sentence opens with its subject, and a subject of two unknown name-shaped words is someone named in full.
    /// </summary>
    static readonly char[] Apostrophes = ['\'', '’'];

    /// <summary>Capitalised words that open the name of a storm or other named event, not a given name ("Storm",
    /// "Hurricane", "Typhoon"; <c>function-words.txt</c> [named-event-heads]).</summary>
    static readonly HashSet<string> NamedEventHeads = FunctionWords.Set("named-event-heads");

    IEnumerable<(int Start, int End)> SentenceStartNames(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (i > 0 && !(i >= 2 && text[i - 1] == ' ' && text[i - 2] is '.' or '!' or '?' && (i < 4 || text[i - 4] != ' ' && text[i - 4] != '.'))) continue;
            if (!IsCapitalised(text, i)) continue;
            int e = CapitalisedRunEnd(text, i, 3);
            int sp = text.IndexOf(' ', i, e - i);
            if (sp < 0 || text.IndexOf(' ', sp + 1, e - sp - 1) >= 0) continue;
            // then a lower-case word, right away or after a comma
            int n = e;
            if (n < text.Length && text[n] == ',') n++;
            if (!(n + 1 < text.Length && text[n] == ' ' && char.IsLower(text[n + 1]))) continue;
            if (sp - i < 3 || e - sp - 1 < 3 || !NameShapedRun(text, i, e) || text[e - 1] == '.') continue;
            // not an elided article ("L’ancien Premier ministre") nor a storm's name ("Storm Eowyn", "Hurricane Milton")
            // nor a compass word before a demonym or a region ("Western European leaders")
            if (text.IndexOfAny(Apostrophes, i, e - i) >= 0 || NamedEventHeads.Contains(text[i..sp]) || CompassWords.Contains(text.AsSpan(i, sp - i))) continue;
            yield return (i, e);
        }
    }

    /// <summary>Whether the words of [s, e) are name-shaped (an initial with its full stop too: "Dahbia B.").</summary>
    bool NameShapedRun(string text, int s, int e)
    {
        int i = s;
        while (i < e)
        {
            int we = text.IndexOf(' ', i, e - i);
            if (we < 0) we = e;
            bool initial = we - i == 2 && char.IsUpper(text[i]) && text[i + 1] == '.';
            if (!initial && !NameShapedWord(text[i..we])) return false;
            i = we + 1;
        }
        return true;
    }

    /// <summary>Words of an age after a number ("de 24 ans", "31 years"): <c>[age-units]</c> of function-words.txt.</summary>
    static readonly SpanSet AgeUnits = new(FunctionWords.Set("age-units"));

    /// <summary>Whether the word [s, e) is a unit of age (<see cref="AgeUnits"/>) after a number ("de 24 ans", "31 years").</summary>
    static bool IsAgeAt(string text, int s, int e)
    {
        if (!AgeUnits.Contains(text.AsSpan(s, e - s))) return false;
        int i = s - 1;
        if (i < 1 || text[i] != ' ' || !char.IsDigit(text[i - 1])) return false;
        return true;
    }

    /// <summary>Words before a team's name in a match report ("contre Angers (1-0)", "beat Liverpool 2-1"), folded; and
    /// players' and staff's positions after a team's name ("Pittsburgh center Maurkice Pouncey", "Wild coach Bruce
    /// Boudreau"), as written (<c>Entities/data/team-context.txt</c>).</summary>
    static readonly (HashSet<string> Before, HashSet<string> After, HashSet<string> NotTeams, string[] Verbs, HashSet<string> Sports) TeamWords = ReadTeamWords();

    static (HashSet<string> Before, HashSet<string> After, HashSet<string> NotTeams, string[] Verbs, HashSet<string> Sports) ReadTeamWords()
    {
        HashSet<string> before = new(StringComparer.Ordinal), after = new(StringComparer.Ordinal), notTeams = new(StringComparer.Ordinal), sports = new(StringComparer.Ordinal);
        var verbs = new List<string>();
        HashSet<string>? into = null;
        bool inVerbs = false;
        foreach (var line in DataFiles.ReadLines("Entities/data/team-context.txt"))
        {
            if (line == "[before]") { into = before; inVerbs = false; continue; }
            if (line == "[after]") { into = after; inVerbs = false; continue; }
            if (line == "[not-teams]") { into = notTeams; inVerbs = false; continue; }
            if (line == "[sports]") { into = sports; inVerbs = false; continue; }
            if (line == "[verbs]") { into = null; inVerbs = true; continue; }
            // [verbs]: one phrase a line, folded
            if (inVerbs) { verbs.Add(TextFold.Fold(line.Trim())); continue; }
            if (into is null) throw new InvalidDataException("team-context.txt: words before a [before], [after], [not-teams] or [verbs] section");
            foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) into.Add(into == before ? TextFold.Fold(w) : w);
        }
        return (before, after, notTeams, [.. verbs.OrderByDescending(v => v.Length)], sports);
    }

    /// <summary>
    /// A sports body named by its sport and the country or region it governs, in either order ("Hockey Canada", "Cricket
    /// Australia", "USA Swimming", "New Zealand Rugby"; team-context.txt's [sports]): the span of the whole name, or null.
    /// The place, at [<paramref name="s"/>, <paramref name="e"/>), must stand alone with its sport word: a capitalised word
    /// on the other side makes another name ("Ice Hockey Canada Cup", "Rugby Australia Sevens" are left to the other rules).
    /// </summary>
    /// <summary>Words before a country that make it its national team, folded ("xv de", "equipe de"), and the sports that
    /// may follow it in lower case ("de handball") (function-words.txt).</summary>
    static readonly string[] NationalTeamHeads = FunctionWords.FollowedBySpace("national-team-heads");
    static readonly HashSet<string> NationalTeamSports = FunctionWords.Set("national-team-sports");

    /// <summary>
    /// A national team named by its country in French ("le XV de France", "l’équipe de France de handball"): the span from
    /// the head to the country, or to the sport that follows it; null when no head of function-words.txt's
    /// [national-team-heads] stands right before the country at [<paramref name="s"/>, <paramref name="e"/>).
    /// </summary>
    static (int Start, int End)? NationalTeamSpan(string text, string folded, int s, int e)
    {
        foreach (var h in NationalTeamHeads)
        {
            int hs = s - h.Length;
            if (hs < 0 || string.CompareOrdinal(folded, hs, h, 0, h.Length) != 0 || (hs > 0 && char.IsLetterOrDigit(folded[hs - 1]))) continue;
            int end = e;
            if (string.CompareOrdinal(folded, e, " de ", 0, 4) == 0 && NextWord(folded, e + 4) is var sport && sport.Start == e + 4
                && NationalTeamSports.Contains(sport.Word) && (sport.End == folded.Length || !char.IsLetterOrDigit(folded[sport.End]) && folded[sport.End] != '-')) end = sport.End;
            return (hs, end);
        }
        return null;
    }

    static (int Start, int End)? SportBodySpan(string text, int s, int e)
    {
        bool capitalisedAfter(int end) => end + 1 < text.Length && text[end] == ' ' && IsCapitalised(text, end + 1);
        bool capitalisedBefore(int start)
        {
            if (start < 2 || text[start - 1] != ' ') return false;
            var w = PreviousWord(text, start - 1);
            return w.End == start - 1 && w.Length > 0 && char.IsUpper(w.Word[0]) && !IsSentenceStart(text, w.Start);
        }
        if (s >= 2 && text[s - 1] == ' ' && PreviousWord(text, s - 1) is var pw && pw.End == s - 1 && TeamWords.Sports.Contains(pw.Word)
            && !capitalisedAfter(e) && !capitalisedBefore(pw.Start))
            return (pw.Start, e);
        if (e + 1 < text.Length && text[e] == ' ' && NextWord(text, e + 1) is var nw && nw.Start == e + 1 && TeamWords.Sports.Contains(nw.Word)
            && (nw.End == text.Length || !TextFold.IsWordChar(text[nw.End])) && !capitalisedAfter(nw.End) && !capitalisedBefore(s))
            return (s, nw.End);
        return null;
    }

    /// <summary>Lower-case heads of French street and building names (<c>place-heads-fr-lower.txt</c>): with "de"
    /// complements or a name ("rue de Rivoli", "boulevard Haussmann"), and with a name only ("court Philippe-Chatrier").</summary>
    static readonly (SpanSet WithComplement, SpanSet NameOnly) LowerPlaceHeads = ReadLowerPlaceHeads();

    static (SpanSet, SpanSet) ReadLowerPlaceHeads()
    {
        var lines = DataFiles.ReadLines("Entities/data/place-heads-fr-lower.txt").ToList();
        if (lines.Count != 2) throw new InvalidDataException("place-heads-fr-lower.txt: expected two lines of words");
        return (new SpanSet(lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)), new SpanSet(lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>
    /// French streets and buildings named by a lower-case head word and a capitalised name or "de" complements ("rue de
    /// Rivoli", "boulevard Haussmann", "place de la Concorde", "stade Pierre-Mauroy", "cathédrale Notre-Dame de Rouen"):
    /// places, the head included; a place the KB names inside is not a mention of its own. Not over a KB person or
    /// organisation ("place Beauvau" standing for the ministry), nor "à la place de …" (instead of), nor a head whose only
    /// complement is a country or region of the KB or a first-level region of the gazetteer ("la pointe de la Bretagne": a
    /// part of it, the region the mention; a department keeps its feature: "le golfe du Morbihan").
    /// </summary>
    void LowerCasePlaces(string text, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken, Action<int, int> add)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // an elided article or "de" may stand before the head ("l’océan Indien", "l’étang de Berre"), no other apostrophe
            if (!char.IsLower(text[i]) || (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'
                || (text[i - 1] is '\'' or '’' && !(i >= 2 && text[i - 2] is 'l' or 'd' && (i == 2 || !char.IsLetter(text[i - 3]))))))) continue;
            int we = i;
            while (we < text.Length && char.IsLetter(text[we])) we++;
            var head = text.AsSpan(i, we - i);
            bool withComplement = LowerPlaceHeads.WithComplement.Contains(head);
            if (!withComplement && !LowerPlaceHeads.NameOnly.Contains(head)) { i = we; continue; }
            if (we + 1 >= text.Length || text[we] != ' ') { i = we; continue; }
            int j = we + 1, e = -1;
            if (IsCapitalised(text, j)) e = CapitalisedRunEnd(text, j, 3);
            else if (withComplement && StartsWithAny(text, j, FrenchOfJoiners) is { } joiner && IsCapitalised(text, j + joiner.Length))
            {
                // "la place de Marie Dupont": someone's place, not a square
                if (head is "place" && IsGivenName(text[(j + joiner.Length)..WordEnd(text, j + joiner.Length)])) { i = we; continue; }
                e = CapitalisedRunEnd(text, j + joiner.Length, 3);
                // "la pointe de la Bretagne", "la vallée de l’Italie": a part of a country or region the KB knows, not a name
                int cs = j + joiner.Length;
                bool regionPart = false;
                foreach (var n in nameSpans)
                    if (n.Start == cs && n.End == e && !n.Ref.Demonym && n.Ref.Entity.Type == EntityTypes.Location && n.Ref.Entity.Kind is "region" or "country") { regionPart = true; break; }
                if (regionPart || _kb.IsGazetteerRegion(text.AsSpan(cs, e - cs), departments: false)) { i = we; continue; }
            }
            if (e < 0) { i = we; continue; }
            // further capitalised complements: "cathédrale Notre-Dame de Rouen"; a venue's own name ends before its town
            // ("le stade Vélodrome de Marseille": the stadium, then the town, a place of its own)
            bool venueNamed = IsCapitalised(text, j) && VenueHeadsBeforeTown.Contains(head);
            while (e + 1 < text.Length && text[e] == ' ' && StartsWithAny(text, e + 1, FrenchOfJoiners) is { } more && IsCapitalised(text, e + 1 + more.Length))
            {
                int ts = e + 1 + more.Length, te = CapitalisedRunEnd(text, ts, 3);
                if (venueNamed && IsTownAt(text, ts, te, nameSpans)) break;
                e = te;
            }
            if (e > i && text[e - 1] == '.') e--;
            // "à la place de Marie": instead of
            if (head is "place" && i >= 5 && text.AsSpan(i - 5, 5).SequenceEqual("à la ")) { i = we; continue; }
            bool blocked = !Free(taken, i, e);
            foreach (var n in nameSpans) if (n.Start < e && n.End > i && n.Ref.Entity.Type != EntityTypes.Location) { blocked = true; break; }
            if (!blocked)
            {
                nameSpans.RemoveAll(n => n.Start >= i && n.End <= e);
                add(i, e);
            }
            i = e;
        }
    }

    /// <summary>The start of a town or region of the gazetteer (one to three capitalised words, not a common word) that ends
    /// right before <paramref name="os"/>, or -1.</summary>
    static readonly HashSet<string> FieldOffices = FunctionWords.Set("field-offices");
    static readonly HashSet<string> FieldOfficeBlockers = FunctionWords.Set("field-office-blockers");

    /// <summary>The start of the capitalised field word before an English office written after its field ("Transport
    /// Minister", "Media Minister", "Trade Commissioner"), or -1: one word of three letters or more, after a lower-case word,
    /// a possessive or the sentence's start, that is no name, title, place head word, non-name or qualifier of the holder.</summary>
    int FieldWordBefore(string text, int os, int oe)
    {
        if (os < 4 || text[os - 1] != ' ' || !char.IsUpper(text[os]) || !FieldOffices.Contains(text[os..oe])) return -1;
        int ws = os - 1;
        while (ws > 0 && char.IsLetter(text[ws - 1])) ws--;
        if (os - 1 - ws < 3 || !char.IsUpper(text[ws]) || !char.IsLower(text[ws + 1])) return -1;
        if (ws > 0)
        {
            // after a space only; a capitalised word before it must be a possessive ("Canada's Industry Minister")
            if (text[ws - 1] != ' ') return -1;
            if (ws >= 2 && char.IsLetter(text[ws - 2]) && PreviousWord(text, ws) is var prev && prev.Length > 0 && char.IsUpper(text[prev.Start])
                && !(prev.End >= 2 && IsPossessiveAt(text, prev.End - 2))) return -1;
        }
        var word = text[ws..(os - 1)];
        if (_kb.NotNames.Contains(word) || FieldOfficeBlockers.Contains(word) || Titles.Contains(word) || _kb.PersonTitles.Contains(word)
            || IsGivenName(word) || _kb.Surnames.Contains(word) || _kb.LocationWords.Contains(word)) return -1;
        return ws;
    }

    int PlaceRunBefore(string text, int os)
    {
        if (os < 2 || text[os - 1] != ' ' || _kb.Gazetteer.Count == 0) return -1;
        int s = os - 1, best = -1;
        for (int w = 0; w < 3; w++)
        {
            int ws = s;
            while (ws > 0 && (char.IsLetter(text[ws - 1]) || text[ws - 1] is '-' or '.')) ws--;
            if (ws == s || !char.IsUpper(text[ws])) break;
            if (_kb.IsGazetteerPlace(text.AsSpan(ws, os - 1 - ws), out var common) && !common) best = ws;
            if (ws < 2 || text[ws - 1] != ' ') break;
            s = ws - 1;
        }
        return best;
    }

    static readonly string[] Coordinators = FunctionWords.BetweenSpaces("coordinators");
    /// <summary>What separates the items of an enumeration: ", et ", ", ", " and " (a coordinator, a comma or both).</summary>
    static readonly string[] ListJoiners = [.. Coordinators.Select(c => "," + c), ", ", .. Coordinators];

    /// <summary>Runs of two or three capitalised words joined by "et"/"and"/"ou"/"or" to the name at
    /// [<paramref name="s"/>, <paramref name="e"/>), after or before it, that hold no head word, title or non-name.</summary>
    IEnumerable<(int Start, int End)> CoordinatedNames(string text, int s, int e)
    {
        if (StartsWithAny(text, e, Coordinators) is { } after && IsCapitalised(text, e + after.Length))
        {
            int cs = e + after.Length, ce = CapitalisedRunEnd(text, cs, 3);
            if (PlainName(text, cs, ce)) yield return (cs, ce);
        }
        foreach (var c in Coordinators)
        {
            int ce = s - c.Length;
            if (ce < 3 || string.CompareOrdinal(text, ce, c, 0, c.Length) != 0) continue;
            // back over up to three capitalised words separated by single spaces
            int cs = ce;
            for (int w = 0; w < 3; w++)
            {
                int ws = cs;
                while (ws > 0 && (char.IsLetter(text[ws - 1]) || text[ws - 1] is '-' or '\'' or '’')) ws--;
                if (ws == cs || !char.IsUpper(text[ws])) break;
                cs = ws;
                if (cs < 2 || text[cs - 1] != ' ' || !char.IsLetter(text[cs - 2])) break;
                int prevStart = cs - 1;
                while (prevStart > 0 && (char.IsLetter(text[prevStart - 1]) || text[prevStart - 1] is '-' or '\'' or '’')) prevStart--;
                if (!char.IsUpper(text[prevStart]) || w == 2) break;
                cs--; // over the space, to the previous word
            }
            if (cs < ce && CapitalisedRunEnd(text, cs, 3) == ce && PlainName(text, cs, ce)) yield return (cs, ce);
        }
    }

    /// <summary>Two or three capitalised words, none a head word, place word, title or non-name, not at a sentence start.</summary>
    bool PlainName(string text, int s, int e)
    {
        var words = text[s..e].Split(' ');
        if (words.Length is < 2 or > 3) return false;
        foreach (var w in words)
            if (w.Length < 2 || w.All(char.IsUpper) || _kb.NotNames.Contains(w) || _kb.OrganizationWords.Contains(w) || _kb.LocationWords.Contains(w) || _kb.PersonTitles.Contains(w) || Titles.Contains(w)) return false;
        return !IsSentenceStart(text, s);
    }

    /// <summary>Whether a match score ("(1-0)", "2-1", "106-88") follows within a few words of <paramref name="end"/>.</summary>
    static bool ScoreAfter(string text, int end, int within)
    {
        int limit = Math.Min(text.Length, end + within);
        for (int i = end; i < limit; i++)
        {
            if (text[i] is '.' or ';' or '\n') return false;
            if (char.IsDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                int j = i;
                while (j < text.Length && char.IsDigit(text[j])) j++;
                if (j - i > 3 || j + 1 >= text.Length || text[j] is not ('-' or '–') || !char.IsDigit(text[j + 1])) return false;
                int k = j + 1;
                while (k < text.Length && char.IsDigit(text[k])) k++;
                return k - j - 1 <= 3 && (k >= text.Length || !char.IsLetterOrDigit(text[k]));
            }
        }
        return false;
    }

    /// <summary>A place name used for its team: right before a score, or after "contre"/"against"/"beat" with a score soon after.</summary>
    static bool IsTeamContext(string text, string folded, int s, int e)
    {
        var prev = PreviousWord(folded, s);
        // where the match is played, not who plays it: "son match nul à Strasbourg (1-1)"
        if (prev.Word is "a" or "at" or "in") return false;
        int k = e;
        while (k < text.Length && text[k] == ' ') k++;
        if (k < text.Length && text[k] == '(' && ScoreAfter(text, k + 1, 3)) return true;
        var next = NextWord(text, e);
        if (next.Length > 0 && next.Start == e + 1 && TeamWords.After.Contains(next.Word)) return true;
        // a result verb right after the name: "Nantes s'est imposé", "Leeds beat Sunderland"
        if (e + 1 < folded.Length && folded[e] == ' ')
            foreach (var v in TeamWords.Verbs)
                if (string.CompareOrdinal(folded, e + 1, v, 0, v.Length) == 0 && (e + 1 + v.Length == folded.Length || !TextFold.IsWordChar(folded[e + 1 + v.Length]))) return true;
        return prev.Length > 0 && TeamWords.Before.Contains(prev.Word) && ScoreAfter(text, e, 30);
    }

    /// <summary>
    /// Places of the gazetteer (<c>gazetteer.tsv</c>) the KB does not have: a whole run of capitalised words that is a town
    /// or region name ("Cholet", "Maine-et-Loire", "Southern California"); a name that is also a common word only away from
    /// a sentence start. A place name before a score or after "contre"/"against" with a score is its team (an organisation).
    /// </summary>
    IEnumerable<(int Start, int End, string Type, string? Country)> GazetteerPlaces(string text, string folded, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken)
    {
        if (_kb.Gazetteer.Count == 0) yield break;
        foreach (var (s0, e0) in NameRuns(text).Concat(ElidedRuns(text)))
        {
            int s = s0, e = e0;
            while (s < e && PreviousWordStartAt(text, s, e) is var we && we < e && NotNameSet.Contains(text.AsSpan(s, we - s))) s = we + 1;
            // a place name that goes on past a lower-case word inside it ("Nouvelle-Galles du Sud", "Isle of Wight")
            if (InnerWordContinuation(text, e) is var ce && ce > e && _kb.IsGazetteerPlace(text.AsSpan(s, ce - s), out var longCommon) && !longCommon) e = ce;
            if (e - s < 3 || (e < text.Length && text[e] is '-' or '.' && e + 1 < text.Length && char.IsLetterOrDigit(text[e + 1]))) continue;
            if (!_kb.IsGazetteerPlace(text.AsSpan(s, e - s), out var common, out var country)) continue;
            bool sentenceStart = s == 0 || text[s - 1] == '\n' || IsSentenceStart(text, s);
            if (common && sentenceStart) continue;
            if (!Free(taken, s, e) || OverlapsName(nameSpans, s, e)) continue;
            if (InsideEventName(text, s, e) || InsideHyphenCompound(text, s, e)) continue;
            var prev = PreviousWord(text, s);
            if (Titles.Contains(prev.Word) || _kb.PersonTitles.Contains(prev.Word)) continue;
            bool team = IsTeamContext(text, folded, s, e);
            yield return (s, e, team ? EntityTypes.Organization : EntityTypes.Location, country);
        }
    }

    /// <summary>Capitalised runs right after an elided article or preposition ("l’Allier", "d’Avignon"), which <see cref="NameRuns"/> leaves out.</summary>
    static IEnumerable<(int Start, int End)> ElidedRuns(string text)
    {
        for (int i = 2; i + 1 < text.Length; i++)
        {
            if (text[i] is not ('\'' or '’') || text[i - 1] is not ('l' or 'd' or 'L' or 'D') || char.IsLetter(text[i - 2]) || !char.IsUpper(text[i + 1])) continue;
            int e = CapitalisedRunEnd(text, i + 1, 4);
            if (e > i + 1 && text[e - 1] == '.') e--;
            if (e > i + 2) yield return (i + 1, e);
        }
    }

    static readonly HashSet<string> AcronymFunctionWords = FunctionWords.Set("acronym-function-words");

    /// <summary>
    /// Acronyms defined in the text: a name and its initials in parentheses ("the World Health Organization (WHO)", "la Cellule
    /// de coordination des actions de terrain (CCAT)"). Returns the long form (start, end) and the acronym (start, end):
    /// the initials of the long form's words, function words aside, are the acronym's capitals in order.
    /// </summary>
    static IEnumerable<(int LongStart, int LongEnd, int AcrStart, int AcrEnd)> DefinedAcronyms(string text)
    {
        int i = 0;
        while ((i = text.IndexOf(" (", i, StringComparison.Ordinal)) >= 0)
        {
            int a = i + 2, ae = a;
            i = a;
            while (ae < text.Length && (char.IsLetterOrDigit(text[ae]) || text[ae] == '&')) ae++;
            if (ae >= text.Length || text[ae] != ')' || ae - a is < 2 or > 8 || !char.IsUpper(text[a])) continue;
            var letters = new List<char>();
            for (int k = a; k < ae; k++) if (char.IsUpper(text[k])) letters.Add(TextFold.Fold(text[k].ToString())[0]);
            // an acronym written as a word, with one capital ("la Commission indépendante sur les abus sexuels dans l’Église
            // (Ciase)", "l’Agence nationale de la sécurité des systèmes d’information (Anssi)"): every letter is an initial
            if (letters.Count == 1 && ae - a >= 3 && IsTitleCaseWord(text, a, ae))
            {
                letters.Clear();
                for (int k = a; k < ae; k++) letters.Add(TextFold.Fold(text[k].ToString())[0]);
            }
            if (letters.Count < 2) continue;
            // walk back over the words before " (", matching the capitals from the last
            int idx = letters.Count - 1, p = a - 2, start = -1, content = 0;
            while (p > 0 && idx >= 0)
            {
                int we = p;
                int ws = we;
                while (ws > 0 && (char.IsLetterOrDigit(text[ws - 1]) || text[ws - 1] == '-')) ws--;
                if (ws == we)
                {
                    // an apostrophe ("d’", "l'") or "&"
                    if (text[we - 1] is '\'' or '’' or '&') { p = we - 1; continue; }
                    break;
                }
                var w = text[ws..we];
                var fw = TextFold.Fold(w).ToLowerInvariant();
                if (AcronymFunctionWords.Contains(fw)) { p = ws; while (p > 0 && text[p - 1] == ' ') p--; continue; }
                if (fw[0] != char.ToLowerInvariant(letters[idx])) break;
                idx--;
                content++;
                start = ws;
                p = ws;
                while (p > 0 && text[p - 1] == ' ') p--;
            }
            if (idx >= 0 || content < 2 || start < 0 || !char.IsUpper(text[start])) continue;
            yield return (start, a - 2, a, ae);
        }
    }

    /// <summary>Whether text[s..e] is one capital followed by lower-case letters only ("Anssi", "Cédéao").</summary>
    static bool IsTitleCaseWord(string text, int s, int e)
    {
        if (!char.IsUpper(text[s])) return false;
        for (int k = s + 1; k < e; k++) if (!char.IsLower(text[k])) return false;
        return true;
    }

    /// <summary>Runs of capitalised words opened by a word of <c>organization-prefixes.txt</c> ("FC Nantes", "AS Monaco", "Real Madrid",
    /// "Borussia Dortmund", "SCO Angers"): organisations.</summary>
    IEnumerable<(int Start, int End)> PrefixedOrganisations(string text)
    {
        foreach (var (s0, e) in NameRuns(text))
        {
            int s = s0;
            while (s < e && PreviousWordStartAt(text, s, e) is var we && we < e && NotNameSet.Contains(text.AsSpan(s, we - s))) s = we + 1;
            int fe = PreviousWordStartAt(text, s, e);
            if (fe >= e) continue;
            if (OrgPrefixSet.Contains(text.AsSpan(s, fe - s))) { yield return (s, e); continue; }
            // a name ending with an acronym ("Africa CDC", "Europe PMC"): an organisation, when no given name opens it
            int ls = text.LastIndexOf(' ', e - 1, e - s) + 1;
            if (ls > s && IsAcronym(text, ls, e) && !_kb.NotNames.Contains(text[ls..e]) && !IsGivenName(text[s..fe]) && !_kb.FirstNames.Contains(text[s..fe])
                && (e >= text.Length || !char.IsLetterOrDigit(text[e]))) yield return (s, e);
        }
    }

    /// <summary>The end of one lower-case word of three letters or more starting at <paramref name="s"/> that is no function
    /// word and is followed by a space, punctuation or the end of the text; 0 when there is none.</summary>
    static int LowerNounEnd(string text, string folded, int s)
    {
        if (s >= text.Length || !char.IsLower(text[s])) return 0;
        int we = s;
        while (we < text.Length && char.IsLetter(text[we])) we++;
        if (we - s < 3 || FrenchFunctionWords.Contains(folded[s..we])) return 0;
        return we >= text.Length || !char.IsLetterOrDigit(text[we]) && text[we] != '-' && text[we] != '\'' && text[we] != '’' ? we : 0;
    }

    /// <summary>The end of a "de" complement of one lower-case noun and its adjectives after a French organisation name ending at
    /// <paramref name="e"/> ("la Haute Autorité de santé", "le Haut Conseil des finances publiques"), or <paramref name="e"/> when none follows.</summary>
    static int LowerDeComplementEnd(string text, string folded, int e)
    {
        if (e + 1 >= text.Length || text[e] != ' ' || StartsWithAny(text, e + 1, FrenchOfJoiners) is not { } j || e + 1 + j.Length >= text.Length || !char.IsLower(text[e + 1 + j.Length])) return e;
        int ns = e + 1 + j.Length, we = ns;
        while (we < text.Length && char.IsLetter(text[we])) we++;
        if (!(we - ns >= 3 && !FrenchFunctionWords.Contains(folded[ns..we]) && (we >= text.Length || !char.IsLetterOrDigit(text[we])))) return e;
        // up to two adjectives after the noun: "le Haut Conseil des finances publiques", "de la santé publique"
        for (int a = 0; a < 2 && we + 1 < text.Length && text[we] == ' ' && char.IsLower(text[we + 1]); a++)
        {
            int ae = we + 1;
            while (ae < text.Length && char.IsLetter(text[ae])) ae++;
            if ((ae < text.Length && char.IsLetterOrDigit(text[ae])) || !IsSafeFrenchAdjective(folded[(we + 1)..ae])) break;
            we = ae;
        }
        return we;
    }
}
