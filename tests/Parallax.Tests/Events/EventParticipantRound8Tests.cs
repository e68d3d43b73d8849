using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The eighth participants round of issue #7 (docs/events.md, "Participants round 8"). The sentences are made up.
/// </summary>
public class EventParticipantRound8Tests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya", "Nairobi", "kényans")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala", "ougandais")
            .Entity("Tanzania", "LOCATION", "TZA", "la Tanzanie", "Tanzanie", "Tanzania", "Dodoma")
            .Entity("Electoral Commission of Zambia", "ORGANIZATION", "ZMB", "Electoral Commission of Zambia", "commission électorale zambienne")
            .Entity("Hakainde Hichilema", "PERSON", "ZMB", "Hakainde Hichilema")
            .Entity("Edgar Lungu", "PERSON", "ZMB", "Edgar Lungu").Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    static Event? By(Document doc, string type, string actor) =>
        doc.Events.FirstOrDefault(e => e.Type == type && Names(doc, e.Actors).Contains(actor));

    [Theory]
    [InlineData("Uganda announced a new fuel levy on Monday. Kenya condemned the decision on Tuesday.", "en")]
    [InlineData("L'Ouganda a annoncé lundi une nouvelle taxe sur le carburant. Le Kenya a dénoncé cette décision mardi.", "fr")]
    public void A_reaction_to_an_act_not_coded_is_aimed_at_the_subject_of_the_sentence_before(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var blame = By(doc, "ACCUSE", "Kenya");
        Assert.True(blame != null, all);
        Assert.Contains("Uganda", Names(doc, blame!.Targets));
    }

    [Theory]
    [InlineData("The Electoral Commission of Zambia declared Hakainde Hichilema the winner on Monday. Edgar Lungu rejected the results.", "en")]
    [InlineData("La commission électorale zambienne a proclamé lundi la victoire de Hakainde Hichilema. Edgar Lungu a rejeté ces résultats.", "fr")]
    public void Rejected_results_are_aimed_at_whoever_proclaimed_them(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var refusal = By(doc, "REJECT", "Edgar Lungu");
        Assert.True(refusal != null, all);
        Assert.Contains("Electoral Commission of Zambia", Names(doc, refusal!.Targets));
        Assert.DoesNotContain("Hakainde Hichilema", Names(doc, refusal.Targets));
    }

    [Theory]
    [InlineData("After a week of talks, Uganda announced a new fuel levy. Kenya condemned the decision on Tuesday.", "en")]
    [InlineData("Kenya and Tanzania met on Monday. Kenya condemned the decision on Tuesday.", "en")]
    public void No_author_when_the_sentence_before_opens_with_a_clause_or_its_subject_is_the_one_reacting(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var blame = By(doc, "ACCUSE", "Kenya");
        Assert.True(blame != null, all);
        Assert.DoesNotContain("Uganda", Names(doc, blame!.Targets));
        Assert.DoesNotContain("Kenya", Names(doc, blame.Targets));
    }
}
