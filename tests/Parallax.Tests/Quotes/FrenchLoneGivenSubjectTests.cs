using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>French: a lone given name set off by a comma before an age or a description, opening its sentence (past a
/// fronted phrase of place), is the subject a quotation with no verb of saying of its own goes to — after a colon or as
/// the sentence that follows (sentences written for these tests).</summary>
public class FrenchLoneGivenSubjectTests
{
    [Fact]
    public void A_lone_given_name_opening_the_sentence_holds_the_quotation_after_the_colon()
    {
        var d = Run.Text("La direction du groupe Valmont a confirmé jeudi la fermeture de son usine de Vierzon.\n\n"
            + "Devant le portail, Bernard, cariste depuis dix-huit ans, serre les poings : « On nous a menti jusqu’au bout. »",
            published: "2024-05-01");
        Assert.Equal("Bernard", d.SpeakerWords(d.QuoteAt("On nous a menti")));
    }

    [Fact]
    public void A_lone_given_name_before_an_age_holds_the_quotation_standing_after_its_sentence()
    {
        var d = Run.Text("Le conseil municipal de Niort a voté lundi la fermeture de la piscine du quartier nord.\n\n"
            + "Au bord du bassin, Yacine, 15 ans, range son sac de sport. « Je venais ici tous les mercredis avec mon frère. »",
            published: "2024-05-01");
        Assert.Equal("Yacine", d.SpeakerWords(d.QuoteAt("Je venais ici")));
    }

    [Fact]
    public void A_common_given_name_the_list_now_holds_opens_a_pour_frame()
    {
        var d = Run.Text("La ligne de tramway de Montpellier est coupée depuis trois jours par des travaux.\n\n"
            + "Pour Samia, infirmière, « le trajet du matin prend maintenant une heure ».",
            published: "2024-05-01");
        Assert.Equal("Samia", d.SpeakerWords(d.QuoteAt("le trajet du matin")));
    }
}
