using Parallax.Model;
using Parallax.Tests.Support;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The nineteenth round's people named by a lone given name (docs/entities.md, "Nineteenth round"): relatives after a
/// kinship noun, children after "le petit", lone names before an age, and the Quotes stage's choice of subject next to them
/// (French and English sentences written for these tests).
/// </summary>
public class KinshipLoneNameTests
{
    static bool Has((string Text, string Type)[] mentions, string text, string type) => mentions.Contains((text, type));

    [Fact]
    public void A_lone_given_name_after_a_possessive_and_a_kinship_noun_is_a_person()
    {
        var m = Mentions(Run("Orla Brennock was injured in the crash, and her brother Cathal was treated for shock."));
        Assert.True(Has(m, "Cathal", EntityTypes.Person));
        m = Mentions(Run("Le maraîcher était venu avec son fils, Loïc, pour vendre ses tomates.", "fr"));
        Assert.True(Has(m, "Loïc", EntityTypes.Person));
        // a possessive of a name ("Dunmore's wife") and an adjective between ("their baby son") do too
        m = Mentions(Run("Tobias Dunmore's wife, Ingrid, told the court that their baby son Finnian had been ill for days."));
        Assert.True(Has(m, "Ingrid", EntityTypes.Person));
        Assert.True(Has(m, "Finnian", EntityTypes.Person));
    }

    [Fact]
    public void The_names_after_a_plural_kinship_noun_are_people_each()
    {
        var m = Mentions(Run("Quilla Farrant lost her sisters Maebh and Orlaith in the fire."));
        Assert.True(Has(m, "Maebh", EntityTypes.Person));
        Assert.True(Has(m, "Orlaith", EntityTypes.Person));
        // a given name coordinated with a full name after the noun
        m = Mentions(Run("Ses parents, Gwenaël et Maryvonne Le Talec, ont témoigné à la barre.", "fr"));
        Assert.True(Has(m, "Gwenaël", EntityTypes.Person));
    }

    [Fact]
    public void The_relative_after_a_kinship_noun_and_de_is_a_person_and_so_is_a_child_after_le_petit()
    {
        var m = Mentions(Run("La mère de Lilwenn, une enseignante, a lancé un appel aux témoins.", "fr"));
        Assert.True(Has(m, "Lilwenn", EntityTypes.Person));
        m = Mentions(Run("Les recherches pour retrouver le petit Timaël ont repris à l’aube.", "fr"));
        Assert.True(Has(m, "Timaël", EntityTypes.Person));
    }

    [Fact]
    public void A_lone_name_before_an_age_between_commas_is_a_person()
    {
        var m = Mentions(Run("Parmi les blessés, Maïwenn, 17 ans, a été transportée à l’hôpital.", "fr"));
        Assert.True(Has(m, "Maïwenn", EntityTypes.Person));
        m = Mentions(Run("On the quay, Tadhg, 19, said he had waited for hours."));
        Assert.True(Has(m, "Tadhg", EntityTypes.Person));
    }

    [Fact]
    public void No_person_where_the_words_are_no_relative_s_name()
    {
        // a company's partner, a weekday after the noun, a town and its anniversary
        var m = Mentions(Run("The carmaker said its partner Kestrava would build the batteries."));
        Assert.False(Has(m, "Kestrava", EntityTypes.Person));
        m = Mentions(Run("He visited his mother Sunday before the hearing."));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
        m = Mentions(Run("Ils sont retournés à Tchernobyl, 30 ans après la catastrophe.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
        // an inhabitant's or a region's noun after a determiner, before an age, is a description, not a given name
        m = Mentions(Run("« Nous n’avons plus rien », soupire la Vendéenne, 64 ans, devant sa maison inondée.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
        m = Mentions(Run("« C’est un rêve », a lancé le Savoyard, 24 ans, après l’arrivée.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
        // a place the knowledge base knows keeps its type
        m = Mentions(Run("She flew to see her daughter in Paris, where her son Marius studies."));
        Assert.True(Has(m, "Paris", EntityTypes.Location));
        Assert.True(Has(m, "Marius", EntityTypes.Person));
    }

    [Fact]
    public void A_relative_named_inside_a_sentence_is_not_the_subject_a_pronoun_stands_for()
    {
        var d = Parallax.Tests.Support.Run.Text("Among the volunteers at the harbour was Emma Keating, a teacher from Cobh. She had come with her father, Gerard, a retired fisherman.\n\n“We could not stay at home tonight,” she said.",
            published: "2024-03-02");
        Assert.Equal("Emma Keating", d.SpeakerWords(d.QuoteAt("We could not stay at home tonight")));
        // opening its sentence, the description is the subject
        Assert.True(Parallax.Entities.EntityStage.AfterKinshipNoun("She came with her father, Gerard.", 26));
        Assert.False(Parallax.Entities.EntityStage.AfterKinshipNoun("His daughter, Aroha, said so.", 14));
    }

    [Fact]
    public void The_second_of_two_coordinated_subjects_is_the_pronoun_s_when_its_gender_rules_out_the_first()
    {
        // "He" cannot be Maria; her husband, named in the same subject, is the one, not the mayor of the paragraph before
        var d = Parallax.Tests.Support.Run.Text("Mayor Tom Hadley ordered the shelters opened before midnight.\n\nMaria Lindqvist and her husband, Anders, spent the night in the school gym. She said the children slept well. He said he was relieved the roof had held.",
            published: "2024-03-02");
        Assert.Equal("Anders", d.SpeakerWords(d.QuoteAt("he was relieved the roof had held")));
        // with "she", the first of the two stays the subject
        Assert.Equal("Maria Lindqvist", d.SpeakerWords(d.QuoteAt("the children slept well")));
    }
}
