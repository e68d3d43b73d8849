using Parallax.Extraction;

namespace Parallax.Tests.Extraction;

public class PrefilterTests
{
    [Theory]
    [InlineData("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<p>a</p><SCRIPT type=\"text/javascript\">x</Script ><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<style>p { color: red }</style><p>a</p>", "<p>a</p>")]
    [InlineData("<p>a<!-- <p>hidden</p> -->b</p>", "<p>ab</p>")]
    [InlineData("<p>a<!---->b<!-->c</p>", "<p>abc</p>")]
    [InlineData("<svg><svg><text>x</text></svg><text>y</text></svg><p>a</p>", "<p>a</p>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"/><p>a</p>", "<p>a</p>")]
    [InlineData("<p>a</p><script>unterminated <p>b</p>", "<p>a</p>")]
    [InlineData("<p>a</p><!-- unterminated <p>b</p>", "<p>a</p>")]
    public void CutsCommentsScriptsStylesAndSvg(string html, string expected) => Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<p>plain page, nothing to cut</p>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><p>a</p>")]
    [InlineData("<title>How to write <script> tags</title><p>a</p>")]
    [InlineData("<textarea><!-- not a comment --></textarea>")]
    [InlineData("<div data-x=\"a > b <script>\">text</div>")]
    [InlineData("<p>1 < 2 and <3</p>")]
    public void KeepsWhatTheParserReadsAsTextOrMetadata(string html) => Assert.Same(html, HtmlPrefilter.Strip(html));

    [Fact]
    public void TextAfterAScriptInsideATitleIsKept()
    {
        var s = HtmlPrefilter.Strip("<title>a <script> b</title><p>c</p><script>d</script>");
        Assert.Equal("<title>a <script> b</title><p>c</p>", s);
    }
}
