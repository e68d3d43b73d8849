using System.Buffers;
using System.Text;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// Writes records as JSON Lines: one compact object per line, '\n' after each. Reuses one
/// <see cref="Utf8JsonWriter"/> and one buffer; flushes to the stream once the buffer passes 64 KiB and on
/// <see cref="Flush"/>/<see cref="Dispose"/>. Not thread-safe.
/// </summary>
public sealed class JsonLinesWriter : IDisposable
{
    const int FlushThreshold = 64 * 1024;
    readonly Stream _stream;
    readonly bool _leaveOpen;
    readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold + 4096);
    readonly Utf8JsonWriter _writer;
    bool _disposed;

    public JsonLinesWriter(Stream stream, bool leaveOpen = false)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _writer = new Utf8JsonWriter(_buffer, RecordJson.Compact);
    }

    /// <summary>Number of lines written so far.</summary>
    public long Count { get; private set; }

    public void Write(Document doc) => WriteLine(static (w, d) => RecordJson.WriteDocument(w, d), doc);
    public void Write(Story story) => WriteLine(static (w, s) => RecordJson.WriteStory(w, s), story);
    public void Write(EventRow row) => WriteLine(static (w, r) => RecordJson.WriteEventRow(w, r), row);

    /// <summary>Writes any object through a caller-supplied writer callback as one line.</summary>
    public void WriteLine<T>(Action<Utf8JsonWriter, T> write, T value)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Reset(_buffer);
        write(_writer, value);
        _writer.Flush();
        WriteNewline();
    }

    /// <summary>Writes an already-serialised JSON object (e.g. a stored record) as one line; it must hold no newline.</summary>
    public void WriteRaw(string json)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int max = Encoding.UTF8.GetMaxByteCount(json.Length);
        var span = _buffer.GetSpan(max);
        int n = Encoding.UTF8.GetBytes(json, span);
        _buffer.Advance(n);
        WriteNewline();
    }

    void WriteNewline()
    {
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        Count++;
        if (_buffer.WrittenCount >= FlushThreshold) Drain();
    }

    void Drain()
    {
        if (_buffer.WrittenCount == 0) return;
        _stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    public void Flush()
    {
        Drain();
        _stream.Flush();
    }

    public void Dispose()
    {
        if (_disposed) return;
        Flush();
        _disposed = true;
        _writer.Dispose();
        if (!_leaveOpen) _stream.Dispose();
    }
}

/// <summary>Reads JSON Lines of records back (blank lines skipped).</summary>
public static class JsonLinesReader
{
    public static IEnumerable<Document> ReadDocuments(TextReader reader)
    {
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            Document doc;
            try { doc = RecordJson.DeserializeDocument(line); }
            catch (FormatException ex) { throw new FormatException($"Line {lineNo}: {ex.Message}", ex); }
            yield return doc;
        }
    }

    public static IEnumerable<Story> ReadStories(TextReader reader)
    {
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            Story story;
            try { story = RecordJson.DeserializeStory(line); }
            catch (FormatException ex) { throw new FormatException($"Line {lineNo}: {ex.Message}", ex); }
            yield return story;
        }
    }
}
