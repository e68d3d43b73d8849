using System.Buffers;
using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// The public JSON form of a <see cref="Document"/> and a <see cref="Story"/> (see docs/record-format.md and
/// the contract record.md). Written with <see cref="Utf8JsonWriter"/> field by field (no reflection), read back
/// with <see cref="JsonDocument"/>. Non-ASCII text is written as is (UTF-8), not as \u escapes.
/// Tokens are not serialised: a deserialised document has empty <see cref="Document.Tokens"/>.
/// </summary>
public static class RecordJson
{
    /// <summary>Version of the record format, written as the first field <c>"schema"</c>. Bumped only when a
    /// contract field is renamed, dropped or changes meaning; added fields do not bump it.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writer options: no indentation (one object per line for JSON Lines), readable non-ASCII.</summary>
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    public static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = 64, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip };

    // Pre-encoded property names.
    static readonly JsonEncodedText PSchema = JsonEncodedText.Encode("schema");
    static readonly JsonEncodedText PId = JsonEncodedText.Encode("id");
    static readonly JsonEncodedText PSource = JsonEncodedText.Encode("source");
    static readonly JsonEncodedText PPath = JsonEncodedText.Encode("path");
    static readonly JsonEncodedText PUrl = JsonEncodedText.Encode("url");
    static readonly JsonEncodedText PName = JsonEncodedText.Encode("name");
    static readonly JsonEncodedText PLanguage = JsonEncodedText.Encode("language");
    static readonly JsonEncodedText PPublished = JsonEncodedText.Encode("published");
    static readonly JsonEncodedText PModified = JsonEncodedText.Encode("modified");
    static readonly JsonEncodedText PTitle = JsonEncodedText.Encode("title");
    static readonly JsonEncodedText PAuthors = JsonEncodedText.Encode("authors");
    static readonly JsonEncodedText PText = JsonEncodedText.Encode("text");
    static readonly JsonEncodedText PParagraphs = JsonEncodedText.Encode("paragraphs");
    static readonly JsonEncodedText PRemoved = JsonEncodedText.Encode("removed");
    static readonly JsonEncodedText PSentences = JsonEncodedText.Encode("sentences");
    static readonly JsonEncodedText PEntities = JsonEncodedText.Encode("entities");
    static readonly JsonEncodedText PTimes = JsonEncodedText.Encode("times");
    static readonly JsonEncodedText PQuotes = JsonEncodedText.Encode("quotes");
    static readonly JsonEncodedText PEvents = JsonEncodedText.Encode("events");
    static readonly JsonEncodedText PStart = JsonEncodedText.Encode("start");
    static readonly JsonEncodedText PEnd = JsonEncodedText.Encode("end");
    static readonly JsonEncodedText PKind = JsonEncodedText.Encode("kind");
    static readonly JsonEncodedText PKb = JsonEncodedText.Encode("kb");
    static readonly JsonEncodedText PType = JsonEncodedText.Encode("type");
    static readonly JsonEncodedText PCountry = JsonEncodedText.Encode("country");
    static readonly JsonEncodedText PRoles = JsonEncodedText.Encode("roles");
    static readonly JsonEncodedText PMentions = JsonEncodedText.Encode("mentions");
    static readonly JsonEncodedText PRemovedMentions = JsonEncodedText.Encode("removed_mentions");
    static readonly JsonEncodedText PLine = JsonEncodedText.Encode("line");
    static readonly JsonEncodedText PValue = JsonEncodedText.Encode("value");
    static readonly JsonEncodedText PApprox = JsonEncodedText.Encode("approx");
    static readonly JsonEncodedText PModifier = JsonEncodedText.Encode("modifier");
    static readonly JsonEncodedText PConflict = JsonEncodedText.Encode("conflict");
    static readonly JsonEncodedText PSpeaker = JsonEncodedText.Encode("speaker");
    static readonly JsonEncodedText PSpeakerSpan = JsonEncodedText.Encode("speaker_span");
    static readonly JsonEncodedText PDirect = JsonEncodedText.Encode("direct");
    static readonly JsonEncodedText PChannel = JsonEncodedText.Encode("channel");
    static readonly JsonEncodedText PPartial = JsonEncodedText.Encode("partial");
    static readonly JsonEncodedText PMode = JsonEncodedText.Encode("mode");
    static readonly JsonEncodedText PCameo = JsonEncodedText.Encode("cameo");
    static readonly JsonEncodedText PActors = JsonEncodedText.Encode("actors");
    static readonly JsonEncodedText PTargets = JsonEncodedText.Encode("targets");
    static readonly JsonEncodedText PLocation = JsonEncodedText.Encode("location");
    static readonly JsonEncodedText PDate = JsonEncodedText.Encode("date");
    static readonly JsonEncodedText PStatus = JsonEncodedText.Encode("status");
    static readonly JsonEncodedText PAttributes = JsonEncodedText.Encode("attributes");
    static readonly JsonEncodedText PReportedBy = JsonEncodedText.Encode("reported_by");
    static readonly JsonEncodedText PEvidence = JsonEncodedText.Encode("evidence");
    static readonly JsonEncodedText PTrigger = JsonEncodedText.Encode("trigger");
    static readonly JsonEncodedText PDocuments = JsonEncodedText.Encode("documents");
    static readonly JsonEncodedText PDocument = JsonEncodedText.Encode("document");
    static readonly JsonEncodedText PEvent = JsonEncodedText.Encode("event");
    static readonly JsonEncodedText PMembers = JsonEncodedText.Encode("members");
    static readonly JsonEncodedText PNearDuplicateOf = JsonEncodedText.Encode("near_duplicate_of");
    static readonly JsonEncodedText PScore = JsonEncodedText.Encode("score");
    static readonly JsonEncodedText PFirst = JsonEncodedText.Encode("first");
    static readonly JsonEncodedText PLast = JsonEncodedText.Encode("last");
    static readonly JsonEncodedText PBackground = JsonEncodedText.Encode("background");
    static readonly JsonEncodedText PAgreements = JsonEncodedText.Encode("agreements");
    static readonly JsonEncodedText PAttribution = JsonEncodedText.Encode("attribution");
    static readonly JsonEncodedText PSpan = JsonEncodedText.Encode("span");
    static readonly JsonEncodedText PConflicts = JsonEncodedText.Encode("conflicts");
    static readonly JsonEncodedText PAttribute = JsonEncodedText.Encode("attribute");
    static readonly JsonEncodedText PCompatible = JsonEncodedText.Encode("compatible");
    static readonly JsonEncodedText PValues = JsonEncodedText.Encode("values");

    static readonly JsonEncodedText[] BlockKindNames =
        Enum.GetValues<BlockKind>().Select(k => JsonEncodedText.Encode(k.ToString().ToLowerInvariant())).ToArray();

    // ------------------------------------------------------------------ writing

    /// <summary>The document as one JSON object (compact unless <paramref name="indented"/>).</summary>
    public static string Serialize(Document doc, bool indented = false) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(doc, indented));

    public static byte[] SerializeToUtf8Bytes(Document doc, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1024, doc.Text.Length * 2));
        using (var w = new Utf8JsonWriter(buffer, indented ? Indented : Compact)) WriteDocument(w, doc);
        return buffer.WrittenSpan.ToArray();
    }

    public static string Serialize(Story story, bool indented = false) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(story, indented));

    public static byte[] SerializeToUtf8Bytes(Story story, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, indented ? Indented : Compact)) WriteStory(w, story);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One event as its JSON object inside a document record (entity ids, not names).</summary>
    public static string Serialize(Event ev)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, Compact)) WriteEvent(w, ev);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the document's record object (the contract's "one processed document").</summary>
    public static void WriteDocument(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartObject();
        w.WriteNumber(PSchema, SchemaVersion);
        w.WriteString(PId, doc.Id);
        w.WritePropertyName(PSource);
        w.WriteStartObject();
        WriteNullableString(w, PPath, doc.Source?.Path);
        WriteNullableString(w, PUrl, doc.Source?.Url);
        WriteNullableString(w, PName, doc.Source?.Name);
        w.WriteEndObject();
        WriteNullableString(w, PLanguage, doc.Language);
        WriteDate(w, PPublished, doc.Published);
        WriteDate(w, PModified, doc.Modified);
        WriteNullableString(w, PTitle, doc.Title);
        WriteStrings(w, PAuthors, doc.Authors);
        WriteSafeString(w, PText, doc.Text);

        w.WriteStartArray(PParagraphs);
        foreach (var p in Safe(doc.Paragraphs))
        {
            w.WriteStartObject();
            w.WriteNumber(PStart, p.Start);
            w.WriteNumber(PEnd, p.End);
            int k = (int)p.Kind;
            if ((uint)k < (uint)BlockKindNames.Length) w.WriteString(PKind, BlockKindNames[k]);
            else w.WriteString(PKind, p.Kind.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteStrings(w, PRemoved, doc.Removed);

        w.WriteStartArray(PSentences);
        foreach (var s in Safe(doc.Sentences)) WriteSpan(w, s.Start, s.End);
        w.WriteEndArray();

        w.WriteStartArray(PEntities);
        foreach (var e in Safe(doc.Entities))
        {
            w.WriteStartObject();
            w.WriteString(PId, e.Id);
            WriteNullableString(w, PKb, e.Kb);
            WriteSafeString(w, PName, e.Name);
            w.WriteString(PType, e.Type);
            WriteNullableString(w, PCountry, e.Country);
            WriteStrings(w, PRoles, e.Roles);
            w.WriteStartArray(PMentions);
            foreach (var m in Safe(e.Mentions))
            {
                w.WriteStartObject();
                w.WriteNumber(PStart, m.Start);
                w.WriteNumber(PEnd, m.End);
                WriteSafeString(w, PText, m.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            // [ext] where a credited agency is named in a removed line: only when there is one
            if (!e.RemovedMentions.IsDefaultOrEmpty)
            {
                w.WriteStartArray(PRemovedMentions);
                foreach (var m in e.RemovedMentions)
                {
                    w.WriteStartObject();
                    w.WriteNumber(PLine, m.Line);
                    w.WriteNumber(PStart, m.Start);
                    w.WriteNumber(PEnd, m.End);
                    WriteSafeString(w, PText, m.Text);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(PTimes);
        foreach (var t in Safe(doc.Times))
        {
            w.WriteStartObject();
            w.WriteNumber(PStart, t.Start);
            w.WriteNumber(PEnd, t.End);
            WriteSafeString(w, PText, t.Text);
            w.WriteString(PKind, t.Kind);
            w.WriteString(PValue, t.Value);
            w.WriteBoolean(PApprox, t.Approx);
            WriteNullableString(w, PModifier, t.Modifier);
            WriteNullableString(w, PConflict, t.Conflict);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(PQuotes);
        foreach (var q in Safe(doc.Quotes))
        {
            w.WriteStartObject();
            w.WriteNumber(PStart, q.Start);
            w.WriteNumber(PEnd, q.End);
            WriteSafeString(w, PText, q.Text);
            WriteNullableString(w, PSpeaker, q.Speaker);
            w.WriteBoolean(PDirect, q.Direct);
            w.WriteBoolean(PPartial, q.Partial);
            WriteNullableString(w, PChannel, q.Channel);
            WriteNullableSpan(w, PSpeakerSpan, q.SpeakerSpan);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(PEvents);
        foreach (var ev in Safe(doc.Events)) WriteEvent(w, ev);
        w.WriteEndArray();

        w.WriteEndObject();
    }

    /// <summary>Writes one event object (as it appears in a document's <c>events</c> array).</summary>
    public static void WriteEvent(Utf8JsonWriter w, Event ev)
    {
        w.WriteStartObject();
        w.WriteString(PId, ev.Id);
        w.WriteString(PType, ev.Type);
        WriteNullableString(w, PMode, ev.Mode);
        WriteNullableString(w, PCameo, ev.Cameo);
        WriteStrings(w, PActors, ev.Actors);
        WriteStrings(w, PTargets, ev.Targets);
        WriteNullableString(w, PLocation, ev.Location);
        WriteNullableString(w, PDate, ev.Date);
        w.WriteString(PStatus, ev.Status);
        w.WritePropertyName(PAttributes);
        WriteAttributes(w, ev.Attributes);
        WriteStrings(w, PReportedBy, ev.ReportedBy);
        w.WriteStartArray(PEvidence);
        foreach (var s in Safe(ev.Evidence)) WriteSpan(w, s.Start, s.End);
        w.WriteEndArray();
        WriteNullableSpan(w, PTrigger, ev.Trigger);
        w.WriteEndObject();
    }

    /// <summary>Writes the story object (the contract's stories section).</summary>
    public static void WriteStory(Utf8JsonWriter w, Story story)
    {
        w.WriteStartObject();
        w.WriteNumber(PSchema, SchemaVersion);
        w.WriteString(PId, story.Id);
        WriteSafeString(w, PTitle, story.Title);
        WriteStrings(w, PDocuments, story.Documents);
        WriteDate(w, PFirst, story.First);
        WriteDate(w, PLast, story.Last);
        w.WriteStartArray(PMembers);
        foreach (var m in Safe(story.Members))
        {
            w.WriteStartObject();
            w.WriteString(PDocument, m.Document);
            WriteNullableString(w, PNearDuplicateOf, m.NearDuplicateOf);
            if (m.Score is { } score) w.WriteNumber(PScore, score); else w.WriteNull(PScore);
            WriteNullableString(w, PLanguage, m.Language);
            WriteNullableString(w, PSource, m.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(PEvents);
        foreach (var se in Safe(story.Events))
        {
            w.WriteStartObject();
            w.WriteString(PType, se.Type);
            WriteNullableString(w, PMode, se.Mode);
            WriteStrings(w, PActors, se.Actors);
            WriteStrings(w, PTargets, se.Targets);
            WriteNullableString(w, PDate, se.Date);
            WriteNullableString(w, PStatus, se.Status);
            w.WriteBoolean(PBackground, se.Background);
            w.WriteStartArray(PMentions);
            foreach (var m in Safe(se.Mentions))
            {
                w.WriteStartObject();
                w.WriteString(PDocument, m.Document);
                w.WriteString(PEvent, m.Event);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray(PConflicts);
            foreach (var c in Safe(se.Conflicts))
            {
                w.WriteStartObject();
                w.WriteString(PAttribute, c.Attribute);
                w.WriteBoolean(PCompatible, c.Compatible);
                w.WriteStartArray(PValues);
                foreach (var v in Safe(c.Values))
                {
                    w.WriteStartObject();
                    w.WriteString(PDocument, v.Document);
                    WriteNullableString(w, PValue, v.Value);
                    WriteNullableString(w, PText, v.Text);
                    WriteNullableSpan(w, PSpan, v.Span);
                    WriteNullableString(w, PSource, v.Source);
                    WriteStrings(w, PAttribution, v.Attribution);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray(PAgreements);
            foreach (var a in Safe(se.Agreements))
            {
                w.WriteStartObject();
                w.WriteString(PAttribute, a.Attribute);
                w.WriteString(PValue, a.Value);
                WriteStrings(w, PDocuments, a.Documents);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }


    /// <summary>
    /// Writes an event found by a store query (<c>parallax events --json</c>; a Parallax format, not part of
    /// the contract): <c>{"document", "source":{path,url,name}, "title", "published", "language",
    /// "event":{…the record's event object…}, "actors":[names], "targets":[names], "reported_by":[names],
    /// "location":name}</c>. Names are canonical names, since rows span documents.
    /// </summary>
    public static void WriteEventRow(Utf8JsonWriter w, EventRow row)
    {
        w.WriteStartObject();
        w.WriteNumber(PSchema, SchemaVersion);
        w.WriteString(PDocument, row.DocumentId);
        w.WritePropertyName(PSource);
        w.WriteStartObject();
        WriteNullableString(w, PPath, row.SourcePath);
        WriteNullableString(w, PUrl, row.SourceUrl);
        WriteNullableString(w, PName, row.SourceName);
        w.WriteEndObject();
        WriteNullableString(w, PTitle, row.Title);
        WriteDate(w, PPublished, row.Published);
        WriteNullableString(w, PLanguage, row.Language);
        w.WritePropertyName(PEvent);
        WriteEvent(w, row.Event);
        WriteStrings(w, PActors, row.Actors);
        WriteStrings(w, PTargets, row.Targets);
        WriteStrings(w, PReportedBy, row.ReportedBy);
        WriteNullableString(w, PLocation, row.Location);
        w.WriteEndObject();
    }

    public static string Serialize(EventRow row, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, indented ? Indented : Compact)) WriteEventRow(w, row);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes an attribute map. Keys are written in ordinal order so output is deterministic (an
    /// ImmutableDictionary's enumeration order depends on per-process string hashing).
    /// </summary>
    public static void WriteAttributes(Utf8JsonWriter w, IReadOnlyDictionary<string, object?> attributes)
    {
        w.WriteStartObject();
        if (attributes.Count > 0)
        {
            var keys = new string[attributes.Count];
            int i = 0;
            foreach (var kv in attributes) keys[i++] = kv.Key;
            System.Array.Sort(keys, StringComparer.Ordinal);
            foreach (var key in keys)
            {
                w.WritePropertyName(SafeText(key));
                WriteValue(w, attributes[key], 0);
            }
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// Writes an attribute value: null, string, bool, any number, DateOnly/DateTime(Offset) (ISO),
    /// TimeSpan (ISO 8601 duration), TextSpan ({start,end}), enums (lower-case name), JsonElement,
    /// dictionaries with string keys (objects) and other sequences (arrays). Anything else: its invariant string.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter w, object? value) => WriteValue(w, value, 0);

    static void WriteValue(Utf8JsonWriter w, object? value, int depth)
    {
        if (depth > 32) throw new InvalidOperationException("Attribute value nested too deeply (more than 32 levels).");
        switch (value)
        {
            case null: w.WriteNullValue(); return;
            case string s: w.WriteStringValue(SafeText(s)); return;
            case bool b: w.WriteBooleanValue(b); return;
            case int i: w.WriteNumberValue(i); return;
            case long l: w.WriteNumberValue(l); return;
            case short sh: w.WriteNumberValue(sh); return;
            case byte by: w.WriteNumberValue(by); return;
            case sbyte sb: w.WriteNumberValue(sb); return;
            case ushort us: w.WriteNumberValue(us); return;
            case uint ui: w.WriteNumberValue(ui); return;
            case ulong ul: w.WriteNumberValue(ul); return;
            case double d: if (double.IsFinite(d)) w.WriteNumberValue(d); else w.WriteNullValue(); return;
            case float f: if (float.IsFinite(f)) w.WriteNumberValue(f); else w.WriteNullValue(); return;
            case decimal m: w.WriteNumberValue(m); return;
            case char c: w.WriteStringValue(SafeText(c.ToString())); return;
            case DateOnly dt: w.WriteStringValue(dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); return;
            case DateTime dtm: w.WriteStringValue(dtm); return;
            case DateTimeOffset dto: w.WriteStringValue(dto); return;
            case TimeSpan ts: w.WriteStringValue(System.Xml.XmlConvert.ToString(ts)); return;
            case TextSpan span: WriteSpan(w, span.Start, span.End); return;
            case Enum en: w.WriteStringValue(en.ToString().ToLowerInvariant()); return;
            case JsonElement je: je.WriteTo(w); return;
            case ImmutableArray<string> { IsDefault: true }:
            case ImmutableArray<object?> { IsDefault: true }:
            case ImmutableArray<int> { IsDefault: true }:
                w.WriteStartArray(); w.WriteEndArray(); return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                {
                    w.WriteStartObject();
                    foreach (var kv in map.OrderBy(k => k.Key, StringComparer.Ordinal))
                    {
                        w.WritePropertyName(SafeText(kv.Key));
                        WriteValue(w, kv.Value, depth + 1);
                    }
                    w.WriteEndObject();
                    return;
                }
            case IEnumerable<KeyValuePair<string, string?>> smap:
                {
                    w.WriteStartObject();
                    foreach (var kv in smap.OrderBy(k => k.Key, StringComparer.Ordinal))
                        WriteNullableString(w, SafeText(kv.Key), kv.Value);
                    w.WriteEndObject();
                    return;
                }
            case IDictionary dict:
                {
                    var entries = new List<KeyValuePair<string, object?>>(dict.Count);
                    foreach (DictionaryEntry de in dict)
                        entries.Add(new(Convert.ToString(de.Key, CultureInfo.InvariantCulture) ?? "", de.Value));
                    entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                    w.WriteStartObject();
                    foreach (var kv in entries)
                    {
                        w.WritePropertyName(SafeText(kv.Key));
                        WriteValue(w, kv.Value, depth + 1);
                    }
                    w.WriteEndObject();
                    return;
                }
            case IEnumerable seq:
                w.WriteStartArray();
                foreach (var item in seq) WriteValue(w, item, depth + 1);
                w.WriteEndArray();
                return;
            case IFormattable fmt: w.WriteStringValue(SafeText(fmt.ToString(null, CultureInfo.InvariantCulture))); return;
            default: w.WriteStringValue(SafeText(value.ToString() ?? "")); return;
        }
    }

    static void WriteSpan(Utf8JsonWriter w, int start, int end)
    {
        w.WriteStartObject();
        w.WriteNumber(PStart, start);
        w.WriteNumber(PEnd, end);
        w.WriteEndObject();
    }

    static void WriteNullableSpan(Utf8JsonWriter w, JsonEncodedText name, TextSpan? span)
    {
        if (span is { } s) { w.WritePropertyName(name); WriteSpan(w, s.Start, s.End); }
        else w.WriteNull(name);
    }

    static void WriteNullableString(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, SafeText(value));
    }

    static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, SafeText(value));
    }

    static void WriteSafeString(Utf8JsonWriter w, JsonEncodedText name, string value) => w.WriteString(name, SafeText(value));

    static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, DateOnly? date)
    {
        if (date is { } d)
        {
            Span<char> buf = stackalloc char[10];
            d.TryFormat(buf, out int n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            w.WriteString(name, buf[..n]);
        }
        else w.WriteNull(name);
    }

    static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        if (!values.IsDefault)
            foreach (var v in values)
                if (v is null) w.WriteNullValue(); else w.WriteStringValue(SafeText(v));
        w.WriteEndArray();
    }

    /// <summary>
    /// Replaces lone UTF-16 surrogates (which cannot be written as UTF-8 JSON) with U+FFFD. Length-preserving,
    /// so offsets into the text stay valid. Returns the same string when it has no lone surrogate.
    /// </summary>
    internal static string SafeText(string s)
    {
        int i = FirstLoneSurrogate(s);
        if (i < 0) return s;
        return string.Create(s.Length, (s, i), static (dst, st) =>
        {
            var (src, first) = st;
            src.AsSpan().CopyTo(dst);
            for (int j = first; j < dst.Length; j++)
            {
                char c = dst[j];
                if (char.IsHighSurrogate(c) && j + 1 < dst.Length && char.IsLowSurrogate(dst[j + 1])) { j++; continue; }
                if (char.IsSurrogate(c)) dst[j] = '\uFFFD';
            }
        });
    }

    static int FirstLoneSurrogate(string s)
    {
        var span = s.AsSpan();
        int k = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (k < 0) return -1;
        for (int j = k; j < span.Length; j++)
        {
            char c = span[j];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && j + 1 < span.Length && char.IsLowSurrogate(span[j + 1])) { j++; continue; }
            return j;
        }
        return -1;
    }

    /// <summary>A default (uninitialised) array read as empty.</summary>
    static ImmutableArray<T> Safe<T>(ImmutableArray<T> a) => a.IsDefault ? ImmutableArray<T>.Empty : a;

    // ------------------------------------------------------------------ reading

    public static Document DeserializeDocument(string json)
    {
        using var d = Parse(json);
        return ReadDocument(d.RootElement);
    }

    public static Document DeserializeDocument(ReadOnlyMemory<byte> utf8Json)
    {
        using var d = Parse(utf8Json);
        return ReadDocument(d.RootElement);
    }

    public static Story DeserializeStory(string json)
    {
        using var d = Parse(json);
        return ReadStory(d.RootElement);
    }

    public static Event DeserializeEvent(string json)
    {
        using var d = Parse(json);
        return ReadEvent(d.RootElement);
    }

    static JsonDocument Parse(string json)
    {
        try { return JsonDocument.Parse(json, ReadOptions); }
        catch (JsonException ex) { throw new FormatException($"Not a valid Parallax record: {ex.Message}", ex); }
    }

    static JsonDocument Parse(ReadOnlyMemory<byte> json)
    {
        try { return JsonDocument.Parse(json, ReadOptions); }
        catch (JsonException ex) { throw new FormatException($"Not a valid Parallax record: {ex.Message}", ex); }
    }

    /// <summary>
    /// Reads a document record. Unknown fields are ignored (records from newer versions that only add fields
    /// read fine); missing optional fields take their defaults; <c>id</c> and <c>text</c> are required.
    /// </summary>
    public static Document ReadDocument(JsonElement o)
    {
        Expect(o, JsonValueKind.Object, "document");
        var id = RequiredString(o, "id", "document");
        var text = RequiredString(o, "text", "document");
        SourceInfo source = new(null, null, null);
        if (o.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.Object)
            source = new SourceInfo(Str(src, "path"), Str(src, "url"), Str(src, "name"));
        else if (o.TryGetProperty("source", out src) && src.ValueKind == JsonValueKind.String)
            source = new SourceInfo(null, null, src.GetString());

        return new Document
        {
            Id = id,
            Source = source,
            Language = Str(o, "language"),
            Published = Date(o, "published"),
            Modified = Date(o, "modified"),
            Title = Str(o, "title"),
            Authors = Strings(o, "authors"),
            Text = text,
            Paragraphs = Array(o, "paragraphs", p => new Paragraph(Int(p, "start"), Int(p, "end"), BlockKindOf(Str(p, "kind")))),
            Removed = Strings(o, "removed"),
            Sentences = Array(o, "sentences", s => new Sentence(Int(s, "start"), Int(s, "end"))),
            Entities = Array(o, "entities", ReadEntity),
            Times = Array(o, "times", t => new TimeExpression
            {
                Start = Int(t, "start"),
                End = Int(t, "end"),
                Text = Str(t, "text") ?? "",
                Kind = Str(t, "kind") ?? "",
                Value = Str(t, "value") ?? "",
                Approx = Bool(t, "approx", false),
                Modifier = Str(t, "modifier"),
                Conflict = Str(t, "conflict"),
            }),
            Quotes = Array(o, "quotes", q => new Quote
            {
                Start = Int(q, "start"),
                End = Int(q, "end"),
                Text = Str(q, "text") ?? "",
                Speaker = Str(q, "speaker"),
                Direct = Bool(q, "direct", true),
                Partial = Bool(q, "partial", false),
                Channel = Str(q, "channel"),
                SpeakerSpan = Span(q, "speaker_span"),
            }),
            Events = Array(o, "events", ReadEvent),
        };
    }

    static Entity ReadEntity(JsonElement e) => new()
    {
        Id = RequiredString(e, "id", "entity"),
        Kb = Str(e, "kb"),
        Name = Str(e, "name") ?? "",
        Type = Str(e, "type") ?? "",
        Country = Str(e, "country"),
        Roles = Strings(e, "roles"),
        Mentions = Array(e, "mentions", m => new Mention(Int(m, "start"), Int(m, "end"), Str(m, "text") ?? "")),
        RemovedMentions = Array(e, "removed_mentions", m => new RemovedMention(Int(m, "line"), Int(m, "start"), Int(m, "end"), Str(m, "text") ?? "")),
    };

    /// <summary>Reads one event object (as in a document's <c>events</c> array).</summary>
    public static Event ReadEvent(JsonElement e)
    {
        Expect(e, JsonValueKind.Object, "event");
        return new Event
        {
            Id = RequiredString(e, "id", "event"),
            Type = Str(e, "type") ?? "",
            Mode = Str(e, "mode"),
            Cameo = Str(e, "cameo"),
            Actors = Strings(e, "actors"),
            Targets = Strings(e, "targets"),
            Location = Str(e, "location"),
            Date = Str(e, "date"),
            Status = Str(e, "status") ?? EventStatus.Occurred,
            Attributes = e.TryGetProperty("attributes", out var a) && a.ValueKind == JsonValueKind.Object
                ? ReadMap(a) : ImmutableDictionary<string, object?>.Empty,
            ReportedBy = Strings(e, "reported_by"),
            Evidence = Array(e, "evidence", s => new TextSpan(Int(s, "start"), Int(s, "end"))),
            Trigger = Span(e, "trigger"),
        };
    }

    public static Story ReadStory(JsonElement o)
    {
        Expect(o, JsonValueKind.Object, "story");
        return new Story
        {
            Id = RequiredString(o, "id", "story"),
            Title = Str(o, "title") ?? "",
            Documents = Strings(o, "documents"),
            First = Date(o, "first"),
            Last = Date(o, "last"),
            Members = Array(o, "members", m => new StoryMember(Str(m, "document") ?? "", Str(m, "near_duplicate_of"),
                m.TryGetProperty("score", out var sc) && sc.ValueKind == JsonValueKind.Number ? sc.GetDouble() : null)
                { Language = Str(m, "language"), Source = Str(m, "source") }),
            Events = Array(o, "events", se => new StoryEvent
            {
                Type = Str(se, "type") ?? "",
                Mode = Str(se, "mode"),
                Actors = Strings(se, "actors"),
                Targets = Strings(se, "targets"),
                Date = Str(se, "date"),
                Status = Str(se, "status"),
                Background = Bool(se, "background", false),
                Agreements = Array(se, "agreements", a => new ClaimAgreement(Str(a, "attribute") ?? "", ScalarString(a, "value") ?? "", Strings(a, "documents"))),
                Mentions = Array(se, "mentions", m => new EventMention(Str(m, "document") ?? "", Str(m, "event") ?? "")),
                Conflicts = Array(se, "conflicts", c => new ClaimConflict(
                    Str(c, "attribute") ?? "",
                    Bool(c, "compatible", false),
                    Array(c, "values", v => new ClaimValue(Str(v, "document") ?? "", ScalarString(v, "value"), Str(v, "text"))
                    { Span = Span(v, "span"), Source = Str(v, "source"), Attribution = Strings(v, "attribution") }))),
            }),
        };
    }

    /// <summary>
    /// An attribute value read back: string, bool, int (or long, or double), null, ImmutableArray&lt;string&gt;
    /// for arrays of strings, ImmutableArray&lt;object?&gt; for other arrays, ImmutableDictionary for objects.
    /// </summary>
    public static object? ReadValue(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String: return v.GetString();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.Null: case JsonValueKind.Undefined: return null;
            case JsonValueKind.Number:
                if (v.TryGetInt32(out int i)) return i;
                if (v.TryGetInt64(out long l)) return l;
                return v.GetDouble();
            case JsonValueKind.Array:
                {
                    bool allStrings = true;
                    foreach (var item in v.EnumerateArray())
                        if (item.ValueKind != JsonValueKind.String) { allStrings = false; break; }
                    if (allStrings)
                    {
                        var sb = ImmutableArray.CreateBuilder<string>(v.GetArrayLength());
                        foreach (var item in v.EnumerateArray()) sb.Add(item.GetString()!);
                        return sb.MoveToImmutable();
                    }
                    var ob = ImmutableArray.CreateBuilder<object?>(v.GetArrayLength());
                    foreach (var item in v.EnumerateArray()) ob.Add(ReadValue(item));
                    return ob.MoveToImmutable();
                }
            case JsonValueKind.Object: return ReadMap(v);
            default: return null;
        }
    }

    static ImmutableDictionary<string, object?> ReadMap(JsonElement o)
    {
        var b = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var p in o.EnumerateObject()) b[p.Name] = ReadValue(p.Value);
        return b.ToImmutable();
    }

    static BlockKind BlockKindOf(string? s) =>
        s is not null && Enum.TryParse<BlockKind>(s, ignoreCase: true, out var k) ? k : BlockKind.Paragraph;

    static void Expect(JsonElement e, JsonValueKind kind, string what)
    {
        if (e.ValueKind != kind) throw new FormatException($"Not a valid Parallax record: {what} should be a JSON {kind.ToString().ToLowerInvariant()}, found {e.ValueKind.ToString().ToLowerInvariant()}.");
    }

    static string RequiredString(JsonElement o, string name, string what) =>
        Str(o, name) ?? throw new FormatException($"Not a valid Parallax record: {what} has no \"{name}\" string.");

    static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A string, or a number/bool rendered as its JSON text (claim values may be numbers).</summary>
    static string? ScalarString(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
            _ => null,
        };
    }

    static int Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : 0;

    static bool Bool(JsonElement o, string name, bool dflt) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => dflt } : dflt;

    static DateOnly? Date(JsonElement o, string name)
    {
        var s = Str(o, name);
        if (string.IsNullOrEmpty(s)) return null;
        var head = s.Length > 10 ? s.AsSpan(0, 10) : s.AsSpan();
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new FormatException($"Not a valid Parallax record: \"{name}\" is \"{s}\", expected yyyy-MM-dd.");
    }

    static TextSpan? Span(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? new TextSpan(Int(v, "start"), Int(v, "end")) : null;

    static ImmutableArray<string> Strings(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Array) return [];
        var b = ImmutableArray.CreateBuilder<string>(a.GetArrayLength());
        foreach (var item in a.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String) b.Add(item.GetString()!);
        return b.ToImmutable();
    }

    static ImmutableArray<T> Array<T>(JsonElement o, string name, Func<JsonElement, T> read)
    {
        if (!o.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Array) return [];
        var b = ImmutableArray.CreateBuilder<T>(a.GetArrayLength());
        foreach (var item in a.EnumerateArray())
            if (item.ValueKind == JsonValueKind.Object) b.Add(read(item));
        return b.ToImmutable();
    }
}
