using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>French organisations described by their kind (Quotes/data/organisation-kinds-fr.tsv): "l'entreprise", "la
/// compagnie" is not a union or a party named since; "le syndicat" is a union (sentences written for these tests).</summary>
public class FrenchOrganisationKindsQuoteTests
{
    [Fact]
    public void The_company_is_not_a_union_named_since()
    {
        var d = Run.Text("Renault a annoncé lundi la fermeture de son usine de Flins.\n\nLa CGT a dénoncé une décision brutale. La compagnie a indiqué que les salariés seraient tous reclassés.",
            published: "2024-03-02");
        Assert.Equal("Renault", d.NameOf(d.QuoteAt("les salariés seraient tous reclassés").Speaker));
    }

    [Fact]
    public void The_union_is_the_union_named_before_a_company()
    {
        var d = Run.Text("La CGT a appelé à la grève jeudi dans les usines du pays.\n\nRenault a annoncé lundi la fermeture de son usine de Flins. Le syndicat a précisé que le mouvement durerait deux jours.",
            published: "2024-03-02");
        Assert.Equal("Confédération générale du travail", d.NameOf(d.QuoteAt("le mouvement durerait deux jours").Speaker));
    }

    [Fact]
    public void The_company_still_takes_the_last_company_named()
    {
        var d = Run.Text("Renault a annoncé lundi la fermeture de son usine de Flins.\n\nOrange a présenté ses résultats mardi. La compagnie a indiqué que ses ventes avaient progressé.",
            published: "2024-03-02");
        Assert.Equal("Orange", d.NameOf(d.QuoteAt("ses ventes avaient progressé").Speaker));
    }

    [Fact]
    public void The_company_is_not_a_union_known_by_its_acronym()
    {
        var d = Run.Text("Air France a annoncé lundi la suppression de 300 vols.\n\nLe SNPL a dénoncé une décision brutale. La compagnie a indiqué que les passagers seraient tous remboursés.",
            published: "2024-03-02");
        Assert.Equal("Air France", d.NameOf(d.QuoteAt("les passagers seraient tous remboursés").Speaker));
    }

    [Theory]
    [InlineData("SUD-Rail", true)]
    [InlineData("Syndicat national des pilotes", true)]
    [InlineData("Sud Ouest", false)]
    [InlineData("Parti socialiste", false)]
    public void A_union_is_known_by_its_name_words_and_capitalised_acronyms(string name, bool union)
    {
        var e = new Parallax.Model.Entity { Id = "e1", Name = name, Type = Parallax.Model.EntityTypes.Organization };
        Assert.Equal(union, Parallax.Quotes.QuoteStage.FitsFrenchKind(name, e, "syndicat"));
        Assert.Equal(!union && name != "Parti socialiste", Parallax.Quotes.QuoteStage.FitsFrenchKind(name, e, "compagnie"));
    }
}
