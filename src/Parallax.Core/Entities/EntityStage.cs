using System.Collections.Immutable;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// Finds people, organisations and places and links them to the knowledge base: KB names, aliases and
/// demonyms through one compiled matcher; role descriptions ("le président russe", "son homologue américain",
/// "the US president") resolved against the KB's dated offices at the publication date; appositions
/// ("le porte-parole du Kremlin Dmitri Peskov") giving a person their role; unknown people from given names;
/// misspelt surnames merged with a person of the document by edit distance.
/// </summary>
public sealed partial class EntityStage : IDocumentStage
{
    readonly KnowledgeBase _kb;
    public string Name => "entities";

    static readonly HashSet<string> Definite = FunctionWords.Set("definite");
    static readonly HashSet<string> Titles = FunctionWords.Set("titles");
    static readonly string[] NameSuffixes = FunctionWords.List("name-suffixes");
    static readonly HashSet<string> Contracted = FunctionWords.Set("contracted");
    static readonly HashSet<string> Indefinite = FunctionWords.Set("indefinite");
    static readonly HashSet<string> RoleJoiners = FunctionWords.Set("role-joiners");
    static readonly HashSet<string> PressHeads = FunctionWords.Set("press-heads");
    static readonly HashSet<string> ClubEndings = FunctionWords.Set("club-endings");
    static readonly HashSet<string> TownClubEndings = FunctionWords.Set("town-club-endings");
    static readonly SpanSet ClubEndingSet = new(ClubEndings), TownClubEndingSet = new(TownClubEndings);

    sealed class Found
    {
        public required string Key;          // KB name, or "?" + surface for unknown entities
        public KbEntity? Kb;
        public required string Type;
        public string? Country;
        public string Surface = "";
        public List<Mention> Mentions = [];
        public List<string> Roles = [];
        public List<RemovedMention> Removed = [];
        public int First;
    }

    public Document Process(Document doc)
    {
        var text = doc.Text;
        var folded = TextFold.Fold(text);
        var date = doc.Published ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var found = new Dictionary<string, Found>();
        var taken = new List<TextSpan>(); // spans already given to a mention

        Found Get(string key, KbEntity? kb, string type, string? country, string surface, int pos)
        {
            if (!found.TryGetValue(key, out var f)) found[key] = f = new Found { Key = key, Kb = kb, Type = type, Country = country, Surface = surface, First = pos };
            if (surface.Length > f.Surface.Length && kb == null) f.Surface = surface;
            f.First = Math.Min(f.First, pos);
            return f;
        }
        void AddMention(Found f, int s, int e)
        {
            // an unknown person's name that opens with a capitalised office ("Interior Minister Vít Rakušan", "Attorney
            // General Merrick Garland"), whichever rule took the run: the office is a mention of them, the name another
            if (f.Type == EntityTypes.Person && f.Kb == null && f.Mentions.Count == 0 && OfficeBeforeName(text, folded, s, e) is var oe && oe > s)
            {
                var name = text[(oe + 1)..e];
                found.Remove(f.Key);
                if (!found.TryGetValue("?" + name, out var holder))
                {
                    holder = f;
                    f.Key = "?" + name;
                    f.Surface = name;
                    found[f.Key] = f;
                }
                AddMention(holder, s, oe);
                AddMention(holder, oe + 1, e);
                return;
            }
            // an honorific right before a person's name belongs to the mention, whichever rule found the name ("Mgr Laurent
            // Ulrich", "Mr Tomasz Kowalczyk", "Dr Aisha Bello-Okafor")
            if (f.Type == EntityTypes.Person && s >= 3 && text[s - 1] == ' ' && char.IsUpper(text[s]))
            {
                var title = PreviousWord(text, s);
                if (title.End == s - 1 && Titles.Contains(title.Word) && Free(taken, title.Start, s)) s = title.Start;
            }
            // a generation suffix after it belongs to it too ("Robert F. Kennedy Jr.", "John D. Rockefeller III")
            if (f.Type == EntityTypes.Person && e + 2 < text.Length && text[e] == ' ' && StartsWithAny(text, e + 1, NameSuffixes) is { } suffix
                && (e + 1 + suffix.Length == text.Length || !char.IsLetterOrDigit(text[e + 1 + suffix.Length]))) e += 1 + suffix.Length;
            // … and its dot when the name's run stopped before it ("Kennedy Jr.")
            else if (f.Type == EntityTypes.Person && e < text.Length && text[e] == '.' && e - s > 3 && text[e - 3] == ' ' && NameSuffixes.Contains(text[(e - 2)..e] + ".")) e++;
            var span = new TextSpan(s, e);
            if (!Free(taken, s, e)) return;
            taken.Add(span);
            f.Mentions.Add(new Mention(s, e, text[s..e]));
        }

        // 1. names, aliases, demonyms
        // leftmost-longest among the matches whose case fits: "Russia today announced" is "Russia", not the channel
        var names = _kb.Names.FindAll(text, folded);
        var nameSpans = new List<(int Start, int End, NameRef Ref)>();
        int namesCovered = -1;
        // the matches of one span are consecutive (ordered by start, then longest first): one group per span, no LINQ
        for (int groupEnd = 0; groupEnd < names.Count;)
        {
            int groupStart = groupEnd;
            int spanStart = names[groupStart].Start, spanEnd = names[groupStart].End;
            while (groupEnd < names.Count && names[groupEnd].Start == spanStart && names[groupEnd].End == spanEnd) groupEnd++;
            if (spanStart < namesCovered) continue;
            var surface = text[spanStart..spanEnd];
            // the first of the matches whose case fits, non-demonyms before demonyms, then non-surnames before surnames
            NameRef best = default;
            bool fits = false;
            for (int g = groupStart; g < groupEnd; g++)
                if (names[g].Value is var r && (!fits || NameRank(r) < NameRank(best)) && CaseFits(surface, r)) { best = r; fits = true; }
            if (!fits) continue;
            namesCovered = spanEnd;
            int start = spanStart;
            // an article matched with an alias ("le Kremlin", "the Kremlin") is not part of the name, unless the name
            // itself starts with it ("Le Monde"), and then it must be written as the name writes it ("le monde" is not the paper)
            var article = LeadingArticle(surface);
            if (article > 0 && !best.Demonym)
            {
                var name = best.Entity.Name;
                bool ownArticle = name.Length > article && string.Compare(name, 0, surface, 0, article, StringComparison.OrdinalIgnoreCase) == 0;
                if (ownArticle) { if (char.IsLower(surface[0]) && char.IsUpper(name[0])) continue; }
                else start += article;
            }
            // a title the KB's alias starts with ("roi Mohammed VI", "reine Élisabeth II", "pape François") stays out of the
            // mention when the KB knows the name without it too, as titles do elsewhere ("le général Jean Dupont")
            if (best.Entity.Type == EntityTypes.Person && char.IsLower(text[start]) && StartsWithAny(text, start, NameParticles) == null)
            {
                int sp = text.IndexOf(' ', start, spanEnd - start);
                if (sp > 0 && sp + 1 < spanEnd && char.IsUpper(text[sp + 1]))
                    foreach (var m in names)
                        if (m.Start == sp + 1 && m.End == spanEnd && m.Value.Entity == best.Entity) { start = sp + 1; break; }
            }
            // a company that is one part of a hyphenated name ("Lidl-Trek", a cycling team named after its sponsors) is no name of its own
            if (best.Entity.Type == EntityTypes.Organization && best.Entity.Kind == "company" && InsideHyphenCompound(text, start, spanEnd)) continue;
            nameSpans.Add((start, spanEnd, best));
        }
        // 1a'''. a KB place that is only a part of a longer place of the gazetteer ("Wales" in "New South Wales", "Rio" in
        // "Rio Grande do Sul"): the longer place, unlinked, when the KB names nothing else in it
        for (int k = nameSpans.Count - 1; k >= 0; k--)
        {
            var (ns, ne, nref) = nameSpans[k];
            if (nref.Entity.Type != EntityTypes.Location || nref.Demonym) continue;
            if (EnclosingGazetteerPlace(text, ns, ne) is not { } g) continue;
            // other KB names inside it must be places too ("Colombie-Britannique": Colombia and the British demonym)
            bool other = false;
            foreach (var n in nameSpans)
                if (n.Start < g.End && n.End > g.Start && (n.Start < g.Start || n.End > g.End || n.Ref.Entity.Type != EntityTypes.Location)) { other = true; break; }
            if (other || !Free(taken, g.Start, g.End)) continue;
            for (int j = nameSpans.Count - 1; j >= 0; j--)
                if (nameSpans[j].Start >= g.Start && nameSpans[j].End <= g.End) { nameSpans.RemoveAt(j); if (j < k) k--; }
            AddMention(Get("?" + text[g.Start..g.End], null, EntityTypes.Location, g.Country, text[g.Start..g.End], g.Start), g.Start, g.End);
        }
        // 1a''. a sports body named by its sport and the country or region it governs ("Hockey Canada", "USA Swimming"): one
        // organisation, not the place
        // … and a national team named by its country in French ("le XV de France", "l’équipe de France de handball")
        for (int k = nameSpans.Count - 1; k >= 0; k--)
        {
            var (ns, ne, nref) = nameSpans[k];
            if (nref.Entity.Type != EntityTypes.Location || nref.Demonym) continue;
            var body = SportBodySpan(text, ns, ne) ?? (nref.Entity.IsCountry ? NationalTeamSpan(text, folded, ns, ne) : null);
            if (body is null) continue;
            var (bs, be) = body.Value;
            if (!Free(taken, bs, be)) continue;
            if (nameSpans.Any(n => n.Start < be && n.End > bs && n.Start != ns)) continue;
            nameSpans.RemoveAt(k);
            AddMention(Get("?" + text[bs..be], null, EntityTypes.Organization, null, text[bs..be], bs), bs, be);
        }
        // 1a''''. a hyphenated name with an acronym in it ("Ferc-CGT", "CGT-Cheminots", "SUD-Rail", "CFE-CGC", "N-VA") is one
        // organisation, a union's branch or a party, not the organisations the KB finds in its parts
        for (int h = text.IndexOf('-'); h >= 0 && h + 1 < text.Length; h = text.IndexOf('-', h + 1))
        {
            if (h == 0 || !char.IsLetter(text[h - 1]) || !char.IsUpper(text[h + 1])) continue;
            var (ts, te) = AcronymCompound(text, h);
            if (te <= ts) continue;
            h = te - 1;
            if (!Free(taken, ts, te) || nameSpans.Any(n => n.Start < te && n.End > ts && (n.Start < ts || n.End > te || n.Ref.Demonym
                || n.Ref.Entity.Type != EntityTypes.Organization || (n.Start == ts && n.End == te)))) continue;
            nameSpans.RemoveAll(n => n.Start >= ts && n.End <= te);
            AddMention(Get("?" + text[ts..te], null, EntityTypes.Organization, null, text[ts..te], ts), ts, te);
        }
        // 1a'''''. an organisation of the KB or an acronym followed by a country or region names its branch there ("Emmaüs
        // France", "CMI France", "Amnesty International Belgique"): one organisation, when the name ends there
        for (int k = nameSpans.Count - 1; k >= 0; k--)
        {
            var (ps, pe, pref) = nameSpans[k];
            if (pref.Demonym || pref.Entity.Type != EntityTypes.Location || !(pref.Entity.IsCountry || pref.Entity.Kind == "region") || ps < 3 || text[ps - 1] != ' ') continue;
            if (pe < text.Length && (char.IsLetterOrDigit(text[pe]) || text[pe] is '-' or '\'' or '’'
                || text[pe] == ' ' && pe + 1 < text.Length && (char.IsUpper(text[pe + 1]) || char.IsDigit(text[pe + 1])))) continue;
            int os = -1;
            foreach (var n in nameSpans)
                if (n.End == ps - 1 && !n.Ref.Demonym && n.Ref.Entity.Type == EntityTypes.Organization) os = n.Start;
            if (os < 0)
            {
                var pw = PreviousWord(text, ps - 1);
                if (pw.End == ps - 1 && pw.Length is >= 2 and <= 6 && pw.Word.All(char.IsUpper) && !nameSpans.Any(n => n.Start < pw.End && n.End > pw.Start)) os = pw.Start;
            }
            if (os < 0) continue;
            // not the end of a longer capitalised name
            var before = PreviousWord(text, os);
            if (before.Length > 0 && before.End == os - 1 && char.IsUpper(before.Word[0]) && !_kb.NotNames.Contains(before.Word)) continue;
            if (!Free(taken, os, pe)) continue;
            nameSpans.RemoveAll(n => n.Start >= os && n.End <= pe);
            AddMention(Get("?" + text[os..pe], null, EntityTypes.Organization, null, text[os..pe], os), os, pe);
            k = Math.Min(k, nameSpans.Count);
        }
        // 1b. names of organisations the KB does not know, by their head word ("Conservative Party", "House Intelligence
        // Committee", "Columbus Police Department"): they win over KB names inside them ("Security Council")
        // and places by theirs ("Seventh Street", "Zabul Province")
        var runs = NameRuns(text, maxWords: 8).ToList();
        List<(int Start, int End)>? positionMatches = null;
        bool OpensOffice(int at)
        {
            positionMatches ??= _kb.Positions.FindLongest(text, folded).Select(m => (m.Start, m.End)).ToList();
            foreach (var m in positionMatches) if (m.Start == at && m.End > WordEnd(text, at)) return true;
            return false;
        }
        // 1a'. a company's name continued by capitalised words names its branch or subsidiary, one organisation ("Google
        // DeepMind", "Renault Trucks", "Airbus Helicopters"): not when the words are another name, a given name, an office or
        // a word that is no name ("Google CEO Sundar Pichai", "Airbus Tuesday"), nor after an indefinite article, which makes
        // the words a product of the company ("aboard a SpaceX Falcon Heavy rocket")
        for (int k = nameSpans.Count - 1; k >= 0; k--)
        {
            var (ns, ne, nref) = nameSpans[k];
            if (nref.Entity.Type != EntityTypes.Organization || nref.Entity.Kind != "company") continue;
            var pw = PreviousWord(folded, ns);
            bool adjacent = pw.Length > 0 && pw.End == ns - 1;
            // a company's name right after a given name is a family name ("Kelly Bayer Rosmarin", "Michael Dell"): the name
            // rules read the person
            if (adjacent && char.IsUpper(text[pw.Start]) && IsGivenName(text[pw.Start..pw.End]))
            {
                nameSpans.RemoveAt(k);
                continue;
            }
            if (ne + 1 >= text.Length || text[ne] != ' ' || !IsCapitalised(text, ne + 1)) continue;
            int ce = CapitalisedRunEnd(text, ne + 1, 2);
            if (CapitalisedRunEnd(text, ne + 1, 3) != ce) continue;
            if (adjacent && Indefinite.Contains(pw.Word)) continue;
            if (ce > ne + 1 && text[ce - 1] == '.') ce--;
            if (ce <= ne + 1 || (ce < text.Length && (text[ce] == '-' || char.IsLetterOrDigit(text[ce])))) continue;
            bool continues = true;
            for (int w = ne + 1; w < ce && continues; w = WordEnd(text, w) + 1)
            {
                var word = text[w..WordEnd(text, w)];
                continues = word.Length > 1 && !_kb.NotNames.Contains(word) && !IsGivenName(word) && !_kb.Surnames.Contains(word) && !OpensOffice(w)
                    && !nameSpans.Any(n => n.Start == w) && !word.All(char.IsUpper);
            }
            if (!continues || !Free(taken, ns, ce)) continue;
            nameSpans.RemoveAt(k);
            AddMention(Get("?" + text[ns..ce], null, EntityTypes.Organization, null, text[ns..ce], ns), ns, ce);
        }
        bool TownClub(int s, int te, int e)
        {
            if (te <= s || _kb.IsGazetteerPlace(text.AsSpan(s, e - s), out _)) return false;
            bool town = _kb.IsGazetteerPlace(text.AsSpan(s, te - s), out _);
            foreach (var n in nameSpans)
            {
                if (n.Start <= s && n.End >= e) return false;
                if (n.Start == s && n.End == te) town |= RetypableName(n.Ref);
            }
            return town;
        }
        int NonNamesSkipped(int s, int e)
        {
            while (s < e && text.IndexOf(' ', s, e - s) is var sp && sp > 0 && _kb.NotNames.Contains(text[s..sp]) && !_kb.OrganizationWords.Contains(text[s..sp])) s = sp + 1;
            return s;
        }
        for (int ri = 0; ri < runs.Count; ri++)
        {
            var (rs, re) = runs[ri];
            int s0 = rs;
            // leading non-names are not the name ("Shares", "The"), unless they are head words themselves ("International Association of …")
            while (s0 < re && text.IndexOf(' ', s0, re - s0) is var sp && sp > 0 && NotNameSet.Contains(text.AsSpan(s0, sp - s0)) && !OrgWordSet.Contains(text.AsSpan(s0, sp - s0))) s0 = sp + 1;
            // the name ends at its last head word ("the House Intelligence Committee Tuesday"); the words are read as spans
            // from the run's end, and split into strings only for a run with a head
            int head = -1;
            string? type = null;
            int wordCount = text.AsSpan(s0, re - s0).Count(' ') + 1;
            for (int w = wordCount - 1, we = re; w >= 1 && type == null; w--)
            {
                int ws = text.LastIndexOf(' ', we - 1, we - s0) + 1;
                var word = text.AsSpan(ws, we - ws);
                if (OrgWordSet.Contains(word)) { head = w; type = EntityTypes.Organization; }
                else if (LocationWordSet.Contains(word)) { head = w; type = EntityTypes.Location; }
                // an English club's ending, as the run's last word only ("Bolton Wanderers", not "United States")
                else if (w == wordCount - 1 && ClubEndingSet.Contains(word)) { head = w; type = EntityTypes.Organization; }
                // "Town" or "City" after a town, as the run's last word, is its club ("Ipswich Town", "Hull City"), unless the
                // whole run is a place itself ("Mexico City", "Kansas City", "Cape Town")
                else if (w == wordCount - 1 && TownClubEndingSet.Contains(word) && TownClub(s0, re - word.Length - 1, re)) { head = w; type = EntityTypes.Organization; }
                we = ws - 1;
            }
            // "University of Toronto", "Organization of the Petroleum Exporting Countries": a head word first, then "of" names
            if (type == null && wordCount == 1 && OrgWordSet.Contains(text.AsSpan(s0, re - s0)) && ri + 1 < runs.Count
                && StartsWithAny(text, re, ForOnHeads.Contains(text.AsSpan(s0, re - s0)) ? ForOnJoiners : OfJoiners) is { } ofj && runs[ri + 1].Start == re + ofj.Length
                && !NotNameSet.Contains(text.AsSpan(s0, re - s0)) && !_kb.NotNames.Contains(text[runs[ri + 1].Start..WordEnd(text, runs[ri + 1].Start)]))
            {
                head = 0;
                type = EntityTypes.Organization;
            }
            if (type == null) continue;
            var words = text[s0..re].Split(' ');
            // a place head word that opens an office is the office's ("Manhattan District Attorney Alvin Bragg")
            if (type == EntityTypes.Location && head < words.Length - 1 && OpensOffice(s0 + words.Take(head).Sum(w => w.Length + 1))) continue;
            // "Food and Drug Administration", "Securities and Exchange Commission": a name joined by "and" before the head
            // (the run before "and" may open with non-names: "The Food and Drug Administration" at a sentence start)
            int andStart = ri > 0 ? NonNamesSkipped(runs[ri - 1].Start, runs[ri - 1].End) : 0;
            (int Start, int End)? coordinated = null;
            if (type == EntityTypes.Organization && ri > 0 && runs[ri - 1].End == s0 - 5 && string.CompareOrdinal(text, s0 - 5, " and ", 0, 5) == 0
                && words.Length <= 3 && runs[ri - 1].End - andStart < 40 && text[andStart..runs[ri - 1].End].Contains(' ')
                && !CompanyHeads.Contains(words[head].AsSpan().TrimEnd('.')) && CoordinatedNamePart(text, andStart, runs[ri - 1].End, nameSpans))
            {
                // "Australian Securities and Investments Commission", "App Drivers and Couriers Union": the part before "and"
                // has two or three words, none of them a name, a head or a title (CoordinatedNamePart)
                int before = text[andStart..runs[ri - 1].End].Count(c => c == ' ') + 1;
                s0 = andStart;
                words = text[s0..re].Split(' ');
                head += before + 1;
            }
            else if (type == EntityTypes.Organization && ri > 0 && runs[ri - 1].End == s0 - 5 && string.CompareOrdinal(text, s0 - 5, " and ", 0, 5) == 0
                && words.Length <= 3 && runs[ri - 1].End - andStart < 20 && !text[andStart..runs[ri - 1].End].Contains(' ')
                && !nameSpans.Any(n => n.Start <= andStart && n.End >= runs[ri - 1].End) && !_kb.NotNames.Contains(text[andStart..runs[ri - 1].End]))
            {
                // a company's head ("Ashtead and Flutter Entertainment", "Gannett and GateHouse Media") ends the second
                // name only; the word before "and" is a company of its own, unless it is a given name or a family name
                if (CompanyHeads.Contains(words[head].AsSpan().TrimEnd('.')))
                {
                    var first = text[andStart..runs[ri - 1].End];
                    if (!IsGivenName(first) && !_kb.Surnames.Contains(first)) coordinated = (andStart, runs[ri - 1].End);
                }
                else
                {
                    s0 = andStart;
                    words = text[s0..re].Split(' ');
                    head += 2;
                }
            }
            int e0 = s0 + words.Take(head + 1).Sum(w => w.Length + 1) - 1;
            // an abbreviated head keeps its dot ("Pacific Gas & Electric Co.")
            if (e0 < text.Length && text[e0] == '.' && (_kb.OrganizationWords.Contains(words[head] + ".") || _kb.LocationWords.Contains(words[head] + "."))) e0++;
            // "American University of Kabul", "Bank of England", "Department of Health and Human Services",
            // "Ministry of Foreign Affairs of Ukraine": an organisation "of" names, joined by "and" once inside
            if (type == EntityTypes.Organization && head == words.Length - 1)
            {
                bool inside = false;
                // a public body's head also takes "for"/"on" ("Office for Budget Responsibility", "Commission on Human Rights")
                var headJoiners = ForOnHeads.Contains(words[head]) ? ForOnJoiners : OfJoiners;
                while (ri + 1 < runs.Count && StartsWithAny(text, e0, inside ? OfJoinersInside : headJoiners) is { } joiner && runs[ri + 1].Start == e0 + joiner.Length
                    // a date is no complement ("Kent County Council on Friday")
                    && !_kb.NotNames.Contains(text[runs[ri + 1].Start..WordEnd(text, runs[ri + 1].Start)])
                    // nor an abbreviated title before a commander's name ("the Sudanese Armed Forces of Gen. Abdel Fattah al-Burhan")
                    && !AbbreviatedTitleAt(runs[ri + 1].Start))
                {
                    e0 = runs[++ri].End;
                    inside = true;
                }
                // "Department for Levelling Up, Housing and Communities": a public body's remits listed with commas and a last "and"
                if (inside && ForOnHeads.Contains(words[head]))
                {
                    int k = ri + 1, end = e0;
                    while (k + 1 < runs.Count && end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ' && runs[k].Start == end + 2
                        && !_kb.NotNames.Contains(text[runs[k].Start..WordEnd(text, runs[k].Start)]))
                    {
                        end = runs[k++].End;
                        if (string.CompareOrdinal(text, end, " and ", 0, 5) == 0 && runs[k].Start == end + 5)
                        {
                            e0 = runs[k].End;
                            ri = k;
                            break;
                        }
                    }
                }
            }
            // "la Haute Autorité de santé": in French a "de" complement in lower case after the head
            if (type == EntityTypes.Organization && head == words.Length - 1 && doc.Language != "en" && LowerDeComplementEnd(text, folded, e0) is var de && de > e0
                && !nameSpans.Any(n => n.Start < de && n.End > e0)) e0 = de;
            // a newspaper's own article, capitalised inside a sentence, is part of its name ("in The Canberra Times")
            if (type == EntityTypes.Organization && coordinated == null && head == words.Length - 1 && s0 == rs + 4 && string.CompareOrdinal(text, rs, "The ", 0, 4) == 0
                && PressHeads.Contains(words[head]) && !IsSentenceStart(text, rs)) s0 = rs;
            // the country or region the organisation serves, ending the run after its head ("Arts Council England")
            if (type == EntityTypes.Organization && head < words.Length - 1 && coordinated == null) e0 = OrgPlaceNameEnd(text, nameSpans, e0);
            if (nameSpans.Any(n => n.Start <= s0 && n.End >= e0)) continue;
            if (!Free(taken, s0, e0)) continue;
            // a name ending in a head that is also a building, after "at"/"in"/"from": the place ("at the KeyBank Center")
            if (type == EntityTypes.Organization && VenueOrganizationHeads.Contains(words[head]) && head == words.Length - 1 && AfterVenuePreposition(folded, s0))
                type = EntityTypes.Location;
            nameSpans.RemoveAll(n => n.Start >= s0 && n.End <= e0);
            var surfaceRun = text[s0..e0];
            AddMention(Get("?" + surfaceRun, null, type, null, surfaceRun, s0), s0, e0);
            if (coordinated is var (cs, ce) && Free(taken, cs, ce))
            {
                var first = text[cs..ce];
                AddMention(Get("?" + first, null, EntityTypes.Organization, null, first, cs), cs, ce);
            }
        }

        // 1c. datelines ("BUFFALO, N.Y. —"), French organisation names ("Agence spatiale européenne", "Banque de France"),
        // places named by a place noun ("Logar province", "Kalamazoo and Van Buren counties", "la province de Logar")
        Datelines(text, nameSpans, taken, (type, s, e) => AddMention(Get("?" + text[s..e], null, type, null, text[s..e], s), s, e));
        if (doc.Language != "en")
        {
            FrenchOrganisations(text, folded, nameSpans, taken, (s, e) =>
            {
                // … and the region or country it serves right after it ("Agence régionale de santé Île-de-France")
                if (OrgPlaceNameEnd(text, nameSpans, e) is var pe && pe > e && Free(taken, s, pe)) { nameSpans.RemoveAll(n => n.Start == e + 1 && n.End == pe); e = pe; }
                AddMention(Get("?" + text[s..e], null, EntityTypes.Organization, null, text[s..e], s), s, e);
            });
            FrenchOrganisations(text, folded, nameSpans, taken, (s, e) => AddMention(Get("?" + text[s..e], null, EntityTypes.Location, null, text[s..e], s), s, e), places: true);
            LowerCasePlaces(text, nameSpans, taken, (s, e) => AddMention(Get("?" + text[s..e], null, EntityTypes.Location, null, text[s..e], s), s, e));
        }
        // natural features named after a head ("Lake Geneva", "the Gulf of Aden")
        HeadFirstPlaces(text, nameSpans, taken, (s, e) => AddMention(Get("?" + text[s..e], null, EntityTypes.Location, null, text[s..e], s), s, e));
        // institutions named by a common word ("the Senate", "le ministère de l'Intérieur", "la cour d'appel de Paris") and
        // names typed by the words organisations take ("le groupe Kering", "shares of Nvidia", "CrowdStrike's chief executive")
        InstitutionNames(text, folded, doc.Language != "en", nameSpans, taken, (s, e) => AddMention(Get("?" + text[s..e], null, EntityTypes.Organization, null, text[s..e], s), s, e));
        // organisations named by a nationality and capitalised words ("British Gas", "Palestinian Red Crescent")
        if (doc.Language == "en")
            DemonymLedOrganisations(text, nameSpans, taken, (s, e, type) => AddMention(Get("?" + text[s..e], null, type, null, text[s..e], s), s, e));
        bool OrganisationAt(int s, int e, bool atStart)
        {
            foreach (var n in nameSpans) if ((atStart ? n.Start == s : n.End == e) && !n.Ref.Demonym && n.Ref.Entity.Type == EntityTypes.Organization) return true;
            foreach (var f in found.Values)
                if (f.Type == EntityTypes.Organization)
                    foreach (var m in f.Mentions) if (atStart ? m.Start == s : m.End == e) return true;
            return false;
        }
        ContextOrganisations(text, folded, nameSpans, taken, (s, e) => AddMention(Get("?" + text[s..e], null, EntityTypes.Organization, null, text[s..e], s), s, e), OrganisationAt);
        foreach (var (s, e) in PrefixedOrganisations(text))
            if (Free(taken, s, e) && !CoveredByName(nameSpans, s, e))
            {
                nameSpans.RemoveAll(n => n.Start >= s && n.End <= e);
                AddMention(Get("?" + text[s..e], null, EntityTypes.Organization, null, text[s..e], s), s, e);
            }
        PlacesByNoun(text, nameSpans, taken, (s, e) => AddMention(Get("?" + text[s..e], null, EntityTypes.Location, null, text[s..e], s), s, e));

        var pendingRoles = new List<(int Start, int End, string Role, string? Country)>();
        // 2. role descriptions: office + qualifier (demonym, country, organisation)
        var roleSpans = new List<(int Start, int End, string Role, KbEntity? Holder, bool Apposition)>();
        var officeMatches = _kb.Offices.FindLongest(text, folded);
        foreach (var om in officeMatches)
        {
            var offices = _kb.Offices.FindAll(text, folded, om.Start, om.End).Where(m => m.Start == om.Start && m.End == om.End).Select(m => m.Value).Distinct().ToList();
            if (!char.IsLower(text[om.Start]) && !(om.Start == 0 || text[om.Start - 1] is '\n' or ' ' && IsSentenceStart(text, om.Start))) { }
            // qualifier after (fr: "président russe", "porte-parole du Kremlin") or before (en: "Russian President", "US president")
            KbEntity? qualifier = null;
            int roleStart = om.Start, roleEnd = om.End;
            var after = nameSpans.FirstOrDefault(n => n.Start >= om.End && Gap(folded, om.End, n.Start) is var g && (g.Length == 0 || RoleJoiners.Contains(g)) && n.Ref.Entity.Type != EntityTypes.Person);
            // "le secrétaire à la Défense de Trump": an office of a person's government is their country's
            var ofPerson = nameSpans.FirstOrDefault(n => n.Start >= om.End && Gap(folded, om.End, n.Start) is "de" or "d'" or "of" && n.Ref.Entity.Type == EntityTypes.Person
                && n.Ref.Entity.Country is { } pc && _kb.Country(pc) != null && _kb.IsLeader(n.Ref.Entity));
            if (after.Ref.Entity == null && ofPerson.Ref.Entity != null) { after = ofPerson; after.Ref = after.Ref with { Entity = _kb.Country(ofPerson.Ref.Entity.Country!)! }; }
            if (after.Ref.Entity != null) { qualifier = after.Ref.Entity; roleEnd = after.End; }
            else
            {
                var before = nameSpans.LastOrDefault(n => n.End <= om.Start && Gap(folded, n.End, om.Start).Length == 0 && n.Ref.Entity.Type != EntityTypes.Person);
                if (before.Ref.Entity != null) { qualifier = before.Ref.Entity; roleStart = before.Start; }
            }
            // complements without a KB qualifier: "conseiller à la sécurité nationale", "envoyé spécial"
            var roleText = text[roleStart..roleEnd];
            // apposition: the role is followed by a person's name
            var person = nameSpans.FirstOrDefault(n => n.Start >= roleEnd && n.Start - roleEnd <= 3 && Gap(folded, roleEnd, n.Start).Length == 0 && n.Ref.Entity.Type == EntityTypes.Person);
            var det = PreviousWord(folded, roleStart);
            // the article belongs to the role, a contracted preposition does not ("au secrétaire d'État", "du Kremlin")
            int detStart = det.Length > 0 && Definite.Contains(det.Word) && !Contracted.Contains(det.Word) ? det.Start : roleStart;
            if (person.Ref.Entity != null)
            {
                // "l'ancien président Joe Biden": the description runs from its article over "ancien"/"former"
                if (det.Length > 0 && _kb.RoleBlockers.Contains(det.Word) && PreviousWord(folded, det.Start) is var det2 && det2.Length > 0
                    && Definite.Contains(det2.Word) && !Contracted.Contains(det2.Word)) detStart = det2.Start;
                roleSpans.Add((detStart, roleEnd, roleText, person.Ref.Entity, true));
                continue;
            }
            if (qualifier == null || Indefinite.Contains(det.Word) || _kb.RoleBlockers.Contains(det.Word)) continue;
            // a name the KB does not know right after the role ("Zimbabwean Prime Minister Robert Mugabe"): the role is
            // that person's, not the office holder's of the day; it gives them their role and country once found
            if (NamedAfter(text, roleEnd) && !nameSpans.Any(n => n.Start > roleEnd && n.Start - roleEnd <= 3 && n.Ref.Entity.Type == EntityTypes.Person))
            {
                pendingRoles.Add((detStart, roleEnd, StripDeterminer(roleText), qualifier.Country));
                continue;
            }
            // the holder on the date (an office of a government institution or a capital is its country's: "le chef du Kremlin")
            if (_roles.Holder(offices, qualifier, date) is { } holder) roleSpans.Add((detStart, roleEnd, roleText, holder, false));
        }
        // "son homologue américain", "his US counterpart": the leader of that country
        foreach (var n in nameSpans.Where(n => n.Ref.Demonym))
        {
            var prev = PreviousWord(folded, n.Start);
            var prev2 = prev.Length > 0 ? PreviousWord(folded, prev.Start) : default;
            int s = -1;
            if (prev.Word is "homologue" or "counterpart" or "homologues") s = prev2.Length > 0 && Definite.Contains(prev2.Word) ? prev2.Start : prev.Start;
            var next = NextWord(folded, n.End);
            if (next.Word is "counterpart" or "homologue") { s = prev.Length > 0 && Definite.Contains(prev.Word) ? prev.Start : n.Start; }
            if (s < 0) continue;
            var leader = _roles.Counterpart(n.Ref.Entity.Country!, date);
            int e = next.Word is "counterpart" or "homologue" ? next.End : n.End;
            if (leader != null) roleSpans.Add((s, e, text[s..e], leader, false));
        }

        // 3. place role mentions first (they cover their demonyms), then names
        foreach (var r in roleSpans.OrderBy(r => r.Start))
        {
            var f = Get(r.Holder!.Name, r.Holder, r.Holder.Type, r.Holder.Country, r.Holder.Name, r.Start);
            var role = StripDeterminer(r.Role);
            if (!f.Roles.Contains(role, StringComparer.OrdinalIgnoreCase)) f.Roles.Add(role);
            AddMention(f, r.Start, r.End);
            // the organisation a role belongs to is named too: "le directeur de la CIA John Ratcliffe" mentions the CIA
            foreach (var n in nameSpans.Where(n => n.Start >= r.Start && n.End <= r.End && n.Ref.Entity.Type == EntityTypes.Organization))
            {
                var org = Get(n.Ref.Entity.Name, n.Ref.Entity, n.Ref.Entity.Type, n.Ref.Entity.Country, n.Ref.Entity.Name, n.Start);
                if (!org.Mentions.Any(m => m.Start == n.Start)) org.Mentions.Add(new Mention(n.Start, n.End, text[n.Start..n.End]));
            }
        }
        bool FollowedByUnknownName(int end)
        {
            if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1])) return false;
            return !nameSpans.Any(x => x.Start == end + 1);
        }
        var fullNamesSeen = new HashSet<string>();
        foreach (var n in nameSpans) if (!n.Ref.Surname && !n.Ref.Demonym) fullNamesSeen.Add(n.Ref.Entity.Name);
        foreach (var n in nameSpans.OrderBy(n => n.Start))
        {
            var e = n.Ref.Entity;
            // a title before the name belongs to the mention: "M. Poutine", "Mme Zakharova", "président Poutine"
            var prev = PreviousWord(text, n.Start);
            bool titled = Titles.Contains(prev.Word) || prev.Word is "président" or "présidente" or "President";
            // a title a role description already holds is no part of the name ("Vice President JD Vance": the role is
            // "Vice President", the name "JD Vance")
            if (titled && !Free(taken, prev.Start, prev.End)) titled = false;
            // a known family name after given names, initials or particles the KB's name does not have is read from the first
            // of them: the person's own given name ("Benyamin Nétanyahou", "J.D. Vance") links, another one is a relative
            // or namesake ("Fritz Eckart von Weizsäcker" is not Richard von Weizsäcker)
            if (e.Type == EntityTypes.Person && n.Ref.Surname && !titled && GivenNamesBefore(n.Start, e) is var (gs, own) && gs < n.Start)
            {
                if (own) AddMention(Get(e.Name, e, e.Type, e.Country, e.Name, gs), gs, n.End);
                else if (Free(taken, gs, n.End)) AddMention(NewPerson(gs, n.End), gs, n.End);
                continue;
            }
            // a bare surname links only when the text backs it: the full name seen, a title, a leader, or an earlier mention
            if (n.Ref.Surname && !titled && !fullNamesSeen.Contains(e.Name) && !_kb.IsLeader(e) && !found.ContainsKey(e.Name)) continue;
            // a surname right after another given name is someone else of that name ("Hunter Biden" is not Joe Biden)
            if (n.Ref.Surname && !titled && prev.Length > 0 && prev.End == n.Start - 1 && IsGivenName(prev.Word) && !SameGivenName(e, prev.Word)) continue;
            // a demonym inside a role of someone the KB does not know is part of that role ("Zimbabwean Prime Minister Robert Mugabe")
            if (n.Ref.Demonym && pendingRoles.Any(p => n.Start >= p.Start && n.End <= p.End)) continue;
            // a nationality noun standing for one person, not before a name, is no place ("l’Espagnol s’est imposé");
            // before a name it stands for the country ("le Slovène Tadej Pogačar"), as plural groups do ("les Ukrainiens")
            if (n.Ref.Demonym && IsNationalityNoun(text, n.Start, n.End, n.Ref, doc.Language)) continue;
            // a place inside an event's name ("la Coupe de France", "the Australian Open") or one part of a hyphenated
            // compound ("Ouest-France", "Paris-Roubaix") is no mention of its own
            if (e.Type == EntityTypes.Location && (InsideEventName(text, n.Start, n.End) || (!n.Ref.Demonym && (InsideHyphenCompound(text, n.Start, n.End) || AfterCompoundParticle(text, n.Start))))) continue;
            // a place named like a given name, followed by a surname the KB does not know, is a person ("Jordan Bardella")
            if (e.Type == EntityTypes.Location && !n.Ref.Demonym && IsGivenName(text[n.Start..n.End]) && FollowedByUnknownName(n.End)) continue;
            // a one-word place right after a given name is that person's family name ("Stéphane Israël", "Ali France",
            // "Richard Ireland"): the name rules read the person
            if (e.Type == EntityTypes.Location && !n.Ref.Demonym && !titled && n.End - n.Start >= 3 && text.IndexOf(' ', n.Start, n.End - n.Start) < 0
                && prev.Length > 1 && prev.End == n.Start - 1 && char.IsUpper(prev.Word[0]) && IsGivenName(prev.Word) && !OverlapsName(nameSpans, prev.Start, prev.End)
                && !FollowedByUnknownName(n.End)) continue;
            int s = titled ? prev.Start : n.Start;
            if (e.Type == EntityTypes.Location && !n.Ref.Demonym && !titled && e.Kind is "city" or "capital")
            {
                // a town of the KB used for its team ("contre Lyon (2-1)", "Boston coach") is that team, an organisation
                if (IsTeamContext(text, folded, n.Start, n.End))
                {
                    AddMention(Get("?" + text[n.Start..n.End], null, EntityTypes.Organization, null, text[n.Start..n.End], n.Start), n.Start, n.End);
                    continue;
                }
                // a capital standing for its country's government ("relations entre Moscou et Washington") is the country
                if (e.Kind == "capital" && e.Country is { } cc && _kb.Country(cc) is { } country && IsCapitalMetonym(folded, n.Start, n.End, nameSpans))
                {
                    AddMention(Get(country.Name, country, country.Type, country.Country, country.Name, n.Start), n.Start, n.End);
                    continue;
                }
            }
            var f = Get(e.Name, e, e.Type, e.Country, e.Name, s);
            // a lower-case administrative noun of a place's alias stays out of its mention, once roles have read it as their
            // qualifier ("la région de Kharkiv", "the Kursk region"; EntityStage.PlaceNameEdges.cs)
            int end = n.End;
            if (e.Type == EntityTypes.Location && !n.Ref.Demonym && !titled) (s, end) = WithoutAdministrativeNoun(text, s, end);
            AddMention(f, s, end);
        }

        Found NewPerson(int s, int e) => Get("?" + text[s..e], null, EntityTypes.Person, null, text[s..e], s);
        // the start of the given names, initials and particles right before a known person's family name (n.Start when there
        // are none), and whether the first is the person's own given name or its initial
        (int Start, bool Own) GivenNamesBefore(int surname, KbEntity person)
        {
            int pos = surname, start = surname, words = 0;
            bool own = false, strong = false;
            while (words < 4)
            {
                var pw = PreviousWord(text, pos);
                if (pw.Length == 0 || pw.End != pos - 1 || text[pw.End] != ' ') break;
                var w = pw.Word;
                if (char.IsLower(w[0]))
                {
                    if (!NameParticleWords.Contains(w)) break;
                    strong |= StrongNameParticleWords.Contains(w);
                    pos = pw.Start;
                    words++;
                    continue;
                }
                if (_kb.NotNames.Contains(w) || Titles.Contains(w) || _kb.PersonTitles.Contains(w) || _kb.OrganizationWords.Contains(w)
                    || _kb.LocationWords.Contains(w) || OpensOffice(pw.Start) || !Free(taken, pw.Start, pw.End)
                    || nameSpans.Any(x => x.Start < pw.End && x.End > pw.Start)) break;
                bool initial = w.Length <= 4 && w.All(c => char.IsUpper(c) || c == '.');
                bool itsOwn = SameGivenName(person, w) || (initial && char.ToUpperInvariant(person.Name[0]) == w[0]);
                // the first word must be a given name or initials; others inside the name may be any capitalised word
                // (after a particle that is no common word, any name-shaped word: "Fritz Eckart von …")
                if (itsOwn || IsGivenName(w) || (initial && w.Length >= 2) || (strong && NameShapedWord(w))) { start = pw.Start; own = itsOwn; }
                else if (w.Length < 2) break;
                pos = pw.Start;
                words++;
            }
            return (start, own);
        }
        // 4. unknown people: a given name followed by name particles and capitalised words ("Laurence des Cars",
        // "François Villeroy de Galhau"), then by capitalised words ("Marc Fogel"); "du nom de X"
        foreach (var (s, e) in ParticleNames(text))
            if (Free(taken, s, e) && !OverlapsName(nameSpans, s, e)) AddMention(NewPerson(s, e), s, e);
        foreach (var (runStart, e) in CapitalisedRuns(text))
        {
            // the person starts at the first given name of the run ("Selon Jean-Baptiste Morvan" → Jean-Baptiste Morvan)
            // (the run's words read as spans: most runs hold no given name before their last word, and are not split)
            int s = -1;
            for (int ws = runStart; ;)
            {
                int we = text.IndexOf(' ', ws, e - ws);
                if (we < 0) break;
                if (IsGivenName(text.AsSpan(ws, we - ws))) { s = ws; break; }
                ws = we + 1;
            }
            if (s < 0) continue;
            if (!Free(taken, s, e)) continue;
            var words = text[s..e].Split(' ');
            var surface = text[s..e];
            // a misspelt known person: same given name, surname within edit distance 2
            // (the length test first: a large user KB may hold thousands of people with one given name)
            var surname = TextFold.Fold(words[^1]);
            var known = _kb.PeopleByGivenName(words[0]).FirstOrDefault(k => Math.Abs(k.FoldedSurname.Length - surname.Length) <= 2 && EditDistance(k.FoldedSurname, surname) <= 2).Entity;
            var f = known != null ? Get(known.Name, known, known.Type, known.Country, known.Name, s) : Get("?" + surface, null, EntityTypes.Person, null, surface, s);
            AddMention(f, s, e);
        }
        // 4a'. a name of two or three capitalised words after a nationality noun and its article is a person, whatever the
        // given name ("le Slovène Tadej Pogacar", "la Française Nadia Melliti", "the Briton Jonathan Glazer")
        foreach (var (ps, pe) in NationalityAppositions(text, folded, nameSpans))
            if (Free(taken, ps, pe) && !OverlapsName(nameSpans, ps, pe)) AddMention(NewPerson(ps, pe), ps, pe);
        // 4a''. a name in apposition to a description of a person or followed by an age ("Le suspect, Abdalmasih H.,", "Valdo
        // Calocane, 31,")
        foreach (var (ps, pe) in DescribedAppositions(text))
            if (Free(taken, ps, pe) && !OverlapsName(nameSpans, ps, pe)) AddMention(NewPerson(ps, pe), ps, pe);
        foreach (var (ps, pe) in SentenceStartNames(text))
            if (Free(taken, ps, pe) && !OverlapsName(nameSpans, ps, pe)) AddMention(NewPerson(ps, pe), ps, pe);
        // 4a'''. a relative's name after a kinship noun ("her sister Hannah", "son père, Adrie", "la mère de Maëlys"), a child's
        // ("le petit Émile"), a lone name before an age ("Lola, 12 ans,"); a lone word a person found already bears is left to
        // the lone-name rules, which link it to them
        foreach (var (ps, pe) in KinshipNames(text).Concat(LoneNamesWithAge(text)))
            if (Free(taken, ps, pe) && !OverlapsName(nameSpans, ps, pe) && (text.IndexOf(' ', ps, pe - ps) > 0 || !WordOfPersonFound(ps, pe))) AddMention(NewPerson(ps, pe), ps, pe);
        bool WordOfPersonFound(int ws, int we)
        {
            var w = text[ws..we];
            foreach (var f in found.Values)
            {
                if (f.Type != EntityTypes.Person) continue;
                foreach (var m in f.Mentions)
                    for (int k = m.Text.IndexOf(w, StringComparison.Ordinal); k >= 0; k = m.Text.IndexOf(w, k + 1, StringComparison.Ordinal))
                        if ((k == 0 || m.Text[k - 1] == ' ') && (k + w.Length == m.Text.Length || m.Text[k + w.Length] == ' ')) return true;
            }
            return false;
        }
        // 4a. a name of two or three capitalised words coordinated with a person is a person too ("Brahim Chnina et Naïm
        // Boudaoud", "Naïm Boudaoud and Brahim Chnina")
        foreach (var p in found.Values.Where(f => f.Type == EntityTypes.Person).ToList())
            foreach (var m in p.Mentions.ToList())
            {
                if (m.Text.IndexOf(' ') < 0) continue;
                foreach (var (cs, ce) in CoordinatedNames(text, m.Start, m.End))
                    if (Free(taken, cs, ce) && !OverlapsName(nameSpans, cs, ce)) AddMention(NewPerson(cs, ce), cs, ce);
            }
        // lone given names and surnames of people already found: "Kirill", "Fogel", misspellings "Dmitiev"
        void LinkLoneNames()
        {
            // per person, once: folded surnames (of the name and of every mention) and the given name when written in full
            var people = found.Values.Where(f => f.Type == EntityTypes.Person).Select(p =>
            {
                var parts = (p.Kb?.Name ?? p.Surface).Split(' ');
                var surnames = p.Mentions.Select(m => m.Text.Split(' ')[^1]).Append(parts[^1]).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);
                // a family name written first, before a Korean given name ("Lee Jae-myung" → "Lee")
                if (p.Type == EntityTypes.Person && parts.Length == 2 && HyphenatedLowerGivenName(parts[1])) surnames.Add(TextFold.Fold(parts[0]));
                var given = parts.Length > 1 && p.Mentions.Any(m => m.Text.StartsWith(parts[0] + " ", StringComparison.Ordinal)) ? TextFold.Fold(parts[0]) : null;
                return (Found: p, Surnames: surnames, Given: given);
            }).ToList();
            if (people.Count == 0) return;
            foreach (var (s, e) in CapitalisedRuns(text, single: true))
            {
                if (e - s < 4) continue;
                if (NotNameSet.Contains(text.AsSpan(s, e - s)) || !Free(taken, s, e)) continue;
                var fw = TextFold.Fold(text.AsSpan(s, e - s));
                Found? match = null;
                foreach (var (p, surnames, given) in people)
                {
                    if (given == fw || surnames.Contains(fw)) { match = p; break; }
                    if (fw.Length >= 6 && CloseSurname(surnames, fw)) { match = p; break; }
                }
                if (match == null) continue;
                // a family name of several words comes back whole ("Van der Poel" after "Mathieu van der Poel", "Guzmán López"
                // after "Joaquín Guzmán López"): the mention starts at its first word
                int ls = LoneNameStart(text, s, e, match, taken);
                var title = PreviousWord(text, ls);
                int ms = Titles.Contains(title.Word) && Free(taken, title.Start, ls) ? title.Start : ls;
                AddMention(match, ms, e);
            }
        }
        // two capitalised words joined by a spaced ampersand: a firm ("Simon & Schuster", "Jenner & Block")
        if (text.Contains(" & ", StringComparison.Ordinal))
            foreach (var (s, e) in AmpersandNames(text, p => taken.Any(t => t.Start <= p && p < t.End)))
                if (Free(taken, s, e) && !OverlapsName(nameSpans, s, e))
                {
                    var surface = text[s..e];
                    AddMention(Get("?" + surface, null, EntityTypes.Organization, null, surface, s), s, e);
                }
        // a title before a name ("Senator Dino Melaye", "Dr. Joneigh Khaldun", "M. Dupont", "le général Jean Dupont"): honorifics
        // belong to the mention, other titles do not; two or three capitalised words ending with a common family name
        foreach (var (s, e, ms) in TitledNames(text))
            if (Free(taken, s, e) && !OverlapsName(nameSpans, s, e)) AddMention(NewPerson(s, e), ms, e);
        foreach (var (s, e) in SurnameNames(text))
            if (Free(taken, s, e) && !OverlapsName(nameSpans, s, e)) AddMention(NewPerson(s, e), s, e);
        // a name right after a word that says what a person is called ("a man surnamed Kim", "un homme prénommé Karim")
        foreach (var (s, e) in NamedByCue(text, folded))
            if (Free(taken, s, e) && !OverlapsName(nameSpans, s, e)) AddMention(NewPerson(s, e), s, e);
        // a name of two or three name-shaped words whose last word comes back alone later in the text is a person
        // introduced by full name and then by family name ("Minouche Shafik resigned … Shafik, a former …")
        foreach (var (s, e) in RepeatedFamilyNames(text))
            if (Free(taken, s, e) && !OverlapsName(nameSpans, s, e)) AddMention(NewPerson(s, e), s, e);
        LinkLoneNames();
        AttachPendingRoles();

        // 4b. names in a speaker's place, even without a known given name: "Mayer said", "said Ed Alvarez",
        // "Richardson, via USA Today, said", "a déclaré Jean Dupont". The reporting verb vouches for a name.
        foreach (var (s, e, type) in SpeakerNames(text, folded))
        {
            if (!Free(taken, s, e)) continue;
            var surface = text[s..e];
            AddMention(Get("?" + surface, null, type, null, surface, s), s, e);
        }
        // 4d. role descriptions the KB could not resolve, by any office ("le maire du Havre", "Austria's interior minister",
        // "Michael Reed, the CEO of New Media Investment Group", "le préfet François-Xavier Bieuville"): a mention of the
        // person they describe, who gets the role and the country the description names
        RoleDescriptions();
        // 4e'. acronyms defined in the text ("la Cellule de coordination des actions de terrain (CCAT)"): one entity, the long
        // form's type (an organisation when the long form is new); then places of the gazetteer ("Cholet", "Maine-et-Loire")
        foreach (var (ls, le, acs, ace) in DefinedAcronyms(text))
        {
            Found? f = null;
            foreach (var x in found.Values) if (x.Mentions.Any(m => m.Start == ls && m.End == le)) { f = x; break; }
            if (f == null)
            {
                // a shorter unknown name at the long form's start gives way to it ("le Conseil national pour la sauvegarde de
                // la patrie (CNSP)", "Reporters sans frontières (RSF)"): the initials show where the name ends
                if (!Free(taken, ls, le) || OverlapsName(nameSpans, ls, le)) TakeOverForLongForm(ls, le);
                if (!Free(taken, ls, le) || OverlapsName(nameSpans, ls, le)) continue;
                var lastWord = text[(text.LastIndexOf(' ', le - 1, le - ls) + 1)..le];
                f = Get("?" + text[ls..le], null, _kb.LocationWords.Contains(lastWord) ? EntityTypes.Location : EntityTypes.Organization, null, text[ls..le], ls);
                AddMention(f, ls, le);
            }
            if (f.Type == EntityTypes.Person) continue;
            if (Free(taken, acs, ace) && !OverlapsName(nameSpans, acs, ace)) AddMention(f, acs, ace);
            // the acronym's other occurrences ("l’UNEF réclame …"); those an earlier rule already made an unknown
            // organisation or place of their own are the long form's too
            var acronym = text[acs..ace];
            if (found.TryGetValue("?" + acronym, out var alone) && alone != f && alone.Kb == null && alone.Type != EntityTypes.Person)
            {
                f.Mentions.AddRange(alone.Mentions);
                f.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
                f.Roles.AddRange(alone.Roles);
                f.First = Math.Min(f.First, alone.First);
                found.Remove(alone.Key);
            }
            for (int i = text.IndexOf(acronym, StringComparison.Ordinal); i >= 0; i = text.IndexOf(acronym, i + acronym.Length, StringComparison.Ordinal))
            {
                int e = i + acronym.Length;
                if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || (e < text.Length && char.IsLetterOrDigit(text[e]))) continue;
                if (Free(taken, i, e) && !OverlapsName(nameSpans, i, e)) AddMention(f, i, e);
            }
        }
        foreach (var (s, e, type, country) in GazetteerPlaces(text, folded, nameSpans, taken))
            if (Free(taken, s, e)) AddMention(Get("?" + text[s..e], null, type, country, text[s..e], s), s, e);
        // 4e. acronyms ("FNSEA", "PG&E"), teams ("the Sabres"), places after a preposition ("à Kourou", "in Hayward"),
        // then further occurrences of the unknown organisations and places found
        foreach (var (s, e, type) in LateNames(text, nameSpans, taken))
            if (Free(taken, s, e)) AddMention(Get("?" + text[s..e], null, type, null, text[s..e], s), s, e);
        // a place before a comma and its region ("Vannes, dans le Morbihan", "Holywood, Northern Ireland")
        foreach (var (s, e) in PlacesBeforeRegion(text, nameSpans, taken))
            if (Free(taken, s, e)) AddMention(Get("?" + text[s..e], null, EntityTypes.Location, null, text[s..e], s), s, e);
        RepeatUnknownNames();

        void TakeOverForLongForm(int ls, int le)
        {
            var inside = new List<(Found F, Mention M)>();
            foreach (var x in found.Values)
                foreach (var m in x.Mentions)
                    if (m.Start < le && m.End > ls)
                    {
                        // only unknown organisations and places lying inside, one of them at the start
                        if (x.Type == EntityTypes.Person || x.Kb != null || m.Start < ls || m.End > le) return;
                        inside.Add((x, m));
                    }
            if (!inside.Any(i => i.M.Start == ls)) return;
            foreach (var n in nameSpans) if (n.Start < le && n.End > ls && (n.Start < ls || n.End > le || n.Ref.Entity.Type == EntityTypes.Person)) return;
            foreach (var (x, m) in inside) { x.Mentions.Remove(m); taken.Remove(new TextSpan(m.Start, m.End)); }
            nameSpans.RemoveAll(n => n.Start >= ls && n.End <= le);
        }

        void RoleDescriptions()
        {
            var offices = officeMatches.Select(m => (m.Start, m.End))
                .Concat(_kb.Positions.FindLongest(text, folded).Select(m => (m.Start, m.End)))
                .Distinct().OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
            int covered = -1;
            foreach (var (os, oe) in offices)
            {
                if (os < covered) continue;
                covered = oe;
                if (!Free(taken, os, oe)) continue;
                if ((os > 0 && (TextFold.IsWordChar(text[os - 1]) || text[os - 1] == '-')) || (oe < text.Length && TextFold.IsWordChar(text[oe]))) continue;
                int rs = os, re = oe;
                string? country = null;
                bool possessive = false;
                var inner = new List<(Found F, Mention M)>();
                (Found F, Mention M)? MentionAt(Func<Mention, bool> where)
                {
                    foreach (var f in found.Values) foreach (var m in f.Mentions) if (where(m)) return (f, m);
                    return null;
                }
                // before: "Austria's interior minister", "Taliban spokesman", "US President", "Indiana State Teachers Association President"
                var left = MentionAt(m => m.End == os - 1 && text[m.End] == ' ' || m.End == os - 3 && IsPossessiveAt(text, m.End));
                if (left is { } l && l.F.Type != EntityTypes.Person)
                {
                    possessive = l.M.End == os - 3;
                    rs = l.M.Start;
                    inner.Add(l);
                }
                // a town or region the KB does not have before a capitalised office ("Maryland Governor Wes Moore")
                else if (left == null && char.IsUpper(text[os]) && PlaceRunBefore(text, os) is var pb && pb >= 0 && Free(taken, pb, os)) rs = pb;
                // a capitalised field before an English office ("Transport Minister Kostas Karamanlis", "Media Minister Catherine
                // Martin"): part of the title, not of the person's name
                else if (left == null && FieldWordBefore(text, os, oe) is var fw && fw >= 0 && Free(taken, fw, os)) rs = fw;
                // two offices of one holder joined by a coordinator ("its president and chief executive, X", "chairman and chief
                // executive"): one description to the second office's end
                if (oe + 1 < text.Length && text[oe] == ' ' && StartsWithAny(text, oe, Coordinators) is { } co)
                    foreach (var (s2, e2) in offices)
                        if (s2 == oe + co.Length && Free(taken, s2, e2) && (e2 >= text.Length || !TextFold.IsWordChar(text[e2]))) { re = e2; covered = e2; break; }
                // after: a demonym ("ministre russe"), then complements ("du Havre", "de la Culture", "of New Media Investment Group")
                if (MentionAt(m => m.Start == oe + 1 && text[oe] == ' ') is { } dem && dem.F.Type == EntityTypes.Location && dem.F.Kb?.Demonyms.Contains(dem.M.Text, StringComparer.OrdinalIgnoreCase) == true)
                {
                    re = dem.M.End;
                    inner.Add(dem);
                }
                while (re + 1 < text.Length && text[re] == ' ' && StartsWithAny(text, re + 1, ComplementJoiners) is { } j)
                {
                    int p = re + 1 + j.Length;
                    var cm = MentionAt(m => m.Start == p);
                    // a place whose mention left its administrative noun out ("le gouverneur de la région de Kharkiv")
                    if (cm == null && AfterAdministrativeNoun(text, p, text.Length) is var ap and > 0) cm = MentionAt(m => m.Start == ap);
                    if (cm is { } c && c.F.Type != EntityTypes.Person) { re = c.M.End; inner.Add(c); continue; }
                    if (IsCapitalised(text, p))
                    {
                        // a capitalised complement stops before a given name ("de l'Intérieur Bruno Retailleau")
                        int ce = p, w = p;
                        while (IsCapitalised(text, w) && !(w > p && IsGivenName(text[w..WordEnd(text, w)])))
                        {
                            ce = WordEnd(text, w);
                            if (ce + 1 < text.Length && text[ce] == ' ' && IsCapitalised(text, ce + 1)) w = ce + 1; else break;
                        }
                        if (ce == p || !Free(taken, p, ce)) break;
                        re = ce;
                        // lower-case adjectives after it: "des Affaires étrangères"
                        while (re + 1 < text.Length && text[re] == ' ' && char.IsLower(text[re + 1]))
                        {
                            int we = re + 1;
                            while (we < text.Length && char.IsLetter(text[we])) we++;
                            if (!IsSafeFrenchAdjective(folded[(re + 1)..we]) && folded[(re + 1)..we] is not ("etrangeres" or "etrangere")) break;
                            re = we;
                        }
                        continue;
                    }
                    // lower-case complements ("du musée", "du premier syndicat agricole") only before an apposed name, with
                    // their own complement or name ("de l'hôpital de Morlaix, Anne Le Goff,", "de la région Bretagne, …")
                    int le = p, words = 0;
                    while (words < 3 && le < text.Length && char.IsLower(text[le]))
                    {
                        int we = le;
                        while (we < text.Length && char.IsLetter(text[we])) we++;
                        words++;
                        if (ApposedNameAt(we)) { re = we; break; }
                        if (we >= text.Length || text[we] != ' ') break;
                        if (ComplementNameBeforeApposition(we) is var ne && ne > 0) { re = ne; break; }
                        le = we + 1;
                    }
                    break;
                }
                // an office ending in a place noun, its place's name and an apposed name ("Le président de la région Bretagne, Loïg
                // Chesnais-Girard, a …")
                if (re == oe && re < text.Length && text[re] == ' ' && PreviousWord(folded, oe) is var last && last.Length > 0
                    && _kb.PlaceNounsBefore.Contains(text[last.Start..last.End]) && ComplementNameBeforeApposition(re) is var pe && pe > 0) re = pe;
                // modifiers after the office: "par intérim", "adjoint", "démissionnaire" ("sa directrice générale par intérim")
                while (re + 1 < text.Length && text[re] == ' ' && StartsWithAny(text, re + 1, RoleModifiers) is { } mod
                    && (re + 1 + mod.Length >= text.Length || !char.IsLetter(text[re + 1 + mod.Length]))) re += 1 + mod.Length;
                // the names inside a complement before an apposed name ("l'hôpital de Morlaix", "la région Bretagne") are the places
                // or organisations they are, whatever the comma after them made of them
                if (re > oe) inner.AddRange(InnerNames(oe, re, inner));
                foreach (var (f, m) in inner) if (f.Kb?.Country is { } cc && f.Type == EntityTypes.Location) country ??= cc;
                var det = PreviousWord(folded, rs);
                int ds = rs;
                bool definite = possessive;
                if (!possessive && det.Length > 0)
                {
                    var d = det;
                    if (_kb.RoleBlockers.Contains(d.Word) && PreviousWord(folded, d.Start) is var d2 && d2.Length > 0) d = d2;
                    if (Definite.Contains(d.Word) && !Contracted.Contains(d.Word) && d.Word is not ("les" or "ses" or "ce" or "cette")) { definite = true; ds = d.Start; }
                }
                // "The corporation's chair", "the union's general secretary": "the", a lower-case noun and its possessive before the office
                if (!definite && left == null && rs == os && rs >= 8 && text[rs - 1] == ' ' && IsPossessiveAt(text, rs - 3)
                    && PreviousWord(folded, rs - 3) is var owner && owner.Length >= 3 && char.IsLower(text[owner.Start])
                    && PreviousWord(folded, owner.Start) is var the && the.Word == "the")
                {
                    definite = possessive = true;
                    ds = the.Start;
                }
                if (definite && PreviousWord(folded, ds) is var cop && Copulas.Contains(cop.Word)) continue;
                // the person: a name right after (", " or " "), or before the description (", le PDG de …")
                Found? person = null;
                int k = re;
                if (k < text.Length && text[k] == ',') k++;
                if (k < text.Length && text[k] == ' ') k++;
                if (k > re && k < text.Length && IsCapitalised(text, k))
                {
                    if (MentionAt(m => m.Start == k) is { } pm && pm.F.Type == EntityTypes.Person) person = pm.F;
                    else
                    {
                        int ne = CapitalisedRunEnd(text, k, 4);
                        if (ne > k && text[ne - 1] == '.') ne--;
                        var words = text[k..ne].Split(' ');
                        bool plausible = !words.Any(w => _kb.NotNames.Contains(w) || _kb.OrganizationWords.Contains(w) || _kb.LocationWords.Contains(w))
                            && (words.Length >= 2 || (words[0].Length >= 3 && k == re + 1 && IsGivenName(words[0]) == false));
                        if (plausible && Free(taken, k, ne) && !OverlapsName(nameSpans, k, ne)) { person = NewPerson(k, ne); AddMention(person, k, ne); }
                    }
                }
                // an apposition after the name closes where it ends ("Michael Reed, the CEO of …, said"); "Selon X, le ministre a
                // démissionné" is a new clause
                bool closes = re >= text.Length || text[re] is ',' or '.' or ';' or ')' or ':' || StartsWithAny(text, re, [" et ", " and ", " —", " –"]) != null;
                if (person == null && definite && closes && ds >= 2 && text[ds - 1] == ' ' && text[ds - 2] == ',' && MentionAt(m => m.End == ds - 2) is { } before && before.F.Type == EntityTypes.Person)
                    person = before.F;
                bool described = rs < os || re > oe || possessive;
                if (person == null && !(definite && described)) continue;
                var roleText = text[rs..re];
                // a description without a name is the person the document names with that office elsewhere
                // ("Austria's interior minister said … Interior Minister Wolfgang Peschorn")
                if (person == null)
                {
                    var office = TextFold.Fold(text[os..oe]);
                    person = found.Values.FirstOrDefault(f => f.Type == EntityTypes.Person && f.Roles.Any(r => TextFold.Fold(r).Contains(office, StringComparison.Ordinal)))
                        ?? PersonNamedWithOffice(os, oe);
                }
                person ??= Get("?" + StripDeterminer(text[ds..re]).ToLowerInvariant(), null, EntityTypes.Person, null, text[ds..re], ds);
                int start = person.Mentions.Count > 0 && !definite ? rs : ds;
                // places and demonyms inside a description qualify it and are not mentions of their own; organisations stay,
                // but a name the KB does not know in the complement of an office of a place is that place ("the mayor of Dunmore"),
                // unless a head word makes it an organisation ("le gouverneur de la Banque de France")
                bool placeOffice = OfficesOfPlaces.Contains(TextFold.Fold(text[os..oe]));
                foreach (var (f, m) in inner)
                    if (f.Type == EntityTypes.Location || (placeOffice && f.Kb == null && f.Type == EntityTypes.Organization && m.Start >= oe
                        && !m.Text.Split(' ', '-').Any(_kb.OrganizationWords.Contains)))
                    { f.Mentions.Remove(m); taken.RemoveAll(t => t.Start == m.Start && t.End == m.End); }
                // a bare title before a name ("Judge Adrienne Nelson", "Governor Wes Moore") is not part of the mention, nor one of its own
                if (!definite && !described && _kb.PersonTitles.Contains(text[os..oe]))
                {
                    var title = text[os..oe];
                    if (!person.Roles.Contains(title, StringComparer.OrdinalIgnoreCase)) person.Roles.Add(title);
                    continue;
                }
                var span = new TextSpan(start, re);
                if (taken.Any(t => t.Overlaps(span) && !(t.Start >= start && t.End <= re))) continue;
                taken.Add(span);
                person.Mentions.Add(new Mention(start, re, text[start..re]));
                if (person.Kb == null) person.Country ??= country;
                var role = StripDeterminer(roleText);
                if (!person.Roles.Contains(role, StringComparer.OrdinalIgnoreCase)) person.Roles.Add(role);
            }
        }

        // an abbreviated title at i, with its dot ("Gen.", "Sen.", "Lt."; person-titles.txt)
        bool AbbreviatedTitleAt(int i)
        {
            int we = WordEnd(text, i);
            return we < text.Length && text[we] == '.' && _kb.PersonTitles.Contains(text[i..(we + 1)]);
        }

        // ", Name" after position i: a capitalised word after a comma and a space
        bool ApposedNameAt(int i) => i + 2 < text.Length && text[i] == ',' && text[i + 1] == ' ' && IsCapitalised(text, i + 2);

        // at the space at i, an optional "de" joiner and a capitalised name of one to four words followed by an apposed name:
        // the name's end, or -1
        int ComplementNameBeforeApposition(int i)
        {
            if (i + 1 >= text.Length || text[i] != ' ') return -1;
            int p = i + 1;
            if (StartsWithAny(text, p, FrenchOfJoiners) is { } j) p += j.Length;
            if (!IsCapitalised(text, p)) return -1;
            int ne = CapitalisedRunEnd(text, p, 4);
            if (ne <= p) return -1;
            // French adjectives after the name ("du comité Nobel norvégien, Berit Reiss-Andersen"): part of the complement
            int ae = ne;
            for (int n = 0; n < 2 && !ApposedNameAt(ae) && ae + 1 < text.Length && text[ae] == ' ' && char.IsLower(text[ae + 1]); n++)
            {
                int we = ae + 1;
                while (we < text.Length && char.IsLetter(text[we])) we++;
                if (!IsSafeFrenchAdjective(folded[(ae + 1)..we])) break;
                ae = we;
            }
            if (!ApposedNameAt(ae) || IsGivenName(text[p..WordEnd(text, p)])) return -1;
            // not a person's name that the apposition describes ("le président de la région, Loïg Chesnais-Girard")
            foreach (var f in found.Values) foreach (var m in f.Mentions) if (f.Type == EntityTypes.Person && m.Start < ne && m.End > p) return -1;
            return ae;
        }

        // the mentions inside [s, e) not yet in inner, with a town or region typed an organisation by its context made a place again
        List<(Found F, Mention M)> InnerNames(int s, int e, List<(Found F, Mention M)> inner)
        {
            var names = new List<(Found F, Mention M)>();
            foreach (var f in found.Values.ToList())
                foreach (var m in f.Mentions.ToList())
                {
                    if (m.Start < s || m.End > e || f.Type == EntityTypes.Person || inner.Any(x => x.M == m)) continue;
                    if (f.Kb == null && f.Type == EntityTypes.Organization && _kb.IsGazetteerPlace(m.Text.AsSpan(), out _))
                    {
                        f.Mentions.Remove(m);
                        taken.RemoveAll(t => t.Start == m.Start && t.End == m.End);
                        continue;
                    }
                    names.Add((f, m));
                }
            return names;
        }

        // a person named right after the same office phrase elsewhere in the text ("Interior Minister Wolfgang Peschorn")
        Found? PersonNamedWithOffice(int os, int oe)
        {
            var office = folded[os..oe];
            int i = 0;
            while ((i = folded.IndexOf(office, i + 1, StringComparison.Ordinal)) >= 0 && i != os)
            {
                int k = i + office.Length;
                if (k < text.Length && text[k] == ',') k++;
                if (k < text.Length && text[k] == ' ') k++;
                foreach (var f in found.Values)
                    if (f.Type == EntityTypes.Person && f.Mentions.Any(m => m.Start == k)) return f;
            }
            return null;
        }

        void RepeatUnknownNames()
        {
            foreach (var f in found.Values.Where(f => f.Kb == null && f.Type != EntityTypes.Person && f.Mentions.Count > 0).ToList())
            {
                var name = f.Mentions[0].Text;
                if (name.Length < 3 || char.IsLower(name[0])) continue;
                int i = 0;
                while ((i = text.IndexOf(name, i, StringComparison.Ordinal)) >= 0)
                {
                    int e = i + name.Length;
                    bool word = (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (e >= text.Length || !char.IsLetterOrDigit(text[e]));
                    // not a part of a longer name ("Dubai" in "the Dubai Air Show")
                    bool longer = (e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1]))
                        || (i >= 2 && text[i - 1] == ' ' && PreviousWord(text, i) is var pw && pw.Length > 1 && char.IsUpper(pw.Word[0]) && !_kb.NotNames.Contains(pw.Word) && !IsSentenceStart(text, pw.Start));
                    if (word && !longer && Free(taken, i, e)) AddMention(f, i, e);
                    i = e;
                }
            }
        }

        // 4c. names proposed by the statistical mention model, when one is chosen (PARALLAX_NER; EntityStage.Model.cs)
        // (the knowledge base's names are matched again only for the model: no scan of the text without one)
        if (_model != null) AddModelMentions(doc, folded, _kb.Names.FindLongest(text, folded), found.Values, taken, (type, surface, s) => Get("?" + surface, null, type, null, surface, s), AddMention, LinkLoneNames);
        LinkLoneNames();
        AttachPendingRoles();

        void AttachPendingRoles()
        {
            foreach (var (roleStart, roleEnd, role, country) in pendingRoles)
                foreach (var f in found.Values.ToList())
                {
                    if (f.Kb != null || f.Type != EntityTypes.Person || !f.Mentions.Any(m => m.Start > roleEnd && m.Start - roleEnd <= 2)) continue;
                    f.Country ??= country;
                    if (!f.Roles.Contains(role, StringComparer.OrdinalIgnoreCase)) f.Roles.Add(role);
                    // the role before the name is a mention of them too, as for people the KB knows ("Labour Party leader Jeremy Corbyn")
                    // (an organisation named inside keeps its own mention: the one case where mentions nest)
                    var span = new TextSpan(roleStart, roleEnd);
                    if (f.Mentions.Any(m => m.Start == roleStart) || taken.Any(t => t.Overlaps(span) && !(t.Start >= roleStart && t.End <= roleEnd))) continue;
                    taken.Add(span);
                    f.Mentions.Add(new Mention(roleStart, roleEnd, text[roleStart..roleEnd]));
                }
        }

        // 4f. a compass word before a place names a part of it, a place of its own ("West Texas", "North Africa",
        // "Southern California"), without the whole's link; a place before "-based"/"-born" is a mention ("a Denver-based
        // company") — EntityStage.Places.cs
        foreach (var f in found.Values.Where(f => f.Type == EntityTypes.Location).ToList())
            foreach (var m in f.Mentions.ToList())
            {
                if (f.Kb?.Demonyms.Contains(m.Text, StringComparer.OrdinalIgnoreCase) == true) continue;
                int cs = CompassBefore(text, m.Start);
                if (cs < 0 || !Free(taken, cs, m.Start - 1)) continue;
                f.Mentions.Remove(m);
                taken.Remove(new TextSpan(m.Start, m.End));
                var part = text[cs..m.End];
                AddMention(Get("?" + part, null, EntityTypes.Location, f.Country, part, cs), cs, m.End);
            }
        foreach (var (cs, ce, placeCountry) in CompassGazetteerPlaces(text))
            if (Free(taken, cs, ce)) AddMention(Get("?" + text[cs..ce], null, EntityTypes.Location, placeCountry, text[cs..ce], cs), cs, ce);
        int suffixDone = -1;
        foreach (var (s, e) in PlacesBeforeSuffix(text))
        {
            if (e == suffixDone || !Free(taken, s, e)) continue;
            var kbPlace = _kb.Names.FindAll(text, folded, s, e).FirstOrDefault(m => m.Start == s && m.End == e && m.Value.Entity.Type == EntityTypes.Location
                && !m.Value.Demonym && CaseFits(text[s..e], m.Value)).Value.Entity;
            if (kbPlace != null) AddMention(Get(kbPlace.Name, kbPlace, kbPlace.Type, kbPlace.Country, kbPlace.Name, s), s, e);
            else if (_kb.IsGazetteerPlace(text.AsSpan(s, e - s), out _, out var placeCountry)) AddMention(Get("?" + text[s..e], null, EntityTypes.Location, placeCountry, text[s..e], s), s, e);
            else continue;
            suffixDone = e;
        }

        // an organisation's own part standing alone ("Mouvement Desjardins … Desjardins"), then one name, one type: a town the
        // document uses for its team elsewhere is the team (EntityStage.Consistency.cs)
        OrganisationShortNames(text, found.Values, nameSpans, taken, AddMention);
        RetypeLikeOrganisations(text, folded, found.Values);
        // a person's name that opens with a word only places open with is a place ("Fort Myers"; EntityStage.PlaceNameEdges.cs)
        RetypePlaceFirstWordNames(text, found.Values);

        // competitions named with an organisation's head word ("la Ligue des champions", "the Champions League") are events
        foreach (var f in found.Values)
            if (f.Kb == null && f.Type == EntityTypes.Organization && f.Mentions.Count > 0 && CompetitionNames.Contains(TextFold.Fold(f.Surface).ToLowerInvariant()))
                f.Mentions.Clear();

        // 5. capitals and countries named only by their demonym stay places; demonyms inside a resolved role do not count
        var entities = ImmutableArray.CreateBuilder<Entity>();
        int id = 0;
        // agencies the article credits in the source line extraction removed ("Source: agence tass"): no mention in the text
        foreach (var (credited, where) in CreditedSources(doc))
        {
            var f = Get(credited.Name, credited, credited.Type, credited.Country, credited.Name, int.MaxValue);
            if (f.Mentions.Count == 0 && !f.Roles.Contains("source")) f.Roles.Add("source");
            // the credit's own words in the removed line: every entity points to source text
            if (!f.Removed.Contains(where)) f.Removed.Add(where);
        }
        foreach (var f in found.Values.Where(f => f.Mentions.Count > 0 || f.Roles.Contains("source")).OrderBy(f => f.Mentions.Count > 0 ? f.Mentions.Min(m => m.Start) : int.MaxValue))
        {
            entities.Add(new Entity
            {
                Id = $"e{++id}",
                Kb = f.Kb?.Qid,
                Name = f.Kb?.Name ?? f.Surface,
                Type = f.Type,
                Country = f.Country,
                Roles = [.. f.Roles],
                Mentions = [.. f.Mentions.OrderBy(m => m.Start)],
                RemovedMentions = [.. f.Removed],
            });
        }
        // 6. role descriptions nothing above resolved ("le Premier ministre", "le porte-parole du gouvernement"): their holder
        // on the publication date, through the one role resolver
        return doc with { Entities = _roles.LinkDescriptions(entities.ToImmutable(), text, folded, doc.Language, doc.Published, officeMatches) };
    }

    /// <summary>
    /// A capitalised demonym used as a noun for one person, not before a name ("l’Espagnol s’est imposé", "selon
    /// l’Italien"): in French, a demonym the KB writes in lower case (the adjective) but the text capitalises, singular.
    /// Plural groups ("les Ukrainiens", "Palestinians blamed Israel") stay mentions of the country: the Events stage takes
    /// them as the country's side (PLOVER actors), and an English singular cannot be told from the adjective ("the
    /// Russian army").
    /// </summary>
    static bool IsNationalityNoun(string text, int start, int end, NameRef r, string? language)
    {
        if (language != "fr") return false;
        var surface = text[start..end];
        if (!char.IsUpper(surface[0]) || surface.Contains(' ')) return false;
        // before a name: "le Slovène Tadej Pogačar"
        int k = end;
        while (k < text.Length && text[k] == ' ') k++;
        if (k > end && k < text.Length && char.IsUpper(text[k])) return false;
        var folded = TextFold.Fold(surface);
        if (!r.Entity.Demonyms.Any(d => d.Length > 0 && char.IsLower(d[0]) && TextFold.Fold(d) == folded)) return false;
        // a plural: after "les", "des", "aux", "ces", or the singular with an "s"/"x"
        var prev = PreviousWord(text, start);
        if (prev.Word is "les" or "Les" or "des" or "Des" or "aux" or "Aux" or "ces" or "Ces" or "deux" or "nos" or "leurs") return false;
        if (folded.Length > 3 && folded[^1] is 's' or 'x' && r.Entity.Demonyms.Any(d => TextFold.Fold(d) == folded[..^1])) return false;
        return true;
    }

    /// <summary>The order in which the KB's names of one span are preferred: a name, then a surname, then a demonym.</summary>
    static int NameRank(NameRef r) => (r.Demonym ? 2 : 0) + (r.Surname ? 1 : 0);

    /// <summary>Proper names need their capital: "Trump" but not "trump"; short all-caps aliases ("US", "UE") must match exactly.</summary>
    static bool CaseFits(string surface, NameRef r)
    {
        // demonyms: French ones are written in lower case ("russe"), English ones are not ("Polish", not "polish")
        if (r.Demonym) return char.IsUpper(surface[0]) || r.Entity.Demonyms.Any(d => d.Length > 0 && char.IsLower(d[0]) && TextFold.Fold(d) == TextFold.Fold(surface));
        // a name or alias the KB itself writes in lower case ("agence TASS", "l'Élysée", "al-Qaeda") may appear so
        if (!char.IsUpper(surface[0]) && r.Entity.Aliases.Prepend(r.Entity.Name).Any(a => a.Length > 0 && char.IsLower(a[0]) && TextFold.Fold(a) == TextFold.Fold(surface))) return true;
        if (surface.Length <= 3 && surface.All(c => !char.IsLower(c))) return r.Entity.Aliases.Contains(surface) || r.Entity.Name == surface;
        // a short form the KB writes only in capitals ("UN", "US") is not matched by a word in other case ("Un homme", "Us")
        if (surface.Length <= 3 && ShortFormInCapitalsOnly(surface, r.Entity)) return false;
        if (!(char.IsUpper(surface[0]) || !char.IsLetter(surface[0]) || surface.StartsWith("l'") || surface.StartsWith("l’") || surface.StartsWith("le ") || surface.StartsWith("la "))) return false;
        return WordsCaseFit(surface, r.Entity);
    }

    /// <summary>Whether every KB form of the entity with the surface's letters is written in capitals (and the surface is not).</summary>
    static bool ShortFormInCapitalsOnly(string surface, KbEntity e)
    {
        var folded = TextFold.Fold(surface);
        bool caps = false;
        foreach (var form in e.Aliases.Prepend(e.Name))
        {
            if (form.Length != surface.Length || TextFold.Fold(form) != folded) continue;
            if (form.Any(char.IsLower)) return false;
            caps = true;
        }
        return caps;
    }

    /// <summary>
    /// A name of several words needs the capitals its KB form has after the first word: "Russia Today" is the channel,
    /// "Russia today announced" is the country and a date. Any one name or alias with the same words whose capitals the
    /// surface keeps is enough (a surface in capitals throughout keeps them all); a surface no KB form spells with the same
    /// letters (other apostrophes, hyphens) is not judged.
    /// </summary>
    static bool WordsCaseFit(string surface, KbEntity e)
    {
        if (surface.IndexOf(' ') < 0) return true;
        var folded = TextFold.Fold(surface);
        bool any = false;
        foreach (var form in e.Aliases.Prepend(e.Name))
        {
            if (form.Length != surface.Length || TextFold.Fold(form) != folded) continue;
            any = true;
            bool fits = true;
            for (int i = 1; i < form.Length && fits; i++)
                if (form[i - 1] == ' ' && char.IsUpper(form[i]) && !char.IsUpper(surface[i])) fits = false;
            if (fits) return true;
        }
        return !any;
    }

    /// <summary>The length of a leading article and its space ("le ", "the ", "l'"), 0 when there is none.</summary>
    static int LeadingArticle(string surface)
    {
        foreach (var a in (ReadOnlySpan<string>)["le ", "la ", "les ", "l'", "l’", "the "])
            if (surface.Length > a.Length && surface.StartsWith(a, StringComparison.OrdinalIgnoreCase)) return a.Length;
        return 0;
    }

    static bool IsSentenceStart(string text, int pos)
    {
        int i = pos - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '»' or '”' or '"' || text[i] == '\n';
    }

    /// <summary>Whether a capitalised name (two words, or one that is not a sentence opener) follows right after <paramref name="pos"/>.</summary>
    static bool NamedAfter(string text, int pos)
    {
        int i = pos;
        if (i < text.Length && text[i] == ',') i++;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || i - pos > 2 || !char.IsUpper(text[i])) return false;
        int e = i;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] is '-' or '.')) e++;
        return e - i >= 2 && e < text.Length && text[e] == ' ' && e + 1 < text.Length && char.IsUpper(text[e + 1]);
    }

    /// <summary>The words between two spans, trimmed; "?" when they are out of order or too far apart to be joined.</summary>
    static string Gap(string folded, int from, int to) => to < from || to - from > 24 ? "?" : folded[from..to].Trim();

    static readonly string[] DescriptionDeterminers = FunctionWords.FollowedBySpace("description-determiners");

    static string StripDeterminer(string role)
    {
        foreach (var d in DescriptionDeterminers)
            if (role.StartsWith(d, StringComparison.OrdinalIgnoreCase)) return role[d.Length..];
        return role;
    }

    readonly record struct Word(int Start, int End, string Text)
    {
        public int Length => End - Start;
        public string Word_ => Text;
    }

    /// <summary>
    /// The hyphenated word around the hyphen at <paramref name="h"/> when every part is capitalised and one is an acronym of
    /// two to six capitals ("Ferc-CGT", "SUD-Rail", "N-VA"); (0, 0) otherwise.
    /// </summary>
    static (int Start, int End) AcronymCompound(string text, int h)
    {
        int ts = h, te = h + 1;
        while (ts > 0 && (TextFold.IsWordChar(text[ts - 1]) || text[ts - 1] == '-')) ts--;
        while (te < text.Length && (TextFold.IsWordChar(text[te]) || (text[te] == '-' && te + 1 < text.Length && char.IsLetter(text[te + 1])))) te++;
        if (ts > 0 && (text[ts - 1] is '\'' or '’' && ts >= 2 && char.IsUpper(text[ts - 2]) || char.IsDigit(text[ts - 1]))) return (0, 0);
        bool acronym = false;
        for (int p = ts; p < te;)
        {
            int pe = text.IndexOf('-', p, te - p);
            if (pe < 0) pe = te;
            if (pe == p || !char.IsUpper(text[p])) return (0, 0);
            bool caps = pe - p >= 2 && pe - p <= 6;
            for (int c = p; c < pe && caps; c++) caps = char.IsUpper(text[c]);
            for (int c = p; c < pe; c++) if (char.IsDigit(text[c])) return (0, 0);
            acronym |= caps;
            p = pe + 1;
        }
        return acronym ? (ts, te) : (0, 0);
    }

    /// <summary>
    /// A word of a text by its offsets. Its string is built only where a rule reads <see cref="Word"/>, and then
    /// taken from a per-thread pool of the words already seen, so that the many look-ups at a candidate's edges
    /// allocate nothing.
    /// </summary>
    readonly struct EdgeWord(string s, int start, int end)
    {
        public int Start => start;
        public int End => end;
        public int Length => end - start;
        public string Word => s is null ? null! : WordPool.Get(s, start, end - start);
    }

    /// <summary>The strings of words already read, per thread, looked up by span (cleared when it grows large).</summary>
    static class WordPool
    {
        [ThreadStatic] static HashSet<string>? t_set;
        [ThreadStatic] static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> t_lookup;

        public static string Get(string s, int start, int length)
        {
            if (length == 0) return "";
            if (t_set is null)
            {
                t_set = new HashSet<string>(StringComparer.Ordinal);
                t_lookup = t_set.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            var span = s.AsSpan(start, length);
            if (t_lookup.TryGetValue(span, out var w)) return w;
            if (t_set.Count >= 8192) t_set.Clear();
            w = span.ToString();
            t_set.Add(w);
            return w;
        }
    }

    static EdgeWord PreviousWord(string s, int pos)
    {
        int i = pos - 1;
        while (i >= 0 && s[i] == ' ') i--;
        int end = i + 1;
        if (i >= 0 && s[i] is '\'' or '’') { i--; }
        while (i >= 0 && (TextFold.IsWordChar(s[i]) || s[i] is '.' or '-')) i--;
        return new EdgeWord(s, i + 1, end);
    }

    static EdgeWord NextWord(string s, int pos)
    {
        int i = pos;
        while (i < s.Length && s[i] == ' ') i++;
        int st = i;
        while (i < s.Length && TextFold.IsWordChar(s[i])) i++;
        return new EdgeWord(s, st, i);
    }

    /// <summary>Runs of capitalised words (2+ words, or single words with <paramref name="single"/>), not starting a sentence's first word unless it is a given name.</summary>
    static IEnumerable<(int Start, int End)> CapitalisedRuns(string text, bool single = false)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && TextFold.IsWordChar(text[i - 1]))) { i++; continue; }
            int s = i, words = 0, end = i;
            while (i < text.Length && char.IsUpper(text[i]))
            {
                int w = i;
                while (i < text.Length && (TextFold.IsWordChar(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                // an Irish or Italian family name with an apostrophe after its capital ("O'Brien", "O’Gara", "D'Angelo"),
                // not a French elision at a sentence's start ("D’Alger")
                if (i == w + 1 && i + 2 < text.Length && text[w] is 'O' or 'D' && text[i] is '\'' or '’' && char.IsUpper(text[i + 1])
                    && char.IsLower(text[i + 2]) && (text[w] == 'O' || (words > 0 && !IsSentenceStart(text, w))))
                {
                    i += 2;
                    while (i < text.Length && (TextFold.IsWordChar(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                }
                // a middle initial inside a name ("Elizabeth A. Burton"), not at its end
                if (!single && i - w == 1 && words > 0 && i + 2 < text.Length && text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2])) { i += 2; continue; }
                if (i - w < 2) break;
                words++;
                end = i;
                if (single) break;
                if (i < text.Length && text[i] == ' ' && i + 1 < text.Length && char.IsUpper(text[i + 1])) { i++; continue; }
                break;
            }
            if (words >= (single ? 1 : 2)) yield return (s, end);
            if (i == s) i++;
        }
    }

    /// <summary>
    /// Capitalised runs of one to four words right before a reporting verb (optionally with an apposition between:
    /// "Mayer, Disney’s chairman, said") or right after one ("said Ed Alvarez", "a déclaré Jean Dupont").
    /// A single sentence-initial word must look like a name: not a common word of the text, not a plural noun.
    /// </summary>
    IEnumerable<(int Start, int End, string Type)> SpeakerNames(string text, string folded)
    {
        var all = Parallax.Quotes.ReportingVerbs.Matcher.FindLongest(text, folded);
        var verbs = all.Where(v => v.Value.Kind is "verb" or "after").ToList();
        if (all.Count == 0) yield break;
        var verbStarts = verbs.Select(v => v.Start).ToHashSet();
        // names after a verb ("said Ed Alvarez") or after "according to" / "selon" ("according to InfoNation")
        var verbEnds = all.Select(v => v.End).ToHashSet();
        foreach (var (s0, e) in NameRuns(text))
        {
            // drop leading non-names ("The", "Asked") from the run
            int s = s0;
            while (s < e)
            {
                int we = s;
                while (we < e && text[we] != ' ') we++;
                if (!NotNameSet.Contains(text.AsSpan(s, we - s))) break;
                s = we + 1;
            }
            if (s >= e) continue;
            // the run's words, by span: most runs stop here, before any string is built
            int wordCount = 0;
            bool notName = false;
            for (int p = s; ; p++)
            {
                int we = text.IndexOf(' ', p, e - p);
                if (we < 0) we = e;
                wordCount++;
                if (notName = NotNameSet.Contains(text.AsSpan(p, we - p))) break;
                if ((p = we) == e) break;
            }
            if (notName) continue;
            // an English people's name after "the" or an age ("the Spaniard told", "the 24-year-old Serb said") describes a
            // person named elsewhere; it is no name of its own (the Quotes stage resolves it to that person)
            if (wordCount == 1 && folded.AsSpan(0, s).TrimEnd() is var head && (head.EndsWith(" the") || head.EndsWith("-old"))
                && Parallax.Quotes.SpeakerCoref.EnglishDemonymNouns.Value.Contains(TextFold.Fold(text[s..e]))) continue;
            // before a verb, directly or after an apposition ", …,"
            int k = e;
            while (k < text.Length && text[k] == ' ') k++;
            bool before = verbStarts.Contains(k);
            // a name governed by a preposition and followed by an apposition is not the verb's subject: "l’aéroport de
            // Notre-Dame-des-Landes, au nord de Nantes, a annoncé le ministre", "the university, in Cambridge, Massachusetts, called"
            bool governed = GoverningPrepositions.Contains(PreviousWord(text, s).Word);
            if (!before && !governed && k < text.Length && text[k] == ',')
            {
                int close = text.IndexOf(',', k + 1);
                if (close > 0 && close - k < 120 && !text.AsSpan(k, close - k).ContainsAny(".;:«»“”\"\n"))
                {
                    int v = close + 1;
                    while (v < text.Length && text[v] == ' ') v++;
                    before = verbStarts.Contains(v);
                }
            }
            // after a verb: "said Ed Alvarez", then the end of the clause
            int b = s;
            while (b > 0 && text[b - 1] == ' ') b--;
            bool after = verbEnds.Contains(b) && (e >= text.Length || text[e] is ',' or '.' or ';' or ':' or ')' or '\n');
            if (!before && !after) continue;
            var words = text[s..e].Split(' ');
            bool acronym = words.Length == 1 && words[0].Length >= 3 && words[0].All(c => char.IsUpper(c) || c == '.');
            var prevWord = PreviousWord(folded, s).Word;
            bool afterArticle = prevWord is "the" or "le" or "la" or "l'" or "les";
            if (words.Length == 1 && !acronym)
            {
                var w = words[0];
                if (w.Length < 3) continue;
                bool sentenceStart = IsSentenceStart(text, s) || s == 0 || text[s - 1] == '\n';
                // a common word of this text capitalised at a sentence start ("Officials said")
                if (sentenceStart && ContainsWord(text, w.ToLowerInvariant())) continue;
            }
            // "NASA said", "the Taliban said", "Fort Worth Police Department said": organisations; other names are people
            // a single word that is neither a given name nor a family name, subject of the verb, is a company or a body the
            // text names alone ("Sanofi a annoncé", "Starbucks said"): news introduce people by their full name first, and
            // the lone names of people already found are theirs (step 5)
            // (a KB person's lone surname stays a person: "Pompeo said" before any "Mike Pompeo")
            bool unknownSingle = before && words.Length == 1 && !acronym && !IsGivenName(words[0]) && !_kb.Surnames.Contains(words[0])
                && !IsKbPersonName(words[0]);
            var type = acronym || afterArticle || unknownSingle || words.Any(_kb.OrganizationWords.Contains) ? EntityTypes.Organization : EntityTypes.Person;
            yield return (s, e, type);
        }
    }

    /// <summary>Whether the whole of <paramref name="word"/> is a name or alias of a person in the knowledge base.</summary>
    bool IsKbPersonName(string word) =>
        _kb.Names.FindAll(word).Any(m => m.Start == 0 && m.End == word.Length && m.Value.Entity.Type == EntityTypes.Person);

    /// <summary>Whether one of the surnames is within two edits of the folded word (same first letter, length within two).</summary>
    static bool CloseSurname(HashSet<string> surnames, string fw)
    {
        foreach (var sn in surnames)
            if (sn.Length > 0 && sn[0] == fw[0] && Math.Abs(sn.Length - fw.Length) <= 2 && EditDistance(sn, fw) <= 2) return true;
        return false;
    }

    static bool ContainsWord(string text, string word)
    {
        int i = 0;
        while ((i = text.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            bool startOk = i == 0 || !char.IsLetter(text[i - 1]);
            bool endOk = i + word.Length >= text.Length || !char.IsLetter(text[i + word.Length]);
            if (startOk && endOk) return true;
            i += word.Length;
        }
        return false;
    }

    /// <summary>Maximal runs of capitalised words (letters, hyphens, apostrophes, initials like "W.") separated by single spaces.</summary>
    static IEnumerable<(int Start, int End)> NameRuns(string text, int maxWords = 4)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '’' or '-'))) { i++; continue; }
            int s = i, end = i, words = 0;
            while (i < text.Length && char.IsUpper(text[i]) && words < maxWords)
            {
                int w = i;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                if (i < text.Length && text[i] == '.' && i - w == 1)
                {
                    i++; // an initial, or a dotted abbreviation of initials: "U.N.", "U.S.", "E.U."
                    while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]))) i += 2;
                }
                if (i - w < 2) break;
                // possessives are not part of the name: "Disney’s"
                if (i - w > 2 && text[i - 2] is '\'' or '’' && text[i - 1] == 's') { end = i - 2; words++; break; }
                words++;
                end = i;
                if (i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1])) { i++; continue; }
                // "Pacific Gas & Electric": an ampersand joins the words of a name
                if (i + 3 < text.Length && text[i] == ' ' && text[i + 1] == '&' && text[i + 2] == ' ' && char.IsUpper(text[i + 3])) { i += 3; continue; }
                break;
            }
            if (words > 0 && end > s) yield return (s, end);
            if (i == s) i++;
        }
    }

    /// <summary>Whether a person's name or one of its aliases starts with this given name, or a spelling of it within edit distance 2 ("Volodimir").</summary>
    static bool SameGivenName(KbEntity e, string given)
    {
        var g = TextFold.Fold(given);
        foreach (var n in e.Aliases.Prepend(e.Name))
        {
            int sp = n.IndexOf(' ');
            if (sp <= 0) continue;
            var first = TextFold.Fold(n.AsSpan(0, sp));
            if (first == g || (Math.Abs(first.Length - g.Length) <= 2 && EditDistance(first, g) <= 2)) return true;
        }
        return false;
    }

    /// <summary>
    /// The part before "and" of a public body's name joined by "and" ("Australian Securities and Investments Commission"):
    /// two or three capitalised words, none of them a given name, a family name, a non-name, a head word of an
    /// organisation or a place, or a title, and no KB name in it but a demonym at its start ("Canadian"), so that two
    /// names joined by "and" stay two ("Kent Police and Border Force", "Northern Ireland and Irish Football Association").
    /// </summary>
    bool CoordinatedNamePart(string text, int s, int e, List<(int Start, int End, NameRef Ref)> nameSpans)
    {
        int count = 0;
        for (int w = s; w < e; w = WordEnd(text, w) + 1)
        {
            var word = text[w..WordEnd(text, w)];
            if (++count > 3 || word.Length < 2 || !char.IsUpper(word[0]) || word.All(char.IsUpper) || IsGivenName(word) || _kb.Surnames.Contains(word) || _kb.NotNames.Contains(word)
                || _kb.OrganizationWords.Contains(word) || _kb.LocationWords.Contains(word) || _kb.PersonTitles.Contains(word) || Titles.Contains(word)) return false;
        }
        foreach (var n in nameSpans)
            if (n.Start < e && n.End > s && !(n.Start == s && n.Ref.Demonym && n.End < e)) return false;
        return count >= 2;
    }

    /// <summary>A given name, or a compound one whose first part is one ("Jean-Baptiste", "Marie-Hélène").</summary>
    bool IsGivenName(string w) => _kb.FirstNames.Contains(w) || (w.IndexOf('-') is > 0 and var h && _kb.FirstNames.Contains(w[..h]));
    bool IsGivenName(ReadOnlySpan<char> w) => FirstNameSet.Contains(w) || (w.IndexOf('-') is > 0 and var h && FirstNameSet.Contains(w[..h]));
    SpanSet? _firstNames;
    SpanSet FirstNameSet => _firstNames ??= new SpanSet(_kb.FirstNames);

    public static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
