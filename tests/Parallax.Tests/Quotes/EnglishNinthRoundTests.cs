using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>English titles written with capitals and read as descriptions ("The outgoing Prime Minister said", "State Sen."
/// before a name), organisation nouns after adjectives of scope ("the continental agency"), and colon introductions with
/// no verb of saying ("Smith was blunt: “…”") (sentences written for these tests).</summary>
public class EnglishNinthRoundTests
{
    [Fact]
    public void A_capitalised_title_as_subject_is_the_person_just_named()
    {
        var d = Run.Text("Labour leader Tom Reed conceded defeat shortly after midnight. The outgoing Prime Minister said he had phoned his rival to congratulate him.",
            published: "2024-05-01");
        Assert.Equal("Tom Reed", d.SpeakerWords(d.QuoteAt("he had phoned his rival")));
    }

    [Fact]
    public void A_capitalised_title_alone_after_the_is_the_holder_named_before()
    {
        var d = Run.Text("Governor Kate Lyle visited the flooded valley on Sunday. The Governor said the state would pay for the repairs.",
            published: "2024-05-01");
        Assert.Equal("Kate Lyle", d.SpeakerWords(d.QuoteAt("the state would pay for the repairs")));
    }

    [Fact]
    public void An_abbreviated_title_before_a_name_is_no_one_a_pronoun_points_back_to()
    {
        var d = Run.Text("The Senate passed the housing bill on Tuesday. State Sen. Mary Olsen, a Democrat, said the vote was historic. “This matters to every renter,” she said.",
            published: "2024-05-01");
        Assert.Equal("Mary Olsen", d.SpeakerWords(d.QuoteAt("This matters to every renter")));
    }

    [Fact]
    public void A_surname_that_is_also_a_title_noun_stays_a_name()
    {
        var d = Run.Text("Newspapers keep cutting staff, Doctor says, and readers notice the thinner pages.", published: "2024-05-01");
        var q = d.QuoteAt("Newspapers keep cutting staff");
        Assert.Equal("Doctor", d.SpeakerWords(q));
    }

    [Fact]
    public void An_organisation_noun_after_an_adjective_of_scope_is_the_organisation_named_before()
    {
        var d = Run.Text("The Pan-African Health Network announced a vaccine plan on Monday. The continental agency said it needed more funding from donors.",
            published: "2024-05-01");
        Assert.Contains("Pan-African Health Network", d.SpeakerWords(d.QuoteAt("it needed more funding from donors")));
    }

    [Fact]
    public void An_organisation_noun_after_a_domain_modifier_still_names_an_institution_of_its_own()
    {
        var d = Run.Text("Harbour Rail apologised for the delays on Monday. The county fire department said two carriages had been damaged.",
            published: "2024-05-01");
        Assert.Equal("The county fire department", d.SpeakerWords(d.QuoteAt("two carriages had been damaged")));
    }

    [Fact]
    public void A_colon_introduction_without_a_verb_of_saying_takes_the_name_that_opens_it()
    {
        var d = Run.Text("The council voted to close the swimming pool. Councillor Mark Jones was blunt: “We have no money left.”",
            published: "2024-05-01");
        Assert.Equal("Mark Jones", d.SpeakerWords(d.QuoteAt("We have no money left")));
        var e = Run.Text("The pool closed on Friday. The manager, Tom Vale, put it simply: “We ran out of money.”", published: "2024-05-01");
        Assert.Equal("Tom Vale", e.SpeakerWords(e.QuoteAt("We ran out of money")));
    }

    [Fact]
    public void A_name_after_lower_case_words_before_a_colon_is_an_object_not_the_speaker()
    {
        var d = Run.Text("The inquiry heard evidence all week. The panel then turned to Mark Jones: “Who signed the contract?”", published: "2024-05-01");
        Assert.Equal("", d.SpeakerWords(d.QuoteAt("Who signed the contract")));
    }
}
