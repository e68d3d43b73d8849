using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The seventh participants round (docs/events.md, "Guests in apposition, elided object pronouns and retaliation"): a
/// host verb's participle in apposition makes the name before it the guest and its "par"/"by" complement the host; a
/// French elided object pronoun before the auxiliary of a verb trigger stands for the person told before; a threat with
/// no recipient, made by the one an attack has just hit, is aimed at the attacker. The sentences are made up.
/// </summary>
public class EventParticipantRound7Tests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya", "Nairobi")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala")
            .Entity("William Ruto", "PERSON", "KEN", "William Ruto")
            .Entity("Yoweri Museveni", "PERSON", "UGA", "Yoweri Museveni").Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    [Theory]
    [InlineData("William Ruto, reçu lundi au palais présidentiel par Yoweri Museveni, a annoncé la réouverture de la frontière.", "fr")]
    [InlineData("William Ruto, accueilli lundi par Yoweri Museveni, a salué la réouverture de la frontière.", "fr")]
    [InlineData("William Ruto, received at the presidential palace on Monday by Yoweri Museveni, announced that the border would reopen.", "en")]
    public void A_host_verb_participle_in_apposition_makes_the_name_before_it_the_guest(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var visit = doc.Events.FirstOrDefault(e => e.Type == "CONSULT");
        Assert.True(visit != null, all);
        Assert.Equal(["William Ruto"], Names(doc, visit!.Actors));
        Assert.Equal(["Yoweri Museveni"], Names(doc, visit.Targets));
    }

    [Fact]
    public void An_elided_object_pronoun_before_the_auxiliary_is_the_person_told_before()
    {
        var (doc, all) = Code("Yoweri Museveni a présenté lundi ses condoléances après les inondations. William Ruto l'a remercié pour ce geste.", "fr");
        var thanks = doc.Events.FirstOrDefault(e => e.Type == "SUPPORT" && Names(doc, e.Actors).Contains("William Ruto"));
        Assert.True(thanks != null, all);
        Assert.Equal(["Yoweri Museveni"], Names(doc, thanks!.Targets));
    }

    [Fact]
    public void An_elided_object_pronoun_of_a_host_verb_is_the_guest()
    {
        var (doc, all) = Code("Yoweri Museveni a quitté Kampala lundi matin. William Ruto l'a reçu mardi au palais présidentiel.", "fr");
        var visit = doc.Events.FirstOrDefault(e => e.Type == "CONSULT" && Names(doc, e.Targets).Contains("William Ruto"));
        Assert.True(visit != null, all);
        Assert.Contains("Yoweri Museveni", Names(doc, visit!.Actors));
    }

    [Fact]
    public void An_elided_article_before_an_act_noun_is_no_pronoun()
    {
        // "l'arrestation": an article, not "l'a …"; nobody told before becomes the one arrested
        var (doc, all) = Code("Yoweri Museveni a salué lundi le Kenya. William Ruto a condamné l'arrestation.", "fr");
        Assert.DoesNotContain(doc.Events, e => e.Type == "COERCE" && Names(doc, e.Targets).Contains("Yoweri Museveni"));
        _ = all;
    }

    [Theory]
    [InlineData("Kenya launched air strikes on Uganda on Monday. Kampala vowed revenge.", "en")]
    [InlineData("Le Kenya a bombardé l'Ouganda lundi. Kampala a promis des représailles.", "fr")]
    public void A_threat_by_the_one_an_attack_hit_is_aimed_at_the_attacker(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var threat = doc.Events.FirstOrDefault(e => e.Type == "THREATEN");
        Assert.True(threat != null, all);
        Assert.Equal(["Uganda"], Names(doc, threat!.Actors));
        Assert.Equal(["Kenya"], Names(doc, threat.Targets));
    }

    [Fact]
    public void A_threat_by_the_attackers_side_takes_no_recipient_from_its_own_attack()
    {
        var (doc, all) = Code("Kenya launched air strikes on Uganda on Monday. William Ruto vowed revenge.", "en");
        var threat = doc.Events.FirstOrDefault(e => e.Type == "THREATEN");
        Assert.True(threat != null, all);
        Assert.DoesNotContain("Kenya", Names(doc, threat!.Targets));
    }
}
