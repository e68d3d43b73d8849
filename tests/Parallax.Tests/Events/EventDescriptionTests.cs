using Parallax.Events;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Participants named by a description of a person told before ("l'ancien président", "the opposition leader",
/// "la cheffe de file de X"; Events/data/stand-ins.tsv, kind person), reactions to a ruling aimed at whoever convicted
/// the one reacting (Events/data/participant-words.tsv, kinds ruling and ruling-determiner), French convictions in the
/// passive, and words of an organisation's name that are no trigger. The sentences are made up.
/// </summary>
public class EventDescriptionTests
{
    static readonly EventStage Stage = new();

    static Parallax.Model.Document Court(string text, string lang) =>
        Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("High Court of Uganda", "ORGANIZATION", "UGA", "Haute Cour de Kampala", "High Court in Kampala")
            .Entity("Kizza Besigye", "PERSON", "UGA", "Kizza Besigye", "Besigye").Build());

    [Theory]
    [InlineData("La Haute Cour de Kampala a condamné mardi Kizza Besigye à sept ans de prison. L'opposant a dénoncé une « décision politique ».", "fr")]
    [InlineData("The High Court in Kampala sentenced Kizza Besigye to seven years in prison on Tuesday. The opposition leader denounced the ruling as political.", "en")]
    public void A_description_stands_for_the_person_and_a_ruling_for_its_author(string text, string lang)
    {
        var doc = Court(text, lang);
        var sanction = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["High Court of Uganda"], Names(doc, sanction.Actors));
        Assert.Equal(["Kizza Besigye"], Names(doc, sanction.Targets));
        var reaction = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Kizza Besigye"], Names(doc, reaction.Actors));
        Assert.Equal(["High Court of Uganda"], Names(doc, reaction.Targets));
    }

    [Fact]
    public void A_french_conviction_in_the_passive_is_the_court_s()
    {
        var doc = Court("Kizza Besigye a été condamné mardi par la Haute Cour de Kampala à sept ans de prison.", "fr");
        var sanction = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["High Court of Uganda"], Names(doc, sanction.Actors));
        Assert.Equal(["Kizza Besigye"], Names(doc, sanction.Targets));
    }

    [Theory]
    [InlineData("Uhuru Kenyatta a quitté le pouvoir en 2022. Mardi, l'ancien président a accusé l'Ouganda de fermer la frontière.", "fr")]
    [InlineData("Uhuru Kenyatta left office in 2022. On Tuesday the former president accused Uganda of closing the border.", "en")]
    public void A_former_office_holder_is_the_person_told_before(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "Uganda")
            .Entity("Uhuru Kenyatta", "PERSON", "KEN", "Uhuru Kenyatta").Build());
        var ev = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Uhuru Kenyatta"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Fact]
    public void A_leader_described_by_the_party_is_the_person_told_before()
    {
        var doc = Stage.Process(new DocBuilder(
                "Robert Kyagulanyi s'est rendu lundi à Nairobi. Le chef de file du Forum pour le changement démocratique a accusé le Kenya de complicité.", "fr", "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya")
            .Entity("Nairobi", "LOCATION", "KEN", "Nairobi")
            .Entity("Forum for Democratic Change", "ORGANIZATION", "UGA", "Forum pour le changement démocratique")
            .Entity("Robert Kyagulanyi", "PERSON", "UGA", "Robert Kyagulanyi").Build());
        var ev = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Contains("Robert Kyagulanyi", Names(doc, ev.Actors));
        Assert.Equal(["Kenya"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Le Rassemblement pour la démocratie a accusé l'Ouganda de fraude.", "fr")]
    public void A_word_of_an_organisation_s_name_is_no_trigger(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Uganda", "LOCATION", "UGA", "Ouganda")
            .Entity("Rassemblement pour la démocratie", "ORGANIZATION", "UGA", "Rassemblement pour la démocratie").Build());
        Assert.DoesNotContain(doc.Events, e => e.Type == "PROTEST");
        Assert.Single(doc.Events, e => e.Type == "ACCUSE");
    }

    [Theory]
    [InlineData("Le Kenya a arrêté lundi Kizza Besigye. L'Ouganda a dénoncé une décision illégale.", "fr")]
    [InlineData("Kenya arrested Kizza Besigye on Monday. Uganda denounced the decision as illegal.", "en")]
    public void A_ruling_is_aimed_at_its_author_only_when_the_one_reacting_underwent_it(string text, string lang)
    {
        // the one reacting is not the one arrested: the ruling rule gives no recipient (the demonstrative rule may)
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya")
            .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "Uganda")
            .Entity("Kizza Besigye", "PERSON", "UGA", "Kizza Besigye").Build());
        var ev = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Uganda"], Names(doc, ev.Actors));
        Assert.DoesNotContain("Kizza Besigye", Names(doc, ev.Targets));
    }
}
