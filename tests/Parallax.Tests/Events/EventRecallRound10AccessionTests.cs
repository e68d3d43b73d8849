using Parallax.Events;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The tenth recall round (docs/events.md, "Joining told by an ordinal, accepted aid, manoeuvres, shared meals, announced
/// tariffs"): events a coder did not find because their trigger was missing — a joining told by an ordinal or a full
/// membership, aid accepted from a giver, manoeuvres without "militaires", a dinner between leaders, tariffs announced
/// or ordered — and the country a trade measure hits when the actor's own demonym comes first. The sentences are made
/// up, in French and English; none is from the annotated sets.
/// </summary>
public class EventRecallRound10AccessionTests
{
    static readonly EventStage Stage = new();

    [Theory]
    [InlineData("Uganda became the 7th member of the East African Community on Monday.", "en")]
    [InlineData("Uganda became the seventh member of the East African Community on Monday.", "en")]
    [InlineData("L'Ouganda est devenu le septième membre de la Communauté d'Afrique de l'Est lundi.", "fr")]
    [InlineData("L'Ouganda est devenu le 7e membre de la Communauté d'Afrique de l'Est lundi.", "fr")]
    [InlineData("Uganda was admitted as a full member of the East African Community on Monday.", "en")]
    [InlineData("L'Ouganda a été admis comme membre à part entière de la Communauté d'Afrique de l'Est lundi.", "fr")]
    public void A_joining_told_by_an_ordinal_or_a_full_membership_is_cooperation(string text, string lang)
    {
        var doc = EastAfrica(text, lang, community: true);
        var join = Assert.Single(doc.Events, e => e.Type == "COOPERATE");
        Assert.Equal(["Uganda"], Names(doc, join.Actors));
        Assert.Equal(["East African Community"], Names(doc, join.Targets));
    }

    [Theory]
    [InlineData("William Ruto became the third member of his family to study law in Kenya.", "en")]
    [InlineData("William Ruto est devenu le troisième membre de sa famille à étudier le droit au Kenya.", "fr")]
    public void A_membership_with_no_body_joined_is_no_joining(string text, string lang)
    {
        var doc = EastAfrica(text, lang, community: true);
        Assert.DoesNotContain(doc.Events, e => e.Type == "COOPERATE");
    }

    [Theory]
    [InlineData("Uganda accepted aid from Kenya on Tuesday after the floods.", "en")]
    [InlineData("L'Ouganda a accepté l'aide du Kenya mardi après les inondations.", "fr")]
    public void Aid_accepted_from_a_giver_is_the_givers_aid(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var aid = Assert.Single(doc.Events, e => e.Type == "AID");
        Assert.Equal(["Kenya"], Names(doc, aid.Actors));
        Assert.Equal(["Uganda"], Names(doc, aid.Targets));
    }

    [Fact]
    public void Aid_refused_is_no_aid()
    {
        var doc = EastAfrica("L'Ouganda a refusé l'aide du Kenya mardi après les inondations.", "fr");
        Assert.DoesNotContain(doc.Events, e => e.Type == "AID");
    }

    [Theory]
    [InlineData("Le Kenya a lancé mardi des manœuvres près de la frontière avec l'Ouganda.", "fr")]
    [InlineData("Le Kenya a entamé mardi deux jours de manœuvres aériennes au nord de Nairobi.", "fr")]
    [InlineData("Kenya held naval manoeuvres off the coast of Mombasa on Tuesday.", "en")]
    public void Manoeuvres_with_a_place_a_kind_or_a_length_are_a_show_of_force(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var drill = Assert.Single(doc.Events, e => e.Type == "MOBILIZE");
        Assert.Equal(["Kenya"], Names(doc, drill.Actors));
    }

    [Fact]
    public void Political_manoeuvres_are_no_show_of_force()
    {
        var doc = EastAfrica("William Ruto a dénoncé mardi les manœuvres de Yoweri Museveni.", "fr");
        Assert.DoesNotContain(doc.Events, e => e.Type == "MOBILIZE");
    }

    [Theory]
    [InlineData("William Ruto a dîné mardi avec Yoweri Museveni.", "fr")]
    [InlineData("William Ruto dined with Yoweri Museveni on Tuesday.", "en")]
    public void A_dinner_between_leaders_is_a_meeting(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var meeting = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal(["William Ruto", "Yoweri Museveni"], Names(doc, meeting.Actors.Concat(meeting.Targets)));
    }

    static Parallax.Model.Document Trade(string text, string lang) => Stage.Process(new DocBuilder(text, lang, "2025-03-05")
        .Entity("Kenya", "LOCATION", "KEN", "Kenya", "kényans", "Kenyan")
        .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "ougandais", "Ugandan")
        .Entity("William Ruto", "PERSON", "KEN", "William Ruto").Build());

    [Theory]
    [InlineData("Kenya announced new tariffs on Ugandan sugar on Monday.", "en")]
    [InlineData("Kenya ordered 25 percent tariffs on Ugandan sugar on Monday.", "en")]
    [InlineData("Le Kenya a riposté lundi en annonçant des droits de douane sur le sucre ougandais.", "fr")]
    public void Tariffs_announced_or_ordered_are_a_sanction(string text, string lang)
    {
        var doc = Trade(text, lang);
        var sanction = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["Kenya"], Names(doc, sanction.Actors));
        Assert.Equal(["Uganda"], Names(doc, sanction.Targets));
    }

    [Fact]
    public void The_goods_a_trade_measure_hits_are_not_the_actors_own()
    {
        var doc = Trade("William Ruto a répliqué lundi en annonçant des droits de douane de 25 % sur 3 milliards de shillings kényans de produits ougandais.", "fr");
        var sanction = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["Uganda"], Names(doc, sanction.Targets));
    }

    [Fact]
    public void Talks_announced_are_no_sanction()
    {
        var doc = Trade("Kenya announced new talks with Uganda on Monday.", "en");
        Assert.DoesNotContain(doc.Events, e => e.Type == "SANCTION");
    }

    [Theory]
    [InlineData("Uganda condemned the raid and Kenya suspended Yoweri Museveni's envoy on Tuesday.", "en")]
    [InlineData("L'Ouganda a condamné le raid et le Kenya a suspendu mardi l'Ouganda de ses instances.", "fr")]
    public void A_new_subject_after_and_opens_a_clause_of_its_own(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var sanction = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["Kenya"], Names(doc, sanction.Actors));
    }

    [Theory]
    [InlineData("William Ruto urged Kenya and Uganda to sign a border agreement on Tuesday.", "en")]
    [InlineData("William Ruto a appelé le Kenya et l'Ouganda à signer un accord frontalier mardi.", "fr")]
    public void Two_addressees_joined_by_and_keep_the_complement(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Type == "SUPPORT");
    }
}
