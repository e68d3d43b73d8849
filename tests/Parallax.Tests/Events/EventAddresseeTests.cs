using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Recipients in complement clauses (docs/events.md, "Addressees of requests and accusations"): the object before
/// "of/de" + a verb, or "for/pour", is the one accused or asked, and the names inside the complement are not recipients;
/// French accusations in the present participle and imperfect are triggers; "the country", "le pays" before "of/de" + a
/// verb still stands for the country told before. The sentences are made up, in French and English.
/// </summary>
public class EventAddresseeTests
{
    static readonly EventStage Stage = new();

    static Document Lakes(string text, string lang) => new DocBuilder(text, lang, "2025-03-05")
        .Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya")
        .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala")
        .Entity("William Ruto", "PERSON", "KEN", "William Ruto")
        .Entity("African Union", "ORGANIZATION", null, "African Union", "Union africaine").Build();

    static void AssertAct(string text, string lang, string type, string actor)
    {
        var doc = Lakes(text, lang);
        var events = Stage.Process(doc).Events;
        var all = string.Join(" | ", events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        var ev = events.FirstOrDefault(e => e.Type == type);
        Assert.True(ev != null, all);
        Assert.Equal(["Uganda"], Names(doc, ev!.Targets));
        Assert.Equal([actor], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("William Ruto accused Uganda of colluding with the African Union.", "en", "ACCUSE")]
    [InlineData("William Ruto blamed Uganda for the African Union's silence.", "en", "ACCUSE")]
    [InlineData("William Ruto a accusé l'Ouganda de collaborer avec l'Union africaine.", "fr", "ACCUSE")]
    [InlineData("William Ruto a reproché à l'Ouganda d'avoir soutenu l'Union africaine.", "fr", "ACCUSE")]
    [InlineData("William Ruto a demandé à l'Ouganda de quitter l'Union africaine.", "fr", "REQUEST")]
    public void The_names_inside_what_is_alleged_or_asked_are_not_recipients(string text, string lang, string type) =>
        AssertAct(text, lang, type, "William Ruto");

    [Theory]
    [InlineData("Le Kenya a expulsé lundi un diplomate, accusant l'Ouganda d'armer les rebelles.", "fr")]
    [InlineData("Le Kenya a suspendu lundi le traité, reprochant à l'Ouganda d'avoir soutenu l'Union africaine.", "fr")]
    [InlineData("Le Kenya a répliqué en accusant l'Ouganda de collaborer avec l'Union africaine.", "fr")]
    public void A_french_participle_accuses_and_what_it_alleges_is_no_act(string text, string lang)
    {
        AssertAct(text, lang, "ACCUSE", "Kenya");
        var doc = Lakes(text, lang);
        Assert.DoesNotContain(Stage.Process(doc).Events, e => e.Type == "SUPPORT");
    }

    [Theory]
    [InlineData("Uganda closed its border on Monday. William Ruto accused the country of stranding traders.", "en")]
    [InlineData("L'Ouganda a fermé lundi sa frontière. William Ruto a accusé le pays de bloquer les commerçants.", "fr")]
    public void The_country_before_an_allegation_is_the_country_told_before(string text, string lang) =>
        AssertAct(text, lang, "ACCUSE", "William Ruto");

    [Theory]
    [InlineData("Le Kenya accuse les dirigeants de l'Union africaine de silence.", "fr")]
    [InlineData("Uganda closed its border on Monday. Kenya condemned the country of origin of the smugglers.", "en")]
    public void A_noun_after_of_or_de_keeps_the_old_reading(string text, string lang)
    {
        // "de silence", "of origin": a noun's complement, not a verb; nothing is cut
        var doc = Lakes(text, lang);
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }
}
