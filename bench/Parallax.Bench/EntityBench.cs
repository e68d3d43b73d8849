using System.Diagnostics;
using System.Text;
using Parallax;
using Parallax.Entities;
using Parallax.Model;

/// <summary>
/// <c>entities [--names N] [--mb MB] [--passes P]</c>: the Entities stage with a large knowledge base. Generates a user KB
/// of about N names (people and organisations with plausible Latin, Cyrillic and Arabic-script names, transliteration
/// variants and surnames as aliases), loads it on top of the bundled KB, and measures the load times (bundled KB alone,
/// bundled + generated) and the stage's speed on real article text (the bundled sample pages and the annotated entity
/// paragraphs, repeated to about MB megabytes), one thread, in MB of UTF-8 text per CPU-second.
/// </summary>
static class EntityBench
{
    static readonly string[] Given = ["Anna", "Boris", "Carlos", "Dmitri", "Elena", "Farid", "Giulia", "Hans", "Ingrid", "Jamal", "Keiko", "Lars", "Maria", "Nikolai", "Olga", "Pierre", "Quentin", "Rania", "Sergio", "Tatiana", "Umar", "Vera", "Wei", "Xavier", "Yusuf", "Zofia", "Amadou", "Fatou", "Hiroshi", "Priya"];
    static readonly string[] Syllables = ["ka", "ro", "vi", "lan", "mer", "tos", "be", "ni", "dra", "shov", "ev", "ko", "zi", "mar", "ten", "gu", "sal", "ha", "rin", "do", "pol", "at", "iš", "üz", "ço"];
    static readonly string[] Cyr = ["ка", "ро", "ви", "лан", "мер", "тос", "бе", "ни", "дра", "шов", "ев", "ко", "зи", "мар", "тен", "гу", "сал", "ха", "рин", "до", "пол", "ат", "иш", "уз", "чо"];
    static readonly string[] Ar = ["كا", "رو", "في", "لان", "مر", "توس", "بي", "ني", "درا", "شوف", "يف", "كو", "زي", "مار", "تن", "غو", "سال", "ها", "رين", "دو", "بول", "ات", "يش", "وز", "شو"];
    static readonly string[] OrgHeads = ["Group", "Holdings", "Bank", "Institute", "Foundation", "Party", "Agency", "Industries"];

    public static int Run(string[] args)
    {
        int names = 100_000, passes = 5;
        double mb = 2;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--names") names = int.Parse(args[++i]);
            else if (args[i] == "--mb") mb = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else if (args[i] == "--passes") passes = int.Parse(args[++i]);
            else throw new ArgumentException($"entities: unknown option {args[i]}");
        }
        // load times: the first load in the process (JIT included), then warm reloads; wall clock and CPU time of the process
        var me = Process.GetCurrentProcess();
        (double Wall, double Cpu) Time(Action a)
        {
            me.Refresh();
            var cpu0 = me.TotalProcessorTime;
            var w = Stopwatch.StartNew();
            a();
            w.Stop();
            me.Refresh();
            return (w.Elapsed.TotalMilliseconds, (me.TotalProcessorTime - cpu0).TotalMilliseconds);
        }
        var first = Time(() => KnowledgeBase.Load());
        var warm = Enumerable.Range(0, 5).Select(_ => Time(() => KnowledgeBase.Load())).ToList();
        Console.WriteLine($"bundled KB load: first {first.Wall:F0} ms wall, {first.Cpu:F0} ms CPU (JIT included); warm reload best {warm.Min(x => x.Wall):F0} ms wall, "
            + $"median {warm.Select(x => x.Wall).Order().ElementAt(2):F0} ms wall, {warm.Select(x => x.Cpu).Order().ElementAt(2):F0} ms CPU");

        var dir = Path.Combine(Path.GetTempPath(), $"parallax-kb-bench-{names}");
        int written = Generate(dir, names);
        KnowledgeBase kb = null!;
        var bigLoad = Time(() => kb = KnowledgeBase.Load(dir));
        if (kb.Warnings.Count > 0) Console.WriteLine($"  ({kb.Warnings.Count} generated rows skipped, e.g. {kb.Warnings[0]})");
        Console.WriteLine($"generated KB: {written:N0} names (people, organisations, aliases) in {dir}; bundled + generated load {bigLoad.Wall:F0} ms wall, {bigLoad.Cpu:F0} ms CPU");

        var texts = Texts();
        var corpus = new List<Document>();
        long bytes = 0;
        while (bytes < mb * 1e6)
            foreach (var (text, lang, date) in texts)
            {
                corpus.Add(Parallax.Evaluation.LanguageEvaluation.AsDocument("b" + corpus.Count, lang, text, date));
                bytes += Encoding.UTF8.GetByteCount(text);
            }
        foreach (var (label, stageKb) in new[] { ("bundled KB", KnowledgeBase.Load()), ($"bundled + {written:N0} generated names", kb) })
        {
            var stage = new EntityStage(stageKb);
            int found = 0;
            foreach (var d in corpus) found += stage.Process(d).Entities.Length; // warm-up
            var proc = Process.GetCurrentProcess();
            var rates = new List<(double Wall, double Cpu)>();
            for (int p = 0; p < passes; p++)
            {
                proc.Refresh();
                var cpu0 = proc.TotalProcessorTime;
                var w = Stopwatch.StartNew();
                foreach (var d in corpus) stage.Process(d);
                w.Stop();
                proc.Refresh();
                var cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds;
                rates.Add((bytes / 1e6 / w.Elapsed.TotalSeconds, bytes / 1e6 / Math.Max(cpu, 1e-9)));
            }
            var wall = rates.Select(r => r.Wall).Order().ToList();
            var perCpu = rates.Select(r => r.Cpu).Order().ToList();
            Console.WriteLine($"entities stage, {label}: {corpus.Count} texts, {bytes / 1e6:F2} MB, {found} entities per pass, 1 thread, {passes} passes: "
                + $"MB/s wall median {wall[wall.Count / 2]:F2} (min {wall[0]:F2}, max {wall[^1]:F2}); MB per CPU-second median {perCpu[perCpu.Count / 2]:F2} (min {perCpu[0]:F2}, max {perCpu[^1]:F2})");
        }
        return 0;
    }

    /// <summary>Real article text: the bundled sample pages (extracted) and the annotated entity paragraphs when the repository is at hand.</summary>
    static List<(string Text, string Lang, DateOnly Date)> Texts()
    {
        var pipeline = Pipeline.CreateDefault();
        var list = Corpus.Load().Select(p => pipeline.Extractor.Extract(p)).Select(d => (d.Text, d.Language ?? "fr", d.Published ?? new DateOnly(2025, 2, 12))).ToList();
        var set = Path.Combine("tests", "Parallax.Tests", "testdata", "entities", "paragraphs.jsonl");
        if (File.Exists(set))
            list.AddRange(Parallax.Evaluation.EntityEvaluation.Load(set).Select(p => (p.Text, p.Lang, p.Published)));
        return list;
    }

    /// <summary>Writes people.tsv and organizations.tsv with about <paramref name="target"/> names in all; returns the count.</summary>
    static int Generate(string dir, int target)
    {
        Directory.CreateDirectory(dir);
        var rng = new Random(42);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string Word(string[] syl, int n) { var sb = new StringBuilder(); for (int i = 0; i < n; i++) sb.Append(syl[rng.Next(syl.Length)]); return sb.ToString(); }
        static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
        int count = 0;
        using var people = new StreamWriter(Path.Combine(dir, "people.tsv"), false, new UTF8Encoding(false));
        using var orgs = new StreamWriter(Path.Combine(dir, "organizations.tsv"), false, new UTF8Encoding(false));
        string[] countries = ["RUS", "FRA", "USA", "DEU", "EGY", "JPN", "BRA", "IND", "NGA", "TUR"];
        while (count < target)
        {
            if (rng.Next(5) == 0)
            {
                var n = Cap(Word(Syllables, 2 + rng.Next(2))) + " " + OrgHeads[rng.Next(OrgHeads.Length)];
                if (!seen.Add(n)) continue;
                var acronym = string.Concat(n.Split(' ').Select(w => w[0])).ToUpperInvariant() + rng.Next(100);
                orgs.WriteLine($"\t{n}\t{countries[rng.Next(countries.Length)]}\t{acronym}\tcompany");
                count += 2;
                continue;
            }
            var surname = Cap(Word(Syllables, 2 + rng.Next(2)));
            var given = Given[rng.Next(Given.Length)];
            var name = $"{given} {surname}";
            if (!seen.Add(name)) continue;
            // aliases: a transliteration variant, the Cyrillic or Arabic spelling, the surname alone
            var variant = $"{given} {surname.Replace("v", "w").Replace("sh", "ch").Replace("i", "y")}";
            var script = rng.Next(2) == 0 ? Cap(Word(Cyr, 3)) + " " + Cap(Word(Cyr, 3)) : Word(Ar, 2) + " " + Word(Ar, 3);
            var aliases = new List<string> { script };
            if (variant != name) aliases.Add(variant);
            people.WriteLine($"\t{name}\t{countries[rng.Next(countries.Length)]}\t{string.Join('|', aliases)}\t{(rng.Next(2) == 0 ? "m" : "f")}");
            count += 1 + aliases.Count;
        }
        return count;
    }
}
