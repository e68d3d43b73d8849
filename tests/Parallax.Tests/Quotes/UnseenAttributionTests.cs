using Parallax.Model;
using Parallax.Quotes;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>Attribution families for text the rules were not written on: unknown organisations named by a noun,
/// interviewers, descriptions that name an organisation themselves, peoples' names as nouns, one place for subject pronouns.</summary>
public class UnseenAttributionTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    [Fact]
    public void An_organisation_noun_followed_by_an_unknown_name_is_the_organisation_a_later_noun_points_to()
    {
        var d = Run.Text("La compagnie aérienne Zelvoria a annulé une centaine de vols jeudi. « Nous conseillons à nos passagers de consulter leur vol », a fait savoir la compagnie.",
            published: "2024-10-10");
        Assert.Equal("Zelvoria", Speaker(d, d.QuoteAt("Nous conseillons")));
    }

    [Fact]
    public void Who_asked_the_question_is_not_the_speaker_and_a_noun_with_its_complement_names_the_organisation()
    {
        var d = Run.Text("Des vols ont été annulés jeudi. Interrogée par l’AFP, la direction générale de l’aviation civile a assuré que le trafic reviendrait à la normale vendredi.",
            published: "2024-10-10");
        var q = d.QuoteAt("le trafic reviendrait");
        Assert.Null(q.Speaker);
        Assert.Equal("la direction générale de l’aviation civile", Speaker(d, q));
    }

    [Fact]
    public void A_peoples_name_as_a_noun_points_to_the_person_named_before()
    {
        var d = Run.Text("L’Espagnol Carlos Alcaraz s’est qualifié jeudi pour les demi-finales. « J’ai trouvé mon rythme dans le deuxième set », a expliqué l’Espagnol en conférence de presse.",
            published: "2024-02-01");
        Assert.Equal("Carlos Alcaraz", Speaker(d, d.QuoteAt("J’ai trouvé")));
    }

    [Fact]
    public void An_english_report_with_a_day_after_the_verb_and_no_that_is_found()
    {
        var d = Run.Text("Boeing said on Tuesday it would slow production of its jets after a panel blew out during an Alaska Airlines flight. “We are taking the time needed to get this right,” the company said in a statement.",
            published: "2024-03-05");
        var reported = d.QuoteAt("it would slow production");
        Assert.False(reported.Direct);
        Assert.Equal("Boeing", Speaker(d, reported));
        // "the company": the organisation that was the subject of a sentence, not the one merely named since
        Assert.Equal("Boeing", Speaker(d, d.QuoteAt("We are taking")));
    }

    [Fact]
    public void Subject_pronouns_come_from_one_lexicon()
    {
        Assert.True(Subjects.Referring["elle"] is { Kind: "person", Gender: 'f', Lang: "fr" });
        Assert.True(Subjects.Referring["they"] is { Group: true, Plural: true });
        Assert.False(Subjects.Referring.ContainsKey("on"));
        Assert.True(Subjects.IsIndefinite("on", "fr"));
        Assert.False(Subjects.IsIndefinite("on", "en"));
        Assert.Contains("they ", Subjects.PersonOrPluralForms);
        Assert.DoesNotContain("it ", Subjects.PersonOrPluralForms);
        Assert.Contains("it ", Subjects.GroupForms);
        const string s = "il a dementi et a assure que tout allait bien";
        var second = Subjects.SecondPredicateSubject(s, 0, s.IndexOf("a assure", StringComparison.Ordinal));
        Assert.Equal((0, 2), (second!.Value.Start, second.Value.End));
        const string e = "it did not reveal the location and later said it was withholding";
        Assert.NotNull(Subjects.SecondPredicateSubject(e, 0, e.IndexOf("said", StringComparison.Ordinal)));
        const string c = "it did not reveal the location, and said it was withholding";
        Assert.Null(Subjects.SecondPredicateSubject(c, 0, c.IndexOf("said", StringComparison.Ordinal)));
        const string o = "cote opposition on juge que";
        Assert.Equal(o.IndexOf(" on ", StringComparison.Ordinal) + 1, Subjects.IndefiniteBefore(o, 0, o.IndexOf("juge", StringComparison.Ordinal), "fr"));
        Assert.Equal(-1, Subjects.IndefiniteBefore(o, 0, o.IndexOf("juge", StringComparison.Ordinal), "en"));
    }
}
