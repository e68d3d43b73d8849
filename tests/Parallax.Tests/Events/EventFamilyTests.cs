using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Lexicon and frame families of the short events round (docs/events.md, "Families of the short round"): strikes
/// called, judgments told in the passive, prisoners handed over, parties banned, restrictions eased and French
/// headline verbs in the present tense. The sentences are made up; none is from the annotated sets.
/// </summary>
public class EventFamilyTests
{
    static readonly EventStage Stage = new();

    static Document Code(string text, string lang) => EastAfrica(text, lang, surnames: true);


    [Theory]
    [InlineData("en", "Kenya's teachers' unions called a strike for Monday.")]
    [InlineData("en", "The unions in Kenya have called a nationwide strike.")]
    [InlineData("fr", "Les syndicats du Kenya ont appelé à la grève lundi.")]
    [InlineData("fr", "Les syndicats du Kenya ont lancé un appel à la grève.")]
    public void A_strike_called_is_a_planned_protest(string lang, string text)
    {
        var d = Code(text, lang);
        var ev = Assert.Single(d.Events);
        Assert.Equal("PROTEST", ev.Type);
        Assert.Equal("strike", ev.Mode);
        Assert.Equal("planned", ev.Status);
    }

    [Theory]
    [InlineData("fr", "L'offensive de Museveni, jugée « inacceptable » par Ruto, inquiète la région.")]
    [InlineData("fr", "La décision de Museveni a été jugée illégale par William Ruto.")]
    [InlineData("fr", "Un discours de Museveni jugé « provocateur » par Ruto a tendu les relations.")]
    [InlineData("en", "Museveni's decision was deemed unacceptable by William Ruto.")]
    [InlineData("en", "Museveni's decision, judged illegal by Ruto, was announced on Monday.")]
    public void A_judgment_in_the_passive_is_made_by_its_agent(string lang, string text)
    {
        var d = Code(text, lang);
        var ev = Assert.Single(d.Events, e => e.Type == "ACCUSE");
        Assert.Equal("disapprove", ev.Mode);
        Assert.Equal(["William Ruto"], Names(d, ev.Actors));
        Assert.Equal(["Yoweri Museveni"], Names(d, ev.Targets));
    }

    [Fact]
    public void A_judgment_in_the_active_is_made_by_its_subject()
    {
        var d = Code("William Ruto a jugé inacceptable la décision de Museveni.", "fr");
        var ev = Assert.Single(d.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["William Ruto"], Names(d, ev.Actors));
        Assert.Equal(["Yoweri Museveni"], Names(d, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Kenya handed over prisoners to Uganda.")]
    [InlineData("en", "Kenya has handed over the prisoners to Uganda.")]
    [InlineData("fr", "Le Kenya a remis des prisonniers à l'Ouganda.")]
    [InlineData("fr", "Le Kenya a remis les détenus ougandais à l'Ouganda.")]
    public void Prisoners_handed_over_are_a_release(string lang, string text)
    {
        var d = Code(text, lang);
        var ev = Assert.Single(d.Events);
        Assert.Equal("RETREAT", ev.Type);
        Assert.Equal("release", ev.Mode);
        Assert.Equal("0841", ev.Cameo);
        Assert.Equal(["Kenya"], Names(d, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya handed over a letter to Uganda.")]
    [InlineData("fr", "Le Kenya a remis une lettre à l'Ouganda.")]
    public void A_thing_handed_over_is_no_release(string lang, string text) =>
        Assert.DoesNotContain(Code(text, lang).Events, e => e.Type == "RETREAT");

    [Theory]
    [InlineData("en", "Uganda banned the opposition party of Museveni's rivals.")]
    [InlineData("en", "Uganda has banned the party.")]
    [InlineData("fr", "L'Ouganda a interdit le parti d'opposition.")]
    [InlineData("fr", "L'Ouganda interdit le principal parti d'opposition.")]
    public void A_party_banned_is_coercion(string lang, string text)
    {
        var d = Code(text, lang);
        var ev = Assert.Single(d.Events);
        Assert.Equal("COERCE", ev.Type);
        Assert.Equal("restrict", ev.Mode);
        Assert.Equal("1722", ev.Cameo);
        Assert.Equal(["Uganda"], Names(d, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya eased restrictions on Uganda's traders.")]
    [InlineData("en", "Kenya has eased travel restrictions for Uganda.")]
    [InlineData("fr", "Le Kenya a assoupli les restrictions imposées à l'Ouganda.")]
    [InlineData("fr", "Le Kenya allège les restrictions visant l'Ouganda.")]
    public void Restrictions_eased_are_a_retreat(string lang, string text)
    {
        var d = Code(text, lang);
        var ev = Assert.Single(d.Events);
        Assert.Equal("RETREAT", ev.Type);
        Assert.Equal(["Kenya"], Names(d, ev.Actors));
    }

    [Theory]
    [InlineData("Ruto rencontre Museveni à Kampala", "CONSULT")]
    [InlineData("Le Kenya sanctionne l'Ouganda", "SANCTION")]
    [InlineData("Le Kenya condamne l'offensive de l'Ouganda", "ACCUSE")]
    [InlineData("Le Kenya accuse l'Ouganda d'espionnage", "ACCUSE")]
    [InlineData("Le Kenya menace l'Ouganda de représailles", "THREATEN")]
    [InlineData("Le Kenya expulse deux diplomates de l'Ouganda", "SANCTION")]
    [InlineData("Le Kenya libère trois soldats de l'Ouganda", "RETREAT")]
    [InlineData("Le Kenya bombarde l'Ouganda", "ASSAULT")]
    [InlineData("Le Kenya attaque l'Ouganda", "ASSAULT")]
    [InlineData("Le Kenya envahit l'Ouganda", "ASSAULT")]
    [InlineData("Le Kenya soutient l'Ouganda", "SUPPORT")]
    [InlineData("Le Kenya rejette l'offre de l'Ouganda", "REJECT")]
    [InlineData("Le Kenya exhorte l'Ouganda à négocier", "REQUEST")]
    [InlineData("Ruto reçoit Museveni à Nairobi", "CONSULT")]
    [InlineData("Ruto s'entretient avec Museveni", "CONSULT")]
    [InlineData("Le Kenya retire ses troupes de l'Ouganda", "RETREAT")]
    [InlineData("Le Kenya déploie des troupes en Ouganda", "MOBILIZE")]
    public void A_French_headline_in_the_present_is_coded(string text, string type)
    {
        var d = Code(text, "fr");
        var ev = Assert.Single(d.Events);
        Assert.Equal(type, ev.Type);
        Assert.Equal("occurred", ev.Status);
    }
}
