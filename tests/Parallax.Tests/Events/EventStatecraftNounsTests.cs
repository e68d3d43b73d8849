using Parallax.Events;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Statecraft told after its noun (docs/events.md, "Trade measures and deliveries told after their noun"): a tariff or a
/// duty named first and then said to be imposed is a SANCTION by the agent after by/par, aimed at the country of the
/// goods; the plural and past forms of "livrer" are deliveries (AID), but "se livrer à" is none. Made-up sentences.
/// </summary>
public class EventStatecraftNounsTests
{
    static readonly EventStage Stage = new();

    [Theory]
    [InlineData("A trade panel found on Friday that tariffs imposed by Canada on Chinese cars broke the rules.", "en")]
    [InlineData("Les économistes jugent que les droits de douane imposés par le Canada aux voitures chinoises feront monter les prix.", "fr")]
    public void A_tariff_imposed_by_a_state_is_its_sanction(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Canada", "LOCATION", "CAN", "Canada")
            .Entity("China", "LOCATION", "CHN", "China", "Chinese", "chinoises").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "SANCTION");
        Assert.Equal(["Canada"], Names(doc, ev.Actors));
        Assert.Equal(["China"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Le Canada livrait des drones à l'Ukraine depuis janvier.", "fr")]
    [InlineData("Le Canada et la Norvège livrent des obus à l'Ukraine.", "fr")]
    public void Past_and_plural_forms_of_livrer_are_a_delivery(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Canada", "LOCATION", "CAN", "Canada")
            .Entity("Norway", "LOCATION", "NOR", "Norvège")
            .Entity("Ukraine", "LOCATION", "UKR", "Ukraine").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "AID");
        Assert.Contains("Canada", Names(doc, ev.Actors));
        Assert.Equal(["Ukraine"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Les soldats canadiens se livrent à des exercices avec l'Ukraine.", "fr")]
    [InlineData("Les dirigeants du Canada se livraient à une surenchère verbale contre l'Ukraine.", "fr")]
    public void Se_livrer_a_is_no_delivery(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Canada", "LOCATION", "CAN", "Canada", "canadiens")
            .Entity("Ukraine", "LOCATION", "UKR", "Ukraine").Build();
        Assert.DoesNotContain(Stage.Process(doc).Events, e => e.Type == "AID");
    }
}
