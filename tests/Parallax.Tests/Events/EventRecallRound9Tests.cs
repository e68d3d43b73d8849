using Parallax.Events;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The ninth recall round (docs/events.md, "Readiness told in the past, counted leaders, stopped gas, a military
/// exercise"): a readiness
/// told in the past is a commitment, and the verb right after a governing phrase that ends in its complementiser is
/// what is committed to, not a second event; "les deux chefs d'État", "the three leaders" are the participants of the
/// event told before; halting natural gas exports and "a cessé ses livraisons de gaz" are sanctions; a military exercise
/// in the singular is a show of force. The sentences are
/// made up, in French and English; none is from the annotated sets.
/// </summary>
public class EventRecallRound9Tests
{
    static readonly EventStage Stage = new();

    [Theory]
    [InlineData("Kenya said on Monday that it was ready to grant Yoweri Museveni asylum.", "en", "Kenya")]
    [InlineData("William Ruto était prêt à accorder l'asile à Yoweri Museveni, selon son entourage.", "fr", "William Ruto")]
    public void A_readiness_told_in_the_past_is_a_commitment(string text, string lang, string actor)
    {
        var doc = EastAfrica(text, lang);
        var agree = Assert.Single(doc.Events, e => e.Type == "AGREE");
        Assert.Equal([actor], Names(doc, agree.Actors));
        Assert.Equal(["Yoweri Museveni"], Names(doc, agree.Targets));
    }

    [Theory]
    [InlineData("Uganda said on Tuesday it was ready to accept a ceasefire.", "en")]
    [InlineData("Uganda said on Tuesday it is ready to accept a ceasefire.", "en")]
    public void The_verb_right_after_a_readiness_is_what_is_committed_to(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        Assert.Single(doc.Events, e => e.Type == "AGREE");
    }

    [Fact]
    public void A_readiness_for_something_that_is_no_verb_is_no_commitment()
    {
        var doc = EastAfrica("William Ruto was ready for the vote in Kenya on Tuesday.", "en");
        Assert.DoesNotContain(doc.Events, e => e.Type == "AGREE");
    }

    [Theory]
    [InlineData("William Ruto a reçu mardi à Nairobi Yoweri Museveni. Les deux chefs d'État sont convenus de créer une commission mixte sur la frontière.", "fr")]
    [InlineData("William Ruto a reçu mardi à Nairobi Yoweri Museveni. Les deux présidents sont convenus de créer une commission mixte sur la frontière.", "fr")]
    [InlineData("William Ruto hosted Yoweri Museveni in Nairobi on Tuesday. Both leaders agreed to set up a joint border commission.", "en")]
    public void Counted_leaders_are_the_participants_of_the_event_told_before(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var agree = Assert.Single(doc.Events, e => e.Type == "AGREE");
        Assert.Equal(["William Ruto", "Yoweri Museveni"], Names(doc, agree.Actors.Concat(agree.Targets)));
    }

    [Theory]
    [InlineData("Russian energy company Gazprom halted natural gas exports to Moldova on Saturday.", "en")]
    [InlineData("Gazprom a cessé ses livraisons de gaz à la Moldavie samedi.", "fr")]
    public void Stopped_gas_is_a_sanction(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-01-04")
            .Entity("Gazprom", "ORGANIZATION", "RUS", "Gazprom")
            .Entity("Russia", "LOCATION", "RUS", "Russian")
            .Entity("Moldova", "LOCATION", "MDA", "Moldova", "Moldavie").Build());
        var sanction = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("discontinue", sanction.Mode);
        Assert.Equal(["Moldova"], Names(doc, sanction.Targets));
        Assert.DoesNotContain(doc.Events, e => e.Type == "AID");
    }

    [Fact]
    public void Ceasing_something_that_is_no_supply_is_no_sanction()
    {
        var doc = Stage.Process(new DocBuilder("Gazprom a cessé samedi de publier ses résultats en Moldavie.", "fr", "2025-01-04")
            .Entity("Gazprom", "ORGANIZATION", "RUS", "Gazprom")
            .Entity("Moldova", "LOCATION", "MDA", "Moldavie").Build());
        Assert.DoesNotContain(doc.Events, e => e.Type == "SANCTION");
    }

    [Theory]
    [InlineData("Kenya will hold its largest military exercise in a decade near the border with Uganda next month.", "en")]
    [InlineData("Le Kenya a lancé mardi un exercice militaire d'envergure près de la frontière avec l'Ouganda.", "fr")]
    public void A_military_exercise_in_the_singular_is_a_show_of_force(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var drill = Assert.Single(doc.Events, e => e.Type == "MOBILIZE");
        Assert.Equal(["Kenya"], Names(doc, drill.Actors));
    }

    [Fact]
    public void An_exercise_that_is_not_military_is_no_show_of_force()
    {
        var doc = EastAfrica("Kenya held a disaster-response exercise with Uganda in Nairobi on Tuesday.", "en");
        Assert.DoesNotContain(doc.Events, e => e.Type == "MOBILIZE");
    }
}
