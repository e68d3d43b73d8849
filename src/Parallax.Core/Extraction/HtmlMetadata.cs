using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Parallax.Extraction;

/// <summary>
/// Page metadata, in order of trust: JSON-LD (NewsArticle/Article/BlogPosting…: headline, datePublished,
/// dateModified, author, publisher, inLanguage, articleBody), Open Graph / article:*, other &lt;meta&gt; names,
/// microdata (itemprop), &lt;time datetime&gt;, &lt;link rel=canonical&gt;, &lt;html lang&gt;, &lt;title&gt; / &lt;h1&gt;, a date in the URL.
/// </summary>
public sealed partial class HtmlMetadata
{
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? SiteName { get; set; }
    public string? Language { get; set; }
    public DateOnly? Published { get; set; }
    public DateOnly? Modified { get; set; }
    public List<string> Authors { get; } = [];
    public string? ArticleBody { get; set; }
    /// <summary>og:description / description / JSON-LD description: often the standfirst.</summary>
    public string? Description { get; set; }

    static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date",
        "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "og:published_time", "cxenseparse:recs:publishtime",
        "article_date_original", "originalpublicationdate", "displaydate", "dateposted", "creation_date",
    ];
    static readonly string[] ModifiedMeta = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "article.updated"];
    static readonly string[] AuthorMeta = ["author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author", "citation_author"];

    static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "WebPage",
    };

    /// <summary>The elements metadata is read from, gathered in one walk over the document (document order).</summary>
    sealed class Found
    {
        public readonly Dictionary<string, string> Metas = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<IElement> JsonLd = [];
        public readonly List<IElement> ItempropDates = [];      // [itemprop=datePublished], [itemprop=dateCreated]
        public readonly List<IElement> Times = [];              // time[datetime], time[pubdate]
        public readonly List<IElement> AuthorNames = [];        // [itemprop=author] [itemprop=name], [rel=author]
        public readonly List<IElement> Bylines = [];            // [class*=byline], [class*=author], [id*=byline], [itemprop=author]
        public string? Canonical;                               // link[rel=canonical] href
        public IElement? H1;

        const int MaxDepth = 300;

        public void Walk(IElement e, int authorScopes, int depth)
        {
            if (depth > MaxDepth) return;
            var tag = e.LocalName;
            var itemprop = e.GetAttribute("itemprop");
            switch (tag)
            {
                case "meta":
                    var key = e.GetAttribute("property") ?? e.GetAttribute("name") ?? itemprop ?? e.GetAttribute("http-equiv");
                    var content = e.GetAttribute("content");
                    if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(content)) Metas.TryAdd(key.Trim(), content.Trim());
                    break;
                case "script":
                    if (string.Equals(e.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) JsonLd.Add(e);
                    return;
                case "style":
                    return;
                case "time":
                    if (e.HasAttribute("datetime") || e.HasAttribute("pubdate")) Times.Add(e);
                    break;
                case "link":
                    if (Canonical is null && e.GetAttribute("rel") == "canonical") Canonical = e.GetAttribute("href");
                    break;
                case "h1":
                    H1 ??= e;
                    break;
            }
            if (itemprop is "datePublished" or "dateCreated") ItempropDates.Add(e);
            if (authorScopes > 0 && itemprop == "name" || e.GetAttribute("rel") == "author") AuthorNames.Add(e);
            if (itemprop == "author" || e.GetAttribute("class") is { } cls && (cls.Contains("byline", StringComparison.Ordinal) || cls.Contains("author", StringComparison.Ordinal))
                || e.Id is { } id && id.Contains("byline", StringComparison.Ordinal))
                Bylines.Add(e);
            if (itemprop == "author") authorScopes++;
            var nodes = e.ChildNodes;
            for (int i = 0; i < nodes.Length; i++)
                if (nodes[i] is IElement c) Walk(c, authorScopes, depth + 1);
        }
    }

    public static HtmlMetadata Read(IDocument doc, string? url)
    {
        var m = new HtmlMetadata();
        var found = new Found();
        if (doc.DocumentElement is { } root) found.Walk(root, 0, 0);
        var metas = found.Metas;

        // JSON-LD
        JsonElement? article = null, webpage = null;
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var s in found.JsonLd)
            {
                try
                {
                    var jd = JsonDocument.Parse(s.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    docs.Add(jd);
                    FindArticle(jd.RootElement, ref article, ref webpage, 0);
                }
                catch (JsonException) { }
            }
            var ld = article ?? webpage;
            if (article is { } a)
            {
                m.Title = Str(a, "headline") ?? Str(a, "name");
                m.Published = DateParsing.ParseMachineDate(Str(a, "datePublished") ?? Str(a, "dateCreated"));
                m.Modified = DateParsing.ParseMachineDate(Str(a, "dateModified"));
                AddPeople(a, "author", m.Authors);
                if (m.Authors.Count == 0) AddPeople(a, "creator", m.Authors);
                if (a.TryGetProperty("publisher", out var pub)) m.SiteName = pub.ValueKind == JsonValueKind.String ? pub.GetString() : Str(pub, "name");
                m.Language = Lang(Str(a, "inLanguage"));
                m.ArticleBody = Str(a, "articleBody");
            }
            else if (ld is { } w)
            {
                m.Published = DateParsing.ParseMachineDate(Str(w, "datePublished"));
                m.Modified = DateParsing.ParseMachineDate(Str(w, "dateModified"));
            }
        }
        finally { foreach (var d in docs) d.Dispose(); }

        // Open Graph and <meta>
        m.Title ??= Get(metas, "og:title", "twitter:title", "dc.title", "headline");
        m.Description = Get(metas, "og:description", "description", "twitter:description", "dc.description");
        m.SiteName ??= Get(metas, "og:site_name", "application-name", "publisher", "twitter:site")?.TrimStart('@');
        m.Published ??= First(metas, PublishedMeta);
        m.Modified ??= First(metas, ModifiedMeta);
        if (m.Authors.Count == 0)
            foreach (var k in AuthorMeta)
                if (metas.TryGetValue(k, out var au) && !au.StartsWith("http", StringComparison.OrdinalIgnoreCase) && au.Length < 100)
                {
                    foreach (var part in au.Split([",", " and ", " et ", ";"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                        if (!m.Authors.Contains(part)) m.Authors.Add(part);
                    break;
                }
        // Microdata and <time>
        if (m.Published is null)
        {
            foreach (var e in found.ItempropDates)
                if ((m.Published = DateParsing.ParseMachineDate(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent)) is not null) break;
        }
        if (m.Published is null)
        {
            foreach (var t in found.Times)
                if ((m.Published = DateParsing.ParseMachineDate(t.GetAttribute("datetime"))) is not null) break;
        }
        if (m.Authors.Count == 0)
            foreach (var e in found.AuthorNames)
            {
                var n = PlainTextExtractor.Normalize(e.TextContent);
                if (n.Length is > 2 and < 60 && !m.Authors.Contains(n)) m.Authors.Add(n);
            }

        // Byline elements (class/id "byline", "author"): "By Jane Smith", "Par Marie Dupont", or a bare name.
        if (m.Authors.Count == 0)
            foreach (var e in found.Bylines)
            {
                var text = PlainTextExtractor.Normalize(e.TextContent);
                if (text.Length is < 3 or > 120) continue;
                var kind = Boilerplate.Default.MatchPrefix(text, out int rest);
                if (kind == BoilerplateKind.Byline && BlockCleaner.TryByline(text.AsSpan(rest), out var names)) { m.Authors.AddRange(names); break; }
                if (kind == BoilerplateKind.None && BlockCleaner.TryByline(text, out names) && names.Count <= 3 && names.All(n => n.Contains(' '))) { m.Authors.AddRange(names); break; }
            }

        // URL
        var canonical = found.Canonical;
        m.Url = Absolute(canonical, url) ?? Absolute(Get(metas, "og:url"), url) ?? url;
        m.Published ??= DateFromUrl(m.Url) ?? DateFromUrl(url);

        // Language
        m.Language ??= Lang(doc.DocumentElement?.GetAttribute("lang")) ?? Lang(doc.DocumentElement?.GetAttribute("xml:lang"))
                       ?? Lang(Get(metas, "content-language", "language", "dc.language", "og:locale"));

        // Title: metadata, else <h1>, else <title> without the site name.
        var h1 = found.H1 is { } h ? PlainTextExtractor.Normalize(h.TextContent) : null;
        var titleTag = doc.Title is { } tt ? PlainTextExtractor.Normalize(tt) : null;
        if (m.Title is null)
        {
            if (!string.IsNullOrEmpty(h1) && (titleTag is null || titleTag.Contains(h1, StringComparison.OrdinalIgnoreCase) || h1.Length > 15)) m.Title = h1;
            else if (!string.IsNullOrEmpty(titleTag)) m.Title = StripSiteName(titleTag, m.SiteName);
        }
        else
        {
            m.Title = PlainTextExtractor.Normalize(System.Net.WebUtility.HtmlDecode(m.Title));
            if (m.SiteName is not null) m.Title = StripSiteName(m.Title, m.SiteName, onlySite: true);
        }
        if (m.Title is { Length: 0 }) m.Title = null;
        return m;
    }

    static void FindArticle(JsonElement e, ref JsonElement? article, ref JsonElement? webpage, int depth)
    {
        if (depth > 6 || article is not null) return;
        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray()) FindArticle(x, ref article, ref webpage, depth + 1);
                break;
            case JsonValueKind.Object:
                if (e.TryGetProperty("@type", out var type))
                {
                    foreach (var t in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type])
                    {
                        var name = t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                        if (name is null || !ArticleTypes.Contains(name)) continue;
                        if (name == "WebPage") { webpage ??= e; }
                        else { article = e; return; }
                    }
                }
                if (e.TryGetProperty("@graph", out var graph)) FindArticle(graph, ref article, ref webpage, depth + 1);
                if (e.TryGetProperty("mainEntity", out var main)) FindArticle(main, ref article, ref webpage, depth + 1);
                break;
        }
    }

    static string? Str(JsonElement e, string prop)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(prop, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0) v = v[0];
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Str(v, "name") ?? Str(v, "@value"),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    static void AddPeople(JsonElement e, string prop, List<string> into)
    {
        if (!e.TryGetProperty(prop, out var v)) return;
        foreach (var p in v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToArray() : [v])
        {
            var name = p.ValueKind == JsonValueKind.String ? p.GetString() : Str(p, "name");
            if (string.IsNullOrWhiteSpace(name) || name.StartsWith("http", StringComparison.OrdinalIgnoreCase)) continue;
            name = PlainTextExtractor.Normalize(name);
            if (name.Length < 100 && !into.Contains(name)) into.Add(name);
        }
    }

    static string? Get(Dictionary<string, string> metas, params string[] keys)
    {
        foreach (var k in keys) if (metas.TryGetValue(k, out var v)) return v;
        return null;
    }

    static DateOnly? First(Dictionary<string, string> metas, string[] keys)
    {
        foreach (var k in keys)
            if (metas.TryGetValue(k, out var v) && DateParsing.ParseMachineDate(v) is { } d) return d;
        return null;
    }

    /// <summary>Primary language subtag, lower case ("fr-FR" → "fr", "en_US" → "en").</summary>
    static string? Lang(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var t = tag.Trim();
        int cut = t.IndexOfAny(['-', '_', ',', ';', ' ']);
        if (cut > 0) t = t[..cut];
        t = t.ToLowerInvariant();
        return t.Length is 2 or 3 && t.All(char.IsAsciiLetter) ? t : null;
    }

    static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs.ToString();
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href.Trim(), out var rel)) return rel.ToString();
        return null;
    }

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_.]|$)")]
    private static partial Regex UrlDate();

    static DateOnly? DateFromUrl(string? url)
    {
        if (url is null) return null;
        var mt = UrlDate().Match(url);
        if (!mt.Success) return null;
        int y = int.Parse(mt.Groups[1].Value), mo = int.Parse(mt.Groups[2].Value), d = int.Parse(mt.Groups[3].Value);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new DateOnly(y, mo, d);
    }

    /// <summary>"Title | Site" / "Title - Site" → "Title": drops the segment equal to the site name, else the shorter end segment.</summary>
    static string StripSiteName(string title, string? site, bool onlySite = false)
    {
        foreach (var sep in new[] { " | ", " - ", " – ", " — ", " :: ", " · ", " • " })
        {
            int i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i <= 0) continue;
            var head = title[..i].Trim();
            var tail = title[(i + sep.Length)..].Trim();
            if (site is not null && tail.Equals(site, StringComparison.OrdinalIgnoreCase)) return head;
            if (!onlySite && tail.Length < head.Length && BlockCleaner.WordCount(tail) <= 4) return head;
        }
        return title;
    }
}
