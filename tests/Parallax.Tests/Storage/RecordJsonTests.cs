using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Parallax.Model;
using Parallax.Storage;

namespace Parallax.Tests.Storage;

public class RecordJsonTests
{
    static string[] Names(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Document_has_every_contract_field_with_the_contract_shape()
    {
        var doc = TestDocs.Rich();
        using var j = JsonDocument.Parse(RecordJson.Serialize(doc));
        var o = j.RootElement;

        foreach (var f in new[] { "id", "source", "language", "published", "title", "text", "paragraphs", "sentences", "entities", "times", "quotes", "events" })
            Assert.True(o.TryGetProperty(f, out _), f);
        Assert.Equal(1, o.GetProperty("schema").GetInt32());
        Assert.Equal(doc.Id, o.GetProperty("id").GetString());
        Assert.Equal(["path", "url", "name"], Names(o.GetProperty("source")));
        Assert.Equal("https://example.org/a?b=1&c=2", o.GetProperty("source").GetProperty("url").GetString());
        Assert.Equal("2025-02-12", o.GetProperty("published").GetString());
        Assert.Equal("fr", o.GetProperty("language").GetString());
        Assert.False(o.TryGetProperty("tokens", out _));

        var para = o.GetProperty("paragraphs")[0];
        Assert.Equal(["start", "end", "kind"], Names(para));
        Assert.Equal("lead", para.GetProperty("kind").GetString());
        Assert.Equal("quote", o.GetProperty("paragraphs")[1].GetProperty("kind").GetString());
        Assert.Equal(["start", "end"], Names(o.GetProperty("sentences")[0]));

        var e1 = o.GetProperty("entities")[0];
        Assert.Equal(["id", "kb", "name", "type", "country", "roles", "mentions"], Names(e1));
        Assert.Equal("Q7747", e1.GetProperty("kb").GetString());
        Assert.Equal("président russe", e1.GetProperty("roles")[0].GetString());
        Assert.Equal(["start", "end", "text"], Names(e1.GetProperty("mentions")[0]));
        Assert.Equal(JsonValueKind.Array, o.GetProperty("entities")[1].GetProperty("roles").ValueKind);

        var t = o.GetProperty("times")[0];
        Assert.Equal(["start", "end", "text", "kind", "value", "approx", "modifier", "conflict"], Names(t));
        Assert.Equal(JsonValueKind.Null, t.GetProperty("modifier").ValueKind);
        Assert.Equal(JsonValueKind.False, t.GetProperty("approx").ValueKind);

        var q = o.GetProperty("quotes")[0];
        Assert.Equal(["start", "end", "text", "speaker", "direct"], Names(q).Take(5));
        Assert.Equal("e2", q.GetProperty("speaker").GetString());
        Assert.True(q.GetProperty("direct").GetBoolean());
        Assert.Equal(JsonValueKind.Null, o.GetProperty("quotes")[1].GetProperty("speaker").ValueKind);
        Assert.False(o.GetProperty("quotes")[1].GetProperty("direct").GetBoolean());

        var v = o.GetProperty("events")[0];
        Assert.Equal(["id", "type", "mode", "cameo", "actors", "targets", "location", "date", "status", "attributes", "reported_by", "evidence"], Names(v).Take(12));
        Assert.Equal("040", v.GetProperty("cameo").GetString());
        Assert.Equal(["e1", "e2"], v.GetProperty("actors").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(JsonValueKind.Null, v.GetProperty("location").ValueKind);
        Assert.Equal("occurred", v.GetProperty("status").GetString());
        var a = v.GetProperty("attributes");
        Assert.Equal("PT1H30M", a.GetProperty("duration").GetString());
        Assert.True(a.GetProperty("duration_approx").GetBoolean());
        Assert.Equal(3, a.GetProperty("count").GetInt32());
        Assert.Equal(0.5, a.GetProperty("ratio").GetDouble());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("nothing").ValueKind);
        Assert.Equal(["Ukraine", "énergie"], a.GetProperty("topics").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["start", "end"], Names(v.GetProperty("evidence")[0]));
        Assert.Equal(JsonValueKind.Null, o.GetProperty("events")[1].GetProperty("mode").ValueKind);
        Assert.Equal("reported", o.GetProperty("events")[1].GetProperty("status").GetString());
    }

    [Fact]
    public void Extensions_are_written()
    {
        var doc = TestDocs.Rich();
        using var j = JsonDocument.Parse(RecordJson.Serialize(doc));
        var o = j.RootElement;
        Assert.Equal("2025-02-13", o.GetProperty("modified").GetString());
        Assert.Equal("Jeanne Dupré", o.GetProperty("authors")[0].GetString());
        Assert.Equal("Laisser un commentaire", o.GetProperty("removed")[0].GetString());
        var q = o.GetProperty("quotes")[0];
        Assert.Equal("Truth Social", q.GetProperty("channel").GetString());
        Assert.Equal(doc.Quotes[0].SpeakerSpan!.Value.Start, q.GetProperty("speaker_span").GetProperty("start").GetInt32());
        var trig = o.GetProperty("events")[0].GetProperty("trigger");
        Assert.Equal("entretien", doc.Text[trig.GetProperty("start").GetInt32()..trig.GetProperty("end").GetInt32()]);
        Assert.Equal(JsonValueKind.Null, o.GetProperty("events")[1].GetProperty("trigger").ValueKind);
    }

    [Fact]
    public void Compact_output_is_one_line_and_keeps_non_ascii_readable()
    {
        var json = RecordJson.Serialize(TestDocs.Rich());
        Assert.DoesNotContain('\n', json);
        Assert.Contains("président russe", json);
        Assert.Contains("« Nous avons", json);
        Assert.Contains("\\n\\n", json); // the paragraph break inside text is escaped
        Assert.DoesNotContain("\\u00E9", json, StringComparison.OrdinalIgnoreCase);
        var indented = RecordJson.Serialize(TestDocs.Rich(), indented: true);
        Assert.Contains("\n  \"id\"", indented);
    }

    [Fact]
    public void Document_round_trips()
    {
        var doc = TestDocs.Rich();
        var json = RecordJson.Serialize(doc);
        var back = RecordJson.DeserializeDocument(json);

        Assert.Equal(doc.Id, back.Id);
        Assert.Equal(doc.Source, back.Source);
        Assert.Equal(doc.Published, back.Published);
        Assert.Equal(doc.Modified, back.Modified);
        Assert.Equal(doc.Title, back.Title);
        Assert.Equal(doc.Text, back.Text);
        Assert.Equal(doc.Authors.ToArray(), back.Authors.ToArray());
        Assert.Equal(doc.Removed.ToArray(), back.Removed.ToArray());
        Assert.Equal(doc.Paragraphs.ToArray(), back.Paragraphs.ToArray());
        Assert.Equal(doc.Sentences.ToArray(), back.Sentences.ToArray());
        Assert.Empty(back.Tokens); // tokens are not serialised
        Assert.Equal(doc.Entities.Length, back.Entities.Length);
        for (int i = 0; i < doc.Entities.Length; i++)
        {
            Assert.Equal(doc.Entities[i].Mentions.ToArray(), back.Entities[i].Mentions.ToArray());
            Assert.Equal(doc.Entities[i].Roles.ToArray(), back.Entities[i].Roles.ToArray());
            Assert.Equal(doc.Entities[i] with { Mentions = [], Roles = [] }, back.Entities[i] with { Mentions = [], Roles = [] });
        }
        Assert.Equal(doc.Times.ToArray(), back.Times.ToArray());
        for (int i = 0; i < doc.Quotes.Length; i++) Assert.Equal(doc.Quotes[i], back.Quotes[i]);
        var ev = back.Events[0];
        Assert.Equal(doc.Events[0].Trigger, ev.Trigger);
        Assert.Equal(doc.Events[0].Evidence.ToArray(), ev.Evidence.ToArray());
        Assert.Equal(doc.Events[0].ReportedBy.ToArray(), ev.ReportedBy.ToArray());
        Assert.Equal("PT1H30M", ev.Attributes["duration"]);
        Assert.Equal(true, ev.Attributes["duration_approx"]);
        Assert.Equal(3, ev.Attributes["count"]);
        Assert.Equal(0.5, ev.Attributes["ratio"]);
        Assert.Null(ev.Attributes["nothing"]);
        Assert.Equal(["Ukraine", "énergie"], Assert.IsType<ImmutableArray<string>>(ev.Attributes["topics"]).ToArray());
        Assert.Equal("e1", back.Events[1].Location);
        Assert.Equal(EventStatus.Reported, back.Events[1].Status);

        // Serialising the read-back document gives the same bytes: nothing is lost or reordered.
        Assert.Equal(json, RecordJson.Serialize(back));
    }

    [Fact]
    public void Attribute_keys_are_written_in_a_stable_order()
    {
        var b = ImmutableDictionary.CreateBuilder<string, object?>();
        foreach (var k in new[] { "zeta", "alpha", "mid", "beta" }) b[k] = k.Length;
        var json = RecordJson.Serialize(TestDocs.Ev("v1", "AID", ["e1"], attrs: b.ToImmutable()));
        Assert.Contains("\"attributes\":{\"alpha\":5,\"beta\":4,\"mid\":3,\"zeta\":4}", json);
    }

    [Fact]
    public void Unusual_attribute_values_are_handled()
    {
        var attrs = ImmutableDictionary<string, object?>.Empty
            .Add("list", new List<string> { "a", "b" })
            .Add("arr", new[] { 1, 2 })
            .Add("mixed", new object?[] { "x", 2, null })
            .Add("span", new TextSpan(3, 7))
            .Add("day", new DateOnly(2022, 2, 24))
            .Add("dur", TimeSpan.FromMinutes(90))
            .Add("nan", double.NaN)
            .Add("big", 12345678901L)
            .Add("kind", BlockKind.Heading)
            .Add("map", new Dictionary<string, object?> { ["k"] = "v", ["n"] = 1 })
            .Add("intmap", new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 })
            .Add("unset", default(ImmutableArray<string>));
        var json = RecordJson.Serialize(TestDocs.Ev("v1", "AID", ["e1"], attrs: attrs));
        using var j = JsonDocument.Parse(json);
        var a = j.RootElement.GetProperty("attributes");
        Assert.Equal("[\"a\",\"b\"]", a.GetProperty("list").GetRawText());
        Assert.Equal("[1,2]", a.GetProperty("arr").GetRawText());
        Assert.Equal("[\"x\",2,null]", a.GetProperty("mixed").GetRawText());
        Assert.Equal("{\"start\":3,\"end\":7}", a.GetProperty("span").GetRawText());
        Assert.Equal("2022-02-24", a.GetProperty("day").GetString());
        Assert.Equal("PT1H30M", a.GetProperty("dur").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("nan").ValueKind);
        Assert.Equal("heading", a.GetProperty("kind").GetString());
        Assert.Equal("{\"k\":\"v\",\"n\":1}", a.GetProperty("map").GetRawText());
        Assert.Equal("{\"a\":1,\"b\":2}", a.GetProperty("intmap").GetRawText());
        Assert.Equal("[]", a.GetProperty("unset").GetRawText());

        var back = RecordJson.DeserializeEvent(json);
        Assert.Equal(12345678901L, back.Attributes["big"]);
        Assert.Equal(["x", 2, null], Assert.IsType<ImmutableArray<object?>>(back.Attributes["mixed"]).ToArray());
        var map = Assert.IsType<ImmutableDictionary<string, object?>>(back.Attributes["map"]);
        Assert.Equal("v", map["k"]);
    }

    [Fact]
    public void Lone_surrogates_are_replaced_without_moving_offsets()
    {
        var text = "ab\uD800cd \U0001F600 e";
        var doc = new Document { Id = "x", Source = new SourceInfo(null, null, null), Text = text };
        var json = RecordJson.Serialize(doc);
        Assert.Contains("ab\uFFFDcd", json); // U+FFFD is written as is
        Assert.Contains("\\uD83D\\uDE00", json); // astral characters are escaped (documented)
        var back = RecordJson.DeserializeDocument(json);
        Assert.Equal(text.Length, back.Text.Length);
        Assert.Equal("ab\uFFFDcd \U0001F600 e", back.Text);
    }

    [Fact]
    public void Story_has_the_contract_shape_and_round_trips()
    {
        var story = new Story
        {
            Id = "s1",
            Title = "Trump and Putin speak by phone",
            Documents = ["d1", "d2"],
            First = new DateOnly(2025, 2, 12), Last = new DateOnly(2025, 2, 13),
            Members = [new StoryMember("d1") { Language = "fr", Source = "TASS" }, new StoryMember("d2", "d1", 0.75)],
            Events =
            [
                new StoryEvent
                {
                    Type = "CONSULT", Mode = "phone", Actors = ["Donald Trump", "Vladimir Putin"], Targets = ["Ukraine"], Date = "2025-02-12",
                    Status = "occurred",
                    Mentions = [new EventMention("d1", "v1"), new EventMention("d2", "v3")],
                    Conflicts = [new ClaimConflict("duration", true, [
                        new ClaimValue("d1", "PT1H30M", "près d’une heure et demie") { Span = new TextSpan(10, 35), Source = "TASS", Attribution = ["Dmitry Peskov"] },
                        new ClaimValue("d2", "PT1H", null)])],
                    Agreements = [new ClaimAgreement("date", "2025-02-12", ["d1", "d2"])],
                },
            ],
        };
        var json = RecordJson.Serialize(story);
        Assert.DoesNotContain('\n', json);
        Assert.Contains("près d’une heure et demie", json);
        using var j = JsonDocument.Parse(json);
        var o = j.RootElement;
        // the contract's fields, in its order, with Parallax's extensions (first, last, members; status, background,
        // agreements; span, source, attribution) between and after them
        Assert.Equal(["schema", "id", "title", "documents", "first", "last", "members", "events"], Names(o));
        var e = o.GetProperty("events")[0];
        Assert.Equal(["type", "mode", "actors", "targets", "date", "status", "background", "mentions", "conflicts", "agreements"], Names(e));
        Assert.Equal(["document", "event"], Names(e.GetProperty("mentions")[0]));
        var c = e.GetProperty("conflicts")[0];
        Assert.Equal(["attribute", "compatible", "values"], Names(c));
        Assert.Equal(["document", "value", "text", "span", "source", "attribution"], Names(c.GetProperty("values")[0]));

        var back = RecordJson.DeserializeStory(json);
        Assert.Equal(story.Documents.ToArray(), back.Documents.ToArray());
        Assert.Equal(story.Events[0].Mentions.ToArray(), back.Events[0].Mentions.ToArray());
        Assert.Equal(story.Members.ToArray(), back.Members.ToArray());
        Assert.Equal(new TextSpan(10, 35), back.Events[0].Conflicts[0].Values[0].Span);
        Assert.Equal(new[] { "Dmitry Peskov" }, back.Events[0].Conflicts[0].Values[0].Attribution.ToArray());
        Assert.Equal("2025-02-12", Assert.Single(back.Events[0].Agreements).Value);
        Assert.Equal(new DateOnly(2025, 2, 13), back.Last);
        Assert.Equal(json, RecordJson.Serialize(back));
    }

    [Fact]
    public void Json_lines_writer_writes_one_object_per_line_and_reads_back()
    {
        var docs = Enumerable.Range(0, 300).Select(i => TestDocs.Rich() with { Id = $"doc{i:D4}" }).ToList();
        var ms = new MemoryStream();
        using (var w = new JsonLinesWriter(ms, leaveOpen: true))
            foreach (var d in docs) w.Write(d);
        var text = Encoding.UTF8.GetString(ms.ToArray());
        var lines = text.Split('\n');
        Assert.Equal(301, lines.Length);
        Assert.Equal("", lines[^1]);
        var back = JsonLinesReader.ReadDocuments(new StringReader(text)).ToList();
        Assert.Equal(docs.Select(d => d.Id), back.Select(d => d.Id));
        Assert.Equal(RecordJson.Serialize(docs[123]), lines[123]);
    }

    [Fact]
    public void Invalid_records_give_clear_errors()
    {
        Assert.Contains("no \"id\"", Assert.Throws<FormatException>(() => RecordJson.DeserializeDocument("{\"text\":\"x\"}")).Message);
        Assert.Contains("Not a valid Parallax record", Assert.Throws<FormatException>(() => RecordJson.DeserializeDocument("{\"id\":")).Message);
        Assert.Contains("yyyy-MM-dd", Assert.Throws<FormatException>(() => RecordJson.DeserializeDocument("{\"id\":\"a\",\"text\":\"\",\"published\":\"12/02/2025\"}")).Message);
        var ex = Assert.Throws<FormatException>(() => JsonLinesReader.ReadDocuments(new StringReader("{\"id\":\"a\",\"text\":\"\"}\n\n[1]")).ToList());
        Assert.StartsWith("Line 3:", ex.Message);
    }

    [Fact]
    public void Unknown_fields_are_ignored_and_missing_optional_fields_default()
    {
        var doc = RecordJson.DeserializeDocument("{\"schema\":2,\"id\":\"a\",\"text\":\"hi\",\"future\":{\"x\":[1]},\"events\":[{\"id\":\"v1\",\"type\":\"AID\"}]}");
        Assert.Equal("a", doc.Id);
        Assert.Null(doc.Published);
        Assert.Equal(EventStatus.Occurred, doc.Events[0].Status);
        Assert.Empty(doc.Events[0].Attributes);
    }
}

public class EventRowJsonTests
{
    [Fact]
    public void Event_rows_nest_the_record_event_and_carry_names()
    {
        var doc = TestDocs.Rich();
        var row = new EventRow
        {
            DocumentId = doc.Id, Event = doc.Events[0], SourceName = "portailinfo", SourcePath = "seeds/000.txt",
            Title = doc.Title, Published = doc.Published, Language = "fr",
            Actors = ["Vladimir Putin", "Donald Trump"], ReportedBy = ["Donald Trump"],
        };
        var json = RecordJson.Serialize(row);
        Assert.DoesNotContain('\n', json);
        using var j = JsonDocument.Parse(json);
        var o = j.RootElement;
        Assert.Equal(["schema", "document", "source", "title", "published", "language", "event", "actors", "targets", "reported_by", "location"],
            o.EnumerateObject().Select(p => p.Name));
        Assert.Equal(doc.Id, o.GetProperty("document").GetString());
        Assert.Equal("2025-02-12", o.GetProperty("published").GetString());
        Assert.Equal(RecordJson.Serialize(doc.Events[0]), o.GetProperty("event").GetRawText());
        Assert.Equal(["Vladimir Putin", "Donald Trump"], o.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Null, o.GetProperty("location").ValueKind);
    }
}

public class DefaultArrayTests
{
    [Fact]
    public void Uninitialised_arrays_are_written_and_stored_as_empty()
    {
        var doc = new Document
        {
            Id = "d0", Source = new SourceInfo(null, null, null), Text = "x",
            Entities = default, Events = [new Event { Id = "v1", Type = "AID", Actors = default, Evidence = default }],
            Paragraphs = default, Sentences = default, Times = default, Quotes = default, Authors = default, Removed = default,
        };
        var json = RecordJson.Serialize(doc);
        Assert.Contains("\"entities\":[]", json);
        Assert.Contains("\"actors\":[]", json);
        using var store = SqliteDocumentStore.Open(":memory:");
        Assert.Equal(AddStatus.Added, store.AddDocument(doc).Status);
        Assert.Equal(json, RecordJson.Serialize(store.GetDocument("d0")!));
    }
}

public class LenientReadingTests
{
    [Fact]
    public void Unknown_fields_wrong_kinds_and_escapes_are_read_leniently()
    {
        var odd = """
            { "x": [1, {"y": null}], "id" : "a\u00e9", "text": "t\n\"q\"", "source": "site",
              "entities": [ {"id": "e1", "name": 5, "extra": {"z": [true]}, "mentions": [{"start": "3", "end": 4, "text": "x", "w": 1}]}, 7 ],
              "events": [ {"id": "v1", "attributes": {"n": [1, "a"]}, "trigger": null, "evidence": [{"start": 1, "end": 2}], "k": {}} ],
              "quotes": [ {"start": 1, "end": 2, "direct": "yes"} ] }
            """;
        var doc = RecordJson.DeserializeDocument(odd);
        Assert.Equal("aé", doc.Id);
        Assert.Equal("t\n\"q\"", doc.Text);
        Assert.Equal("site", doc.Source.Name);
        Assert.Equal("", doc.Entities.Single().Name);
        Assert.Equal(0, doc.Entities[0].Mentions[0].Start);
        Assert.Equal(4, doc.Entities[0].Mentions[0].End);
        Assert.True(doc.Quotes[0].Direct);
        Assert.Null(doc.Events[0].Trigger);
        Assert.Equal([1, "a"], Assert.IsType<ImmutableArray<object?>>(doc.Events[0].Attributes["n"]).ToArray());
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"text\":\"b\"} x")]
    [InlineData("{\"id\":\"a\",\"text\":\"b\"}{}")]
    [InlineData("{\"id\":\"a\",\"text\":\"b\"")]
    [InlineData("")]
    [InlineData("null")]
    public void Malformed_input_is_a_format_exception(string json) =>
        Assert.StartsWith("Not a valid Parallax record", Assert.Throws<FormatException>(() => RecordJson.DeserializeDocument(json)).Message);
}
