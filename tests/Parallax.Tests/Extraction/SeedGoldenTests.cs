using System.Text.Json;
using Parallax.Extraction;
using Parallax.Input;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

/// <summary>Golden test on the two founding pages: title, boilerplate, first/last body sentence, section headings.</summary>
public class SeedGoldenTests
{
    static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    public static IEnumerable<object[]> Seeds()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples, "gold", "seeds.gold.json")));
        foreach (var d in gold.RootElement.GetProperty("documents").EnumerateArray())
            yield return [d.GetProperty("file").GetString()!];
    }

    static (Document Doc, JsonElement Gold) Run(string file)
    {
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples, "gold", "seeds.gold.json")))
            .RootElement.GetProperty("documents").EnumerateArray().First(d => d.GetProperty("file").GetString() == file);
        var path = Path.Combine(Samples, file);
        var item = Assert.Single(InputReader.Read(path));
        Assert.False(item.IsError, item.ToString());
        Assert.Equal(ContentTypes.Text, item.Input!.ContentType);
        var doc = new ArticleExtractor().Extract(item.Input!);
        return (doc, gold);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void TitleAndIdAndSource(string file)
    {
        var (doc, gold) = Run(file);
        Assert.Equal(gold.GetProperty("title").GetString(), doc.Title);
        Assert.Equal(64, doc.Id.Length);
        Assert.EndsWith(file, doc.Source.Path);
        // The title is not repeated in the body.
        Assert.False(doc.Text.StartsWith(doc.Title!, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void BodyStartsAndEndsWithGoldSentences(string file)
    {
        var (doc, gold) = Run(file);
        var first = gold.GetProperty("body_first_sentence_starts").GetString()!;
        var last = gold.GetProperty("body_last_sentence_starts").GetString()!;
        Assert.StartsWith(first, doc.Text);
        var lastPara = doc.Text[doc.Paragraphs[^1].Start..doc.Paragraphs[^1].End];
        Assert.StartsWith(last, lastPara);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void BoilerplateIsRemovedAndRecorded(string file)
    {
        var (doc, gold) = Run(file);
        foreach (var b in gold.GetProperty("boilerplate").EnumerateArray())
        {
            var s = b.GetString()!;
            Assert.DoesNotContain(s, doc.Text);
            Assert.Contains(doc.Removed, r => r.Contains(s, StringComparison.Ordinal));
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void SectionHeadingsAreExactlyTheGoldOnes(string file)
    {
        var (doc, gold) = Run(file);
        var expected = gold.GetProperty("section_headings").EnumerateArray().Select(e => e.GetString()!).ToList();
        var actual = doc.Paragraphs.Where(p => p.Kind == BlockKind.Heading).Select(p => doc.Text[p.Start..p.End]).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void ParagraphsTileTheText(string file)
    {
        var (doc, _) = Run(file);
        Assert.NotEmpty(doc.Paragraphs);
        Assert.Equal(0, doc.Paragraphs[0].Start);
        Assert.Equal(doc.Text.Length, doc.Paragraphs[^1].End);
        for (int i = 1; i < doc.Paragraphs.Length; i++)
        {
            Assert.Equal(doc.Paragraphs[i - 1].End + 2, doc.Paragraphs[i].Start);
            Assert.Equal("\n\n", doc.Text[doc.Paragraphs[i - 1].End..doc.Paragraphs[i].Start]);
        }
        foreach (var p in doc.Paragraphs)
        {
            var t = doc.Text[p.Start..p.End];
            Assert.Equal(t.Trim(), t);
            Assert.DoesNotContain('\n', t);
        }
    }

    [Fact]
    public void SeedMetadata()
    {
        var (d0, _) = Run("000_1d539379fdf0f311.txt");
        Assert.Equal("portailinfo", d0.Source.Name);
        var (d1, _) = Run("001_f801113880f7a629.txt");
        Assert.Equal(new[] { "Nouvelles" }, d1.Authors.ToArray());
        Assert.Contains(d1.Removed, r => r.StartsWith("Home » International »"));
    }

    [Fact]
    public void SourceLineIsKeptAsAttribution()
    {
        var input = new RawInput { Bytes = File.ReadAllBytes(Path.Combine(Samples, "000_1d539379fdf0f311.txt")), ContentType = ContentTypes.Text };
        var r = ArticleExtractor.ExtractDetailed(input);
        Assert.Equal(new[] { "agence tass" }, r.Attributions.ToArray());
    }
}
