using Parallax.Entities;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Entities;

/// <summary>The one role → office-holder resolver (RoleResolver), on its own and as the Entities stage uses it.</summary>
public class RoleResolverTests
{
    static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    static readonly RoleResolver Roles = new(Kb);

    [Fact]
    public void A_qualified_office_resolves_to_its_holder_on_the_date()
    {
        var usa = Kb.Country("USA")!;
        Assert.Equal("Joe Biden", Roles.Holder(["president"], usa, new DateOnly(2022, 2, 12))?.Name);
        Assert.Equal("Donald Trump", Roles.Holder(["president"], usa, new DateOnly(2025, 2, 12))?.Name);
        Assert.Equal("Vladimir Putin", Roles.Counterpart("RUS", new DateOnly(2025, 2, 12))?.Name);
    }

    [Fact]
    public void A_role_without_a_country_in_French_news_is_the_French_office_holder_on_the_date()
    {
        var d = Run.Text("Le Premier ministre a reçu les syndicats jeudi à Matignon.", published: "2024-10-02");
        var pm = Assert.Single(d.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal("Michel Barnier", pm.Name);
        Assert.Equal("Le Premier ministre", Assert.Single(pm.Mentions).Text);
        var later = Run.Text("Le Premier ministre a reçu les syndicats jeudi à Matignon.", published: "2025-02-12");
        Assert.Equal("François Bayrou", Assert.Single(later.Entities, e => e.Type == EntityTypes.Person).Name);
    }

    [Fact]
    public void A_role_followed_by_another_complement_is_left_alone()
    {
        var d = Run.Text("Le président du comité d'organisation a présenté le programme mardi.", published: "2024-10-02");
        Assert.DoesNotContain(d.Entities, e => e.Kb != null && e.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_person_of_the_document_holding_the_office_is_preferred_to_the_default_country()
    {
        // the text is about Russia's president: "le chef de l'État" is him, not France's
        var d = Run.Text("Vladimir Poutine a reçu mardi le ministre. Le chef de l'État a ensuite parlé à la presse.", published: "2025-02-12");
        var putin = d.Named("Vladimir Putin");
        Assert.Contains(putin.Mentions, m => m.Text == "Le chef de l'État");
        Assert.DoesNotContain(d.Entities, e => e.Name == "Emmanuel Macron");
    }

    [Fact]
    public void A_person_known_only_by_a_description_is_told_apart_from_a_named_one()
    {
        var d = Run.Text("La présidente de la Fédération du bâtiment a ouvert la séance.", published: "2025-02-12");
        var described = Assert.Single(d.Entities, e => e.Type == EntityTypes.Person);
        Assert.True(RoleResolver.IsDescriptionOnly(described));
        var named = Run.Text("Clara Dumont, la présidente de la Fédération du bâtiment, a ouvert la séance.", published: "2025-02-12");
        Assert.False(RoleResolver.IsDescriptionOnly(Assert.Single(named.Entities, e => e.Type == EntityTypes.Person)));
    }
}
