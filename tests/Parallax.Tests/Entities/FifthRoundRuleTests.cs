using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The fifth round of general rules (docs/entities.md, "Fifth round"): nationality nouns for people, teams named by a
/// town and a plural, French streets and buildings with a lower-case head, names coordinated with a person.
/// </summary>
public class FifthRoundRuleTests
{
    [Fact]
    public void A_French_nationality_noun_standing_for_one_person_is_no_place()
    {
        var m = Mentions(Run("Sur le court, l’Italien s’est imposé en deux sets ; selon l’Espagnol, le vent a tout changé.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Location);
    }

    [Fact]
    public void French_nationality_nouns_before_a_name_and_plural_groups_still_stand_for_the_country()
    {
        var m = Mentions(Run("L’Italien Jannik Sinner a battu le Norvégien Casper Ruud. Les Ukrainiens ont repoussé l’assaut, selon les agences russes.", "fr"));
        Assert.Contains(("Italien", EntityTypes.Location), m);
        Assert.Contains(("Norvégien", EntityTypes.Location), m);
        // a group is the country's side (the Events stage's actor), and the lower-case adjective is the country
        Assert.Contains(("Ukrainiens", EntityTypes.Location), m);
        Assert.Contains(("russes", EntityTypes.Location), m);
    }

    [Fact]
    public void English_nationality_words_are_unchanged()
    {
        var m = Mentions(Run("Russians voted on Sunday, while Russian troops advanced near the Ukrainian border."));
        Assert.Contains(("Russians", EntityTypes.Location), m);
        Assert.Contains(("Russian", EntityTypes.Location), m);
        Assert.Contains(("Ukrainian", EntityTypes.Location), m);
    }

    [Fact]
    public void A_town_and_a_capitalised_plural_is_a_team_but_not_a_place_plural()
    {
        var m = Mentions(Run("The Chicago Bulls beat the Boston Celtics on Friday, as fans gathered in the Golan Heights and the Florida Keys."));
        Assert.Contains(("Chicago Bulls", EntityTypes.Organization), m);
        Assert.Contains(("Boston Celtics", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Text is "Chicago" or "Boston");
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization && x.Text.EndsWith("Heights", StringComparison.Ordinal));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization && x.Text.EndsWith("Keys", StringComparison.Ordinal));
    }

    [Fact]
    public void French_streets_and_buildings_with_a_lower_case_head_are_places()
    {
        var m = Mentions(Run("Le cortège est parti de la rue de Vaugirard, a longé le boulevard Saint-Michel et s’est arrêté devant la basilique Saint-Sernin de Toulouse, puis au stade Geoffroy-Guichard.", "fr"));
        Assert.Contains(("rue de Vaugirard", EntityTypes.Location), m);
        Assert.Contains(("boulevard Saint-Michel", EntityTypes.Location), m);
        Assert.Contains(("basilique Saint-Sernin de Toulouse", EntityTypes.Location), m);
        Assert.Contains(("stade Geoffroy-Guichard", EntityTypes.Location), m);
        // the town inside the building's name is not a mention of its own
        Assert.DoesNotContain(("Toulouse", EntityTypes.Location), m);
    }

    [Fact]
    public void Lower_case_heads_need_a_capitalised_name()
    {
        var m = Mentions(Run("Il a pris la place de Marie Dupont au stade de la compétition, sur le court terme, près du pont de pierre.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Location);
        Assert.Contains(("Marie Dupont", EntityTypes.Person), m);
    }

    [Fact]
    public void Names_coordinated_with_a_person_are_people()
    {
        var fr = Mentions(Run("Le tribunal a entendu Mathilde Perrin et Yanis Boukhalfa mardi.", "fr"));
        Assert.Contains(("Yanis Boukhalfa", EntityTypes.Person), fr);
        var en = Mentions(Run("The board named Tobias Lindqvist and Jennifer Walsh as directors."));
        Assert.Contains(("Tobias Lindqvist", EntityTypes.Person), en);
        Assert.Contains(("Jennifer Walsh", EntityTypes.Person), en);
        // not an organisation or a place joined to a person
        var org = Mentions(Run("Jennifer Walsh and Goldman Sachs Group agreed."));
        Assert.DoesNotContain(("Goldman Sachs Group", EntityTypes.Person), org);
    }

    [Fact]
    public void English_place_heads_close_building_names()
    {
        var m = Mentions(Run("The awards were held at the Dolby Theatre and the crowd then walked to Coit Tower."));
        Assert.Contains(("Dolby Theatre", EntityTypes.Location), m);
        Assert.Contains(("Coit Tower", EntityTypes.Location), m);
    }

    [Fact]
    public void A_bare_title_before_a_name_is_no_mention_but_a_role()
    {
        var d = Run("They met Judge Adrienne Nelson on Monday.");
        var m = Mentions(d);
        Assert.DoesNotContain(m, x => x.Text == "Judge");
        Assert.Contains(("Adrienne Nelson", EntityTypes.Person), m);
        Assert.Contains("Judge", Owner(d, "Adrienne Nelson").Roles);
    }

    [Fact]
    public void A_place_head_word_opening_an_office_is_not_a_place()
    {
        var m = Mentions(Run("Manhattan District Attorney Alvin Bragg brought the case."));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("Manhattan District", StringComparison.Ordinal) && x.Type == EntityTypes.Location);
        Assert.Contains(("Alvin Bragg", EntityTypes.Person), m);
    }

    [Fact]
    public void A_head_word_that_is_also_a_non_name_opens_an_organisation()
    {
        var m = Mentions(Run("The strike was called by the International Association of Machinists and Aerospace Workers on Friday."));
        Assert.Contains(("International Association of Machinists and Aerospace Workers", EntityTypes.Organization), m);
    }
}
