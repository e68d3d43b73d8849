using System.IO.Compression;
using System.Text;
using Parallax.Input;

namespace Parallax.Tests.Extraction;

public sealed class InputReaderTests : IDisposable
{
    readonly string _dir = Path.Combine(Path.GetTempPath(), "parallax-input-" + Guid.NewGuid().ToString("N"));

    public InputReaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            if (!OperatingSystem.IsWindows())
                foreach (var d in Directory.EnumerateDirectories(_dir, "*", SearchOption.AllDirectories))
                    File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    string Write(string rel, string text) => Write(rel, Encoding.UTF8.GetBytes(text));

    string Write(string rel, byte[] bytes)
    {
        var p = Path.Combine(_dir, rel);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    static byte[] Gzip(byte[] b)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(b);
        return ms.ToArray();
    }

    [Fact]
    public void FolderIsWalkedRecursivelyInSortedOrder()
    {
        Write("b.txt", "Bravo text here.");
        Write("a/z.html", "<html><body><p>Zulu</p></body></html>");
        Write("a/c.txt", "Charlie text.");
        Write("c.htm", "<p>hello</p>");
        Write(".hidden.txt", "skip me");
        Write("data.json", "{\"not\": \"a page\"}");
        var items = InputReader.Read(_dir).ToList();
        Assert.All(items, i => Assert.False(i.IsError, i.ToString()));
        Assert.Equal(["a/c.txt", "a/z.html", "b.txt", "c.htm"], items.Select(i => Path.GetRelativePath(_dir, i.Path).Replace('\\', '/')).ToArray());
        Assert.Equal(ContentTypes.Text, items[0].Input!.ContentType);
        Assert.Equal(ContentTypes.Html, items[1].Input!.ContentType);
    }

    [Fact]
    public void BadItemsGiveOneLineErrorsAndEnumerationCarriesOn()
    {
        var good1 = Write("1.txt", "First good file.");
        var empty = Write("2.txt", "");
        var blank = Write("3.txt", "  \n\n ");
        var binary = Write("4.bin", [0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2, 3, 0, 0, 0]);
        var good2 = Write("5.txt", "Second good file.");
        var missing = Path.Combine(_dir, "nope.txt");
        var items = InputReader.Read([good1, empty, blank, binary, missing, good2]).ToList();
        Assert.Equal(6, items.Count);
        Assert.False(items[0].IsError);
        Assert.Contains("empty", items[1].Error!.Message);
        Assert.Contains("empty", items[2].Error!.Message);
        Assert.Contains("binary", items[3].Error!.Message);
        Assert.Contains("no such file", items[4].Error!.Message);
        Assert.False(items[5].IsError);
        foreach (var e in items.Where(i => i.IsError))
        {
            Assert.DoesNotContain('\n', e.ToString());
            Assert.StartsWith(e.Error!.Path, e.ToString());
        }
    }

    [Fact]
    public void ControlCharacterHeavyFileIsBinary()
    {
        var b = new byte[400];
        for (int i = 0; i < b.Length; i++) b[i] = (byte)(i % 3 == 0 ? 0x01 : 'a');
        Assert.True(InputReader.LooksBinary(b));
        Assert.False(InputReader.LooksBinary("Plain text\twith tabs\r\nand lines\f"u8));
        Assert.False(InputReader.LooksBinary(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("utf-16 text")).ToArray()));
    }

    [Fact]
    public void GzipIsDecompressedByExtensionAndByMagic()
    {
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>Gzipped page.</p></body></html>");
        var p1 = Write("page.html.gz", Gzip(html));
        var p2 = Write("noext", Gzip(html));
        var i1 = Assert.Single(InputReader.Read(p1));
        var i2 = Assert.Single(InputReader.Read(p2));
        Assert.Equal(html, i1.Input!.Bytes.ToArray());
        Assert.Equal(ContentTypes.Html, i1.Input.ContentType);
        Assert.Equal(html, i2.Input!.Bytes.ToArray());
        Assert.Equal(ContentTypes.Html, i2.Input.ContentType);   // sniffed
    }

    [Fact]
    public void CorruptGzipIsAnError()
    {
        var gz = Gzip(Encoding.UTF8.GetBytes(new string('x', 5000)));
        var p = Write("bad.txt.gz", gz[..(gz.Length / 2)]);
        var item = Assert.Single(InputReader.Read(p));
        Assert.True(item.IsError);
        Assert.Contains("gzip", item.Error!.Message);
    }

    [Fact]
    public void StdinIsReadFromTheConfiguredStream()
    {
        var opts = new InputReaderOptions { Stdin = () => new MemoryStream(Encoding.UTF8.GetBytes("<html><p>from stdin</p></html>")) };
        var item = Assert.Single(InputReader.Read(["-"], opts));
        Assert.Equal("-", item.Input!.Path);
        Assert.Equal(ContentTypes.Html, item.Input.ContentType);
    }

    [Fact]
    public void UnreadableFolderGivesAnErrorNamingIt()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("ok/a.txt", "Readable.");
        var locked = Path.Combine(_dir, "locked");
        Write("locked/secret.txt", "Hidden.");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool canStillRead;
        try { Directory.GetFiles(locked); canStillRead = true; } catch (UnauthorizedAccessException) { canStillRead = false; }
        var items = InputReader.Read(_dir).ToList();
        if (canStillRead)
        {
            // Running as root: permissions are not enforced, so the folder is simply read.
            Assert.Equal(2, items.Count(i => !i.IsError));
            return;
        }
        var err = Assert.Single(items, i => i.IsError);
        Assert.Equal(locked, err.Error!.Path);
        Assert.Single(items, i => !i.IsError);
    }

    [Theory]
    [InlineData("a.html", ContentTypes.Html)]
    [InlineData("a.HTM", ContentTypes.Html)]
    [InlineData("a.xhtml", ContentTypes.Html)]
    [InlineData("a.txt", ContentTypes.Text)]
    [InlineData("a.rss", ContentTypes.Rss)]
    [InlineData("a.atom", ContentTypes.Atom)]
    [InlineData("a.xml", ContentTypes.Feed)]
    [InlineData("a.warc", ContentTypes.Warc)]
    [InlineData("a.warc.gz", ContentTypes.Warc)]
    [InlineData("a.html.gz", ContentTypes.Html)]
    [InlineData("a.dat", null)]
    public void ContentTypeFromExtension(string name, string? expected) => Assert.Equal(expected, InputReader.TypeFromExtension(name));

    [Theory]
    [InlineData("<!DOCTYPE html><title>x</title>", ContentTypes.Html)]
    [InlineData("  <HTML lang=fr>", ContentTypes.Html)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\">", ContentTypes.Rss)]
    [InlineData("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", ContentTypes.Atom)]
    [InlineData("WARC/1.0\r\nWARC-Type: warcinfo", ContentTypes.Warc)]
    [InlineData("Just some text.", null)]
    public void ContentTypeBySniffing(string head, string? expected) => Assert.Equal(expected, InputReader.Sniff(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void MisnamedHtmlIsSniffed()
    {
        var p = Write("page.dat", "<!doctype html><html><body><p>x</p></body></html>");
        Assert.Equal(ContentTypes.Html, Assert.Single(InputReader.Read(p)).Input!.ContentType);
    }

    [Fact]
    public void LargeFolderIsStreamedLazily()
    {
        for (int i = 0; i < 50; i++) Write($"d{i / 10}/f{i:D3}.txt", $"File {i}.");
        using var e = InputReader.Read(_dir).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.EndsWith("f000.txt", e.Current.Path);
        // Deleting a later file after enumeration started is reported, not thrown: files are read one at a time.
        File.Delete(Path.Combine(_dir, "d4", "f049.txt"));
        int n = 1, errors = 0;
        while (e.MoveNext()) { n++; if (e.Current.IsError) errors++; }
        Assert.True(n is 49 or 50);
        Assert.True(errors <= 1);
    }
}
