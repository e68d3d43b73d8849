using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The rules of the detection round (docs/events.md, "Rules of the detection round"): the core verbs of every PLOVER type
/// in both languages, refusals that take a request or an invitation as their object, condemnations to a penalty, lifted
/// sanctions, cyber attacks and military exercises. The sentences are made up; none is from the annotated sets.
/// </summary>
public class EventDetectionTests
{
    static readonly EventStage Stage = new();

    static Document Code(string text, string lang) => EastAfrica(text, lang);


    [Theory]
    [InlineData("en", "Kenya expressed its readiness to help Uganda.", "AGREE")]
    [InlineData("fr", "Le Kenya s'est dit prêt à aider l'Ouganda.", "AGREE")]
    [InlineData("en", "Kenya thanked Uganda for its help.", "SUPPORT")]
    [InlineData("fr", "Le Kenya a remercié l'Ouganda pour son aide.", "SUPPORT")]
    [InlineData("en", "Kenya delivered ammunition to Uganda.", "AID")]
    [InlineData("en", "Kenya shipped food to Uganda.", "AID")]
    [InlineData("fr", "Le Kenya a acheminé des vivres vers l'Ouganda.", "AID")]
    [InlineData("fr", "Le Kenya a accordé l'asile à un opposant de l'Ouganda.", "AID")]
    [InlineData("fr", "Le Kenya a fait don de cinq millions de dollars à l'Ouganda.", "AID")]
    [InlineData("en", "Kenya pulled its troops out of Uganda.", "RETREAT")]
    [InlineData("en", "Kenya reopened its border with Uganda.", "RETREAT")]
    [InlineData("fr", "Le Kenya a rouvert sa frontière avec l'Ouganda.", "RETREAT")]
    [InlineData("en", "Kenya pressed Uganda to hold elections.", "REQUEST")]
    [InlineData("fr", "Le Kenya a sommé l'Ouganda de retirer ses soldats.", "REQUEST")]
    [InlineData("en", "Kenya filed a complaint against Uganda at the regional court.", "ACCUSE")]
    [InlineData("fr", "Le Kenya a inculpé Yoweri Museveni.", "ACCUSE")]
    [InlineData("fr", "Le Kenya a mis en examen Yoweri Museveni.", "ACCUSE")]
    [InlineData("en", "Kenya rebuffed Uganda.", "REJECT")]
    [InlineData("fr", "Le Kenya a repoussé l'offre de l'Ouganda.", "REJECT")]
    [InlineData("en", "Kenya severed diplomatic relations with Uganda.", "SANCTION")]
    [InlineData("fr", "Le Kenya a rompu ses relations diplomatiques avec l'Ouganda.", "SANCTION")]
    [InlineData("en", "Kenya imposed tariffs on Uganda.", "SANCTION")]
    [InlineData("fr", "Le Kenya a imposé des droits de douane sur les produits de l'Ouganda.", "SANCTION")]
    [InlineData("en", "Kenya froze the assets of Yoweri Museveni.", "SANCTION")]
    [InlineData("fr", "Le Kenya a interdit les importations de l'Ouganda.", "SANCTION")]
    [InlineData("fr", "Le Kenya a perquisitionné la maison de Yoweri Museveni.", "COERCE")]
    [InlineData("fr", "Le Kenya a décrété l'état d'urgence à la frontière de l'Ouganda.", "COERCE")]
    [InlineData("en", "Kenya declared martial law in the border districts with Uganda.", "COERCE")]
    [InlineData("fr", "Le Kenya a partagé des renseignements avec l'Ouganda.", "COOPERATE")]
    [InlineData("en", "Kenya reinforced its troops on the border with Uganda.", "MOBILIZE")]
    [InlineData("fr", "Le Kenya a envoyé des troupes à la frontière de l'Ouganda.", "MOBILIZE")]
    [InlineData("fr", "Le Kenya a placé en garde à vue Yoweri Museveni.", "COERCE")]
    [InlineData("en", "Kenya blocked access to Uganda's news sites.", "COERCE")]
    [InlineData("en", "Kenya announced the expulsion of Uganda's ambassador.", "SANCTION")]
    public void Each_core_verb_of_a_type_is_a_trigger_in_both_languages(string lang, string text, string type)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(type, ev.Type);
        Assert.Contains("Kenya", Names(doc, ev.Actors.Concat(ev.Targets)));
    }

    [Theory]
    [InlineData("fr", "Le Kenya a refusé la demande de l'Ouganda.")]
    [InlineData("fr", "Le Kenya a décliné l'invitation de l'Ouganda.")]
    [InlineData("en", "Kenya turned down Uganda's invitation.")]
    [InlineData("en", "Kenya rejected Uganda's request.")]
    public void A_request_or_invitation_refused_is_one_refusal(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal("REJECT", ev.Type);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Fact]
    public void A_refusal_coordinated_with_a_request_keeps_the_request()
    {
        var doc = Code("Le Kenya a refusé le compromis, et l'Ouganda a demandé à William Ruto de revenir à la table.", "fr");
        Assert.Contains(doc.Events, e => e.Type == "REQUEST");
    }

    [Theory]
    [InlineData("fr", "Un tribunal du Kenya a condamné Yoweri Museveni à cinq ans de prison.", "SANCTION")]
    [InlineData("en", "A court in Kenya condemned Yoweri Museveni to death.", "SANCTION")]
    [InlineData("fr", "Un tribunal du Kenya a condamné lundi Yoweri Museveni à la prison.", "SANCTION")]
    [InlineData("fr", "Le Kenya a condamné les propos de Yoweri Museveni.", "ACCUSE")]
    [InlineData("en", "Kenya condemned Yoweri Museveni's remarks.", "ACCUSE")]
    public void A_condemnation_to_a_penalty_is_a_conviction(string lang, string text, string type)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(type, ev.Type);
        if (type == "SANCTION") Assert.Equal("convict", ev.Mode);
        Assert.Equal(["Yoweri Museveni"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Kenya lifted sanctions on Uganda.")]
    [InlineData("fr", "Le Kenya a levé les sanctions contre l'Ouganda.")]
    public void Lifted_sanctions_are_a_retreat_not_a_sanction(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("RETREAT", "085"), (ev.Type, ev.Cameo));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Kenya launched a cyber attack on Uganda.")]
    [InlineData("fr", "Le Kenya a lancé des attaques informatiques contre l'Ouganda.")]
    public void A_cyber_attack_is_coercion_not_an_armed_attack(string lang, string text)
    {
        var doc = Code(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("COERCE", "cyber"), (ev.Type, ev.Mode));
    }

    [Theory]
    [InlineData("en", "Kenya held military exercises near Uganda.", "MOBILIZE")]
    [InlineData("en", "Kenya held joint military exercises with Uganda.", "COOPERATE")]
    public void Military_exercises_are_a_mobilisation_unless_joint(string lang, string text, string type)
    {
        var doc = Code(text, lang);
        Assert.Equal(type, Assert.Single(doc.Events).Type);
    }

    [Theory]
    [InlineData("en", "Unions in Kenya held a national strike on Monday.")]
    [InlineData("en", "Teachers in Kenya joined the strike against William Ruto.")]
    [InlineData("fr", "Des milliers d'enseignants du Kenya ont rejoint la grève contre William Ruto.")]
    public void A_strike_named_by_its_kind_or_joined_is_a_protest_never_an_attack(string lang, string text)
    {
        var doc = Code(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("PROTEST", "strike"), (ev.Type, ev.Mode));
    }

    [Theory]
    [InlineData("fr", "Des manifestants ont affronté la police à Nairobi au Kenya.")]
    [InlineData("fr", "William Ruto a affronté une grave crise au Kenya.")]
    public void Facing_someone_is_no_fight_of_its_own(string lang, string text)
    {
        var doc = Code(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }
}
