using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>The seventh English round: a "he"/"she" after a speaker whose gender nothing tells when a person of the
/// pronoun's gender was named since, a quotation going on after one given to an unlinked name, a role's words with the
/// holder in apposition ("Wales’s First Minister, Eluned Morgan,"), "the club" standing for the town that stands for its
/// club, and "the Italian Open" read as no person's name (sentences written for these tests).</summary>
public class EnglishSeventhRoundTests
{
    const string Shelter = "Among the volunteers was Maren Holt, a nurse from Leeds who worked nights at the shelter. She had brought her father, Dennis, a retired miner.\n\n“We came because nobody else would,” she said.\n\nHer father was quieter. “I did forty years underground,” he said. “This is easy.”";

    [Fact]
    public void A_pronoun_of_the_other_gender_takes_the_person_named_since_the_previous_speaker()
    {
        var d = Run.Text(Shelter, published: "2024-05-01");
        Assert.Equal("Maren Holt", d.SpeakerWords(d.QuoteAt("We came because nobody else would")));
        Assert.Equal("Dennis", d.SpeakerWords(d.QuoteAt("I did forty years underground")));
    }

    [Fact]
    public void A_quotation_going_on_after_one_given_to_an_unlinked_name_keeps_it()
    {
        var d = Run.Text(Shelter, published: "2024-05-01");
        Assert.Equal("Dennis", d.SpeakerWords(d.QuoteAt("This is easy.")));
    }

    [Fact]
    public void A_pronoun_of_the_same_gender_as_the_named_speaker_stays_with_the_speaker()
    {
        var d = Run.Text("Priya Nair, a teacher in Hull, said the strike had been hard on families. Her union rep, Tom Baxter, agreed.\n\n“Nobody wanted this,” she said.",
            published: "2024-05-01");
        Assert.Equal("Priya Nair", d.SpeakerWords(d.QuoteAt("Nobody wanted this")));
    }

    [Fact]
    public void A_role_with_its_holder_in_apposition_is_the_holder()
    {
        var d = Run.Text("Wales’s First Minister, Eluned Morgan, told the Senedd that the budget would protect hospitals.", published: "2024-10-01");
        Assert.Equal("Eluned Morgan", d.SpeakerWords(d.QuoteAt("the budget would protect hospitals")));
    }

    [Fact]
    public void The_club_after_a_clause_is_the_town_named_as_the_club_elsewhere()
    {
        var d = Run.Text("Marco Vieri will leave Barcelona at the end of the season, the club announced on Friday.\n\nBarcelona captain Marc Roca told reporters that the squad would miss him.",
            published: "2024-05-01");
        var q = d.QuoteAt("Marco Vieri will leave Barcelona");
        Assert.Equal("Barcelona", d.NameOf(q.Speaker));
        Assert.Equal(Parallax.Model.EntityTypes.Organization, d.Entities.Single(e => e.Id == q.Speaker).Type);
    }

    [Fact]
    public void The_team_is_no_town_that_is_only_a_place()
    {
        var d = Run.Text("Tom Reid won the race in Oslo on Friday. The team said he had trained for two years.", published: "2024-05-01");
        Assert.Null(d.QuoteAt("he had trained for two years").Speaker);
    }

    [Fact]
    public void An_adjective_of_a_people_before_a_title_makes_no_person()
    {
        var d = Run.Text("Karlsson, who won the Italian Open and Wimbledon last year, said he was tired. “I need a rest,” the Swede told reporters.",
            published: "2024-05-01");
        Assert.Equal("Karlsson", d.SpeakerWords(d.QuoteAt("I need a rest")));
    }

    [Fact]
    public void A_person_of_an_organisation_before_the_verb_is_the_subject()
    {
        var d = Run.Text("Analysts were cautious. Gene Munster of Deepwater Asset Management said he expected production to ramp slowly.", published: "2024-05-01");
        Assert.Equal("Gene Munster", d.SpeakerWords(d.QuoteAt("he expected production to ramp slowly")));
    }

    [Fact]
    public void An_organisation_alone_before_the_verb_stays_the_subject()
    {
        var d = Run.Text("Fares will rise in March. Transport for London said the increase was needed to protect services.", published: "2024-05-01");
        Assert.Equal("Transport for London", d.SpeakerWords(d.QuoteAt("the increase was needed")));
    }
}
