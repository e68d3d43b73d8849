using Parallax.Extraction;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities;

// Names the KB does not know, typed by the words around them: organisations by the nouns and verbs companies, brands
// and clubs take ("le groupe Kering", "chez Renault", "shares of Nvidia", "CrowdStrike's chief executive"), institutions
// named by a common word ("the Senate", "le ministère de l'Intérieur", "la cour d'appel de Paris"), capitals standing
// for their country ("relations entre Moscou et Washington"), and agencies credited in the source line extraction
// removed ("Source: agence Tass"). Data: organization-context.tsv, institutions.txt, capital-metonymy.tsv.
public sealed partial class EntityStage
{
    /// <summary>Folded cue phrases of <c>organization-context.tsv</c>: before the name, keyed by their last word; after it;
    /// head nouns of an apposition after the name, and the words that may follow an English apposition's head.</summary>
    static readonly (Dictionary<string, string[]> Before, string[] After, HashSet<string> Apposition, HashSet<string> AppositionEnd) OrgContext = ReadOrgContext();

    static (Dictionary<string, string[]>, string[], HashSet<string>, HashSet<string>) ReadOrgContext()
    {
        var before = new List<string>();
        var after = new List<string>();
        var apposition = new HashSet<string>(StringComparer.Ordinal);
        var appositionEnd = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataFiles.ReadTsv("Entities/data/organization-context.tsv"))
        {
            if (row.Length != 2 || row[1].Length == 0) throw new InvalidDataException($"organization-context.tsv: expected 'before|after|apposition|apposition-end<TAB>words', got '{string.Join('\t', row)}'");
            var cue = TextFold.Fold(row[1]);
            if (row[0] == "before") before.Add(cue);
            else if (row[0] == "after") after.Add(cue);
            else if (row[0] == "apposition") apposition.Add(cue);
            else if (row[0] == "apposition-end") appositionEnd.Add(cue);
            else throw new InvalidDataException($"organization-context.tsv: unknown position '{row[0]}'");
        }
        var byLast = before.GroupBy(c => c[(c.LastIndexOfAny([' ', '\'']) + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Length).ToArray(), StringComparer.Ordinal);
        return (byLast, [.. after.OrderByDescending(c => c.Length)], apposition, appositionEnd);
    }

    /// <summary>Institution names of <c>institutions.txt</c>: [the] names, longest first; [heads] French lower-case heads
    /// (folded); [apposed] those of them whose name follows with no "de" (folded, heads too).</summary>
    static readonly (string[] The, HashSet<string> Heads, HashSet<string> Apposed, string[] Compound) Institutions = ReadInstitutions();

    static (string[], HashSet<string>, HashSet<string>, string[]) ReadInstitutions()
    {
        var the = new List<string>();
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var apposed = new HashSet<string>(StringComparer.Ordinal);
        var compound = new List<string>();
        string? section = null;
        foreach (var line in DataFiles.ReadLines("Entities/data/institutions.txt"))
        {
            if (line is "[the]" or "[heads]" or "[apposed]" or "[compound-heads]") { section = line; continue; }
            switch (section)
            {
                case "[the]": the.Add(line); break;
                case "[heads]": heads.Add(TextFold.Fold(line)); break;
                case "[apposed]": heads.Add(TextFold.Fold(line)); apposed.Add(TextFold.Fold(line)); break;
                case "[compound-heads]" when line.Contains(' '): compound.Add(TextFold.Fold(line)); break;
                default: throw new InvalidDataException("institutions.txt: a name before a [the], [heads], [apposed] or [compound-heads] section, or a compound head of one word");
            }
        }
        return ([.. the.OrderByDescending(t => t.Length)], heads, apposed, [.. compound.OrderByDescending(c => c.Length)]);
    }

    static readonly SpanSet InstitutionHeads = new(Institutions.Heads);
    /// <summary>The first words of the French lower-case heads of two words or more, whose first word alone names no institution
    /// ("centre hospitalier": "le centre de Paris" is a place), folded (<c>institutions.txt</c>, [compound-heads]).</summary>
    static readonly SpanSet InstitutionCompoundFirstWords = new(Institutions.Compound.Select(c => c[..c.IndexOf(' ')]));
    /// <summary>Lower-case heads whose name follows them with no "de" ("l'université Paris-Saclay"), folded (<c>institutions.txt</c>, [apposed]).</summary>
    static readonly SpanSet InstitutionApposedHeads = new(Institutions.Apposed);

    /// <summary>Modifiers between a French institution's head and its complement ("cour d'appel de Paris", "tribunal de commerce de Lyon").</summary>
    static readonly string[] InstitutionModifiers = FunctionWords.List("institution-modifiers");

    /// <summary>Whether a name span of the KB at this place is one a context may retype: a town (a brand or a team named like it).</summary>
    static bool RetypableName(NameRef r) => !r.Demonym && r.Entity.Type == EntityTypes.Location && r.Entity.Kind is "city" or "capital" or "region";

    /// <summary>
    /// Capitalised names made organisations by the words around them (<c>organization-context.tsv</c>): "le groupe chinois
    /// Tencent", "chez Renault", "shares of Nvidia", "CrowdStrike's chief executive". Not a name that starts with a given
    /// name (a person), not the KB's people, organisations, countries or nationalities; a town of the KB or the gazetteer in
    /// such a context is the company or club named like it. A country at one end of a company's name ("Altice France") and a
    /// given name that is a team's town ("the Dallas Mavericks") do not block it (<c>EntityStage.PlaceLedOrganisations.cs</c>).
    /// </summary>
    void ContextOrganisations(string text, string folded, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken, Action<int, int> add,
        Func<int, int, bool, bool> organisationAt)
    {
        foreach (var (rs, e) in NameRuns(text).Concat(ElidedRuns(text)))
        {
            int s = rs;
            // "Shares of" … at a sentence start: the run's leading non-names are not the name
            while (s < e && text.IndexOf(' ', s, e - s) is var sp && sp > 0 && NotNameSet.Contains(text.AsSpan(s, sp - s))) s = sp + 1;
            // a place adjective of origin opening the run is the cue, not the name ("Houston-based Axiom Space")
            bool origin = false;
            if (text.IndexOf(' ', s, e - s) is var os && os > 0 && folded[os - 1] != '.')
                foreach (var suffix in CompanyOriginSuffixes)
                    if (os - s > suffix.Length + 1 && string.CompareOrdinal(folded, os - suffix.Length, suffix, 0, suffix.Length) == 0) { s = os + 1; origin = true; break; }
            if (e - s < 2 || !Free(taken, s, e)) continue;
            var firstWord = text[s..WordEnd(text, s)];
            if ((IsGivenName(firstWord) && !GivenNamedTownTeam(text, folded, s, e, nameSpans)) || NotNameSet.Contains(text.AsSpan(s, e - s))) continue;
            bool blocked = false;
            foreach (var n in nameSpans) if (n.Start < e && n.End > s && !RetypableName(n.Ref) && !CountryInOrganisationName(text, s, e, n, nameSpans)) { blocked = true; break; }
            if (blocked) continue;
            // a capitalised plural before a player's position is a team ("Browns pass rusher Myles Garrett")
            bool team = text[e - 1] == 's' && !nameSpans.Any(n => n.Start < e && n.End > s) && IsTeamContext(text, folded, s, e);
            // a town or region followed by a capitalised plural is a team ("the Florida Panthers", "Kansas City Chiefs")
            team = team || PlaceTeamName(text, s, e, nameSpans);
            if (blocked || !(team || origin || (InOrganisationList(text, s, e, organisationAt) && !TitleWords.Contains(firstWord)) || OrgCueBefore(text, folded, s, nameSpans) || OrgCueAfter(folded, e) || OrgApposition(text, folded, e, nameSpans))) continue;
            // a number that opens the name is part of it ("777 Partners, a Miami investment firm")
            if (s >= 3 && text[s - 1] == ' ' && char.IsDigit(text[s - 2]))
            {
                int ds = s - 2;
                while (ds > 0 && char.IsDigit(text[ds - 1])) ds--;
                if ((ds == 0 || text[ds - 1] is ' ' or '\n' && (ds < 2 || !char.IsDigit(text[ds - 2]))) && s - 1 - ds >= 2 && Free(taken, ds, e)) s = ds;
            }
            nameSpans.RemoveAll(n => n.Start < e && n.End > s);
            add(s, e);
        }
    }

    /// <summary>
    /// A team named by its town or region and a capitalised plural ("Florida Panthers", "Edmonton Oilers", "Kansas City
    /// Chiefs"): the words before the plural are a town or region of the KB or the gazetteer; the plural is no place word
    /// ("Golan Heights", "Florida Keys": <c>location-words.txt</c> and team-context.txt's [not-teams]) nor a non-name
    /// ("Texas Democrats").
    /// </summary>
    bool PlaceTeamName(string text, int s, int e, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        int ls = text.LastIndexOf(' ', e - 1, e - s);
        if (ls <= s) return false;
        var last = text[(ls + 1)..e];
        if (last.Length < 4 || last[^1] != 's' || !char.IsUpper(last[0]) || !char.IsLower(last[1]) || last.Contains('\'') || last.Contains('’')) return false;
        if (_kb.LocationWords.Contains(last) || _kb.OrganizationWords.Contains(last) || _kb.NotNames.Contains(last) || TeamWords.NotTeams.Contains(last)) return false;
        if (IsTeamTownAt(text, s, ls, nameSpans)) return true;
        // one more capitalised word between the town and the plural ("Kolkata Knight Riders", "Toronto Maple Leafs"): no name,
        // head word or non-name of its own; not a town before a person's name ("à Grenoble Nordahl Lelandais")
        int ms = text.LastIndexOf(' ', ls - 1, ls - s);
        if (ms <= s || ls - ms < 4 || _kb.Surnames.Contains(last) || AfterPlacePreposition(text, s)) return false;
        var mid = text.AsSpan(ms + 1, ls - ms - 1);
        if (!char.IsUpper(mid[0]) || !char.IsLower(mid[1]) || mid.IndexOfAny('\'', '’') >= 0 || nameSpans.Any(n => n.Start < ls && n.End > ms)) return false;
        var midWord = mid.ToString();
        if (_kb.LocationWords.Contains(midWord) || _kb.OrganizationWords.Contains(midWord) || _kb.NotNames.Contains(midWord) || IsGivenName(midWord)) return false;
        return IsTeamTownAt(text, s, ms, nameSpans);
    }

    /// <summary>Whether [s, e) is a town or region of the KB (a name span a context may retype) or of the gazetteer.</summary>
    bool IsTeamTownAt(string text, int s, int e, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        foreach (var n in nameSpans) if (n.Start == s && n.End == e && RetypableName(n.Ref)) return true;
        return _kb.IsGazetteerPlace(text.AsSpan(s, e - s), out _);
    }

    /// <summary>
    /// A name in an enumeration next to an organisation is one ("BNP Paribas, Société Générale et Crédit Agricole",
    /// "General Motors, Ford and Stellantis"): an organisation (the KB's or found) right before it after ", " or a
    /// coordinator of function-words.txt [coordinators], or right after it; a coordinator must stand on one side of the name
    /// ("Acme, Ohio" is no list), and a name opened by a title is a person's ("Senator Dino Melaye").
    /// </summary>
    static bool InOrganisationList(string text, int s, int e, Func<int, int, bool, bool> organisationAt)
    {
        int before = SeparatorBefore(text, s, out bool conjBefore), after = SeparatorAfter(text, e, out bool conjAfter);
        if (before < 0 && after < 0) return false;
        if (!(conjBefore || conjAfter)) return false;
        return (before >= 0 && organisationAt(before, before, false)) || (after >= 0 && organisationAt(after, after, true));
    }

    /// <summary>Where the list member before the name at <paramref name="s"/> ends (", " or " and "/" et "…), or -1.</summary>
    static int SeparatorBefore(string text, int s, out bool coordinator)
    {
        coordinator = false;
        if (s >= 3 && text[s - 1] == ' ' && text[s - 2] == ',') return s - 2;
        foreach (var c in Coordinators)
            if (s >= c.Length + 1 && string.CompareOrdinal(text, s - c.Length, c, 0, c.Length) == 0) { coordinator = true; return s - c.Length; }
        return -1;
    }

    /// <summary>Where the list member after the name ending at <paramref name="e"/> starts, or -1.</summary>
    static int SeparatorAfter(string text, int e, out bool coordinator)
    {
        coordinator = false;
        if (e + 2 < text.Length && text[e] == ',' && text[e + 1] == ' ' && char.IsUpper(text[e + 2])) return e + 2;
        foreach (var c in Coordinators)
            if (e + c.Length < text.Length && string.CompareOrdinal(text, e, c, 0, c.Length) == 0 && char.IsUpper(text[e + c.Length])) { coordinator = true; return e + c.Length; }
        return -1;
    }

    /// <summary>Articles before a lower-case nationality that names a company ("le suisse Holcim"), folded (function-words.txt).</summary>
    static readonly HashSet<string> NationalityCompanyDeterminers = FunctionWords.Set("nationality-company-determiners");
    /// <summary>Endings of a hyphenated place adjective before a company ("Houston-based"), folded (function-words.txt).</summary>
    static readonly string[] CompanyOriginSuffixes = FunctionWords.List("company-origin-suffixes");

    /// <summary>
    /// Where the French "de" complement ending in the lower-case noun at <paramref name="ns"/> starts ("d’autocars", "de
    /// pneus", "des semi-conducteurs", "de la distribution", "de l’agroalimentaire", "du luxe"), or -1: a trade between a
    /// company noun of organization-context.tsv and the company's name.
    /// </summary>
    static int FrenchTradeComplementStart(string folded, int ns)
    {
        // elided: "d'autocars", "de l'agroalimentaire"
        if (ns >= 2 && folded[ns - 1] == '\'')
        {
            if (folded[ns - 2] == 'd' && (ns == 2 || folded[ns - 3] == ' ')) return ns - 2;
            if (folded[ns - 2] == 'l' && ns >= 6 && folded[ns - 3] == ' ' && string.CompareOrdinal(folded, ns - 6, "de", 0, 2) == 0
                && (ns == 6 || folded[ns - 7] == ' ')) return ns - 6;
            return -1;
        }
        var de = PreviousWord(folded, ns);
        if (de.Length == 0 || de.End != ns - 1) return -1;
        if (de.Word is "de" or "des" or "du") return de.Start;
        if (de.Word == "la" && PreviousWord(folded, de.Start) is var de2 && de2.End == de.Start - 1 && de2.Word == "de") return de2.Start;
        return -1;
    }

    bool OrgCueBefore(string text, string folded, int s, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        int at = s;
        var before = PreviousWord(folded, s);
        if (before.Length > 3 && before.End == s - 1)
        {
            // French: a nationality in lower case right after an article stands for a company of that country ("le suisse
            // Holcim", "l'américain General Mills", "au hongrois BorsodChem"); a person's is capitalised ("l'Américain …")
            if (char.IsLower(text[before.Start]) && PreviousWord(folded, before.Start) is var det && det.Length > 0
                && (det.End == before.Start - 1 || det.End == before.Start && det.Word.EndsWith('\'')) && NationalityCompanyDeterminers.Contains(det.Word))
                foreach (var n in nameSpans)
                    if (n.Start == before.Start && n.End == before.End && n.Ref.Demonym) return true;
            // "Houston-based Axiom Space": a place adjective of origin before the name
            if (char.IsUpper(text[before.Start]))
                foreach (var suffix in CompanyOriginSuffixes)
                    if (before.Word.Length > suffix.Length + 1 && before.Word.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        // an elided "d'" before the name ends a cue in "de" ("le PDG d'Arianespace", "les clients d'Enercoop")
        if (s >= 3 && folded[s - 1] == '\'' && folded[s - 2] == 'd' && folded[s - 3] == ' ' && OrgContext.Before.TryGetValue("de", out var deCues))
            foreach (var cue in deCues)
            {
                int len = cue.Length - 2; // the cue without its "de", ending at the "d'"
                if (len > 0 && s - 2 >= len && string.CompareOrdinal(folded, s - 2 - len, cue, 0, len) == 0
                    && (s - 2 == len || !TextFold.IsWordChar(folded[s - 3 - len]))) return true;
            }
        // one article between a cue ending in "de"/"of"/"by"/"at" and the name ("directeur général de la Fnac", "customers of the Co-op")
        if (PreviousWord(folded, s) is var art && art.Length > 0 && art.End == s - 1 && art.Word is "la" or "le" or "les" or "the"
            && PreviousWord(folded, art.Start) is var gov && gov.Length > 0 && gov.Word is "de" or "of" or "by" or "at" && OrgCueEndsAt(folded, gov.Word, gov.End)) return true;
        bool complement = false;
        for (int skipped = 0; skipped <= 2; skipped++)
        {
            var prev = PreviousWord(folded, at);
            if (prev.Length == 0 || prev.End != at - 1 || folded[prev.End] != ' ') return false;
            // the cue's last word, then the whole cue ending there
            if (OrgContext.Before.TryGetValue(prev.Word.StartsWith("l'", StringComparison.Ordinal) ? prev.Word[2..] : prev.Word, out var cues))
                foreach (var cue in cues)
                    if (prev.End >= cue.Length && string.CompareOrdinal(folded, prev.End - cue.Length, cue, 0, cue.Length) == 0
                        && (prev.End == cue.Length || !TextFold.IsWordChar(folded[prev.End - cue.Length - 1]))) return true;
            // French: one or two adjectives or a nationality between the noun and the name ("le groupe chinois Tencent")
            if (!char.IsLower(text[prev.Start])) return false;
            bool demonym = nameSpans.Any(n => n.Start == prev.Start && n.End == prev.End && n.Ref.Demonym);
            if (!demonym && !IsFrenchAdjective(prev.Word))
            {
                // … or one lower-case "de" complement naming the trade ("le constructeur d’autocars Van Hool", "le fabricant de
                // pneus Michelin", "le géant de la distribution Carrefour"), once
                if (complement || FrenchTradeComplementStart(folded, prev.Start) is not (> 0 and var cs)) return false;
                complement = true;
                at = cs;
                continue;
            }
            at = prev.Start;
        }
        return false;
    }

    /// <summary>Whether a "before" cue whose last word is <paramref name="last"/> ends at <paramref name="end"/> of the folded text.</summary>
    static bool OrgCueEndsAt(string folded, string last, int end)
    {
        if (!OrgContext.Before.TryGetValue(last, out var cues)) return false;
        foreach (var cue in cues)
            if (end >= cue.Length && string.CompareOrdinal(folded, end - cue.Length, cue, 0, cue.Length) == 0
                && (end == cue.Length || !TextFold.IsWordChar(folded[end - cue.Length - 1]))) return true;
        return false;
    }

    /// <summary>
    /// An apposition after the name and a comma whose head noun is an organisation's (<c>organization-context.tsv</c>,
    /// apposition): English "Northwind, a Leeds-based software company," (a/an/the or a possessive, up to four words, the
    /// head, then a comma, a full stop or an apposition-end word: "a maker of batteries"); French "Lumio, une start-up
    /// nantaise" (the head first after le, la, l', un, une, sa, son: "Dupont, le patron de la société" is no apposition of
    /// an organisation).
    /// </summary>
    static bool OrgApposition(string text, string folded, int e, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        if (e + 2 >= folded.Length || folded[e] != ',' || folded[e + 1] != ' ') return false;
        int i = e + 2;
        var det = ApposWord(folded, i);
        if (det.Length == 0 || det.Start != i) return false;
        if (det.End >= folded.Length || folded[det.End] != ' ' && !det.Word.StartsWith("l'", StringComparison.Ordinal)) return false;
        string first = det.Word;
        int wordStart = det.End + 1;
        if (first.StartsWith("l'", StringComparison.Ordinal) && first.Length > 2)
            return char.IsLower(text[det.Start + 2]) && OrgContext.Apposition.Contains(first[2..]);
        if (first is "le" or "la" or "un" or "une" or "sa" or "son")
        {
            var head = ApposWord(folded, wordStart);
            return head.Length > 0 && head.Start == wordStart && char.IsLower(text[head.Start]) && OrgContext.Apposition.Contains(head.Word);
        }
        // English: a/an/the or a capitalised possessive ("Europe's largest carmaker")
        if (!(first is "a" or "an" or "the" || (first.EndsWith("'s", StringComparison.Ordinal) && char.IsUpper(text[det.Start])))) return false;
        for (int n = 0, at = wordStart; n < 5; n++)
        {
            // a place or nationality the KB names may qualify the head ("a Miami investment firm", "the South African owner")
            int placeEnd = -1;
            foreach (var nm in nameSpans)
                if (nm.Start == at && nm.Ref.Entity.Type == EntityTypes.Location && char.IsUpper(text[at])) { placeEnd = nm.End; break; }
            if (placeEnd > 0)
            {
                if (placeEnd >= folded.Length || folded[placeEnd] != ' ') return false;
                at = placeEnd + 1;
                continue;
            }
            var w = ApposWord(folded, at);
            if (w.Length == 0 || w.Start != at || !char.IsLower(text[w.Start]) && !char.IsDigit(text[w.Start]) && !w.Word.Contains('-')) return false;
            if (OrgContext.Apposition.Contains(w.Word) && char.IsLower(text[w.Start]))
            {
                if (w.End >= folded.Length || folded[w.End] is ',' or '.' or ';' or ':' or ')') return true;
                if (folded[w.End] == ' ' && ApposWord(folded, w.End + 1) is var next && next.Length > 0 && OrgContext.AppositionEnd.Contains(next.Word)) return true;
            }
            if (w.End >= folded.Length || folded[w.End] != ' ' || OrgContext.AppositionEnd.Contains(w.Word)) return false;
            at = w.End + 1;
        }
        return false;
    }

    /// <summary>The word at <paramref name="pos"/> of the folded text, with inner hyphens and apostrophes ("start-up", "l'entreprise", "leeds-based").</summary>
    static (int Start, int End, string Word, int Length) ApposWord(string s, int pos)
    {
        int i = pos;
        while (i < s.Length && (TextFold.IsWordChar(s[i]) || (s[i] is '-' or '\'' && i > pos && i + 1 < s.Length && TextFold.IsWordChar(s[i + 1])))) i++;
        return (pos, i, s[pos..i], i - pos);
    }

    /// <summary>The "after" cues of <see cref="OrgContext"/> by their first character (an elided cue starts with its apostrophe).</summary>
    static readonly Dictionary<char, string[]> OrgCuesAfterByFirst = OrgContext.After.GroupBy(c => c[0]).ToDictionary(g => g.Key, g => g.ToArray());

    static bool OrgCueAfter(string folded, int e)
    {
        // only the cues that can start right after the name: an elided one at e, a spaced one after the space
        if (e >= folded.Length) return false;
        char first = folded[e] == ' ' ? (e + 1 < folded.Length ? folded[e + 1] : '\0') : folded[e];
        if (!OrgCuesAfterByFirst.TryGetValue(first, out var cues)) return false;
        foreach (var cue in cues)
        {
            int start = cue[0] == '\'' ? e : e + 1;
            if (cue[0] != '\'' && (e >= folded.Length || folded[e] != ' ')) continue;
            int end = start + cue.Length;
            if (end <= folded.Length && string.CompareOrdinal(folded, start, cue, 0, cue.Length) == 0 && (end == folded.Length || !TextFold.IsWordChar(folded[end]))) return true;
        }
        return false;
    }

    /// <summary>
    /// Institutions named by a common word (<c>institutions.txt</c>): after "the" ("the Senate", "the Supreme Court"), and
    /// French lower-case heads with adjectives and a capitalised "de" complement that is no person ("le ministère de
    /// l'Intérieur", "la cour d'appel de Paris", "le tribunal correctionnel de Nanterre"). They win over the KB's places
    /// inside them.
    /// </summary>
    void InstitutionNames(string text, string folded, bool french, List<(int Start, int End, NameRef Ref)> nameSpans, List<TextSpan> taken, Action<int, int> add)
    {
        foreach (var name in Institutions.The)
            for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            {
                int e = i + name.Length;
                if (i < 4 || (e < text.Length && (TextFold.IsWordChar(text[e]) || text[e] == '-')) || string.CompareOrdinal(folded, i - 4, "the ", 0, 4) != 0
                    || (i > 4 && TextFold.IsWordChar(folded[i - 5]))) continue;
                // a longer capitalised name goes on ("the Senate Foreign Relations Committee" is the head-word rule's)
                if (e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1])) continue;
                if (!Free(taken, i, e) || CoveredByName(nameSpans, i, e) || OverlapsName(nameSpans, i, e)) continue;
                add(i, e);
            }
        if (!french) return;
        for (int i = 0; i < folded.Length; i++)
        {
            if (!char.IsLower(text[i]) || (i > 0 && TextFold.IsWordChar(folded[i - 1]))) continue;
            int we = i;
            while (we < folded.Length && TextFold.IsWordChar(folded[we])) we++;
            if (we - i < 4) { i = we; continue; }
            bool compoundHead = false;
            if (!InstitutionHeads.Contains(folded.AsSpan(i, we - i)))
            {
                // a head of two words ("centre hospitalier", "centre hospitalier universitaire")
                if (!InstitutionCompoundFirstWords.Contains(folded.AsSpan(i, we - i))) { i = we; continue; }
                var compound = Institutions.Compound.FirstOrDefault(c => string.CompareOrdinal(folded, i, c, 0, c.Length) == 0
                    && (i + c.Length >= folded.Length || !TextFold.IsWordChar(folded[i + c.Length])));
                if (compound is null) { i = we; continue; }
                we = i + compound.Length;
                compoundHead = true;
            }
            int e = we, parts = 0;
            // adjectives and fixed modifiers: "tribunal correctionnel", "cour criminelle départementale", "cour d'appel"
            while (e + 1 < folded.Length && folded[e] == ' ' && parts < 3)
            {
                var mod = InstitutionModifiers.FirstOrDefault(m => string.CompareOrdinal(folded, e + 1, m, 0, m.Length) == 0
                    && (e + 1 + m.Length >= folded.Length || !TextFold.IsWordChar(folded[e + 1 + m.Length])));
                if (mod != null) { e += 1 + mod.Length; parts++; continue; }
                int ae = e + 1;
                while (ae < folded.Length && TextFold.IsWordChar(folded[ae])) ae++;
                if (ae > e + 1 && char.IsLower(text[e + 1]) && IsFrenchAdjective(folded[(e + 1)..ae])) { e = ae; parts++; continue; }
                break;
            }
            // a head that takes its name right after it, with no "de": "l'université Paris-Saclay", "l'université PSL"
            if (e == we && e + 1 < text.Length && text[e] == ' ' && InstitutionApposedHeads.Contains(folded.AsSpan(i, we - i)) && IsCapitalised(text, e + 1))
            {
                int ae = CapitalisedRunEnd(text, e + 1, 3);
                if (ae > e + 1 && text[ae - 1] == '.') ae--;
                if (ae > e + 1 && !IsGivenName(text[(e + 1)..WordEnd(text, e + 1)]) && !_kb.NotNames.Contains(text[(e + 1)..WordEnd(text, e + 1)])
                    && Free(taken, i, ae) && !nameSpans.Any(n => n.Start < ae && n.End > ae || n.Start < i && n.End > i))
                {
                    nameSpans.RemoveAll(n => n.Start >= i && n.End <= ae);
                    add(i, ae);
                    i = ae;
                    continue;
                }
            }
            // the capitalised "de" complement: "de Paris", "de l'Intérieur", "du Vaucluse", "des Affaires étrangères"
            if (e + 1 >= text.Length || text[e] != ' ' || StartsWithAny(text, e + 1, FrenchOfJoiners) is not { } j || !IsCapitalised(text, e + 1 + j.Length)) { i = we; continue; }
            int cs = e + 1 + j.Length, ce = CapitalisedRunEnd(text, cs, 3);
            foreach (var nm in nameSpans) if (nm.Start == cs && nm.End > ce) ce = nm.End;
            if (ce <= cs || IsGivenName(text[cs..WordEnd(text, cs)]) || nameSpans.Any(n => n.Start < ce && n.End > cs && n.Ref.Entity.Type == EntityTypes.Person)) { i = we; continue; }
            // lower-case adjectives after the complement: "des Affaires étrangères", "de la Santé publique"
            while (ce + 1 < text.Length && text[ce] == ' ' && char.IsLower(text[ce + 1]))
            {
                int ae = ce + 1;
                while (ae < folded.Length && TextFold.IsWordChar(folded[ae])) ae++;
                var w = folded[(ce + 1)..ae];
                if (IsSafeFrenchAdjective(w) || w is "etrangere" or "etrangeres" or "publique" or "publiques") ce = ae; else break;
            }
            // after a two-word head, an adjective closing the phrase belongs to its place ("le centre hospitalier de la Côte
            // basque, où …"): one that ends it before a comma or a full stop, no non-name ("mardi")
            if (compoundHead && ce + 1 < text.Length && text[ce] == ' ' && char.IsLower(text[ce + 1]))
            {
                int ae = ce + 1;
                while (ae < folded.Length && TextFold.IsWordChar(folded[ae])) ae++;
                var w = folded[(ce + 1)..ae];
                if (ae < text.Length && text[ae] is ',' or '.' or ';' && (IsFrenchAdjective(w) || w.EndsWith("que", StringComparison.Ordinal))
                    && !_kb.NotNames.Contains(text[(ce + 1)..ae])) ce = ae;
            }
            if (!Free(taken, i, ce) || nameSpans.Any(n => n.Start < ce && n.End > ce || n.Start < i && n.End > i)) { i = we; continue; }
            nameSpans.RemoveAll(n => n.Start >= i && n.End <= ce);
            add(i, ce);
            i = ce;
        }
    }

    /// <summary>Words around a capital that make it stand for its country (<c>capital-metonymy.tsv</c>), folded.</summary>
    static readonly (HashSet<string> Before, HashSet<string> After, HashSet<string> OfNouns, HashSet<string> Locative) Metonymy = ReadMetonymy();

    static (HashSet<string>, HashSet<string>, HashSet<string>, HashSet<string>) ReadMetonymy()
    {
        HashSet<string> before = new(StringComparer.Ordinal), after = new(StringComparer.Ordinal), of = new(StringComparer.Ordinal), locative = new(StringComparer.Ordinal);
        foreach (var row in DataFiles.ReadTsv("Entities/data/capital-metonymy.tsv"))
        {
            if (row.Length != 2 || row[1].Length == 0) throw new InvalidDataException($"capital-metonymy.tsv: expected 'position<TAB>words', got '{string.Join('\t', row)}'");
            var set = row[0] switch { "before" => before, "after" => after, "of" => of, "locative" => locative, _ => throw new InvalidDataException($"capital-metonymy.tsv: unknown position '{row[0]}'") };
            set.Add(TextFold.Fold(row[1]));
        }
        return (before, after, of, locative);
    }

    /// <summary>
    /// Whether a capital's name at [s, e) stands for its country's government: the subject of a verb of stating or deciding
    /// ("Moscou a annoncé", "Washington said"), the object of one ("accused Beijing"), the possessor or "de" complement of a
    /// noun of policy ("Beijing's demands", "l'approche de Washington"), or one of two capitals "between" which something
    /// is ("relations entre Moscou et Washington").
    /// </summary>
    bool IsCapitalMetonym(string folded, int s, int e, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        var prev = PreviousWord(folded, s);
        // a place where something is, or from which: "officials in Washington said", "à Moscou a annoncé"
        bool locative = prev.Length > 0 && Metonymy.Locative.Contains(prev.Word);
        if (prev.Length > 0 && prev.End == s - 1 && Metonymy.Before.Contains(prev.Word)) return true;
        // "Beijing's demands": the possessive, then the noun
        int after = e;
        if (after + 2 < folded.Length && folded[after] is '\'' or '’' && folded[after + 1] == 's') after += 2;
        var next = NextWord(folded, after);
        if (after > e && next.Length > 0 && Metonymy.OfNouns.Contains(next.Word)) return true;
        if (!locative && after == e && next.Length > 0 && next.Start == e + 1)
        {
            if (Metonymy.After.Contains(next.Word)) return true;
            var next2 = NextWord(folded, next.End);
            if (next2.Length > 0 && next2.Start == next.End + 1 && Metonymy.After.Contains(next.Word + " " + next2.Word)) return true;
        }
        // "l'approche de Washington", "the position of Moscow"
        if (prev.Length > 0 && prev.Word is "de" or "of" && PreviousWord(folded, prev.Start) is var noun && noun.Length > 0 && Metonymy.OfNouns.Contains(noun.Word)) return true;
        // "entre Moscou et Washington", "between Washington and Beijing": two capitals
        if (prev.Word is "et" or "and")
            foreach (var n in nameSpans)
                if (n.End == prev.Start - 1 && n.Ref.Entity.Kind == "capital" && PreviousWord(folded, n.Start).Word is "entre" or "between") return true;
        if (prev.Word is "entre" or "between" && after == e && next.Word is "et" or "and")
            foreach (var n in nameSpans)
                if (n.Start == next.End + 1 && n.Ref.Entity.Kind == "capital") return true;
        return false;
    }

    /// <summary>
    /// Organisations the KB knows that the article credits in a source line extraction removed from the text ("Source:
    /// agence tass", "Avec AFP"): entities without mentions, with the role "source".
    /// </summary>
    IEnumerable<(KbEntity Entity, RemovedMention Where)> CreditedSources(Document doc)
    {
        if (doc.Removed.IsDefaultOrEmpty) yield break;
        for (int li = 0; li < doc.Removed.Length; li++)
        {
            var line = doc.Removed[li];
            if (line.Length > 120 || Boilerplate.Default.MatchPrefix(line, out int rest) != BoilerplateKind.Source) continue;
            // "Avec AFP": the prefix is the credit; "Source: agence tass": the words after it (offsets into the whole line)
            int from = rest >= line.Length ? 0 : rest;
            var credit = line[from..];
            var folded = TextFold.Fold(credit);
            foreach (var m in _kb.Names.FindLongest(credit, folded))
                if (m.Value.Entity.Type == EntityTypes.Organization && !m.Value.Demonym)
                    yield return (m.Value.Entity, new RemovedMention(li, from + m.Start, from + m.End, line[(from + m.Start)..(from + m.End)]));
            // a prefix that names the agency itself ("Avec AFP")
            if (rest > 0 && from > 0)
            {
                var prefix = line[..rest];
                foreach (var m in _kb.Names.FindLongest(prefix, TextFold.Fold(prefix)))
                    if (m.Value.Entity.Type == EntityTypes.Organization && !m.Value.Demonym)
                        yield return (m.Value.Entity, new RemovedMention(li, m.Start, m.End, line[m.Start..m.End]));
            }
        }
    }
}
