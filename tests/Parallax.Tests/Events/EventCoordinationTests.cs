using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The rule families of the fourth events round (docs/events.md, "Rules of the fourth round"): coups and house arrest,
/// an order to kill, coordinated verbs sharing their subject, a participle in apposition, a temporal clause with its
/// own subject, planned hosting, ethnic demonyms, the state where one is arrested, a country's possessive in a title.
/// The sentences are made up; none is from the annotated sets.
/// </summary>
public class EventCoordinationTests
{
    static readonly EventStage Stage = new();


    [Theory]
    [InlineData("fr", "Des militaires guinéens ont renversé dimanche le président Alpha Condé et l'ont placé en résidence surveillée.", "guinéens")]
    [InlineData("en", "Guinean soldiers ousted President Alpha Condé on Sunday and placed him under house arrest.", "Guinean")]
    public void A_coup_and_the_arrest_coordinated_with_it_are_one_act_of_the_soldiers_country(string lang, string text, string demonym)
    {
        var doc = new DocBuilder(text, lang, "2021-09-06").Entity("Guinea", "LOCATION", "GIN", demonym).Entity("Alpha Condé", "PERSON", "GIN", "Alpha Condé", "him").Build();
        var events = Stage.Process(doc).Events;
        var ev = Assert.Single(events);
        Assert.Equal("COERCE", ev.Type);
        Assert.Equal(["Guinea"], Names(doc, ev.Actors));
        Assert.Equal(["Alpha Condé"], Names(doc, ev.Targets));
    }

    [Fact]
    public void A_coordinated_verb_keeps_the_first_verbs_subject_but_a_new_name_is_a_new_subject()
    {
        var shared = new DocBuilder("Hungary condemned the decision and demanded its withdrawal.", "en")
            .Entity("Hungary", "LOCATION", "HUN", "Hungary").Build();
        var events = Stage.Process(shared).Events;
        Assert.Contains(events, e => e.Type == "REQUEST" && Names(shared, e.Actors).SequenceEqual(["Hungary"]));

        var other = new DocBuilder("Russia attacked Kyiv on Monday and Ukraine condemned the strikes.", "en")
            .Entity("Russia", "LOCATION", "RUS", "Russia").Entity("Ukraine", "LOCATION", "UKR", "Ukraine").Entity("Kyiv", "LOCATION", "UKR", "Kyiv").Build();
        var recall = Assert.Single(Stage.Process(other).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Ukraine"], Names(other, recall.Actors));
    }

    [Fact]
    public void A_demand_coordinated_with_a_condemnation_is_aimed_at_the_same_one()
    {
        var doc = new DocBuilder("Des militaires maliens ont renversé mardi le président Ibrahim Boubacar Keïta. L'Union africaine a condamné ce coup d'État et exigé sa libération.", "fr", "2020-08-19")
            .Entity("Mali", "LOCATION", "MLI", "maliens").Entity("Ibrahim Boubacar Keïta", "PERSON", "MLI", "Ibrahim Boubacar Keïta")
            .Entity("African Union", "ORGANIZATION", null, "Union africaine").Build();
        var events = Stage.Process(doc).Events;
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        var request = Assert.Single(events, e => e.Type == "REQUEST");
        Assert.Equal(["Mali"], Names(doc, accuse.Targets));
        Assert.Equal(["Mali"], Names(doc, request.Targets));
        Assert.Equal(["African Union"], Names(doc, request.Actors));
    }

    [Theory]
    [InlineData("en", "The Kremlin denied that it had ordered the killing of the journalist Ivan Sokolov.")]
    [InlineData("fr", "Le Kremlin a démenti avoir ordonné l'assassinat du journaliste Ivan Sokolov.")]
    public void An_order_to_kill_is_the_killing_by_the_one_who_ordered_it(string lang, string text)
    {
        var doc = new DocBuilder(text, lang).Entity("Moscow Kremlin", "ORGANIZATION", "RUS", "Kremlin").Entity("Ivan Sokolov", "PERSON", "RUS", "Ivan Sokolov").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("ASSAULT", ev.Type);
        Assert.Equal(["Moscow Kremlin"], Names(doc, ev.Actors));
        Assert.Equal(["Ivan Sokolov"], Names(doc, ev.Targets));
        Assert.Equal(EventStatus.Denied, ev.Status);
    }

    [Theory]
    [InlineData("fr", "Le maire Ivan Petrov, blessé par balles le 3 mars, est sorti de l'hôpital.")]
    [InlineData("en", "Mayor Ivan Petrov, wounded by gunfire on March 3, has left hospital.")]
    public void A_participle_in_apposition_is_passive(string lang, string text)
    {
        var doc = new DocBuilder(text, lang).Entity("Ivan Petrov", "PERSON", "UKR", "Ivan Petrov").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Empty(ev.Actors);
        Assert.Equal(["Ivan Petrov"], Names(doc, ev.Targets));
    }

    [Fact]
    public void After_opens_a_clause_with_its_own_subject_unless_a_nominal_event_follows()
    {
        var clause = new DocBuilder("Thousands marched in Belgian cities after police shot a teenager.", "en")
            .Entity("Belgium", "LOCATION", "BEL", "Belgian").Build();
        var events = Stage.Process(clause).Events;
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actors.Length > 0);

        var noun = new DocBuilder("Chinese forces retook the village after fierce fighting with Vietnamese troops.", "en")
            .Entity("China", "LOCATION", "CHN", "Chinese").Entity("Vietnam", "LOCATION", "VNM", "Vietnamese").Build();
        Assert.Contains(Stage.Process(noun).Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("fr", "La Suisse accueillera en juin une conférence sur la paix en Ukraine, a annoncé Berne.", "Suisse")]
    [InlineData("en", "Switzerland will host a peace conference on Ukraine in June, Bern announced.", "Switzerland")]
    public void A_planned_host_agrees_as_the_host(string lang, string text, string surface)
    {
        var doc = new DocBuilder(text, lang, "2024-04-10").Entity("Switzerland", "LOCATION", "CHE", surface).Entity("Ukraine", "LOCATION", "UKR", "Ukraine").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("AGREE", ev.Type);
        Assert.Equal(["Switzerland"], Names(doc, ev.Actors));
    }

    [Fact]
    public void An_ethnic_group_is_not_the_state_its_demonym_names()
    {
        var doc = new DocBuilder("About 200 ethnic Hungarians demonstrated on Sunday in Romania against the new language law.", "en", "2024-03-04")
            .Entity("Hungary", "LOCATION", "HUN", "Hungarians").Entity("Romania", "LOCATION", "ROU", "Romania").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "PROTEST");
        Assert.Equal(["Romania"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "A French aid worker was arrested in Iran on Monday.", "Iran", "French")]
    [InlineData("fr", "Un humanitaire français a été arrêté lundi en Iran.", "Iran", "français")]
    public void With_no_agent_the_state_where_one_is_arrested_arrests(string lang, string text, string iran, string demonym)
    {
        var doc = new DocBuilder(text, lang).Entity("Iran", "LOCATION", "IRN", iran).Entity("France", "LOCATION", "FRA", demonym).Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "COERCE");
        Assert.Equal(["Iran"], Names(doc, ev.Actors));

        // an attack does not say who struck
        var killed = new DocBuilder("Three civilians were killed in Ukraine on Monday.", "en").Entity("Ukraine", "LOCATION", "UKR", "Ukraine").Build();
        Assert.All(Stage.Process(killed).Events, e => Assert.DoesNotContain(e.Actors, a => Names(killed, [a]).Single() == "Ukraine"));
    }

    [Fact]
    public void A_countrys_possessive_in_a_title_gives_the_participant_its_country()
    {
        var doc = new DocBuilder("Nigeria's electoral commission accused the governor of fraud.", "en")
            .Entity("Nigeria", "LOCATION", "NGA", "Nigeria").Entity("Independent National Electoral Commission", "ORGANIZATION", null, "electoral commission")
            .Entity("Ahmed Bello", "PERSON", null, "governor").Build();
        var processed = Stage.Process(doc);
        var inec = processed.Entities.First(e => e.Name == "Independent National Electoral Commission");
        var ev = Assert.Single(processed.Events, e => e.Type == "ACCUSE");
        Assert.Contains(inec.Id, ev.Actors);
        Assert.Equal("NGA", inec.Country);
    }

    [Fact]
    public void Work_stoppages_are_strikes()
    {
        var doc = new DocBuilder("Some 20,000 Greek dockers stopped work on Tuesday.", "en").Entity("Greece", "LOCATION", "GRC", "Greek").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("PROTEST", ev.Type);
        Assert.Equal("strike", ev.Mode);
    }
}
