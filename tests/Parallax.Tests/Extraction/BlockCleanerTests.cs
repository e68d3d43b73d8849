using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

public class BlockCleanerTests
{
    const string B1 = "The council voted on Tuesday to extend the programme for another two years, after a long debate about its cost.";
    const string B2 = "Supporters said the scheme had cut waiting times in half, while critics argued that the money was needed elsewhere.";

    static List<string> Body(params string[] blocks) =>
        [.. BlockCleaner.Clean([.. blocks.Select(b => new TextBlock(b))], findTitle: false).Body.Select(b => b.Text)];

    [Fact]
    public void PromotionAndNoticeLinesAtTheEndGo()
    {
        Assert.Equal([B1, B2], Body(B1, B2,
            "Follow us on Twitter @example and on Facebook. Join our forums to keep talking about the latest news!",
            "Get the Morning Briefing delivered to your inbox every day."));
        Assert.Equal([B1, B2], Body(B1, B2, "If you enjoyed this article, we have a proposition for you: join our members' club today."));
        Assert.Equal([B1, B2], Body(B1, B2, "Share this story with a friend", "Next story"));
        // A heading with nothing under it does not end an article.
        Assert.Equal([B1, B2], Body(B1, B2, "More from the city desk"));
    }

    [Fact]
    public void TheSamePhrasesInsideTheBodyStay()
    {
        const string follow = "Follow the money, the auditor told the committee, and you will see where the programme went wrong.";
        Assert.Equal([B1, follow, B2], Body(B1, follow, B2));
        const string letter = "The newsletter sent to residents last week described the scheme as a success, which critics disputed.";
        Assert.Equal([B1, letter, B2], Body(B1, letter, B2));
    }

    [Fact]
    public void ARelatedHeadingBeforeATeaserListCutsTheList()
    {
        Assert.Equal([B1, B2], Body(B1, B2, "More great stories from the Daily Example",
            "Why the vote matters for the city's budget", "The mayor's plan, explained", "Five things to know about the scheme"));
        Assert.Equal([B1, B2], Body(B1, B2, "Related coverage from Money:",
            "Here's exactly how to figure out when you can retire", "How to invest in index funds, explained"));
    }
}

public class BlockCleanerMoreTests
{
    const string B1 = "The council voted on Tuesday to extend the programme for another two years, after a long debate about its cost and its results so far.";
    const string B2 = "Supporters said the scheme had cut waiting times in half, while critics argued that the money was needed elsewhere in the city budget.";
    const string B3 = "The mayor said the decision would be reviewed next spring, once the first figures from the new budget were available to the council.";

    static List<string> Body(params string[] blocks) =>
        [.. BlockCleaner.Clean([.. blocks.Select(b => new TextBlock(b))], findTitle: false).Body.Select(b => b.Text)];

    [Fact]
    public void GalleryCountersGo() => Assert.Equal([B1, B2], Body(B1, "Image 1 of 5", "2 of 5", B2));

    [Fact]
    public void CommentSectionsInOtherLanguagesAreCut()
    {
        Assert.Equal([B1, B2], Body(B1, B2, "Comentários", "Ótimo artigo, parabéns!"));
        Assert.Equal([B1, B2], Body(B1, B2, "Отзывы", "Добавить отзыв"));
    }

    [Fact]
    public void AMarkerFollowedByTheArticleGoingOnRemovesOnlyItself()
    {
        // Paragraphs of 150+ characters ending a sentence are article text, not teasers.
        const string L2 = B2 + " Several members asked for a detailed report.", L3 = B3 + " The next vote is due in March.";
        Assert.Equal([B1, L2, L3], Body(B1, "Leggi anche", L2, L3));
        Assert.Equal([B1, B2], Body(B1, B2, "Leggi anche", "Un altro articolo", "Un terzo articolo"));
    }
}

public class DateLineTests
{
    [Theory]
    [InlineData("13 Aug")]
    [InlineData("05 Oct")]
    [InlineData("sexta-feira, 22 de outubro de 2010 às 20:13")]
    [InlineData("Monday, Nov. 18, 2019 8:21 am ET")]
    [InlineData("12/02/2025")]
    [InlineData("11 октября 2018")]
    public void DateOnlyLines(string line) => Assert.True(DateLine.IsDateOnly(line), line);

    [Theory]
    [InlineData("13 Aug was the day the vote took place")]
    [InlineData("May")]
    [InlineData("Published by the city council")]
    [InlineData("2.289 letture 02 Ago 2017")]
    public void NotDateOnly(string line) => Assert.False(DateLine.IsDateOnly(line), line);

    [Fact]
    public void ConnectorsBetweenDayMonthAndYear()
    {
        Assert.Equal(new DateOnly(2010, 10, 22), DateLine.TryParse("sexta-feira, 22 de outubro de 2010 às 20:13"));
        Assert.Equal(new DateOnly(2017, 8, 12), DateLine.TryParse("12 de agosto de 2017"));
        Assert.Equal(new DateOnly(2025, 2, 1), DateLine.TryParse("Publié le 1er février 2025"));
        Assert.Equal(new DateOnly(2019, 11, 3), DateLine.TryParse("November 3rd, 2019"));
    }
}
