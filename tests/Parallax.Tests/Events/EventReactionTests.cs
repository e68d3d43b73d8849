using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Reactions to an act told before (docs/events.md, "Reactions to acts told before"): a condemnation whose object is an
/// act noun is aimed at the authors of the last act of that kind, a demonstrative object ("this decision") refers to an
/// act of the two sentences before, and "and"/"et" before a new subject and its verb ends the clause before it. The
/// sentences are made up.
/// </summary>
public class EventReactionTests
{
    [Theory]
    [InlineData("Uganda shelled a border post on Monday. William Ruto vowed to respond and the East African Community condemned the attack.", "en")]
    [InlineData("L'Ouganda a bombardé un poste frontière lundi. William Ruto a promis de riposter et la Communauté d'Afrique de l'Est a condamné l'attaque.", "fr")]
    public void A_condemned_act_noun_takes_the_last_act_of_its_kind_not_the_last_event(string text, string lang)
    {
        var doc = EastAfrica(text, lang, community: true);
        var accuse = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["East African Community"], Names(doc, accuse.Actors));
        Assert.Equal(["Uganda"], Names(doc, accuse.Targets));
    }

    [Theory]
    [InlineData("Uganda shelled a border post on Monday. William Ruto vowed to respond and the East African Community condemned the attack.", "en")]
    [InlineData("L'Ouganda a bombardé un poste frontière lundi. William Ruto a promis de riposter et la Communauté d'Afrique de l'Est a condamné l'attaque.", "fr")]
    public void A_new_subject_after_and_is_no_object_of_the_verb_before(string text, string lang)
    {
        var doc = EastAfrica(text, lang, community: true);
        var vow = Assert.Single(doc.Events, e => e.Actors.Any(a => doc.Entities.First(x => x.Id == a).Name == "William Ruto"));
        Assert.DoesNotContain("East African Community", Names(doc, vow.Targets));
    }

    [Theory]
    [InlineData("Uganda expelled Kenya's ambassador on Monday. Crowds gathered outside the embassy. William Ruto deplored this decision on Wednesday.", "en")]
    [InlineData("L'Ouganda a expulsé lundi l'ambassadeur du Kenya. Des centaines de personnes se sont rassemblées devant l'ambassade. William Ruto a déploré cette décision mercredi.", "fr")]
    public void A_demonstrative_object_refers_to_an_act_of_the_two_sentences_before(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var accuse = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["William Ruto"], Names(doc, accuse.Actors));
        Assert.Equal(["Uganda"], Names(doc, accuse.Targets));
    }

    [Fact]
    public void A_reaction_to_ones_own_act_takes_no_recipient_from_it()
    {
        var doc = EastAfrica("Uganda expelled Kenya's ambassador on Monday. Yoweri Museveni defended this decision and Uganda rejected these criticisms on Tuesday.", "en");
        Assert.DoesNotContain(doc.Events, e => e.Type is "REJECT" or "ACCUSE" && Names(doc, e.Targets).Contains("Uganda"));
    }
}
