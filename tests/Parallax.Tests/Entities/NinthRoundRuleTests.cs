using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The ninth round of organisation and place rules (docs/entities.md, "Ninth round"), each on French and English sentences
/// written for these tests: parts of places named by a compass word, places before "-based", clubs named "Stade" + the
/// town's adjective, venues followed by their town, acronyms defined after a name written in lower case, "The X and Y
/// Administration" at a sentence start, and the US states the gazetteer lacked.
/// </summary>
public class NinthRoundRuleTests
{
    [Fact]
    public void A_compass_word_before_a_place_names_a_place_of_its_own()
    {
        var en = Run("Wildfires spread across Eastern Oregon on Monday, and farmers in West Kansas lost their wheat.");
        var m = Mentions(en);
        Assert.Contains(("Eastern Oregon", EntityTypes.Location), m);
        Assert.Contains(("West Kansas", EntityTypes.Location), m);
        Assert.DoesNotContain(("Oregon", EntityTypes.Location), m);
        // the part is not the whole: no link to the whole's entry
        Assert.DoesNotContain(en.Entities, e => e.Kb != null && e.Mentions.Any(x => x.Text == "Eastern Oregon"));
        // a demonym after a compass word stays a demonym ("Western European leaders")
        Assert.DoesNotContain(Mentions(Run("Western European leaders met in Brussels on Tuesday.")), x => x.Text.StartsWith("Western", StringComparison.Ordinal));
        // the whole alone is still the place
        Assert.Contains(("Oregon", EntityTypes.Location), Mentions(Run("The fires spread to three towns in Oregon on Monday.")));
    }

    [Fact]
    public void A_place_before_based_is_a_place()
    {
        var m = Mentions(Run("The Denver-based airline said it would hire 500 pilots, while a Stuttgart-based supplier cut jobs."));
        Assert.Contains(("Denver", EntityTypes.Location), m);
        Assert.Contains(("Stuttgart", EntityTypes.Location), m);
        // a word that is no place stays out ("a cloud-based service", "a Bitcoin-based fund")
        Assert.DoesNotContain(Mentions(Run("Investors poured money into a Bitcoin-based fund on Friday.")), x => x.Text == "Bitcoin" && x.Type == EntityTypes.Location);
    }

    [Fact]
    public void Stade_and_the_adjective_of_a_town_is_a_club()
    {
        var m = Mentions(Run("Le Stade rennais a battu Nantes samedi, et le Stade lavallois a perdu à domicile.", "fr"));
        Assert.Contains(("Stade rennais", EntityTypes.Organization), m);
        Assert.Contains(("Stade lavallois", EntityTypes.Organization), m);
        // a stadium named by "de" + a place is still a place
        Assert.Contains(("Stade de France", EntityTypes.Location), Mentions(Run("Le concert aura lieu au Stade de France en juin.", "fr")));
    }

    [Fact]
    public void A_venue_ends_before_its_town()
    {
        var m = Mentions(Run("Les supporters ont rempli samedi le stade Geoffroy-Guichard de Saint-Étienne pour la remontée du club.", "fr"));
        Assert.Contains(("stade Geoffroy-Guichard", EntityTypes.Location), m);
        Assert.Contains(("Saint-Étienne", EntityTypes.Location), m);
        // a building of another kind keeps its complements ("cathédrale Notre-Dame de Rouen")
        Assert.Contains(("cathédrale Notre-Dame de Chartres", EntityTypes.Location), Mentions(Run("Les fidèles se sont rassemblés dans la cathédrale Notre-Dame de Chartres dimanche.", "fr")));
    }

    [Fact]
    public void An_acronym_defined_after_a_name_with_lower_case_words_gives_the_whole_name()
    {
        var m = Mentions(Run("Le Conseil national pour la protection des forêts (CNPF) a réuni ses membres à Lyon. Le CNPF publiera son avis en mars.", "fr"));
        Assert.Contains(("Conseil national pour la protection des forêts", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Conseil national", EntityTypes.Organization), m);
        Assert.Equal(2, m.Count(x => x.Text == "CNPF"));
    }

    [Fact]
    public void A_name_joined_by_and_before_an_organisation_head_at_a_sentence_start()
    {
        var m = Mentions(Run("The Fish and Wildlife Service listed the bird as endangered on Thursday."));
        Assert.Contains(("Fish and Wildlife Service", EntityTypes.Organization), m);
    }

    [Fact]
    public void The_Carolinas_and_Virginias_are_places()
    {
        var en = Run("Flooding closed roads from Charlotte, North Carolina, to the coast of South Carolina, and rain reached West Virginia.");
        var m = Mentions(en);
        Assert.Contains(("North Carolina", EntityTypes.Location), m);
        Assert.Contains(("South Carolina", EntityTypes.Location), m);
        Assert.Contains(("West Virginia", EntityTypes.Location), m);
        Assert.Contains(en.Entities, e => e.Kb == "Q1454");
    }

    [Fact]
    public void A_name_ending_in_center_after_at_or_in_is_the_building()
    {
        var m = Mentions(Run("The band played to 20,000 fans at the Riverside Music Center on Saturday."));
        Assert.Contains(("Riverside Music Center", EntityTypes.Location), m);
        // as the subject it is still the organisation
        Assert.Contains(("Riverside Music Center", EntityTypes.Organization), Mentions(Run("The Riverside Music Center said on Saturday that the show was sold out.")));
    }

    [Fact]
    public void A_French_capitalised_name_takes_a_lower_case_de_complement()
    {
        var m = Mentions(Run("La Haute Autorité de sûreté a publié mardi son avis sur la centrale.", "fr"));
        Assert.Contains(("Haute Autorité de sûreté", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_participle_after_an_adjective_does_not_join_an_organisation_name()
    {
        var m = Mentions(Run("Les marchés ont reculé depuis la dissolution de l’Assemblée nationale annoncée dimanche par le président.", "fr"));
        Assert.Contains(("Assemblée nationale", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Text.Contains("annoncée", StringComparison.Ordinal));
    }

    [Fact]
    public void Competitions_and_stock_indices_are_no_organisations()
    {
        var fr = Mentions(Run("Le club disputera la Ligue des champions, et le CAC 40 a gagné 2 % à la Bourse de Paris.", "fr"));
        Assert.DoesNotContain(fr, x => x.Text is "Ligue des champions" or "CAC");
        var en = Mentions(Run("The club qualified for the Champions League as the DAX rose 1% in Frankfurt."));
        Assert.DoesNotContain(en, x => x.Text is "Champions League" or "DAX");
    }
}
