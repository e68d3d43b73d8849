using Parallax.Events;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The thirteenth recall round (docs/events.md, "Acts told by a noun with their agent; arrests, coups, shelling and
/// captures"): an act noun followed by its "par"/"by" agent is that agent's act, not the act of the clause's subject
/// (EventContext.NominalActAgents.cs); the nouns of an arrest and a coup, the past anterior of an arrest, "pounding" and
/// the capture of a town are triggers (Events/data/triggers.tsv). The sentences are made up, in French and English.
/// </summary>
public class EventNominalActAgentsTests
{
    static readonly EventStage Stage = new();

    [Theory]
    [InlineData("Kiev a convoqué l'ambassadeur hongrois lundi, après le bombardement de Kharkiv par l'armée russe.", "fr")]
    [InlineData("Ukraine summoned Hungary's ambassador on Monday after the shelling of Kharkiv by Russian forces.", "en")]
    [InlineData("Ukraine summoned Hungary's ambassador on Monday after the shelling of Kharkiv by Russia.", "en")]
    public void The_agent_of_an_attack_noun_is_its_author(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Ukraine", "LOCATION", "UKR", "Ukraine", "Kiev")
            .Entity("Hungary", "LOCATION", "HUN", "Hungary", "hongrois")
            .Entity("Kharkiv", "LOCATION", "UKR", "Kharkiv")
            .Entity("Russia", "LOCATION", "RUS", "Russia", "Russian", "russe").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Russia"], Names(doc, ev.Actors));
        Assert.Contains("Kharkiv", Names(doc, ev.Targets));
        Assert.DoesNotContain("Hungary", Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("L'opposant Ismaël Doumbia a été libéré dimanche, trois jours après son interpellation à Abidjan par la police de Côte d'Ivoire.", "fr")]
    [InlineData("Ismael Doumbia was freed on Sunday, three days after his arrest in Abidjan by the police of Côte d'Ivoire.", "en")]
    public void The_agent_of_an_arrest_noun_arrests(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Ismaël Doumbia", "PERSON", null, "Ismaël Doumbia", "Ismael Doumbia")
            .Entity("Côte d'Ivoire", "LOCATION", "CIV", "Côte d'Ivoire")
            .Entity("Abidjan", "LOCATION", "CIV", "Abidjan").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "COERCE");
        Assert.Equal(["Côte d'Ivoire"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("La Hongrie a critiqué le bombardement de Kharkiv, condamné par la Pologne.", "fr")]
    [InlineData("Hungary criticised the shelling of Kharkiv, which was condemned by Poland.", "en")]
    public void A_by_agent_past_a_comma_is_not_the_nouns(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Hungary", "LOCATION", "HUN", "Hungary", "Hongrie")
            .Entity("Kharkiv", "LOCATION", "UKR", "Kharkiv")
            .Entity("Poland", "LOCATION", "POL", "Poland", "Pologne").Build();
        foreach (var ev in Stage.Process(doc).Events.Where(e => e.Type == "ASSAULT"))
            Assert.DoesNotContain("Poland", Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("L'Union africaine a suspendu le Mali, au lendemain de la prise du pouvoir par le colonel Assane Koné.", "fr")]
    public void A_coup_noun_with_its_agent_is_the_agents(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("African Union", "ORGANIZATION", null, "Union africaine")
            .Entity("Mali", "LOCATION", "MLI", "Mali")
            .Entity("Assane Koné", "PERSON", "MLI", "Assane Koné").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "COERCE");
        Assert.Equal(["Assane Koné"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("Le général a dissous le gouvernement, après que des soldats maliens eurent arrêté le président Ali Touré.", "fr")]
    public void The_past_anterior_of_an_arrest_is_an_arrest(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Mali", "LOCATION", "MLI", "maliens")
            .Entity("Ali Touré", "PERSON", "MLI", "Ali Touré").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "COERCE" && e.Targets.Any());
        Assert.Equal(["Ali Touré"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Israeli artillery kept pounding Khan Younis on Monday, residents said.", "en")]
    [InlineData("The rebels of the M23 captured the town of Sake on Monday.", "en")]
    [InlineData("The M23 said on Monday that it had taken the city of Uvira.", "en")]
    public void Pounding_and_taking_a_town_are_attacks(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Israel", "LOCATION", "ISR", "Israeli")
            .Entity("Khan Younis", "LOCATION", "PSE", "Khan Younis")
            .Entity("M23", "ORGANIZATION", null, "M23")
            .Entity("Sake", "LOCATION", "COD", "Sake")
            .Entity("Uvira", "LOCATION", "COD", "Uvira").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.NotEmpty(ev.Actors);
    }

    [Theory]
    [InlineData("The photographer captured the mood of Kinshasa on Saturday.", "en")]
    [InlineData("The team took the lead in Kinshasa on Saturday.", "en")]
    public void Capturing_a_mood_or_taking_the_lead_is_no_attack(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kinshasa", "LOCATION", "COD", "Kinshasa").Build();
        Assert.DoesNotContain(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
    }
}
