using System.Collections.Immutable;
using Parallax.Input;
using Parallax.Model;

namespace Parallax.Extraction;

/// <summary>An extracted document and the source attributions found on the page ("Source: agence tass" → "agence tass").</summary>
public sealed record ExtractionResult(Document Document, IReadOnlyList<string> Attributions)
{
    /// <summary>
    /// What was left unread of a pathological page, one line each: markup beyond the size limit, nesting beyond the
    /// depth limit (<see cref="HtmlPrefilter"/>). Empty for ordinary pages.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// Stage 1: raw bytes → <see cref="Document"/>. Decodes the bytes (<see cref="TextDecoder"/>), then dispatches on
/// the content type (given, else sniffed): HTML → <see cref="HtmlExtractor"/>, anything else → <see cref="PlainTextExtractor"/>.
/// Thread-safe and stateless.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    /// <summary>Plain text beyond this many characters is not read (HTML has its own limits, see <see cref="HtmlPrefilter"/>).</summary>
    public const int MaxTextChars = HtmlPrefilter.DefaultMaxChars;

    public Document Extract(RawInput input) => ExtractDetailed(input).Document;

    /// <summary>The document plus what has no place in <see cref="Document"/> yet: source attributions ("Source: AFP").</summary>
    public static ExtractionResult ExtractDetailed(RawInput input)
    {
        var bytes = input.Bytes.Span;
        var type = input.ContentType;
        if (type is null || !(ContentTypes.IsHtml(type) || ContentTypes.IsText(type)))
            type = InputReader.Sniff(bytes) is { } sniffed && ContentTypes.IsHtml(sniffed) ? sniffed : type ?? ContentTypes.Text;
        bool html = ContentTypes.IsHtml(type) || (!ContentTypes.IsText(type) && InputReader.Sniff(bytes) == ContentTypes.Html);
        var text = TextDecoder.Decode(bytes, input.ContentType, html, out _);

        if (html)
        {
            var page = HtmlExtractor.Extract(text, input.Url);
            return new(Build(input, page.Clean, page.Title ?? page.Clean.Title, page.Url ?? input.Url, page.SiteName,
                         page.Published, page.Modified, page.Language, page.Authors), page.Clean.Attributions) { Warnings = page.Warnings };
        }
        List<string> warnings = [];
        if (text.Length > MaxTextChars)
        {
            // A plain-text "article" of millions of characters is a dump: read its beginning, cut at a line end.
            int cut = text.AsSpan(0, MaxTextChars).LastIndexOf('\n');
            text = text[..(cut > MaxTextChars / 2 ? cut : MaxTextChars)];
            warnings.Add($"text longer than {MaxTextChars:N0} characters: only the first {text.Length:N0} were read");
        }
        var r = PlainTextExtractor.Extract(text);
        return new(Build(input, r, r.Title, input.Url, null, null, null, null, []), r.Attributions) { Warnings = warnings };
    }

    static Document Build(RawInput input, CleanResult r, string? title, string? url, string? siteName,
                          DateOnly? published, DateOnly? modified, string? language, IReadOnlyList<string> metaAuthors)
    {
        var (text, paragraphs) = BlockCleaner.Assemble(r.Body);
        var authors = metaAuthors.Count > 0 ? metaAuthors : r.Authors;
        return new Document
        {
            Id = input.ComputeId(),
            Source = new SourceInfo(input.Path, url, input.SourceName ?? siteName ?? r.SiteName),
            Language = language,
            Published = input.Published ?? published ?? r.Date,
            Modified = modified,
            Title = title,
            Authors = [.. authors.Distinct()],
            Text = text,
            Paragraphs = paragraphs,
            Removed = [.. r.Removed],
        };
    }
}
