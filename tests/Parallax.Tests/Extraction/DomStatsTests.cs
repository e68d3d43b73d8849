using AngleSharp.Html.Parser;
using Parallax.Extraction;

namespace Parallax.Tests.Extraction;

public class DomStatsTests
{
    /// <summary>The one-pass measures equal what reading each element's text would give, on real pages.</summary>
    [Fact]
    public void MeasuresEqualTextContentOnRealPages()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "testdata", "extraction", "benchmark");
        foreach (var page in Parallax.Evaluation.ExtractionBenchmark.Load(dir).Take(4))
        {
            var html = HtmlPrefilter.Strip(TextDecoder.Decode(page.Html, "text/html", true, out _));
            var body = new HtmlParser().ParseDocument(html).Body!;
            var st = new DomStats(body);
            int checkedElements = 0;
            foreach (var e in body.QuerySelectorAll("*").Take(3000))
            {
                Assert.Equal(DomStats.NormalizedLength(e.TextContent), st.TextLength(e));
                int links = e.QuerySelectorAll("a").Sum(a => DomStats.NormalizedLength(a.TextContent));
                Assert.Equal(links, st[e].Link);
                Assert.Equal(e.QuerySelectorAll("p").Sum(p => DomStats.NormalizedLength(p.TextContent)), st.ParagraphText(e));
                Assert.Equal(e.TextContent.Count(c => c is ',' or '，'), st[e].Commas);
                checkedElements++;
            }
            Assert.True(checkedElements > 100);
        }
    }
}
