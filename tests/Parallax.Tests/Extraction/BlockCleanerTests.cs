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
