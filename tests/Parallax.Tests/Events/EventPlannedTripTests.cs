using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Planned trips told by "is due in", "is due to travel to", "est attendu à" (docs/events.md, "Planned trips"): a visit
/// still to come, coded as a planned meeting (AGREE) from the visitor to the host. The sentences are made up.
/// </summary>
public class EventPlannedTripTests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya", "Nairobi")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala")
            .Entity("William Ruto", "PERSON", "KEN", "William Ruto").Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type}/{e.Status} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    [Theory]
    [InlineData("William Ruto is due in Kampala on Friday for talks on the border.", "en")]
    [InlineData("William Ruto is due to travel to Kampala on Friday.", "en")]
    [InlineData("William Ruto is expected in Uganda next week.", "en")]
    [InlineData("William Ruto est attendu à Kampala vendredi.", "fr")]
    [InlineData("William Ruto est attendu en Ouganda la semaine prochaine.", "fr")]
    public void A_planned_trip_is_a_planned_visit_to_its_host(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var plan = doc.Events.FirstOrDefault(e => e.Type == "AGREE" && Names(doc, e.Actors).Contains("William Ruto"));
        Assert.True(plan != null, all);
        Assert.Contains("Uganda", Names(doc, plan!.Targets));
        Assert.DoesNotContain(doc.Events, e => e.Type == "CONSULT" && e.Status == "occurred");
    }

    [Theory]
    [InlineData("A ruling on the appeal is due in March, the court in Nairobi said.", "en")]
    [InlineData("Le verdict est attendu à la mi-journée.", "fr")]
    public void A_date_or_a_thing_due_is_no_trip(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        Assert.True(!doc.Events.Any(e => e.Type is "AGREE" or "CONSULT"), all);
    }
}
