using Parallax.Evaluation;

namespace Parallax.Cli.Baselines;

/// <summary>
/// The comparison baseline of <c>parallax eval extraction</c>: SmartReader (NuGet package, a .NET port of Mozilla's
/// Readability) run on the same gunzipped in-memory pages as Parallax. It lives in the CLI, not in Parallax.Core, so
/// that the library does not depend on it. The page is given as bytes (SmartReader detects the encoding as it does
/// for downloaded pages) with its URL (a placeholder when the benchmark has none); the body is the article's
/// <c>TextContent</c>, empty when SmartReader finds no readable article.
/// </summary>
internal static class SmartReaderBaseline
{
    public const string Name = "SmartReader 0.11.1";

    public static string Body(ExtractionBenchmarkPage page)
    {
        var uri = page.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out _) ? u : "https://localhost/";
        using var stream = new MemoryStream(page.Html, writable: false);
        using var reader = new SmartReader.Reader(uri, stream);
        var article = reader.GetArticle();
        return article.IsReadable ? article.TextContent ?? "" : "";
    }
}
