using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The rules of the fifth recall round (docs/events.md, "Families of the fifth recall round"): pro-verbs of an act
/// ("did the same", "a fait de même"), dismissals of a head of government, blame with the one blamed before
/// "responsible", the apposed "réunis", the gerund "meeting", the future seen from the past "allait", hostages
/// that a release takes as its object, and look-alikes ("en signe de", "motion de censure", evacuated nationals).
/// The sentences are made up; none is from the annotated sets.
/// </summary>
public class EventRecallRound5Tests
{
    static readonly EventStage Stage = new();

    static Document Code(string text, string lang) => EastAfrica(text, lang, community: true);

    static Document ThreeCountries(string text, string lang) => Stage.Process(new DocBuilder(text, lang, "2025-03-05")
        .Entity("Kenya", "LOCATION", "KEN", "Kenya")
        .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "Uganda")
        .Entity("Tanzania", "LOCATION", "TZA", "Tanzanie", "Tanzania")
        .Build());

    [Theory]
    [InlineData("en", "Kenya expelled two diplomats of Uganda on Monday, and Tanzania did the same on Tuesday.")]
    [InlineData("en", "Kenya recalled its ambassador from Uganda. Tanzania followed suit on Wednesday.")]
    [InlineData("fr", "Le Kenya a expulsé lundi deux diplomates de l'Ouganda, et la Tanzanie a fait de même mardi.")]
    [InlineData("fr", "Le Kenya a rappelé son ambassadeur en Ouganda. La Tanzanie lui a emboîté le pas mercredi.")]
    public void A_pro_verb_repeats_the_act_by_its_own_subject(string lang, string text)
    {
        var doc = ThreeCountries(text, lang);
        var acts = doc.Events.Where(e => e.Type == "SANCTION").ToList();
        Assert.Equal(2, acts.Count);
        Assert.Contains(acts, e => Names(doc, e.Actors).SequenceEqual(["Kenya"]) && Names(doc, e.Targets).SequenceEqual(["Uganda"]));
        Assert.Contains(acts, e => Names(doc, e.Actors).SequenceEqual(["Tanzania"]) && Names(doc, e.Targets).SequenceEqual(["Uganda"]));
    }

    [Theory]
    [InlineData("en", "Kenya expelled two diplomats of Tanzania on Monday, and Tanzania did the same on Tuesday.")]
    [InlineData("fr", "Le Kenya a expulsé lundi deux diplomates de la Tanzanie, et la Tanzanie a fait de même mardi.")]
    public void A_pro_verb_by_the_recipient_leaves_the_first_act_as_it_was(string lang, string text)
    {
        // the answer in kind (Tanzania → Kenya) is not coded: one sentence's events with the same two parties merge
        var doc = ThreeCountries(text, lang);
        var act = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["Kenya"], Names(doc, act.Actors));
        Assert.Equal(["Tanzania"], Names(doc, act.Targets));
    }

    [Theory]
    [InlineData("en", "Tanzania did the same on Tuesday.")]
    [InlineData("fr", "La Tanzanie a fait de même mardi.")]
    public void A_pro_verb_with_no_act_before_it_is_no_event(string lang, string text)
    {
        var doc = ThreeCountries(text, lang);
        Assert.Empty(doc.Events);
    }

    [Theory]
    [InlineData("Kenya's Supreme Court dismissed President William Ruto on Tuesday.")]
    [InlineData("Parliament removed President William Ruto on Tuesday.")]
    public void A_head_of_state_dismissed_is_a_sanction_of_that_person(string text)
    {
        var doc = Code(text, "en");
        var ev = Assert.Single(doc.Events);
        Assert.Equal("SANCTION", ev.Type);
        Assert.Equal(["William Ruto"], Names(doc, ev.Targets));
    }

    [Fact]
    public void Dismissed_accusations_stay_a_refusal()
    {
        var doc = Code("William Ruto dismissed the accusations from Uganda.", "en");
        Assert.Contains(doc.Events, e => e.Type == "REJECT");
        Assert.DoesNotContain(doc.Events, e => e.Type == "SANCTION");
    }

    [Theory]
    [InlineData("en", "William Ruto held Uganda responsible for the attack on the border post.")]
    [InlineData("en", "William Ruto holds Yoweri Museveni fully responsible for the crisis.")]
    [InlineData("fr", "William Ruto a tenu l'Ouganda pour responsable de l'attaque du poste frontière.")]
    [InlineData("fr", "Nairobi a rappelé son ambassadeur, William Ruto tenant l'Ouganda pour responsable de la crise.")]
    public void Holding_someone_responsible_is_an_accusation_of_them(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["William Ruto"], Names(doc, ev.Actors));
        Assert.Single(ev.Targets);
        Assert.NotEqual(["William Ruto"], Names(doc, ev.Targets));
    }

    [Fact]
    public void Holding_talks_is_no_blame()
    {
        var doc = Code("William Ruto held talks with Yoweri Museveni on the responsible use of the lake.", "en");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
    }

    [Theory]
    [InlineData("Les dirigeants de la Communauté d'Afrique de l'Est, réunis samedi à Arusha, ont appelé le Kenya à retirer ses troupes.")]
    [InlineData("Le Kenya et l'Ouganda se sont réunis lundi à Kampala.")]
    public void Reunis_tells_a_meeting(string text)
    {
        var doc = Code(text, "fr");
        var ev = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.NotEmpty(ev.Actors);
    }

    [Fact]
    public void The_gerund_meeting_is_a_meeting_of_the_clause_subject()
    {
        var doc = Code("William Ruto agreed on Monday to reopen the border after meeting Yoweri Museveni in Kampala.", "en");
        var ev = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal(["William Ruto", "Yoweri Museveni"], Names(doc, ev.Actors.Concat(ev.Targets)));
    }

    [Fact]
    public void A_meeting_during_a_visit_just_told_is_part_of_it()
    {
        var doc = Code("William Ruto visited Kampala on Monday, meeting Yoweri Museveni at State House.", "en");
        Assert.Single(doc.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void A_future_seen_from_the_past_is_a_commitment()
    {
        var doc = Code("William Ruto a annoncé que le Kenya allait livrer des blindés à l'Ouganda.", "fr");
        var ev = Assert.Single(doc.Events);
        Assert.Equal("AGREE", ev.Type);
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("fr", "Les rebelles ont libéré vendredi treize otages ougandais, a annoncé le Kenya.")]
    [InlineData("en", "Kenya freed six Ugandan hostages on Friday.")]
    public void Hostages_released_are_no_hostage_taking(string lang, string text)
    {
        var doc = Code(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("L'Ouganda a rappelé son ambassadeur à Nairobi en signe de protestation.", "SUPPORT")]
    [InlineData("L'Assemblée nationale du Kenya a adopté une motion de censure contre le gouvernement de William Ruto.", "COERCE")]
    [InlineData("L'Ouganda a annoncé l'évacuation de ses ressortissants du Kenya.", "RETREAT")]
    public void Look_alikes_are_no_events_of_their_type(string text, string type)
    {
        var doc = Code(text, "fr");
        Assert.DoesNotContain(doc.Events, e => e.Type == type);
    }
}
