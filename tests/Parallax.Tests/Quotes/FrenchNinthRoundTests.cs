using Parallax.Model;
using Parallax.Quotes;
using Parallax.Tests.Support;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French speakers of the ninth French round: a noun of an organisation after the verb ("a précisé l’entreprise", "a
/// indiqué la collectivité") never stands for a person, and an organisation named by its acronym is the one the text
/// names in full ("La Direction générale de …" then "la DG…").
/// </summary>
public class FrenchNinthRoundTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    [Fact]
    public void A_company_noun_after_the_verb_is_the_company_named_before_not_the_last_person()
    {
        var d = Run.Text("À Brest, Martine Le Gall, 64 ans, a vu son jardin disparaître sous l’eau. « Tout est monté en dix minutes », "
            + "raconte la retraitée. Selon Enedis, 12 000 foyers restaient privés d’électricité mardi soir. « Nos équipes sont "
            + "mobilisées jour et nuit », a précisé l’entreprise.", published: "2025-01-28");
        Assert.Equal("Enedis", Speaker(d, d.QuoteAt("Nos équipes sont mobilisées")));
    }

    [Fact]
    public void A_local_authority_noun_after_the_verb_is_the_authority_named_before()
    {
        var d = Run.Text("« C’est un soulagement pour les quarante salariés », a déclaré le directeur de la verrerie, Pascal Dumont. "
            + "La métropole de Rouen s’est engagée à racheter les bâtiments. « Nous voulons garder ce savoir-faire sur le "
            + "territoire », a indiqué la collectivité.", published: "2025-02-14");
        Assert.Contains("Rouen", Speaker(d, d.QuoteAt("Nous voulons garder ce savoir-faire")));
    }

    [Fact]
    public void A_person_who_speaks_after_an_organisation_keeps_the_quote()
    {
        var d = Run.Text("La mairie de Vannes a ouvert un gymnase pour les sinistrés. Une habitante de la rue du Port, Solène Guillou, "
            + "raconte : « Nous sommes partis en pyjama, sans rien. » La préfecture a annoncé une cellule d’aide psychologique.",
            published: "2025-03-03");
        Assert.Equal("Solène Guillou", Speaker(d, d.QuoteAt("Nous sommes partis en pyjama")));
    }

    [Theory]
    [InlineData("La Direction générale de l’énergie et du climat a publié son bilan.", "DGEC", "Direction générale de l’énergie et du climat")]
    [InlineData("Selon le service départemental d’incendie et de secours (SDIS), le feu est fixé.", "SDIS", "service départemental d’incendie et de secours")]
    [InlineData("Le Touring Club Suisse (TCS) regrette le vote.", "TCS", "Touring Club Suisse")]
    public void The_full_name_of_an_acronym_is_the_run_of_words_its_initials_spell(string text, string acronym, string full)
    {
        var span = Acronyms.FullName(text, TextFold.Fold(text), acronym);
        Assert.NotNull(span);
        Assert.Equal(full, text[span.Value.Start..span.Value.End]);
    }

    [Theory]
    [InlineData("Le gouvernement prévoit 60 milliards d’euros d’économies.", "PME")]
    [InlineData("Les prix montent encore dans les magasins.", "PME")]
    public void Words_that_merely_start_with_the_letters_are_no_full_name(string text, string acronym) =>
        Assert.Null(Acronyms.FullName(text, TextFold.Fold(text), acronym));

    [Fact]
    public void An_agency_quoted_by_its_acronym_is_the_agency_named_in_full()
    {
        var d = Run.Text("La Direction générale de l’aviation civile a demandé aux compagnies de supprimer un vol sur deux à Lyon. "
            + "« Des retards importants sont à prévoir toute la journée », a prévenu la DGAC dans un communiqué.", published: "2025-07-03");
        var speaker = Speaker(d, d.QuoteAt("Des retards importants"));
        Assert.True(speaker != null && speaker.Contains("Direction générale", StringComparison.Ordinal),
            $"speaker {speaker}; entities {string.Join(" | ", d.Entities.Select(e => e.Name + ":" + e.Type))}");
    }
}
