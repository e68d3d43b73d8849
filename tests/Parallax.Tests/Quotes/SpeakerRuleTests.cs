using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>Speaker attribution rules of the third French round: roles resolved to the person introduced with them,
/// regional demonyms as speakers, names in apposition the Entities stage missed, gender from an apposed noun.</summary>
public class SpeakerRuleTests
{

    [Fact]
    public void A_role_noun_takes_the_person_introduced_with_it_not_the_last_subject()
    {
        var d = Run.Text("« Les faits sont graves », a estimé le procureur de la République, Frédéric Lemaire. L’avocat de la défense, "
            + "Me Arnaud Kervella, a plaidé la relaxe. « Mon client est innocent », a martelé l’avocat. Le procureur a rappelé que "
            + "le prévenu pouvait encore faire appel.");
        Assert.Contains("Lemaire", d.SpeakerWords(d.QuoteAt("le prévenu pouvait")));
        Assert.Contains("Kervella", d.SpeakerWords(d.QuoteAt("Mon client")));
    }

    [Fact]
    public void An_english_role_noun_takes_the_person_introduced_with_it()
    {
        var d = Run.Text("Coach Mike Reilly praised his defence after the game. Striker Tom Hadley scored twice. “We were patient,” "
            + "Hadley said. “It was our best half of the season,” the coach added.");
        Assert.Contains("Reilly", d.SpeakerWords(d.QuoteAt("It was our best")));
    }

    [Fact]
    public void A_regional_demonym_after_the_verb_is_the_person_named_before()
    {
        var d = Run.Text("Buteur pour Lens, Elias Kerbrat savourait après la rencontre. « On savait qu’ils allaient craquer », a expliqué "
            + "le Normand au micro de Canal+.");
        Assert.Contains("Kerbrat", d.SpeakerWords(d.QuoteAt("On savait")));
        var toulouse = Run.Text("Léon Martel a remporté mercredi le 200 m brasse. « Je n’arrive pas à y croire », a déclaré le Toulousain de 22 ans.");
        Assert.Contains("Martel", toulouse.SpeakerWords(toulouse.QuoteAt("Je n’arrive")));
    }

    [Fact]
    public void A_capitalised_title_is_no_demonym()
    {
        var d = Run.Text("Marc Durand a quitté la réunion. Selon Le Parisien, la séance a été suspendue.");
        Assert.DoesNotContain(d.Quotes, q => d.SpeakerWords(q).Contains("Durand"));
    }

    [Fact]
    public void A_name_in_apposition_to_a_role_is_the_speaker_and_a_referent()
    {
        var d = Run.Text("La cheffe de file des députés écologistes, Cyrielle Chatelain, a critiqué vendredi le gouvernement. « On ne peut "
            + "pas gouverner contre le Parlement », a-t-elle lancé lors d’une conférence de presse, entourée de plusieurs députés.");
        Assert.Contains("Cyrielle Chatelain", d.SpeakerWords(d.QuoteAt("On ne peut")));
    }

    [Fact]
    public void A_name_inside_the_complement_of_a_role_gives_way_to_the_name_in_apposition()
    {
        var d = Run.Text("Le maire de Kehl, Wolfram Britz, a salué « une coopération exemplaire ». « Nos habitants attendaient ce jour », "
            + "a affirmé l’élu allemand.");
        Assert.Contains("Wolfram Britz", d.SpeakerWords(d.QuoteAt("une coopération")));
        Assert.Contains("Wolfram Britz", d.SpeakerWords(d.QuoteAt("Nos habitants")));
    }

    [Fact]
    public void A_gendered_noun_in_apposition_gives_a_pronoun_its_referent()
    {
        var d = Run.Text("Karine Duverger, éleveuse de bovins, bloque l’autoroute depuis mardi. « On ne partira pas », prévient-elle.\n\n"
            + "À ses côtés, son voisin Bernard Labat acquiesce. « Mon fils ne reprendra pas la ferme », soupire le retraité.\n\n"
            + "« Nous tiendrons le temps qu’il faudra », a-t-elle répété mercredi.");
        Assert.Contains("Duverger", d.SpeakerWords(d.QuoteAt("Nous tiendrons")));
        Assert.Contains("Labat", d.SpeakerWords(d.QuoteAt("Mon fils")));
    }

    [Fact]
    public void The_new_verbs_and_nouns_are_data()
    {
        Assert.Contains(Parallax.DataFiles.ReadLines("Quotes/data/person-nouns.txt"), l => l.Contains("technicien"));
        Assert.Contains(Parallax.DataFiles.ReadTsv("Quotes/data/reporting-verbs.tsv"), r => r[1] == "a justifie");
        var d = Run.Text("Michel Aubry a défendu son bilan. « Il fallait agir vite », a justifié le technicien.");
        Assert.Contains("Aubry", d.SpeakerWords(d.QuoteAt("Il fallait")));
    }
}
