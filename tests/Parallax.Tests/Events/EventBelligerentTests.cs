using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Calls to end a war (Events/data/hostilities.tsv): addressed to the belligerents when they name no one, and wishes
/// voiced for the end of fighting as calls. Made-up French and English sentences.
/// </summary>
public class EventBelligerentTests
{
    static readonly EventStage Stage = new();


    static DocBuilder Ukraine(string text, string lang, string? published = "2024-03-05") => new DocBuilder(text, lang, published)
        .Entity("Pedro Sánchez", "PERSON", "ESP", "Pedro Sánchez", "Sánchez")
        .Entity("Russia", "LOCATION", "RUS", "la Russie", "Russia")
        .Entity("Ukraine", "LOCATION", "UKR", "l'Ukraine", "Ukraine");

    [Theory]
    [InlineData("La Russie et l'Ukraine s'affrontent toujours. Pedro Sánchez a appelé à une fin rapide des combats.", "fr")]
    [InlineData("Russia and Ukraine are still at war. Pedro Sánchez called for a swift end to the fighting.", "en")]
    [InlineData("Russia and Ukraine are still at war. Pedro Sánchez urged a ceasefire.", "en")]
    public void A_call_to_end_the_fighting_naming_no_one_is_addressed_to_the_belligerents(string text, string lang)
    {
        var doc = Ukraine(text, lang).Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REQUEST");
        Assert.Equal(["Pedro Sánchez"], Names(doc, ev.Actors));
        Assert.Equal(["Russia", "Ukraine"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("La Russie occupe toujours le sud. Pedro Sánchez a réclamé un cessez-le-feu en Ukraine.", "fr")]
    [InlineData("Russia still holds the south. Pedro Sánchez demanded a ceasefire in Ukraine.", "en")]
    public void The_place_fought_over_is_not_the_addressee(string text, string lang)
    {
        var doc = Ukraine(text, lang).Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REQUEST");
        Assert.Equal(["Russia", "Ukraine"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("L'Ukraine a appelé à un cessez-le-feu sur le front sud, a rapporté la Russie.", "fr")]
    [InlineData("Ukraine called for a ceasefire on the southern front, Russia reported.", "en")]
    public void A_belligerent_calling_for_a_truce_addresses_the_other_side(string text, string lang)
    {
        var doc = Ukraine(text, lang).Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REQUEST");
        Assert.Equal(["Ukraine"], Names(doc, ev.Actors));
        Assert.Equal(["Russia"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Pedro Sánchez a appelé Vladimir Poutine à une fin des combats en Ukraine.", "fr")]
    [InlineData("Pedro Sánchez urged Vladimir Putin to end the fighting in Ukraine.", "en")]
    public void A_named_addressee_is_kept(string text, string lang)
    {
        var doc = Ukraine(text, lang).Entity("Vladimir Putin", "PERSON", "RUS", "Vladimir Poutine", "Vladimir Putin").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REQUEST");
        Assert.Equal(["Vladimir Putin"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Pedro Sánchez a appelé à une fin rapide des combats.", "fr", "2010-06-01")]
    [InlineData("Pedro Sánchez called for an end to the war in Ukraine.", "en", "2010-06-01")]
    [InlineData("Pedro Sánchez called for an end to the drought in Ukraine.", "en", "2024-03-05")]
    public void No_addressee_outside_a_known_war(string text, string lang, string published)
    {
        // before the war began, or a call to end something that is no fighting (a place named stays where it was)
        var doc = Ukraine(text, lang, published).Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REQUEST");
        Assert.DoesNotContain("Russia", Names(doc, ev.Targets));
    }

    [Fact]
    public void Two_theatres_in_the_document_leave_an_unplaced_call_unaddressed()
    {
        var doc = new DocBuilder("Israël et le Hamas, comme la Russie et l'Ukraine, se battent. Pedro Sánchez a appelé à une trêve.", "fr", "2024-03-05")
            .Entity("Pedro Sánchez", "PERSON", "ESP", "Pedro Sánchez")
            .Entity("Israel", "LOCATION", "ISR", "Israël")
            .Entity("Hamas", "ORGANIZATION", "PSE", "Hamas")
            .Entity("Gaza Strip", "LOCATION", "PSE", "Gaza")
            .Entity("Russia", "LOCATION", "RUS", "la Russie")
            .Entity("Ukraine", "LOCATION", "UKR", "l'Ukraine").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REQUEST");
        Assert.Empty(ev.Targets);
    }

    [Theory]
    [InlineData("Pedro Sánchez a exprimé le souhait d'une trêve à Gaza.", "fr")]
    [InlineData("Pedro Sánchez voiced hope for a truce in Gaza.", "en")]
    [InlineData("Pedro Sánchez expressed a desire for an end to the war in Gaza.", "en")]
    public void A_wish_voiced_for_the_end_of_fighting_is_a_call(string text, string lang)
    {
        var doc = new DocBuilder(text, lang, "2024-03-05")
            .Entity("Pedro Sánchez", "PERSON", "ESP", "Pedro Sánchez")
            .Entity("Israel", "LOCATION", "ISR", "Israël", "Israel")
            .Entity("Hamas", "ORGANIZATION", "PSE", "Hamas")
            .Entity("Gaza Strip", "LOCATION", "PSE", "Gaza").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REQUEST");
        Assert.Equal("020", ev.Cameo);
        Assert.Equal(["Hamas", "Israel"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Pedro Sánchez a exprimé son inquiétude sur la guerre en Ukraine.", "fr")]
    [InlineData("Pedro Sánchez expressed concern about the end of the season.", "en")]
    public void Other_voiced_feelings_are_no_call(string text, string lang)
    {
        var doc = Ukraine(text, lang).Build();
        Assert.DoesNotContain(Stage.Process(doc).Events, e => e.Type == "REQUEST");
    }

    [Theory]
    [InlineData("Pedro Sánchez demanded a pay rise.")]
    [InlineData("Pedro Sánchez demanded an apology.")]
    public void A_French_trigger_stem_does_not_hide_an_English_trigger(string text)
    {
        // the French "demande* a" also matches the folded "demanded a": the longest match is chosen per language
        var doc = new DocBuilder(text, "en").Entity("Pedro Sánchez", "PERSON", "ESP", "Pedro Sánchez").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("REQUEST", ev.Type);
    }

    [Fact]
    public void The_data_file_rejects_a_war_with_one_side() =>
        Assert.Throws<FormatException>(() => new Hostilities([["war", "Ukraine", "Russia", "2014-02-20", ""]]));
}
