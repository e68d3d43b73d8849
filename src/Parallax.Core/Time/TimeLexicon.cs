using System.Globalization;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>A token of the time grammar: a run of letters, a run of digits, or one other character.</summary>
internal readonly record struct TimeToken(int Start, int End, TokenClass Class, bool BreakBefore, bool GluedLeft)
{
    public int Length => End - Start;
}

internal enum TokenClass : byte { Word, Digits, Punct }

/// <summary>One lexicon entry of Time/data/*.tsv.</summary>
internal sealed record LexEntry(string Phrase, string Cat, string Value, string Lang, bool Exact, bool Cap, bool Ordinal, bool Upper = false, bool Glued = false, bool Singular = false);

/// <summary>
/// An item of the lattice the grammar runs on: a lexicon phrase or a number class covering tokens
/// [TokStart, TokEnd). <see cref="Num"/> is the numeric value when there is one.
/// </summary>
internal sealed record LatticeItem(int TokStart, int TokEnd, string Cat, string Value, double Num, string? Lang);

/// <summary>
/// The compiled lexicons of the time stage: every data file under Time/data/ goes into one
/// <see cref="PhraseMatcher{T}"/>; a document's text is tokenised and turned into a lattice of items.
/// </summary>
internal sealed class TimeLexicon
{
    public static readonly TimeLexicon Default = new();

    readonly PhraseMatcher<LexEntry> _matcher = new();
    readonly PhraseMatcher<LexEntry> _tense = new();
    readonly List<LexEntry> _tenseSuffixes = [];

    public TimeLexicon()
    {
        Load("Time/data/months.tsv", "MONTH");
        Load("Time/data/weekdays.tsv", "WEEKDAY");
        Load("Time/data/numbers.tsv", "NUMW");
        Load("Time/data/units.tsv", "UNIT");
        Load("Time/data/seasons.tsv", "SEASON");
        Load("Time/data/vague.tsv", "VAGUE");
        Load("Time/data/sets.tsv", "SET");
        Load("Time/data/holidays.tsv", "HOLIDAY");
        Load("Time/data/words.tsv", null);
        Load("Time/data/relative.tsv", null);
        foreach (var r in DataFiles.ReadTsv("Time/data/tense.tsv"))
        {
            var e = Entry(r[0], r[1], "", r.Length > 2 ? r[2] : "*", r.Length > 3 ? r[3] : "");
            if (r[0].StartsWith('~')) _tenseSuffixes.Add(e with { Phrase = TimeFold.Fold(r[0][1..]) });
            else _tense.Add(TimeFold.Strip(r[0]), e);
        }
    }

    static LexEntry Entry(string phrase, string cat, string value, string lang, string flags) =>
        new(phrase, cat, value, lang, flags.Contains("exact"), flags.Contains("cap"), flags.Contains("ord"), flags.Contains("upper"), flags.Contains("glued"), flags.Contains("sg"));

    readonly Dictionary<string, List<LexEntry>> _byCat = [];
    readonly Dictionary<string, Dictionary<string, List<LexEntry>>> _foldedByCat = [];
    readonly Dictionary<string, List<LexEntry>> _allByFolded = [];

    /// <summary>The entries of a category (for composition steps outside the grammar).</summary>
    public IReadOnlyList<LexEntry> Entries(string cat) => _byCat.TryGetValue(cat, out var l) ? l : [];

    /// <summary>True when the folded word or phrase is an entry of the category (language and flags checked).</summary>
    public bool Is(string cat, string text, int start, int end, string folded, string? lang)
    {
        if (!_foldedByCat.TryGetValue(cat, out var map) || !map.TryGetValue(folded.Substring(start, end - start), out var list)) return false;
        foreach (var e in list)
            if (LangOk(e.Lang, lang) && FlagsOk(e, text, start, end)) return true;
        return false;
    }

    /// <summary>The value of the folded word or phrase as an entry of the category, or null.</summary>
    public string? ValueOf(string cat, string text, int start, int end, string folded, string? lang)
    {
        if (!_foldedByCat.TryGetValue(cat, out var map) || !map.TryGetValue(folded.Substring(start, end - start), out var list)) return null;
        foreach (var e in list)
            if (LangOk(e.Lang, lang) && FlagsOk(e, text, start, end)) return e.Value;
        return null;
    }

    void Load(string file, string? fixedCat)
    {
        foreach (var r in DataFiles.ReadTsv(file))
        {
            LexEntry e = fixedCat != null
                ? Entry(r[0], fixedCat, r[1], r.Length > 2 ? r[2] : "*", r.Length > 3 ? r[3] : "")
                : Entry(r[0], r[1], r.Length > 2 ? r[2] : "", r.Length > 3 && r[3].Length > 0 ? r[3] : "*", r.Length > 4 ? r[4] : "");
            _matcher.Add(TimeFold.Strip(e.Phrase), e);
            if (!_byCat.TryGetValue(e.Cat, out var l)) _byCat[e.Cat] = l = [];
            l.Add(e);
            if (!_foldedByCat.TryGetValue(e.Cat, out var fm)) _foldedByCat[e.Cat] = fm = [];
            var fk = TimeFold.Fold(e.Phrase);
            if (!fk.Contains(' '))
            {
                if (!_allByFolded.TryGetValue(fk, out var al)) _allByFolded[fk] = al = [];
                al.Add(e);
            }
            if (!fm.TryGetValue(fk, out var fl)) fm[fk] = fl = [];
            fl.Add(e);
        }
    }

    static bool LangOk(string entryLang, string? docLang) =>
        entryLang == "*" || docLang == null || string.Equals(entryLang, docLang, StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the "exact" and "cap" flags against the original text.</summary>
    static bool FlagsOk(LexEntry e, string text, int start, int end)
    {
        if (e.Cap && !char.IsUpper(text[start])) return false;
        if (e.Upper) for (int i = start; i < end; i++) if (char.IsLower(text[i])) return false;
        if (!e.Exact) return true;
        var p = e.Phrase;
        if (end - start != p.Length) return false;
        for (int i = 0; i < p.Length; i++)
        {
            char a = char.ToLowerInvariant(text[start + i]), b = char.ToLowerInvariant(p[i]);
            if (a != b && TextFold.Fold(a) != TextFold.Fold(b)) return false;
            if (a != b && (char.IsLetter(a) || char.IsLetter(b))) return false;
        }
        return true;
    }

    public static List<TimeToken> Tokenize(string text, string folded)
    {
        var list = new List<TimeToken>(text.Length / 4);
        int i = 0;
        bool brk = false;
        while (i < text.Length)
        {
            char c = folded[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' || c == '\r' || c == '\u2029') brk = true;
                i++;
                continue;
            }
            int s = i;
            TokenClass cls;
            if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(folded[i])) i++;
                cls = TokenClass.Digits;
            }
            else if (TextFold.IsWordChar(c))
            {
                while (i < text.Length && TextFold.IsWordChar(folded[i]) && !char.IsDigit(folded[i])) i++;
                cls = TokenClass.Word;
            }
            else
            {
                i++;
                cls = TokenClass.Punct;
            }
            bool glued = s > 0 && !char.IsWhiteSpace(folded[s - 1]) && TextFold.IsWordChar(folded[s - 1]);
            list.Add(new TimeToken(s, i, cls, brk, glued));
            brk = false;
        }
        return list;
    }

    /// <summary>Builds the lattice: per token index, the items that start there.</summary>
    [ThreadStatic] static Dictionary<int, int>? t_startIdx, t_endIdx;

    public List<LatticeItem>[] BuildLattice(string text, string folded, List<TimeToken> toks, string? lang)
    {
        var lattice = new List<LatticeItem>[toks.Count + 1];
        for (int i = 0; i < lattice.Length; i++) lattice[i] = [];
        // token index by start and by end offset: this thread's tables, cleared and reused from one text to the next
        var startIdx = t_startIdx ??= [];
        var endIdx = t_endIdx ??= [];
        startIdx.Clear();
        endIdx.Clear();
        startIdx.EnsureCapacity(toks.Count);
        endIdx.EnsureCapacity(toks.Count);
        for (int i = 0; i < toks.Count; i++) { startIdx[toks[i].Start] = i; endIdx[toks[i].End] = i + 1; }

        // digits: number classes
        for (int i = 0; i < toks.Count; i++)
        {
            var t = toks[i];
            if (t.Class != TokenClass.Digits) continue;
            var s = text.AsSpan(t.Start, t.Length);
            if (s.Length > 9) continue;
            int v = int.Parse(s, CultureInfo.InvariantCulture);
            var str = s.ToString();
            lattice[i].Add(new LatticeItem(i, i + 1, "DIGITS", str, v, null));
            lattice[i].Add(new LatticeItem(i, i + 1, "NUM", str, v, null));
            // "G20", "COVID19": digits glued to a word are not dates ("18h30" is: the word is glued to digits)
            bool gluedLetter = t.GluedLeft && i > 0 && toks[i - 1].Class == TokenClass.Word && !toks[i - 1].GluedLeft;
            // … unless the word is a month name: "Dec31", "mar4"
            if (gluedLetter && !(s.Length <= 2 && _foldedByCat.TryGetValue("MONTH", out var months) &&
                                 months.ContainsKey(folded.Substring(toks[i - 1].Start, toks[i - 1].Length)))) continue;
            if (s.Length <= 2 && v is >= 1 and <= 31) lattice[i].Add(new LatticeItem(i, i + 1, "DAY", str, v, null));
            if (s.Length <= 2 && v is >= 1 and <= 12) lattice[i].Add(new LatticeItem(i, i + 1, "MON", str, v, null));
            if (s.Length == 4 && v is >= 1000 and <= 2199) lattice[i].Add(new LatticeItem(i, i + 1, "YEAR", str, v, null));
            if (s.Length <= 2 && v <= 24) lattice[i].Add(new LatticeItem(i, i + 1, "HOUR", str, v, null));
            if (s.Length == 2 && v <= 59) lattice[i].Add(new LatticeItem(i, i + 1, "MIN", str, v, null));
            // "1140 a.m.", "0730-0930": hours and minutes in one run of three or four digits
            if (s.Length is 3 or 4 && v / 100 <= 23 && v % 100 <= 59) lattice[i].Add(new LatticeItem(i, i + 1, "HHMM", str, v, null));
        }

        // lexicon phrases
        var numw = new List<LatticeItem>();
        foreach (var m in _matcher.FindAll(text, folded))
        {
            if (!startIdx.TryGetValue(m.Start, out int ts) || !endIdx.TryGetValue(m.End, out int te)) continue;
            var e = m.Value;
            if (!LangOk(e.Lang, lang) || !FlagsOk(e, text, m.Start, m.End) || e.Glued) continue;
            if (e.Cat == "NUMW")
            {
                double v = double.Parse(e.Value, CultureInfo.InvariantCulture);
                if (e.Ordinal && v <= 31) lattice[ts].Add(new LatticeItem(ts, te, "DAY", e.Value, v, e.Lang));
                var it = new LatticeItem(ts, te, e.Ordinal ? "ORDW" : "NUMW", e.Value, v, e.Lang);
                numw.Add(it);
                continue;
            }
            // a singular unit ("week", flag sg) carries Num 1, for the agreement of a count with it
            lattice[ts].Add(new LatticeItem(ts, te, e.Cat, e.Value, e.Singular ? 1 : 0, e.Lang));
        }

        // words glued to digits ("2pm", "6p.m.", "3heures", "1990s"): the trie only matches on word
        // boundaries, so look these up token by token (up to four tokens without spaces: "p.m.")
        for (int i = 1; i < toks.Count; i++)
        {
            var t = toks[i];
            if (t.Class != TokenClass.Word || !t.GluedLeft || toks[i - 1].Class != TokenClass.Digits || toks[i - 1].End != t.Start) continue;
            for (int k = i; k < toks.Count && k < i + 4; k++)
            {
                if (k > i && toks[k].Start != toks[k - 1].End) break;
                if (!_allByFolded.TryGetValue(folded.Substring(t.Start, toks[k].End - t.Start), out var entries)) continue;
                if (k + 1 < toks.Count && toks[k + 1].Start == toks[k].End && toks[k + 1].Class == TokenClass.Word) continue;
                foreach (var e in entries)
                {
                    if (!LangOk(e.Lang, lang) || e.Cat is "NUMW" || e.Cap) continue;
                    if (e.Exact && !FlagsOk(e, text, t.Start, toks[k].End)) continue;
                    if (!lattice[i].Exists(x => x.Cat == e.Cat && x.TokEnd == k + 1))
                        lattice[i].Add(new LatticeItem(i, k + 1, e.Cat, e.Value, 0, e.Lang));
                }
            }
        }

        // a month name glued to its day ("Dec31", "mar4 night"): the trie does not see the word, which is not on a
        // word boundary; the digits' DAY item is kept for such words above. Glued to digits, a lower-case "mar" or
        // "may" is the month (the capital that sets it apart from the word is not needed); so it is joined to them
        // by a dash ("friday (jun-15)", "may-22"). A kind of year glued to its two or four digits ("FY18", "sy18")
        // is read the same way.
        if (_foldedByCat.TryGetValue("MONTH", out var monthWords))
            for (int i = 0; i + 1 < toks.Count; i++)
            {
                var t = toks[i];
                var d = toks[i + 1];
                if (t.Class != TokenClass.Word || t.GluedLeft) continue;
                bool glued = d.Class == TokenClass.Digits && d.Start == t.End && d.Length <= 2;
                bool dashed = !glued && i + 2 < toks.Count && d.Class == TokenClass.Punct && d.Start == t.End && d.Length == 1 &&
                              folded[d.Start] == '-' && toks[i + 2].Class == TokenClass.Digits && toks[i + 2].Start == d.End && toks[i + 2].Length <= 2;
                if (!glued && !dashed) continue;
                if (!monthWords.TryGetValue(folded.Substring(t.Start, t.Length), out var mv) || lattice[i].Exists(x => x.Cat == "MONTH")) continue;
                foreach (var e in mv)
                    if (LangOk(e.Lang, lang) && (!e.Exact || FlagsOk(e, text, t.Start, t.End)))
                    {
                        lattice[i].Add(new LatticeItem(i, i + 1, "MONTH", e.Value, 0, e.Lang));
                        break;
                    }
            }
        if (_foldedByCat.TryGetValue("FYEAR", out var yearKinds))
            for (int i = 0; i + 1 < toks.Count; i++)
            {
                var t = toks[i];
                var d = toks[i + 1];
                if (t.Class != TokenClass.Word || t.GluedLeft || d.Class != TokenClass.Digits || d.Start != t.End || d.Length is not (2 or 4)) continue;
                if (i + 2 < toks.Count && toks[i + 2].Start == d.End && toks[i + 2].Class != TokenClass.Punct) continue;
                if (!yearKinds.TryGetValue(folded.Substring(t.Start, t.Length), out var kv) || lattice[i].Exists(x => x.Cat == "FYEAR")) continue;
                foreach (var e in kv)
                    if (LangOk(e.Lang, lang))
                    {
                        lattice[i].Add(new LatticeItem(i, i + 1, "FYEAR", e.Value, 0, e.Lang));
                        break;
                    }
            }

        // number words: compose runs ("vingt-trois", "twenty-one", "soixante et onze", "two hundred")
        var byStart = new Dictionary<int, List<LatticeItem>>();
        foreach (var it in numw)
        {
            if (!byStart.TryGetValue(it.TokStart, out var l)) byStart[it.TokStart] = l = [];
            l.Add(it);
        }
        foreach (var (start, items) in byStart)
        {
            foreach (var first in items)
            {
                if (first.Cat == "ORDW") continue; // an ordinal ends a number, it does not start one
                double total = 0, cur = first.Num, last = first.Num;
                if (first.Num >= 1000) { total = first.Num; cur = 0; }
                int end = first.TokEnd;
                AddNumber(lattice, start, end, total + cur);
                while (true)
                {
                    int j = end;
                    // joiner: '-', "et", "and", or nothing (space)
                    if (j < toks.Count && toks[j].Class == TokenClass.Punct && folded[toks[j].Start] == '-' && !toks[j].BreakBefore) j++;
                    else if (j < toks.Count && toks[j].Class == TokenClass.Word && !toks[j].BreakBefore &&
                             (folded.AsSpan(toks[j].Start, toks[j].Length) is "et" or "and")) j++;
                    if (j >= toks.Count || toks[j].BreakBefore || !byStart.TryGetValue(j, out var nexts)) break;
                    var next = nexts.MaxBy(n => n.TokEnd)!;
                    double v = next.Num;
                    if (next.Cat == "ORDW")
                    {
                        // "twenty-second": an ordinal closes the number and makes a day of month
                        if (v < last && last < 100 && cur + v <= 31) lattice[start].Add(new LatticeItem(start, next.TokEnd, "DAY", (cur + v).ToString(CultureInfo.InvariantCulture), cur + v, null));
                        break;
                    }
                    if (v == 100) { cur = (cur == 0 ? 1 : cur) * 100; }
                    else if (v == 1000) { total += (cur == 0 ? 1 : cur) * 1000; cur = 0; }
                    else if (v < last || (last >= 100 && v < 100)) cur += v;
                    else break;
                    last = v;
                    end = next.TokEnd;
                    AddNumber(lattice, start, end, total + cur);
                }
            }
        }
        // years in words: "two thousand and fifteen", "nineteen hundred ninety three" (a composed number of
        // 1000-2199), "nineteen eighty six" (a number of 11-20 then one of 10-99)
        for (int i = 0; i < lattice.Length; i++)
        {
            List<LatticeItem>? add = null;
            foreach (var x in lattice[i])
            {
                if (x.Cat != "NUM" || !byStart.ContainsKey(i)) continue;
                // not from a multiplier word: "thousand and fifteen" in "August two thousand and fifteen" is no year 1015
                if (x.Num is >= 1000 and <= 2199 && x.Num == Math.Floor(x.Num) && x.TokEnd - x.TokStart >= 2 &&
                    !byStart[i].Exists(f => f.TokEnd == i + 1 && f.Num >= 100))
                    (add ??= []).Add(new LatticeItem(i, x.TokEnd, "YEAR", x.Num.ToString(CultureInfo.InvariantCulture), x.Num, null));
                if (x.Num is >= 11 and <= 20 && x.Num == Math.Floor(x.Num) && x.TokEnd < lattice.Length && byStart.ContainsKey(x.TokEnd) &&
                    !toks[x.TokEnd].BreakBefore)
                    foreach (var y in lattice[x.TokEnd])
                        if (y.Cat == "NUM" && y.Num is >= 10 and <= 99 && y.Num == Math.Floor(y.Num))
                        {
                            double v = x.Num * 100 + y.Num;
                            (add ??= []).Add(new LatticeItem(i, y.TokEnd, "YEAR", v.ToString(CultureInfo.InvariantCulture), v, null));
                        }
            }
            if (add != null) lattice[i].AddRange(add);
        }
        return lattice;
    }

    static void AddNumber(List<LatticeItem>[] lattice, int start, int end, double v)
    {
        var str = v.ToString(CultureInfo.InvariantCulture);
        foreach (var x in lattice[start]) if (x.Cat == "NUM" && x.TokEnd == end) return;
        lattice[start].Add(new LatticeItem(start, end, "NUM", str, v, null));
        if (v is >= 0 and <= 24 && v == Math.Floor(v)) lattice[start].Add(new LatticeItem(start, end, "HOURW", str, v, null));
        // "un", "one", "a" are not used as days of the month ("An October evening")
        if (v is >= 2 and <= 31 && v == Math.Floor(v)) lattice[start].Add(new LatticeItem(start, end, "DAYW", str, v, null));
    }

    /// <summary>Tense cues in [start, end): (char position, +1 future / -1 past).</summary>
    public List<(int Pos, int Dir)> TenseCues(string text, string folded, List<TimeToken> toks, int tokFrom, int tokTo, string? lang)
    {
        var cues = new List<(int, int)>();
        if (tokFrom >= tokTo) return cues;
        int start = toks[tokFrom].Start, end = toks[tokTo - 1].End;
        var none = new HashSet<int>();
        foreach (var m in _tense.FindAll(text, folded, start, end))
        {
            var e = m.Value;
            if (!LangOk(e.Lang, lang) || !FlagsOk(e, text, m.Start, m.End)) continue;
            if (e.Cat == "NONE") { none.Add(m.Start); continue; }
            cues.Add((m.Start, e.Cat == "FUTURE" ? 1 : -1));
        }
        for (int i = tokFrom; i < tokTo; i++)
        {
            var t = toks[i];
            if (t.Class != TokenClass.Word || none.Contains(t.Start)) continue;
            var w = folded.AsSpan(t.Start, t.Length);
            foreach (var s in _tenseSuffixes)
            {
                if (w.Length >= s.Phrase.Length + 3 && w.EndsWith(s.Phrase) && LangOk(s.Lang, lang))
                {
                    if (!cues.Exists(c => c.Item1 == t.Start)) cues.Add((t.Start, s.Cat == "FUTURE" ? 1 : -1));
                    break;
                }
            }
        }
        // a past participle right after a future cue is part of a future verb ("will be held", "is expected to be
        // presented"): the participle is not a past cue of its own
        cues.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        for (int i = cues.Count - 1; i > 0; i--)
        {
            if (cues[i].Item2 >= 0) continue;
            for (int j = i - 1; j >= 0; j--)
            {
                int gap = cues[i].Item1 - cues[j].Item1;
                if (gap > 24) break;
                if (cues[j].Item2 > 0 && text.AsSpan(cues[j].Item1, gap).IndexOfAny(",;:()") < 0) { cues.RemoveAt(i); break; }
            }
        }
        return cues;
    }
}
