using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// An adverb between a verb and its object ("a rappelé définitivement son ambassadeur", "recalled permanently its
/// ambassador") no longer breaks the lexicon's verb-and-object phrases (docs/events.md, "Planned trips; adverbs between a
/// verb and its object"). The sentences are made up.
/// </summary>
public class EventGapAdverbTests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya", "Nairobi")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala").Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type}/{e.Status} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    [Theory]
    [InlineData("Le Kenya a rappelé définitivement son ambassadeur à Kampala.", "fr")]
    [InlineData("Le Kenya a rappelé temporairement son ambassadrice en Ouganda.", "fr")]
    [InlineData("Kenya recalled permanently its ambassador to Uganda.", "en")]
    public void An_adverb_between_the_verb_and_its_object_keeps_the_phrase(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var recall = doc.Events.FirstOrDefault(e => e.Type == "SANCTION" && Names(doc, e.Actors).Contains("Kenya"));
        Assert.True(recall != null, all);
    }

    [Theory]
    [InlineData("Le Kenya a rappelé définitivement que son ambassadeur restait à Kampala.", "fr")]
    [InlineData("Kenya recalled fondly its ambassador's years in Uganda.", "en")]
    public void A_verb_with_another_complement_is_no_recall(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        Assert.True(!doc.Events.Any(e => e.Type == "SANCTION"), all);
    }
}
