using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The rules of the recall round (docs/events.md, "Rules of the recall round"): which events are found and their type —
/// orders that are the act they order, general strikes, clemency, retaken ground, cancelled visits, promised
/// consequences, dispersals, phrases read across a date, complements of accusations and refusals, support verbs,
/// decrees and laws signed. The sentences are made up; none is from the annotated
/// sets.
/// </summary>
public class EventRecallTests
{
    static readonly EventStage Stage = new();

    static DocBuilder EastAfrica(string text, string lang) => new DocBuilder(text, lang, "2025-03-05")
        .Entity("Kenya", "LOCATION", "KEN", "Kenya")
        .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "Uganda")
        .Entity("William Ruto", "PERSON", "KEN", "William Ruto")
        .Entity("Kampala", "LOCATION", "UGA", "Kampala");


    static Document Code(DocBuilder b, params (string Text, string Value)[] dates)
    {
        foreach (var (t, v) in dates) b.Time(t, TimeKinds.Date, v);
        var doc = b.Build();
        return Stage.Process(doc) is var coded ? coded : doc;
    }

    [Theory]
    [InlineData("en", "Kenya ordered the expulsion of Uganda's ambassador.", null)]
    [InlineData("fr", "Le Kenya a ordonné l'expulsion de l'ambassadeur de l'Ouganda.", null)]
    [InlineData("fr", "Le Kenya a ordonné lundi l'expulsion de l'ambassadeur de l'Ouganda.", "lundi")]
    public void An_order_to_expel_is_the_expulsion_not_a_request(string lang, string text, string? date)
    {
        var doc = Code(EastAfrica(text, lang), date == null ? [] : [(date, "2025-03-03")]);
        Assert.DoesNotContain(doc.Events, e => e.Type == "REQUEST");
        var ev = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("expel", ev.Mode);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("fr", "Le Kenya a repris vendredi le contrôle de la ville de Kampala.", "vendredi")]
    [InlineData("fr", "Le Kenya a repris le contrôle de la ville de Kampala.", null)]
    [InlineData("en", "Kenya retook the city of Kampala on Friday.", "Friday")]
    public void Ground_retaken_is_fighting_over_territory_read_across_a_date(string lang, string text, string? date)
    {
        var doc = Code(EastAfrica(text, lang), date == null ? [] : [(date, "2025-02-28")]);
        var ev = Assert.Single(doc.Events);
        Assert.Equal("ASSAULT", ev.Type);
        Assert.Equal("192", ev.Cameo);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "The Central Organisation of Trade Unions staged a general strike on Monday against William Ruto.")]
    [InlineData("fr", "La Central Organisation of Trade Unions a mené une grève générale lundi contre William Ruto.")]
    public void A_general_strike_is_a_protest_never_an_attack(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang).Entity("Central Organisation of Trade Unions", "ORGANIZATION", "KEN", "Central Organisation of Trade Unions"));
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("PROTEST", "strike"), (ev.Type, ev.Mode));
    }

    [Theory]
    [InlineData("en", "William Ruto cancelled his visit to Kampala.")]
    [InlineData("fr", "William Ruto a annulé sa visite à Kampala.")]
    public void A_cancelled_visit_is_a_refusal_to_meet(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        Assert.DoesNotContain(doc.Events, e => e.Type is "CONSULT" or "AGREE");
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("REJECT", "meet"), (ev.Type, ev.Mode));
        Assert.Equal(["William Ruto"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Uganda promised consequences for Kenya.")]
    [InlineData("fr", "L'Ouganda a promis des conséquences au Kenya.")]
    public void Promised_consequences_are_a_threat_not_a_commitment(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        var ev = Assert.Single(doc.Events);
        Assert.Equal("THREATEN", ev.Type);
        Assert.Equal(["Uganda"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya granted clemency to two prisoners from Uganda.")]
    [InlineData("fr", "Le Kenya a accordé sa grâce à deux prisonniers de l'Ouganda.")]
    public void Clemency_is_a_release(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("RETREAT", "release"), (ev.Type, ev.Mode));
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya accused Uganda of refusing to cooperate.")]
    [InlineData("en", "Kenya accused Uganda of not having condemned the raid.")]
    [InlineData("fr", "Le Kenya a accusé l'Ouganda de refuser toute coopération.")]
    [InlineData("fr", "Le Kenya a reproché à l'Ouganda de ne pas avoir condamné le raid.")]
    public void A_refusal_or_accusation_in_the_complement_of_an_accusation_is_not_coded(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        var ev = Assert.Single(doc.Events);
        Assert.Equal("ACCUSE", ev.Type);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Kenya accused Uganda and threatened to retaliate.")]
    [InlineData("fr", "Le Kenya a accusé l'Ouganda et a menacé de riposter.")]
    public void A_coordinated_threat_after_an_accusation_is_an_act_of_its_own(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        Assert.Contains(doc.Events, e => e.Type == "ACCUSE");
        Assert.Contains(doc.Events, e => e.Type == "THREATEN");
    }

    [Theory]
    [InlineData("fr", "William Ruto a tenu des discussions à Kampala sur l'invasion.")]
    [InlineData("en", "William Ruto held talks in Kampala on the invasion.")]
    [InlineData("en", "William Ruto held talks with Uganda on the invasion.")]
    public void A_light_verbs_noun_is_its_own_object_not_a_later_event_noun(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        Assert.Contains(doc.Events, e => e.Type == "CONSULT" && Names(doc, e.Actors).Contains("William Ruto"));
    }

    [Theory]
    [InlineData("en", "William Ruto signed a decree on Monday.")]
    [InlineData("en", "William Ruto signed into law a budget bill.")]
    [InlineData("fr", "William Ruto a signé un décret lundi.")]
    [InlineData("fr", "William Ruto a signé la loi de finances.")]
    public void Signing_a_decree_or_a_law_is_no_support(string lang, string text)
    {
        Assert.Empty(Code(EastAfrica(text, lang)).Events);
    }

    [Theory]
    [InlineData("en", "William Ruto signed into law an aid package for Uganda.")]
    [InlineData("en", "William Ruto carried out a visit to Kampala.")]
    public void A_support_verb_gives_its_noun_the_clauses_subject(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        var ev = Assert.Single(doc.Events);
        Assert.Equal(["William Ruto"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("fr", "William Ruto aurait été arrêté à Kampala.")]
    [InlineData("fr", "William Ruto a été interpellé à Kampala.")]
    [InlineData("fr", "La police de l'Ouganda affirme avoir arrêté William Ruto.")]
    public void French_arrests_in_the_passive_and_the_infinitive(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("COERCE", "arrest"), (ev.Type, ev.Mode));
        Assert.Equal(["William Ruto"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Police in Kampala dispersed the protesters sent by Kenya.", "Kampala")]
    [InlineData("fr", "Le Kenya a dispersé les manifestants à coups de gaz lacrymogène.", "Kenya")]
    public void Dispersing_a_crowd_is_crowd_control_not_a_protest(string lang, string text, string actor)
    {
        var doc = Code(EastAfrica(text, lang));
        Assert.DoesNotContain(doc.Events, e => e.Type == "PROTEST");
        Assert.Contains(doc.Events, e => e.Type == "COERCE" && e.Mode == "crowd-control");
        _ = actor;
    }

    static DocBuilder Conflict(string text, string lang) => new DocBuilder(text, lang, "2025-03-05")
        .Entity("Russia", "LOCATION", "RUS", "Russie", "Russia")
        .Entity("Ukraine", "LOCATION", "UKR", "Ukraine")
        .Entity("Volodymyr Zelensky", "PERSON", "UKR", "Volodymyr Zelensky")
        .Entity("International Criminal Court", "ORGANIZATION", null, "International Criminal Court", "Cour pénale internationale");

    [Theory]
    [InlineData("en", "Russia finally launched its long-threatened invasion of Ukraine on Thursday.")]
    [InlineData("en", "Russia began the oft-threatened invasion of Ukraine.")]
    public void A_threat_that_qualifies_an_act_is_no_threat_made(string lang, string text)
    {
        var doc = Code(Conflict(text, lang));
        Assert.DoesNotContain(doc.Events, e => e.Type == "THREATEN");
        var ev = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Russia"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Volodymyr Zelensky vowed to fight until Russia withdraws.")]
    [InlineData("en", "Volodymyr Zelensky has sworn to fight on against Russia.")]
    [InlineData("fr", "Volodymyr Zelensky a juré de combattre jusqu'au retrait de la Russie.")]
    [InlineData("fr", "Volodymyr Zelensky a promis de combattre la Russie jusqu'au bout.")]
    public void A_vow_to_fight_is_a_threat_not_the_fighting(string lang, string text)
    {
        var doc = Code(Conflict(text, lang));
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" || e.Type == "AGREE");
        var ev = Assert.Single(doc.Events, e => e.Type == "THREATEN");
        Assert.Equal("violence", ev.Mode);
        Assert.Equal(["Volodymyr Zelensky"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "The International Criminal Court opened an inquiry into abuses in Ukraine.")]
    [InlineData("en", "The International Criminal Court opened a hearing into the deportations from Ukraine.")]
    [InlineData("fr", "La Cour pénale internationale a ouvert une information judiciaire sur les déportations.")]
    public void A_hearing_or_inquiry_opened_is_an_investigation(string lang, string text)
    {
        var doc = Code(Conflict(text, lang));
        var ev = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("investigate", ev.Mode);
        Assert.Equal(["International Criminal Court"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya imposed sanctions on Uganda over the killing of a journalist.")]
    [InlineData("en", "Kenya expelled Uganda's ambassador in retaliation for the bombing of its embassy.")]
    [InlineData("fr", "Le Kenya a imposé des sanctions à l'Ouganda pour l'assassinat d'un journaliste.")]
    [InlineData("fr", "Le Kenya a expulsé l'ambassadeur de l'Ouganda en raison de l'attaque contre son ambassade.")]
    public void An_event_noun_in_the_reason_of_an_act_is_not_an_act_of_its_own(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        var ev = Assert.Single(doc.Events);
        Assert.Equal("SANCTION", ev.Type);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya deployed troops to Kampala for an attack on Uganda.")]
    [InlineData("fr", "Le Kenya a déployé des troupes à Kampala pour une attaque contre l'Ouganda.")]
    public void For_after_an_act_that_answers_nothing_states_a_purpose_and_the_event_noun_stays(string lang, string text)
    {
        // "for"/"pour" name a reason only after a sanction, an accusation, a refusal, a threat, a coercion or a protest
        var doc = Code(EastAfrica(text, lang));
        Assert.Contains(doc.Events, e => e.Type == "MOBILIZE");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("en", "Kenya carried out strikes against rebel positions in Uganda.")]
    [InlineData("en", "Kenya launched strikes on Kampala on Monday.")]
    [InlineData("en", "Kenya carried out drone strikes near Kampala.")]
    public void Strikes_carried_out_are_attacks_not_a_work_stoppage(string lang, string text)
    {
        var doc = Code(EastAfrica(text, lang));
        Assert.DoesNotContain(doc.Events, e => e.Type == "PROTEST");
        var ev = Assert.Single(doc.Events);
        Assert.Equal("ASSAULT", ev.Type);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }
}
