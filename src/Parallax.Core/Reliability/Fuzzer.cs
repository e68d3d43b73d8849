using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Parallax.Extraction;
using Parallax.Input;
using Parallax.Language;
using Parallax.Time;

namespace Parallax.Reliability;

/// <summary>A parser entry point under fuzzing: seed inputs, tokens worth inserting, and the call (which throws on a failure).</summary>
public sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, IReadOnlyList<byte[]> Tokens, Action<byte[]> Run)
{
    public override string ToString() => Name;
}

/// <summary>One failing input: what went wrong (an exception, a broken invariant, too slow) and the input, minimised.</summary>
public sealed record FuzzFailure(string Target, string Signature, string Message, byte[] Input, byte[] Minimised);

/// <summary>The result of fuzzing one target.</summary>
public sealed record FuzzReport(string Target, long Executions, TimeSpan Elapsed, TimeSpan Slowest, IReadOnlyList<FuzzFailure> Failures);

/// <summary>
/// A mutation fuzzer with a seed corpus: each round takes an input from the pool (seeds and some earlier
/// mutants), applies a few random mutations (bit flips, byte insertions and deletions, duplicated or repeated
/// chunks, tokens of the format, splices with another seed, truncation), runs the target, and records any
/// exception, broken invariant or run slower than the limit. Failures are minimised (chunks removed while the
/// same failure remains) so they can become regression tests. Deterministic for a given seed and number of runs.
/// </summary>
public static class Fuzzer
{
    /// <summary>Inputs are kept below this size.</summary>
    public const int MaxInputBytes = 64 * 1024;

    static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The parser entry points: html, feed, warc, time, sentences (and the whole pipeline on text: pipeline).</summary>
    public static IReadOnlyList<FuzzTarget> Targets(bool includePipeline = false)
    {
        List<FuzzTarget> t = [Html(), Feed(), Warc(), TimeGrammar(), Sentences()];
        if (includePipeline) t.Add(WholePipeline());
        return t;
    }

    public static FuzzTarget Target(string name) =>
        Targets(includePipeline: true).FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no fuzz target '{name}'", nameof(name));

    // ---------------------------------------------------------------- targets

    static byte[] B(string s) => Utf8.GetBytes(s);
    static byte[][] Tokens(params string[] s) => [.. s.Select(B)];

    static FuzzTarget Html() => new("html",
        [B(FaultCorpus.GoodHtml(1)), B(FaultCorpus.GoodHtml(2)), B("<html><head><meta charset=\"windows-1252\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-02-12\",\"author\":{\"name\":\"A\"}}</script></head><body><div class=\"article-body\"><p>Le président a parlé.</p><p>Par Jean Dupont</p></div><table><tr><td>x</td></tr></table></body></html>")],
        Tokens("<div>", "</div>", "<p>", "</p>", "<article>", "<script>", "</script>", "<style>", "<!--", "-->", "<table><tr><td>", "<meta charset=\"utf-8\">",
            "<meta charset=\"utf-16\">", "<br>", "<a href=\"", "\">", "&amp;", "&#x", ";", "<svg>", "<math>", "<template>", "<noscript>", "<time datetime=\"2025-02-12\">",
            "<h1>", "<li>", "<pre>", "<![CDATA[", "<?xml ", "\"", "'", "=", "<", ">", "/", "\u00A0", "«", "»", "Par ", "Source : AFP", "\r\n", "\0"),
        bytes =>
        {
            foreach (var type in new[] { ContentTypes.Html, null })
            {
                var doc = new ArticleExtractor().Extract(new RawInput { Bytes = bytes, ContentType = type });
                CheckSpans(doc.Text, doc.Paragraphs.Select(p => (p.Start, p.End)));
            }
        });

    static FuzzTarget Feed() => new("feed",
        [B(FaultCorpus.Rss(2)), B(FaultCorpus.AtomFeed()), B("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel><title>R</title></channel><item><title>T</title><description>Le ministre a parlé.</description></item></rdf:RDF>")],
        Tokens("<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<description>", "</description>", "<![CDATA[", "]]>", "<content type=\"xhtml\">",
            "<content type=\"html\">", "</content>", "<!DOCTYPE rss [<!ENTITY a \"aaaa\">]>", "&a;", "&lt;p&gt;", "<pubDate>", "Wed, 31 Feb 2025 25:61:00 +9999", "</pubDate>",
            "<link>", "</link>", "<link href=\"", "\"/>", "<guid isPermaLink=\"false\">", "xmlns=\"http://www.w3.org/2005/Atom\"", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "\0", "&#0;"),
        bytes =>
        {
            foreach (var item in FeedReader.Read(bytes, "fuzz.rss"))
            {
                if (item.IsError) { CheckMessage(item.Error!.Message); continue; }
                var doc = new ArticleExtractor().Extract(item.Input!);
                CheckSpans(doc.Text, doc.Paragraphs.Select(p => (p.Start, p.End)));
            }
        });

    static FuzzTarget Warc() => new("warc",
        [FaultCorpus.Warc(2, 70), FaultCorpus.WarcRecord(B("zz\r\n<p>x</p>\r\n0\r\n\r\n"), "https://x.example/", "Transfer-Encoding: chunked\r\n"),
         FaultCorpus.WarcRecord(FaultCorpus.Gzip(B(FaultCorpus.GoodHtml(3))), "https://x.example/gz", "Content-Encoding: gzip\r\n")],
        Tokens("WARC/1.0\r\n", "WARC-Type: response\r\n", "WARC-Type: resource\r\n", "Content-Length: ", "0", "-1", "99999999999", "\r\n\r\n", "\r\n", "HTTP/1.1 200 OK\r\n",
            "HTTP/1.1 404\r\n", "Content-Type: text/html; charset=", "Transfer-Encoding: chunked\r\n", "Content-Encoding: gzip\r\n", "application/http; msgtype=response",
            "WARC-Target-URI: <http://x/>\r\n", " continued\r\n", "\x1f\x8b", "ffffffff\r\n", ":", "\0"),
        bytes =>
        {
            foreach (var item in WarcReader.Read(new MemoryStream(bytes, writable: false), "fuzz.warc"))
            {
                if (item.IsError) { CheckMessage(item.Error!.Message); continue; }
                var doc = new ArticleExtractor().Extract(item.Input!);
                CheckSpans(doc.Text, doc.Paragraphs.Select(p => (p.Start, p.End)));
            }
        });

    static FuzzTarget TimeGrammar() => new("time",
        [B("Le mercredi 12 février 2025 à 18h30, heure de Moscou, il y a trois jours, pendant près d’une heure et demie."),
         B("On Tuesday, Feb. 11, 2025, two weeks ago, from 9 a.m. to 5 p.m. GMT, every Monday since 1990, in the third quarter."),
         B("du 3 au 5 mars 2024, le 1er janvier, entre 2019 et 2021, plus de 20 ans, le lendemain, dans six mois, hier soir.")],
        Tokens(" le ", " la ", "12", "31", "2025", "1er", "février", "Feb.", "mardi", "Tuesday", "dernier", "prochain", "il y a", "ago", "pendant", "heures", "h", "30",
            "-", "/", ".", ",", " et demie", "GMT", "\n\n", "99999999999", "0", "–", "à", " to ", "ans", "years", "Q3", "trimestre", "chaque", "every", "\u00A0"),
        bytes =>
        {
            var text = Utf8.GetString(bytes);
            foreach (var (pub, lang) in new (DateOnly?, string?)[] { (new DateOnly(2025, 2, 12), "fr"), (null, "en"), (new DateOnly(9999, 12, 31), null) })
            {
                var times = TimeStage.Extract(text, pub, lang);
                foreach (var t in times)
                {
                    if (t.Start < 0 || t.End > text.Length || t.Start >= t.End) throw new InvalidOperationException($"time span [{t.Start},{t.End}) outside the text ({text.Length})");
                    if (text[t.Start..t.End] != t.Text) throw new InvalidOperationException("time text differs from its span");
                    if (string.IsNullOrEmpty(t.Value)) throw new InvalidOperationException("time without a value");
                }
            }
        });

    static FuzzTarget Sentences() => new("sentences",
        [B(FaultCorpus.GoodArticle(4)), B(FaultCorpus.GoodArticle(5)), B("M. Dupont a dit : « Non... » Puis il est parti ! U.S. officials said Dr. Smith (R.-Calif.) left at 3 p.m. Then?")],
        Tokens(".", "...", "…", "!", "?", "»", "«", "“", "”", "\"", " ", "\n\n", "M.", "U.S.", "Dr.", "p.m.", "etc.", "J.-C.", "<…>", "[…]", "(", ")", "\u00A0", "\u202F", "A", "é", "3.5", "\uD800", "\uDC00"),
        bytes =>
        {
            var text = Utf8.GetString(bytes);
            foreach (var lang in new[] { "fr", "en", null })
            {
                var s = SentenceSplitter.Split(text, 0, text.Length, lang);
                int last = 0;
                foreach (var x in s)
                {
                    if (x.Start < last || x.End > text.Length || x.Start >= x.End) throw new InvalidOperationException($"sentence [{x.Start},{x.End}) out of order or outside the text");
                    if (x.End - x.Start > SentenceSplitter.MaxSentenceChars) throw new InvalidOperationException($"sentence of {x.End - x.Start} characters");
                    last = x.End;
                }
            }
        });

    static readonly Lazy<Pipeline> DefaultPipeline = new(Pipeline.CreateDefault);

    static FuzzTarget WholePipeline() => new("pipeline",
        [B(FaultCorpus.GoodArticle(6)), B(FaultCorpus.GoodArticle(8)), B("« Nous voulons la paix », a déclaré Vladimir Poutine mercredi à Moscou. Donald Trump a appelé Volodymyr Zelensky le 12 février 2025.")],
        Tokens(" a déclaré ", " said ", "« ", " »", "\"", "Poutine", "Trump", "Zelensky", "Macron", " mercredi ", " le 12 février ", ".", "\n\n", " a appelé ", " a rencontré ", " selon ", "Il ", "He "),
        bytes =>
        {
            var doc = DefaultPipeline.Value.Process(new RawInput { Bytes = bytes, ContentType = ContentTypes.Text, Published = new DateOnly(2025, 2, 12) });
            var problems = Storage.StoreConsistency.CheckDocument(doc).ToList();
            if (problems.Count > 0) throw new InvalidOperationException(problems[0]);
        });

    static void CheckSpans(string text, IEnumerable<(int Start, int End)> spans)
    {
        foreach (var (s, e) in spans)
            if (s < 0 || e > text.Length || s > e) throw new InvalidOperationException($"span [{s},{e}) outside the text ({text.Length})");
    }

    static void CheckMessage(string m)
    {
        if (string.IsNullOrWhiteSpace(m) || m.Contains('\n')) throw new InvalidOperationException($"error message is not one line: '{m}'");
    }

    // ---------------------------------------------------------------- the loop

    /// <summary>
    /// Fuzzes <paramref name="target"/> for <paramref name="duration"/> (or <paramref name="maxRuns"/> runs),
    /// from <paramref name="seed"/>. A run slower than <paramref name="slowLimit"/> (default 5 s) is a failure.
    /// Stops after <paramref name="maxFailures"/> distinct failures. It goes on past the duration until
    /// <paramref name="minRuns"/> inputs have run, so a slow machine still tries a few mutations.
    /// </summary>
    public static FuzzReport Run(FuzzTarget target, TimeSpan duration, int seed = 1, long maxRuns = long.MaxValue,
        TimeSpan? slowLimit = null, int maxFailures = 5, Action<long>? progress = null, long minRuns = 0)
    {
        var limit = slowLimit ?? TimeSpan.FromSeconds(5);
        var rng = new Random(seed);
        var pool = new List<byte[]>(target.Seeds);
        var failures = new List<FuzzFailure>();
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        var slowest = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        long runs = 0;
        // The seeds themselves first.
        foreach (var s in target.Seeds) Execute(s);
        while ((clock.Elapsed < duration || runs < minRuns) && runs < maxRuns && failures.Count < maxFailures)
        {
            var input = pool[rng.Next(pool.Count)];
            int n = 1 + rng.Next(4);
            for (int i = 0; i < n; i++) input = Mutate(rng, input, target);
            Execute(input);
            if (rng.Next(16) == 0)
            {
                if (pool.Count < 256) pool.Add(input);
                else pool[target.Seeds.Count + rng.Next(pool.Count - target.Seeds.Count)] = input;
            }
            if (runs % 1000 == 0) progress?.Invoke(runs);
        }
        return new FuzzReport(target.Name, runs, clock.Elapsed, slowest, failures);

        void Execute(byte[] input)
        {
            runs++;
            var (sig, message, elapsed) = Try(target, input, limit);
            if (elapsed > slowest) slowest = elapsed;
            if (sig is null || !signatures.Add(sig)) return;
            var min = Minimise(target, input, sig, limit);
            failures.Add(new FuzzFailure(target.Name, sig, message!, input, min));
        }
    }

    /// <summary>Runs the target once: (null, null, time) when it passes, else a signature (kind and place) and a message.</summary>
    public static (string? Signature, string? Message, TimeSpan Elapsed) Try(FuzzTarget target, byte[] input, TimeSpan? slowLimit = null)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            target.Run(input);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            sw.Stop();
            return (e.GetType().Name + " at " + Place(e), $"{e.GetType().Name}: {e.Message}", sw.Elapsed);
        }
        sw.Stop();
        if (sw.Elapsed > (slowLimit ?? TimeSpan.FromSeconds(5)))
            return ("slow", $"took {sw.Elapsed.TotalSeconds:F1}s on {input.Length} bytes", sw.Elapsed);
        return (null, null, sw.Elapsed);
    }

    static string Place(Exception e)
    {
        var frame = new StackTrace(e).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Parallax", StringComparison.Ordinal) == true);
        var m = frame?.GetMethod();
        return m is null ? "?" : $"{m.DeclaringType?.Name}.{m.Name}";
    }

    /// <summary>Removes chunks of the input (halves, then smaller) while the same failure remains.</summary>
    public static byte[] Minimise(FuzzTarget target, byte[] input, string signature, TimeSpan? slowLimit = null, int maxTries = 2000)
    {
        var best = input;
        int tries = 0;
        for (int chunk = Math.Max(1, best.Length / 2); chunk >= 1 && tries < maxTries; chunk /= 2)
        {
            bool progress = true;
            while (progress && tries < maxTries)
            {
                progress = false;
                for (int at = 0; at + chunk <= best.Length && tries < maxTries; at += chunk)
                {
                    var candidate = new byte[best.Length - chunk];
                    Array.Copy(best, 0, candidate, 0, at);
                    Array.Copy(best, at + chunk, candidate, at, best.Length - at - chunk);
                    tries++;
                    if (Try(target, candidate, slowLimit).Signature == signature)
                    {
                        best = candidate;
                        progress = true;
                        at -= chunk;
                    }
                }
            }
        }
        return best;
    }

    static readonly byte[][] Interesting = [[0], [0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [(byte)'<'], [(byte)'>'], [(byte)'&'], [(byte)'"'], [(byte)'\n']];

    static byte[] Mutate(Random rng, byte[] input, FuzzTarget target)
    {
        var b = new List<byte>(input);
        int Pos() => rng.Next(b.Count + 1);
        switch (rng.Next(11))
        {
            case 0: if (b.Count > 0) { int i = rng.Next(b.Count); b[i] ^= (byte)(1 << rng.Next(8)); } break;
            case 1: if (b.Count > 0) b[rng.Next(b.Count)] = (byte)rng.Next(256); break;
            case 2: b.InsertRange(Pos(), Interesting[rng.Next(Interesting.Length)]); break;
            case 3:
            case 4: b.InsertRange(Pos(), target.Tokens[rng.Next(target.Tokens.Count)]); break;
            case 5: if (b.Count > 0) { int i = rng.Next(b.Count); b.RemoveRange(i, Math.Min(b.Count - i, 1 + rng.Next(Math.Min(64, b.Count)))); } break;
            case 6: if (b.Count > 0) { int i = rng.Next(b.Count), n = Math.Min(b.Count - i, 1 + rng.Next(64)); b.InsertRange(Pos(), b.GetRange(i, n)); } break;
            case 7:
                if (b.Count > 0)
                {
                    // a chunk repeated many times: deep nesting, long runs
                    int i = rng.Next(b.Count), n = Math.Min(b.Count - i, 1 + rng.Next(16)), times = 1 + rng.Next(2000);
                    var chunk = b.GetRange(i, n);
                    var rep = new List<byte>(n * times);
                    for (int k = 0; k < times && rep.Count < MaxInputBytes / 2; k++) rep.AddRange(chunk);
                    b.InsertRange(i, rep);
                }
                break;
            case 8:
                {
                    var other = target.Seeds[rng.Next(target.Seeds.Count)];
                    int cut = Pos(), from = rng.Next(other.Length + 1);
                    b.RemoveRange(cut, b.Count - cut);
                    b.AddRange(other.AsSpan(from).ToArray());
                }
                break;
            case 9: { int p = rng.Next(b.Count + 1); b.RemoveRange(p, b.Count - p); } break;
            default:
                {
                    var tok = target.Tokens[rng.Next(target.Tokens.Count)];
                    int times = 1 + rng.Next(300), at = Pos();
                    for (int k = 0; k < times; k++) b.InsertRange(at, tok);
                }
                break;
        }
        if (b.Count > MaxInputBytes) b.RemoveRange(MaxInputBytes, b.Count - MaxInputBytes);
        return [.. b];
    }
}
