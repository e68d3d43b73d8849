using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Reactions to acts told before (docs/events.md, "Reactions to acts told before"): a demonym bound to the reaction's
/// object noun names the act's author ("a rejeté la décision ougandaise", "rejected the Ugandan decision"), and a date
/// between the verb and its object is passed over ("a dénoncé mardi cette mesure"). The sentences are made up.
/// </summary>
public class EventReactionAuthorTests
{
    static readonly Parallax.Events.EventStage Stage = new();

    static Document Build(string text, string lang, string? date = null)
    {
        var b = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya")
            .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "Uganda", "ougandaise", "Ugandan", "ougandais");
        if (date != null) b.Time(date, "date", "2025-03-04");
        return Stage.Process(b.Build());
    }

    [Theory]
    [InlineData("Le Kenya a rejeté la décision ougandaise de fermer les postes de douane.", "fr")]
    [InlineData("Kenya rejected the Ugandan decision to shut the customs posts.", "en")]
    public void A_demonym_on_the_object_noun_names_the_author_of_the_act(string text, string lang)
    {
        var doc = Build(text, lang);
        var reject = Assert.Single(doc.Events, e => e.Type == "REJECT");
        Assert.Equal(["Kenya"], Names(doc, reject.Actors));
        Assert.Equal(["Uganda"], Names(doc, reject.Targets));
    }

    [Fact]
    public void A_date_between_the_verb_and_a_demonstrative_object_is_passed_over()
    {
        var doc = Build("L'Ouganda a fermé ses postes de douane lundi. Le Kenya a dénoncé mardi cette mesure.", "fr", date: "mardi");
        var accuse = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Kenya"], Names(doc, accuse.Actors));
        Assert.Equal(["Uganda"], Names(doc, accuse.Targets));
    }

    [Fact]
    public void A_demonym_after_a_comma_names_no_author()
    {
        var doc = Build("Le Kenya a rejeté la décision, selon un diplomate ougandais.", "fr");
        Assert.DoesNotContain(doc.Events, e => e.Type == "REJECT" && Names(doc, e.Targets).Contains("Uganda"));
    }
}
