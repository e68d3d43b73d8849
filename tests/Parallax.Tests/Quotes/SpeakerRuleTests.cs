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

    [Fact]
    public void An_incise_inside_a_quotation_over_paragraphs_outranks_selon_in_the_next_paragraph()
    {
        var d = Run.Text("« Le quartier entier a été touché, raconte Hélène Garnier, bénévole à la Croix-Rouge. Les familles dorment dans le gymnase.\n\n"
            + "« Il faudra des mois pour tout reconstruire. »\n\nSelon la mairie de Quimperlé, une quarantaine de maisons sont inhabitables.");
        Assert.Contains("Garnier", d.SpeakerWords(d.QuoteAt("Le quartier entier")));
        Assert.Contains("Garnier", d.SpeakerWords(d.QuoteAt("Il faudra des mois")));
        Assert.Contains("mairie de Quimperlé", d.SpeakerWords(d.QuoteAt("une quarantaine de maisons")));
    }

    [Fact]
    public void Selon_in_the_next_sentence_attributes_only_its_own_sentence()
    {
        var d = Run.Text("« Nous avons tout perdu en une nuit, confie Julien Morvan, agriculteur à Landerneau. » "
            + "Selon la chambre d’agriculture, les pertes dépassent deux millions d’euros.");
        Assert.Contains("Morvan", d.SpeakerWords(d.QuoteAt("Nous avons tout perdu")));
        Assert.Contains("chambre d’agriculture", d.SpeakerWords(d.QuoteAt("les pertes dépassent")));
    }

    [Theory]
    [InlineData("« Les vols reprendront lundi », a indiqué de son côté la compagnie Air Atlantique.", "Air Atlantique")]
    [InlineData("« Aucune fermeture n’est prévue », a précisé pour sa part le ministre Paul Dervaux.", "Paul Dervaux")]
    [InlineData("« Le dossier est complet », a ajouté quant à elle Sophie Lemarchand.", "Sophie Lemarchand")]
    [InlineData("« Nous resterons vigilants », ont déclaré de leur côté Marc Tessier et Anne Roux.", "Marc Tessier")]
    public void A_compound_verb_with_a_trailing_phrase_takes_the_inverted_subject(string sentence, string speaker)
    {
        var d = Run.Text("La réunion s’est tenue mardi à Nantes. " + sentence);
        var q = d.Quotes.Single(q => q.Direct);
        Assert.Contains(speaker, d.SpeakerWords(q));
    }

    [Fact]
    public void An_inverted_pronoun_with_an_adverb_before_the_participle_is_the_previous_speaker()
    {
        var d = Run.Text("Le maire de Brest, Thomas Kerjean, a présenté mardi son budget. « Les impôts locaux n’augmenteront pas », a-t-il "
            + "assuré. « Nous tiendrons nos engagements », a-t-il encore ajouté devant le conseil municipal.");
        Assert.Contains("Kerjean", d.SpeakerWords(d.QuoteAt("Nous tiendrons")));
        Assert.Contains("a-t-il encore ajouté", d.Text[d.QuoteAt("Nous tiendrons").SpeakerSpan!.Value.Start..d.QuoteAt("Nous tiendrons").SpeakerSpan!.Value.End]);
    }

    [Fact]
    public void An_english_incise_inside_a_quotation_outranks_according_to_in_the_next_sentence()
    {
        var d = Run.Text("“The river rose faster than anyone expected,” said Laura Pennington, a volunteer in Millbrook. "
            + "“Some families lost everything.”\n\nAccording to the county council, more than 300 homes were flooded.");
        Assert.Contains("Pennington", d.SpeakerWords(d.QuoteAt("Some families")));
        Assert.Contains("county council", d.SpeakerWords(d.QuoteAt("more than 300 homes")));
    }

    [Fact]
    public void A_compound_verb_with_a_trailing_phrase_reports_the_clause_after_it()
    {
        var d = Run.Text("La grève a perturbé le trafic mardi. Le syndicat Sud-Rail a indiqué de son côté que le mouvement serait reconduit jeudi.");
        Assert.Contains("Sud-Rail", d.SpeakerWords(d.QuoteAt("le mouvement serait reconduit")));
    }

    [Fact]
    public void A_compound_verb_with_a_trailing_phrase_before_a_described_subject_takes_the_person_named_before()
    {
        var d = Run.Text("Le ministre de la Santé, Paul Dervaux, a visité l’hôpital de Lorient. Les urgences restent ouvertes la nuit. "
            + "« Aucune fermeture n’est prévue », a précisé pour sa part le ministre.");
        Assert.Contains("Dervaux", d.SpeakerWords(d.QuoteAt("Aucune fermeture")));
    }
}
