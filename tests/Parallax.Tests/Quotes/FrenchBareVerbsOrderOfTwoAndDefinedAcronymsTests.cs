using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French speakers of the thirteenth French round: the bare present of a verb of saying that is also a noun, right after
/// a quotation ("« … », note l’économiste X"); "la première"/"la seconde" of the last two people named; an organisation
/// acronym defined in brackets by a name its initials do not spell ("l’Agence spatiale européenne (ESA)"); an organisation
/// named inside a reported clause is not the speaker of a quotation in it.
/// </summary>
public class FrenchBareVerbsOrderOfTwoAndDefinedAcronymsTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    [Theory]
    [InlineData("« Les loyers ont doublé en dix ans », note l’urbaniste Claire Vasseur.", "Claire Vasseur")]
    [InlineData("« Personne ne nous a prévenus », réplique Bastien Morel, le président du club.", "Bastien Morel")]
    [InlineData("« Les chiffres sont solides », avance de son côté le professeur Gilles Aubert, cardiologue.", "Gilles Aubert")]
    public void A_bare_present_that_is_also_a_noun_is_a_verb_right_after_a_quotation(string sentence, string speaker)
    {
        var d = Run.Text("La commune a présenté son plan mardi. " + sentence, published: "2024-03-12");
        Assert.Equal(speaker, Speaker(d, d.Quotes.First(q => q.Direct)));
    }

    [Fact]
    public void The_noun_inside_a_sentence_stays_a_noun()
    {
        // "la note" and "une avance" here are nouns: no verb of saying, and "Claire Vasseur" does not say the quotation
        var d = Run.Text("Claire Vasseur a rendu sa copie. Le « plan de relance » figure dans la note transmise au maire, avec une avance de trésorerie.",
            published: "2024-03-12");
        Assert.DoesNotContain(d.Quotes, q => q.Speaker != null && d.NameOf(q.Speaker) == "Claire Vasseur");
    }

    [Fact]
    public void An_interviewers_question_stays_nobodys()
    {
        var d = Run.Text("Le maire de Saint-Aubin, Gérard Lemoine, a reçu la presse. « Faut-il craindre des coupures ? », demande la journaliste. "
            + "« Pas cet été », répond l’élu.", published: "2024-06-02");
        Assert.NotEqual("Gérard Lemoine", Speaker(d, d.QuoteAt("Faut-il craindre")));
        Assert.Equal("Gérard Lemoine", Speaker(d, d.QuoteAt("Pas cet été")));
    }

    [Fact]
    public void The_first_and_the_second_are_the_last_two_people_named_in_their_order()
    {
        var d = Run.Text("Arrivée de Namur avec sa fille, Sophie Lambert, maraîchère, n’a pas fermé l’œil. Sa collègue, Nadine Collard, l’accompagne. "
            + "« On travaille à perte », explique la première. « Et les banques ne suivent plus », ajoute la seconde.", published: "2024-02-01");
        Assert.Equal("Sophie Lambert", Speaker(d, d.QuoteAt("On travaille à perte")));
        Assert.Equal("Nadine Collard", Speaker(d, d.QuoteAt("Et les banques")));
    }

    [Fact]
    public void The_first_followed_by_a_noun_and_a_name_is_that_name()
    {
        var d = Run.Text("Sophie Lambert et Nadine Collard ont ouvert la séance. « Nous tiendrons le budget », a assuré la première adjointe, Martine Roux.",
            published: "2024-02-01");
        Assert.Equal("Martine Roux", Speaker(d, d.QuoteAt("Nous tiendrons")));
    }

    [Theory]
    [InlineData("L’Office fédéral de l’environnement (OFEV) publie son rapport.", "OFEV", "Office fédéral de l’environnement")]
    [InlineData("Le rapport de l’Agence spatiale européenne (ESA) est paru.", "ESA", "Agence spatiale européenne")]
    // a person before the bracket, and a capitalised name with no lower-case word, define nothing
    [InlineData("Le ministre belge Paul Durand (MR) a salué l’accord.", "MR", null)]
    [InlineData("Selon le Belge Paul Durand (MR), l’accord tiendra.", "MR", null)]
    public void A_bracketed_acronym_is_defined_by_the_name_before_it_from_a_determiner(string text, string acronym, string? name)
    {
        var span = Parallax.Quotes.Acronyms.FullName(text, Parallax.Text.TextFold.Fold(text), acronym);
        Assert.Equal(name, span is { } s ? text[s.Start..s.End] : null);
    }

    [Fact]
    public void An_organisation_named_inside_a_reported_clause_is_what_it_is_about_not_its_speaker()
    {
        var d = Run.Text("Le ministre de l’Agriculture, Marc Deltour, a reçu les syndicats. Selon lui, la réforme de la PAC devra être votée « avant l’été ».",
            published: "2024-02-01");
        Assert.Equal("Marc Deltour", Speaker(d, d.QuoteAt("avant l’été")));
    }

    [Fact]
    public void A_speaker_after_a_verb_of_saying_inside_the_clause_stands()
    {
        // the quotation follows its own verb of saying inside the sentence: its speaker is that verb's
        var d = Run.Text("Le ministre de l’Agriculture, Marc Deltour, a reçu les syndicats. Selon lui, la réforme avance, et la FNSEA a jugé le texte « trop timide ».",
            published: "2024-02-01");
        Assert.NotEqual("Marc Deltour", Speaker(d, d.QuoteAt("trop timide")));
    }
}
