using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French speakers of the eighth French round: the other of two people heard in turn ("a répondu l’autre", "a rétorqué
/// son adversaire"), a described organisation qualified by its trade after a bare "de" ("le fabricant de jouets"), and a
/// verb matched with its "que" after a resumptive pronoun ("X, elle, juge que …"), which is no inversion.
/// </summary>
public class FrenchEighthRoundTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    [Fact]
    public void The_other_of_two_people_heard_in_turn_is_the_one_heard_before_the_last()
    {
        var d = Run.Text("Hélène Marchetti et Olivier Brunel se sont opposés lundi soir sur le tracé du tramway. « Le projet est "
            + "prêt depuis deux ans », a affirmé Olivier Brunel. « Il n’a jamais été financé », a rétorqué Hélène Marchetti. "
            + "« Les crédits sont votés », a répondu l’autre.", published: "2025-03-11");
        Assert.Equal("Olivier Brunel", Speaker(d, d.QuoteAt("Les crédits sont votés")));
    }

    [Fact]
    public void An_opponent_after_the_verb_is_the_other_person_named_when_only_one_was_heard()
    {
        var d = Run.Text("Damien Fourcade et Marc Lestrade ont débattu lundi soir de la taxe foncière. « Cette taxe ne touchera que "
            + "les plus gros », a assuré Damien Fourcade. « Personne ne vous croit », a lancé son adversaire en riant.",
            published: "2025-02-04");
        Assert.Equal("Marc Lestrade", Speaker(d, d.QuoteAt("Personne ne vous croit")));
    }

    [Fact]
    public void A_described_manufacturer_qualified_by_its_trade_is_the_company_named_before()
    {
        var d = Run.Text("Danone va ouvrir une usine au Vietnam. « La demande asiatique ne cesse de croître », a indiqué le "
            + "fabricant de yaourts dans un communiqué.", published: "2025-04-01");
        Assert.Equal("Danone", Speaker(d, d.QuoteAt("La demande asiatique")));
    }

    [Fact]
    public void A_verb_with_its_que_after_a_resumptive_pronoun_takes_the_clause_after_it()
    {
        // "juge que" is matched with its "que": what follows is the clause, not an inverted subject
        var d = Run.Text("Le maire, Thierry Vasseur, réclame des policiers supplémentaires. Sa rivale, Claire Poulain, elle, "
            + "juge que la gendarmerie suffit largement.", published: "2025-05-20");
        Assert.Equal("Claire Poulain", Speaker(d, d.QuoteAt("la gendarmerie suffit largement")));
    }

    [Fact]
    public void An_organisation_taken_up_by_a_stressed_pronoun_is_the_subject_of_the_verb()
    {
        var d = Run.Text("Le président du Medef, Patrick Martin, a dit attendre des baisses d’impôts. La Confédération paysanne, "
            + "elle, juge que les petites exploitations seront oubliées.", published: "2025-06-12");
        // (the name as written when the Entities stage does not know the union, its entity's name when it does)
        Assert.EndsWith("Confédération paysanne", Speaker(d, d.QuoteAt("les petites exploitations seront oubliées")));
    }
}
