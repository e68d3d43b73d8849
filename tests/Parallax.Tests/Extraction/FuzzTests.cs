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

    static string Repeat(string head, string unit, int count, string tail = "")
    {
        var sb = new StringBuilder(head.Length + unit.Length * count + tail.Length);
        sb.Append(head);
        for (int i = 0; i < count; i++) sb.Append(unit);
        return sb.Append(tail).ToString();
    }

    /// <summary>Seconds allowed for each pathological page: idle, each takes under 2 s; before the limits, minutes.</summary>
    const double Bound = 30;

    static ExtractionResult Timed(string html, double maxSeconds, string what)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = ArticleExtractor.ExtractDetailed(new RawInput { Bytes = Encoding.UTF8.GetBytes(html), ContentType = ContentTypes.Html });
        // Generous bound (a loaded CI machine): before the nesting limit, 20 000 nested <div>s took minutes.
        Assert.True(sw.Elapsed.TotalSeconds < maxSeconds, $"{what}: {sw.Elapsed.TotalSeconds:F1}s");
        foreach (var p in r.Document.Paragraphs) Assert.InRange(p.End, p.Start, r.Document.Text.Length);
        return r;
    }

    [Fact]
    public void PathologicalMarkupFinishesInBoundedTime()
    {
        var deep = Timed(Repeat("<html><body>", "<div>", 30_000, "<p>The end of a very deep page, with a sentence in it.</p>"), Bound, "nested divs");
        Assert.Contains(deep.Warnings, w => w.Contains("nested deeper"));
        Timed(Repeat("<html><body>", "<b><div>", 20_000), Bound, "unclosed formatting + blocks");
        Timed(Repeat("<html><body>", "<ul><li>item ", 20_000), Bound, "nested lists");
        Timed(Repeat("<html><body><table>", "<tr><td>cell</td>", 20_000), Bound, "wide table");
        Timed(Repeat("<html><body><article>", "<p>The council voted on Tuesday to extend the programme.</p>", 10_000, "</article>"), Bound, "10 000 sibling paragraphs");
        Timed(Repeat("<html><body><p>text</p><!--", "x", 200_000), Bound, "unterminated comment");
        Timed(Repeat("<html><body><div ", "a=b ", 50_000, ">x</div>"), Bound, "huge start tag");
    }

    [Fact]
    public void AHugePageIsReadUpToTheLimitWithAWarning()
    {
        // 5 MB of paragraphs: more than HtmlPrefilter.DefaultMaxChars, so the end is not read.
        var r = Timed(Repeat("<html><body><article>", "<p>The council voted on Tuesday to extend the programme, after a long debate about its cost.</p>\n", 55_000, "<p>LAST PARAGRAPH</p></article>"), 20, "5 MB page");
        Assert.Contains(r.Warnings, w => w.Contains("only the first"));
        Assert.DoesNotContain("LAST PARAGRAPH", r.Document.Text);
        Assert.StartsWith("The council voted", r.Document.Text);
        var text = ArticleExtractor.ExtractDetailed(new RawInput { Bytes = Encoding.UTF8.GetBytes(Repeat("Title\n\n", "A line of plain text that goes on.\n\n", 150_000)), ContentType = ContentTypes.Text });
        Assert.Contains(text.Warnings, w => w.Contains("only the first"));
    }

    [Fact]
    public void PrefilterLimits()
    {
        var cut = HtmlPrefilter.Prepare("<p>one</p><p>two</p><p>three</p>", maxChars: 15);
        Assert.True(cut.Truncated);
        Assert.Equal("<p>one</p>", cut.Html);
        var flat = HtmlPrefilter.Prepare(Repeat("", "<div>", 10) + "x" + Repeat("", "</div>", 10), maxDepth: 4);
        Assert.Equal(6, flat.Flattened);
        Assert.Equal(Repeat("", "<div>", 4) + "x" + Repeat("", "</div>", 10), flat.Html);
        // Void elements, self-closing tags and elements whose end tag may be left out do not count.
        Assert.Equal(0, HtmlPrefilter.Prepare(Repeat("<div>", "<p>a<br><img src=x><li>b<span/>", 1000), maxDepth: 4).Flattened);
    }

    [Fact]
    public void TruncatedRealPagesDoNotThrow()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "testdata", "extraction", "benchmark");
        var rng = new Random(7);
        var extractor = new ArticleExtractor();
        foreach (var page in Parallax.Evaluation.ExtractionBenchmark.Load(dir).Take(5))
        {
            for (int k = 0; k < 10; k++)
            {
                var bytes = page.Html[..rng.Next(1, page.Html.Length)];
                var doc = extractor.Extract(new RawInput { Bytes = bytes, ContentType = ContentTypes.Html });
                foreach (var p in doc.Paragraphs) Assert.InRange(p.End, p.Start, doc.Text.Length);
            }
            // Random bytes spliced into the page.
            var noisy = (byte[])page.Html.Clone();
            for (int k = 0; k < 200; k++) noisy[rng.Next(noisy.Length)] = (byte)rng.Next(256);
            extractor.Extract(new RawInput { Bytes = noisy, ContentType = ContentTypes.Html });
        }
    }

    static byte[] Gzip(byte[] b)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(b);
        return ms.ToArray();
    }
}
