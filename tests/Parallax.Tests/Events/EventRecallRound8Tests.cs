using Parallax.Events;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The eighth recall round (docs/events.md, "Rules of the eighth recall round"): a release told "in exchange for" someone
/// was one side of a swap, and the other side released those named after the phrase. The sentences are made up, in
/// French and English; none is from the annotated sets.
/// </summary>
public class EventRecallRound8Tests
{
    static readonly EventStage Stage = new();

    [Theory]
    [InlineData("Belarus freed Lithuanian journalist Rasa Vaitkute on Tuesday in exchange for Pavel Orlov, a businessman held in Vilnius.", "en")]
    [InlineData("Le Bélarus a libéré mardi la journaliste lituanienne Rasa Vaitkute en échange de Pavel Orlov, un homme d'affaires détenu à Vilnius.", "fr")]
    public void A_release_in_exchange_for_someone_is_answered_by_his_release(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-06-11")
            .Entity("Belarus", "LOCATION", "BLR", "Belarus", "Bélarus")
            .Entity("Lithuania", "LOCATION", "LTU", "Lithuanian", "lituanienne")
            .Entity("Vilnius", "LOCATION", "LTU", "Vilnius")
            .Entity("Rasa Vaitkute", "PERSON", "LTU", "Rasa Vaitkute")
            .Entity("Pavel Orlov", "PERSON", "BLR", "Pavel Orlov").Build();
        var releases = Stage.Process(doc).Events.Where(e => e.Type == "RETREAT" && e.Mode == "release").ToList();
        Assert.Equal(2, releases.Count);
        Assert.Contains(releases, e => Names(doc, e.Actors).SequenceEqual(["Belarus"]) && Names(doc, e.Targets).Contains("Rasa Vaitkute"));
        var swap = Assert.Single(releases, e => Names(doc, e.Actors).SequenceEqual(["Lithuania"]));
        Assert.Equal(["Pavel Orlov"], Names(doc, swap.Targets));
        Assert.Equal("occurred", swap.Status);
    }

    [Fact]
    public void Those_released_in_return_may_be_named_by_their_nationality()
    {
        var doc = new DocBuilder("Chile released two Peruvian fishermen on Friday in exchange for three Chileans detained in Lima.", "en", "2025-06-14")
            .Entity("Chile", "LOCATION", "CHL", "Chile", "Chileans")
            .Entity("Peru", "LOCATION", "PER", "Peruvian")
            .Entity("Lima", "LOCATION", "PER", "Lima").Build();
        var swap = Assert.Single(Stage.Process(doc).Events, e => e.Type == "RETREAT" && Names(doc, e.Actors).SequenceEqual(["Peru"]));
        Assert.Equal(["Chile"], Names(doc, swap.Targets));
    }

    [Fact]
    public void A_promised_release_in_exchange_makes_no_release_of_the_other_side()
    {
        var doc = new DocBuilder("Belarus will free Lithuanian journalist Rasa Vaitkute in exchange for Pavel Orlov.", "en", "2025-06-11")
            .Entity("Belarus", "LOCATION", "BLR", "Belarus")
            .Entity("Lithuania", "LOCATION", "LTU", "Lithuanian")
            .Entity("Rasa Vaitkute", "PERSON", "LTU", "Rasa Vaitkute")
            .Entity("Pavel Orlov", "PERSON", "BLR", "Pavel Orlov").Build();
        Assert.DoesNotContain(Stage.Process(doc).Events, e => e.Type == "RETREAT" && Names(doc, e.Actors).Contains("Lithuania"));
    }
}
