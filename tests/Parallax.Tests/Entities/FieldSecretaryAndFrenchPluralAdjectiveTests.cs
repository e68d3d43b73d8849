using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// Rules of the twenty-fourth round (docs/entities.md, "Field secretaries, French plural adjectives, Nordic legal
/// suffixes"), on sentences and names written for these tests: an English "Secretary" after its field is a title as
/// "Minister" is; a French institution's lower-case complement keeps a plural adjective in "-els", "-iers" or "-ains" and
/// a feminine in "-ielle", "-uelle", "-nelle" or "-relle" (not "-elle" alone, which verbs share); "AB", "ASA" and "Oyj"
/// end a company's name as "SA" does; Médecins sans frontières is an organisation of the bundled KB.
/// </summary>
public class FieldSecretaryAndFrenchPluralAdjectiveTests
{
    [Fact]
    public void A_field_before_secretary_is_part_of_the_title()
    {
        var m = Mentions(Run("Fisheries Secretary Alden Marrow said on Tuesday that the quotas would stay."));
        Assert.Contains(("Fisheries Secretary", EntityTypes.Person), m);
        Assert.Contains(("Alden Marrow", EntityTypes.Person), m);
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization);
        // a qualifier of the holder is not a field
        m = Mentions(Run("Former Secretary Alden Marrow said on Tuesday that the quotas would stay."));
        Assert.DoesNotContain(("Former Secretary", EntityTypes.Person), m);
    }

    [Fact]
    public void A_french_complement_keeps_a_plural_adjective_in_iers_els_or_ains()
    {
        var m = Mentions(Run("L’Office national des transports routiers a publié mardi ses chiffres.", "fr"));
        Assert.Contains(("Office national des transports routiers", EntityTypes.Organization), m);
        m = Mentions(Run("L’Observatoire régional des biens culturels a rendu son rapport.", "fr"));
        Assert.Contains(("Observatoire régional des biens culturels", EntityTypes.Organization), m);
        m = Mentions(Run("L’Observatoire régional des droits humains a rendu son rapport.", "fr"));
        Assert.Contains(("Observatoire régional des droits humains", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_french_complement_keeps_a_feminine_in_ielle_but_not_a_verb_in_elle()
    {
        var m = Mentions(Run("L’Institut de recherche criminelle a identifié l’arme.", "fr"));
        Assert.Contains(("Institut de recherche criminelle", EntityTypes.Organization), m);
        // "-elle" alone may be a verb ("appelle", "renouvelle"): it stays out of the name
        m = Mentions(Run("L’Office national des transports appelle les chauffeurs à la prudence.", "fr"));
        Assert.DoesNotContain(m, x => x.Text.EndsWith("appelle", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nordic_legal_suffix_ends_a_company_name()
    {
        var m = Mentions(Run("Brantvik & Solheim AB reported a fall in profit on Thursday."));
        Assert.Contains(("Brantvik & Solheim AB", EntityTypes.Organization), m);
    }

    [Fact]
    public void Medecins_sans_frontieres_is_an_organisation_not_a_person()
    {
        var m = Mentions(Run("Médecins Sans Frontières said its teams had treated 300 wounded."));
        Assert.Contains(("Médecins Sans Frontières", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
    }
}
