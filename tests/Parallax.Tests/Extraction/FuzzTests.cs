using System.IO.Compression;
using System.Text;
using Parallax.Extraction;
using Parallax.Input;

namespace Parallax.Tests.Extraction;

/// <summary>Property-style tests: arbitrary bytes never make the input reader or the extractor throw, and offsets are valid.</summary>
public class FuzzTests
{
    static readonly string[] Fragments =
    [
        "<html>", "<body>", "<p>", "</p>", "<div class=\"article\">", "</div>", "<script>", "</script>", "<h2>", "</h2>",
        "<meta charset=\"utf-8\">", "<meta charset=\"bogus\">", "WARC/1.0\r\n", "Content-Length: 99999\r\n", "\r\n\r\n",
        "<rss><channel><item>", "</item>", "<?xml version=\"1.0\"?>", "Home » ", "by ", "Par ", "Source: ", "Leave a Comment",
        "Le président a déclaré mercredi que la réunion aurait lieu. ", "\n\n", "\n", "»", "«", "é", "\u00A0", "\uFFFD", "<a href=x>", "</a>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-99-99\"}</script>", "<time datetime=\"x\">",
    ];

    [Fact]
    public void RandomBytesNeverThrow()
    {
        var rng = new Random(12345);
        var extractor = new ArticleExtractor();
        for (int i = 0; i < 400; i++)
        {
            byte[] bytes;
            if (i % 2 == 0)
            {
                bytes = new byte[rng.Next(0, 600)];
                rng.NextBytes(bytes);
            }
            else
            {
                var sb = new StringBuilder();
                int n = rng.Next(0, 40);
                for (int k = 0; k < n; k++) sb.Append(Fragments[rng.Next(Fragments.Length)]);
                bytes = Encoding.UTF8.GetBytes(sb.ToString());
                if (i % 5 == 1 && bytes.Length > 2) bytes = bytes[..rng.Next(1, bytes.Length)];
                if (i % 7 == 1) { var g = Gzip(bytes); bytes = g[..Math.Min(g.Length, rng.Next(2, 40))]; }
            }
            foreach (var type in new[] { null, ContentTypes.Html, ContentTypes.Text, "text/html; charset=x-unknown" })
            {
                var doc = extractor.Extract(new RawInput { Bytes = bytes, ContentType = type });
                foreach (var p in doc.Paragraphs)
                {
                    Assert.InRange(p.Start, 0, doc.Text.Length);
                    Assert.InRange(p.End, p.Start, doc.Text.Length);
                }
            }
            foreach (var name in new[] { "x.txt", "x.html", "x.rss", "x.warc", "x.gz", "x" })
            {
                foreach (var item in InputReader.FromBytes(bytes, name))
                {
                    if (item.IsError) Assert.False(string.IsNullOrWhiteSpace(item.Error!.Message));
                    else extractor.Extract(item.Input!);
                }
            }
        }
    }

    static byte[] Gzip(byte[] b)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(b);
        return ms.ToArray();
    }
}
