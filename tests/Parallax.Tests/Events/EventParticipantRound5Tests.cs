using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Participants round 5 (docs/events.md, "Participants round 5"): an act noun after a definite article ("condemned the
/// move") and the object inside a judgement ("called the decision reckless") refer back to the last act told; a person
/// pronoun right after a verb or a trigger's preposition is the object itself, preferably the person its sentence opens
/// with; a description after a demonstrative ("ce responsable de …") refers back whatever complement follows; a described
/// person's gender must agree with the person told before. The sentences are made up.
/// </summary>
public class EventParticipantRound5Tests
{
    static readonly Parallax.Events.EventStage Stage = new();

    [Theory]
    [InlineData("Uganda expelled Kenya's ambassador on Monday. William Ruto condemned the move on Tuesday.", "en")]
    [InlineData("L'Ouganda a expulsé lundi l'ambassadeur du Kenya. William Ruto a condamné la mesure mardi.", "fr")]
    public void A_definite_act_noun_refers_to_the_last_act_told(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var accuse = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["William Ruto"], Names(doc, accuse.Actors));
        Assert.Equal(["Uganda"], Names(doc, accuse.Targets));
    }

    [Fact]
    public void The_object_inside_a_judgement_refers_to_the_last_act_told()
    {
        var doc = EastAfrica("Uganda expelled Kenya's ambassador on Monday. William Ruto called the decision reckless on Tuesday.", "en");
        var accuse = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["William Ruto"], Names(doc, accuse.Actors));
        Assert.Equal(["Uganda"], Names(doc, accuse.Targets));
    }

    [Fact]
    public void A_pronoun_right_after_the_verb_is_the_object_not_a_later_demonym()
    {
        var doc = EastAfrica("The East African Community summoned William Ruto on Monday, accusing him of the expulsion of Ugandan traders.", "en", community: true);
        var accuse = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["William Ruto"], Names(doc, accuse.Targets));
    }

    [Fact]
    public void A_pronoun_after_a_triggers_preposition_is_the_person_the_sentence_opens_with()
    {
        var doc = EastAfrica("William Ruto a été reçu lundi à Kampala par Yoweri Museveni, un an après que la Communauté d'Afrique de l'Est a émis un mandat d'arrêt contre lui.", "fr", community: true);
        var warrant = Assert.Single(doc.Events, e => Names(doc, e.Actors).Contains("East African Community"));
        Assert.Equal(["William Ruto"], Names(doc, warrant.Targets));
    }

    static Parallax.Model.Document Bolivia(string text) => Stage.Process(new DocBuilder(text, "fr", "2024-03-01")
        .Entity("Bolivia", "LOCATION", "BOL", "Bolivie")
        .Entity("Marco Pumari", "PERSON", "BOL", "Marco Pumari")
        .Entity("Luis Arce", "PERSON", "BOL", "Luis Arce")
        .Entity("Potosí", "LOCATION", "BOL", "Potosí")
        .Build());

    [Fact]
    public void A_demonstrative_description_refers_back_whatever_complement_follows()
    {
        var doc = Bolivia("Le militant Marco Pumari a été arrêté. La police bolivienne a interpellé jeudi à Potosí ce responsable de la contestation contre le président Luis Arce.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE" && Names(doc, e.Actors).Contains("Bolivia"));
        Assert.Contains("Marco Pumari", Names(doc, arrest.Targets));
    }

    [Fact]
    public void A_description_without_a_demonstrative_still_stops_at_a_complement()
    {
        var doc = Bolivia("Le militant Marco Pumari a été arrêté. Le gouvernement a dénoncé jeudi l'opposant de Potosí.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE" && Names(doc, e.Targets).Contains("Marco Pumari"));
    }

    [Theory]
    // the knowledge base knows Kamala Harris as a woman: "l'ancien président" is not her, "l'ancienne présidente" may be
    [InlineData("L'ancien président", false)]
    [InlineData("L'ancienne présidente", true)]
    public void A_described_person_agrees_in_gender_with_the_person_told_before(string description, bool resolved)
    {
        var doc = Stage.Process(new DocBuilder($"Kamala Harris est arrivée lundi à Ottawa. {description} a rencontré mardi Justin Trudeau.", "fr", "2024-03-01")
            .Entity("Kamala Harris", "PERSON", "USA", "Kamala Harris")
            .Entity("Justin Trudeau", "PERSON", "CAN", "Justin Trudeau")
            .Entity("Ottawa", "LOCATION", "CAN", "Ottawa")
            .Build());
        var meeting = Assert.Single(doc.Events, e => e.Type == "CONSULT" && e.Trigger is { Start: > 40 });
        Assert.Equal(resolved, Names(doc, meeting.Actors.Concat(meeting.Targets)).Contains("Kamala Harris"));
    }

    [Theory]
    [InlineData("Hundreds of protesters gathered outside the Ugandan embassy in Nairobi on Friday.", "en")]
    [InlineData("Hundreds of protesters gathered outside Uganda's embassy in Nairobi on Friday.", "en")]
    [InlineData("Des centaines de manifestants se sont rassemblés vendredi devant l'ambassade de l'Ouganda à Nairobi.", "fr")]
    public void A_protest_at_an_embassy_is_aimed_at_its_state_not_done_by_it(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2024-03-01")
            .Entity("Uganda", "LOCATION", "UGA", "Uganda", "Ugandan", "Ouganda")
            .Entity("Nairobi", "LOCATION", "KEN", "Nairobi")
            .Build());
        var protest = Assert.Single(doc.Events, e => e.Type == "PROTEST");
        Assert.Equal(["Nairobi"], Names(doc, protest.Actors));
        Assert.Equal(["Uganda"], Names(doc, protest.Targets));
    }
}
