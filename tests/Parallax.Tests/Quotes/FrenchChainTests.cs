using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French speakers described with their organisation ("a confié l’attaquant du Real Madrid") and speeches carried on
/// by a verb of continuation ("a poursuivi la joueuse de 29 ans") — sentences written for these tests.
/// </summary>
public class FrenchChainTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    [Fact]
    public void A_described_person_of_an_organisation_is_a_person_not_the_organisation()
    {
        var d = Run.Text("Kylian Mbappé a inscrit un doublé samedi soir au Bernabéu. « Je suis surtout heureux pour le groupe », a confié l’attaquant du Real Madrid au micro de la chaîne.",
            published: "2025-03-02");
        Assert.Equal("Kylian Mbappé", Speaker(d, d.QuoteAt("Je suis surtout heureux")));
    }

    [Fact]
    public void A_role_whose_holder_is_named_in_apposition_keeps_the_holder()
    {
        var d = Run.Text("« Nous ne céderons rien sur la sécurité des agents », a affirmé le directeur de la SNCF, Bertrand Maurois, devant les syndicats.",
            published: "2025-03-02");
        Assert.Equal("Bertrand Maurois", Speaker(d, d.QuoteAt("Nous ne céderons rien")));
    }

    [Fact]
    public void A_verb_of_continuation_carries_the_previous_speech_on_past_a_person_named_in_it()
    {
        var d = Run.Text("Léa Dumont n’a pas réussi à décrocher le titre. La Lyonnaise s’est inclinée dimanche en finale face à l’Allemande Laura Siegemund. "
            + "« Elle a été meilleure que moi », a admis la Française en conférence de presse.\n\n"
            + "« Je repars quand même avec beaucoup de confiance », a poursuivi la joueuse de 29 ans.", published: "2025-03-02");
        Assert.Equal("Léa Dumont", Speaker(d, d.QuoteAt("Je repars quand même")));
    }

    [Fact]
    public void A_verb_of_continuation_does_not_carry_on_past_a_person_named_between_the_quotations()
    {
        var d = Run.Text("« Le dossier avance enfin », a déclaré Paul Henry, le maire de la commune. Sa collègue Anne Morel, adjointe aux finances, était présente aussi. "
            + "« Le budget est bouclé depuis lundi », a-t-elle ajouté.", published: "2025-03-02");
        Assert.Equal("Anne Morel", Speaker(d, d.QuoteAt("Le budget est bouclé")));
    }

    [Fact]
    public void A_verb_of_continuation_with_a_pronoun_of_the_other_gender_does_not_carry_on()
    {
        var d = Run.Text("Marc Vidal et Sophie Lenoir ont présenté le projet jeudi. « Le chantier commencera en mai », a annoncé Marc Vidal devant la presse. "
            + "« Les riverains seront consultés », a-t-elle ajouté.", published: "2025-03-02");
        Assert.NotEqual("Marc Vidal", Speaker(d, d.QuoteAt("Les riverains seront")));
    }
}
