using AngleSharp.Dom;

namespace Parallax.Extraction;

/// <summary>
/// Text measures of every element of a subtree, computed in one bottom-up pass so that content scoring never
/// re-reads a subtree's text (reading <c>TextContent</c> per candidate made scoring quadratic in the page size).
/// Lengths are whitespace-collapsed character counts, summed over text nodes.
/// </summary>
internal sealed class DomStats
{
    /// <summary>Measures of one element.</summary>
    /// <param name="Text">Text length (whitespace runs count one).</param>
    /// <param name="Link">Text length inside &lt;a&gt; elements.</param>
    /// <param name="Para">Text length of the &lt;p&gt; descendants.</param>
    /// <param name="Good">Text length of the "good" paragraph-like descendants (≥ 60 chars, &lt; 30 % link text).</param>
    /// <param name="H1">Number of &lt;h1&gt; descendants.</param>
    public readonly record struct Stat(int Text, int Link, int Para, int Good, int H1);

    /// <summary>Deeper nesting is measured from <c>TextContent</c> (bounded recursion on pathological markup).</summary>
    const int MaxDepth = 250;

    readonly Dictionary<IElement, Stat> _map = new(ReferenceEqualityComparer.Instance);

    public DomStats(IElement root) => Measure(root, inLink: false, depth: 0);

    public Stat this[IElement e] => _map.TryGetValue(e, out var s) ? s : Measure(e, inLink: false, depth: MaxDepth + 1);

    public int TextLength(IElement e) => this[e].Text;

    public int ParagraphText(IElement e) => this[e].Para;

    public int GoodText(IElement e) => this[e].Good;

    public bool HasH1(IElement e) => this[e].H1 > 0;

    public double LinkDensity(IElement e)
    {
        var s = this[e];
        return s.Text == 0 ? 0 : Math.Min(1, s.Link / (double)s.Text);
    }

    Stat Measure(IElement e, bool inLink, int depth)
    {
        bool link = inLink || e.LocalName == "a";
        if (depth > MaxDepth)
        {
            int n = NormalizedLength(e.TextContent);
            var flat = new Stat(n, link ? n : 0, 0, 0, 0);
            _map[e] = flat;
            return flat;
        }
        int text = 0, links = 0, para = 0, good = 0, h1 = 0;
        var nodes = e.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            var c = nodes[i];
            if (c is IText t)
            {
                int n = NormalizedLength(t.Data);
                text += n;
                if (link) links += n;
            }
            else if (c is IElement ce)
            {
                var s = Measure(ce, link, depth + 1);
                text += s.Text;
                links += s.Link;
                para += s.Para;
                good += s.Good;
                h1 += s.H1;
                var tag = ce.LocalName;
                if (tag == "p") para += s.Text;
                if (tag == "h1") h1++;
                if (IsParagraphLike(ce, tag) && s.Text >= 60 && s.Link < s.Text * 0.3) good += s.Text;
            }
        }
        var stat = new Stat(text, links, para, good, h1);
        _map[e] = stat;
        return stat;
    }

    static bool IsParagraphLike(IElement e, string tag) =>
        tag is "p" or "pre" or "blockquote" || tag is "div" or "section" && !HtmlExtractor.HasBlockChild(e) && HtmlExtractor.HasDirectText(e);

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
