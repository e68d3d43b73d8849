using System.Reflection;

namespace Parallax.Cli;

/// <summary>The sample pages and their gold annotation bundled in the parallax executable.</summary>
public static class Samples
{
    static readonly Assembly Asm = typeof(Samples).Assembly;

    public static IEnumerable<string> PageNames =>
        Asm.GetManifestResourceNames().Where(n => n.StartsWith("samples/", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static byte[] Read(string name)
    {
        var resource = name.StartsWith("samples/", StringComparison.Ordinal) ? name : "samples/" + name;
        using var s = Asm.GetManifestResourceStream(resource) ?? throw new FileNotFoundException($"no bundled sample named '{name}'");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    public static string GoldJson => System.Text.Encoding.UTF8.GetString(Read("samples/gold/seeds.gold.json"));

    /// <summary>Publication date and source of each bundled page, from the gold annotation (plain text carries no metadata).</summary>
    public static IReadOnlyDictionary<string, (DateOnly? Published, string? Source)> Metadata
    {
        get
        {
            using var doc = System.Text.Json.JsonDocument.Parse(GoldJson);
            var d = new Dictionary<string, (DateOnly?, string?)>();
            foreach (var e in doc.RootElement.GetProperty("documents").EnumerateArray())
            {
                var file = e.GetProperty("file").GetString()!;
                DateOnly? pub = e.TryGetProperty("published", out var p) && DateOnly.TryParse(p.GetString(), out var dp) ? dp : null;
                var src = e.TryGetProperty("source", out var s) ? s.GetString() : null;
                d[file] = (pub, src);
            }
            return d;
        }
    }
}
