using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// Forward-only reader of document and event records on <see cref="Utf8JsonReader"/> (no DOM): about three times
/// faster than reading through <see cref="JsonDocument"/>. Same leniency as <see cref="RecordJson.ReadDocument"/>:
/// unknown fields are skipped, values of the wrong kind read as null/0/default, id and text are required.
/// </summary>
static class RecordJsonReader
{
    delegate T ItemReader<T>(ref Utf8JsonReader r);

    static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static Document ReadDocument(string json)
    {
        int max = Encoding.UTF8.GetMaxByteCount(json.Length);
        byte[] rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int n = Encoding.UTF8.GetBytes(json, rented);
            return ReadDocument(rented.AsSpan(0, n));
        }
        finally { ArrayPool<byte>.Shared.Return(rented); }
    }

    public static Document ReadDocument(ReadOnlySpan<byte> utf8)
    {
        var r = new Utf8JsonReader(utf8, Options);
        try
        {
            var doc = DocumentObject(ref r);
            EndOfInput(ref r);
            return doc;
        }
        catch (JsonException ex) { throw new FormatException($"Not a valid Parallax record: {ex.Message}", ex); }
    }

    public static Event ReadEvent(string json)
    {
        int max = Encoding.UTF8.GetMaxByteCount(json.Length);
        byte[] rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int n = Encoding.UTF8.GetBytes(json, rented);
            var r = new Utf8JsonReader(rented.AsSpan(0, n), Options);
            try
            {
                Next(ref r);
                var ev = EventObject(ref r);
                EndOfInput(ref r);
                return ev;
            }
            catch (JsonException ex) { throw new FormatException($"Not a valid Parallax record: {ex.Message}", ex); }
        }
        finally { ArrayPool<byte>.Shared.Return(rented); }
    }

    /// <summary>Only whitespace (or comments) may follow the object.</summary>
    static void EndOfInput(ref Utf8JsonReader r)
    {
        if (r.Read()) throw new FormatException($"Not a valid Parallax record: unexpected {Describe(r.TokenType)} after the object.");
    }

    static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw new FormatException("Not a valid Parallax record: the JSON ends too early.");
    }

    static void ExpectObject(ref Utf8JsonReader r, string what)
    {
        if (r.TokenType != JsonTokenType.StartObject)
            throw new FormatException($"Not a valid Parallax record: {what} should be a JSON object, found {Describe(r.TokenType)}.");
    }

    static string Describe(JsonTokenType t) => t switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => t.ToString().ToLowerInvariant(),
    };

    static Document DocumentObject(ref Utf8JsonReader r)
    {
        Next(ref r);
        ExpectObject(ref r, "document");
        string? id = null, text = null, language = null, title = null;
        SourceInfo source = new(null, null, null);
        DateOnly? published = null, modified = null;
        ImmutableArray<string> authors = [], removed = [];
        ImmutableArray<Paragraph> paragraphs = [];
        ImmutableArray<Sentence> sentences = [];
        ImmutableArray<Entity> entities = [];
        ImmutableArray<TimeExpression> times = [];
        ImmutableArray<Quote> quotes = [];
        ImmutableArray<Event> events = [];
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("id"u8)) { Next(ref r); id = Str(ref r); }
            else if (r.ValueTextEquals("text"u8)) { Next(ref r); text = Str(ref r); }
            else if (r.ValueTextEquals("source"u8)) { Next(ref r); source = SourceObject(ref r); }
            else if (r.ValueTextEquals("language"u8)) { Next(ref r); language = Str(ref r); }
            else if (r.ValueTextEquals("published"u8)) { Next(ref r); published = Date(ref r, "published"); }
            else if (r.ValueTextEquals("modified"u8)) { Next(ref r); modified = Date(ref r, "modified"); }
            else if (r.ValueTextEquals("title"u8)) { Next(ref r); title = Str(ref r); }
            else if (r.ValueTextEquals("authors"u8)) { Next(ref r); authors = Strings(ref r); }
            else if (r.ValueTextEquals("removed"u8)) { Next(ref r); removed = Strings(ref r); }
            else if (r.ValueTextEquals("paragraphs"u8)) { Next(ref r); paragraphs = Objects(ref r, static (ref Utf8JsonReader x) => ParagraphObject(ref x)); }
            else if (r.ValueTextEquals("sentences"u8))
            {
                Next(ref r);
                sentences = Objects(ref r, static (ref Utf8JsonReader x) => { var (s, e) = SpanObject(ref x); return new Sentence(s, e); });
            }
            else if (r.ValueTextEquals("entities"u8)) { Next(ref r); entities = Objects(ref r, static (ref Utf8JsonReader x) => EntityObject(ref x)); }
            else if (r.ValueTextEquals("times"u8)) { Next(ref r); times = Objects(ref r, static (ref Utf8JsonReader x) => TimeObject(ref x)); }
            else if (r.ValueTextEquals("quotes"u8)) { Next(ref r); quotes = Objects(ref r, static (ref Utf8JsonReader x) => QuoteObject(ref x)); }
            else if (r.ValueTextEquals("events"u8)) { Next(ref r); events = Objects(ref r, static (ref Utf8JsonReader x) => EventObject(ref x)); }
            else { Next(ref r); r.Skip(); }
        }
        return new Document
        {
            Id = id ?? throw new FormatException("Not a valid Parallax record: document has no \"id\" string."),
            Source = source,
            Language = language,
            Published = published,
            Modified = modified,
            Title = title,
            Authors = authors,
            Text = text ?? throw new FormatException("Not a valid Parallax record: document has no \"text\" string."),
            Paragraphs = paragraphs,
            Removed = removed,
            Sentences = sentences,
            Entities = entities,
            Times = times,
            Quotes = quotes,
            Events = events,
        };
    }

    static SourceInfo SourceObject(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.String) return new SourceInfo(null, null, r.GetString());
        if (r.TokenType != JsonTokenType.StartObject) { r.Skip(); return new SourceInfo(null, null, null); }
        string? path = null, url = null, name = null;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("path"u8)) { Next(ref r); path = Str(ref r); }
            else if (r.ValueTextEquals("url"u8)) { Next(ref r); url = Str(ref r); }
            else if (r.ValueTextEquals("name"u8)) { Next(ref r); name = Str(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return new SourceInfo(path, url, name);
    }

    static Paragraph ParagraphObject(ref Utf8JsonReader r)
    {
        int start = 0, end = 0;
        BlockKind kind = BlockKind.Paragraph;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("start"u8)) { Next(ref r); start = Int(ref r); }
            else if (r.ValueTextEquals("end"u8)) { Next(ref r); end = Int(ref r); }
            else if (r.ValueTextEquals("kind"u8))
            {
                Next(ref r);
                var s = Str(ref r);
                kind = s is not null && Enum.TryParse<BlockKind>(s, ignoreCase: true, out var k) ? k : BlockKind.Paragraph;
            }
            else { Next(ref r); r.Skip(); }
        }
        return new Paragraph(start, end, kind);
    }

    /// <summary>A {start,end} object (the reader is on its StartObject).</summary>
    static (int Start, int End) SpanObject(ref Utf8JsonReader r)
    {
        int start = 0, end = 0;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("start"u8)) { Next(ref r); start = Int(ref r); }
            else if (r.ValueTextEquals("end"u8)) { Next(ref r); end = Int(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return (start, end);
    }

    static TextSpan? NullableSpan(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject) { r.Skip(); return null; }
        var (s, e) = SpanObject(ref r);
        return new TextSpan(s, e);
    }

    static Entity EntityObject(ref Utf8JsonReader r)
    {
        string? id = null, kb = null, name = null, type = null, country = null;
        ImmutableArray<string> roles = [];
        ImmutableArray<Mention> mentions = [];
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("id"u8)) { Next(ref r); id = Str(ref r); }
            else if (r.ValueTextEquals("kb"u8)) { Next(ref r); kb = Str(ref r); }
            else if (r.ValueTextEquals("name"u8)) { Next(ref r); name = Str(ref r); }
            else if (r.ValueTextEquals("type"u8)) { Next(ref r); type = Str(ref r); }
            else if (r.ValueTextEquals("country"u8)) { Next(ref r); country = Str(ref r); }
            else if (r.ValueTextEquals("roles"u8)) { Next(ref r); roles = Strings(ref r); }
            else if (r.ValueTextEquals("mentions"u8)) { Next(ref r); mentions = Objects(ref r, static (ref Utf8JsonReader x) => MentionObject(ref x)); }
            else { Next(ref r); r.Skip(); }
        }
        return new Entity
        {
            Id = id ?? throw new FormatException("Not a valid Parallax record: entity has no \"id\" string."),
            Kb = kb, Name = name ?? "", Type = type ?? "", Country = country, Roles = roles, Mentions = mentions,
        };
    }

    static Mention MentionObject(ref Utf8JsonReader r)
    {
        int start = 0, end = 0;
        string? text = null;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("start"u8)) { Next(ref r); start = Int(ref r); }
            else if (r.ValueTextEquals("end"u8)) { Next(ref r); end = Int(ref r); }
            else if (r.ValueTextEquals("text"u8)) { Next(ref r); text = Str(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return new Mention(start, end, text ?? "");
    }

    static TimeExpression TimeObject(ref Utf8JsonReader r)
    {
        int start = 0, end = 0;
        string? text = null, kind = null, value = null, modifier = null, conflict = null;
        bool approx = false;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("start"u8)) { Next(ref r); start = Int(ref r); }
            else if (r.ValueTextEquals("end"u8)) { Next(ref r); end = Int(ref r); }
            else if (r.ValueTextEquals("text"u8)) { Next(ref r); text = Str(ref r); }
            else if (r.ValueTextEquals("kind"u8)) { Next(ref r); kind = Str(ref r); }
            else if (r.ValueTextEquals("value"u8)) { Next(ref r); value = Str(ref r); }
            else if (r.ValueTextEquals("approx"u8)) { Next(ref r); approx = Bool(ref r, false); }
            else if (r.ValueTextEquals("modifier"u8)) { Next(ref r); modifier = Str(ref r); }
            else if (r.ValueTextEquals("conflict"u8)) { Next(ref r); conflict = Str(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return new TimeExpression
        {
            Start = start, End = end, Text = text ?? "", Kind = kind ?? "", Value = value ?? "",
            Approx = approx, Modifier = modifier, Conflict = conflict,
        };
    }

    static Quote QuoteObject(ref Utf8JsonReader r)
    {
        int start = 0, end = 0;
        string? text = null, speaker = null, channel = null;
        bool direct = true;
        TextSpan? speakerSpan = null;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("start"u8)) { Next(ref r); start = Int(ref r); }
            else if (r.ValueTextEquals("end"u8)) { Next(ref r); end = Int(ref r); }
            else if (r.ValueTextEquals("text"u8)) { Next(ref r); text = Str(ref r); }
            else if (r.ValueTextEquals("speaker"u8)) { Next(ref r); speaker = Str(ref r); }
            else if (r.ValueTextEquals("direct"u8)) { Next(ref r); direct = Bool(ref r, true); }
            else if (r.ValueTextEquals("channel"u8)) { Next(ref r); channel = Str(ref r); }
            else if (r.ValueTextEquals("speaker_span"u8)) { Next(ref r); speakerSpan = NullableSpan(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return new Quote { Start = start, End = end, Text = text ?? "", Speaker = speaker, Direct = direct, Channel = channel, SpeakerSpan = speakerSpan };
    }

    static Event EventObject(ref Utf8JsonReader r)
    {
        ExpectObject(ref r, "event");
        string? id = null, type = null, mode = null, cameo = null, location = null, date = null, status = null;
        ImmutableArray<string> actors = [], targets = [], reportedBy = [];
        ImmutableArray<TextSpan> evidence = [];
        ImmutableDictionary<string, object?> attributes = ImmutableDictionary<string, object?>.Empty;
        TextSpan? trigger = null;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("id"u8)) { Next(ref r); id = Str(ref r); }
            else if (r.ValueTextEquals("type"u8)) { Next(ref r); type = Str(ref r); }
            else if (r.ValueTextEquals("mode"u8)) { Next(ref r); mode = Str(ref r); }
            else if (r.ValueTextEquals("cameo"u8)) { Next(ref r); cameo = Str(ref r); }
            else if (r.ValueTextEquals("actors"u8)) { Next(ref r); actors = Strings(ref r); }
            else if (r.ValueTextEquals("targets"u8)) { Next(ref r); targets = Strings(ref r); }
            else if (r.ValueTextEquals("location"u8)) { Next(ref r); location = Str(ref r); }
            else if (r.ValueTextEquals("date"u8)) { Next(ref r); date = Str(ref r); }
            else if (r.ValueTextEquals("status"u8)) { Next(ref r); status = Str(ref r); }
            else if (r.ValueTextEquals("attributes"u8))
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.StartObject)
                {
                    var el = JsonElement.ParseValue(ref r);
                    var b = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
                    foreach (var p in el.EnumerateObject()) b[p.Name] = RecordJson.ReadValue(p.Value);
                    attributes = b.ToImmutable();
                }
                else r.Skip();
            }
            else if (r.ValueTextEquals("reported_by"u8)) { Next(ref r); reportedBy = Strings(ref r); }
            else if (r.ValueTextEquals("evidence"u8))
            {
                Next(ref r);
                evidence = Objects(ref r, static (ref Utf8JsonReader x) => { var (s, e) = SpanObject(ref x); return new TextSpan(s, e); });
            }
            else if (r.ValueTextEquals("trigger"u8)) { Next(ref r); trigger = NullableSpan(ref r); }
            else { Next(ref r); r.Skip(); }
        }
        return new Event
        {
            Id = id ?? throw new FormatException("Not a valid Parallax record: event has no \"id\" string."),
            Type = type ?? "", Mode = mode, Cameo = cameo, Actors = actors, Targets = targets, Location = location,
            Date = date, Status = status ?? EventStatus.Occurred, Attributes = attributes, ReportedBy = reportedBy,
            Evidence = evidence, Trigger = trigger,
        };
    }

    // ---------------------------------------------------------------- values (reader on the value token)

    static string? Str(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.String) return r.GetString();
        r.Skip();
        return null;
    }

    static int Int(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.Number && r.TryGetInt32(out int i) ? i : SkipDefault<int>(ref r);

    static bool Bool(ref Utf8JsonReader r, bool dflt) => r.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => SkipDefault(ref r, dflt),
    };

    static T SkipDefault<T>(ref Utf8JsonReader r, T value = default!)
    {
        r.Skip();
        return value;
    }

    static DateOnly? Date(ref Utf8JsonReader r, string name)
    {
        var s = Str(ref r);
        if (string.IsNullOrEmpty(s)) return null;
        var head = s.Length > 10 ? s.AsSpan(0, 10) : s.AsSpan();
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new FormatException($"Not a valid Parallax record: \"{name}\" is \"{s}\", expected yyyy-MM-dd.");
    }

    static ImmutableArray<string> Strings(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray) { r.Skip(); return []; }
        var b = ImmutableArray.CreateBuilder<string>();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            if (r.TokenType == JsonTokenType.String) b.Add(r.GetString()!);
            else r.Skip();
        }
        return b.Count == b.Capacity ? b.MoveToImmutable() : b.ToImmutable();
    }

    static ImmutableArray<T> Objects<T>(ref Utf8JsonReader r, ItemReader<T> read)
    {
        if (r.TokenType != JsonTokenType.StartArray) { r.Skip(); return []; }
        var b = ImmutableArray.CreateBuilder<T>();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            if (r.TokenType == JsonTokenType.StartObject) b.Add(read(ref r));
            else r.Skip();
        }
        return b.Count == b.Capacity ? b.MoveToImmutable() : b.ToImmutable();
    }
}
