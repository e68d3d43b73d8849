using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Parallax.Model;
using Parallax.Storage;

namespace Parallax.Tests.Storage;

/// <summary>
/// The two founding pages with their reference annotation (samples/gold/seeds.gold.json) turned into
/// Documents, stored, queried and serialised. Expected answers are computed from the gold file, not typed in.
/// </summary>
public class SeedGoldenTests
{
    static string SamplePath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "samples", .. parts]);

    sealed record Gold(Document Doc, JsonElement Json);

    static List<Gold> LoadGold()
    {
        var gold = JsonDocument.Parse(File.ReadAllText(SamplePath("gold", "seeds.gold.json")));
        var list = new List<Gold>();
        foreach (var g in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = g.GetProperty("file").GetString()!;
            var bytes = File.ReadAllBytes(SamplePath(file));
            var text = File.ReadAllText(SamplePath(file));
            var ids = new Dictionary<string, string>();
            var entities = ImmutableArray.CreateBuilder<Entity>();
            foreach (var e in g.GetProperty("entities").EnumerateArray())
            {
                var name = e.GetProperty("name").GetString()!;
                var id = "e" + (entities.Count + 1);
                ids[name] = id;
                var mentions = ImmutableArray.CreateBuilder<Mention>();
                foreach (var m in e.GetProperty("mentions").EnumerateArray())
                {
                    var s = m.GetString()!;
                    for (int at = text.IndexOf(s, StringComparison.Ordinal); at >= 0; at = text.IndexOf(s, at + s.Length, StringComparison.Ordinal))
                        mentions.Add(new Mention(at, at + s.Length, s));
                }
                entities.Add(new Entity
                {
                    Id = id, Name = name, Type = e.GetProperty("type").GetString()!,
                    Kb = e.TryGetProperty("kb", out var kb) && kb.ValueKind == JsonValueKind.String ? kb.GetString() : null,
                    Country = e.TryGetProperty("country", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
                    Roles = e.TryGetProperty("roles", out var r) ? [.. r.EnumerateArray().Select(x => x.GetString()!)] : [],
                    Mentions = mentions.OrderBy(m => m.Start).ToImmutableArray(),
                });
            }
            ImmutableArray<string> Ids(JsonElement ev, string prop) =>
                ev.TryGetProperty(prop, out var a) ? [.. a.EnumerateArray().Select(x => ids[x.GetString()!])] : [];
            var events = g.GetProperty("events").EnumerateArray().Select(ev => new Event
            {
                Id = ev.GetProperty("id").GetString()!,
                Type = ev.GetProperty("type").GetString()!,
                Mode = ev.TryGetProperty("mode", out var mo) && mo.ValueKind == JsonValueKind.String ? mo.GetString() : null,
                Actors = Ids(ev, "actors"),
                Targets = Ids(ev, "targets"),
                ReportedBy = Ids(ev, "reported_by"),
                Location = ev.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.String ? ids[l.GetString()!] : null,
                Date = ev.GetProperty("date").ValueKind == JsonValueKind.String ? ev.GetProperty("date").GetString() : null,
                Status = ev.GetProperty("status").GetString()!,
                Attributes = ev.GetProperty("attributes").EnumerateObject()
                    .ToImmutableDictionary(p => p.Name, p => RecordJson.ReadValue(p.Value)),
            }).ToImmutableArray();
            var times = g.GetProperty("times").EnumerateArray().Select(t =>
            {
                var s = t.GetProperty("text").GetString()!;
                int at = text.IndexOf(s, StringComparison.Ordinal);
                return new TimeExpression
                {
                    Start = at, End = at + s.Length, Text = s,
                    Kind = t.GetProperty("kind").GetString()!, Value = t.GetProperty("value").GetString()!,
                    Approx = t.TryGetProperty("approx", out var ap) && ap.GetBoolean(),
                    Modifier = t.TryGetProperty("modifier", out var md) ? md.GetString() : null,
                };
            }).Where(t => t.Start >= 0).ToImmutableArray();
            var quotes = g.GetProperty("quotes").EnumerateArray().Select(q =>
            {
                var s = q.GetProperty("starts").GetString()!;
                int at = text.IndexOf(s, StringComparison.Ordinal);
                return new Quote
                {
                    Start = at, End = at + s.Length, Text = s,
                    Speaker = ids.GetValueOrDefault(q.GetProperty("speaker").GetString()!),
                    Direct = q.GetProperty("direct").GetBoolean(),
                };
            }).Where(q => q.Start >= 0).ToImmutableArray();
            var doc = new Document
            {
                Id = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                Source = new SourceInfo("samples/" + file, null, g.GetProperty("source").GetString()),
                Language = g.GetProperty("language").GetString(),
                Published = DateOnly.Parse(g.GetProperty("published").GetString()!),
                Title = g.GetProperty("title").GetString(),
                Text = text,
                Entities = entities.ToImmutable(),
                Events = events,
                Times = times,
                Quotes = quotes,
            };
            list.Add(new Gold(doc, g));
        }
        return list;
    }

    static IEnumerable<(Gold Gold, JsonElement Event)> GoldEvents(List<Gold> golds) =>
        golds.SelectMany(g => g.Json.GetProperty("events").EnumerateArray().Select(e => (g, e)));

    static bool Has(JsonElement ev, string prop, string name) =>
        ev.TryGetProperty(prop, out var a) && a.EnumerateArray().Any(x => x.GetString() == name);

    [Fact]
    public void Seed_records_round_trip_and_keep_french_text_readable()
    {
        foreach (var g in LoadGold())
        {
            var json = RecordJson.Serialize(g.Doc);
            Assert.DoesNotContain('\n', json);
            Assert.Contains(g.Doc.Title!, json);
            var back = RecordJson.DeserializeDocument(json);
            Assert.Equal(g.Doc.Text, back.Text);
            Assert.Equal(json, RecordJson.Serialize(back));
            // Every mention offset still points at its text after the round trip.
            foreach (var e in back.Entities)
                foreach (var m in e.Mentions)
                    Assert.Equal(m.Text, back.Text[m.Start..m.End]);
        }
    }

    /// <summary>Stores the seed documents in an empty store and checks its answers against the gold (run on every
    /// backend by <see cref="StoreContractTests{TBackend}"/>).</summary>
    internal static void StoreAndQueryLikeTheGold(IDocumentStore store)
    {
        var golds = LoadGold();
        Assert.All(store.AddDocuments(golds.Select(g => g.Doc)), r => Assert.Equal(AddStatus.Added, r.Status));
        Assert.All(store.AddDocuments(golds.Select(g => g.Doc)), r => Assert.Equal(AddStatus.Duplicate, r.Status));

        var counts = store.Count();
        Assert.Equal(golds.Count, counts.Documents);
        Assert.Equal(GoldEvents(golds).Count(), counts.Events);
        Assert.Equal(golds.Sum(g => g.Doc.Entities.Length), counts.Entities);

        // Actor by English canonical name and by French surface form give the gold's Putin-as-actor events.
        var putinActor = GoldEvents(golds).Where(x => Has(x.Event, "actors", "Vladimir Putin"))
            .Select(x => x.Event.GetProperty("id").GetString()).Order().ToArray();
        Assert.NotEmpty(putinActor);
        Assert.Equal(putinActor, store.QueryEvents(new EventQuery { Actor = "Vladimir Putin", Limit = null }).Select(r => r.Event.Id).Order().ToArray());
        Assert.Equal(putinActor, store.QueryEvents(new EventQuery { Actor = "poutine", Limit = null }).Select(r => r.Event.Id).Order().ToArray());

        // Zelenskyy as actor or target, found by the French spelling.
        var zel = GoldEvents(golds).Where(x => Has(x.Event, "actors", "Volodymyr Zelenskyy") || Has(x.Event, "targets", "Volodymyr Zelenskyy"))
            .Select(x => x.Event.GetProperty("id").GetString()).Order().ToArray();
        Assert.Equal(zel, store.QueryEvents(new EventQuery { Participant = "zelensky", Limit = null }).Select(r => r.Event.Id).Order().ToArray());

        // Phone calls in February 2025 versus earlier ones.
        var feb = GoldEvents(golds).Where(x => x.Event.GetProperty("type").GetString() == "CONSULT"
                && x.Event.GetProperty("date").ValueKind == JsonValueKind.String && x.Event.GetProperty("date").GetString()!.StartsWith("2025-02"))
            .Select(x => x.Event.GetProperty("id").GetString()).Order().ToArray();
        Assert.Equal(feb, store.QueryEvents(new EventQuery { Type = "consult", From = "2025-02", To = "2025-02", Limit = null }).Select(r => r.Event.Id).Order().ToArray());
        var before = GoldEvents(golds).Where(x => x.Event.GetProperty("date").ValueKind == JsonValueKind.String
                && string.CompareOrdinal(x.Event.GetProperty("date").GetString(), "2023") < 0)
            .Select(x => x.Event.GetProperty("id").GetString()).Order().ToArray();
        Assert.Equal(before, store.QueryEvents(new EventQuery { To = "2022", Limit = null }).Select(r => r.Event.Id).Order().ToArray());

        // Rows carry canonical names in the gold's order, and the source.
        foreach (var row in store.QueryEvents(new EventQuery { Limit = null }))
        {
            var (g, ev) = GoldEvents(golds).Single(x => x.Gold.Doc.Id == row.DocumentId && x.Event.GetProperty("id").GetString() == row.Event.Id);
            Assert.Equal(ev.GetProperty("actors").EnumerateArray().Select(a => a.GetString()), row.Actors);
            Assert.Equal(ev.GetProperty("targets").EnumerateArray().Select(a => a.GetString()), row.Targets);
            Assert.Equal(g.Doc.Source.Name, row.SourceName);
            if (ev.TryGetProperty("location", out var loc) && loc.ValueKind == JsonValueKind.String) Assert.Equal(loc.GetString(), row.Location);
        }

        // Source filter: the CNN relay only.
        var cnn = golds.Single(g => g.Doc.Source.Name!.Contains("CNN"));
        Assert.All(store.QueryEvents(new EventQuery { Source = "cnn", Limit = null }), r => Assert.Equal(cnn.Doc.Id, r.DocumentId));
        Assert.Equal(cnn.Doc.Events.Length, store.CountEvents(new EventQuery { Source = "cnn" }));
    }
}
