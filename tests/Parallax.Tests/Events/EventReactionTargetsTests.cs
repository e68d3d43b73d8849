using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Reactions whose object names the act's author after the act noun (docs/events.md, "Reactions to an act named with its
/// author"). The sentences are made up.
/// </summary>
public class EventReactionTargetsTests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text, string lang, string? date = null)
    {
        var builder = new DocBuilder(text, lang, "2025-03-05");
        if (date != null) builder.Time(date, "date", "2025-03-01");
        var doc = Stage.Process(builder
            .Entity("Kenya", "LOCATION", "KEN", "Kenya", "le Kenya", "Nairobi")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala")
            .Entity("Tanzania", "LOCATION", "TZA", "la Tanzanie", "Tanzanie", "Tanzania", "Dodoma")
            .Entity("William Ruto", "PERSON", "KEN", "William Ruto").Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    static Event? By(Document doc, string type, string actor) =>
        doc.Events.FirstOrDefault(e => e.Type == type && Names(doc, e.Actors).Contains(actor));

    [Theory]
    [InlineData("Kenya condemned the decision by Uganda on Tuesday to close the border.", "en", "ACCUSE", "Kenya")]
    [InlineData("Kenya condemned the decision of Kampala to close the border.", "en", "ACCUSE", "Kenya")]
    [InlineData("William Ruto welcomed the announcement by Uganda of a new fuel levy.", "en", "SUPPORT", "William Ruto")]
    [InlineData("Le Kenya a dénoncé mardi la décision de l'Ouganda de fermer la frontière.", "fr", "ACCUSE", "Kenya")]
    [InlineData("Le Kenya a dénoncé une décision unilatérale de Kampala.", "fr", "ACCUSE", "Kenya")]
    [InlineData("William Ruto a salué l'annonce par l'Ouganda d'une nouvelle taxe.", "fr", "SUPPORT", "William Ruto")]
    public void A_reaction_is_aimed_at_the_author_named_after_the_act_noun(string text, string lang, string type, string actor)
    {
        var (doc, all) = Code(text, lang);
        var reaction = By(doc, type, actor);
        Assert.True(reaction != null, all);
        Assert.True(Names(doc, reaction!.Targets).Contains("Uganda"), all);
    }

    [Theory]
    // the genitive of an arrest is who underwent it, not its author
    [InlineData("William Ruto condemned the arrest of Tanzania's envoy.", "en", "Tanzania")]
    // one's own decision gives no recipient
    [InlineData("Le Kenya a défendu la décision du Kenya.", "fr", "Kenya")]
    [InlineData("Kenya welcomed the decision of Nairobi.", "en", "Kenya")]
    public void No_recipient_from_a_genitive_that_is_not_another_author(string text, string lang, string notTarget)
    {
        var (doc, all) = Code(text, lang);
        Assert.False(doc.Events.Any(e => (Names(doc, e.Actors).Contains("Kenya") || Names(doc, e.Actors).Contains("William Ruto")) && Names(doc, e.Targets).Contains(notTarget)), all);
    }

    [Theory]
    [InlineData("Samedi, l'Ouganda a annoncé une nouvelle taxe sur le carburant. Le Kenya a dénoncé cette décision.", "fr", "Samedi")]
    [InlineData("On Saturday, Uganda announced a new fuel levy. Kenya condemned the decision.", "en", "Saturday")]
    public void A_date_opening_the_sentence_before_does_not_hide_its_subject(string text, string lang, string date)
    {
        var (doc, all) = Code(text, lang, date);
        var blame = By(doc, "ACCUSE", "Kenya");
        Assert.True(blame != null && Names(doc, blame.Targets).Contains("Uganda"), all);
    }

    [Theory]
    // a clause, not a date, opening the sentence before still gives no subject
    [InlineData("Après le sommet, l'Ouganda a annoncé une nouvelle taxe. Le Kenya a dénoncé cette décision.", "fr", null)]
    [InlineData("After the summit on Saturday, Uganda announced a new fuel levy. Kenya condemned the decision.", "en", "Saturday")]
    public void A_clause_opening_the_sentence_before_still_hides_its_subject(string text, string lang, string? date)
    {
        var (doc, all) = Code(text, lang, date);
        Assert.False(doc.Events.Any(e => Names(doc, e.Actors).Contains("Kenya") && Names(doc, e.Targets).Contains("Uganda")), all);
    }

    [Theory]
    [InlineData("Uganda imposed sanctions on Tanzania on Monday. Kenya, which had expelled the envoy of Tanzania, condemned the decision.", "en")]
    [InlineData("Uganda imposed sanctions on Tanzania. Kenya expelled the envoy of Tanzania. Kenya condemned this decision.", "en")]
    [InlineData("L'Ouganda a imposé des sanctions à la Tanzanie. Le Kenya a expulsé l'envoyé de la Tanzanie. Le Kenya a dénoncé cette décision.", "fr")]
    public void A_reaction_passes_over_an_act_of_the_reacting_side(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var blame = By(doc, "ACCUSE", "Kenya");
        Assert.True(blame != null && Names(doc, blame.Targets).Contains("Uganda"), all);
    }

    [Fact]
    public void A_reaction_to_its_own_act_alone_takes_no_recipient()
    {
        var (doc, all) = Code("Kenya, which had expelled the envoy of Tanzania, welcomed the decision.", "en");
        Assert.False(doc.Events.Any(e => e.Type == "SUPPORT" && Names(doc, e.Actors).Contains("Kenya") && e.Targets.Length > 0), all);
    }
}
