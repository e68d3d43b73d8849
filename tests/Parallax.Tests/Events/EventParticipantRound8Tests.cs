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
            .Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya", "kényans")
            .Entity("Nairobi", "LOCATION", "KEN", "Nairobi")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala", "ougandais")
            .Entity("Tanzania", "LOCATION", "TZA", "la Tanzanie", "Tanzanie", "Tanzania", "Dodoma")
            .Entity("Electoral Commission of Zambia", "ORGANIZATION", "ZMB", "Electoral Commission of Zambia", "commission électorale zambienne")
            .Entity("Hakainde Hichilema", "PERSON", "ZMB", "Hakainde Hichilema")
            .Entity("Edgar Lungu", "PERSON", "ZMB", "Edgar Lungu")
            .Entity("William Ruto", "PERSON", "KEN", "William Ruto")
            .Entity("Yoweri Museveni", "PERSON", "UGA", "Yoweri Museveni").Build());
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

    [Theory]
    [InlineData("Yoweri Museveni held talks with William Ruto in Nairobi on Monday, the first visit by a Ugandan leader to Kenya in a decade.", "en")]
    [InlineData("Yoweri Museveni s'est entretenu lundi à Nairobi avec William Ruto, lors de la première visite d'un dirigeant ougandais au Kenya depuis dix ans.", "fr")]
    public void A_meeting_in_one_participants_country_is_a_visit_to_that_participant(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var meeting = doc.Events.FirstOrDefault(e => e.Type == "CONSULT" && Names(doc, e.Actors.AddRange(e.Targets)).Contains("William Ruto"));
        Assert.True(meeting != null, all);
        Assert.True(Names(doc, meeting!.Targets).Contains("William Ruto"), all);
        Assert.DoesNotContain("William Ruto", Names(doc, meeting.Actors));
    }

    [Fact]
    public void A_meeting_in_a_third_country_keeps_both_as_actors()
    {
        var (doc, all) = Code("Yoweri Museveni held talks with William Ruto in Dodoma on Monday, the first visit by the two leaders to Tanzania this year.", "en");
        var meeting = doc.Events.FirstOrDefault(e => e.Type == "CONSULT" && Names(doc, e.Actors).Contains("Yoweri Museveni"));
        Assert.True(meeting != null, all);
        Assert.DoesNotContain("William Ruto", Names(doc, meeting!.Targets));
    }

    [Theory]
    [InlineData("Yoweri Museveni warned that Uganda would stop buying fuel from Kenya if the dispute went on.", "en", "Yoweri Museveni", "Kenya")]
    [InlineData("William Ruto a averti que l'Ouganda paierait le prix de son refus.", "fr", "William Ruto", "Uganda")]
    public void A_threat_told_by_a_complement_clause_is_aimed_at_the_other_side_named_in_it(string text, string lang, string threatener, string threatened)
    {
        var (doc, all) = Code(text, lang);
        var threat = By(doc, "THREATEN", threatener);
        Assert.True(threat != null, all);
        Assert.True(Names(doc, threat!.Targets).Contains(threatened), all);
        Assert.DoesNotContain("Uganda", lang == "en" ? Names(doc, threat.Targets) : []);
    }

    [Fact]
    public void A_threat_whose_clause_names_only_the_threateners_side_has_no_recipient()
    {
        var (doc, all) = Code("Yoweri Museveni warned on Monday that Uganda would respond.", "en");
        var threat = By(doc, "THREATEN", "Yoweri Museveni");
        Assert.True(threat != null, all);
        Assert.Empty(threat!.Targets);
    }
}
