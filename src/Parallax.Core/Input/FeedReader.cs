using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Parallax.Input;

/// <summary>
/// Expands an RSS 2.0, RSS 1.0 (RDF) or Atom feed into one <see cref="RawInput"/> per item: the item's link as
/// <see cref="RawInput.Url"/>, its date as <see cref="RawInput.Published"/>, the feed title as
/// <see cref="RawInput.SourceName"/>, and a small HTML page (title + content or description) as the bytes.
/// </summary>
public static class FeedReader
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    public static bool LooksLikeFeed(ReadOnlySpan<byte> bytes) =>
        InputReader.Sniff(bytes) is ContentTypes.Rss or ContentTypes.Atom;

    /// <summary>XML nested deeper than this is refused before it is loaded (deep trees make XML handling quadratic).</summary>
    public const int MaxDepth = 256;

    static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false,
        IgnoreComments = true, IgnoreProcessingInstructions = true,
    };

    /// <summary>
    /// Loads the feed's items one by one, so that a feed broken after its k-th item (truncated, invalid bytes,
    /// an undeclared entity) still gives its k complete items, then one error. DTDs are ignored: no entity is
    /// expanded (billion laughs) and nothing external is read.
    /// </summary>
    static (XName? Root, string? Title, List<XElement> Items, string? Error) Load(byte[] bytes)
    {
        string? title = null, error = null;
        XName? root = null;
        var items = new List<XElement>();
        try
        {
            using (var check = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings()))
                while (check.Read())
                    if (check.Depth > MaxDepth) throw new XmlException($"elements nested deeper than {MaxDepth} levels");
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException or DecoderFallbackException)
        {
            // Broken XML: still read the items before the break below; nesting too deep: refuse.
            if (e.Message.StartsWith("elements nested deeper", StringComparison.Ordinal)) return (null, null, items, InputReader.OneLine(e));
        }
        try
        {
            using var xr = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings());
            xr.MoveToContent();
            if (xr.NodeType != XmlNodeType.Element) return (null, null, items, "no root element");
            root = XName.Get(xr.LocalName, xr.NamespaceURI);
            bool atom = root == Atom + "feed";
            xr.Read();
            while (!xr.EOF)
            {
                if (xr.NodeType != XmlNodeType.Element) { xr.Read(); continue; }
                var name = XName.Get(xr.LocalName, xr.NamespaceURI);
                bool isItem = atom ? name == Atom + "entry" : name.LocalName == "item" && (name.Namespace == XNamespace.None || name.Namespace == Rss1);
                bool isChannel = !atom && name.LocalName == "channel" && (name.Namespace == XNamespace.None || name.Namespace == Rss1) && xr.Depth == 1;
                bool isTitle = name.LocalName == "title" && title is null && items.Count == 0 &&
                               (atom ? name == Atom + "title" && xr.Depth == 1 : xr.Depth == 2 && (name.Namespace == XNamespace.None || name.Namespace == Rss1));
                if (isItem) items.Add((XElement)XNode.ReadFrom(xr));
                else if (isTitle) title = Clean(((XElement)XNode.ReadFrom(xr)).Value);
                else if (isChannel || xr.Depth == 0) xr.Read();          // step into the channel
                else xr.Skip();
            }
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException or DecoderFallbackException)
        {
            error = InputReader.OneLine(e);
        }
        return (root, title, items, error);
    }

    public static IEnumerable<InputItem> Read(byte[] bytes, string path)
    {
        var (rootName, feedTitle, items, error) = Load(bytes);
        if (rootName is null || (items.Count == 0 && error is not null))
        {
            yield return InputItem.Fail(path, "malformed feed: " + (error ?? "no root"));
            yield break;
        }
        bool atom = rootName == Atom + "feed";

        int n = 0;
        foreach (var item in items)
        {
            n++;
            var itemPath = $"{path}#{n}";
            string? title, link, html;
            DateOnly? date;
            if (atom)
            {
                title = Clean(item.Element(Atom + "title")?.Value);
                var links = item.Elements(Atom + "link").ToList();
                link = (links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault())?.Attribute("href")?.Value;
                date = ParseDate(item.Element(Atom + "published")?.Value) ?? ParseDate(item.Element(Atom + "updated")?.Value);
                html = ContentOf(item.Element(Atom + "content")) ?? ContentOf(item.Element(Atom + "summary"));
            }
            else
            {
                title = Clean(Child(item, "title")?.Value);
                link = Clean(Child(item, "link")?.Value) ?? (item.Element("guid") is { } g && (string?)g.Attribute("isPermaLink") != "false" ? Clean(g.Value) : null);
                date = ParseDate(Child(item, "pubDate")?.Value) ?? ParseDate(item.Element(Dc + "date")?.Value);
                html = item.Element(Content + "encoded")?.Value ?? Child(item, "description")?.Value;
            }
            if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(title))
            {
                yield return InputItem.Fail(itemPath, "feed item without title or content");
                continue;
            }
            var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
            if (title is not null) page.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
            if (link is not null) page.Append("<link rel=\"canonical\" href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">");
            page.Append("</head><body><article>");
            if (title is not null) page.Append("<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>");
            page.Append(html ?? "").Append("</article></body></html>");
            yield return InputItem.Ok(new RawInput
            {
                Bytes = Encoding.UTF8.GetBytes(page.ToString()),
                Path = itemPath,
                Url = link,
                ContentType = ContentTypes.Html + "; charset=utf-8",
                Published = date,
                SourceName = feedTitle,
            });
        }
        if (error is not null) yield return InputItem.Fail($"{path}#{n + 1}", $"malformed feed after item {n}: {error}");
        else if (n == 0) yield return InputItem.Fail(path, "feed has no items");
    }

    static XElement? Child(XElement e, string name) => e.Element(name) ?? e.Element(Rss1 + name);

    /// <summary>Atom content: type="html" is escaped HTML (the value), type="xhtml" is inline markup, text is text.</summary>
    static string? ContentOf(XElement? e)
    {
        if (e is null) return null;
        var type = (string?)e.Attribute("type");
        if (type == "xhtml")
            return string.Concat(e.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        if (type is null or "text")
            return "<p>" + WebUtility.HtmlEncode(e.Value).Replace("\n\n", "</p><p>") + "</p>";
        return e.Value;
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Parses RFC 822 (RSS) and ISO 8601 (Atom, Dublin Core) dates; the calendar date as written.</summary>
    public static DateOnly? ParseDate(string? s) => Parallax.Extraction.DateParsing.ParseMachineDate(s);
}
