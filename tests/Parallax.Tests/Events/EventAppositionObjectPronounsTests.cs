using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// "The envoy, X, urged all sides …", "the army chief, General X, urged him to step down": an English verb form in -ed after
/// "Name," followed by an object pronoun or a quantifier is the clause's finite verb, so the name acts (docs/events.md,
/// participant rules). The sentences are made up.
/// </summary>
public class EventAppositionObjectPronounsTests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text)
    {
        var doc = Stage.Process(new DocBuilder(text, "en", "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya", "Kenyan", "Nairobi")
            .Entity("Uganda", "LOCATION", "UGA", "Uganda", "Ugandan", "Kampala")
            .Entity("Amina Odhiambo", "PERSON", "KEN", "Amina Odhiambo").Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    [Theory]
    [InlineData("The Kenyan envoy for the talks, Amina Odhiambo, urged all sides to exercise restraint.", "REQUEST")]
    [InlineData("Uganda's president resigned a day after the army chief, Amina Odhiambo, urged him to step down.", "REQUEST")]
    [InlineData("The mediator, Amina Odhiambo, urged both delegations to return to the table.", "REQUEST")]
    public void The_name_before_a_verb_with_an_object_pronoun_acts(string text, string type)
    {
        var (doc, all) = Code(text);
        var e = doc.Events.FirstOrDefault(x => x.Type == type);
        Assert.True(e != null, all);
        Assert.Contains("Amina Odhiambo", Names(doc, e!.Actors));
        Assert.DoesNotContain("Amina Odhiambo", Names(doc, e.Targets));
    }

    [Fact]
    public void A_participle_in_apposition_still_makes_the_name_undergo_the_act()
    {
        var (doc, all) = Code("The opposition leader, Amina Odhiambo, arrested in Kampala on Monday, was freed the next day.");
        var arrest = doc.Events.FirstOrDefault(x => x.Type == "COERCE");
        Assert.True(arrest != null, all);
        Assert.DoesNotContain("Amina Odhiambo", Names(doc, arrest!.Actors));
        Assert.Contains("Amina Odhiambo", Names(doc, arrest.Targets));
    }
}
