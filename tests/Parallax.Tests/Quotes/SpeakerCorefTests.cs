using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>In-document speaker coreference (SpeakerCoref): descriptions and pronouns that point back to a speaker.</summary>
public class SpeakerCorefTests
{

    [Fact]
    public void A_described_speaker_takes_the_person_of_the_same_gender_named_before()
    {
        var d = Run.Text("Le maire, Pierre Dupuis, a reçu mardi la préfète, Claire Martin. « Nous avons trouvé un accord », a déclaré la préfète.");
        var q = Assert.Single(d.Quotes, q => q.Direct);
        Assert.Contains("Claire Martin", d.SpeakerWords(q));
    }

    [Fact]
    public void A_spokesperson_speaks_for_the_organisation_named_after_the_noun()
    {
        var d = Run.Text("Le porte-parole de la mairie a indiqué jeudi que la réforme serait présentée en mars.");
        var q = Assert.Single(d.Quotes);
        Assert.False(q.Direct);
        Assert.Contains("mairie", d.SpeakerWords(q));
    }

    [Fact]
    public void The_government_spokesperson_is_the_office_holder_on_the_publication_date()
    {
        // the French government's spokesperson (role-defaults.tsv) on two dates: the knowledge base's dated roles decide
        var before = Run.Text("Le porte-parole du gouvernement a indiqué jeudi que la réforme serait présentée en mars.", published: "2024-10-02");
        Assert.Equal("Maud Bregeon", before.SpeakerWords(Assert.Single(before.Quotes)));
        var after = Run.Text("Le porte-parole du gouvernement a indiqué jeudi que la réforme serait présentée en mars.", published: "2025-02-12");
        Assert.NotEqual("Maud Bregeon", after.SpeakerWords(Assert.Single(after.Quotes)));
    }

    [Fact]
    public void A_described_organisation_takes_the_name_in_apposition_before()
    {
        var d = Run.Text("The union, Unite Workers Alliance, met the managers on Friday. The group said that the talks had failed after six hours.");
        var q = Assert.Single(d.Quotes);
        Assert.Contains("Unite Workers Alliance", d.SpeakerWords(q));
    }

    [Fact]
    public void A_described_organisation_before_a_relative_clause_is_the_subject()
    {
        var d = Run.Text("Norvale Industries opened a plant in Ohio in 2019. The company, which employs 4,000 people, confirmed on Monday that it would close the plant.");
        var q = Assert.Single(d.Quotes, q => !q.Direct);
        Assert.Contains("Norvale Industries", d.SpeakerWords(q));
    }

    [Fact]
    public void Without_anyone_named_before_a_description_stays_unattributed()
    {
        var d = Run.Text("« Nous avons trouvé un accord », a déclaré la préfète.");
        var q = Assert.Single(d.Quotes);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Gender_and_pronoun_lexicons_are_data()
    {
        var given = Parallax.DataFiles.ReadTsv("Quotes/data/given-names.tsv").ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("f", given["Claire"]);
        Assert.Equal("m", given["Pierre"]);
        Assert.False(given.ContainsKey("Dominique"), "names given to both sexes are left out");
        var pronouns = Parallax.DataFiles.ReadTsv("Quotes/data/coref-pronouns.tsv").ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("person", pronouns["elle"]);
        Assert.Equal("group", pronouns["it"]);
    }

    [Fact]
    public void An_organisation_named_only_by_a_noun_and_its_complement_is_named_by_those_words()
    {
        var d = Run.Text("La direction du groupe minier a fait savoir dans un communiqué que toutes les études avaient été menées.", published: "2024-04-12");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("La direction du groupe minier", d.SpeakerWords(q));
        // with an organisation named before, the noun points back to it instead
        var named = Run.Text("Norvale Industries a confirmé la fermeture. La direction du site a fait savoir que les salariés seraient reclassés.");
        Assert.Contains("Norvale", named.SpeakerWords(Assert.Single(named.Quotes)));
    }

    [Fact]
    public void A_possessive_entourage_noun_speaks_for_the_person_named_before()
    {
        var d = Run.Text("Le Premier ministre israélien, Benyamin Nétanyahou, a reçu l'émissaire américain. Selon son bureau, les deux hommes ont évoqué la libération des otages.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("Benjamin Netanyahu", d.NameOf(q.Speaker));
        var en = Run.Text("Senator Clara Whitmore returned to Washington on Monday. Her office said she would vote against the bill.");
        Assert.Contains("Whitmore", en.SpeakerWords(Assert.Single(en.Quotes)));
    }

    [Fact]
    public void A_second_predicate_takes_the_pronoun_its_sentence_opens_with()
    {
        var d = Run.Text("Two soldiers were killed in a crash, the US military said in a statement on Wednesday. It did not reveal the location and said it was withholding the names of those killed.");
        var q = Assert.Single(d.Quotes, q => q.Text.StartsWith("it was withholding", StringComparison.Ordinal));
        Assert.Contains("military", d.SpeakerWords(q));
    }

    [Fact]
    public void French_speech_predicates_that_are_not_verbs_of_saying_attribute_what_follows()
    {
        var d = Run.Text("La ministre de la Santé, Catherine Vautrin, s’est déclarée convaincue que la campagne serait un succès. Le syndicat Force ouvrière s’est dit « prêt à discuter ».");
        var reported = Assert.Single(d.Quotes, q => !q.Direct);
        Assert.Contains("Vautrin", d.SpeakerWords(reported));
        var partial = Assert.Single(d.Quotes, q => q.Direct);
        Assert.Contains("Force ouvrière", d.SpeakerWords(partial));
    }

    [Fact]
    public void Juge_que_reports_and_the_indefinite_on_names_no_one()
    {
        var d = Run.Text("La CGT a vivement réagi. Le syndicat juge que la réforme est « injuste » et s’est montré prêt à appeler à la grève.");
        var cgt = d.Entities.Single(e => e.Mentions.Any(m => m.Text == "CGT"));
        Assert.All(d.Quotes, q => Assert.Equal(cgt.Id, q.Speaker));
        Assert.Contains(d.Quotes, q => !q.Direct);
        var on = Run.Text("Le chef de l’État a pris acte du résultat. Côté opposition, on juge que le président a perdu sa majorité.", published: "2024-07-08");
        var q = Assert.Single(on.Quotes);
        Assert.Null(q.Speaker);
        Assert.Null(q.SpeakerSpan);
    }
}

