using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French names after a qualified description that the Entities stage may not emit ("la conseillère indépendante Solenn
/// Dagorn"), taken up by a later pronoun, and an interview introduced with such a name (sentences written for these tests).
/// </summary>
public class FrenchQualifiedDescriptionNameTests
{
    const string Council = "Rennes. La conseillère municipale Maëlle Kerrien, élue depuis 2020, a voté contre le budget. « Ce budget oublie les quartiers », a-t-elle estimé.\n\n";

    [Fact]
    public void An_inverted_pronoun_after_a_qualified_description_and_its_name_is_that_name()
    {
        var d = Run.Text(Council + "La conseillère indépendante Solenn Dagorn s’est abstenue. « Je ne voterai pas un texte écrit en une nuit », a-t-elle expliqué.",
            published: "2024-05-01");
        Assert.Equal("Maëlle Kerrien", d.SpeakerWords(d.QuoteAt("Ce budget oublie")));
        Assert.Equal("Solenn Dagorn", d.SpeakerWords(d.QuoteAt("Je ne voterai pas")));
    }

    [Fact]
    public void A_complement_after_the_description_is_not_its_holder()
    {
        // "le pivot des Lions de Brest": the name after "des" is the noun's complement, no person to take "a-t-il"
        var d = Run.Text("Brest. Le meneur Thomas Ollivier a signé un nouveau contrat. « Je reste à la maison », a-t-il souri. "
            + "Le pivot des Lions de Brest a aussi prolongé. « Nous avons un projet », a-t-il ajouté.", published: "2024-05-01");
        Assert.NotEqual("Lions de Brest", d.SpeakerWords(d.QuoteAt("Nous avons un projet")));
    }

    [Fact]
    public void A_speaker_named_again_since_the_later_subject_keeps_the_pronoun()
    {
        var d = Run.Text(Council + "La conseillère indépendante Solenn Dagorn s’est abstenue. « Nous reviendrons en juin », a prévenu Maëlle Kerrien. « Rien n’est fini », a-t-elle ajouté.",
            published: "2024-05-01");
        Assert.Equal("Maëlle Kerrien", d.SpeakerWords(d.QuoteAt("Rien n’est fini")));
    }

    [Fact]
    public void Interview_answers_go_to_the_one_unlinked_name_of_the_introduction()
    {
        var d = Run.Text("Lyon. Pédiatre depuis quinze ans, la docteure Ysaline Cormeraie dirige un service d’urgences. Entretien.\n\n"
            + "Comment se passe l’hiver ?\n\n« Mal. Les lits manquent chaque soir, et les équipes sont épuisées. »\n\n"
            + "Que demandez-vous ?\n\n« Des moyens, et du temps pour former les internes. »", published: "2024-01-10");
        Assert.Equal("Ysaline Cormeraie", d.SpeakerWords(d.QuoteAt("Mal. Les lits")));
        Assert.Equal("Ysaline Cormeraie", d.SpeakerWords(d.QuoteAt("Des moyens")));
    }
}
