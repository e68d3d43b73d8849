using System.IO.Compression;
using System.Text;
using Parallax.Extraction;
using Parallax.Input;

namespace Parallax.Tests.Extraction;

public class ContainerTests
{
    const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Le Journal</title><link>https://journal.example/</link>
          <item><title>Premier article</title><link>https://journal.example/a1</link>
            <pubDate>Wed, 12 Feb 2025 23:30:00 -0500</pubDate>
            <description>Résumé court.</description>
            <content:encoded><![CDATA[<p>Le président a parlé longuement avec son homologue, a indiqué le porte-parole.</p><p>Deuxième paragraphe du texte.</p>]]></content:encoded>
          </item>
          <item><title>Second</title><link>https://journal.example/a2</link><pubDate>Thu, 13 Feb 2025 08:00:00 GMT</pubDate>
            <description>&lt;p&gt;Texte échappé de l'article numéro deux, assez long pour être un paragraphe.&lt;/p&gt;</description></item>
        </channel></rss>
        """;

    const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
          <entry><title>Atom entry</title><link rel="alternate" href="https://atom.example/e1"/>
            <published>2025-02-12T10:00:00Z</published><updated>2025-02-14T10:00:00Z</updated>
            <content type="html">&lt;p&gt;The minister said on Wednesday that talks would resume next week.&lt;/p&gt;</content></entry>
        </feed>
        """;

    [Fact]
    public void RssItemsBecomeInputs()
    {
        var items = InputReader.FromBytes(Encoding.UTF8.GetBytes(Rss), "news.rss").ToList();
        Assert.Equal(2, items.Count);
        var a = items[0].Input!;
        Assert.Equal("news.rss#1", a.Path);
        Assert.Equal("https://journal.example/a1", a.Url);
        Assert.Equal(new DateOnly(2025, 2, 12), a.Published);   // the date as written, not shifted to UTC
        Assert.Equal("Le Journal", a.SourceName);
        var doc = new ArticleExtractor().Extract(a);
        Assert.Equal("Premier article", doc.Title);
        Assert.StartsWith("Le président a parlé", doc.Text);
        Assert.Contains("Deuxième paragraphe", doc.Text);
        Assert.Equal("Le Journal", doc.Source.Name);
        Assert.Equal("https://journal.example/a1", doc.Source.Url);
        Assert.Equal(new DateOnly(2025, 2, 12), doc.Published);
        var b = new ArticleExtractor().Extract(items[1].Input!);
        Assert.StartsWith("Texte échappé", b.Text);
        Assert.Equal(new DateOnly(2025, 2, 13), b.Published);
    }

    [Fact]
    public void AtomEntriesBecomeInputs()
    {
        var item = Assert.Single(InputReader.FromBytes(Encoding.UTF8.GetBytes(Atom), "x.xml"));
        Assert.Equal("https://atom.example/e1", item.Input!.Url);
        Assert.Equal(new DateOnly(2025, 2, 12), item.Input.Published);
        var doc = new ArticleExtractor().Extract(item.Input);
        Assert.Equal("Atom entry", doc.Title);
        Assert.StartsWith("The minister said", doc.Text);
    }

    [Fact]
    public void MalformedFeedIsAnError()
    {
        var item = Assert.Single(InputReader.FromBytes(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss><channel><item><title>x</rss>"), "bad.rss"));
        Assert.True(item.IsError);
        Assert.Contains("feed", item.Error!.Message);
    }

    [Fact]
    public void XmlThatIsNotAFeedIsAnError()
    {
        var item = Assert.Single(InputReader.FromBytes(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><urlset><url><loc>https://x</loc></url></urlset>"), "sitemap.xml"));
        Assert.True(item.IsError);
        var xhtml = Assert.Single(InputReader.FromBytes(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>"), "page.xml"));
        Assert.Equal(ContentTypes.Html, xhtml.Input!.ContentType);
    }

    static byte[] WarcRecord(string type, string uri, string contentType, byte[] block)
    {
        var head = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-02-13T00:00:00Z\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. block, .. "\r\n\r\n"u8];
    }

    static byte[] Http(string contentType, byte[] body, string extra = "") =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n{extra}Content-Length: {body.Length}\r\n\r\n"), .. body];

    static byte[] SampleWarc()
    {
        var latin = Encoding.Latin1.GetBytes("<html><head><title>Été</title></head><body><p>Le café de l'été était très animé ce jour-là, selon les témoins.</p></body></html>");
        var utf8 = Encoding.UTF8.GetBytes("<html><body><article><p>Second page in UTF-8 with a déjà vu.</p></article></body></html>");
        return
        [
            .. WarcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"u8.ToArray()),
            .. WarcRecord("request", "https://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\n\r\n"u8.ToArray()),
            .. WarcRecord("response", "https://a.example/1", "application/http; msgtype=response", Http("text/html; charset=ISO-8859-1", latin)),
            .. WarcRecord("response", "https://a.example/img.png", "application/http; msgtype=response", Http("image/png", [0x89, 0x50, 0x4E, 0x47])),
            .. WarcRecord("response", "<https://a.example/2>", "application/http; msgtype=response", Http("text/html", utf8)),
        ];
    }

    [Fact]
    public void WarcResponseRecordsWithHtmlBecomeInputs()
    {
        var items = InputReader.FromBytes(SampleWarc(), "crawl.warc").ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.False(i.IsError, i.ToString()));
        Assert.Equal("crawl.warc#3", items[0].Path);
        Assert.Equal("https://a.example/1", items[0].Input!.Url);
        Assert.Equal("https://a.example/2", items[1].Input!.Url);
        var doc = new ArticleExtractor().Extract(items[0].Input!);
        Assert.Contains("Le café de l'été était très animé", doc.Text);   // charset from the HTTP header
        Assert.Equal("Été", doc.Title);
    }

    [Fact]
    public void GzippedWarcFileIsStreamed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parallax-{Guid.NewGuid():N}.warc.gz");
        try
        {
            using (var fs = File.Create(path))
            using (var gz = new GZipStream(fs, CompressionLevel.Fastest)) gz.Write(SampleWarc());
            var items = InputReader.Read(path).ToList();
            Assert.Equal(2, items.Count(i => !i.IsError));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ChunkedAndGzipEncodedPayloadsAreDecoded()
    {
        var body = Encoding.UTF8.GetBytes("<html><body><p>Chunked body text that is long enough to be kept as a paragraph.</p></body></html>");
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(body);
        var zipped = ms.ToArray();
        var chunked = new List<byte>();
        chunked.AddRange(Encoding.ASCII.GetBytes($"{10:x}\r\n")); chunked.AddRange(zipped[..10]); chunked.AddRange("\r\n"u8.ToArray());
        chunked.AddRange(Encoding.ASCII.GetBytes($"{zipped.Length - 10:x}\r\n")); chunked.AddRange(zipped[10..]); chunked.AddRange("\r\n0\r\n\r\n"u8.ToArray());
        var http = (byte[])[.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"), .. chunked];
        var warc = WarcRecord("response", "https://c.example/", "application/http; msgtype=response", http);
        var item = Assert.Single(InputReader.FromBytes(warc, "c.warc"));
        Assert.Equal(body, item.Input!.Bytes.ToArray());
    }

    [Fact]
    public void TruncatedWarcGivesAnErrorAfterGoodRecords()
    {
        var warc = SampleWarc();
        var cut = warc[..(warc.Length - 40)];
        var items = InputReader.FromBytes(cut, "cut.warc").ToList();
        Assert.Single(items, i => !i.IsError);
        Assert.Single(items, i => i.IsError);
    }
}
