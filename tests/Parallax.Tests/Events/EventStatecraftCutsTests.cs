using Parallax.Events;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The twelfth recall round (docs/events.md, "Statecraft that reduces relations"): military aid, intelligence sharing,
/// financial transactions or cooperation suspended, halted, frozen or stopped, and an embassy closed, are SANCTION
/// (Events/data/trigger-families.tsv). The sentences are made up, in French and English.
/// </summary>
public class EventStatecraftCutsTests
{
    static readonly EventStage Stage = new();

    [Theory]
    [InlineData("The United States suspended all military aid to Colombia on Monday.", "en")]
    [InlineData("The United States halted intelligence sharing with Colombia on Monday.", "en")]
    [InlineData("The United States froze military assistance to Colombia on Monday.", "en")]
    [InlineData("Les États-Unis ont cessé de partager leurs renseignements avec la Colombie lundi.", "fr")]
    [InlineData("Les États-Unis ont suspendu toutes les transactions financières avec la Colombie lundi.", "fr")]
    [InlineData("Les États-Unis ont gelé la coopération militaire avec la Colombie lundi.", "fr")]
    public void Suspended_aid_intelligence_or_transactions_are_a_sanction(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("United States", "LOCATION", "USA", "United States", "États-Unis")
            .Entity("Colombia", "LOCATION", "COL", "Colombia", "Colombie").Build();
        var events = Stage.Process(doc).Events;
        var ev = Assert.Single(events, e => e.Type == "SANCTION");
        Assert.Equal(["United States"], Names(doc, ev.Actors));
        Assert.Equal(["Colombia"], Names(doc, ev.Targets));
        Assert.DoesNotContain(events, e => e.Type == "AID"); // the aid named is the one withdrawn
    }

    [Theory]
    [InlineData("Lithuania closed its embassy in Minsk on Tuesday.", "en")]
    [InlineData("La Lituanie a fermé son ambassade à Minsk mardi.", "fr")]
    [InlineData("Lithuania announced the closure of its embassy in Minsk.", "en")]
    [InlineData("La Lituanie a condamné le vote et a annoncé la fermeture de son ambassade à Minsk.", "fr")]
    public void Closing_an_embassy_is_a_sanction_by_the_subject(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Lithuania", "LOCATION", "LTU", "Lithuania", "Lituanie")
            .Entity("Minsk", "LOCATION", "BLR", "Minsk").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "SANCTION");
        Assert.Equal(["Lithuania"], Names(doc, ev.Actors));
        Assert.Equal(["Minsk"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Washington suspended its military cooperation with Bogotá on Monday.", "en")]
    [InlineData("Washington a cessé de partager ses renseignements avec Bogotá lundi.", "fr")]
    public void A_capital_partner_of_a_cut_is_its_recipient(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Washington", "LOCATION", "USA", "Washington")
            .Entity("Bogotá", "LOCATION", "COL", "Bogotá").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "SANCTION");
        Assert.Equal(["Bogotá"], Names(doc, ev.Targets));
        Assert.Null(ev.Location);
    }

    [Theory]
    [InlineData("The United States delivered military aid to Colombia on Monday.", "en")]
    [InlineData("L'ambassade des États-Unis en Colombie a fermé ses portes au public pour les fêtes.", "fr")]
    [InlineData("The United States stopped in Colombia on its way to Peru.", "en")]
    public void Aid_given_and_an_embassy_shut_for_a_holiday_are_no_sanction(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("United States", "LOCATION", "USA", "United States", "États-Unis")
            .Entity("Colombia", "LOCATION", "COL", "Colombia", "Colombie")
            .Entity("Peru", "LOCATION", "PER", "Peru").Build();
        Assert.DoesNotContain(Stage.Process(doc).Events, e => e.Type == "SANCTION");
    }

    [Theory]
    [InlineData("Canada lowered its tariffs on Chinese cars on Thursday.", "en", "RETREAT")]
    [InlineData("Le Canada a abaissé ses droits de douane sur les voitures chinoises jeudi.", "fr", "RETREAT")]
    [InlineData("Canada said on Thursday it would cut the tariffs on Chinese cars.", "en", "CONCEDE")]
    public void Tariffs_cut_are_an_eased_sanction_and_a_concession_when_promised(string text, string lang, string type)
    {
        var doc = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Canada", "LOCATION", "CAN", "Canada")
            .Entity("China", "LOCATION", "CHN", "China", "Chinese", "chinoises").Build();
        var events = Stage.Process(doc).Events;
        var ev = Assert.Single(events, e => e.Type == type);
        Assert.Equal(["Canada"], Names(doc, ev.Actors));
        Assert.DoesNotContain(events, e => e.Type == "SANCTION");
    }

    [Fact]
    public void A_refusal_to_cut_tariffs_is_no_retreat()
    {
        var doc = new DocBuilder("Canada refused to lower its tariffs on Chinese cars.", "en", "2025-03-05")
            .Entity("Canada", "LOCATION", "CAN", "Canada")
            .Entity("China", "LOCATION", "CHN", "China", "Chinese").Build();
        var events = Stage.Process(doc).Events;
        Assert.DoesNotContain(events, e => e.Type is "RETREAT" or "CONCEDE");
    }
}
