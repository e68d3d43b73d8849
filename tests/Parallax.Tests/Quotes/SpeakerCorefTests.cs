using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>In-document speaker coreference (SpeakerCoref): descriptions and pronouns that point back to a speaker.</summary>
public class SpeakerCorefTests
{
    static string SpeakerWords(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker)! : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : "";

    [Fact]
    public void A_described_speaker_takes_the_person_of_the_same_gender_named_before()
    {
        var d = Run.Text("Le maire, Pierre Dupuis, a reçu mardi la préfète, Claire Martin. « Nous avons trouvé un accord », a déclaré la préfète.");
        var q = Assert.Single(d.Quotes, q => q.Direct);
        Assert.Contains("Claire Martin", SpeakerWords(d, q));
    }

    [Fact]
    public void A_spokesperson_speaks_for_the_organisation_named_after_the_noun()
    {
        var d = Run.Text("Le porte-parole de la mairie a indiqué jeudi que la réforme serait présentée en mars.");
        var q = Assert.Single(d.Quotes);
        Assert.False(q.Direct);
        Assert.Contains("mairie", SpeakerWords(d, q));
    }

    [Fact]
    public void The_government_spokesperson_is_the_office_holder_on_the_publication_date()
    {
        // the French government's spokesperson (role-defaults.tsv) on two dates: the knowledge base's dated roles decide
        var before = Run.Text("Le porte-parole du gouvernement a indiqué jeudi que la réforme serait présentée en mars.", published: "2024-10-02");
        Assert.Equal("Maud Bregeon", SpeakerWords(before, Assert.Single(before.Quotes)));
        var after = Run.Text("Le porte-parole du gouvernement a indiqué jeudi que la réforme serait présentée en mars.", published: "2025-02-12");
        Assert.NotEqual("Maud Bregeon", SpeakerWords(after, Assert.Single(after.Quotes)));
    }

    [Fact]
    public void A_described_organisation_takes_the_name_in_apposition_before()
    {
        var d = Run.Text("The union, Unite Workers Alliance, met the managers on Friday. The group said that the talks had failed after six hours.");
        var q = Assert.Single(d.Quotes);
        Assert.Contains("Unite Workers Alliance", SpeakerWords(d, q));
    }

    [Fact]
    public void A_described_organisation_before_a_relative_clause_is_the_subject()
    {
        var d = Run.Text("Norvale Industries opened a plant in Ohio in 2019. The company, which employs 4,000 people, confirmed on Monday that it would close the plant.");
        var q = Assert.Single(d.Quotes, q => !q.Direct);
        Assert.Contains("Norvale Industries", SpeakerWords(d, q));
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
}
