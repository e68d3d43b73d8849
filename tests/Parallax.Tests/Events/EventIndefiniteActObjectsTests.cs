using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// A reaction whose object is an indefinite act noun ("a dénoncé une violation de sa souveraineté", "a salué une
/// décision qui …") refers back to the act told before (docs/events.md, "Reactions to acts told before"). The sentences
/// are made up.
/// </summary>
public class EventIndefiniteActObjectsTests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya", "kényan", "Nairobi")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala")
            .Entity("Tanzania", "LOCATION", "TZA", "la Tanzanie", "Tanzanie", "Tanzania").Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    static Event? By(Document doc, string type, string actor) =>
        doc.Events.FirstOrDefault(e => e.Type == type && Names(doc, e.Actors).Contains(actor));

    [Theory]
    // the act two sentences before, an event with no actor between
    [InlineData("L'Ouganda a tiré lundi des missiles sur une base près de Kisumu, au Kenya. Les missiles ont été interceptés, et le président kényan a remercié Kampala de l'avoir prévenu. Le Kenya a dénoncé une violation « flagrante » de sa souveraineté.")]
    // the act told before was not coded: the sentence's subject is its author
    [InlineData("L'Ouganda a laissé partir mardi cinq officiers que le pays s'était engagé auprès de Nairobi à garder. Le Kenya a dénoncé une violation des accords.")]
    public void An_indefinite_act_noun_refers_back_to_the_act_told_before(string text)
    {
        var (doc, all) = Code(text, "fr");
        var reaction = By(doc, "ACCUSE", "Kenya");
        Assert.True(reaction != null, all);
        Assert.True(Names(doc, reaction!.Targets).Contains("Uganda"), all);
    }

    [Theory]
    // a noun that is no act is an object of its own
    [InlineData("L'Ouganda a tiré lundi des missiles sur une base près de Kisumu, au Kenya. Les missiles ont été interceptés, et le président kényan a remercié Kampala de l'avoir prévenu. Le Kenya a dénoncé une manifestation devant son ambassade.")]
    [InlineData("L'Ouganda a laissé partir mardi cinq officiers que le pays s'était engagé auprès de Nairobi à garder. Le Kenya a dénoncé une manifestation devant son ambassade.")]
    public void An_indefinite_noun_that_is_no_act_takes_no_recipient_from_before(string text)
    {
        var (doc, all) = Code(text, "fr");
        var reaction = By(doc, "ACCUSE", "Kenya");
        Assert.True(reaction != null, all);
        Assert.DoesNotContain("Uganda", Names(doc, reaction!.Targets));
    }
}
