using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>French speakers described rather than named: a people's name used as a noun for one of two people ("a
/// reconnu l’Italien", "L’Américaine … a salué", "la Française a promis"), or by a given name alone after "Pour" (sentences written for these tests).</summary>
public class FrenchSpeakerDescriptionTests
{
    [Fact]
    public void A_second_peoples_name_points_to_the_other_of_two_people()
    {
        var d = Run.Text("Luca Moretti a remporté dimanche le tournoi de Rotterdam en battant Javier Ortega en trois sets. "
            + "« J’ai trouvé mon meilleur tennis au bon moment », a confié l’Italien après la rencontre.\n\n"
            + "Son adversaire, lui, ne cachait pas sa frustration. « Je n’ai pas su saisir mes occasions », a reconnu l’Espagnol devant la presse.",
            published: "2024-02-18");
        Assert.Equal("Javier Ortega", d.SpeakerWords(d.QuoteAt("Je n’ai pas su saisir")));
    }

    [Fact]
    public void A_peoples_name_after_the_article_is_a_description_not_a_name()
    {
        var d = Run.Text("L’Allemande Angelique Kerber a dominé la Française Caroline Garcia mercredi à Stuttgart. "
            + "« Je me sens de mieux en mieux sur terre battue », a expliqué Angelique Kerber.\n\n"
            + "Battue en deux sets, la Française a promis de « revenir plus forte la saison prochaine ».",
            published: "2024-04-17");
        Assert.Equal("Caroline Garcia", d.SpeakerWords(d.QuoteAt("revenir plus forte")));
    }

    [Fact]
    public void A_lone_given_name_after_pour_holds_the_quotation()
    {
        var d = Run.Text("La ville de Nantes a ouvert lundi une nouvelle ligne de tramway vers l’aéroport. « C’est un projet attendu depuis "
            + "vingt ans », a déclaré la maire, Johanna Rolland.\n\n"
            + "Pour Mathieu, infirmier de 41 ans rencontré à l’arrêt Commerce, « le trajet prend enfin moins d’une demi-heure ».",
            published: "2024-09-02");
        Assert.Equal("Mathieu", d.SpeakerWords(d.QuoteAt("le trajet prend enfin")));
    }
}
