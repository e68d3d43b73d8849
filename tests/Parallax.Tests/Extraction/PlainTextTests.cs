using System.Text;
using Parallax.Extraction;
using Parallax.Input;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

public class PlainTextTests
{
    static Document Extract(string text, DateOnly? published = null) =>
        new ArticleExtractor().Extract(new RawInput { Bytes = Encoding.UTF8.GetBytes(text), ContentType = ContentTypes.Text, Path = "t.txt", Published = published });

    const string Body1 = "The minister said on Tuesday that the negotiations would resume next week in Geneva, according to officials.";
    const string Body2 = "Both delegations have agreed to meet again, and a joint statement is expected to follow the talks.";

    [Fact]
    public void EnglishPageWithBylineBreadcrumbAndTrailer()
    {
        var doc = Extract($"Home › World › Talks resume\n\nTalks resume in Geneva\n\nBy Jane Smith and John Doe\n\n{Body1}\n\nWhat comes next\n\n{Body2}\n\nSource: Reuters\n\nDaily Planet\n\nRelated Articles\n\nOther story title\n\nAnother story\n\nLeave a Reply\n\nYour email address will not be published.");
        Assert.Equal("Talks resume in Geneva", doc.Title);
        Assert.Equal(new[] { "Jane Smith", "John Doe" }, doc.Authors.ToArray());
        Assert.Equal($"{Body1}\n\nWhat comes next\n\n{Body2}", doc.Text);
        Assert.Equal(BlockKind.Heading, doc.Paragraphs[1].Kind);
        Assert.Equal("Daily Planet", doc.Source.Name);
        Assert.Contains(doc.Removed, r => r.StartsWith("Home › World"));
        Assert.Contains(doc.Removed, r => r == "Source: Reuters");
        Assert.Contains(doc.Removed, r => r.StartsWith("Leave a Reply"));
    }

    [Fact]
    public void BreadcrumbGluedToPreviousLineIsCut()
    {
        var doc = Extract($"Un titre d’article\n\n{Body1} Accueil » Monde » Un titre d’article\n\n{Body2}");
        Assert.Equal($"{Body1}\n\n{Body2}", doc.Text);
        Assert.Contains(doc.Removed, r => r.StartsWith("Accueil » Monde »"));
    }

    [Fact]
    public void FrenchBylineAndReadAlso()
    {
        var fr1 = "Le ministre a annoncé mardi que les négociations reprendraient la semaine prochaine à Genève, selon ses services.";
        var fr2 = "Les deux délégations se retrouveront, et un communiqué commun devrait suivre.";
        var doc = Extract($"Reprise des négociations\n\nPar Marie Dupont\n\n{fr1}\n\nLire aussi : Un autre article sans rapport\n\n{fr2}\n\nÀ lire aussi\n\nTitre un\n\nTitre deux");
        Assert.Equal(new[] { "Marie Dupont" }, doc.Authors.ToArray());
        Assert.Equal($"{fr1}\n\n{fr2}", doc.Text);
    }

    [Fact]
    public void SentencesStartingLikeMarkersAreKept()
    {
        var s1 = "Comments from the minister were brief.";
        var s2 = "Share prices fell sharply.";
        var doc = Extract($"A title\n\n{Body1}\n\n{s1}\n\n{s2}\n\n{Body2}\n\nComments (3)\n\nNice article!");
        Assert.Equal($"{Body1}\n\n{s1}\n\n{s2}\n\n{Body2}", doc.Text);
    }

    [Fact]
    public void SentenceStartingLikeABylineIsKept()
    {
        var s = "Par ailleurs, le gouvernement a indiqué qu’il examinerait la proposition dans les prochains jours.";
        var doc = Extract($"Un titre\n\n{Body1}\n\n{s}");
        Assert.Contains(s, doc.Text);
        Assert.Empty(doc.Authors);
    }

    [Fact]
    public void HardWrappedLinesAreJoined()
    {
        var doc = Extract("A title\n\nThe minister said on Tuesday that the\nnegotiations would resume next week in\nGeneva, according to officials.\n");
        Assert.Equal("The minister said on Tuesday that the negotiations would resume next week in Geneva, according to officials.", doc.Text);
    }

    [Fact]
    public void DateLineInHeaderGivesPublishedUnlessOverridden()
    {
        var doc = Extract($"Un titre\n\nPublié le 12 février 2025 à 10h30\n\n{Body1}");
        Assert.Equal(new DateOnly(2025, 2, 12), doc.Published);
        Assert.Equal(Body1, doc.Text);
        var over = Extract($"Un titre\n\nPublié le 12 février 2025 à 10h30\n\n{Body1}", new DateOnly(2020, 1, 1));
        Assert.Equal(new DateOnly(2020, 1, 1), over.Published);
    }

    [Theory]
    [InlineData("Publié le 12 février 2025", 2025, 2, 12)]
    [InlineData("1er mars 2024", 2024, 3, 1)]
    [InlineData("February 12, 2025 at 10:00", 2025, 2, 12)]
    [InlineData("Updated Nov. 19, 2019 8:21 am ET", 2019, 11, 19)]
    [InlineData("12/02/2025", 2025, 2, 12)]
    [InlineData("2025-02-12", 2025, 2, 12)]
    public void DateLines(string line, int y, int m, int d) => Assert.Equal(new DateOnly(y, m, d), DateLine.TryParse(line));

    [Theory]
    [InlineData("Le 31 février 2025")]
    [InlineData("Nothing here")]
    [InlineData("mai")]
    public void NotDateLines(string line) => Assert.Null(DateLine.TryParse(line));

    [Fact]
    public void TextWithoutTitleLikeFirstLine()
    {
        var doc = Extract($"{Body1} {Body1} {Body1}\n\n{Body2}");
        Assert.Null(doc.Title);
        Assert.StartsWith(Body1, doc.Text);
    }
}

public class PlainTextHeaderTests
{
    static Parallax.Model.Document Extract(string text) =>
        new ArticleExtractor().Extract(new RawInput { Bytes = Encoding.UTF8.GetBytes(text), ContentType = ContentTypes.Text });

    const string Body = "Le gouvernement a présenté mercredi un projet de loi sur l’énergie, qui sera examiné au Parlement le mois prochain.";

    [Fact]
    public void SiteNameLineBeforeTitle()
    {
        var doc = Extract($"lactualite.example\n\nLe projet de loi sur l’énergie présenté\n\n{Body}");
        Assert.Equal("Le projet de loi sur l’énergie présenté", doc.Title);
        Assert.Equal("lactualite.example", doc.Source.Name);
        Assert.Equal(Body, doc.Text);
    }

    [Fact]
    public void SlashBreadcrumbAndBylineWithDate()
    {
        var doc = Extract($"Accueil / Monde / Europe\n\nLe projet de loi sur l’énergie présenté\n\nPar Jean Martin | 14 février 2025 à 08h00\n\n{Body}");
        Assert.Equal("Le projet de loi sur l’énergie présenté", doc.Title);
        Assert.Equal(new[] { "Jean Martin" }, doc.Authors.ToArray());
        Assert.Equal(new DateOnly(2025, 2, 14), doc.Published);
        Assert.Equal(Body, doc.Text);
    }

    [Fact]
    public void DateLineBeforeTitleIsNotTheTitle()
    {
        var doc = Extract($"13 février 2025\n\nLe projet de loi sur l’énergie présenté\n\nPartager sur Facebook\n\nPhoto : AFP\n\n{Body}\n\nTags : énergie, loi");
        Assert.Equal("Le projet de loi sur l’énergie présenté", doc.Title);
        Assert.Equal(new DateOnly(2025, 2, 13), doc.Published);
        Assert.Equal(Body, doc.Text);
    }
}

/// <summary>Pages scraped one line per block without blank lines (header, share bar, tags, related list).</summary>
public class PlainTextLineLayoutTests
{
    static Parallax.Model.Document Extract(string text) =>
        new ArticleExtractor().Extract(new RawInput { Bytes = Encoding.UTF8.GetBytes(text), ContentType = ContentTypes.Text });

    [Fact]
    public void FrenchPageWithoutBlankLines()
    {
        var doc = Extract("""
            Accueil » Politique » Le gouvernement présente son budget
            Le gouvernement présente son budget
            Publié le 3 mars 2025 à 10h12 | Mis à jour le 3 mars 2025 à 11h00
            Par Claire Petit
            Partager :
            Facebook
            Twitter
            Le ministre des Finances a présenté lundi le projet de budget, qui prévoit une baisse du déficit, a annoncé Bercy.
            Les députés l’examineront à partir du mois prochain.
            Des économies ciblées
            Les dépenses de fonctionnement baisseront de deux pour cent, selon le document transmis à la presse.
            Lire aussi : Les coulisses d’une négociation budgétaire sous tension permanente
            « C’est un budget de responsabilité », a déclaré le ministre.
            Mots-clés : budget, finances
            Articles similaires
            La dette publique au plus haut
            Impôts : ce qui change
            """);
        Assert.Equal("Le gouvernement présente son budget", doc.Title);
        Assert.Equal(new DateOnly(2025, 3, 3), doc.Published);
        Assert.Equal(new[] { "Claire Petit" }, doc.Authors.ToArray());
        var kinds = doc.Paragraphs.Select(p => (doc.Text[p.Start..p.End], p.Kind)).ToList();
        Assert.Equal(5, kinds.Count);
        Assert.StartsWith("Le ministre des Finances", kinds[0].Item1);
        Assert.Equal(("Des économies ciblées", BlockKind.Heading), kinds[2]);
        Assert.StartsWith("« C’est un budget", kinds[4].Item1);
        Assert.DoesNotContain("Lire aussi", doc.Text);
        Assert.DoesNotContain("Impôts", doc.Text);
    }

    [Fact]
    public void EnglishPageWithSectionLineBeforeTitle()
    {
        var doc = Extract("""
            World News
            Talks resume in Geneva as envoys meet
            February 13, 2025
            By Jane Smith
            GENEVA - Envoys from both countries met in Geneva on Thursday for the first direct talks in two years, officials said.
            The meeting lasted three hours, according to a statement.
            Reporting by Jane Smith; Editing by John Doe
            Share this:
            Twitter
            Facebook
            """);
        Assert.Equal("Talks resume in Geneva as envoys meet", doc.Title);
        Assert.Equal(new DateOnly(2025, 2, 13), doc.Published);
        Assert.Equal(2, doc.Paragraphs.Length);
        Assert.EndsWith("according to a statement.", doc.Text);
    }
}
