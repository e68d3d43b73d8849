using System.Text.Json;
using Parallax.Storage;

namespace Parallax.Tests.Storage;

/// <summary>
/// The contract's own examples (copied from record.md into testdata/storage/) read and written back: every
/// field of the contract must come out with the same name, JSON kind and value. Extensions may be added.
/// </summary>
public class RecordContractTests
{
    static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "testdata", "storage", name);

    /// <summary>Every value of <paramref name="contract"/> is in <paramref name="ours"/> at the same path, equal.</summary>
    static void AssertSuperset(JsonElement contract, JsonElement ours, string path, List<string> checkedPaths)
    {
        checkedPaths.Add(path);
        switch (contract.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.True(ours.ValueKind == JsonValueKind.Object, $"{path}: expected an object, found {ours.ValueKind}");
                foreach (var p in contract.EnumerateObject())
                {
                    Assert.True(ours.TryGetProperty(p.Name, out var v), $"{path}.{p.Name} is missing");
                    AssertSuperset(p.Value, v, $"{path}.{p.Name}", checkedPaths);
                }
                break;
            case JsonValueKind.Array:
                Assert.True(ours.ValueKind == JsonValueKind.Array, $"{path}: expected an array, found {ours.ValueKind}");
                Assert.Equal(contract.GetArrayLength(), ours.GetArrayLength());
                for (int i = 0; i < contract.GetArrayLength(); i++)
                    AssertSuperset(contract[i], ours[i], $"{path}[{i}]", checkedPaths);
                break;
            default:
                Assert.True(contract.GetRawText() == ours.GetRawText(), $"{path}: contract {contract.GetRawText()}, ours {ours.GetRawText()}");
                break;
        }
    }

    [Fact]
    public void Contract_document_example_round_trips_with_every_field()
    {
        var json = File.ReadAllText(TestData("contract-document.json"));
        var doc = RecordJson.DeserializeDocument(json);
        using var contract = JsonDocument.Parse(json);
        using var ours = JsonDocument.Parse(RecordJson.Serialize(doc));
        var paths = new List<string>();
        AssertSuperset(contract.RootElement, ours.RootElement, "$", paths);
        // The walk really covered the nested records.
        Assert.Contains("$.entities[0].mentions[0].text", paths);
        Assert.Contains("$.events[0].attributes.duration_approx", paths);
        Assert.Contains("$.times[0].conflict", paths);
        Assert.Contains("$.quotes[0].direct", paths);
        Assert.Contains("$.paragraphs[0].kind", paths);
    }

    [Fact]
    public void Contract_story_example_round_trips_with_every_field()
    {
        var json = File.ReadAllText(TestData("contract-story.json"));
        var story = RecordJson.DeserializeStory(json);
        using var contract = JsonDocument.Parse(json);
        using var ours = JsonDocument.Parse(RecordJson.Serialize(story));
        var paths = new List<string>();
        AssertSuperset(contract.RootElement, ours.RootElement, "$", paths);
        Assert.Contains("$.events[0].conflicts[0].values[1].text", paths);
        Assert.Contains("$.events[0].mentions[0].event", paths);
    }

    [Fact]
    public void The_superset_check_catches_a_dropped_or_renamed_field()
    {
        using var contract = JsonDocument.Parse("{\"a\":{\"b\":[{\"c\":1}]}}");
        using var renamed = JsonDocument.Parse("{\"a\":{\"b\":[{\"C\":1}]}}");
        using var changed = JsonDocument.Parse("{\"a\":{\"b\":[{\"c\":\"1\"}]}}");
        using var extended = JsonDocument.Parse("{\"x\":0,\"a\":{\"b\":[{\"c\":1,\"d\":2}]}}");
        Assert.ThrowsAny<Exception>(() => AssertSuperset(contract.RootElement, renamed.RootElement, "$", []));
        Assert.ThrowsAny<Exception>(() => AssertSuperset(contract.RootElement, changed.RootElement, "$", []));
        AssertSuperset(contract.RootElement, extended.RootElement, "$", []);
    }
}
