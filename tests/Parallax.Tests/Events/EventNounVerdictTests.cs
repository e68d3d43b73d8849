using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Issue #7 (docs/events.md, "Agent nouns and verdicts"): French hostile nouns that are also verbs ("attaque") or only
/// nouns ("offensive") read as nouns after a determiner (the genitive is the author, "contre X" the one hit), and a
/// verdict with the one judged between the verb and its complement ("found X guilty", "a déclaré X inéligible").
/// The sentences are made up; none is from the annotated sets.
/// </summary>
public class EventNounVerdictTests
{
    static readonly EventStage Stage = new();

    static Document Code(string text, string lang) => Stage.Process(new DocBuilder(text, lang, "2025-03-05")
        .Entity("Kenya", "LOCATION", "KEN", "Kenya")
        .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "Uganda")
        .Entity("Tanzania", "LOCATION", "TZA", "Tanzanie", "Tanzania")
        .Entity("Kizza Besigye", "PERSON", "UGA", "Kizza Besigye", "Besigye")
        .Entity("High Court of Uganda", "ORGANIZATION", "UGA", "Haute Cour", "High Court")
        .Build());


    [Theory]
    [InlineData("L'attaque de l'Ouganda contre le Kenya a duré trois heures.")]
    [InlineData("Les attaques de l'Ouganda contre le Kenya ont repris lundi.")]
    [InlineData("L'offensive de l'Ouganda contre le Kenya a commencé à l'aube.")]
    public void A_hostile_noun_after_a_determiner_has_its_genitive_as_author(string text)
    {
        var d = Code(text, "fr");
        var ev = Assert.Single(d.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Uganda"], Names(d, ev.Actors));
        Assert.Equal(["Kenya"], Names(d, ev.Targets));
    }

    [Fact]
    public void The_verb_reading_stays_without_a_determiner()
    {
        var d = Code("L'Ouganda attaque le Kenya.", "fr");
        var ev = Assert.Single(d.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Uganda"], Names(d, ev.Actors));
        Assert.Equal(["Kenya"], Names(d, ev.Targets));
    }

    [Theory]
    [InlineData("La Tanzanie a condamné l'offensive de l'Ouganda.")]
    [InlineData("La Tanzanie a condamné l'attaque meurtrière de l'Ouganda.")]
    public void A_condemned_offensive_is_aimed_at_its_author(string text)
    {
        var d = Code(text, "fr");
        var ev = Assert.Single(d.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Tanzania"], Names(d, ev.Actors));
        Assert.Equal(["Uganda"], Names(d, ev.Targets));
    }

    [Fact]
    public void A_place_after_another_preposition_is_not_the_author()
    {
        var d = Code("La Tanzanie a condamné l'offensive dans la région frontalière du Kenya.", "fr");
        var ev = Assert.Single(d.Events, e => e.Type == "ACCUSE");
        Assert.DoesNotContain("Kenya", Names(d, ev.Targets));
    }

    [Theory]
    [InlineData("en", "The High Court found Kizza Besigye guilty of treason on Monday.", "convict")]
    [InlineData("fr", "La Haute Cour a jugé Kizza Besigye coupable de trahison.", "convict")]
    [InlineData("fr", "La Haute Cour a reconnu Kizza Besigye coupable de trahison.", "convict")]
    [InlineData("fr", "La Haute Cour a déclaré Kizza Besigye inéligible.", null)]
    [InlineData("en", "The High Court declared Kizza Besigye ineligible for the vote.", null)]
    public void A_name_between_a_verdict_verb_and_its_complement_is_the_one_judged(string lang, string text, string? mode)
    {
        var d = Code(text, lang);
        var ev = Assert.Single(d.Events);
        Assert.Equal("SANCTION", ev.Type);
        Assert.Equal(mode, ev.Mode);
        Assert.Equal(["High Court of Uganda"], Names(d, ev.Actors));
        Assert.Equal(["Kizza Besigye"], Names(d, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Kenya declared Kizza Besigye persona non grata.")]
    [InlineData("fr", "Le Kenya a déclaré persona non grata Kizza Besigye.")]
    public void Persona_non_grata_is_an_expulsion(string lang, string text)
    {
        var d = Code(text, lang);
        var ev = Assert.Single(d.Events);
        Assert.Equal("SANCTION", ev.Type);
        Assert.Equal("expel", ev.Mode);
        Assert.Equal(["Kenya"], Names(d, ev.Actors));
        Assert.Equal(["Kizza Besigye"], Names(d, ev.Targets));
    }

    [Fact]
    public void A_name_not_followed_by_the_complement_is_no_verdict()
    {
        var d = Code("The High Court found Kizza Besigye in good health, his lawyer said.", "en");
        Assert.DoesNotContain(d.Events, e => e.Type == "SANCTION");
    }
}
