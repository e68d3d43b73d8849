using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English descriptions that are the subject of a reported clause, not the speaker ("said the Premier had made
/// “a shambles”"); organisations described by their kind ("the airline said", "police said", "according to the force");
/// a second predicate sharing its first one's subject; a person named right after an organisation after "according to";
/// an organisation with a relative clause before its verb (sentences written for these tests).</summary>
public class EnglishClauseSubjectAndOrganisationKindTests
{
    [Fact]
    public void A_description_that_opens_the_reported_clause_is_not_the_speaker_of_a_partial_quotation_in_it()
    {
        var d = Run.Text("Premier Anna Marsh presented her budget on Monday.\n\nOpposition leader Ben Tolley said the Premier had made “a shambles” of the state’s finances.",
            published: "2024-03-02");
        Assert.Equal("Ben Tolley", d.SpeakerWords(d.QuoteAt("a shambles")));
    }

    [Fact]
    public void A_description_after_a_second_verb_of_saying_is_its_clause_subject()
    {
        var d = Run.Text("Kent Police said 12 officers were hurt in the disorder.\n\nChief Inspector Rosa Kell described the scenes as “shameful” and said the force would find everyone involved.",
            published: "2024-03-02");
        Assert.Equal("Rosa Kell", d.SpeakerWords(d.QuoteAt("shameful")));
    }

    [Fact]
    public void An_inverted_description_after_the_quotation_is_still_the_speaker()
    {
        var d = Run.Text("Health Minister Jo Pratt visited the ward on Tuesday. “Nobody should wait this long,” said the minister.",
            published: "2024-03-02");
        Assert.Equal("Jo Pratt", d.SpeakerWords(d.QuoteAt("Nobody should wait this long")));
    }

    [Fact]
    public void A_pronoun_opening_the_reported_clause_still_points_to_the_speaker()
    {
        var d = Run.Text("Fire crews were called to the flats at 2 a.m.\n\nOne neighbour, who gave his name only as Rob, said he had climbed out of a window: “The stairs were full of smoke.”",
            published: "2024-03-02");
        Assert.Equal("Rob", d.SpeakerWords(d.QuoteAt("The stairs were full of smoke")));
    }

    [Theory]
    [InlineData("Both men were later released on bail")]
    [InlineData("A third man had been questioned")]
    public void Police_with_no_determiner_and_the_force_are_the_police_force_named_before(string clause)
    {
        var d = Run.Text("Kent Police arrested two men in Dover on Friday after a lorry was stopped at the port.\n\nBoth men were later released on bail, police said. A third man had been questioned, according to the force.",
            published: "2024-03-02");
        Assert.Equal("Kent Police", d.SpeakerWords(d.QuoteAt(clause)));
    }

    [Fact]
    public void The_airline_is_not_a_police_force_named_since()
    {
        var d = Run.Text("Qantas said on Monday it would cut 200 jobs.\n\nTwo of its pilots had been suspended, Dorset Police said. The airline said it was helping the inquiry.",
            published: "2024-03-02");
        Assert.Equal("Qantas", d.SpeakerWords(d.QuoteAt("it was helping the inquiry")));
    }

    [Fact]
    public void The_force_is_the_police_force_and_not_the_airline()
    {
        var d = Run.Text("Qantas said on Monday it would cut 200 jobs.\n\nTwo of its pilots had been suspended, Dorset Police said. The force said it was questioning a third man.",
            published: "2024-03-02");
        Assert.Equal("Dorset Police", d.SpeakerWords(d.QuoteAt("it was questioning a third man")));
    }

    [Fact]
    public void A_second_predicate_shares_the_first_ones_subject_not_a_name_inside_its_clause()
    {
        var d = Run.Text("The Harlow Weather Office said Jane Ross had measured the highest tide in a decade, but warned that heavy rain could flood the valley.",
            published: "2024-03-02");
        Assert.Equal("Harlow Weather Office", d.SpeakerWords(d.QuoteAt("heavy rain could flood the valley")));
    }

    [Fact]
    public void According_to_an_organisations_scientist_is_the_scientist_and_the_organisation_alone_stays()
    {
        var d = Run.Text("The capsule returned to Earth on Sunday, according to NASA scientist Jo Fell. It landed in the desert, according to NASA.",
            published: "2024-03-02");
        Assert.Equal("Jo Fell", d.SpeakerWords(d.QuoteAt("The capsule returned to Earth")));
        Assert.Equal("NASA", d.SpeakerWords(d.QuoteAt("It landed in the desert")));
    }

    [Theory]
    [InlineData("NASA, which paid Boeing $4 billion to build the capsule, said the test flight had been a success.", "NASA")]
    [InlineData("Anna Kerr, who worked with Ben Ash for a decade, said the test flight had been a success.", "Anna Kerr")]
    public void An_organisation_or_a_person_before_a_relative_clause_is_the_subject_not_a_name_inside_it(string text, string speaker)
    {
        var d = Run.Text(text, published: "2024-03-02");
        Assert.Equal(speaker, d.SpeakerWords(d.QuoteAt("the test flight had been a success")));
    }
}
