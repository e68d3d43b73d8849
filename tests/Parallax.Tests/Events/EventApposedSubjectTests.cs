using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// A subject followed by an apposition (docs/events.md, "Apposed subjects"; EventContext.ApposedSubjects.cs): a verb
/// form after "Name," that takes a direct object is the clause's finite verb, so the name acts; a participle in
/// apposition with no object ("Name, arrested on Monday, …") still makes the name undergo the act. Made-up sentences.
/// </summary>
public class EventApposedSubjectTests
{
    static readonly EventStage Stage = new();

    [Theory]
    [InlineData("en", "Kenya's foreign minister, Amara Odhiambo, condemned Uganda's decision on Tuesday.")]
    [InlineData("en", "Kenya's foreign minister, Amara Odhiambo, condemned the decision of Uganda on Tuesday.")]
    [InlineData("fr", "La ministre kényane des Affaires étrangères, Amara Odhiambo, dénonce la décision de l'Ouganda.")]
    public void A_verb_with_an_object_after_an_apposed_name_is_the_name_s_act(string lang, string text)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Amara Odhiambo", "PERSON", "KEN", "Amara Odhiambo")
            .Entity("Uganda", "LOCATION", "UGA", "Uganda", "l'Ouganda", "Ouganda").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Amara Odhiambo"], Names(doc, ev.Actors));
        Assert.DoesNotContain(ev.Targets, id => doc.Entities.First(e => e.Id == id).Name == "Amara Odhiambo");
    }

    [Fact]
    public void A_country_described_by_an_indefinite_apposition_acts()
    {
        var doc = new DocBuilder("Kenya, a close partner of Tanzania, condemned Uganda's decision on Tuesday.", "en")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya")
            .Entity("Tanzania", "LOCATION", "TZA", "Tanzania")
            .Entity("Uganda", "LOCATION", "UGA", "Uganda").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "The journalist Amara Odhiambo, arrested on Monday in Kampala, was freed on Friday.", "COERCE")]
    [InlineData("fr", "Le maire Amara Odhiambo, blessé le 3 mars à Kampala, est sorti de l'hôpital.", "ASSAULT")]
    public void A_participle_in_apposition_with_no_object_stays_passive(string lang, string text, string type)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Amara Odhiambo", "PERSON", "KEN", "Amara Odhiambo")
            .Entity("Kampala", "LOCATION", "UGA", "Kampala").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == type);
        Assert.DoesNotContain(ev.Actors, id => doc.Entities.First(e => e.Id == id).Name == "Amara Odhiambo");
        Assert.Equal(["Amara Odhiambo"], Names(doc, ev.Targets));
    }
}
