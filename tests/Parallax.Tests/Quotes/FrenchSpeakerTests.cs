using Parallax.Model;
using Parallax.Quotes;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French speaker attribution outside agency style: verbs of saying from the table (speech-verbs-fr.tsv), colon
/// introductions without a verb of saying, and the holders of sentence-opening frames.
/// </summary>
public class FrenchSpeakerTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    static bool Matches(string phrase) =>
        ReportingVerbs.Matcher.FindLongest(phrase, Parallax.Text.TextFold.Fold(phrase), 0, phrase.Length).Any(m => m.Start == 0 && m.End == phrase.Length);

    [Theory]
    [InlineData("se réjouit-il")]
    [InlineData("s'enthousiasme")]
    [InlineData("s’est réjouie")]
    [InlineData("a savouré")]
    [InlineData("savourait")]
    [InlineData("a-t-elle murmuré")]
    [InlineData("relativise-t-il")]
    [InlineData("ont répliqué")]
    [InlineData("reconnaissait-elle")]
    public void Each_verb_of_the_table_is_in_the_lexicon_in_all_its_forms(string phrase) => Assert.True(Matches(phrase), phrase);

    [Theory]
    [InlineData("juge")]
    [InlineData("menace")]
    [InlineData("note")]
    public void A_present_form_that_is_also_a_common_noun_stays_out(string noun)
    {
        Assert.False(Matches(noun), noun);
        Assert.True(Matches(noun + "-t-il"), noun + "-t-il");
    }

    [Fact]
    public void A_reaction_verb_of_the_table_attributes_the_quotation_next_to_it()
    {
        var d = Run.Text("Le délégué artistique du festival, Marcel Jean, a dressé le bilan dimanche. « Le public a répondu présent comme jamais », se réjouit-il.",
            published: "2024-06-16");
        Assert.Equal("Marcel Jean", Speaker(d, d.QuoteAt("Le public a répondu")));
    }

    [Fact]
    public void A_colon_introduction_without_a_verb_of_saying_takes_the_sentence_subject()
    {
        var d = Run.Text("Le FC Lorient s’est imposé samedi face à Grenoble. « On a enfin été récompensés », a déclaré l’entraîneur Olivier Pantaloni. "
            + "Son capitaine, Laurent Abergel, a marqué le deuxième but. Pantaloni, lui, préfère rester prudent : « Il reste beaucoup de matches ».",
            published: "2024-11-10");
        Assert.Equal("Olivier Pantaloni", Speaker(d, d.QuoteAt("Il reste beaucoup")));
    }

    [Fact]
    public void A_colon_introduction_whose_subject_is_a_pronoun_is_the_previous_speaker()
    {
        var d = Run.Text("« Je dédie ce prix à mon équipe », a déclaré la réalisatrice Chloé Tremblay. Elle savourait : « C’est la plus belle soirée de ma vie ».",
            published: "2024-06-16");
        Assert.Equal("Chloé Tremblay", Speaker(d, d.QuoteAt("C’est la plus belle")));
    }

    [Fact]
    public void A_name_after_a_capitalised_word_is_no_subject_of_a_colon_introduction()
    {
        var d = Run.Text("Hier, Lorient a accueilli Marc Dubois : « Bienvenue à tous ».", published: "2024-06-16");
        Assert.Null(Speaker(d, d.QuoteAt("Bienvenue à tous")));
    }

    [Fact]
    public void A_frame_holder_the_entities_stage_does_not_know_is_named_by_its_words()
    {
        var d = Run.Text("Le conseil municipal de Quimperlé a voté la fermeture de la piscine.\n\nPour le chef de file de l’opposition, Erwan Guivarc’h, "
            + "« la ville abandonne ses quartiers ».", published: "2024-06-05");
        Assert.Equal("Erwan Guivarc’h", Speaker(d, d.QuoteAt("la ville abandonne")));
    }

    [Fact]
    public void A_frame_with_a_bare_noun_points_back_and_one_with_a_complement_points_forward()
    {
        var back = Run.Text("Le conseiller municipal Jean Moreau a voté contre le projet. Aux yeux de l’élu, un référendum s’imposait. "
            + "Le maire de la commune voisine, Pierre Le Guen, a salué la décision.", published: "2024-06-05");
        Assert.Equal("Jean Moreau", Speaker(back, back.QuoteAt("un référendum")));
        var forward = Run.Text("Pour la porte-parole de l’association, « le combat continue ». Claire Dumas, qui milite depuis vingt ans, a été reçue mardi.",
            published: "2024-06-05");
        Assert.Equal("Claire Dumas", Speaker(forward, forward.QuoteAt("le combat continue")));
    }
}
