using Parallax.Events;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// "the latter", "ce dernier", "celui-ci" as a pronoun stand for the person told last (docs/events.md, "Rules of the
/// twelfth participants round"; Events/data/stand-ins.tsv, kind latter). The sentences are made up.
/// </summary>
public class EventLatterPronounTests
{
    static readonly EventStage Stage = new();

    static Parallax.Model.Document Doc(string text, string lang) => new DocBuilder(text, lang)
        .Entity("Karim Diallo", "PERSON", "SEN", "Karim Diallo")
        .Entity("Paul Mensah", "PERSON", "GHA", "Paul Mensah")
        .Entity("Togo", "LOCATION", "TGO", "Togo").Build();

    [Theory]
    [InlineData("Karim Diallo a reçu mardi Paul Mensah à Dakar. Ce dernier a condamné le Togo.", "fr")]
    [InlineData("Karim Diallo a reçu mardi Paul Mensah à Dakar. Celui-ci a condamné le Togo.", "fr")]
    [InlineData("Karim Diallo received Paul Mensah in Dakar on Tuesday. The latter condemned Togo.", "en")]
    [InlineData("Karim Diallo received Paul Mensah in Dakar on Tuesday. The latter has condemned Togo.", "en")]
    public void The_latter_is_the_person_told_last(string text, string lang)
    {
        var doc = Doc(text, lang);
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Paul Mensah"], Names(doc, ev.Actors));
        Assert.Equal(["Togo"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Karim Diallo a reçu mardi Paul Mensah à Dakar. Ce dernier sommet a condamné le Togo.", "fr")]
    [InlineData("Karim Diallo received Paul Mensah in Dakar on Tuesday. The latter part of the talks condemned Togo.", "en")]
    public void Before_a_noun_it_is_no_pronoun(string text, string lang)
    {
        var doc = Doc(text, lang);
        foreach (var ev in Stage.Process(doc).Events.Where(e => e.Type == "ACCUSE"))
            Assert.DoesNotContain("Paul Mensah", Names(doc, ev.Actors));
    }

    [Fact]
    public void The_latter_may_be_an_organisation()
    {
        var doc = new DocBuilder("La fédération togolaise (FTF) a protesté lundi. Celle-ci a condamné le Ghana.", "fr")
            .Entity("FTF", "ORGANIZATION", "TGO", "fédération togolaise (FTF)")
            .Entity("Ghana", "LOCATION", "GHA", "Ghana").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["FTF"], Names(doc, ev.Actors));
    }
}

/// <summary>
/// Coordinated verbs share their subject after "but" as after "and", and a verb-like trigger used as a noun is no
/// earlier verb (docs/events.md, "Rules of the twelfth participants round"). The sentences are made up.
/// </summary>
public class EventButSharedSubjectTests
{
    static readonly EventStage Stage = new();

    static Parallax.Model.Document Doc(string text) => new DocBuilder(text, "en")
        .Entity("Karim Diallo", "PERSON", "SEN", "Karim Diallo")
        .Entity("Paul Mensah", "PERSON", "GHA", "Paul Mensah")
        .Entity("Ama Boateng", "PERSON", "GHA", "Ama Boateng")
        .Entity("Ghana", "LOCATION", "GHA", "Ghana")
        .Entity("Togo", "LOCATION", "TGO", "Togo").Build();

    [Fact]
    public void A_verb_after_but_shares_the_subject()
    {
        var doc = Doc("Karim Diallo met Paul Mensah on the sidelines but declined to meet Ama Boateng.");
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REJECT");
        Assert.Equal(["Karim Diallo"], Names(doc, ev.Actors));
        Assert.Contains("Ama Boateng", Names(doc, ev.Targets));
    }

    [Fact]
    public void A_new_subject_after_but_keeps_its_own()
    {
        var doc = Doc("Karim Diallo met Paul Mensah on the sidelines but Ama Boateng declined to meet Togo.");
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REJECT");
        Assert.Equal(["Ama Boateng"], Names(doc, ev.Actors));
    }

    [Fact]
    public void A_French_auxiliary_is_no_article()
    {
        var doc = new DocBuilder("Karim Diallo a rencontré mardi Paul Mensah et a menacé le Togo de sanctions.", "fr")
            .Entity("Karim Diallo", "PERSON", "SEN", "Karim Diallo")
            .Entity("Paul Mensah", "PERSON", "GHA", "Paul Mensah")
            .Entity("Togo", "LOCATION", "TGO", "Togo").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "THREATEN");
        Assert.Equal(["Karim Diallo"], Names(doc, ev.Actors));
    }

    [Fact]
    public void A_visit_told_by_a_noun_is_no_earlier_verb()
    {
        var doc = Doc("Karim Diallo met Paul Mensah in Accra on Friday at the end of a three-day visit to Ghana and warned that Togo would face sanctions.");
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "THREATEN");
        Assert.Equal(["Karim Diallo"], Names(doc, ev.Actors));
    }
}

/// <summary>
/// A hostile act of two actors told as reciprocal goes both ways (docs/events.md, "Rules of the twelfth participants
/// round"; EventContext.Reciprocals.cs). The sentences are made up.
/// </summary>
public class EventReciprocalActTests
{
    static readonly EventStage Stage = new();

    static Parallax.Model.Document Doc(string text, string lang) => new DocBuilder(text, lang)
        .Entity("Ghana", "LOCATION", "GHA", "Ghana")
        .Entity("Togo", "LOCATION", "TGO", "Togo").Build();

    [Theory]
    [InlineData("Le Ghana et le Togo se sont mutuellement accusés mardi d'avoir violé la frontière.", "fr")]
    [InlineData("Ghana and Togo accused each other on Tuesday of violating the border.", "en")]
    public void A_reciprocal_accusation_goes_both_ways(string text, string lang)
    {
        var doc = Doc(text, lang);
        var acc = Stage.Process(doc).Events.Where(e => e.Type == "ACCUSE").ToList();
        Assert.Equal(2, acc.Count);
        Assert.Contains(acc, e => Names(doc, e.Actors).SequenceEqual(["Ghana"]) && Names(doc, e.Targets).SequenceEqual(["Togo"]));
        Assert.Contains(acc, e => Names(doc, e.Actors).SequenceEqual(["Togo"]) && Names(doc, e.Targets).SequenceEqual(["Ghana"]));
    }

    [Fact]
    public void Without_a_reciprocal_word_the_act_is_not_split()
    {
        var doc = Doc("Ghana and Togo accused the rebels on Tuesday of violating the border.", "en");
        Assert.True(Stage.Process(doc).Events.Count(e => e.Type == "ACCUSE") <= 1);
    }
}
