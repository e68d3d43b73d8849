using Parallax.Entities;
using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The given-name list (Entities/data/first-names.txt) of many countries: an unknown family name after a listed given
/// name makes a person, in French and English sentences written for these tests (the people are invented), and words
/// that are also places or common words were kept out of the list.
/// </summary>
public class GivenNameListTests
{
    [Theory]
    [InlineData("fr", "Le défenseur Luka Vrdoljak a prolongé son contrat jusqu’en 2028.", "Luka Vrdoljak")]
    [InlineData("fr", "La ministre a reçu mardi Agnieszka Wolańczyk, présidente de l’association.", "Agnieszka Wolańczyk")]
    [InlineData("fr", "Selon Zeynep Karaağaçlı, l’inflation devrait ralentir au printemps.", "Zeynep Karaağaçlı")]
    [InlineData("fr", "Le contrat a été signé par Ebrahim Tavakkolian au nom de la compagnie.", "Ebrahim Tavakkolian")]
    [InlineData("fr", "Oriol Puigventós a été élu à la tête du club catalan.", "Oriol Puigventós")]
    [InlineData("en", "The goal was scored by Valtteri Koskelainen in the final minute.", "Valtteri Koskelainen")]
    [InlineData("en", "Kwabena Ofosuhene, the mayor, opened the new market on Friday.", "Kwabena Ofosuhene")]
    [InlineData("en", "The report was written by Siobhan Treanor and two colleagues.", "Siobhan Treanor")]
    [InlineData("en", "Police said Dragana Milovanović had been released without charge.", "Dragana Milovanović")]
    [InlineData("en", "The prize went to Jasprit Venkataraghavan for his first novel.", "Jasprit Venkataraghavan")]
    public void An_unknown_family_name_after_a_listed_given_name_is_a_person(string lang, string text, string name)
    {
        Assert.Contains((name, EntityTypes.Person), Mentions(Run(text, lang)));
    }

    [Fact]
    public void Place_names_and_common_words_are_not_given_names()
    {
        var given = KnowledgeBase.Load().FirstNames;
        // places and words that are also given names somewhere: a French town, a capital, a country, the French for
        // "town" and "pope", an English past tense
        foreach (var w in new[] { "Pau", "Sofia", "Salvador", "Montserrat", "Ville", "Pape", "Said", "Can", "Wafa" })
            Assert.DoesNotContain(w, given);
    }
}
