using System.IO.Compression;
using System.Text;

namespace Parallax.Reliability;

/// <summary>The input kind a fault case exercises.</summary>
public enum FaultKind { Text, Html, Gzip, Feed, Warc }

/// <summary>What a fault case must give: a per-input error, a (possibly degraded) document, or either.</summary>
public enum FaultExpectation { Error, Document, ErrorOrDocument }

/// <summary>
/// One broken input of the fault corpus: how to write it (streamed, so a 200 MB page is never held in memory),
/// under which file name (the extension drives the input reader), and what must come out of it.
/// </summary>
public sealed record FaultCase(string Name, FaultKind Kind, string FileName, FaultExpectation Expect, string Description, Action<Stream> Write)
{
    /// <summary>At least this many documents must come out (a truncated WARC keeps its complete records).</summary>
    public int MinDocuments { get; init; }
    /// <summary>No extracted text may contain this (an XML external entity must not be resolved).</summary>
    public string? MustNotContain { get; init; }
    /// <summary>Writes hundreds of megabytes: run it apart, not with the quick cases.</summary>
    public bool Large { get; init; }

    public override string ToString() => Name;
}

/// <summary>
/// Generates the fault-injection corpus in code (nothing big is committed): for each input kind (text, HTML,
/// gzip, feed, WARC) truncated, binary, empty, deeply nested, oversized, bomb, invalid-UTF-8, mixed-encoding and
/// entity-expansion inputs. Deterministic: the same cases give the same bytes. Also generates small valid
/// articles (<see cref="GoodArticle"/>) for batch, crash and concurrency runs.
/// </summary>
public static class FaultCorpus
{
    static readonly Encoding Utf8 = new UTF8Encoding(false);
    static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>All cases; <paramref name="includeLarge"/> adds the 200 MB ones.</summary>
    public static IReadOnlyList<FaultCase> Cases(bool includeLarge = true)
    {
        var all = Build().ToList();
        return includeLarge ? all : [.. all.Where(c => !c.Large)];
    }

    /// <summary>The case of this name.</summary>
    public static FaultCase Get(string name) =>
        Build().FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"no fault case named '{name}'", nameof(name));

    /// <summary>Writes the case into <paramref name="dir"/> and returns the file's path.</summary>
    public static string WriteFile(FaultCase c, string dir)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, c.FileName);
        using var fs = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        c.Write(fs);
        return path;
    }

    const int Huge = 200 * 1000 * 1000;

    static IEnumerable<FaultCase> Build()
    {
        var article = GoodArticle(1);
        var articleHtml = GoodHtml(2);

        // ---- plain text
        yield return new("text-empty", FaultKind.Text, "text-empty.txt", FaultExpectation.Error, "zero-length file", _ => { });
        yield return new("text-blank", FaultKind.Text, "text-blank.txt", FaultExpectation.Error, "only whitespace and a BOM",
            s => s.Write("\uFEFF  \n\n\t \r\n"u8));
        yield return new("text-binary", FaultKind.Text, "text-binary.txt", FaultExpectation.Error, "64 KiB of random bytes (with NULs)",
            s => s.Write(RandomBytes(65536, 3)));
        yield return new("text-invalid-utf8", FaultKind.Text, "text-invalid-utf8.txt", FaultExpectation.Document,
            "an article with invalid UTF-8 sequences (lone continuation bytes, overlong forms, 0xFF, surrogates)",
            s => WriteWithInsertions(s, Utf8.GetBytes(article), [[0xC3, 0x28], [0x80], [0xFF, 0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]], 4));
        yield return new("text-mixed-encodings", FaultKind.Text, "text-mixed-encodings.txt", FaultExpectation.Document,
            "UTF-8, Latin-1 and Windows-1252 paragraphs in one file",
            s =>
            {
                s.Write(Utf8.GetBytes("Le président a déclaré mercredi que les négociations reprendraient.\n\n"));
                s.Write(Latin1.GetBytes("Le ministre des Affaires étrangères a précisé que la réunion aurait lieu à Genève.\n\n"));
                s.Write([0x93, .. "Nous sommes prêts"u8, 0x94, .. ", a-t-il dit "u8, 0x96, .. " selon l"u8, 0x92, .. "agence.\n"u8]);
            });
        yield return new("text-utf16-no-bom", FaultKind.Text, "text-utf16-no-bom.txt", FaultExpectation.ErrorOrDocument,
            "UTF-16LE text without a byte-order mark", s => s.Write(Encoding.Unicode.GetBytes(article)));
        yield return new("text-truncated-multibyte", FaultKind.Text, "text-truncated-multibyte.txt", FaultExpectation.Document,
            "an article cut in the middle of a multi-byte character",
            s => { var b = Utf8.GetBytes(article + " déjà élu"); s.Write(b.AsSpan(0, b.Length - 1)); });
        yield return new("text-control-chars", FaultKind.Text, "text-control-chars.txt", FaultExpectation.ErrorOrDocument,
            "an article sprinkled with C0 control characters and escape sequences",
            s => WriteWithInsertions(s, Utf8.GetBytes(article), [[0x01], [0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m'], [0x08], [0x0B], [0x7F]], 5));
        yield return new("text-one-line-6mb", FaultKind.Text, "text-one-line-6mb.txt", FaultExpectation.Document,
            "6 MB of words on one line (beyond the page character cap)",
            s => WriteRepeated(s, "une ligne de mots sans fin et sans point ", 6_000_000));
        yield return new("text-one-word-2mb", FaultKind.Text, "text-one-word-2mb.txt", FaultExpectation.ErrorOrDocument,
            "one 2 MB token without a space", s => WriteRepeated(s, "abcdefghéè", 2_000_000));
        yield return new("text-many-lines", FaultKind.Text, "text-many-lines.txt", FaultExpectation.Document,
            "500,000 one-character lines", s => WriteRepeated(s, "a\n", 1_000_000));

        // ---- HTML
        yield return new("html-empty", FaultKind.Html, "html-empty.html", FaultExpectation.Error, "zero-length page", _ => { });
        yield return new("html-truncated", FaultKind.Html, "html-truncated.html", FaultExpectation.Document,
            "a page cut inside a tag, an attribute and a paragraph",
            s => { var b = Utf8.GetBytes(articleHtml); s.Write(b.AsSpan(0, b.Length * 2 / 3)); s.Write("<div class=\"a"u8); });
        yield return new("html-binary", FaultKind.Html, "html-binary.html", FaultExpectation.Error, "a PNG image named .html",
            s => { s.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]); s.Write(RandomBytes(20000, 5)); });
        yield return new("html-nested-100k", FaultKind.Html, "html-nested-100k.html", FaultExpectation.Document,
            "100,000 levels of <div> around an article",
            s => Nest(s, "<div>", "</div>", 100_000, ArticleParagraphs(3)));
        yield return new("html-nested-inline-100k", FaultKind.Html, "html-nested-inline-100k.html", FaultExpectation.Document,
            "100,000 levels of alternating inline elements (<b><i><span>)",
            s => Nest(s, "<b><i><span>", "</span></i></b>", 33_334, ArticleParagraphs(4)));
        yield return new("html-nested-tables-30k", FaultKind.Html, "html-nested-tables-30k.html", FaultExpectation.Document,
            "30,000 nested tables (table/tr/td: 90,000 elements deep)",
            s => Nest(s, "<table><tr><td>", "</td></tr></table>", 30_000, ArticleParagraphs(5)));
        yield return new("html-unclosed-100k", FaultKind.Html, "html-unclosed-100k.html", FaultExpectation.Document,
            "100,000 start tags never closed, article at the end",
            s => { s.Write(Utf8.GetBytes("<html><body>")); WriteRepeated(s, "<section><em>", 100_000 * 13); s.Write(Utf8.GetBytes(ArticleParagraphs(6))); });
        yield return new("html-huge-attribute", FaultKind.Html, "html-huge-attribute.html", FaultExpectation.Document,
            "an article followed by a 20 MB attribute value",
            s =>
            {
                s.Write(Utf8.GetBytes("<html><head><title>Titre</title></head><body><article>" + ArticleParagraphs(7) + "</article><div data-x=\""));
                WriteRepeated(s, "AAAAAAAAAA", 20_000_000);
                s.Write("\">end</div></body></html>"u8);
            });
        yield return new("html-many-attributes", FaultKind.Html, "html-many-attributes.html", FaultExpectation.Document,
            "200,000 attributes on one element",
            s =>
            {
                s.Write(Utf8.GetBytes("<html><body><div"));
                for (int i = 0; i < 200_000; i++) s.Write(Utf8.GetBytes($" a{i}=\"{i}\""));
                s.Write(Utf8.GetBytes(">" + ArticleParagraphs(8) + "</div></body></html>"));
            });
        yield return new("html-invalid-utf8", FaultKind.Html, "html-invalid-utf8.html", FaultExpectation.Document,
            "a page declared UTF-8 with invalid sequences",
            s => WriteWithInsertions(s, Utf8.GetBytes(articleHtml), [[0xC3, 0x28], [0xFF], [0xE2, 0x82], [0xED, 0xB0, 0x80]], 6));
        yield return new("html-mixed-encodings", FaultKind.Html, "html-mixed-encodings.html", FaultExpectation.Document,
            "declared ISO-8859-1, UTF-8 body, Windows-1252 quotes",
            s =>
            {
                s.Write(Utf8.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>Élection à Paris</title></head><body><article>"));
                s.Write(Utf8.GetBytes(ArticleParagraphs(9)));
                s.Write([.. "<p>"u8, 0x93, .. "Nous sommes prêts"u8, 0x94, .. ", a déclaré le ministre.</p>"u8]);
                s.Write(Latin1.GetBytes("<p>Le président a annoncé la réunion à Genève pour la semaine prochaine.</p></article></body></html>"));
            });
        yield return new("html-bogus-charset", FaultKind.Html, "html-bogus-charset.html", FaultExpectation.Document,
            "meta charset naming no known encoding",
            s => s.Write(Utf8.GetBytes(articleHtml.Replace("<meta charset=\"utf-8\">", "<meta charset=\"x-bogus-9999\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-77\">"))));
        yield return new("html-unclosed-comment", FaultKind.Html, "html-unclosed-comment.html", FaultExpectation.ErrorOrDocument,
            "a comment opened before the article and never closed",
            s => s.Write(Utf8.GetBytes("<html><body><!-- " + ArticleParagraphs(10) + "</body></html>")));
        yield return new("html-unclosed-script", FaultKind.Html, "html-unclosed-script.html", FaultExpectation.ErrorOrDocument,
            "a script opened before the article and never closed",
            s => s.Write(Utf8.GetBytes("<html><body><script>var x = '" + ArticleParagraphs(11) + "</body></html>")));
        yield return new("html-entity-flood", FaultKind.Html, "html-entity-flood.html", FaultExpectation.Document,
            "a million character references, some out of range",
            s =>
            {
                s.Write(Utf8.GetBytes("<html><body><article>" + ArticleParagraphs(12) + "<p>"));
                WriteRepeated(s, "&amp;&#99999999999;&#x110000;&#0;&bogus;&#xD800;", 1_000_000 * 8);
                s.Write("</p></article></body></html>"u8);
            });
        yield return new("html-many-paragraphs", FaultKind.Html, "html-many-paragraphs.html", FaultExpectation.Document,
            "300,000 tiny paragraphs (cut at the element limit; about 15 s: run with the large cases)",
            s => { s.Write("<html><body>"u8); WriteRepeated(s, "<p>Un mot.</p>", 300_000 * 14); s.Write("</body></html>"u8); })
        { Large = true };
        yield return new("html-200mb", FaultKind.Html, "html-200mb.html", FaultExpectation.Error,
            "a 200 MB page (rejected before it is read)",
            s => { s.Write(Utf8.GetBytes("<html><body><article>")); WriteRepeated(s, "<p>Le président a parlé au téléphone avec son homologue.</p>\n", Huge); })
        { Large = true };

        // ---- gzip
        yield return new("gzip-bomb", FaultKind.Gzip, "gzip-bomb.html.gz", FaultExpectation.Error,
            "256 MiB of zeros in a 250 KiB gzip file", s => GzipBomb(s, 256L << 20));
        yield return new("gzip-bomb-html", FaultKind.Gzip, "gzip-bomb-html.html.gz", FaultExpectation.Error,
            "a 128 MiB repetitive HTML page gzipped",
            s =>
            {
                using var gz = new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true);
                gz.Write("<html><body>"u8);
                WriteRepeated(gz, "<div><p>Le président a parlé.</p></div>", 128 << 20);
            });
        yield return new("gzip-truncated", FaultKind.Gzip, "gzip-truncated.html.gz", FaultExpectation.Error,
            "a gzip page cut in half", s => { var g = Gzip(Utf8.GetBytes(articleHtml)); s.Write(g.AsSpan(0, g.Length / 2)); });
        yield return new("gzip-corrupt", FaultKind.Gzip, "gzip-corrupt.html.gz", FaultExpectation.Error,
            "a gzip header followed by garbage", s => { s.Write([0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3]); s.Write(RandomBytes(4096, 7)); });
        yield return new("gzip-header-only", FaultKind.Gzip, "gzip-header-only.txt.gz", FaultExpectation.Error,
            "the two magic bytes and nothing else", s => s.Write([0x1F, 0x8B]));
        yield return new("gzip-empty-member", FaultKind.Gzip, "gzip-empty-member.txt.gz", FaultExpectation.Error,
            "a valid gzip of zero bytes", s => s.Write(Gzip([])));
        yield return new("gzip-nested", FaultKind.Gzip, "gzip-nested.html.gz", FaultExpectation.ErrorOrDocument,
            "a gzip of a gzip of a page", s => s.Write(Gzip(Gzip(Utf8.GetBytes(articleHtml)))));
        yield return new("gzip-multimember", FaultKind.Gzip, "gzip-multimember.html.gz", FaultExpectation.Document,
            "a page in two concatenated gzip members",
            s => { var b = Utf8.GetBytes(articleHtml); s.Write(Gzip(b[..(b.Length / 2)])); s.Write(Gzip(b[(b.Length / 2)..])); });
        yield return new("gzip-trailing-garbage", FaultKind.Gzip, "gzip-trailing-garbage.html.gz", FaultExpectation.ErrorOrDocument,
            "a gzip page followed by garbage bytes", s => { s.Write(Gzip(Utf8.GetBytes(articleHtml))); s.Write(RandomBytes(300, 8)); });
        yield return new("gzip-bad-crc", FaultKind.Gzip, "gzip-bad-crc.html.gz", FaultExpectation.ErrorOrDocument,
            "a gzip page whose CRC trailer is wrong",
            s => { var g = Gzip(Utf8.GetBytes(articleHtml)); g[^8] ^= 0xFF; s.Write(g); });

        // ---- feeds
        yield return new("feed-billion-laughs", FaultKind.Feed, "feed-billion-laughs.rss", FaultExpectation.ErrorOrDocument,
            "an RSS feed whose DTD defines the billion-laughs entities", s => s.Write(Utf8.GetBytes(BillionLaughs())));
        yield return new("feed-xxe", FaultKind.Feed, "feed-xxe.rss", FaultExpectation.ErrorOrDocument,
            "an RSS feed with an external entity pointing at /etc/passwd", s => s.Write(Utf8.GetBytes(Xxe())))
        { MustNotContain = "root:" };
        yield return new("feed-truncated", FaultKind.Feed, "feed-truncated.rss", FaultExpectation.ErrorOrDocument,
            "an RSS feed cut in its third item (the first two are complete)",
            s => { var f = Rss(3); s.Write(Utf8.GetBytes(f[..(f.LastIndexOf("<item>", StringComparison.Ordinal) + 40)])); });
        yield return new("feed-nested-100k", FaultKind.Feed, "feed-nested-100k.atom", FaultExpectation.ErrorOrDocument,
            "an Atom entry whose XHTML content nests 100,000 <div>s",
            s =>
            {
                s.Write(Utf8.GetBytes("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry><title>E</title><content type=\"xhtml\">"));
                Nest(s, "<div xmlns=\"http://www.w3.org/1999/xhtml\">", "</div>", 100_000, "<p>Le président a parlé.</p>", html: false);
                s.Write("</content></entry></feed>"u8);
            });
        yield return new("feed-huge-attribute", FaultKind.Feed, "feed-huge-attribute.rss", FaultExpectation.ErrorOrDocument,
            "an RSS feed with a 20 MB attribute",
            s =>
            {
                s.Write(Utf8.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item x=\""));
                WriteRepeated(s, "AAAAAAAAAA", 20_000_000);
                s.Write(Utf8.GetBytes("\"><title>Un titre</title><description>" + System.Net.WebUtility.HtmlEncode(ArticleParagraphs(13)) + "</description></item></channel></rss>"));
            });
        yield return new("feed-invalid-utf8", FaultKind.Feed, "feed-invalid-utf8.rss", FaultExpectation.ErrorOrDocument,
            "an RSS feed declared UTF-8 with invalid bytes in an item",
            s => { var b = Utf8.GetBytes(Rss(2)); int i = Array.IndexOf(b, (byte)'é'); s.Write(b); _ = i; s.Write([0xFF, 0xC3, 0x28]); });
        yield return new("feed-mixed-encodings", FaultKind.Feed, "feed-mixed-encodings.rss", FaultExpectation.ErrorOrDocument,
            "an RSS feed declared ISO-8859-1 carrying UTF-8 text",
            s => s.Write(Utf8.GetBytes(Rss(2).Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""))));
        yield return new("feed-empty-items", FaultKind.Feed, "feed-empty-items.rss", FaultExpectation.Error,
            "an RSS feed of 5,000 items without title or content",
            s =>
            {
                s.Write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"u8);
                for (int i = 0; i < 5000; i++) s.Write("<item><guid isPermaLink=\"false\">x</guid></item>"u8);
                s.Write("</channel></rss>"u8);
            });
        yield return new("feed-not-xml", FaultKind.Feed, "feed-not-xml.xml", FaultExpectation.ErrorOrDocument,
            "a .xml file holding neither XML nor a feed", s => s.Write(Utf8.GetBytes("<rss " + article)));
        yield return new("feed-zero", FaultKind.Feed, "feed-zero.rss", FaultExpectation.Error, "a zero-length feed", _ => { });

        // ---- WARC
        yield return new("warc-truncated", FaultKind.Warc, "warc-truncated.warc", FaultExpectation.Document,
            "three response records, the third cut in its payload",
            s => { var w = Warc(3, 20); s.Write(w.AsSpan(0, w.Length - 200)); })
        { MinDocuments = 2 };
        yield return new("warc-gz-truncated", FaultKind.Warc, "warc-gz-truncated.warc.gz", FaultExpectation.Document,
            "a gzipped WARC (one member per record) cut in its last member",
            s =>
            {
                var records = Enumerable.Range(0, 3).Select(i => Gzip(WarcRecord(GoodHtml(30 + i), $"https://news.example/{i}"))).ToList();
                s.Write(records[0]); s.Write(records[1]); s.Write(records[2].AsSpan(0, records[2].Length / 2));
            })
        { MinDocuments = 2 };
        yield return new("warc-bad-length", FaultKind.Warc, "warc-bad-length.warc", FaultExpectation.ErrorOrDocument,
            "a record whose Content-Length is not a number, after a good one",
            s => { s.Write(WarcRecord(GoodHtml(40), "https://news.example/a")); s.Write("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxxxx\r\n\r\n"u8); })
        { MinDocuments = 1 };
        yield return new("warc-negative-length", FaultKind.Warc, "warc-negative-length.warc", FaultExpectation.ErrorOrDocument,
            "a record with a negative Content-Length, after a good one",
            s => { s.Write(WarcRecord(GoodHtml(41), "https://news.example/a")); s.Write("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\n"u8); })
        { MinDocuments = 1 };
        yield return new("warc-huge-length", FaultKind.Warc, "warc-huge-length.warc", FaultExpectation.ErrorOrDocument,
            "a record claiming 1 TB, after a good one",
            s => { s.Write(WarcRecord(GoodHtml(42), "https://news.example/a")); s.Write("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 1000000000000\r\n\r\nshort"u8); })
        { MinDocuments = 1 };
        yield return new("warc-garbage", FaultKind.Warc, "warc-garbage.warc", FaultExpectation.Error,
            "random bytes named .warc", s => s.Write(RandomBytes(50_000, 9)));
        yield return new("warc-empty", FaultKind.Warc, "warc-empty.warc", FaultExpectation.Error, "a zero-length WARC file", _ => { });
        yield return new("warc-no-http", FaultKind.Warc, "warc-no-http.warc", FaultExpectation.Document,
            "a response record without HTTP headers between two good ones",
            s =>
            {
                s.Write(WarcRecord(GoodHtml(43), "https://news.example/a"));
                var junk = "no http status line here\r\n\r\n<p>x</p>"u8.ToArray();
                s.Write(Utf8.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {junk.Length}\r\n\r\n"));
                s.Write(junk); s.Write("\r\n\r\n"u8);
                s.Write(WarcRecord(GoodHtml(44), "https://news.example/b"));
            })
        { MinDocuments = 2 };
        yield return new("warc-bad-chunked", FaultKind.Warc, "warc-bad-chunked.warc", FaultExpectation.Document,
            "a chunked response with a bad chunk size, then a good record",
            s =>
            {
                s.Write(WarcRecord(Utf8.GetBytes("zz\r\n<p>x</p>\r\n0\r\n\r\n"), "https://news.example/c", "Transfer-Encoding: chunked\r\n"));
                s.Write(WarcRecord(GoodHtml(45), "https://news.example/d"));
            })
        { MinDocuments = 1 };
        yield return new("warc-payload-bomb", FaultKind.Warc, "warc-payload-bomb.warc", FaultExpectation.Document,
            "a response whose gzip Content-Encoding inflates to 256 MiB, then a good record",
            s =>
            {
                var ms = new MemoryStream(); GzipBomb(ms, 256L << 20);
                s.Write(WarcRecord(ms.ToArray(), "https://news.example/bomb", "Content-Encoding: gzip\r\n"));
                s.Write(WarcRecord(GoodHtml(46), "https://news.example/e"));
            })
        { MinDocuments = 1 };
        yield return new("warc-header-flood", FaultKind.Warc, "warc-header-flood.warc", FaultExpectation.ErrorOrDocument,
            "a record with 500,000 header lines, after a good one",
            s =>
            {
                s.Write(WarcRecord(GoodHtml(47), "https://news.example/f"));
                s.Write("WARC/1.0\r\nWARC-Type: response\r\n"u8);
                for (int i = 0; i < 500_000; i++) s.Write(Utf8.GetBytes($"X-H{i}: v\r\n"));
                s.Write("Content-Length: 0\r\n\r\n"u8);
            })
        { MinDocuments = 1 };
        yield return new("warc-long-line", FaultKind.Warc, "warc-long-line.warc", FaultExpectation.ErrorOrDocument,
            "a header line of 30 MB without a line break, after a good record",
            s =>
            {
                s.Write(WarcRecord(GoodHtml(48), "https://news.example/g"));
                s.Write("WARC/1.0\r\nX-Long: "u8);
                WriteRepeated(s, "abcdefghij", 30_000_000);
            })
        { MinDocuments = 1 };
        yield return new("warc-200mb-record", FaultKind.Warc, "warc-200mb-record.warc", FaultExpectation.Document,
            "a 200 MB response record (skipped) between two good ones",
            s =>
            {
                s.Write(WarcRecord(GoodHtml(49), "https://news.example/h"));
                var head = Utf8.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
                s.Write(Utf8.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/huge\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {head.Length + Huge}\r\n\r\n"));
                s.Write(head);
                WriteRepeated(s, "<p>Le président a parlé au téléphone avec son homologue.</p>\n", Huge);
                s.Write("\r\n\r\n"u8);
                s.Write(WarcRecord(GoodHtml(50), "https://news.example/i"));
            })
        { Large = true, MinDocuments = 2 };
    }

    // ---------------------------------------------------------------- valid articles

    static readonly string[] People = ["Vladimir Poutine", "Donald Trump", "Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky", "Giorgia Meloni", "Keir Starmer", "Xi Jinping"];
    static readonly string[] Places = ["Genève", "Paris", "Moscou", "Kiev", "Berlin", "Rome", "Londres", "Pékin", "Washington"];
    static readonly string[] Days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
    static readonly string[] FrTemplates =
    [
        "{P} a eu un entretien téléphonique avec {Q} {D}, a annoncé le Kremlin.",
        "Les deux dirigeants ont discuté pendant près d’une heure et demie de la situation à {L}.",
        "« Nous voulons la paix », a déclaré {P} lors d’une conférence de presse à {L}.",
        "{Q} doit se rendre à {L} la semaine prochaine pour une réunion avec les ministres.",
        "Selon l’agence, {P} a proposé une rencontre à {L} avant la fin du mois de mars.",
        "Le porte-parole a indiqué que les négociations reprendraient {D} prochain.",
        "{P} a condamné l’attaque menée {D} contre des civils près de {L}.",
        "Les ministres se sont réunis le 12 février 2025 à {L} pour signer un accord.",
    ];
    static readonly string[] EnTemplates =
    [
        "{P} spoke with {Q} by phone on {E}, the White House said.",
        "The two leaders talked for about ninety minutes about the war, officials said.",
        "\"We want peace,\" {P} told reporters in {L} on Tuesday.",
        "{Q} will travel to {L} next week to meet foreign ministers.",
        "According to the agency, {P} proposed a summit in {L} before the end of March.",
    ];
    static readonly string[] EnDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    /// <summary>A small valid news article (plain text, French or English by seed), different for every seed.</summary>
    public static string GoodArticle(int seed)
    {
        var rng = new Random(seed);
        bool en = seed % 3 == 2;
        var templates = en ? EnTemplates : FrTemplates;
        var sb = new StringBuilder();
        string P() => People[rng.Next(People.Length)];
        sb.Append(en ? "Leaders talk about peace, report " : "Les dirigeants parlent de paix, dépêche ").Append(seed).Append("\n\n");
        int paragraphs = 2 + rng.Next(3);
        for (int p = 0; p < paragraphs; p++)
        {
            int sentences = 2 + rng.Next(3);
            for (int i = 0; i < sentences; i++)
            {
                var t = templates[rng.Next(templates.Length)];
                var a = P(); var b = P(); while (b == a) b = P();
                sb.Append(t.Replace("{P}", a).Replace("{Q}", b).Replace("{L}", Places[rng.Next(Places.Length)])
                    .Replace("{D}", Days[rng.Next(Days.Length)]).Replace("{E}", EnDays[rng.Next(EnDays.Length)])).Append(' ');
            }
            sb.Length--;
            sb.Append("\n\n");
        }
        sb.Append(en ? "Report number " : "Dépêche numéro ").Append(seed).Append('.');
        return sb.ToString();
    }

    /// <summary><see cref="GoodArticle"/> as an HTML page.</summary>
    public static string GoodHtml(int seed)
    {
        var text = GoodArticle(seed);
        var parts = text.Split("\n\n");
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
        sb.Append(System.Net.WebUtility.HtmlEncode(parts[0])).Append("</title></head><body><nav><a href=\"/\">Accueil</a></nav><article><h1>")
          .Append(System.Net.WebUtility.HtmlEncode(parts[0])).Append("</h1>");
        foreach (var p in parts.Skip(1)) sb.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(p)).Append("</p>");
        return sb.Append("</article><footer>© Journal</footer></body></html>").ToString();
    }

    static string ArticleParagraphs(int seed) =>
        string.Concat(GoodArticle(seed).Split("\n\n").Skip(1).Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"));

    // ---------------------------------------------------------------- writers

    static byte[] RandomBytes(int n, int seed)
    {
        var b = new byte[n];
        new Random(seed).NextBytes(b);
        for (int i = 0; i < n; i += 97) b[i] = 0;
        return b;
    }

    /// <summary>Writes <paramref name="bytes"/> with one of the <paramref name="insertions"/> after every few hundred bytes.</summary>
    static void WriteWithInsertions(Stream s, byte[] bytes, byte[][] insertions, int seed)
    {
        var rng = new Random(seed);
        int i = 0, k = 0;
        while (i < bytes.Length)
        {
            int n = Math.Min(bytes.Length - i, 40 + rng.Next(120));
            s.Write(bytes, i, n);
            i += n;
            s.Write(insertions[k++ % insertions.Length]);
        }
    }

    /// <summary>Writes <paramref name="unit"/> repeatedly until <paramref name="totalBytes"/> bytes are written (streamed).</summary>
    static void WriteRepeated(Stream s, string unit, long totalBytes)
    {
        var u = Utf8.GetBytes(unit);
        var block = new byte[Math.Max(u.Length, (1 << 16) / u.Length * u.Length)];
        for (int i = 0; i + u.Length <= block.Length; i += u.Length) u.CopyTo(block, i);
        long left = totalBytes;
        while (left > 0)
        {
            int n = (int)Math.Min(block.Length, left);
            s.Write(block, 0, n);
            left -= n;
        }
    }

    static void Nest(Stream s, string open, string close, int depth, string inner, bool html = true)
    {
        if (html) s.Write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Profond</title></head><body>"u8);
        WriteRepeated(s, open, (long)Utf8.GetByteCount(open) * depth);
        s.Write(Utf8.GetBytes(inner));
        WriteRepeated(s, close, (long)Utf8.GetByteCount(close) * depth);
        if (html) s.Write("</body></html>"u8);
    }

    static void GzipBomb(Stream s, long size)
    {
        using var gz = new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true);
        var zeros = new byte[1 << 20];
        for (long left = size; left > 0; left -= zeros.Length) gz.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
    }

    /// <summary>Gzips bytes (one member).</summary>
    public static byte[] Gzip(byte[] bytes)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return ms.ToArray();
    }

    static string BillionLaughs()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY lol \"lol\">\n");
        sb.Append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++)
            sb.Append($" <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        sb.Append("]>\n<rss version=\"2.0\"><channel><title>Laughs</title><item><title>&lol9;</title><description>&lol9;</description></item>");
        sb.Append("<item><title>Un article normal</title><description>Le président a parlé avec son homologue pendant une heure.</description></item></channel></rss>");
        return sb.ToString();
    }

    static string Xxe() =>
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" +
        "<rss version=\"2.0\"><channel><title>X</title><item><title>Titre &xxe;</title><description>Texte &xxe; du président.</description></item>" +
        "<item><title>Deuxième</title><description>Le ministre a parlé.</description></item></channel></rss>";

    internal static string AtomFeed() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title>" +
        "<entry><title>Atom entry</title><link rel=\"alternate\" href=\"https://atom.example/e1\"/><published>2025-02-12T10:00:00Z</published>" +
        "<content type=\"html\">&lt;p&gt;The minister said on Wednesday that talks would resume next week.&lt;/p&gt;</content></entry>" +
        "<entry><title>Second</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Le président a parlé.</p></div></content></entry></feed>";

    internal static string Rss(int items)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Le Journal</title>\n");
        for (int i = 0; i < items; i++)
            sb.Append("<item><title>Article ").Append(i).Append("</title><link>https://journal.example/").Append(i)
              .Append("</link><pubDate>Wed, 12 Feb 2025 10:00:00 GMT</pubDate><description>")
              .Append(System.Net.WebUtility.HtmlEncode(ArticleParagraphs(60 + i))).Append("</description></item>\n");
        return sb.Append("</channel></rss>").ToString();
    }

    internal static byte[] Warc(int records, int seed)
    {
        var ms = new MemoryStream();
        for (int i = 0; i < records; i++) ms.Write(WarcRecord(GoodHtml(seed + i), $"https://news.example/{seed + i}"));
        return ms.ToArray();
    }

    static byte[] WarcRecord(string html, string uri) => WarcRecord(Utf8.GetBytes(html), uri);

    /// <summary>One WARC response record carrying an HTTP 200 response with this body.</summary>
    public static byte[] WarcRecord(byte[] body, string uri, string extraHttpHeaders = "")
    {
        var http = Utf8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{extraHttpHeaders}Content-Length: {body.Length}\r\n\r\n");
        var ms = new MemoryStream();
        ms.Write(Utf8.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-02-12T10:00:00Z\r\n" +
                               $"Content-Type: application/http; msgtype=response\r\nContent-Length: {http.Length + body.Length}\r\n\r\n"));
        ms.Write(http);
        ms.Write(body);
        ms.Write("\r\n\r\n"u8);
        return ms.ToArray();
    }
}
