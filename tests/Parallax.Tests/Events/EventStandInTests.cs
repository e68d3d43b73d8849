using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Participants named by a common noun (docs/events.md, "Rules of the participants round"; Events/data/stand-ins.tsv):
/// an organ of the state ("la police", "the authorities") stands for the state of its place; "le pays", "the island"
/// for what was named before. The sentences are made up, in French and English.
/// </summary>
public class EventStandInTests
{
    static readonly EventStage Stage = new();


    [Theory]
    [InlineData("Les autorités ont arrêté lundi le journaliste Karim Diallo à Dakar.", "fr")]
    [InlineData("The authorities arrested the journalist Karim Diallo in Dakar on Monday.", "en")]
    public void An_organ_of_the_state_acts_for_the_state_of_its_place(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Karim Diallo", "PERSON", null, "Karim Diallo")
            .Entity("Dakar", "LOCATION", "SEN", "Dakar").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("COERCE", ev.Type);
        Assert.Equal(["Dakar"], Names(doc, ev.Actors));
        Assert.Equal(["Karim Diallo"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Des milliers de Géorgiens ont défilé dimanche. Le gouvernement a expulsé l'ambassadeur Karim Diallo.", "fr")]
    [InlineData("Thousands of Georgians marched on Sunday. The government expelled the ambassador Karim Diallo.", "en")]
    public void The_government_is_the_country_told_before(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Georgia", "LOCATION", "GEO", "Géorgiens", "Georgians")
            .Entity("Karim Diallo", "PERSON", null, "Karim Diallo").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "SANCTION");
        Assert.Equal(["Georgia"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("La police a tiré sur un adolescent de 17 ans à Nanterre.", "fr")]
    [InlineData("Police shot dead a 17-year-old in Nanterre.", "en")]
    public void Violence_by_an_organ_of_the_state_with_no_named_victim_names_no_one(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Entity("Nanterre", "LOCATION", "FRA", "Nanterre").Build();
        Assert.Empty(Stage.Process(doc).Events);
    }

    [Theory]
    [InlineData("La police a dispersé la manifestation à Tbilissi.", "fr")]
    [InlineData("Riot police dispersed the rally in Tbilisi.", "en")]
    public void Repression_by_an_organ_of_the_state_is_the_state_s(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Entity("Tbilisi", "LOCATION", "GEO", "Tbilissi", "Tbilisi")
            .Entity("Georgia", "LOCATION", "GEO", "Géorgie").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "COERCE");
        Assert.Equal(["Georgia"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("La police a arrêté des dizaines de personnes.", "fr")]
    [InlineData("The police arrested dozens of people.", "en")]
    public void An_organ_of_no_known_state_is_no_participant(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Build();
        Assert.Empty(Stage.Process(doc).Events);
    }

    [Theory]
    [InlineData("La police géorgienne a arrêté Karim Diallo.", "fr")]
    [InlineData("The government of Georgia expelled Karim Diallo.", "en")]
    public void A_named_state_is_read_as_written(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Georgia", "LOCATION", "GEO", "géorgienne", "Georgia")
            .Entity("Karim Diallo", "PERSON", null, "Karim Diallo").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(["Georgia"], Names(doc, ev.Actors));
        Assert.Equal(["Karim Diallo"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Nancy Pelosi est arrivée à Taïwan mardi malgré les avertissements de Pékin. La Chine a lancé des manœuvres militaires autour de l'île.", "fr")]
    [InlineData("Nancy Pelosi arrived in Taiwan on Tuesday despite warnings from Beijing. China announced military drills around the island.", "en")]
    public void The_island_is_the_place_told_before_not_a_capital(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Nancy Pelosi", "PERSON", "USA", "Nancy Pelosi")
            .Entity("Taiwan", "LOCATION", "TWN", "Taïwan", "Taiwan")
            .Entity("Beijing", "LOCATION", "CHN", "Pékin", "Beijing")
            .Entity("China", "LOCATION", "CHN", "La Chine", "China").Build();
        var drills = Assert.Single(Stage.Process(doc).Events, e => e.Type == "MOBILIZE");
        Assert.Equal(["China"], Names(doc, drills.Actors));
        Assert.Equal(["Taiwan"], Names(doc, drills.Targets));
    }

    [Theory]
    [InlineData("La Russie a envahi l'Ukraine en 2022. Le Kremlin a ensuite bombardé le pays.", "fr")]
    [InlineData("Russia invaded Ukraine in 2022. Moscow later bombed the country again.", "en")]
    public void The_country_is_the_country_told_before(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Russia", "LOCATION", "RUS", "La Russie", "Russia")
            .Entity("Kremlin", "ORGANIZATION", "RUS", "Le Kremlin")
            .Entity("Moscow", "LOCATION", "RUS", "Moscow")
            .Entity("Ukraine", "LOCATION", "UKR", "l'Ukraine", "Ukraine").Build();
        var events = Stage.Process(doc).Events;
        Assert.Equal(2, events.Length);
        Assert.All(events, e => Assert.Equal(["Ukraine"], Names(doc, e.Targets)));
    }

    [Theory]
    [InlineData("Le Hamas a libéré trois otages samedi à Gaza. Dimanche, le mouvement a condamné Israël.", "fr")]
    [InlineData("Hamas freed three hostages in Gaza on Saturday. On Sunday the group condemned Israel.", "en")]
    public void The_group_is_the_armed_group_or_party_told_before(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Hamas", "ORGANIZATION", "PSE", "Hamas")
            .Entity("Gaza", "LOCATION", "PSE", "Gaza")
            .Entity("Israel", "LOCATION", "ISR", "Israël", "Israel").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Hamas"], Names(doc, ev.Actors));
        Assert.Equal(["Israel"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("L'OTAN a réuni ses ministres lundi à Vilnius. Mardi, l'alliance a condamné la Russie.", "fr")]
    [InlineData("NATO gathered its ministers in Vilnius on Monday. On Tuesday the alliance condemned Russia.", "en")]
    public void The_alliance_is_the_international_organisation_told_before(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("NATO", "ORGANIZATION", null, "OTAN", "NATO")
            .Entity("Vilnius", "LOCATION", "LTU", "Vilnius")
            .Entity("Russia", "LOCATION", "RUS", "la Russie", "Russia").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["NATO"], Names(doc, ev.Actors));
        Assert.Equal(["Russia"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Reuters a fait état de combats lundi près de Goma. Le groupe a condamné le Rwanda.", "fr")]
    [InlineData("Reuters reported clashes near Goma on Monday. The group condemned Rwanda.", "en")]
    public void The_group_is_not_an_organisation_of_another_kind(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Reuters", "ORGANIZATION", "GBR", "Reuters")
            .Entity("Goma", "LOCATION", "COD", "Goma")
            .Entity("Rwanda", "LOCATION", "RWA", "Rwanda").Build();
        var accusations = Stage.Process(doc).Events.Where(e => e.Type == "ACCUSE").ToList();
        Assert.All(accusations, e => Assert.DoesNotContain("Reuters", Names(doc, e.Actors)));
    }
}
