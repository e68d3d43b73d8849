using System.IO.Compression;
using Parallax.Entities;
using Parallax.Entities.Ner;
using Parallax.Evaluation;
using Parallax.Model;
using Parallax.Tests.Cli;

namespace Parallax.Tests.Entities;

public class NerModelTests
{
    static readonly string Data = Path.Combine(AppContext.BaseDirectory, "testdata", "ner");

    static List<ConllSentence> Read(string text, string name = "t.conll") => ConllReader.Read(new StringReader(text), name);

    static string Tags(ConllSentence s) => string.Join(' ', s.Tags.Select(t => NerTags.Names[t]));

    // ---------------------------------------------------------------- reader

    [Fact]
    public void The_reader_takes_the_first_column_as_token_and_the_last_as_tag()
    {
        var s = Read("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n");
        Assert.Equal(2, s.Count);
        Assert.Equal(["EU", "rejects", "German", "call"], s[0].Tokens.ToArray());
        Assert.Equal("B-ORG O B-MISC O", Tags(s[0]));
        Assert.Equal("B-PER I-PER", Tags(s[1]));
        Assert.Equal(8, s[1].Line);
    }

    [Fact]
    public void IOB1_tags_and_long_type_names_are_read_as_IOB2()
    {
        var s = Read("Le\tO\nJean\tI-PERSON\nDupont\tI-PERSON\nParis\tI-LOC\nLyon\tB-LOCATION\n");
        Assert.Equal("O B-PER I-PER B-LOC B-LOC", Tags(s[0]));
    }

    [Fact]
    public void A_lang_line_sets_the_language_unless_the_caller_gives_one()
    {
        var text = "# lang = fr\n\nParis\tB-LOC\n\n# lang = en\n\nLondon\tB-LOC\n";
        Assert.Equal(["fr", "en"], Read(text).Select(s => s.Language));
        Assert.Equal(["en", "en"], ConllReader.Read(new StringReader(text), "x", "en").Select(s => s.Language));
    }

    [Theory]
    [InlineData("Paris\tB-LOC\nLyon\tB-TOWN\n", "bad.conll:2:", "not a BIO tag")]
    [InlineData("Paris\tB-LOC\nLyon\n", "bad.conll:2:", "one column")]
    [InlineData("Paris\tNNP\tB-LOC\nLyon\tB-LOC\n", "bad.conll:2:", "columns")]
    [InlineData("\n\nParis\tX-LOC\n", "bad.conll:3:", "not a BIO tag")]
    public void Malformed_input_is_reported_with_file_and_line(string text, string where, string what)
    {
        var e = Assert.Throws<ConllFormatException>(() => Read(text, "bad.conll"));
        Assert.StartsWith(where, e.Message);
        Assert.Contains(what, e.Message);
    }

    [Fact]
    public void Written_sentences_read_back_the_same()
    {
        var s = Read("# lang = fr\n\nLe\tO\nprésident\tO\nEmmanuel\tB-PER\nMacron\tI-PER\n\nà\tO\nParis\tB-LOC\n");
        var w = new StringWriter();
        ConllReader.Write(w, s);
        var again = Read(w.ToString());
        Assert.Equal(s.Select(Tags), again.Select(Tags));
        Assert.Equal(s.Select(x => string.Join(' ', x.Tokens)), again.Select(x => string.Join(' ', x.Tokens)));
        Assert.All(again, x => Assert.Equal("fr", x.Language));
    }

    // ---------------------------------------------------------------- bracketed sources

    [Fact]
    public void Bracketed_sentences_are_tokenised_with_Parallax_tokenizer()
    {
        var s = NerCorpus.Parse("Le président [PER Emmanuel Macron] a reçu l’[ORG OTAN] à [LOC Saint-Pétersbourg].", "x", 1);
        Assert.Equal(["Le", "président", "Emmanuel", "Macron", "a", "reçu", "l’", "OTAN", "à", "Saint-Pétersbourg", "."], s.Tokens.ToArray());
        Assert.Equal("O O B-PER I-PER O O O B-ORG O B-LOC O", Tags(s));
    }

    [Theory]
    [InlineData("Le [PER Jean Dupont a parlé.", "unclosed")]
    [InlineData("Le [TOWN Lyon] a parlé.", "unknown entity type")]
    [InlineData("Le [PER Jean] Dupont] a parlé.", "without '['")]
    [InlineData("Les [LOC Parisi]ens ont parlé.", "token boundaries")]
    public void Bracketed_errors_name_the_line(string line, string what)
    {
        var e = Assert.Throws<ConllFormatException>(() => NerCorpus.ReadBracketed(new StringReader("# lang = fr\n\n" + line), "src.txt"));
        Assert.StartsWith("src.txt:3:", e.Message);
        Assert.Contains(what, e.Message);
    }

    [Fact]
    public void The_bundled_CoNLL_files_are_generated_from_the_bracketed_sources()
    {
        var splits = new Dictionary<string, List<ConllSentence>> { ["train"] = [], ["dev"] = [], ["test"] = [] };
        foreach (var lang in new[] { "fr", "en" })
        {
            var path = Path.Combine(Data, "src", lang + ".txt");
            using var r = new StreamReader(path);
            var sentences = NerCorpus.ReadBracketed(r, path);
            Assert.True(sentences.Count >= 250, $"{lang}: {sentences.Count} sentences");
            Assert.All(sentences, s => Assert.Equal(lang, s.Language));
            for (int i = 0; i < sentences.Count; i++) splits[NerCorpus.Split(i)].Add(sentences[i]);
        }
        foreach (var (name, expected) in splits)
        {
            var actual = ConllReader.ReadFile(Path.Combine(Data, name + ".conll"));
            Assert.Equal(expected.Select(s => string.Join(' ', s.Tokens) + " / " + Tags(s)), actual.Select(s => string.Join(' ', s.Tokens) + " / " + Tags(s)));
            Assert.Equal(expected.Select(s => s.Language), actual.Select(s => s.Language));
        }
    }

    // ---------------------------------------------------------------- scoring

    [Fact]
    public void Scoring_counts_entities_with_exact_span_and_type()
    {
        var score = new NerScore();
        int[] gold = [NerTags.Begin(0), NerTags.Inside(0), NerTags.O, NerTags.Begin(2), NerTags.O, NerTags.Begin(1)];
        int[] pred = [NerTags.Begin(0), NerTags.O, NerTags.O, NerTags.Begin(2), NerTags.Begin(2), NerTags.Begin(2)];
        score.Add(gold, pred);
        Assert.Equal((1, 1, 0), (score.For(0).Gold, score.For(0).Predicted, score.For(0).Correct)); // PER: span cut short
        Assert.Equal((1, 3, 1), (score.For(2).Gold, score.For(2).Predicted, score.For(2).Correct));
        var all = score.Overall();
        Assert.Equal(1.0 / 4, all.Precision, 6);
        Assert.Equal(1.0 / 3, all.Recall, 6);
        Assert.Equal(2 * (0.25 * (1.0 / 3)) / (0.25 + 1.0 / 3), all.F1, 6);
    }

    [Fact]
    public void Spans_read_an_I_without_its_B_as_a_new_entity()
    {
        int[] tags = [NerTags.O, NerTags.Inside(1), NerTags.Inside(1), NerTags.Begin(0), NerTags.Inside(2)];
        Assert.Equal([(1, 3, 1), (3, 4, 0), (4, 5, 2)], NerTags.Spans(tags));
    }

    // ---------------------------------------------------------------- training, save, load

    /// <summary>A tiny set that word identity alone separates: names of three kinds in varied contexts.</summary>
    static List<ConllSentence> Tiny()
    {
        var text = """
            Zorblat	B-PER
            visited	O
            Quenby	B-LOC
            .	O

            Mira	B-PER
            Tallow	I-PER
            joined	O
            Vexcorp	B-ORG
            .	O

            Vexcorp	B-ORG
            opened	O
            an	O
            office	O
            in	O
            Quenby	B-LOC
            .	O

            Zorblat	B-PER
            left	O
            Vexcorp	B-ORG
            for	O
            Drumlin	B-ORG
            .	O

            Mira	B-PER
            Tallow	I-PER
            lives	O
            in	O
            Harrowgate	B-LOC
            .	O
            """;
        return Read(text.Replace("\r", ""));
    }

    static NerModel TrainTiny(int seed = 7) =>
        NerModel.Train(Tiny(), null, NerLexicons.Default, new NerTrainOptions { Epochs = 8, Seed = seed, Bits = 12, Prune = 0 });

    [Fact]
    public void Training_learns_a_tiny_separable_set()
    {
        var epochs = new List<NerEpoch>();
        var model = NerModel.Train(Tiny(), Tiny(), NerLexicons.Default, new NerTrainOptions { Epochs = 8, Seed = 7, Bits = 12, Prune = 0 }, epochs.Add);
        Assert.Equal(8, epochs.Count);
        Assert.True(epochs[0].Mistakes > 0);
        Assert.Equal(0, epochs[^1].Mistakes);
        var score = model.Score(Tiny().Select(s => NerModel.Prepare(s, NerLexicons.Default)));
        Assert.Equal(1.0, score.Overall().F1);
        Assert.Equal(1.0, epochs[^1].Dev!.Overall().F1);
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        byte[] Bytes(NerModel m) { var ms = new MemoryStream(); m.Save(ms); return ms.ToArray(); }
        Assert.Equal(Bytes(TrainTiny()), Bytes(TrainTiny()));
    }

    [Fact]
    public void A_saved_model_loads_back_and_tags_the_same()
    {
        var model = TrainTiny();
        var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = NerModel.Load(ms, "tiny");
        Assert.Equal(model.Weights, loaded.Weights);
        Assert.Equal(model.Bits, loaded.Bits);
        foreach (var s in Tiny())
        {
            var p = NerModel.Prepare(s, NerLexicons.Default);
            int[] a = new int[s.Length], b = new int[s.Length];
            model.Tag(p.View, a);
            loaded.Tag(p.View, b);
            Assert.Equal(a, b);
        }
        var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(ms.ToArray(), again.ToArray());
    }

    static byte[] Gzip(Action<BinaryWriter> write)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(gz)) write(w);
        return ms.ToArray();
    }

    [Fact]
    public void Incompatible_or_broken_model_files_are_refused_clearly()
    {
        var newer = Gzip(w => { w.Write("PXNER"u8); w.Write(NerModel.FormatVersion + 1); });
        var e = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(newer), "m.pxner"));
        Assert.Contains($"m.pxner: model format version {NerModel.FormatVersion + 1}", e.Message);
        Assert.Contains("retrain", e.Message);

        var otherFeatures = Gzip(w => { w.Write("PXNER"u8); w.Write(NerModel.FormatVersion); w.Write(NerFeatures.Version + 1); });
        e = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(otherFeatures), "m.pxner"));
        Assert.Contains("feature set", e.Message);

        e = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream("not a model at all"u8.ToArray()), "x.txt"));
        Assert.StartsWith("x.txt: not a Parallax mention model", e.Message);

        var ms = new MemoryStream();
        TrainTiny().Save(ms);
        var cut = ms.ToArray()[..(int)(ms.Length / 2)];
        e = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(cut), "cut.pxner"));
        Assert.StartsWith("cut.pxner:", e.Message);
    }

    // ---------------------------------------------------------------- the bundled model, the stage

    [Fact]
    public void The_bundled_model_is_small_and_scores_on_the_held_out_test_split()
    {
        var model = NerModel.Bundled;
        using (var s = DataFiles.Open("Entities/data/ner/model.pxner")) Assert.True(s.Length < 2_000_000, $"{s.Length} bytes");
        var test = ConllReader.ReadFile(Path.Combine(Data, "test.conll"));
        var (score, _, _) = NerEvaluation.ScoreModel(model, [.. test.Select(t => NerModel.Prepare(t, NerLexicons.Default))]);
        // measured 0.79 (docs/quality.md); far below means the bundled model or the features are broken
        Assert.True(score.Overall().F1 >= 0.7, $"F1 {score.Overall().F1:P1}");
        Assert.True(score.For(0).F1 >= 0.85, $"PER F1 {score.For(0).F1:P1}");
    }

    static Document Analysed(string text) => new Parallax.Language.LanguageStage().Process(new Document
    {
        Id = "t", Source = new SourceInfo(null, null, null), Text = text, Published = new DateOnly(2025, 6, 1),
    });

    [Fact]
    public void With_the_model_the_stage_adds_names_the_rules_miss_and_keeps_the_KB_links()
    {
        // "Les sociétés …": the rules leave Brindel alone there (after "La société Kolvex Robotics", "et Brindel" is theirs: a
        // name in a list with an organisation)
        var doc = Analysed("Les sociétés Kolvex Robotics et Brindel ont signé un accord, a indiqué Emmanuel Macron à Paris.");
        var rules = new EntityStage(KnowledgeBase.Default, null).Process(doc);
        var both = new EntityStage(KnowledgeBase.Default, NerModel.Bundled).Process(doc);
        Assert.DoesNotContain(rules.Entities, e => e.Name == "Brindel");
        Assert.Contains(both.Entities, e => e.Name == "Brindel" && e.Type == EntityTypes.Organization && e.Kb == null);
        // what the rules found keeps its mentions; KB entities keep their link and type
        foreach (var e in rules.Entities)
            Assert.Contains(both.Entities, b => b.Name == e.Name && b.Kb == e.Kb && (e.Kb == null || b.Type == e.Type) && b.Mentions.SequenceEqual(e.Mentions));
        // the rules' guess at an unknown name's type ("Kolvex Robotics … a indiqué": a person) gives way to the model's
        var speaker = Analysed("Kolvex Robotics a annoncé mardi un accord, a indiqué Emmanuel Macron à Paris.");
        Assert.Equal(EntityTypes.Person, new EntityStage(KnowledgeBase.Default, null).Process(speaker).Entities.Single(e => e.Name == "Kolvex Robotics").Type);
        Assert.Equal(EntityTypes.Organization, new EntityStage(KnowledgeBase.Default, NerModel.Bundled).Process(speaker).Entities.Single(e => e.Name == "Kolvex Robotics").Type);
        Assert.Contains(both.Entities, e => e.Name == "Emmanuel Macron" && e.Kb != null);
    }

    [Fact]
    public void PARALLAX_NER_chooses_the_mention_path()
    {
        Assert.Null(EntityStage.ModelFor(null));
        Assert.Null(EntityStage.ModelFor("rules"));
        Assert.Same(NerModel.Bundled, EntityStage.ModelFor("model"));
        var e = Assert.Throws<InvalidOperationException>(() => EntityStage.ModelFor("/no/such/model.pxner"));
        Assert.Contains("PARALLAX_NER", e.Message);
        // the tests run with it unset: the default stage is the rule path
        Assert.Null(new EntityStage().MentionModel);
    }

    // ---------------------------------------------------------------- CLI

    [Fact]
    public void Train_and_eval_commands_round_trip_through_a_model_file()
    {
        using var dir = new TempDir();
        var train = dir.File("train.conll");
        var w = new StringWriter();
        ConllReader.Write(w, Tiny());
        File.WriteAllText(train, w.ToString());
        var model = dir.File("tiny.pxner");
        var r = CliRunner.Run("train", "ner", train, "--dev", train, "--epochs", "8", "--bits", "12", "--out", model);
        Assert.True(r.Exit == 0, r.Err);
        Assert.Contains("epoch 8/8", r.Err);
        Assert.Contains("dev F1", r.Err);
        Assert.True(File.Exists(model));
        var ev = CliRunner.Run("eval", "ner", train, "--model", model);
        Assert.True(ev.Exit == 0, ev.Err);
        Assert.Contains("100.0 %", ev.Out);

        File.WriteAllText(dir.File("bad.conll"), "Paris\tB-LOC\nLyon\tB-TOWN\n");
        var bad = CliRunner.Run("train", "ner", dir.File("bad.conll"));
        Assert.Equal(2, bad.Exit);
        Assert.Contains("bad.conll:2:", bad.Err);
        var badModel = CliRunner.Run("eval", "ner", train, "--model", train);
        Assert.Equal(2, badModel.Exit);
        Assert.Contains("not a Parallax mention model", badModel.Err);
    }
}
