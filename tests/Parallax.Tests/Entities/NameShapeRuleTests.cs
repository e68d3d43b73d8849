using Parallax.Entities;
using Parallax.Evaluation;
using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The rules for names the knowledge base does not know (EntityStage.Rules.cs and the role descriptions of
/// EntityStage.cs), one family a test: what each finds, its exact span and type, and what it must leave alone.
/// </summary>
public class NameShapeRuleTests
{
    [Fact]
    public void Datelines_are_places()
    {
        var d = Run("TACOMA, Wash. (AP) — The port reopened on Monday.");
        Assert.Contains(("TACOMA", EntityTypes.Location), Mentions(d));
        Assert.Contains(("Wash.", EntityTypes.Location), Mentions(d));
        Assert.DoesNotContain(Mentions(d), m => m.Type == EntityTypes.Organization && m.Text == "TACOMA");
    }

    [Fact]
    public void French_organisation_names_run_over_adjectives_and_de_complements()
    {
        var d = Run("La Fédération française de handball et la Cour des comptes critiquent la Banque de France et l'Office national des forêts.", "fr");
        var m = Mentions(d);
        Assert.Contains(("Fédération française de handball", EntityTypes.Organization), m);
        Assert.Contains(("Cour des comptes", EntityTypes.Organization), m);
        Assert.Contains(("Banque de France", EntityTypes.Organization), m);
        Assert.Contains(("Office national des forêts", EntityTypes.Organization), m);
        // the country inside the bank's name is not a mention of its own, and a verb after a complement is not an adjective
        Assert.DoesNotContain(("France", EntityTypes.Location), m);
        Assert.DoesNotContain(m, x => x.Text.StartsWith("Cour des comptes critiquent", StringComparison.Ordinal));
    }

    [Fact]
    public void English_organisations_take_of_and_and_complements()
    {
        var m = Mentions(Run("The University of Leeds and the Food and Drug Administration joined the Department of Health and Human Services."));
        Assert.Contains(("University of Leeds", EntityTypes.Organization), m);
        Assert.Contains(("Food and Drug Administration", EntityTypes.Organization), m);
        Assert.Contains(("Department of Health and Human Services", EntityTypes.Organization), m);
        Assert.Contains(("Brindle Gas & Power Co.", EntityTypes.Organization), Mentions(Run("Brindle Gas & Power Co. cut its prices.")));
    }

    [Fact]
    public void A_place_noun_makes_places_of_the_names_before_it()
    {
        var m = Mentions(Run("Cases were reported in Ashby, Corran and Van Tassel counties and in Helmand province."));
        foreach (var place in new[] { "Ashby", "Corran", "Van Tassel", "Helmand" }) Assert.Contains((place, EntityTypes.Location), m);
        Assert.Contains(("Tillabéri", EntityTypes.Location), Mentions(Run("Des soldats ont été tués dans la région de Tillabéri.", "fr")));
    }

    [Fact]
    public void Names_with_particles_are_people_but_not_school_names()
    {
        var m = Mentions(Run("Hélène de Fontenay et Arnaud Morel de Vaulx ont signé la lettre.", "fr"));
        Assert.Contains(("Hélène de Fontenay", EntityTypes.Person), m);
        Assert.Contains(("Arnaud Morel de Vaulx", EntityTypes.Person), m);
        var school = Mentions(Run("Les élèves du lycée Jean-Jaurès de Saint-Denis ont manifesté.", "fr"));
        Assert.DoesNotContain(school, x => x.Type == EntityTypes.Person && x.Text.Contains("Saint-Denis"));
    }

    [Fact]
    public void Titles_vouch_for_unknown_names_and_honorifics_belong_to_the_mention()
    {
        var m = Mentions(Run("Senator Ewa Kallstrom met Dr. Ohene Badu and Gov. Tarrant in the morning."));
        Assert.Contains(("Ewa Kallstrom", EntityTypes.Person), m);
        Assert.Contains(("Dr. Ohene Badu", EntityTypes.Person), m);
        Assert.Contains(("Tarrant", EntityTypes.Person), m);
        Assert.DoesNotContain(m, x => x.Text.StartsWith("Senator", StringComparison.Ordinal));
    }

    [Fact]
    public void A_common_family_name_makes_a_person_of_an_unknown_given_name()
    {
        Assert.Contains(("Yerlan Walsh", EntityTypes.Person), Mentions(Run("Yerlan Walsh scored twice on Tuesday night.")));
        // not when the words are a place or an organisation by their head word
        Assert.DoesNotContain(Mentions(Run("They met at Walsh Street on Tuesday.")), x => x.Type == EntityTypes.Person);
    }

    [Fact]
    public void Role_descriptions_by_offices_without_holders_are_mentions_of_their_person()
    {
        var fr = Run("Le maire du Havre a reçu jeudi le préfet Jules Ferrandou.", "fr");
        Assert.Contains(("Le maire du Havre", EntityTypes.Person), Mentions(fr));
        Assert.DoesNotContain(Mentions(fr), x => x.Type == EntityTypes.Location && x.Text.Contains("Havre"));
        var prefect = Owner(fr, "Jules Ferrandou");
        Assert.Contains(prefect.Mentions, x => x.Text == "le préfet");
        Assert.Contains("préfet", prefect.Roles);

        var en = Run("Tom Farley, the CEO of Brindel Group, said Austria's interior minister had called.");
        var farley = Owner(en, "Tom Farley");
        Assert.Contains(farley.Mentions, x => x.Text == "the CEO of Brindel Group");
        // the organisation inside keeps its mention; the country inside the other description does not
        Assert.Contains(("Brindel Group", EntityTypes.Organization), Mentions(en));
        var minister = Owner(en, "Austria's interior minister");
        Assert.Equal(EntityTypes.Person, minister.Type);
        Assert.Equal("AUT", minister.Country);
        Assert.DoesNotContain(("Austria", EntityTypes.Location), Mentions(en));
    }

    [Fact]
    public void A_person_gets_the_country_of_the_description_that_names_them()
    {
        var d = Run("Le ministre russe de l'Énergie, Pavel Sorokine, a démenti.", "fr");
        var p = Owner(d, "Pavel Sorokine");
        Assert.Equal("RUS", p.Country);
        Assert.Contains(p.Roles, r => r.StartsWith("ministre russe", StringComparison.Ordinal));
    }

    [Fact]
    public void Predicates_and_new_clauses_are_not_descriptions_of_a_person()
    {
        Assert.DoesNotContain(Mentions(Run("Il est le maire de Quimper depuis 2020.", "fr")), x => x.Type == EntityTypes.Person);
        var d = Run("Selon Jean-Baptiste Morvan, le ministre de la Santé a démissionné.", "fr");
        Assert.DoesNotContain(Owner(d, "Jean-Baptiste Morvan").Mentions, x => x.Text.Contains("ministre"));
    }

    [Fact]
    public void Acronyms_teams_and_places_after_a_preposition()
    {
        var fr = Mentions(Run("La CNPTA a manifesté à Moissac.", "fr"));
        Assert.Contains(("CNPTA", EntityTypes.Organization), fr);
        Assert.Contains(("Moissac", EntityTypes.Location), fr);
        var en = Mentions(Run("The Canucks beat the Oilers in Kelowna, and Oilers fans left early on the Boeing 737 MAX."));
        Assert.Contains(("Canucks", EntityTypes.Organization), en);
        Assert.Equal(2, en.Count(x => x == ("Oilers", EntityTypes.Organization)));
        Assert.Contains(("Kelowna", EntityTypes.Location), en);
        Assert.DoesNotContain(en, x => x.Text == "MAX");
        // units, currencies and the like are not organisations
        Assert.DoesNotContain(Mentions(Run("The GDP grew while the USD fell.")), x => x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void Gazetteer_places_are_found_without_a_preposition_and_common_words_not_at_a_sentence_start()
    {
        var m = Mentions(Run("Le groupe ferme ses sites de Roanne et de Montluçon, dans l’Allier, d’ici à 2026.", "fr"));
        Assert.Contains(("Roanne", EntityTypes.Location), m);
        Assert.Contains(("Montluçon", EntityTypes.Location), m);
        Assert.Contains(("Allier", EntityTypes.Location), m);
        // "Tours" is a common word too: a place inside a sentence, not at its start; a gazetteer name inside a longer name is not one
        Assert.Contains(("Tours", EntityTypes.Location), Mentions(Run("The train from Lisbon to Tours was late.")));
        Assert.DoesNotContain(("Tours", EntityTypes.Location), Mentions(Run("Tours of the old town resumed.")));
        Assert.DoesNotContain(("Roanne", EntityTypes.Location), Mentions(Run("Le lycée Roanne Nord a fermé.", "fr")));
    }

    [Fact]
    public void A_town_before_a_score_or_a_players_position_is_its_team()
    {
        Assert.Contains(("Auxerre", EntityTypes.Organization), Mentions(Run("Le club s’est imposé samedi contre Auxerre (2-1) au terme d’un match tendu.", "fr")));
        Assert.Contains(("Roanne", EntityTypes.Organization), Mentions(Run("Les joueurs ont battu Roanne 88-80 mardi.", "fr")));
        var m = Mentions(Run("The suspension hit Cleveland quarterback Jalen Fordham on Monday."));
        Assert.Contains(("Cleveland", EntityTypes.Organization), m);
        Assert.Contains(("Jalen Fordham", EntityTypes.Person), m);
    }

    [Fact]
    public void An_acronym_defined_in_the_text_is_a_mention_of_its_long_form()
    {
        var d = Run("L’Union nationale des étudiants de France (UNEF) a appelé à manifester ; l’UNEF réclame un gel des loyers.", "fr");
        var unef = Owner(d, "UNEF");
        Assert.Equal(EntityTypes.Organization, unef.Type);
        Assert.Contains(unef.Mentions, x => x.Text == "Union nationale des étudiants de France");
        d = Run("The Committee for the Rescue of Small Ports (CRSP) met on Friday.");
        Assert.Equal(Owner(d, "CRSP"), Owner(d, "Committee for the Rescue of Small Ports"));
        // initials that do not match are not a definition
        Assert.DoesNotContain(Mentions(Run("The dockers of Karvell Harbour (ZZQ) met on Friday.")), x => x.Text == "dockers of Karvell Harbour");
    }

    [Fact]
    public void Head_words_make_organisations_and_places_of_the_names_they_open()
    {
        var m = Mentions(Run("Les chercheurs de l’Institut Pasteur ont rejoint le FC Nantes à la Gare de Lyon, avant le match au Parc des Princes.", "fr"));
        Assert.Contains(("Institut Pasteur", EntityTypes.Organization), m);
        Assert.Contains(("FC Nantes", EntityTypes.Organization), m);
        Assert.Contains(("Gare de Lyon", EntityTypes.Location), m);
        Assert.Contains(("Parc des Princes", EntityTypes.Location), m);
        Assert.DoesNotContain(("Lyon", EntityTypes.Location), m);
        m = Mentions(Run("Shares of Tamsin Steel and Orvalle Holdings SA rose, as did Europe PMC."));
        Assert.Contains(("Tamsin Steel", EntityTypes.Organization), m);
        Assert.Contains(("Europe PMC", EntityTypes.Organization), m);
    }
}
