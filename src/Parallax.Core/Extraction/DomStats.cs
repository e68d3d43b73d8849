using AngleSharp.Dom;

namespace Parallax.Extraction;

/// <summary>
/// Text measures of every element of a subtree, computed in one bottom-up pass so that content scoring never
/// re-reads a subtree's text (reading <c>TextContent</c> per candidate made scoring quadratic in the page size).
/// Lengths are whitespace-collapsed character counts, the same as <see cref="NormalizedLength"/> of the element's
/// <c>TextContent</c> (whitespace shapes at text boundaries are tracked so that the sums are exact).
/// </summary>
internal sealed class DomStats
{
    /// <summary>Measures of one element.</summary>
    /// <param name="Text">Text length (whitespace runs count one).</param>
    /// <param name="Link">Text length of the &lt;a&gt; descendants (each counted on its own).</param>
    /// <param name="Para">Text length of the &lt;p&gt; descendants.</param>
    /// <param name="Good">Text length of the "good" paragraph-like descendants (≥ 60 chars, &lt; 30 % link text).</param>
    /// <param name="H1">Number of &lt;h1&gt; descendants.</param>
    /// <param name="Commas">Commas (',' and '，') in the text.</param>
    public readonly record struct Stat(int Text, int Link, int Para, int Good, int H1, int Commas = 0);

    /// <summary>Deeper nesting is measured from <c>TextContent</c> (bounded recursion on pathological markup).</summary>
    const int MaxDepth = 250;

    readonly Dictionary<IElement, Stat> _map = new(ReferenceEqualityComparer.Instance);

    public DomStats(IElement root) => Measure(root, depth: 0);

    public Stat this[IElement e] => _map.TryGetValue(e, out var s) ? s : Measure(e, depth: MaxDepth + 1);

    public int TextLength(IElement e) => this[e].Text;

    public int ParagraphText(IElement e) => this[e].Para;

    public int GoodText(IElement e) => this[e].Good;

    public bool HasH1(IElement e) => this[e].H1 > 0;

    public double LinkDensity(IElement e)
    {
        var s = this[e];
        return s.Text == 0 ? 0 : Math.Min(1, s.Link / (double)s.Text);
    }

    /// <summary>The whitespace shape of a text, so that lengths of concatenated texts add up exactly.</summary>
    readonly record struct Shape(bool Empty, bool LeadWs, bool HasNonWs, bool EndWs)
    {
        public static Shape Of(string s) =>
            s.Length == 0 ? new(true, false, false, false) : new(false, char.IsWhiteSpace(s[0]), !s.AsSpan().IsWhiteSpace(), char.IsWhiteSpace(s[^1]));

        /// <summary>Extra length when <paramref name="next"/> follows this text: its leading whitespace run counts once after text.</summary>
        public int Join(Shape next) => HasNonWs && !EndWs && next.LeadWs ? 1 : 0;

        public Shape Then(Shape next) => Empty ? next : next.Empty ? this : new(false, LeadWs, HasNonWs || next.HasNonWs, next.EndWs);
    }

    readonly Dictionary<IElement, Shape> _shapes = new(ReferenceEqualityComparer.Instance);

    Stat Measure(IElement e, int depth)
    {
        if (depth > MaxDepth)
        {
            var content = e.TextContent;
            int n = NormalizedLength(content);
            var flat = new Stat(n, 0, 0, 0, 0, CountCommas(content));
            _map[e] = flat;
            _shapes[e] = Shape.Of(content);
            return flat;
        }
        // Text = NormalizedLength(TextContent), exactly; Link = Σ NormalizedLength(a.TextContent) over the <a>
        // descendants (as QuerySelectorAll("a") would give them).
        int text = 0, links = 0, para = 0, good = 0, h1 = 0, commas = 0;
        var shape = new Shape(true, false, false, false);
        var nodes = e.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            var c = nodes[i];
            if (c is IText t)
            {
                var ts = Shape.Of(t.Data);
                text += NormalizedLength(t.Data) + shape.Join(ts);
                shape = shape.Then(ts);
                commas += CountCommas(t.Data);
            }
            else if (c is IElement ce)
            {
                var s = Measure(ce, depth + 1);
                var cs = _shapes[ce];
                text += s.Text + shape.Join(cs);
                shape = shape.Then(cs);
                links += s.Link;
                para += s.Para;
                good += s.Good;
                h1 += s.H1;
                commas += s.Commas;
                var tag = ce.LocalName;
                if (tag == "a") links += s.Text;
                if (tag == "p") para += s.Text;
                if (tag == "h1") h1++;
                if (IsParagraphLike(ce, tag) && s.Text >= 60 && s.Link < s.Text * 0.3) good += s.Text;
            }
        }
        var stat = new Stat(text, links, para, good, h1, commas);
        _map[e] = stat;
        _shapes[e] = shape;
        return stat;
    }

    static bool IsParagraphLike(IElement e, string tag) =>
        tag is "p" or "pre" or "blockquote" || tag is "div" or "section" && !HtmlExtractor.HasBlockChild(e) && HtmlExtractor.HasDirectText(e);

    static int CountCommas(string s)
    {
        int n = 0;
        foreach (var c in s) if (c is ',' or '，') n++;
        return n;
    }

    /// <summary>Length with whitespace runs counted as one character and leading whitespace not counted.</summary>
    public static int NormalizedLength(string s)
    {
        int n = 0;
        bool space = true;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { if (!space) n++; space = true; }
            else { n++; space = false; }
        }
        return n;
    }
}
