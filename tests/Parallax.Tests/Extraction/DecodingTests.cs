using System.Text;
using Parallax.Extraction;
using Parallax.Input;

namespace Parallax.Tests.Extraction;

public class DecodingTests
{
    public DecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);   // for the test's own encoders

    const string French = "Le président s’est exprimé à l’Élysée : « déjà vu », a-t-il dit.";

    [Fact]
    public void Utf8WithBom()
    {
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(French)];
        Assert.Equal(French, TextDecoder.Decode(bytes, null, false, out _));
    }

    [Fact]
    public void Utf16WithBom()
    {
        var bytes = (byte[])[.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(French)];
        Assert.Equal(French, TextDecoder.Decode(bytes, null, false, out _));
    }

    [Fact]
    public void UndeclaredWindows1252IsDetected()
    {
        var text = "Le café de l’été coûte 5 €.";
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);
        Assert.Equal(text, TextDecoder.Decode(bytes, null, false, out var enc));
        Assert.Equal(1252, enc.CodePage);
    }

    [Fact]
    public void HttpCharsetIsHonoured()
    {
        var text = "Ça coûte cher";
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes(text);
        Assert.Equal(text, TextDecoder.Decode(bytes, "text/plain; charset=ISO-8859-15", false, out _));
    }

    [Fact]
    public void MetaCharsetIsHonoured()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>Déjà</body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);
        Assert.Contains("Déjà", TextDecoder.Decode(bytes, null, true, out _));
        Assert.Equal("windows-1252", TextDecoder.SniffDeclaredCharset(bytes));
        Assert.Equal("utf-8", TextDecoder.SniffDeclaredCharset("<meta charset='UTF-8'>"u8));
        Assert.Equal("iso-8859-1", TextDecoder.SniffDeclaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>"u8));
    }

    [Fact]
    public void WrongDeclarationsAreCorrected()
    {
        // Declared UTF-8, actually Windows-1252.
        var cp = Encoding.GetEncoding(1252).GetBytes("<meta charset=\"utf-8\"><p>Noël à Paris</p>");
        Assert.Contains("Noël à Paris", TextDecoder.Decode(cp, null, true, out _));
        // Declared Latin-1, actually UTF-8.
        var u = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Noël à Paris</p>");
        Assert.Contains("Noël à Paris", TextDecoder.Decode(u, "text/html; charset=iso-8859-1", true, out _));
        // Unknown charset name: detection.
        Assert.Contains("Noël", TextDecoder.Decode(Encoding.UTF8.GetBytes("Noël"), "text/plain; charset=x-bogus", false, out _));
    }

    [Fact]
    public void ExtractorUsesTheDecoder()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Un titre d’été\n\nLe président a déclaré que la réunion aurait lieu à Genève la semaine prochaine.\n");
        var doc = new ArticleExtractor().Extract(new RawInput { Bytes = bytes, ContentType = ContentTypes.Text });
        Assert.Equal("Un titre d’été", doc.Title);
        Assert.StartsWith("Le président a déclaré", doc.Text);
    }

    [Theory]
    [InlineData("The 56-year-old said after his appointment: \"I am excited to be joining the club.\"")]
    [InlineData("Le Kremlin a annoncé mardi que les deux présidents s’étaient parlé au téléphone.")]
    public void A_one_sentence_text_keeps_its_sentence_as_the_body(string line)
    {
        var doc = new ArticleExtractor().Extract(new RawInput { Bytes = System.Text.Encoding.UTF8.GetBytes(line + "\n"), ContentType = ContentTypes.Text });
        Assert.Equal(line, doc.Title);
        Assert.Equal(line, doc.Text.Trim());
    }
}
