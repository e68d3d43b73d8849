using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The seventh short round of issue #7 (docs/events.md, "Approval of acts told before"): praise or endorsement of an
/// act told before is aimed at the act's authors, as condemnation is. The sentences are made up.
/// </summary>
public class EventShortRound7Tests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya", "Nairobi", "kényans", "kényanes")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala", "ougandais")
            .Entity("Tanzania", "LOCATION", "TZA", "la Tanzanie", "Tanzanie", "Tanzania", "Dodoma")
            .Entity("William Ruto", "PERSON", "KEN", "William Ruto")
            .Entity("Samia Suluhu Hassan", "PERSON", "TZA", "Samia Suluhu Hassan")
            .Entity("Yoweri Museveni", "PERSON", "UGA", "Yoweri Museveni").Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    [Theory]
    [InlineData("William Ruto and Yoweri Museveni signed a border agreement in Nairobi on Monday. Samia Suluhu Hassan welcomed the agreement on Tuesday.", "en")]
    [InlineData("William Ruto et Yoweri Museveni ont signé lundi à Nairobi un accord frontalier. Samia Suluhu Hassan a salué cet accord mardi.", "fr")]
    public void Approval_of_an_act_told_before_is_aimed_at_its_authors(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var praise = doc.Events.FirstOrDefault(e => e.Type == "SUPPORT" && Names(doc, e.Actors).Contains("Samia Suluhu Hassan"));
        Assert.True(praise != null, all);
        Assert.Contains("William Ruto", Names(doc, praise!.Targets));
        Assert.Contains("Yoweri Museveni", Names(doc, praise.Targets));
    }

    [Fact]
    public void An_agreement_noun_refers_to_the_agreement_not_to_the_last_act()
    {
        var (doc, all) = Code("William Ruto and Yoweri Museveni agreed on Monday to reopen the border. Tanzania sent food aid to Uganda on Monday. "
            + "Samia Suluhu Hassan praised the deal on Tuesday.", "en");
        var praise = doc.Events.FirstOrDefault(e => e.Type == "SUPPORT" && Names(doc, e.Actors).Contains("Samia Suluhu Hassan"));
        Assert.True(praise != null, all);
        Assert.Contains("William Ruto", Names(doc, praise!.Targets));
        Assert.DoesNotContain("Tanzania", Names(doc, praise.Targets));
    }

    [Fact]
    public void A_condemned_agreement_is_aimed_at_its_parties()
    {
        var (doc, all) = Code("William Ruto and Yoweri Museveni signed a security pact in Kampala on Monday. Samia Suluhu Hassan condemned the pact.", "en");
        var blame = doc.Events.FirstOrDefault(e => e.Type == "ACCUSE" && Names(doc, e.Actors).Contains("Samia Suluhu Hassan"));
        Assert.True(blame != null, all);
        Assert.Contains("Yoweri Museveni", Names(doc, blame!.Targets));
    }

    [Theory]
    [InlineData("L'Ouganda a libéré mercredi 40 soldats kényans capturés à la frontière.")]
    [InlineData("L'Ouganda a relâché lundi trois pêcheurs kényans.")]
    public void The_demonym_on_a_released_prisoner_is_the_recipient(string text)
    {
        var (doc, all) = Code(text, "fr");
        var release = doc.Events.FirstOrDefault(e => e.Type == "RETREAT");
        Assert.True(release != null, all);
        Assert.Equal(["Uganda"], Names(doc, release!.Actors));
        Assert.Equal(["Kenya"], Names(doc, release.Targets));
    }
}
