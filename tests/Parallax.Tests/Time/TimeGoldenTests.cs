using System.Text.Json;
using Parallax.Model;
using Parallax.Time;

namespace Parallax.Tests.Time;

public class TimeGoldenTests
{
    static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    public static IEnumerable<object[]> Files() => [["000_1d539379fdf0f311.txt"], ["001_f801113880f7a629.txt"]];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryGoldTimeIsFound(string file)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples, "gold", "seeds.gold.json")));
        var doc = gold.RootElement.GetProperty("documents").EnumerateArray().First(d => d.GetProperty("file").GetString() == file);
        var published = DateOnly.Parse(doc.GetProperty("published").GetString()!);
        var text = File.ReadAllText(Path.Combine(Samples, file));
        var times = TimeStage.Extract(text, published, "fr");
        var errors = new List<string>();
        foreach (var g in doc.GetProperty("times").EnumerateArray())
        {
            var gt = g.GetProperty("text").GetString()!;
            var found = times.Where(t => t.Text == gt).ToList();
            if (found.Count == 0) { errors.Add($"missing '{gt}'"); continue; }
            foreach (var t in found)
            {
                if (t.Value != g.GetProperty("value").GetString()) errors.Add($"'{gt}': value {t.Value}, want {g.GetProperty("value").GetString()}");
                if (t.Kind != g.GetProperty("kind").GetString()) errors.Add($"'{gt}': kind {t.Kind}");
                bool approx = g.TryGetProperty("approx", out var a) && a.GetBoolean();
                if (t.Approx != approx) errors.Add($"'{gt}': approx {t.Approx}");
                if (g.TryGetProperty("modifier", out var mo) && t.Modifier != mo.GetString()) errors.Add($"'{gt}': modifier {t.Modifier}");
                bool conflict = g.TryGetProperty("conflict", out var c) && c.ValueKind == JsonValueKind.String;
                if (conflict && t.Conflict != c.GetString()) errors.Add($"'{gt}': conflict '{t.Conflict}'");
                if (!conflict && t.Conflict != null) errors.Add($"'{gt}': unexpected conflict '{t.Conflict}'");
                if (text.Substring(t.Start, t.End - t.Start) != t.Text) errors.Add($"'{gt}': offsets do not match text");
            }
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n-- found: " + string.Join(" | ", times.Select(t => $"{t.Text}={t.Value}")));
    }
}
