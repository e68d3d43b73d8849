using System.IO.Compression;
using System.Text;

namespace Parallax.Input;

/// <summary>
/// Streams the response records of a WARC file (plain or gzip, one member per record or whole-file) whose
/// payload is HTML or plain text, one <see cref="RawInput"/> per record: path "file.warc#N" (N = record
/// number, from 1), URL from WARC-Target-URI, content type (with charset) from the HTTP response header.
/// Other records (request, metadata, warcinfo, non-text responses) are skipped silently.
/// </summary>
public static class WarcReader
{
    public static IEnumerable<InputItem> ReadFile(string path, InputReaderOptions? options = null)
    {
        options ??= new InputReaderOptions();
        Stream? stream = null;
        string? error = null;
        try
        {
            var fs = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[2];
            int got = fs.Read(magic);
            fs.Position = 0;
            stream = got == 2 && InputReader.IsGzip(magic) ? new GZipStream(fs, CompressionMode.Decompress) : fs;
        }
        catch (Exception e) { error = InputReader.OneLine(e); }
        if (error is not null) { yield return InputItem.Fail(path, error); yield break; }
        using (stream)
            foreach (var item in Read(stream!, path, options))
                yield return item;
    }

    /// <summary>Reads WARC records from a (decompressed or gzip) stream.</summary>
    public static IEnumerable<InputItem> Read(Stream stream, string path, InputReaderOptions? options = null)
    {
        options ??= new InputReaderOptions();
        var input = new BufferedStream(stream, 1 << 16);
        int first = PeekGzip(input);
        if (first == 1) input = new BufferedStream(new GZipStream(input, CompressionMode.Decompress), 1 << 16);

        int record = 0, yielded = 0;
        while (true)
        {
            Dictionary<string, string>? headers = null;
            string? error = null;
            byte[]? block = null;
            try
            {
                headers = ReadHeaderBlock(input, requireVersion: true, out bool eof);
                if (eof) break;
                record++;
                if (headers is null) { error = "not a WARC record (no WARC/1.x version line)"; }
                else
                {
                    if (!headers.TryGetValue("content-length", out var lenText) || !long.TryParse(lenText, out long len) || len < 0)
                        error = "WARC record without a valid Content-Length";
                    else if (len > options.MaxBytes) { Skip(input, len); error = $"WARC record too large ({len} bytes)"; }
                    else
                    {
                        block = new byte[len];
                        input.ReadExactly(block);
                    }
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
            {
                error = "truncated or corrupt WARC: " + InputReader.OneLine(e);
                headers = null;
                block = null;
                record = Math.Max(record, 1);
            }
            if (error is not null && headers is null && block is null && error.StartsWith("truncated", StringComparison.Ordinal))
            {
                yield return InputItem.Fail($"{path}#{record}", error);
                yield break;
            }
            if (error is not null)
            {
                yield return InputItem.Fail($"{path}#{record}", error);
                if (headers is null) yield break; // cannot resynchronise
                continue;
            }
            var item = ToInput(headers!, block!, $"{path}#{record}", options);
            if (item is { } it) { yielded++; yield return it; }
        }
        if (record == 0) yield return InputItem.Fail(path, "empty WARC file");
    }

    static InputItem? ToInput(Dictionary<string, string> warc, byte[] block, string path, InputReaderOptions options)
    {
        warc.TryGetValue("warc-type", out var type);
        if (!string.Equals(type, "response", StringComparison.OrdinalIgnoreCase) &&
            !string.Equals(type, "resource", StringComparison.OrdinalIgnoreCase)) return null;
        warc.TryGetValue("warc-target-uri", out var uri);
        uri = uri?.Trim('<', '>');
        warc.TryGetValue("content-type", out var warcCt);
        ReadOnlyMemory<byte> payload = block;
        string? ct = null;
        if (string.Equals(type, "response", StringComparison.OrdinalIgnoreCase) && warcCt?.Contains("application/http", StringComparison.OrdinalIgnoreCase) != false)
        {
            var ms = new MemoryStream(block, writable: false);
            var http = ReadHeaderBlock(ms, requireVersion: false, out _);
            if (http is null) return InputItem.Fail(path, "response record without HTTP headers");
            if (http.TryGetValue(":status", out var status) && !status.StartsWith('2')) return null;
            http.TryGetValue("content-type", out ct);
            var body = block.AsMemory((int)ms.Position);
            try
            {
                if (http.TryGetValue("transfer-encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
                    body = Dechunk(body.Span);
                if (http.TryGetValue("content-encoding", out var ce) && (ce.Contains("gzip", StringComparison.OrdinalIgnoreCase) || InputReader.IsGzip(body.Span)))
                {
                    using var gz = new GZipStream(new MemoryStream(body.ToArray()), CompressionMode.Decompress);
                    body = InputReader.ReadAll(gz, options.MaxBytes) ?? throw new InvalidDataException("too large");
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
            {
                return InputItem.Fail(path, "cannot decode HTTP payload: " + InputReader.OneLine(e));
            }
            payload = body;
        }
        else ct = warcCt;

        var media = ContentTypes.MediaType(ct);
        if (media is null) ct = InputReader.Sniff(payload.Span) ?? null;
        if (!ContentTypes.IsHtml(ct) && !ContentTypes.IsText(ct)) return null;
        if (payload.IsEmpty) return InputItem.Fail(path, "empty payload");
        return InputItem.Ok(new RawInput { Bytes = payload.ToArray(), Path = path, Url = uri, ContentType = ct });
    }

    static int PeekGzip(BufferedStream s)
    {
        if (!s.CanSeek)
        {
            // BufferedStream over a non-seekable stream: cannot peek; WARC content must be decompressed already.
            return 0;
        }
        long pos = s.Position;
        int a = s.ReadByte(), b = s.ReadByte();
        s.Position = pos;
        return a == 0x1F && b == 0x8B ? 1 : 0;
    }

    /// <summary>
    /// Reads "Name: value" lines up to a blank line. With <paramref name="requireVersion"/> the first non-empty
    /// line must be "WARC/x"; otherwise the first line is an HTTP status line (its code stored as ":status").
    /// Returns null for a malformed block; <paramref name="eof"/> is true when the stream ended before any line.
    /// </summary>
    static Dictionary<string, string>? ReadHeaderBlock(Stream s, bool requireVersion, out bool eof)
    {
        eof = false;
        string? line;
        // Skip blank lines between records.
        do
        {
            line = ReadLine(s);
            if (line is null) { eof = true; return null; }
        } while (line.Length == 0);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (requireVersion)
        {
            if (!line.StartsWith("WARC/", StringComparison.Ordinal)) return null;
        }
        else
        {
            if (!line.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)) return null;
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2) headers[":status"] = parts[1];
        }
        string? lastKey = null;
        while ((line = ReadLine(s)) is not null && line.Length > 0)
        {
            if ((line[0] == ' ' || line[0] == '\t') && lastKey is not null) { headers[lastKey] += " " + line.Trim(); continue; }
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            lastKey = line[..colon].Trim();
            headers[lastKey] = line[(colon + 1)..].Trim();
        }
        return headers;
    }

    /// <summary>A header line (Latin-1, CRLF or LF), at most 64 KiB; null at end of stream.</summary>
    static string? ReadLine(Stream s)
    {
        var sb = new StringBuilder();
        int c;
        bool any = false;
        while ((c = s.ReadByte()) >= 0)
        {
            any = true;
            if (c == '\n') break;
            if (c != '\r' && sb.Length < 65536) sb.Append((char)c);
        }
        return any ? sb.ToString() : null;
    }

    static void Skip(Stream s, long n)
    {
        var buf = new byte[81920];
        while (n > 0)
        {
            int r = s.Read(buf, 0, (int)Math.Min(buf.Length, n));
            if (r <= 0) throw new EndOfStreamException();
            n -= r;
        }
    }

    static byte[] Dechunk(ReadOnlySpan<byte> b)
    {
        var ms = new MemoryStream();
        int i = 0;
        while (i < b.Length)
        {
            int eol = b[i..].IndexOf((byte)'\n');
            if (eol < 0) break;
            var sizeText = Encoding.ASCII.GetString(b.Slice(i, eol)).Trim();
            int semi = sizeText.IndexOf(';');
            if (semi >= 0) sizeText = sizeText[..semi];
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out int size)) throw new InvalidDataException("bad chunk size");
            i += eol + 1;
            if (size == 0) break;
            size = Math.Min(size, b.Length - i);
            ms.Write(b.Slice(i, size));
            i += size;
            if (i < b.Length && b[i] == '\r') i++;
            if (i < b.Length && b[i] == '\n') i++;
        }
        return ms.ToArray();
    }
}
