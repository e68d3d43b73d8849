using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The rules of the third recall round (docs/events.md, "Rules of the third recall round"): counts inside a trigger
/// phrase, ended defence cooperation, French headline presents, disqualified candidates, blame with "imputer",
/// threatened responses, joining an organisation, lifted martial law, struck deals, rescuers and police sent abroad,
/// censorship, raids, honours, initialled treaties and labour strikes of a stated length. The sentences are made up;
/// none is from the annotated sets.
/// </summary>
public class EventRecallRound3Tests
{
    static readonly EventStage Stage = new();

    static Document Code(string text, string lang) => EastAfrica(text, lang, community: true);


    [Theory]
    [InlineData("en", "Kenya handed over 14 prisoners to Uganda.", "RETREAT")]
    [InlineData("en", "Kenya handed over fourteen prisoners to Uganda.", "RETREAT")]
    [InlineData("fr", "Le Kenya a remis 1 200 prisonniers à l'Ouganda.", "RETREAT")]
    [InlineData("fr", "Le Kenya remet quinze prisonniers à l'Ouganda.", "RETREAT")]
    [InlineData("en", "Kenya sent 250 police officers to Uganda.", "AID")]
    public void A_count_inside_a_trigger_phrase_does_not_hide_it(string lang, string text, string type)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(type, ev.Type);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Kenya ended its military cooperation with Uganda.")]
    [InlineData("en", "Kenya terminated its defence agreement with Uganda.")]
    [InlineData("fr", "Le Kenya met fin à la coopération militaire avec l'Ouganda.")]
    [InlineData("fr", "Le Kenya a annoncé la fin de l'accord de défense avec l'Ouganda.")]
    [InlineData("fr", "Le Kenya rompt ses relations diplomatiques avec l'Ouganda.")]
    [InlineData("en", "Kenya cut ties with Uganda.")]
    public void Ending_cooperation_or_relations_is_a_discontinued_relation(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("SANCTION", "discontinue"), (ev.Type, ev.Mode));
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "The election board of Kenya disqualified William Ruto.")]
    [InlineData("fr", "La commission électorale du Kenya a invalidé la candidature de William Ruto.")]
    public void A_disqualified_candidate_is_sanctioned(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal("SANCTION", ev.Type);
        Assert.Equal(["William Ruto"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("fr", "Le Kenya a imputé l'explosion à l'Ouganda.", "ACCUSE")]
    [InlineData("en", "Kenya vowed a firm response to Uganda.", "THREATEN")]
    [InlineData("fr", "Le Kenya a promis une riposte à l'Ouganda.", "THREATEN")]
    [InlineData("en", "Kenya said it reserved the right to respond to Uganda.", "THREATEN")]
    [InlineData("fr", "Le Kenya se réserve le droit de riposter contre l'Ouganda.", "THREATEN")]
    public void Blame_and_threatened_responses_have_their_own_type(string lang, string text, string type)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(type, ev.Type);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya became a member of the East African Community.")]
    [InlineData("fr", "Le Kenya a adhéré à la Communauté d'Afrique de l'Est.")]
    [InlineData("fr", "Le Kenya est devenu membre de la Communauté d'Afrique de l'Est.")]
    public void Joining_an_organisation_is_cooperation(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal("COOPERATE", ev.Type);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["East African Community"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "William Ruto lifted martial law.")]
    [InlineData("fr", "William Ruto a levé la loi martiale.")]
    [InlineData("fr", "William Ruto a levé le couvre-feu.")]
    public void Lifting_martial_law_is_one_retreat(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal("RETREAT", ev.Type);
        Assert.Equal(["William Ruto"], Names(doc, ev.Actors));
    }

    [Fact]
    public void A_deal_struck_is_an_agreement_not_a_blow()
    {
        var doc = Code("William Ruto struck a plea deal with Uganda.", "en");
        var ev = Assert.Single(doc.Events);
        Assert.Equal("AGREE", ev.Type);
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Kenya sent rescuers to Uganda.")]
    [InlineData("fr", "Le Kenya envoie des secouristes en Ouganda.")]
    [InlineData("fr", "Le Kenya a dépêché une équipe de sauveteurs en Ouganda.")]
    public void Rescuers_sent_abroad_are_aid(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal("AID", ev.Type);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Uganda restricted internet access.", "censor")]
    [InlineData("fr", "L'Ouganda suspend la diffusion de la radio du Kenya.", "censor")]
    [InlineData("fr", "La police de l'Ouganda a fait irruption dans l'ambassade du Kenya.", "seize")]
    public void Censorship_and_raids_are_coercion(string lang, string text, string mode)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("COERCE", mode), (ev.Type, ev.Mode));
        Assert.Equal(["Uganda"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("fr", "William Ruto a remis la Légion d'honneur à Yoweri Museveni.", "SUPPORT")]
    [InlineData("fr", "William Ruto et Yoweri Museveni ont paraphé un accord.", "SUPPORT")]
    public void Honours_and_initialled_treaties_are_support(string lang, string text, string type)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(type, ev.Type);
        Assert.Contains("William Ruto", Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Teachers in Kenya began a five-day strike on Monday.")]
    [InlineData("en", "Unions in Kenya launched strikes at two plants on Monday.")]
    public void A_strike_of_a_stated_length_is_a_labour_strike(string lang, string text)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(("PROTEST", "strike"), (ev.Type, ev.Mode));
    }

    [Theory]
    [InlineData("en", "Kenya and Uganda carried out a prisoner exchange.", "RETREAT")]
    [InlineData("fr", "Le Kenya et l'Ouganda ont procédé à un échange de prisonniers.", "RETREAT")]
    [InlineData("en", "Kenya hailed the agreement with Uganda.", "SUPPORT")]
    [InlineData("en", "Kenya airlifted food to Uganda.", "AID")]
    [InlineData("en", "Kenya hacked into the computer network of Uganda.", "COERCE")]
    public void Exchanges_praise_airlifts_and_intrusions_are_found(string lang, string text, string type)
    {
        var doc = Code(text, lang);
        var ev = Assert.Single(doc.Events);
        Assert.Equal(type, ev.Type);
        Assert.Contains("Kenya", Names(doc, ev.Actors));
    }

    [Fact]
    public void Where_someone_hails_from_is_no_praise()
    {
        var doc = Code("William Ruto hails from Kenya.", "en");
        Assert.Empty(doc.Events);
    }

    [Theory]
    [InlineData("fr", "Le préfet a pris un arrêté interdisant la manifestation au Kenya.")]
    [InlineData("en", "Kenya counted 250 votes in Uganda.")]
    public void Decrees_and_bare_counts_are_not_events(string lang, string text)
    {
        var doc = Code(text, lang);
        Assert.DoesNotContain(doc.Events, e => e.Type is "COERCE" or "RETREAT");
    }
}
