using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// A name after an occupation and a nationality, and a place coordinated with a place after a preposition
/// (docs/entities.md, "Seventeenth round (short)"), on French and English sentences written for these tests.
/// </summary>
public class OccupationNationalityPlaceListTests
{
    static bool Has((string Text, string Type)[] mentions, string text, string type) => mentions.Contains((text, type));

    [Fact]
    public void A_name_after_an_occupation_and_a_lower_case_nationality_is_a_person()
    {
        var m = Mentions(Run("Le nageur brésilien Kelvu Anzaro a battu jeudi le record du monde du 400 mètres.", "fr"));
        Assert.True(Has(m, "Kelvu Anzaro", EntityTypes.Person));
        // the occupation and the nationality stay out of the name
        Assert.DoesNotContain(m, x => x.Text.Contains("nageur", StringComparison.Ordinal));
        m = Mentions(Run("La romancière canadienne Oriane Tessmer publie un nouveau livre.", "fr"));
        Assert.True(Has(m, "Oriane Tessmer", EntityTypes.Person));
    }

    [Fact]
    public void A_name_after_a_nationality_and_an_occupation_is_a_person()
    {
        var m = Mentions(Run("The Kenyan runner Wekesa Odhuno won the 10,000 metres on Sunday."));
        Assert.True(Has(m, "Wekesa Odhuno", EntityTypes.Person));
        m = Mentions(Run("Norwegian skier Torgrim Vaule took the downhill title."));
        Assert.True(Has(m, "Torgrim Vaule", EntityTypes.Person));
        // a company after a nationality and a noun that is no occupation is left alone
        m = Mentions(Run("The Kenyan company Wekesa Odhuno said profits fell."));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_place_coordinated_with_a_place_after_a_preposition_is_a_place()
    {
        var m = Mentions(Run("The company runs depots in Kelmarsh and Oxendon, both in Northamptonshire."));
        Assert.True(Has(m, "Kelmarsh", EntityTypes.Location));
        Assert.True(Has(m, "Oxendon", EntityTypes.Location));
        m = Mentions(Run("Des orages ont inondé des caves à Plouvorn et Guiclan dans la nuit.", "fr"));
        Assert.True(Has(m, "Guiclan", EntityTypes.Location));
        // not after a given name: "in Kelvin and Oxendon" is no list of places
        m = Mentions(Run("There was little faith in Kelvin and Oxendon, the club's two new signings."));
        Assert.DoesNotContain(m, x => x.Text == "Oxendon" && x.Type == EntityTypes.Location);
    }
}
