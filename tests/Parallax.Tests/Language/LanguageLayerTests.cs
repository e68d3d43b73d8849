using Parallax.Language;
using Parallax.Model;

namespace Parallax.Tests.Language;

public class LanguageLayerTests
{
    static string[] Sentences(string text, string lang = "fr") =>
        [.. SentenceSplitter.Split(text, 0, text.Length, lang).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Titles_and_abbreviations_do_not_end_sentences()
    {
        Assert.Equal(["« La conversation vient de se terminer », a déclaré M. Peskov.", "« C’était très long », a-t-il ajouté."],
            Sentences("« La conversation vient de se terminer », a déclaré M. Peskov. « C’était très long », a-t-il ajouté."));
        Assert.Equal(["Dr. Smith met U.S. officials in St. Louis on Jan. 5.", "They spoke."],
            Sentences("Dr. Smith met U.S. officials in St. Louis on Jan. 5. They spoke.", "en"));
        Assert.Single(Sentences("Né en 52 av. J.-C. à Rome, il régna."));
    }

    [Fact]
    public void Elided_passage_and_closing_guillemet()
    {
        var s = Sentences("Trump a déclaré : « Nous commencerons par appeler <…> Zelensky d’Ukraine. » Le président a écrit.");
        Assert.Equal(2, s.Length);
        Assert.EndsWith("Ukraine. »", s[0]);
        Assert.Single(Sentences("Il a rencontré Poutine mardi (12). "));
    }

    [Fact]
    public void Exclamation_inside_quote_followed_by_lowercase_attribution_stays_one_sentence()
    {
        Assert.Single(Sentences("« Nous en avons perdu beaucoup ! » a-t-il déclaré."));
    }

    [Fact]
    public void Tokens_split_elisions_and_keep_inversions_apart()
    {
        var text = "L’appel qu’il a-t-il jusqu’à Saint-Pétersbourg 3,5 dit-elle";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length).Select(t => text[t.Start..t.End]).ToArray();
        Assert.Equal(["L’", "appel", "qu’", "il", "a", "-t-il", "jusqu’", "à", "Saint-Pétersbourg", "3,5", "dit", "-elle"], tokens);
    }

    [Theory]
    [InlineData("Le président russe a eu un entretien avec son homologue, a déclaré le porte-parole.", "fr")]
    [InlineData("The Russian president said that he had spoken with his counterpart for an hour.", "en")]
    [InlineData("Der russische Präsident hat mit seinem Amtskollegen gesprochen, und die Gespräche sind nicht beendet.", "de")]
    [InlineData("El presidente ruso habló con su homólogo y dijo que la conversación fue larga.", "es")]
    [InlineData("Президент России провёл телефонный разговор с американским коллегой.", "ru")]
    [InlineData("Президент України провів телефонну розмову з американським колегою.", "uk")]
    [InlineData("Il presidente russo ha parlato a lungo con il suo omologo americano.", "it")]
    [InlineData("O presidente russo conversou durante uma hora com o seu homólogo americano.", "pt")]
    public void Identifies_languages(string text, string expected) => Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Fact]
    public void Sentences_of_a_seed_page_stay_inside_blocks()
    {
        var doc = new Document
        {
            Id = "x", Source = new SourceInfo(null, null, null), Text = "Titre\n\nUne phrase. Une autre.",
            Paragraphs = [new Paragraph(0, 5, BlockKind.Heading), new Paragraph(7, 29, BlockKind.Paragraph)],
        };
        var d = new LanguageStage().Process(doc);
        Assert.Equal(["Titre", "Une phrase.", "Une autre."], d.Sentences.Select(s => d.Text[s.Start..s.End]).ToArray());
        Assert.Equal("fr", d.Language);
        Assert.All(d.Tokens, t => Assert.True(t.End <= d.Text.Length));
    }

    [Fact]
    public void Text_without_letters_is_undetermined()
    {
        Assert.Equal("und", LanguageIdentifier.Identify("12/02/2025 — 18:30 !!!"));
        Assert.Equal("und", LanguageIdentifier.Identify(""));
    }

    [Fact]
    public void A_model_trained_on_two_languages_tells_them_apart()
    {
        var model = NgramLanguageModel.Train([
            ("xx", "aaa bab aab abba baab aaa bab"), ("xx", "abab baba aabb"),
            ("yy", "ccc dcd ccd cddc dccd ccc dcd"), ("yy", "cdcd dcdc ccdd"),
        ], minCount: 1);
        Assert.Equal(["xx", "yy"], model.Languages);
        Assert.Equal("xx", model.Identify("abba baba").Language);
        var g = model.Identify("dccd cdcd");
        Assert.Equal("yy", g.Language);
        Assert.Equal("xx", g.RunnerUp);
        Assert.InRange(g.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void A_declared_language_yields_only_to_clear_evidence()
    {
        const string english = "The Russian president said on Wednesday that he had spoken with his American counterpart for almost an hour and a half, and that the two leaders had agreed to meet in Saudi Arabia in the coming weeks to discuss the war in Ukraine and the Middle East.";
        Assert.Equal("en", LanguageStage.ChooseLanguage("fr", english));   // a template's default language, wrong for this page
        Assert.Equal("fr", LanguageStage.ChooseLanguage("fr", "Breaking news")); // too short to overrule it
        Assert.Equal("en", LanguageStage.ChooseLanguage(null, english));
    }

    [Fact]
    public void Held_out_sentences_are_identified_at_least_95_percent()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "testdata", "language", "langid-heldout");
        var report = Parallax.Evaluation.LanguageEvaluation.IdentifyFolder(dir);
        Assert.True(report.Languages.Count >= 8, "eight languages");
        Assert.True(report.Accuracy >= 0.95, $"accuracy {report.Accuracy:P1}");
    }
}
