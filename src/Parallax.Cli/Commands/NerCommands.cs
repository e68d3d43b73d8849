using System.CommandLine;
using Parallax.Entities;
using Parallax.Entities.Ner;
using Parallax.Evaluation;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax train ner</c>, <c>parallax train ner-corpus</c> and <c>parallax eval ner</c>: the statistical mention model.</summary>
internal static class NerCommands
{
    public static Command Train()
    {
        var cmd = new Command("train", "Train Parallax's statistical models");
        cmd.Subcommands.Add(TrainNer());
        cmd.Subcommands.Add(Corpus());
        return cmd;
    }

    static string? Lang(ParseResult r, Option<string?> o) => r.GetValue(o) switch
    {
        null => null,
        "fr" or "en" => r.GetValue(o),
        var l => throw new UsageException($"--lang: '{l}' is not fr or en"),
    };

    static List<ConllSentence> ReadConll(string path, string? lang)
    {
        try { return ConllReader.ReadFile(path, lang); }
        catch (ConllFormatException e) { throw new UsageException(e.Message); }
        catch (FileNotFoundException e) { throw new UsageException(e.Message); }
    }

    static Command TrainNer()
    {
        var train = new Argument<string[]>("TRAIN") { Description = "CoNLL training files (token first, BIO tag last, blank line between sentences)", Arity = ArgumentArity.OneOrMore };
        var dev = new Option<string?>("--dev") { Description = "A CoNLL dev file, scored after every epoch" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences", DefaultValueFactory = _ => 6 };
        var output = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => "ner.pxner" };
        var lang = new Option<string?>("--lang") { Description = "Language of the sentences (fr or en) where the files do not say it with a '# lang = …' line" };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffle of the training sentences before each epoch", DefaultValueFactory = _ => 1 };
        var bits = new Option<int>("--bits") { Description = "The weight table has 2^bits rows of hashed features", DefaultValueFactory = _ => 16 };
        var cmd = new Command("ner", "Train the mention model (averaged perceptron, Viterbi over BIO tags) on CoNLL files") { train, dev, epochs, output, lang, seed, bits };
        cmd.SetAction(r => Common.Run(() =>
        {
            int n = r.GetValue(epochs);
            if (n < 1) throw new UsageException("--epochs: must be at least 1");
            int b = r.GetValue(bits);
            if (b is < 10 or > 24) throw new UsageException("--bits: must be between 10 and 24");
            var l = Lang(r, lang);
            var files = r.GetValue(train)!;
            var sentences = files.SelectMany(f => ReadConll(f, l)).ToList();
            if (sentences.Count == 0) throw new UsageException($"{string.Join(", ", files)}: no sentences");
            var devSet = r.GetValue(dev) is { } d ? ReadConll(d, l) : null;
            Console.Error.WriteLine($"training on {sentences.Count} sentences ({sentences.Sum(s => s.Length)} tokens) from {string.Join(", ", files)}"
                + (devSet != null ? $"; dev: {devSet.Count} sentences" : "") + $"; {n} epochs, seed {r.GetValue(seed)}");
            var options = new NerTrainOptions
            {
                Epochs = n, Seed = r.GetValue(seed), Bits = b,
                Description = $"trained on {string.Join(", ", files.Select(Path.GetFileName))} ({sentences.Count} sentences), {n} epochs, seed {r.GetValue(seed)}",
            };
            var model = NerModel.Train(sentences, devSet, NerLexicons.Default, options, e =>
            {
                var line = $"epoch {e.Epoch}/{n}: {e.Mistakes} of {e.Sentences} sentences wrong ({e.TokenErrors} tokens), {e.Elapsed.TotalSeconds:F1} s";
                if (e.Dev is { } s)
                    line += $"; dev F1 {s.Overall().F1:P1} (" + string.Join(", ", Enumerable.Range(0, NerTags.Types.Length).Where(t => s.Gold[t] > 0).Select(t => $"{NerTags.Types[t]} {s.For(t).F1:P1}")) + ")";
                Console.Error.WriteLine(line);
            });
            if (devSet != null) Common.Out.Write(ScoreTable($"Dev set: {Markup.Escape(r.GetValue(dev)!)}", [("model", model.Score(devSet.Select(s => NerModel.Prepare(s, NerLexicons.Default))))]));
            var path = r.GetValue(output)!;
            model.Save(path);
            Console.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024.0:F0} KiB, {model.Weights} weights)");
            return 0;
        }));
        return cmd;
    }

    static Command Corpus()
    {
        var sources = new Argument<string[]>("SOURCE") { Description = "Bracketed annotation files: one sentence per line, [PER Name] [ORG …] [LOC …] [MISC …], '# lang = fr'", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string>("--out") { Description = "Folder to write train.conll, dev.conll and test.conll into", DefaultValueFactory = _ => "." };
        var cmd = new Command("ner-corpus", "Tokenise bracketed annotation files with Parallax's tokenizer into CoNLL train, dev and test files (2 sentences in 10 test, 1 dev)") { sources, outDir };
        cmd.SetAction(r => Common.Run(() =>
        {
            var splits = new Dictionary<string, List<ConllSentence>> { ["train"] = [], ["dev"] = [], ["test"] = [] };
            foreach (var src in r.GetValue(sources)!)
            {
                if (!File.Exists(src)) throw new UsageException($"{src}: no such file");
                List<ConllSentence> sentences;
                using (var reader = new StreamReader(src))
                    try { sentences = NerCorpus.ReadBracketed(reader, src); }
                    catch (ConllFormatException e) { throw new UsageException(e.Message); }
                for (int i = 0; i < sentences.Count; i++) splits[NerCorpus.Split(i)].Add(sentences[i]);
            }
            var dir = r.GetValue(outDir)!;
            Directory.CreateDirectory(dir);
            foreach (var (name, list) in splits)
            {
                using var w = new StreamWriter(Path.Combine(dir, name + ".conll")) { NewLine = "\n" };
                ConllReader.Write(w, list);
                Console.Error.WriteLine($"{Path.Combine(dir, name + ".conll")}: {list.Count} sentences, {list.Sum(s => NerTags.Spans(s.Tags.AsSpan()).Count)} names");
            }
            return 0;
        }));
        return cmd;
    }

    public static Command Eval()
    {
        var file = new Argument<string>("FILE") { Description = "A CoNLL file to score against (default: the bundled test split)", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => Path.Combine("tests", "Parallax.Tests", "testdata", "ner", "test.conll") };
        var model = new Option<string?>("--model") { Description = "Model file (default: the bundled model)" };
        var lang = new Option<string?>("--lang") { Description = "Language of the sentences (fr or en) where the file does not say it" };
        var rules = new Option<bool>("--rules") { Description = "Also score the entities stage: rules and knowledge base alone, and with the model" };
        var speed = new Option<bool>("--speed") { Description = "Also measure speed (MB of text per second on one thread) of the model and of the entities stage with and without it" };
        var published = new Option<string?>("--published") { Description = "Publication date given to the sentences for the entities stage (default 2025-06-01)" };
        var errors = new Option<int>("--errors") { Description = "List this many of the model's wrong sentences", DefaultValueFactory = _ => 0 };
        var cmd = new Command("ner", "Mention detection on a CoNLL file: entity-level precision, recall and F1 per type (model; with --rules the rule path and both combined)") { file, model, lang, rules, speed, published, errors };
        cmd.SetAction(r => Common.Run(() =>
        {
            var path = r.GetValue(file)!;
            var sentences = ReadConll(path, Lang(r, lang));
            NerModel m;
            try { m = r.GetValue(model) is { } mf ? NerModel.Load(mf) : NerModel.Bundled; }
            catch (Exception e) when (e is InvalidDataException or FileNotFoundException) { throw new UsageException(e.Message); }
            var lex = NerLexicons.Default;
            var prepared = sentences.Select(s => NerModel.Prepare(s, lex)).ToList();
            var (modelScore, elapsed, chars) = NerEvaluation.ScoreModel(m, prepared);
            var rows = new List<(string, NerScore)> { ("model", modelScore) };
            var date = Common.ParseDate(r.GetValue(published)) ?? new DateOnly(2025, 6, 1);
            var stageTimes = new List<(string, TimeSpan)>();
            if (r.GetValue(rules))
            {
                if (r.GetValue(speed)) // a first pass warms both stages up (the knowledge base, the JIT) before the timed one
                    foreach (var st in new[] { new EntityStage(KnowledgeBase.Default, null), new EntityStage(KnowledgeBase.Default, m) })
                        NerEvaluation.ScoreStage(st, prepared, lex, date);
                var (rulesScore, rulesTime) = NerEvaluation.ScoreStage(new EntityStage(KnowledgeBase.Default, null), prepared, lex, date);
                var (bothScore, bothTime) = NerEvaluation.ScoreStage(new EntityStage(KnowledgeBase.Default, m), prepared, lex, date);
                rows.Add(("rules + KB", rulesScore));
                rows.Add(("rules + KB + model", bothScore));
                stageTimes.Add(("rules + KB", rulesTime));
                stageTimes.Add(("rules + KB + model", bothTime));
            }
            Common.Out.Write(ScoreTable($"{Markup.Escape(path)}: {sentences.Count} sentences, {prepared.Sum(p => p.Tokens.Length)} tokens", rows));
            Common.Out.MarkupLine($"[grey]model: {Markup.Escape(m.Description)}[/]");
            foreach (var lg in prepared.GroupBy(p => p.Sentence.Language ?? "?").OrderBy(g => g.Key))
            {
                var s = NerEvaluation.ScoreModel(m, [.. lg]).Score;
                Common.Out.MarkupLine($"model, {Markup.Escape(lg.Key)}: F1 {s.Overall().F1:P1} over {lg.Count()} sentences (PER/ORG/LOC: {s.Overall(0, 1, 2).F1:P1})");
            }
            if (r.GetValue(speed))
            {
                long bytes = prepared.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Text));
                foreach (var lg in prepared.GroupBy(p => p.Sentence.Language).OrderBy(g => g.Key))
                {
                    // the sentences of one language repeated into a document of at least 256 KB, tagged whole
                    var sentencesOfLang = lg.ToList();
                    var repeated = Enumerable.Repeat(sentencesOfLang, 1 + 256 * 1024 / Math.Max(1, sentencesOfLang.Sum(p => p.Text.Length))).SelectMany(x => x);
                    var doc = NerEvaluation.AsDocument(repeated, lg.Key, date);
                    var folded = Text.TextFold.Fold(doc.Text);
                    double mbs = NerEvaluation.MegabytesPerSecond(doc, d => m.Find(d, lex, folded), 3);
                    Common.Out.MarkupLine($"speed, model alone, {Markup.Escape(lg.Key ?? "?")}: {mbs:F2} MB/s ({System.Text.Encoding.UTF8.GetByteCount(doc.Text) / 1024.0:F0} KiB as one document, best of 3, one thread; features, KB gazetteer and Viterbi)");
                }
                foreach (var (name, time) in stageTimes)
                    Common.Out.MarkupLine($"speed, entities stage {Markup.Escape(name)}: {bytes / 1e6 / time.TotalSeconds:F2} MB/s (each sentence a document, {prepared.Count} documents, one thread{(stageTimes.Count > 0 ? "" : "")})");
                if (stageTimes.Count == 0) Common.Out.MarkupLine("[grey]--rules adds the speed of the entities stage with and without the model[/]");
            }
            int shown = 0, max = r.GetValue(errors);
            foreach (var p in prepared)
            {
                if (shown >= max) break;
                var tags = new int[p.Tokens.Length];
                m.Tag(p.View, tags);
                if (tags.AsSpan().SequenceEqual(p.Sentence.Tags.AsSpan())) continue;
                shown++;
                Common.Out.MarkupLine($"[grey]{Markup.Escape(p.Sentence.Source)}:{p.Sentence.Line}[/]");
                Common.Out.MarkupLine("  gold  " + Markup.Escape(Bracket(p, p.Sentence.Tags.AsSpan())));
                Common.Out.MarkupLine("  model " + Markup.Escape(Bracket(p, tags)));
            }
            return 0;
        }));
        return cmd;
    }

    static string Bracket(NerModel.Prepared p, ReadOnlySpan<int> tags)
    {
        var sb = new System.Text.StringBuilder(p.Text);
        foreach (var (s, e, t) in Enumerable.Reverse(NerTags.Spans(tags)))
        {
            sb.Insert(p.Tokens[e - 1].End, "]");
            sb.Insert(p.Tokens[s].Start, "[" + NerTags.Types[t] + " ");
        }
        return sb.ToString();
    }

    static Table ScoreTable(string title, IEnumerable<(string Name, NerScore Score)> rows)
    {
        var t = new Table().Border(TableBorder.Rounded).Title(title);
        t.AddColumns("system", "type", "gold", "found", "right", "precision", "recall", "F1");
        foreach (var (name, s) in rows)
        {
            for (int k = 0; k < NerTags.Types.Length; k++)
            {
                var (g, pr, c, p, rc, f) = s.For(k);
                if (g == 0 && pr == 0) continue;
                t.AddRow(name, NerTags.Types[k], g.ToString(), pr.ToString(), c.ToString(), $"{p:P1}", $"{rc:P1}", $"{f:P1}");
            }
            var o = s.Overall(0, 1, 2);
            t.AddRow(name, "PER+ORG+LOC", o.Gold.ToString(), o.Predicted.ToString(), o.Correct.ToString(), $"{o.Precision:P1}", $"{o.Recall:P1}", $"{o.F1:P1}");
            var a = s.Overall();
            t.AddRow($"[bold]{name}[/]", "[bold]all[/]", a.Gold.ToString(), a.Predicted.ToString(), a.Correct.ToString(), $"{a.Precision:P1}", $"{a.Recall:P1}", $"[bold]{a.F1:P1}[/]");
        }
        return t;
    }
}
