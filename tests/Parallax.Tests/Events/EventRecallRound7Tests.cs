using Parallax.Events;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The seventh recall round (docs/events.md, "Rules of the seventh recall round"): border and airspace closures and
/// trade measures are sanctions (Events/data/trigger-families.tsv), a cessation of hostilities is a ceasefire, and an
/// order to a country's diplomats to leave is their expulsion. The sentences are made up, in French and English.
/// </summary>
public class EventRecallRound7Tests
{
    static readonly EventStage Stage = new();

    [Theory]
    [InlineData("Estonia closed its border with Russia on Thursday.", "en")]
    [InlineData("L'Estonie a fermé sa frontière avec la Russie jeudi.", "fr")]
    [InlineData("Estonia announced the closure of its border with Russia.", "en")]
    public void Closing_a_border_to_a_country_is_a_sanction(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Estonia", "LOCATION", "EST", "Estonia", "Estonie")
            .Entity("Russia", "LOCATION", "RUS", "Russia", "Russie").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "SANCTION");
        Assert.Equal(["Estonia"], Names(doc, ev.Actors));
        Assert.Equal(["Russia"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Latvia closed its airspace to Belarusian aircraft on Monday.", "en")]
    [InlineData("La Lettonie a fermé son espace aérien aux avions biélorusses lundi.", "fr")]
    public void Closing_an_airspace_to_a_country_s_aircraft_is_a_sanction(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Latvia", "LOCATION", "LVA", "Latvia", "Lettonie")
            .Entity("Belarus", "LOCATION", "BLR", "Belarusian", "biélorusses").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "SANCTION");
        Assert.Equal(["Latvia"], Names(doc, ev.Actors));
        Assert.Equal(["Belarus"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("The cessation of hostilities between Sudan and Chad took effect on Monday.", "en")]
    [InlineData("La cessation des hostilités entre le Soudan et le Tchad est entrée en vigueur lundi.", "fr")]
    public void A_cessation_of_hostilities_is_a_ceasefire(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Sudan", "LOCATION", "SDN", "Sudan", "Soudan")
            .Entity("Chad", "LOCATION", "TCD", "Chad", "Tchad").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "RETREAT");
        Assert.Equal("ceasefire", ev.Mode);
        Assert.Equal(["Chad", "Sudan"], Names(doc, ev.Actors).Order());
    }

    [Theory]
    [InlineData("India tightened restrictions on exports of rice to Bangladesh on Friday.", "en", "occurred")]
    [InlineData("India will impose a tariff on jute made in Bangladesh.", "en", "planned")]
    [InlineData("India imposed export curbs on Bangladesh on Friday.", "en", "occurred")]
    [InlineData("L'Inde a relevé ses droits de douane sur le jute du Bangladesh vendredi.", "fr", "occurred")]
    [InlineData("L'Inde a durci les restrictions aux exportations vers le Bangladesh vendredi.", "fr", "occurred")]
    public void Trade_measures_against_a_country_are_sanctions(string text, string lang, string status)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("India", "LOCATION", "IND", "India", "Inde")
            .Entity("Bangladesh", "LOCATION", "BGD", "Bangladesh").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "SANCTION");
        Assert.Equal(["India"], Names(doc, ev.Actors));
        Assert.Equal(["Bangladesh"], Names(doc, ev.Targets));
        Assert.Equal(status, ev.Status);
    }

    [Theory]
    [InlineData("Lithuania ordered five Belarusian diplomats to leave the country on Monday.", "en")]
    [InlineData("La Lituanie a ordonné à cinq diplomates biélorusses de quitter le pays lundi.", "fr")]
    public void An_order_to_a_country_s_diplomats_to_leave_is_their_expulsion(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Lithuania", "LOCATION", "LTU", "Lithuania", "Lituanie")
            .Entity("Belarus", "LOCATION", "BLR", "Belarusian", "biélorusses").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("SANCTION", ev.Type);
        Assert.Equal("expel", ev.Mode);
        Assert.Equal(["Lithuania"], Names(doc, ev.Actors));
        Assert.Equal(["Belarus"], Names(doc, ev.Targets));
    }

    [Fact]
    public void A_request_to_an_ambassador_to_explain_stays_a_request()
    {
        var doc = new DocBuilder("Lithuania asked the Belarusian ambassador to explain the remarks.", "en")
            .Entity("Lithuania", "LOCATION", "LTU", "Lithuania")
            .Entity("Belarus", "LOCATION", "BLR", "Belarusian").Build();
        Assert.Equal("REQUEST", Assert.Single(Stage.Process(doc).Events).Type);
    }
}
