using Parallax.Events;
using Parallax.Model;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The rules of the fourth recall round (docs/events.md, "Rules of the fourth recall round"): disapproval told as a
/// judgement ("called the protests treasonous", "a qualifié l'attaque de « provocation »"), orders whose object is the
/// act ordered, recalled ambassadors. The sentences are made up; none is from the annotated sets.
/// </summary>
public class EventRecallRound4Tests
{
    static Document Code(string text, string lang) => EastAfrica(text, lang, community: true);

    [Theory]
    [InlineData("en", "William Ruto called the border closure treasonous.")]
    [InlineData("en", "William Ruto on Friday called the new tariffs a stab in the back.")]
    [InlineData("en", "William Ruto described the decision as deeply irresponsible.")]
    [InlineData("en", "William Ruto branded the election a sham.")]
    [InlineData("fr", "William Ruto a qualifié la fermeture de la frontière de « provocation ».")]
    [InlineData("fr", "William Ruto a jugé cette décision « profondément regrettable ».")]
    [InlineData("fr", "William Ruto a qualifié d'« absurde » la fermeture de la frontière.")]
    public void A_judgement_of_disapproval_is_an_accusation_by_the_one_who_judges(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("disapprove", ev.Mode);
        Assert.Equal(["William Ruto"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "William Ruto called Yoweri Museveni a dictator.")]
    [InlineData("fr", "William Ruto a traité Yoweri Museveni de « dictateur ».")]
    public void The_name_judged_is_the_one_accused(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["William Ruto"], Names(doc, ev.Actors));
        Assert.Equal(["Yoweri Museveni"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "William Ruto called Yoweri Museveni on Monday.")]
    [InlineData("en", "William Ruto called the meeting constructive.")]
    [InlineData("en", "William Ruto called on Uganda to end its illegal blockade.")]
    [InlineData("en", "William Ruto called for an end to the illegal blockade.")]
    [InlineData("fr", "William Ruto a qualifié la rencontre de « constructive ».")]
    public void No_judgement_of_disapproval_no_accusation(string lang, string text)
    {
        var doc = Code(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
    }

    [Theory]
    [InlineData("fr", "Le Kenya a ordonné le départ des diplomates de l'Ouganda.", "SANCTION", "expel")]
    [InlineData("fr", "Le Kenya a ordonné le départ de l'ambassadeur de l'Ouganda.", "SANCTION", "expel")]
    [InlineData("fr", "William Ruto a ordonné des mesures de rétorsion contre l'Ouganda.", "SANCTION", null)]
    [InlineData("en", "Kenya ordered the departure of Uganda's diplomats.", "SANCTION", "expel")]
    public void An_order_whose_object_is_the_act_is_that_act(string lang, string text, string type, string? mode)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal((type, mode), (ev.Type, ev.Mode));
        Assert.DoesNotContain(doc.Events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void An_ordered_requisition_is_coercion_not_a_request()
    {
        var doc = Code("Le gouvernement du Kenya a ordonné la réquisition des grévistes de l'East African Community.", "fr");
        Assert.Contains(doc.Events, e => e.Type == "COERCE");
        Assert.DoesNotContain(doc.Events, e => e.Type == "REQUEST");
    }

    [Theory]
    [InlineData("Uganda's decision prompted Kenya to recall its ambassadors.")]
    [InlineData("Kenya recalls its ambassador from Uganda.")]
    public void A_recalled_ambassador_is_a_sanction(string text)
    {
        var doc = Code(text, "en");
        var ev = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Thousands of protesters stormed the parliament of Uganda.")]
    [InlineData("en", "Supporters of William Ruto clashed with the police of Uganda.")]
    [InlineData("en", "The police of Uganda fired tear gas at protesters who stormed the parliament of Kenya.")]
    [InlineData("fr", "Des milliers de manifestants ont envahi le Parlement de l'Ouganda.")]
    [InlineData("fr", "Des centaines de partisans de William Ruto ont attaqué l'ambassade de l'Ouganda.")]
    public void Violence_by_protesters_is_a_violent_protest(string lang, string text)
    {
        var doc = Code(text, lang);
        // the protest told by the protester noun and the violence are one PROTEST event
        Assert.Contains(doc.Events, e => e.Type == "PROTEST");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("en", "Kenya stormed the parliament of Uganda.")]
    [InlineData("en", "The police of Uganda fired on protesters, killing three people in Kenya.")]
    [InlineData("fr", "L'armée du Kenya a envahi l'Ouganda.")]
    public void Violence_by_others_stays_an_attack(string lang, string text)
    {
        var doc = Code(text, lang);
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(doc.Events, e => e.Type == "PROTEST" && e.Mode == "riot");
    }

    [Theory]
    [InlineData("en", "Three years after Kenya's aggression against Uganda, the border is calm.")]
    [InlineData("fr", "Le Kenya a intensifié son agression contre l'Ouganda.")]
    public void Aggression_told_as_a_noun_is_an_attack(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Fact]
    public void Condemned_aggression_is_an_accusation_of_its_author()
    {
        var doc = Code("Yoweri Museveni denounced Kenya's aggression against Uganda.", "en");
        var ev = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Yoweri Museveni"], Names(doc, ev.Actors));
        Assert.Equal(["Kenya"], Names(doc, ev.Targets));
    }

    [Fact]
    public void A_headline_recall_without_article_is_a_sanction()
    {
        var doc = Code("Kenya recalls ambassador from Uganda", "en");
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("SANCTION", "withdraw"), (ev.Type, ev.Mode));
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Fact]
    public void Relations_broken_after_a_pluperfect_auxiliary_are_a_sanction()
    {
        var doc = Code("Le Kenya, qui avait rompu ses relations diplomatiques avec l'Ouganda, a fermé sa frontière.", "fr");
        var ev = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("discontinue", ev.Mode);
        Assert.DoesNotContain(doc.Events, e => e.Type == "SUPPORT");
    }

    [Fact]
    public void A_suspect_surrendering_to_the_police_is_no_retreat()
    {
        var doc = Code("William Ruto surrendered to the police in Uganda on Monday.", "en");
        Assert.DoesNotContain(doc.Events, e => e.Type == "RETREAT");
    }
}
