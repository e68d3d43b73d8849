using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>French attribution without a plain "X a déclaré": roles, frames, incises, reporting nouns, continuations.</summary>
public class FrenchAttributionTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    [Fact]
    public void A_role_without_a_country_is_the_office_holder_on_the_publication_date()
    {
        const string text = "Le président de la République a pris la parole dimanche soir. Dans une allocution, il a annoncé : « Je ne démissionnerai pas. »";
        var d = Run.Text(text, published: "2024-12-05");
        Assert.Equal("Emmanuel Macron", Speaker(d, d.QuoteAt("Je ne démissionnerai")));
        // "République" inside the role is no organisation of its own
        Assert.DoesNotContain(d.Entities, e => e.Name == "République");
    }

    [Fact]
    public void A_role_takes_the_document_person_who_held_the_office_that_day()
    {
        var d = Run.Text("François Bayrou a été reçu à l’Élysée. Le Premier ministre a de son côté assuré que la France « prendra ses responsabilités ».",
            published: "2025-03-03");
        Assert.Equal("François Bayrou", Speaker(d, d.QuoteAt("prendra ses responsabilités")));
    }

    [Fact]
    public void A_description_the_entities_stage_keeps_as_a_nameless_person_goes_to_the_person_named_before()
    {
        // "la présidente de la banque centrale" is an office without knowledge-base holders: the Entities stage keeps it
        // as a person of its own; as a speaker it is a role noun, resolved to the woman named just before
        var d = Run.Text("Christine Lagarde a présenté jeudi les prévisions de l’institution. La présidente de la banque centrale a ensuite "
            + "estimé que l’inflation restait « sous contrôle ».", published: "2025-03-06");
        Assert.Equal("Christine Lagarde", Speaker(d, d.QuoteAt("sous contrôle")));
    }

    [Fact]
    public void A_role_of_something_the_knowledge_base_does_not_hold_is_left_alone()
    {
        var d = Run.Text("« Les Jeux ont été une réussite », a déclaré le président du comité d’organisation.", published: "2024-08-11");
        Assert.NotEqual("Emmanuel Macron", Speaker(d, d.QuoteAt("Les Jeux")));
    }

    [Fact]
    public void Pour_frame_with_a_name_in_apposition()
    {
        var d = Run.Text("Pour la secrétaire générale de la CGT, Sophie Binet, « le gouvernement porte l’entière responsabilité de la colère ».");
        Assert.Equal("Sophie Binet", Speaker(d, d.QuoteAt("le gouvernement porte")));
    }

    [Fact]
    public void Pour_frame_with_a_described_person_named_in_the_next_sentence()
    {
        var d = Run.Text("Pour la porte-parole de l’association, « le projet menace directement les nappes phréatiques ». Claire Dumas suit le dossier depuis trois ans.");
        Assert.Equal("Claire Dumas", Speaker(d, d.QuoteAt("le projet menace")));
    }

    [Fact]
    public void Pour_frame_without_a_person_is_no_attribution()
    {
        var d = Run.Text("Pour la première fois, le conseil municipal s’est réuni en plein air.");
        Assert.Empty(d.Quotes);
    }

    [Fact]
    public void Side_frame_with_impersonal_on()
    {
        var d = Run.Text("Du côté du Kremlin, on affirme que la situation dans la région de Koursk est sous contrôle.");
        var q = Assert.Single(d.Quotes);
        Assert.False(q.Direct);
        Assert.StartsWith("la situation", q.Text);
        Assert.Contains("Kremlin", Speaker(d, q));
    }

    [Fact]
    public void An_incise_inside_the_quotation_names_the_speaker()
    {
        var d = Run.Text("Julien Castagné tient le barrage depuis lundi. « On nous demande toujours plus de normes, explique l’éleveur de 41 ans. On ne lâchera pas. »\n\n"
            + "« Nous avons besoin d’aide, lance Marie Lefort, présidente d’une association. Les besoins restent immenses. »");
        Assert.Equal("Julien Castagné", Speaker(d, d.QuoteAt("On nous demande")));
        Assert.Equal("Marie Lefort", Speaker(d, d.QuoteAt("Nous avons besoin")));
    }

    [Fact]
    public void An_incise_with_que_is_content_not_attribution()
    {
        var d = Run.Text("« Il faut dire, explique que c’est faux, et voilà », a déclaré Emmanuel Macron.");
        Assert.Equal("Emmanuel Macron", Speaker(d, d.QuoteAt("Il faut dire")));
    }

    [Fact]
    public void An_inverted_subject_before_a_colon()
    {
        var d = Run.Text("Mais le syndicat reste mobilisé, a prévenu son président, Arnaud Rousseau : « Nous jugerons sur pièces. »");
        Assert.Equal("Arnaud Rousseau", Speaker(d, d.QuoteAt("Nous jugerons")));
    }

    [Fact]
    public void A_reporting_noun_names_its_issuer()
    {
        var d = Run.Text("« Il faut maintenant passer aux actes », peut-on lire dans un communiqué du ministère des Affaires étrangères publié dans la soirée.");
        Assert.Contains("ministère des Affaires étrangères", Speaker(d, d.QuoteAt("Il faut maintenant")));
    }

    [Fact]
    public void Inserted_words_between_auxiliary_and_participle()
    {
        var d = Run.Text("Le premier secrétaire du Parti socialiste, Olivier Faure, a pour sa part réclamé « un changement de cap ».");
        Assert.Equal("Olivier Faure", Speaker(d, d.QuoteAt("un changement de cap")));
    }

    [Fact]
    public void A_quotation_paragraph_after_a_reported_clause_goes_on_with_its_speaker()
    {
        var d = Run.Text("Saeb Erekat a affirmé que les Palestiniens ne céderaient pas.\n\n« Ils voulaient nous mettre à genoux. Nous resterons debout. »");
        Assert.Equal("Saeb Erekat", Speaker(d, d.QuoteAt("Ils voulaient")));
    }
}
