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
    public static int MaxTextChars => Limits.MaxPageChars;

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
            List<string> htmlWarnings = [.. page.Warnings];
            return new(Build(input, page.Clean, page.Title ?? page.Clean.Title, page.Url ?? input.Url, page.SiteName,
                         page.Published, page.Modified, page.Language, page.Authors, htmlWarnings), page.Clean.Attributions) { Warnings = htmlWarnings };
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
        return new(Build(input, r, r.Title, input.Url, null, null, null, null, [], warnings), r.Attributions) { Warnings = warnings };
    }

    static Document Build(RawInput input, CleanResult r, string? title, string? url, string? siteName,
                          DateOnly? published, DateOnly? modified, string? language, IReadOnlyList<string> metaAuthors,
                          List<string> warnings)
    {
        var (text, paragraphs) = BlockCleaner.Assemble(r.Body);
        if (text.Length > Limits.MaxArticleChars)
        {
            int length = text.Length;
            (text, paragraphs) = Truncate(text, paragraphs, Limits.MaxArticleChars);
            warnings.Add($"article text longer than {Limits.MaxArticleChars:N0} characters ({length:N0}): only the first {text.Length:N0} are analysed");
        }
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

    /// <summary>
    /// Cuts an assembled article to at most <paramref name="max"/> characters: after the last paragraph that fits,
    /// else (a giant paragraph) inside it, after the last full stop or space in the second half of the window.
    /// </summary>
    internal static (string Text, ImmutableArray<Paragraph> Paragraphs) Truncate(string text, ImmutableArray<Paragraph> paragraphs, int max)
    {
        if (text.Length <= max) return (text, paragraphs);
        int cut = 0;
        foreach (var p in paragraphs) if (p.End <= max) cut = p.End;
        if (cut < max / 2)
        {
            var window = text.AsSpan(0, max);
            int dot = window.LastIndexOfAny(". ");
            cut = dot >= max / 2 ? dot + 1 : max;
            if (char.IsHighSurrogate(text[cut - 1])) cut--;
            cut = text.AsSpan(0, cut).TrimEnd().Length;
        }
        var kept = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (var p in paragraphs)
        {
            if (p.Start >= cut) break;
            kept.Add(p.End <= cut ? p : p with { End = cut });
        }
        return (text[..cut], kept.ToImmutable());
    }
}
