using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French reported clauses ended by a reporting verb whose inverted subject is an organisation described by its noun
/// ("…, a annoncé dimanche la municipalité"), a statement's issuer ("…, indique un communiqué de la préfecture"), the
/// source of an impersonal "a-t-on appris auprès de …", or an inverted pronoun ("…, a-t-il précisé"); and a quotation
/// whose inverted subject is an organisation noun that no organisation named before takes up ("», a précisé le ministère").
/// </summary>
public class FrenchInvertedOrganisationSourcesTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    static Quote? Reported(Document d, string start) => d.Quotes.FirstOrDefault(q => !q.Direct && d.Text[q.Start..].StartsWith(start));

    [Theory]
    [InlineData("La halle aux grains restera fermée tout l’été, a annoncé lundi la municipalité.", "La halle aux grains", "la municipalité")]
    [InlineData("La halle aux grains restera fermée tout l’été, a précisé la préfecture, qui invoque des travaux.", "La halle aux grains", "la préfecture")]
    [InlineData("Deux randonneurs ont été secourus près du col, a indiqué samedi la police cantonale.", "Deux randonneurs", "la police cantonale")]
    [InlineData("Deux randonneurs ont été secourus près du col, a-t-on appris auprès du parquet.", "Deux randonneurs", "parquet")]
    [InlineData("Deux randonneurs ont été secourus près du col, a-t-on appris auprès de la gendarmerie.", "Deux randonneurs", "gendarmerie")]
    [InlineData("Deux randonneurs ont été secourus près du col, indique un communiqué de la préfecture.", "Deux randonneurs", "préfecture")]
    public void An_organisation_described_after_the_verb_says_the_clause_before_it(string sentence, string clause, string speaker)
    {
        var d = Run.Text("Le maire, Gérard Lemoine, a réuni son conseil mardi soir. " + sentence, published: "2024-05-14");
        var q = Reported(d, clause);
        Assert.NotNull(q);
        // (the words, or an organisation the knowledge base knows by them: "Gendarmerie nationale")
        Assert.Contains(speaker, Speaker(d, q!) ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_business_noun_after_the_verb_is_the_business_named_before()
    {
        var d = Run.Text("Les salariés de Valdor Industries ont débrayé mardi. Le site de Morlaix sera vendu d’ici à l’automne, a-t-on appris auprès de l’entreprise.",
            published: "2024-05-14");
        var q = Reported(d, "Le site de Morlaix");
        Assert.NotNull(q);
        Assert.Equal("Valdor Industries", Speaker(d, q!));
    }

    [Fact]
    public void An_inverted_pronoun_after_the_clause_is_the_person_before()
    {
        var d = Run.Text("Le préfet de la Manche, Hervé Castagnet, a visité le port jeudi. La digue sera renforcée avant l’hiver, a-t-il précisé.",
            published: "2024-05-14");
        var q = Reported(d, "La digue sera renforcée");
        Assert.NotNull(q);
        Assert.Equal("Hervé Castagnet", Speaker(d, q!));
    }

    [Fact]
    public void An_incise_inside_a_sentence_reports_no_clause_before_it()
    {
        var d = Run.Text("Me Claire Vasseur défend la famille. Sa cliente, a-t-elle précisé, « attend des excuses ».", published: "2024-05-14");
        Assert.Null(Reported(d, "Sa cliente"));
    }

    [Fact]
    public void A_minister_after_the_verb_is_a_person_not_the_words_of_an_organisation()
    {
        var d = Run.Text("Le ministre de la Mer, Hervé Castagnet, a visité le port jeudi. La digue sera renforcée avant l’hiver, a précisé le ministre.",
            published: "2024-05-14");
        var q = Reported(d, "La digue sera renforcée");
        Assert.NotNull(q);
        Assert.Equal("Hervé Castagnet", Speaker(d, q!));
    }

    [Fact]
    public void A_quotation_said_by_a_ministry_is_not_the_person_named_before()
    {
        var d = Run.Text("Le maire, Gérard Lemoine, a écrit au gouvernement. « Les crédits seront versés en juin », a précisé le ministère.",
            published: "2024-05-14");
        Assert.Equal("le ministère", Speaker(d, d.QuoteAt("Les crédits seront versés")));
    }

    [Fact]
    public void A_person_described_after_the_verb_is_no_organisation()
    {
        // "le maire" is a person: the reported clause is his, not words of a description
        var d = Run.Text("Le maire, Gérard Lemoine, a réuni son conseil mardi soir. La halle aux grains restera fermée tout l’été, a annoncé le maire.",
            published: "2024-05-14");
        var q = Reported(d, "La halle aux grains");
        Assert.NotNull(q);
        Assert.Equal("Gérard Lemoine", Speaker(d, q!));
    }

    [Fact]
    public void A_sentence_that_merely_learns_something_reports_nothing()
    {
        // no comma before the verb and no source after it: not an attribution
        var d = Run.Text("Les élèves ont appris auprès de leur professeur que la halle aux grains avait deux siècles.", published: "2024-05-14");
        Assert.DoesNotContain(d.Quotes, q => !q.Direct && q.SpeakerSpan is { } s && d.Text[s.Start..s.End].Contains("professeur"));
        Assert.DoesNotContain(d.Quotes, q => !q.Direct && Speaker(d, q) is { } sp && sp.Contains("professeur"));
    }
}
