using System.Text;
using Parallax.Extraction;
using Parallax.Input;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

public class HtmlTests
{
    static Document Extract(string html, string? url = null) =>
        new ArticleExtractor().Extract(new RawInput { Bytes = Encoding.UTF8.GetBytes(html), ContentType = ContentTypes.Html, Url = url, Path = "p.html" });

    const string P1 = "Le président russe a eu un long entretien téléphonique avec son homologue américain mercredi, a indiqué le Kremlin dans un communiqué.";
    const string P2 = "Les deux dirigeants ont discuté de la situation en Ukraine, des relations bilatérales et de plusieurs autres questions, selon la même source.";
    const string P3 = "Ils sont convenus de poursuivre leurs échanges et de se rencontrer prochainement, a ajouté le porte-parole, sans donner de date précise.";

    static string Page(string extraHead = "", string lang = "fr") => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}-FR"><head>
        <meta charset="utf-8">
        <title>Poutine et Trump au téléphone | Le Journal</title>
        <meta property="og:site_name" content="Le Journal">
        <meta property="og:title" content="Poutine et Trump au téléphone">
        <link rel="canonical" href="https://journal.example/monde/poutine-trump">
        {{extraHead}}
        </head><body>
        <header class="site-header"><nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/eco">Économie</a></nav></header>
        <div class="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. Accepter les cookies ?</div>
        <main>
          <article class="article">
            <h1>Poutine et Trump au téléphone</h1>
            <p class="chapo">Un long échange entre les deux présidents, le premier depuis l’investiture.</p>
            <div class="byline">Par <a href="/auteurs/md">Marie Dupont</a></div>
            <time datetime="2025-02-12T18:00:00+01:00">12 février 2025</time>
            <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Partager</a></div>
            <div class="article-body">
              <p>{{P1}}</p>
              <figure><img src="a.jpg"><figcaption>Vladimir Poutine au Kremlin, le 12 février 2025. Photo AFP</figcaption></figure>
              <p>{{P2}}</p>
              <h2>Une rencontre prévue</h2>
              <p>{{P3}}</p>
              <script>var x = "ne pas extraire";</script>
              <p class="lire-aussi"><a href="/x">Lire aussi : un autre article sur un autre sujet</a></p>
            </div>
            <aside class="related"><h3>Sur le même sujet</h3><ul><li><a href="/1">Article un sur la diplomatie</a></li><li><a href="/2">Article deux sur l’Ukraine</a></li></ul></aside>
          </article>
          <section id="comments" class="comments"><h3>Commentaires</h3><form><textarea></textarea><button>Envoyer</button></form>
            <p>Un commentaire d’un lecteur qui n’a rien à voir avec l’article, mais qui est long et bavard, vraiment très long.</p></section>
        </main>
        <footer><p>© 2025 Le Journal. Tous droits réservés.</p><a href="/mentions">Mentions légales</a></footer>
        </body></html>
        """;

    [Fact]
    public void MainBodyInReadingOrderWithoutBoilerplate()
    {
        var doc = Extract(Page());
        var paras = doc.Paragraphs.Select(p => (doc.Text[p.Start..p.End], p.Kind)).ToList();
        Assert.Equal(
        [
            ("Un long échange entre les deux présidents, le premier depuis l’investiture.", BlockKind.Lead),
            (P1, BlockKind.Paragraph),
            (P2, BlockKind.Paragraph),
            ("Une rencontre prévue", BlockKind.Heading),
            (P3, BlockKind.Paragraph),
        ], paras);
        Assert.DoesNotContain("Photo AFP", doc.Text);
        Assert.DoesNotContain("cookies", doc.Text);
        Assert.DoesNotContain("commentaire", doc.Text);
        Assert.DoesNotContain("ne pas extraire", doc.Text);
    }

    [Fact]
    public void MetadataFromOpenGraphTimeCanonicalAndLang()
    {
        var doc = Extract(Page());
        Assert.Equal("Poutine et Trump au téléphone", doc.Title);
        Assert.Equal("Le Journal", doc.Source.Name);
        Assert.Equal("https://journal.example/monde/poutine-trump", doc.Source.Url);
        Assert.Equal(new DateOnly(2025, 2, 12), doc.Published);
        Assert.Equal("fr", doc.Language);
        Assert.Equal(new[] { "Marie Dupont" }, doc.Authors.ToArray());
    }

    [Fact]
    public void JsonLdWinsOverOtherMetadata()
    {
        var ld = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
             {"@type":["NewsArticle"],"headline":"Titre JSON-LD","datePublished":"2025-02-11T23:10:00-05:00",
              "dateModified":"2025-02-13","author":[{"@type":"Person","name":"Jean Martin"},{"@type":"Person","name":"Ana Lopez"}],
              "publisher":{"@type":"Organization","name":"Journal JSON"},"inLanguage":"fr-FR"}]}
            </script>
            <meta property="article:published_time" content="2025-01-01">
            """;
        var doc = Extract(Page(ld, lang: "en"));
        Assert.Equal("Titre JSON-LD", doc.Title);
        Assert.Equal(new DateOnly(2025, 2, 11), doc.Published);
        Assert.Equal(new DateOnly(2025, 2, 13), doc.Modified);
        Assert.Equal(new[] { "Jean Martin", "Ana Lopez" }, doc.Authors.ToArray());
        Assert.Equal("Journal JSON", doc.Source.Name);
        Assert.Equal("fr", doc.Language);
    }

    [Fact]
    public void InputOverridesWinOverPage()
    {
        var input = new RawInput { Bytes = Encoding.UTF8.GetBytes(Page()), ContentType = ContentTypes.Html, Published = new DateOnly(2024, 1, 2), SourceName = "Override" };
        var doc = new ArticleExtractor().Extract(input);
        Assert.Equal(new DateOnly(2024, 1, 2), doc.Published);
        Assert.Equal("Override", doc.Source.Name);
        Assert.Equal(input.ComputeId(), doc.Id);
    }

    [Fact]
    public void BrokenJsonLdIsIgnored()
    {
        var doc = Extract(Page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"));
        Assert.Equal("Poutine et Trump au téléphone", doc.Title);
        Assert.StartsWith("Un long échange", doc.Text);
    }

    [Fact]
    public void TitleFromTitleTagWithoutSiteSuffix()
    {
        var doc = Extract($"<html><head><title>Talks resume in Geneva - The Daily Planet</title></head><body><div><p>{P1}</p><p>{P2}</p></div></body></html>");
        Assert.Equal("Talks resume in Geneva", doc.Title);
        Assert.Equal($"{P1}\n\n{P2}", doc.Text);
    }

    [Fact]
    public void FirstParagraphRepeatingTheDescriptionIsTheLead()
    {
        var doc = Extract($"<html><head><meta name=\"description\" content=\"{P1}\"></head><body><div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>");
        Assert.Equal(BlockKind.Lead, doc.Paragraphs[0].Kind);
        Assert.Equal(BlockKind.Paragraph, doc.Paragraphs[1].Kind);
        var other = Extract($"<html><head><meta name=\"description\" content=\"Something else entirely, not in the page.\"></head><body><div><p>{P1}</p><p>{P2}</p></div></body></html>");
        Assert.All(other.Paragraphs, p => Assert.Equal(BlockKind.Paragraph, p.Kind));
    }

    [Fact]
    public void BlankLinesInLooseTextAreParagraphBreaks()
    {
        var doc = Extract($"<html><body><div class=\"content\">{P1}\n\n{P2}\n\n{P3}</div></body></html>");
        Assert.Equal(3, doc.Paragraphs.Length);
        // …but not inside a <p>, where HTML whitespace rules apply.
        var inP = Extract($"<html><body><div><p>{P1}\n\n{P2}</p></div></body></html>");
        Assert.Single(inP.Paragraphs);
    }

    [Fact]
    public void DateFromUrlAsLastResort()
    {
        var doc = Extract($"<html><body><div><p>{P1}</p></div></body></html>", "https://news.example/2024/03/05/story.html");
        Assert.Equal(new DateOnly(2024, 3, 5), doc.Published);
    }

    [Fact]
    public void EmptyAndOddHtmlDoesNotThrow()
    {
        foreach (var html in new[] { "", "<html>", "<body></body>", "<p>", "<<<>>>", "<html><body><p>Short.</p></body></html>", "<frameset></frameset>" })
        {
            var doc = Extract(html);
            Assert.NotNull(doc.Text);
        }
    }

    const string E1 = "The council voted on Tuesday to extend the programme for another two years, after a long debate about its cost.";
    const string E2 = "Supporters said the scheme had cut waiting times in half, while critics argued that the money was needed elsewhere.";
    const string E3 = "The mayor said the decision would be reviewed next spring, once the first figures from the new budget were available.";
    const string E4 = "Officials expect the first results of the extended programme to be published in the autumn, along with an audit.";

    [Fact]
    public void ArticleChunksInSeparateLayoutWrappersAreOneBody()
    {
        // Each chunk of the body sits in its own grid wrapper next to an (empty) ad rail; the chunks share a content class.
        var html = $$"""
            <html><body><div class="page"><div class="chunks">
              <div class="grid"><div class="article-body chunk"><p>{{E1}}</p><p>{{P3}}</p></div><div class="rail"></div></div>
              <div class="grid"><div class="article-body chunk"><p>{{E2}}</p><p>{{E3}}</p><p>{{E4}}</p><p>{{P1}}</p><p>{{P2}}</p></div><div class="rail"></div></div>
            </div></div>
            <div class="more"><p><a href="/a">A teaser headline for another story on the site</a></p></div></body></html>
            """;
        var doc = Extract(html);
        foreach (var p in new[] { E1, P3, E2, E3, E4, P1, P2 }) Assert.Contains(p, doc.Text);
        Assert.DoesNotContain("teaser", doc.Text);
    }

    [Fact]
    public void LinkedProseAndLinkedFiguresStayLinkListsGo()
    {
        var html = $$"""
            <html><body><div class="story">
              <p>Today's best deals include <a href="/1">a laptop from $700 at a big retailer</a> and <a href="/2">earphones with a charging case</a>.</p>
              <p>{{E1}}</p>
              <p><a href="/buy">Get it at the store for $39.99</a></p>
              <p>{{E2}}</p>
              <p><a href="/other">ANOTHER STORY ABOUT SOMETHING ELSE ENTIRELY</a></p>
              <p>{{E3}}</p>
              <ul><li><a href="/x">First related link on the site</a></li><li><a href="/y">Second related link on the site</a></li></ul>
            </div></body></html>
            """;
        var doc = Extract(html);
        Assert.Contains("Today's best deals include a laptop from $700", doc.Text);
        Assert.Contains("Get it at the store for $39.99", doc.Text);
        Assert.DoesNotContain("ANOTHER STORY", doc.Text);
        Assert.DoesNotContain("related link", doc.Text);
    }

    [Fact]
    public void HoverCardsInsideParagraphsAreNotText()
    {
        var html = $$"""
            <html><body><div class="story">
              <p>{{E1}} The plan was backed by <span class="person"><a href="/p/jones">Ann Jones</a><span class="card"><img src="j.jpg"><a href="/p/jones">Ann Jones</a><a href="/n/1">Jones says the vote was a turning point for the city</a></span></span> and others.</p>
              <p>{{E2}}</p><p>{{E3}}</p>
            </div></body></html>
            """;
        var doc = Extract(html);
        Assert.Contains("The plan was backed by Ann Jones and others.", doc.Text);
        Assert.DoesNotContain("turning point", doc.Text);
        var tip = Extract($$"""<html><body><div class="story"><p>{{E1}} It was <span class="tooltip">a note shown on hover</span> passed.</p><p>{{E2}}</p><p>{{E3}}</p></div></body></html>""");
        Assert.Contains("It was passed.", tip.Text);
    }

    [Fact]
    public void AMarkerOverLinkedTeasersInsideTheBodyRemovesOnlyTheTeasers()
    {
        var html = $$"""
            <html><body><div class="story">
              <p>{{E1}}</p><p>{{E2}}</p>
              <h3>DON'T MISS</h3>
              <p><a href="/1">A teaser for another story</a></p><p><a href="/2">And a second teaser</a></p>
              <p>{{E3}}</p><p>{{E4}}</p>
            </div></body></html>
            """;
        var doc = Extract(html);
        Assert.Equal($"{E1}\n\n{E2}\n\n{E3}\n\n{E4}", doc.Text);
    }
}
