using System.Collections.Immutable;
using System.Diagnostics;
using Parallax;
using Parallax.Model;
using Parallax.Stories;

/// <summary>
/// Story clustering at scale: synthetic documents (people and places from the bundled knowledge base, events from
/// templates, French and English wording) arrive in publication order, 2,000 a day, about 5 per real event, and are
/// clustered one by one by a <see cref="StoryIndex"/> (signature and placement; no pipeline, no store). Reports the
/// time per document in slices as the number of documents grows, the active window and the managed heap.
/// </summary>
static class StoryBench
{
    static readonly string[] En = ["talks", "meeting", "agreement", "ceasefire", "sanctions", "summit", "visit", "tariffs", "election", "strike", "aid", "negotiations", "energy", "border", "security"];
    static readonly string[] Fr = ["discussions", "rencontre", "accord", "cessez-le-feu", "sanctions", "sommet", "visite", "droits", "élection", "frappe", "aide", "négociations", "énergie", "frontière", "sécurité"];
    static readonly string[] Types = ["CONSULT", "AGREE", "REQUEST", "ASSAULT", "SANCTION", "SUPPORT", "ACCUSE"];

    public static void Run(int n)
    {
        var people0 = DataFiles.ReadTsv("Entities/data/people.tsv").Where(r => r.Length >= 2 && r[1].Length > 0).Select(r => (Kb: r[0], Name: r[1])).ToArray();
        var places = DataFiles.ReadTsv("Entities/data/places.tsv").Where(r => r.Length >= 2 && r[1].Length > 0).Select(r => (Kb: r[0], Name: r[1])).ToArray();
        var rng = new Random(42);
        // the KB's people, and as many again made-up (unlinked) names, so that events of one day rarely share both participants
        var people = people0.Concat(Enumerable.Range(0, 2000).Select(i => (Kb: "", Name: $"Person{i} Name{i % 97}"))).ToArray();
        var opts = StoryOptions.Default;
        var index = new StoryIndex(opts);
        const int perDay = 2000, perEvent = 5;
        Console.WriteLine($"Story clustering: {n:N0} synthetic documents, {perDay} a day, ~{perEvent} per event, {people.Length} people and {places.Length} places from the bundled KB; 1 thread");
        Console.WriteLine($"{"documents",12} {"µs/doc (slice)",15} {"docs/s (slice)",15} {"active stories",15} {"active docs",12} {"heap MiB",10}");
        var day0 = new DateOnly(2020, 1, 1);
        var events = new List<(int Day, string A, string B, string Place, string Type, int Word)>();
        Vocabulary = [.. Enumerable.Range(0, 5000).Select(i => $"topic{i:x}word")];
        var sw = new Stopwatch();
        var sigWatch = new Stopwatch();
        int slice = Math.Max(1, Math.Min(10_000, n / 10)), checkpoint = slice;
        long sliceStart = 0;
        double totalSeconds = 0;
        for (int i = 0; i < n; i++)
        {
            int day = i / perDay;
            // a new real event now and then; a document tells one of the events of its day (or the day before)
            if (events.Count == 0 || rng.Next(perEvent) == 0 || events[^1].Day < day)
            {
                var a = people[rng.Next(people.Length)];
                var b = people[rng.Next(people.Length)];
                var pl = places[rng.Next(places.Length)];
                events.Add((day, a.Kb + "\t" + a.Name, b.Kb + "\t" + b.Name, pl.Kb + "\t" + pl.Name, Types[rng.Next(Types.Length)], rng.Next(Vocabulary.Length)));
                if (events.Count > 4 * perDay / perEvent) events.RemoveRange(0, events.Count - 4 * perDay / perEvent);
            }
            var ev = events[events.Count - 1 - rng.Next(Math.Min(events.Count, perDay / perEvent))];
            var doc = Make(i, day0.AddDayNumberSafe(ev.Day + rng.Next(2)), ev, rng);
            sw.Start();
            sigWatch.Start();
            var sig = StorySignature.Of(doc, opts);
            sigWatch.Stop();
            index.Add(doc.Id, sig);
            sw.Stop();
            if (i + 1 == checkpoint || i + 1 == n)
            {
                double sec = sw.Elapsed.TotalSeconds;
                int done = i + 1;
                long count = done - sliceStart;
                Console.WriteLine($"{done,12:N0} {sec / count * 1e6,15:F1} {count / sec,15:F0} {index.ActiveStories,15:N0} {index.ActiveDocuments,12:N0} {GC.GetTotalMemory(false) / 1048576.0,10:F1}");
                totalSeconds += sec;
                sw.Reset();
                sliceStart = done;
                checkpoint = done < 10 * slice ? done + slice : done * 2 > n ? n : done * 2;
            }
        }
        Console.WriteLine($"all: {n / totalSeconds:F0} documents/s, {totalSeconds / n * 1e6:F1} µs per document ({sigWatch.Elapsed.TotalSeconds / n * 1e6:F1} µs of it for the signature); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
    }

    static string[] Vocabulary = [];

    static DateOnly AddDayNumberSafe(this DateOnly d, int days) => d.AddDays(days);

    static Document Make(int i, DateOnly published, (int Day, string A, string B, string Place, string Type, int Word) ev, Random rng)
    {
        bool fr = rng.Next(2) == 0;
        string[] a = ev.A.Split('\t'), b = ev.B.Split('\t'), p = ev.Place.Split('\t');
        var words = fr ? Fr : En;
        // each event has its own content words (a made-up vocabulary), told with a few common ones
        string w1 = words[ev.Word % words.Length], w2 = Vocabulary[(ev.Word * 7 + rng.Next(4)) % Vocabulary.Length], w3 = Vocabulary[(ev.Word * 13 + rng.Next(4)) % Vocabulary.Length];
        var text = fr
            ? $"{a[1]} et {b[1]} ont tenu des {w1} à {p[1]}, selon une source proche du dossier. Les {w2} ont porté sur la {w3} et {rng.Next(100)} points."
            : $"{a[1]} and {b[1]} held {w1} in {p[1]}, a source close to the matter said. The {w2} covered {w3} and {rng.Next(100)} issues.";
        int pa = 0, pb = a[1].Length + (fr ? 4 : 5), pp = text.IndexOf(p[1], StringComparison.Ordinal);
        var ents = ImmutableArray.Create(
            new Entity { Id = "e1", Kb = a[0].Length > 0 ? a[0] : null, Name = a[1], Type = EntityTypes.Person, Mentions = [new Mention(pa, pa + a[1].Length, a[1])] },
            new Entity { Id = "e2", Kb = b[0].Length > 0 ? b[0] : null, Name = b[1], Type = EntityTypes.Person, Mentions = [new Mention(pb, pb + b[1].Length, b[1])] },
            new Entity { Id = "e3", Kb = p[0].Length > 0 ? p[0] : null, Name = p[1], Type = EntityTypes.Location, Mentions = [new Mention(pp, pp + p[1].Length, p[1])] });
        var date = new DateOnly(2020, 1, 1).AddDays(ev.Day).ToString("yyyy-MM-dd");
        return new Document
        {
            Id = i.ToString("x16").PadLeft(64, '0'), Source = new SourceInfo(null, null, "synthetic"), Language = fr ? "fr" : "en",
            Published = published, Title = null, Text = text, Entities = ents,
            Times = [new TimeExpression { Start = 0, End = 0, Text = "", Kind = TimeKinds.Date, Value = date }],
            Events = [new Event { Id = "v1", Type = ev.Type, Actors = ["e1"], Targets = ["e2"], Location = "e3", Date = date }],
        };
    }
}
