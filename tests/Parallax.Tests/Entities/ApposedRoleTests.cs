using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// French appositions after a role whose complement names a place or an organisation (docs/entities.md, "Appositions
/// after a role with a complement"), on sentences written for these tests.
/// </summary>
public class ApposedRoleTests
{
    [Fact]
    public void The_name_between_commas_after_a_role_over_a_place_noun_and_its_place_is_a_person()
    {
        var d = Run("Le président de la région Bretagne, Loïg Chesnais-Girard, a annoncé un plan pour les ports.", "fr");
        var person = Owner(d, "Loïg Chesnais-Girard");
        Assert.Equal(EntityTypes.Person, person.Type);
        Assert.Contains(person.Mentions, m => m.Text == "Le président de la région Bretagne");
        Assert.Contains("président de la région Bretagne", person.Roles);
        // the region qualifies the role: no organisation made of it by the comma after it
        Assert.DoesNotContain(Mentions(d), x => x.Text == "Bretagne" && x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void The_name_between_commas_after_a_role_with_a_lower_case_complement_and_its_town_is_a_person()
    {
        var d = Run("La directrice de l'hôpital de Morlaix, Anne Le Goff, a démenti toute fermeture du service.", "fr");
        var person = Owner(d, "Anne Le Goff");
        Assert.Equal(EntityTypes.Person, person.Type);
        Assert.Contains(person.Mentions, m => m.Text == "La directrice de l'hôpital de Morlaix");
        Assert.DoesNotContain(Mentions(d), x => x.Text == "Morlaix" && x.Type != EntityTypes.Location);
    }

    [Theory]
    [InlineData("La présidente du festival Lumière lyonnais, Solveig Marthaler-Brun, a dévoilé la programmation.", "Solveig Marthaler-Brun", "présidente du festival Lumière lyonnais")]
    [InlineData("« Nous irons jusqu'au bout », a affirmé le directeur du musée Rodin parisien, Eskil Varnier-Dupré, lundi.", "Eskil Varnier-Dupré", "directeur du musée Rodin parisien")]
    public void A_French_adjective_after_the_complements_name_stays_in_the_role(string text, string name, string role)
    {
        // the name's given name is on no list: the apposition alone makes it a person
        var d = Run(text, "fr");
        var person = Owner(d, name);
        Assert.Equal(EntityTypes.Person, person.Type);
        Assert.Contains(role, person.Roles);
    }

    [Fact]
    public void An_organisation_in_the_complement_keeps_its_own_mention_and_type()
    {
        var d = Run("Le porte-parole de la mission de l'ONU, Jean Tardieu, a confirmé l'attaque.", "fr");
        Assert.Equal(EntityTypes.Person, Owner(d, "Jean Tardieu").Type);
        Assert.Contains(("ONU", EntityTypes.Organization), Mentions(d));
    }

    [Fact]
    public void Without_a_name_between_commas_the_complement_is_not_taken_into_the_role()
    {
        var d = Run("Le président de la région Bretagne a annoncé un plan pour les ports.", "fr");
        Assert.DoesNotContain(Mentions(d), x => x.Text == "Le président de la région Bretagne");
        Assert.DoesNotContain(Mentions(d), x => x.Text.Contains("Morlaix"));
    }
}
