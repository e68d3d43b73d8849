using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English speakers set off by a long relative clause, addressees before a reported clause ("told police he
/// …", "told the BBC she …"), organisations that open a sentence with a participle of saying, and people named by
/// the noun for their people after an age ("the 27-year-old Pole") (sentences written for these tests).</summary>
public class EnglishDescribedSpeakerTests
{
    [Fact]
    public void A_long_relative_clause_after_the_subject_is_not_reported_content()
    {
        var d = Run.Text("Maria Lopez, who had chaired the housing committee and the finance committee for most of the last decade, said she would not run again.",
            published: "2024-05-01");
        Assert.DoesNotContain(d.Quotes, q => d.Text[q.Start..q.End].StartsWith("Maria Lopez, who", StringComparison.Ordinal));
        var q = d.QuoteAt("she would not run again");
        Assert.False(q.Direct);
        Assert.Equal("Maria Lopez", d.SpeakerWords(q));
    }

    [Fact]
    public void A_clause_after_a_described_addressee_keeps_its_subject_pronoun()
    {
        var d = Run.Text("A delivery driver, Sam Ortiz, told police he had been forced off the road by a van.", published: "2024-05-01");
        var q = d.QuoteAt("he had been forced off the road");
        Assert.Equal("Sam Ortiz", d.SpeakerWords(q));
    }

    [Fact]
    public void A_clause_after_the_named_addressee_of_told_the_starts_at_its_subject()
    {
        var d = Run.Text("Councillor Rachel Kim told the Guardian she had not been consulted about the closure.", published: "2024-05-01");
        var q = d.QuoteAt("she had not been consulted");
        Assert.Equal("Rachel Kim", d.SpeakerWords(q));
        Assert.DoesNotContain(d.Quotes, x => d.Text[x.Start..x.End].StartsWith("Guardian", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organisation_opening_the_sentence_is_the_subject_of_its_participle_of_saying()
    {
        var d = Run.Text("Developer Alan Price lost his appeal at the High Court on Monday.\n\nThe parish council welcomed the ruling, saying it would protect the village green for good.",
            published: "2024-05-01");
        var q = d.QuoteAt("it would protect the village green");
        Assert.Equal("The parish council", d.SpeakerWords(q));
    }

    [Fact]
    public void A_bare_organisation_noun_before_a_participle_is_the_organisation_named_before()
    {
        var d = Run.Text("Microsoft cut 1,900 jobs in its gaming division on Thursday.\n\nThe company thanked the staff, saying the cuts were part of a wider review.",
            published: "2024-05-01");
        Assert.Equal("Microsoft", d.NameOf(d.QuoteAt("the cuts were part of a wider review").Speaker));
    }

    [Fact]
    public void The_noun_for_a_people_after_an_age_is_no_name_of_its_own()
    {
        var d = Run.Text("Novak Petrovic reached the final in Rome on Saturday. “I never stopped believing,” the 27-year-old Pole said.", published: "2024-05-01");
        Assert.DoesNotContain(d.Entities, e => e.Name == "Pole");
        Assert.Equal("Novak Petrovic", d.SpeakerWords(d.QuoteAt("I never stopped believing")));
    }

    [Fact]
    public void An_institution_named_by_its_kind_is_not_the_agency_named_before()
    {
        var d = Run.Text("The National Weather Service said the storm would reach the coast by noon. The county fire department said two roads were closed by fallen trees.",
            published: "2024-05-01");
        Assert.Equal("The county fire department", d.SpeakerWords(d.QuoteAt("two roads were closed")));
    }

    [Fact]
    public void A_bare_institution_noun_is_the_unnamed_voice_heard_with_that_noun()
    {
        var d = Run.Text("A landslide buried part of a mountain road overnight, the transport ministry said on Sunday. “The whole hillside moved at once,” said Tenzin Dorje, a driver who escaped.\n\nThe ministry said rescue crews had reached the site by dawn.",
            published: "2024-05-01");
        Assert.Equal("the transport ministry", d.SpeakerWords(d.QuoteAt("rescue crews had reached the site")));
    }

    [Fact]
    public void An_adjective_before_a_noun_that_is_no_public_body_does_not_make_a_speaker()
    {
        var d = Run.Text("Governor Kate Brennan launched a road safety drive on Monday.\n\nBrennan called the new campaign a “long overdue” step for the state.",
            published: "2024-05-01");
        Assert.Equal("Kate Brennan", d.SpeakerWords(d.QuoteAt("long overdue")));
    }

    [Fact]
    public void A_peoples_adjective_before_an_institution_noun_names_the_institution()
    {
        var d = Run.Text("Gazprom cut gas deliveries to Austria on Monday. The Russian energy ministry said supplies would resume within a week.",
            published: "2024-05-01");
        Assert.Equal("The Russian energy ministry", d.SpeakerWords(d.QuoteAt("supplies would resume within a week")));
    }
}
