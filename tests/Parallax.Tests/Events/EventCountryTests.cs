using Parallax.Entities;
using Parallax.Evaluation;
using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Participants' countries and actor codes (docs/events.md, "Rules of the fifth round"): a state office-holder the
/// knowledge base does not place, a demonym after a group noun, a place of no country written before a noun, the
/// bundled extra KB entries, and PLOVER's codes for international actors. The sentences are made up.
/// </summary>
public class EventCountryTests
{
    static readonly EventStage Stage = new();


    [Fact]
    public void An_office_that_overlaps_the_start_of_a_mention_is_no_state_title_and_does_not_throw()
    {
        // "head of state" ends inside the mention "State Hall" (a made-up mention that starts within the office)
        var doc = new DocBuilder("The head of State Hall met the unions in Nairobi on Tuesday.", "en")
            .Entity("State Hall", "PERSON", null, "State Hall").Build();
        var done = ParticipantCountries.Complete(doc, [doc.Entities.Single().Id]);
        Assert.Null(done.Entities.Single().Country);
    }

    [Fact]
    public void A_state_office_holder_takes_the_one_country_of_the_sentence()
    {
        var doc = new DocBuilder("Vice-President Moody Awori has declined to resign despite pressure from the Kenyan parliament.", "en")
            .Entity("Moody Awori", "PERSON", null, "Moody Awori").Entity("Kenya", "LOCATION", "KEN", "Kenyan").Build();
        var done = Stage.Process(doc);
        Assert.Contains(done.Events, e => e.Type == "REJECT");
        Assert.Equal("KEN", done.Entities.Single(e => e.Name == "Moody Awori").Country);
    }

    [Theory]
    [InlineData("Arab League Secretary-General Chedli Klibi urged Egypt to support the plan.")]
    [InlineData("Chedli Klibi urged Egypt to support the plan.")]
    public void An_official_of_an_organisation_or_no_office_is_not_given_the_sentence_country(string text)
    {
        var doc = new DocBuilder(text, "en").Entity("Chedli Klibi", "PERSON", null, "Chedli Klibi").Entity("Egypt", "LOCATION", "EGY", "Egypt").Build();
        var done = Stage.Process(doc);
        Assert.Contains(done.Events, e => e.Type == "REQUEST" && e.Actors.Contains(done.Entities.Single(x => x.Name == "Chedli Klibi").Id));
        Assert.Null(done.Entities.Single(e => e.Name == "Chedli Klibi").Country);
    }

    [Fact]
    public void A_demonym_after_a_group_noun_describes_the_subject()
    {
        var doc = new DocBuilder("A group of Moroccan diplomats held their first meeting with President Obama on Monday.", "en")
            .Entity("Morocco", "LOCATION", "MAR", "Moroccan").Entity("Barack Obama", "PERSON", "USA", "Obama").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "CONSULT");
        Assert.Contains("Morocco", Names(doc, ev.Actors));
    }

    [Fact]
    public void A_place_of_no_country_before_a_noun_is_not_the_subject()
    {
        var doc = new DocBuilder("The Turkish and Greek sides of the divided Mediterranean island of Cyprus have agreed to share information.", "en")
            .Entity("Turkey", "LOCATION", "TUR", "Turkish").Entity("Greece", "LOCATION", "GRC", "Greek")
            .Entity("Mediterranean Sea", "LOCATION", null, "Mediterranean").Entity("Cyprus", "LOCATION", "CYP", "Cyprus").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "AGREE");
        Assert.Equal(["Greece", "Turkey"], Names(doc, ev.Actors));
    }

    [Fact]
    public void The_extra_knowledge_base_files_add_entities_and_names()
    {
        var kb = KnowledgeBase.Default;
        Assert.Equal("USA", kb.Get("Bill Clinton")?.Country);
        Assert.Contains("Omar El Bashir", kb.Get("Omar al-Bashir")!.Aliases);
        Assert.Equal("SDN", kb.Get("Omar al-Bashir")!.Country);
        Assert.Contains("European Community", kb.Get("European Union")!.Aliases);
        Assert.Equal("armed", kb.Get("al-Qaeda")?.Kind);
    }

    [Theory]
    [InlineData("en", "Rebels led by Hayat Tahrir al-Sham seized Damascus on Sunday.", "Damascus")]
    [InlineData("fr", "Des rebelles dirigés par Hayat Tahrir al-Sham se sont emparés de Damas dimanche.", "Damas")]
    public void The_leader_of_the_subject_acts_and_seizing_a_city_is_an_assault(string lang, string text, string city)
    {
        var doc = new DocBuilder(text, lang).Entity("Hayat Tahrir al-Sham", "ORGANIZATION", "SYR", "Hayat Tahrir al-Sham")
            .Entity("Damascus", "LOCATION", "SYR", city).Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("ASSAULT", ev.Type);
        Assert.Equal("192", ev.Cameo);
        Assert.Equal(["Hayat Tahrir al-Sham"], Names(doc, ev.Actors));
        Assert.Equal(["Damascus"], Names(doc, ev.Targets));
    }

    [Fact]
    public void Seizing_goods_stays_coercion()
    {
        var doc = new DocBuilder("Police seized weapons in Damascus on Sunday.", "en").Entity("Damascus", "LOCATION", "SYR", "Damascus").Build();
        Assert.All(Stage.Process(doc).Events, e => Assert.NotEqual("ASSAULT", e.Type));
    }

    [Theory]
    [InlineData("fr", "Donald Trump a suscité une vive réaction du Danemark, dont le Premier ministre a rejeté toute idée de vente.")]
    [InlineData("en", "Donald Trump drew an angry response from Denmark, whose prime minister rejected any idea of a sale.")]
    public void A_role_in_a_possessive_relative_is_the_antecedent_country_s(string lang, string text)
    {
        var doc = Pipeline.CreateDefault().Analyze(LanguageEvaluation.AsDocument("t", lang, text, new DateOnly(2025, 1, 8)));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityTypes.Person && e.Country is "FRA" or "GBR");
        var reject = Assert.Single(doc.Events, e => e.Type == "REJECT");
        Assert.Contains(reject.Actors, a => doc.Entities.First(e => e.Id == a).Country == "DNK");
    }

    const string Records = """
        [
         {"id": "T-1", "event": "AGREE", "date": "2000-01-01", "language": "en",
          "source": [{"actorText": "United Nations", "code": "IGO"}], "target": [{"actorText": "Liberia", "code": "LBR"}],
          "text": "The United Nations agreed on Monday to send food aid to Liberia."},
         {"id": "T-2", "event": "SANCTION", "date": "2000-01-01", "language": "en",
          "source": [{"actorText": "Italy", "code": "ITL"}], "target": [{"actorText": "Serbia", "code": "SRB"}],
          "text": "Italy announced a suspension of air links with Serbia on Wednesday."}
        ]
        """;

    [Fact]
    public void International_organisations_score_as_IGO_and_the_gold_non_ISO_codes_as_ISO()
    {
        var rep = PloverEvaluation.Run(Pipeline.CreateDefault(), Records);
        Assert.Contains("IGO", rep.Cases[0].PredictedActors);
        Assert.True(rep.Cases[0].ActorRight);
        Assert.Equal(["ITA"], rep.Cases[1].GoldActors);
        Assert.True(rep.Cases[1].ActorRight);
    }
}
