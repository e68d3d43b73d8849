using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Parallax.Model;

namespace Parallax.Extraction;

/// <summary>Result of HTML extraction: the cleaned blocks and page metadata.</summary>
public sealed class HtmlPage
{
    public required CleanResult Clean { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? SiteName { get; init; }
    public string? Language { get; init; }
    public DateOnly? Published { get; init; }
    public DateOnly? Modified { get; init; }
    public List<string> Authors { get; init; } = [];
    /// <summary>What was not read of a pathological page (cut after a size limit, nesting flattened).</summary>
    public List<string> Warnings { get; init; } = [];
}

/// <summary>
/// HTML pages: metadata (<see cref="HtmlMetadata"/>) and the main body by content scoring, readability-style:
/// non-content elements are removed (scripts, navigation, asides, footers, forms, figures, share bars, cookie
/// banners, related lists: tags + class/id hints from Extraction/data/html-hints.tsv), paragraphs score their
/// ancestors by length and commas, scores are damped by link density, the best container and its qualifying
/// siblings are read in document order into blocks (paragraphs, sub-headings, list items, quotes), and the
/// blocks go through the shared <see cref="BlockCleaner"/>.
/// </summary>
public static class HtmlExtractor
{
    // One parser per thread: the extractor is called concurrently by the pipeline.
    // Comments and source positions are not kept; the browsing context leaves out the services that react to
    // attributes (link relations, meta charset changes), which extraction does not use.
    static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(
        new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false, SkipComments = true, DisableElementPositionTracking = true },
        AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default
            .Without<AngleSharp.Dom.DefaultAttributeObserver>()
            .Without<AngleSharp.Html.DefaultLinkRelationFactory>()
            .Without<AngleSharp.Browser.EncodingMetaHandler>())));
    static readonly HtmlHints Hints = HtmlHints.Default;

    static readonly HashSet<string> DropTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
        "select", "textarea", "option", "nav", "menu", "dialog", "link", "meta", "figure", "figcaption", "picture",
        "video", "audio", "map", "label", "math",
    };

    /// <summary>Elements that start a new block of text.</summary>
    static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th",
        "address", "hr", "center", "details", "summary", "body", "form", "fieldset", "caption",
    };

    static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist",
    };

    public static HtmlPage Extract(string html, string? url)
    {
        var prepared = HtmlPrefilter.Prepare(html);
        var warnings = new List<string>();
        if (prepared.Truncated)
            warnings.Add($"page longer than {HtmlPrefilter.DefaultMaxChars:N0} characters of markup: only the first {HtmlPrefilter.DefaultMaxChars:N0} were read");
        if (prepared.TooManyElements)
            warnings.Add($"page with more than {Limits.MaxElements:N0} elements: only the markup before the next one was read");
        if (prepared.Flattened > 0)
            warnings.Add($"markup nested deeper than {HtmlPrefilter.DefaultMaxDepth} levels: {prepared.Flattened:N0} start tags were ignored");
        var doc = Parser.Value!.ParseDocument(prepared.Html);
        var meta = HtmlMetadata.Read(doc, url);
        var body = doc.Body;
        if (body is null)
            return new HtmlPage { Clean = BlockCleaner.Clean([], false, meta.Title), Title = meta.Title, Url = meta.Url, Warnings = warnings };

        RemoveNonContent(body);
        var blocks = ExtractBody(body);
        var clean = BlockCleaner.Clean(blocks, findTitle: false, knownTitle: meta.Title);

        // A page whose body we could not find but which declares its article body in JSON-LD.
        if (meta.ArticleBody is { Length: > 200 } declared)
        {
            int got = clean.Body.Sum(b => b.Text.Length);
            if (got < declared.Length / 4)
            {
                var fromLd = PlainTextExtractor.SplitBlocks(declared);
                clean = BlockCleaner.Clean(fromLd, findTitle: false, knownTitle: meta.Title);
            }
        }
        if (clean.Authors.Count > 0 && meta.Authors.Count == 0) meta.Authors.AddRange(clean.Authors);
        MarkLead(clean, meta.Description);
        return new HtmlPage
        {
            Clean = clean,
            Title = meta.Title,
            Url = meta.Url,
            SiteName = meta.SiteName,
            Language = meta.Language,
            Published = meta.Published ?? clean.Date,
            Modified = meta.Modified,
            Authors = meta.Authors,
            Warnings = warnings,
        };
    }

    /// <summary>The first paragraph is the standfirst when the page's description repeats it (and no lead was marked).</summary>
    static void MarkLead(CleanResult clean, string? description)
    {
        if (description is null || clean.Body.Count < 2 || clean.Body.Any(b => b.Kind == BlockKind.Lead)) return;
        int first = clean.Body.FindIndex(b => b.Kind != BlockKind.Heading);
        if (first < 0 || first + 1 >= clean.Body.Count) return;
        var p = BlockCleaner.Norm(clean.Body[first].Text);
        var d = BlockCleaner.Norm(System.Net.WebUtility.HtmlDecode(description));
        if (p.Length >= 20 && (p == d || d.Length >= 40 && p.StartsWith(d.TrimEnd('.', ' '), StringComparison.Ordinal) && p.Length < d.Length * 1.3))
            clean.Body[first] = clean.Body[first] with { Kind = BlockKind.Lead };
    }

    // ---------------------------------------------------------------- cleaning

    static readonly bool Debug = Environment.GetEnvironmentVariable("PARALLAX_HTML_DEBUG") == "1";

    static void RemoveNonContent(IElement body)
    {
        var toRemove = new List<IElement>();
        var keep = new HashSet<IElement>();
        // Depth-first, not entering a subtree that is dropped.
        var stack = new Stack<IElement>();
        PushChildren(stack, body);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (IsNonContent(e, out bool articleBody) || IsInlineCard(e)) { toRemove.Add(e); continue; }
            // The element the page marks as the article body, and its ancestors, are never removed.
            if (articleBody)
                for (IElement? a = e; a is not null && keep.Add(a); a = a.ParentElement) { }
            PushChildren(stack, e);
        }
        foreach (var e in toRemove)
        {
            if (Debug && DomStats.NormalizedLength(e.TextContent) is > 200 and var n) Console.Error.WriteLine($"drop1 <{e.LocalName} class={e.ClassName} id={e.Id}> {n}");
            e.Remove();
        }
        toRemove.Clear();
        // Measures taken once: an element's own measures do not change when elements before it in document
        // order (its ancestors' other branches) are removed, and removed subtrees are skipped.
        var st = new DomStats(body);
        int bodyParas = st.ParagraphText(body);

        // Structural boilerplate (aside/footer/header/form) and class/id hints: removed when they hold a small share of the page.
        // Document order, not entering a dropped subtree.
        PushChildren(stack, body);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            var tag = e.LocalName;
            if (tag is "body" or "html" or "main" || keep.Contains(e)) { PushChildren(stack, e); continue; }
            var hint = Hints.Classify(e);
            bool structural = tag is "aside" or "footer" or "form" || tag == "header" && !IsInsideArticle(e);
            if (!structural && hint.Remove == false && !(hint.Negative && !hint.Positive) || tag == "article" && !hint.Remove)
            {
                PushChildren(stack, e);
                continue;
            }
            int len = st.TextLength(e);
            if (structural)
            {
                // Keep a wrapper that holds most of the page's paragraphs (ASP.NET <form>, <header> around everything).
                if (len < 400 || st.ParagraphText(e) < bodyParas * 0.4) Drop(e, len);
            }
            else if (hint.Remove)
            {
                // Comment sections, related lists… unless the element also wraps the article itself (holds the <h1> and most paragraphs).
                if (len < 400 || !st.HasH1(e) || st.ParagraphText(e) < bodyParas * 0.4) Drop(e, len);
            }
            else
            {
                double ld = st.LinkDensity(e);
                // Short or link-heavy, unless it is just a wrapper around body paragraphs (per-paragraph "card" divs).
                bool wrapsParagraphs = ld < 0.1 && st.ParagraphText(e) >= len * 0.8;
                if (ld > 0.33 || len < 600 && !wrapsParagraphs) Drop(e, len);
            }
            if (e.Parent is not null) PushChildren(stack, e);
        }
    }

    /// <summary>Tags, hidden elements, landmark roles and media microdata that are never article text.</summary>
    static bool IsNonContent(IElement e, out bool articleBody)
    {
        articleBody = false;
        var tag = e.LocalName;
        if (DropTags.Contains(tag)) return true;
        foreach (var attr in e.Attributes)
        {
            switch (attr.LocalName)
            {
                case "hidden": return true;
                case "aria-hidden" when tag != "span" && attr.Value == "true": return true;
                case "style" when IsHiddenStyle(attr.Value): return true;
                case "role" when Roles.Contains(attr.Value): return true;
                case "itemprop":
                    if (attr.Value is "image" or "associatedMedia" or "video") return true;
                    if (attr.Value is "articleBody" or "articlebody") articleBody = true;
                    break;
            }
        }
        return false;
    }

    /// <summary>
    /// A card shown on hover inside a paragraph: a &lt;span&gt; in a &lt;p&gt; that holds an image and two or more
    /// links (a person's photo, name and latest articles). Its text is not part of the sentence around it.
    /// </summary>
    static bool IsInlineCard(IElement e)
    {
        if (e.LocalName != "span" || e.ChildElementCount == 0 || !HoldsCard(e)) return false;
        bool inParagraph = false;
        int k = 0;
        for (var a = e.ParentElement; a is not null && k < 6; a = a.ParentElement, k++)
            if (a.LocalName == "p") { inParagraph = true; break; }
        if (!inParagraph) return false;
        // The smallest such span: a wrapper around the sentence or around "name + card" is not the card.
        foreach (var c in Dom.ChildElements(e))
            if (c.LocalName == "span" && HoldsCard(c)) return false;
        return true;

        static bool HoldsCard(IElement s)
        {
            int links = 0, images = 0, n = 0;
            foreach (var d in s.Descendants<IElement>())
            {
                if (++n > 200) return false;
                if (d.LocalName == "a") links++;
                else if (d.LocalName == "img") images++;
            }
            return images > 0 && links >= 2;
        }
    }

    static void PushChildren(Stack<IElement> stack, IElement e)
    {
        var nodes = e.ChildNodes;
        for (int i = nodes.Length - 1; i >= 0; i--)
            if (nodes[i] is IElement c) stack.Push(c);
    }

    static void Drop(IElement e, int len)
    {
        if (Debug && len > 200) Console.Error.WriteLine($"drop2 <{e.LocalName} class={e.ClassName} id={e.Id}> {len}");
        e.Remove();
    }

    static bool IsInsideArticle(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
            if (p.LocalName is "article" or "main") return true;
        return false;
    }

    /// <summary>An inline style with <c>display:none</c> or <c>visibility:hidden</c> (spaces and case ignored).</summary>
    internal static bool IsHiddenStyle(string style) =>
        HasDeclaration(style, "display", "none") || HasDeclaration(style, "visibility", "hidden");

    static bool HasDeclaration(string style, string property, string value)
    {
        var s = style.AsSpan();
        int from = 0;
        while (from < s.Length)
        {
            int i = s[from..].IndexOf(property, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            int k = from + i + property.Length;
            from = k;
            while (k < s.Length && char.IsWhiteSpace(s[k])) k++;
            if (k >= s.Length || s[k] != ':') continue;
            k++;
            while (k < s.Length && char.IsWhiteSpace(s[k])) k++;
            if (s[k..].StartsWith(value, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- scoring

    static List<TextBlock> ExtractBody(IElement body)
    {
        var st = new DomStats(body);
        var scores = new Dictionary<IElement, double>();
        foreach (var e in body.Descendants<IElement>())
        {
            var tag = e.LocalName;
            bool para = tag is "p" or "pre" or "td" or "blockquote" ||
                        tag is "div" or "section" && !HasBlockChild(e) && HasDirectText(e);
            // Text written directly in a container next to block children ("<div><p class=title>…</p>Text…<br>…</div>")
            // is a paragraph of that container: it scores the container itself.
            bool loose = !para && tag is "div" or "section" or "article" or "main" or "td" && HasBlockChild(e) && HasDirectText(e);
            if (!para && !loose) continue;
            int len, commas;
            if (para) { var m = st[e]; len = m.Text; commas = m.Commas; }
            else
            {
                var text = DirectInlineText(e);
                len = NormalizedLength(text);
                commas = Count(text, ',') + Count(text, '，');
            }
            if (len < 25) continue;
            double score = 1 + commas + Math.Min(len / 100, 3);
            int level = 0;
            for (var a = para ? e.ParentElement : e; a is not null && level < 5; a = a.ParentElement, level++)
            {
                if (!scores.ContainsKey(a)) scores[a] = InitialScore(a);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores[a] += score / divider;
            }
        }
        IElement? top = null;
        double topScore = 0;
        foreach (var (e, s) in scores)
        {
            double fs = s * (1 - st.LinkDensity(e));
            scores[e] = fs;
            if (fs > topScore) { topScore = fs; top = e; }
        }
        if (top is null) return CollectBlocks([body], st);

        // Several strong candidates under one ancestor: take the ancestor (articles split into several containers).
        var alternatives = scores.Where(kv => kv.Key != top && kv.Value >= topScore * 0.75).Select(kv => kv.Key).ToList();
        if (alternatives.Count >= 2)
        {
            for (var p = top.ParentElement; p is not null && p.LocalName != "body"; p = p.ParentElement)
            {
                int contained = alternatives.Count(a => Dom.IsInclusiveAncestor(p, a));
                if (contained >= 2) { top = p; topScore = Math.Max(topScore, scores.GetValueOrDefault(p)); break; }
            }
        }
        // Climb while the parent scores about as well (the top is only a part of the article).
        for (var p = top.ParentElement; p is not null && p.LocalName != "body"; p = p.ParentElement)
        {
            if (!scores.TryGetValue(p, out var ps) || ps < topScore * 0.9) break;
            if (st.TextLength(p) > st.TextLength(top) * 3) break;
            top = p; topScore = Math.Max(topScore, ps);
        }

        // Articles split over several containers: climb while the parent holds clearly more good paragraph text
        // (long, few links) without becoming link-heavy.
        int good = st.GoodText(top);
        for (var p = top.ParentElement; p is not null && p.LocalName is not ("body" or "html"); p = p.ParentElement)
        {
            int pg = st.GoodText(p);
            if (pg < good * 1.2 || pg - good < 150 || st.LinkDensity(p) > 0.3) break;
            top = p; good = pg; topScore = Math.Max(topScore, scores.GetValueOrDefault(p));
        }

        // Articles cut into chunks, each in its own layout wrapper: "cousins" of the top (same tag and class — a class
        // that marks content —, under its grandparent or the next two ancestors) holding good text make their
        // common ancestor the top.
        if (top.ClassName is { Length: > 0 } topCls && Hints.Classify(top).Positive)
        {
            var anc = top.ParentElement?.ParentElement;
            for (int k = 0; k < 3 && anc is not null && anc.LocalName is not ("body" or "html"); k++, anc = anc.ParentElement)
            {
                int cousinGood = 0;
                foreach (var d in anc.Descendants<IElement>())
                    if (d != top && d.LocalName == top.LocalName && d.ClassName == topCls && !Dom.IsInclusiveAncestor(top, d) && !Dom.IsInclusiveAncestor(d, top))
                        cousinGood += st.GoodText(d);
                if (cousinGood >= 150 && st.LinkDensity(anc) <= 0.3)
                {
                    top = anc;
                    topScore = Math.Max(topScore, scores.GetValueOrDefault(anc));
                    break;
                }
            }
        }

        if (Debug) Console.Error.WriteLine($"top <{top.LocalName} class={top.ClassName} id={top.Id}> score={topScore:F1} len={st.TextLength(top)}");
        // Siblings of the top candidate that also look like content.
        var selected = new List<IElement>();
        var parent = top.ParentElement;
        if (parent is null) return CollectBlocks([top], st);
        double threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.ClassName;
        var siblings = Dom.ChildElements(parent);
        foreach (var sib in siblings)
        {
            if (sib == top) { selected.Add(sib); continue; }
            double bonus = !string.IsNullOrEmpty(topClass) && sib.ClassName == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sib, out var ss) && ss + bonus >= threshold) { selected.Add(sib); continue; }
            if (sib.LocalName == "p")
            {
                int len = st.TextLength(sib);
                double ld = st.LinkDensity(sib);
                if (len > 80 && ld < 0.25 || len > 0 && len <= 80 && ld == 0 && BlockCleaner.EndsSentence(sib.TextContent))
                    selected.Add(sib);
            }
        }
        // Siblings between selected ones (sub-headings, lists, quotes, short paragraphs) belong to the article too,
        // unless they are link lists.
        if (selected.Count > 1)
        {
            var children = siblings;
            int first = children.IndexOf(selected[0]), last = children.IndexOf(selected[^1]);
            var set = new HashSet<IElement>(selected);
            selected = [];
            for (int i = first; i <= last; i++)
            {
                var ch = children[i];
                if (set.Contains(ch) || st.TextLength(ch) > 0 && st.LinkDensity(ch) < 0.3 && !Hints.Classify(ch).Negative) selected.Add(ch);
            }
        }
        return CollectBlocks(selected, st);
    }

    static double InitialScore(IElement e)
    {
        double s = e.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var h = Hints.Classify(e);
        if (h.Positive) s += 25;
        if (h.Negative) s -= 25;
        if (e.LocalName == "article" || e.GetAttribute("itemprop") is "articleBody" or "text") s += 25;
        return s;
    }

    internal static bool HasBlockChild(IElement e)
    {
        var nodes = e.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
            if (nodes[i] is IElement c && BlockTags.Contains(c.LocalName)) return true;
        return false;
    }

    internal static bool HasDirectText(IElement e)
    {
        var nodes = e.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
            if (nodes[i] is IText t && !t.Data.AsSpan().IsWhiteSpace()) return true;
        return false;
    }

    /// <summary>The text of an element's direct text nodes and inline children (not its block children).</summary>
    static string DirectInlineText(IElement e)
    {
        var sb = new StringBuilder();
        foreach (var n in e.ChildNodes)
        {
            if (n is IText t) sb.Append(t.Data);
            else if (n is IElement c && !BlockTags.Contains(c.LocalName) && !DropTags.Contains(c.LocalName) && c.LocalName != "a") sb.Append(c.TextContent);
        }
        return sb.ToString();
    }

    static int Count(string s, char c)
    {
        int n = 0;
        foreach (var x in s) if (x == c) n++;
        return n;
    }

    static int NormalizedLength(string s) => DomStats.NormalizedLength(s);

    // ---------------------------------------------------------------- blocks

    sealed class Collector
    {
        readonly List<(TextBlock Block, bool Links, string? Tag, double LinkShare)> _raw = [];
        readonly StringBuilder _text = new();
        int _linkChars;
        BlockKind? _kind;
        bool _headline;
        string? _tag;
        public int LinkDepth;

        public void Append(string s)
        {
            _text.Append(s);
            if (LinkDepth > 0) foreach (var c in s) if (!char.IsWhiteSpace(c)) _linkChars++;
        }

        public void Flush()
        {
            if (_text.Length > 0)
            {
                var t = PlainTextExtractor.Normalize(_text.ToString());
                int nonSpace = 0;
                foreach (var c in t) if (!char.IsWhiteSpace(c)) nonSpace++;
                bool links = nonSpace > 0 && _linkChars > nonSpace * 0.5 && _kind != BlockKind.Heading;
                if (t.Length > 0) _raw.Add((new TextBlock(t, _kind, _headline), links, _tag, nonSpace == 0 ? 0 : _linkChars / (double)nonSpace));
            }
            _text.Clear();
            _linkChars = 0;
        }

        public void StartBlock(BlockKind? kind, string? tag, bool headline = false) { Flush(); _kind = kind; _headline = headline; _tag = tag; }

        /// <summary>
        /// The blocks, without the mostly-link ones (navigation), except headings and a linked paragraph standing
        /// between two text paragraphs (a product or source link that is part of the article).
        /// </summary>
        public List<TextBlock> Blocks()
        {
            var blocks = new List<TextBlock>(_raw.Count);
            for (int i = 0; i < _raw.Count; i++)
            {
                var (b, links, tag, share) = _raw[i];
                if (links && !(tag == "p" && i > 0 && i + 1 < _raw.Count && !_raw[i - 1].Links && !_raw[i + 1].Links && LinkedLineKept(b.Text))
                    && !(tag == "p" && share <= 0.9 && BlockCleaner.EndsSentence(b.Text) && BlockCleaner.WordCount(b.Text) >= 8))
                {
                    // Dropped, but the block before it learns that links followed it (a "Don't miss" heading over teasers).
                    if (blocks.Count > 0) blocks[^1] = blocks[^1] with { BeforeLinks = true };
                    continue;
                }
                blocks.Add(b);
            }
            return blocks;
        }
    }
    /// <summary>A linked line that belongs to the text: a short name (a source, a product) or a line with figures (a price, a link), not a shouted teaser headline.</summary>
    static bool LinkedLineKept(string t)
    {
        if (t.Length > 200) return false;
        int upper = 0, letters = 0;
        bool digit = false;
        foreach (var ch in t)
        {
            if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) upper++; }
            else if (char.IsDigit(ch)) digit = true;
        }
        if (letters >= 8 && upper > letters * 0.7) return false;
        return BlockCleaner.WordCount(t) <= 4 || digit;
    }


    static List<TextBlock> CollectBlocks(IEnumerable<IElement> roots, DomStats st)
    {
        var c = new Collector();
        foreach (var r in roots)
        {
            c.StartBlock(null, null);
            Walk(r, c, null, null, st);
            c.Flush();
        }
        return c.Blocks();
    }

    /// <summary>Nesting beyond this depth is read as flat text (guards the recursion on pathological markup).</summary>
    const int MaxDepth = 300;

    static void Walk(INode node, Collector c, BlockKind? inherited, string? blockTag, DomStats st, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            c.Append(" " + node.TextContent + " ");
            return;
        }
        switch (node)
        {
            case IText t:
                // Loose text in a container (not in a paragraph) with blank lines: plain text pasted into HTML
                // (feed descriptions, <div>s of text); a blank line is a paragraph break there.
                if (t.ParentElement?.LocalName is "div" or "section" or "article" or "main" or "body" or "td"
                    && (t.Data.Contains("\n\n", StringComparison.Ordinal) || t.Data.Contains("\n\r\n", StringComparison.Ordinal)))
                {
                    var parts = t.Data.Replace("\r\n", "\n").Split("\n\n");
                    for (int i = 0; i < parts.Length; i++)
                    {
                        if (i > 0) c.StartBlock(inherited, blockTag);
                        c.Append(parts[i]);
                    }
                    return;
                }
                c.Append(t.Data);
                return;
            case IElement e:
                var tag = e.LocalName;
                if (DropTags.Contains(tag)) return;
                if (tag == "br") { c.StartBlock(inherited, blockTag); return; }
                bool block = BlockTags.Contains(tag);
                var kind = inherited;
                if (block)
                {
                    if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") kind = BlockKind.Heading;
                    else if (tag == "blockquote") kind = BlockKind.Quote;
                    else if (kind is null or BlockKind.Paragraph && Hints.Classify(e).Lead && st.TextLength(e) < 1000) kind = BlockKind.Lead;
                    c.StartBlock(kind, tag, tag == "h1");
                }
                if (tag == "a") c.LinkDepth++;
                var children = e.ChildNodes;
                for (int i = 0; i < children.Length; i++) Walk(children[i], c, kind, block ? tag : blockTag, st, depth + 1);
                if (tag == "a") c.LinkDepth--;
                if (block) c.StartBlock(inherited, blockTag);
                return;
        }
    }
}
