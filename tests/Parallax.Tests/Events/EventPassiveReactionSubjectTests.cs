using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// A reaction in the passive whose subject is an act noun ("The decision was welcomed by X", "a decision welcomed by X")
/// is aimed at the authors of the act told before, as an active reaction to "this decision" is (docs/events.md,
/// "Reactions to acts told before"). The sentences are made up.
/// </summary>
public class EventPassiveReactionSubjectTests
{
    [Theory]
    [InlineData("Kenya reopened its border with Uganda on Monday. The decision was welcomed by Yoweri Museveni on Tuesday.", "en")]
    [InlineData("Le Kenya a rouvert lundi sa frontière avec l'Ouganda. La décision a été saluée par Yoweri Museveni mardi.", "fr")]
    [InlineData("Kenya reopened its border with Uganda on Monday, a decision welcomed by Yoweri Museveni on Tuesday.", "en")]
    public void A_passive_reaction_to_an_act_noun_subject_is_aimed_at_the_acts_author(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var support = Assert.Single(doc.Events, e => e.Type == "SUPPORT");
        Assert.Equal(["Yoweri Museveni"], Names(doc, support.Actors));
        Assert.Equal(["Kenya"], Names(doc, support.Targets));
    }

    [Fact]
    public void A_subject_that_is_no_act_noun_takes_no_recipient_from_the_act_before()
    {
        var doc = EastAfrica("Kenya reopened its border with Uganda on Monday. The newspaper was welcomed by Yoweri Museveni on Tuesday.", "en");
        var support = Assert.Single(doc.Events, e => e.Type == "SUPPORT");
        Assert.Empty(support.Targets);
    }
}
