using Parallax.Text;

namespace Parallax.Time;

/// <summary>One atom of a pattern element: a category, or a literal (folded) split into tokens ("l'" = l + ').</summary>
internal readonly record struct PatternAtom(string? Cat, string? Literal, string[]? LiteralTokens);

internal sealed record PatternElement(PatternAtom[] Atoms, bool Optional, bool Context);

internal sealed record TimeRule(int Index, string Action, PatternElement[] Elements, string Source)
{
    /// <summary>The atoms a match can start with: those of the elements up to the first required one.</summary>
    public PatternAtom[] FirstAtoms { get; } = Elements.TakeWhile(e => e.Optional)
        .Concat(Elements.SkipWhile(e => e.Optional).Take(1)).SelectMany(e => e.Atoms).ToArray();
}

/// <summary>A captured item: its category (or the literal) and the tokens it covers.</summary>
internal readonly record struct Capture(string Cat, LatticeItem? Item, int TokStart, int TokEnd, bool Context);

/// <summary>A rule match: the tokens consumed, the span (context left out) and the captures.</summary>
internal sealed record RuleMatch(TimeRule Rule, int TokStart, int TokEnd, int SpanTokStart, int SpanTokEnd, Capture[] Captures)
{
    public LatticeItem? First(string cat)
    {
        foreach (var c in Captures) if (c.Cat == cat && c.Item != null) return c.Item;
        return null;
    }

    public IEnumerable<LatticeItem> All(string cat)
    {
        foreach (var c in Captures) if (c.Cat == cat && c.Item != null) yield return c.Item;
    }

    public bool HasLiteral(string lit)
    {
        foreach (var c in Captures) if (c.Item == null && c.Cat == lit) return true;
        return false;
    }

    /// <summary>A literal inside the span (not one consumed as context).</summary>
    public bool HasSpanLiteral(string lit)
    {
        foreach (var c in Captures) if (c.Item == null && !c.Context && c.Cat == lit) return true;
        return false;
    }
}

/// <summary>
/// The compiled time grammar (Time/data/patterns.txt) and its matcher: a small token-pattern engine over
/// the lattice of <see cref="TimeLexicon"/>. At each token the longest match of any rule wins; ties go
/// to the earlier rule. Matches never cross a line break.
/// </summary>
internal sealed class TimeGrammar
{
    public static readonly TimeGrammar Default = new(DataFiles.ReadLines("Time/data/patterns.txt"));

    public IReadOnlyList<TimeRule> Rules { get; }

    public TimeGrammar(IEnumerable<string> lines)
    {
        var rules = new List<TimeRule>();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new FormatException($"time pattern without action: {line}");
            var action = line[..tab].Trim();
            var body = line[(tab + 1)..].Trim();
            var elems = new List<PatternElement>();
            foreach (var raw in body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var s = raw;
                bool ctx = s.StartsWith('-') && s.Length > 1;
                if (ctx) s = s[1..];
                bool opt = s.EndsWith('?') && s.Length > 1;
                if (opt) s = s[..^1];
                var atoms = s.Split('|').Select(a => a.StartsWith('"') && a.EndsWith('"') && a.Length >= 3
                    ? Literal(TimeFold.Fold(a[1..^1]))
                    : new PatternAtom(a, null, null)).ToArray();
                elems.Add(new PatternElement(atoms, opt, ctx));
            }
            rules.Add(new TimeRule(rules.Count, action, elems.ToArray(), body));
        }
        Rules = rules;
        foreach (var r in rules)
            foreach (var a in r.FirstAtoms)
            {
                if (a.Cat == "BOUND") { _alwaysTry.Add(r.Index); continue; }
                var dict = a.LiteralTokens != null ? _byFirstLiteral : _byFirstCat;
                var key = a.LiteralTokens != null ? a.LiteralTokens[0] : a.Cat!;
                if (!dict.TryGetValue(key, out var l)) dict[key] = l = [];
                if (!l.Contains(r.Index)) l.Add(r.Index);
            }
        _byFirstLiteralSpan = _byFirstLiteral.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // rules indexed by what they can start with: a category, or the first token of a literal
    readonly Dictionary<string, List<int>> _byFirstCat = [];
    readonly Dictionary<string, List<int>> _byFirstLiteral = [];
    readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _byFirstLiteralSpan;
    readonly List<int> _alwaysTry = [];

    static PatternAtom Literal(string folded)
    {
        var toks = TimeLexicon.Tokenize(folded, folded);
        return new PatternAtom(null, folded, toks.Select(t => folded[t.Start..t.End]).ToArray());
    }

    sealed class MatchState
    {
        public required string Folded;
        public required List<TimeToken> Toks;
        public required List<LatticeItem>[] Lattice;
        public readonly List<Capture> Caps = [];
        /// <summary>The best (longest) match of each rule at the current start, and the rules that have one.</summary>
        public required RuleMatch?[] BestByRule;
        public readonly List<RuleMatch> Found = [];
    }

    /// <summary>All matches in the text, left to right, not overlapping.</summary>
    /// <summary>
    /// Walks the text left to right. At each token the matches of all rules are ranked (longest consumed, then
    /// longest span, then the earlier rule) and offered to <paramref name="accept"/> in that order; the first one
    /// it accepts is kept and the walk goes on after it. A match that its action cannot resolve ("3 heures" is
    /// not a clock time) thus falls back to the next reading ("3 heures" as a duration).
    /// </summary>
    public void MatchAll(string folded, List<TimeToken> toks, List<LatticeItem>[] lattice, Func<RuleMatch, bool> accept)
    {
        var mark = new bool[Rules.Count];
        var marked = new List<int>();   // the rules marked at this token, cleared one by one (not the whole array)
        var st = new MatchState { Folded = folded, Toks = toks, Lattice = lattice, BestByRule = new RuleMatch?[Rules.Count] };
        int i = 0;
        while (i < toks.Count)
        {
            foreach (var r in marked) mark[r] = false;
            marked.Clear();
            foreach (var r in _alwaysTry) if (!mark[r]) { mark[r] = true; marked.Add(r); }
            foreach (var it in lattice[i])
            {
                if (it.TokStart != i) continue;
                if (_byFirstCat.TryGetValue(it.Cat, out var l)) foreach (var r in l) if (!mark[r]) { mark[r] = true; marked.Add(r); }
            }
            var t = toks[i];
            if (_byFirstLiteralSpan.TryGetValue(folded.AsSpan(t.Start, t.Length), out var ll)) foreach (var r in ll) if (!mark[r]) { mark[r] = true; marked.Add(r); }
            if (marked.Count == 0) { i++; continue; }
            foreach (var m in st.Found) st.BestByRule[m.Rule.Index] = null;
            st.Found.Clear();
            // the marked rules in rule order, as a walk over every rule would take them
            marked.Sort();
            foreach (var r in marked) Match(st, Rules[r], 0, i, i);
            int next = i + 1;
            if (st.Found.Count > 0)
            {
                var ranked = st.Found;
                for (int k = 0; k < ranked.Count; k++) ranked[k] = st.BestByRule[ranked[k].Rule.Index]!;
                ranked.Sort((a, b) => a.TokEnd != b.TokEnd ? b.TokEnd - a.TokEnd
                    : (a.SpanTokEnd - a.SpanTokStart) != (b.SpanTokEnd - b.SpanTokStart) ? (b.SpanTokEnd - b.SpanTokStart) - (a.SpanTokEnd - a.SpanTokStart)
                    : a.Rule.Index - b.Rule.Index);
                foreach (var m in ranked)
                    if (accept(m)) { next = Math.Max(m.SpanTokEnd, i + 1); break; }
            }
            i = next;
        }
    }

    static bool IsBoundPunct(char c) => c is ',' or '.' or ';' or ')' or '!' or '?' or '"';

    void Match(MatchState st, TimeRule rule, int ei, int start, int p)
    {
        var els = rule.Elements;
        if (ei == els.Length)
        {
            Finish(st, rule, start, p);
            return;
        }
        var el = els[ei];
        if (el.Optional) Match(st, rule, ei + 1, start, p);
        var toks = st.Toks;
        bool blocked = p > start && p < toks.Count && toks[p].BreakBefore;
        foreach (var atom in el.Atoms)
        {
            if (atom.LiteralTokens != null)
            {
                var lt = atom.LiteralTokens;
                if (blocked || p + lt.Length > toks.Count) continue;
                bool ok = true;
                for (int k = 0; k < lt.Length && ok; k++)
                {
                    var t = toks[p + k];
                    ok = st.Folded.AsSpan(t.Start, t.Length).SequenceEqual(lt[k]) && (k == 0 || !t.BreakBefore);
                }
                if (ok)
                {
                    st.Caps.Add(new Capture(atom.Literal!, null, p, p + lt.Length, el.Context));
                    Match(st, rule, ei + 1, start, p + lt.Length);
                    st.Caps.RemoveAt(st.Caps.Count - 1);
                }
                continue;
            }
            if (atom.Cat == "BOUND")
            {
                if (p >= toks.Count || (p > start && toks[p].BreakBefore))
                {
                    st.Caps.Add(new Capture("BOUND", null, p, p, el.Context));
                    Match(st, rule, ei + 1, start, p);
                    st.Caps.RemoveAt(st.Caps.Count - 1);
                }
                // "3.30", "1,5": a point or comma between digits is not the end of a phrase
                else if (toks[p].Class == TokenClass.Punct && IsBoundPunct(st.Folded[toks[p].Start]) &&
                         !(st.Folded[toks[p].Start] is '.' or ',' && p + 1 < toks.Count && toks[p + 1].Class == TokenClass.Digits &&
                           toks[p + 1].Start == toks[p].End && p > 0 && toks[p - 1].End == toks[p].Start))
                {
                    st.Caps.Add(new Capture("BOUND", null, p, p + 1, el.Context));
                    Match(st, rule, ei + 1, start, p + 1);
                    st.Caps.RemoveAt(st.Caps.Count - 1);
                }
                continue;
            }
            if (blocked || p >= toks.Count) continue;
            foreach (var item in st.Lattice[p])
            {
                if (item.Cat != atom.Cat) continue;
                // a multi-token item must not cross a line break
                bool crosses = false;
                for (int k = item.TokStart + 1; k < item.TokEnd; k++) if (toks[k].BreakBefore) { crosses = true; break; }
                if (crosses) continue;
                st.Caps.Add(new Capture(atom.Cat!, item, item.TokStart, item.TokEnd, el.Context));
                Match(st, rule, ei + 1, start, item.TokEnd);
                st.Caps.RemoveAt(st.Caps.Count - 1);
            }
        }
    }

    static void Finish(MatchState st, TimeRule rule, int start, int end)
    {
        if (end <= start) return;
        // a match that consumes less than this rule's best at this start cannot replace it
        var best = st.BestByRule[rule.Index];
        if (best != null && end < best.TokEnd) return;
        int ss = -1, se = -1;
        foreach (var c in st.Caps)
        {
            if (c.Context || c.TokEnd <= c.TokStart) continue;
            if (ss < 0) ss = c.TokStart;
            se = c.TokEnd;
        }
        if (ss < 0) return;
        // a span does not open on punctuation (other than an opening bracket)
        var first = st.Toks[ss];
        if (first.Class == TokenClass.Punct && st.Folded[first.Start] != '(') return;
        // trailing punctuation (other than a closing bracket) is not part of the span
        for (int k = st.Caps.Count - 1; k >= 0; k--)
        {
            var c = st.Caps[k];
            if (c.Context || c.TokEnd <= c.TokStart) continue;
            if (c.TokEnd != se || c.Item != null || c.TokEnd - c.TokStart != 1) break;
            var t = st.Toks[c.TokStart];
            if (t.Class != TokenClass.Punct || st.Folded[t.Start] == ')') break;
            se = c.TokStart;
        }
        if (se <= ss) return;
        int len = se - ss;
        // per rule: longest consumed, then longest span
        if (best == null || end > best.TokEnd || (end == best.TokEnd && len > best.SpanTokEnd - best.SpanTokStart))
        {
            var m = new RuleMatch(rule, start, end, ss, se, st.Caps.ToArray());
            if (best == null) st.Found.Add(m);
            st.BestByRule[rule.Index] = m;
        }
    }
}
