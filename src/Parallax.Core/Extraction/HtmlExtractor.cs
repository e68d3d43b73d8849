using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using System.Text;
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
}

/// <summary>HTML pages: metadata and main body.</summary>
public static class HtmlExtractor
{
    static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static HtmlPage Extract(string html, string? url)
    {
        var doc = Parser.ParseDocument(html);
        foreach (var e in doc.QuerySelectorAll("script,style,noscript,template,nav,aside,footer,form,figure,iframe,svg").ToList()) e.Remove();
        var title = doc.Title?.Trim();
        var blocks = new List<TextBlock>();
        if (doc.Body is { } body)
            foreach (var e in body.QuerySelectorAll("p,h1,h2,h3,h4,h5,h6,li"))
            {
                var t = PlainTextExtractor.Normalize(e.TextContent);
                if (t.Length > 0) blocks.Add(new TextBlock(t, e.LocalName is "h2" or "h3" or "h4" ? BlockKind.Heading : null));
            }
        var clean = BlockCleaner.Clean(blocks, findTitle: false, knownTitle: title);
        return new HtmlPage { Clean = clean, Title = title, Url = url };
    }
}
