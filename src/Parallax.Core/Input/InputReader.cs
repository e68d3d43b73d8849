using System.IO.Compression;

namespace Parallax.Input;

/// <summary>One input that could not be read: the path and a one-line reason.</summary>
public sealed record InputError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>What <see cref="InputReader"/> yields for one item: either a readable input or an error.</summary>
public readonly record struct InputItem
{
    public RawInput? Input { get; }
    public InputError? Error { get; }
    public bool IsError => Error is not null;
    public string Path => Input?.Path ?? Error?.Path ?? "";

    InputItem(RawInput? input, InputError? error) { Input = input; Error = error; }
    public static InputItem Ok(RawInput input) => new(input, null);
    public static InputItem Fail(string path, string message) => new(null, new InputError(path, message));
    public override string ToString() => Error?.ToString() ?? Input?.Path ?? "";
}

/// <summary>Well-known content types used by the input and extraction stages.</summary>
public static class ContentTypes
{
    public const string Html = "text/html";
    public const string Text = "text/plain";
    public const string Rss = "application/rss+xml";
    public const string Atom = "application/atom+xml";
    /// <summary>An XML file that is a feed of unknown flavour (RSS or Atom: decided by sniffing).</summary>
    public const string Feed = "application/feed+xml";
    public const string Warc = "application/warc";

    /// <summary>The media type without parameters, lower-case ("text/html; charset=x" → "text/html").</summary>
    public static string? MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        int semi = contentType.IndexOf(';');
        return (semi < 0 ? contentType : contentType[..semi]).Trim().ToLowerInvariant();
    }

    public static bool IsHtml(string? ct) => MediaType(ct) is "text/html" or "application/xhtml+xml";
    public static bool IsText(string? ct) => MediaType(ct) is "text/plain";
    public static bool IsFeed(string? ct) => MediaType(ct) is Rss or Atom or Feed or "application/xml" or "text/xml";
    public static bool IsWarc(string? ct) => MediaType(ct) is Warc;

    /// <summary>The charset parameter of a content type, if any.</summary>
    public static string? Charset(string? contentType)
    {
        if (contentType is null) return null;
        int i = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (i < 0) return null;
        i += 7;
        while (i < contentType.Length && (contentType[i] == ' ' || contentType[i] == '=')) i++;
        int j = i;
        while (j < contentType.Length && contentType[j] is not (';' or ' ' or ',')) j++;
        var cs = contentType[i..j].Trim('"', '\'', ' ');
        return cs.Length == 0 ? null : cs;
    }
}

/// <summary>Options of <see cref="InputReader"/>.</summary>
public sealed record InputReaderOptions
{
    /// <summary>Files larger than this (after decompression) are reported as errors. Default <see cref="Limits.MaxInputBytes"/> (64 MiB; PARALLAX_MAX_INPUT_BYTES).</summary>
    public long MaxBytes { get; init; } = Limits.MaxInputBytes;
    /// <summary>Skip files and folders whose name starts with '.' while walking a folder (explicit paths are always read).</summary>
    public bool SkipHidden { get; init; } = true;
    /// <summary>Expand feeds (RSS/Atom) and WARC files into one input per item/record. When false they are yielded whole.</summary>
    public bool ExpandContainers { get; init; } = true;
    /// <summary>
    /// Extensions skipped silently while walking a folder (site assets and data files that are not pages);
    /// files named explicitly are always read.
    /// </summary>
    public IReadOnlySet<string> SkipExtensions { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".js", ".mjs", ".css", ".map", ".csv", ".tsv", ".yml", ".yaml", ".ini", ".cfg", ".toml", ".lock", ".md5", ".sha256",
    };
    /// <summary>Where "-" reads from; defaults to the process's standard input.</summary>
    public Func<Stream>? Stdin { get; init; }
}

/// <summary>
/// Enumerates the inputs named by paths: files, folders (recursive, entries in ordinal order), "-" for stdin,
/// gzip files (by extension or magic bytes). Streams: one file is read at a time, nothing else is kept. Never
/// throws for a bad item: each gives an <see cref="InputError"/> and enumeration carries on.
/// </summary>
public static class InputReader
{
    /// <summary>Reads every input named by <paramref name="paths"/>, in the order given.</summary>
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, InputReaderOptions? options = null)
    {
        options ??= new InputReaderOptions();
        foreach (var path in paths)
            foreach (var item in Read(path, options))
                yield return item;
    }

    /// <summary>Reads one path: a file, a folder (recursively) or "-" (stdin).</summary>
    public static IEnumerable<InputItem> Read(string path, InputReaderOptions? options = null)
    {
        options ??= new InputReaderOptions();
        if (path == "-")
        {
            foreach (var item in ReadStdin(options)) yield return item;
            yield break;
        }
        bool isDir, isFile;
        try { isDir = Directory.Exists(path); isFile = !isDir && File.Exists(path); }
        catch (Exception e) { isDir = isFile = false; _ = e; }
        if (isDir)
        {
            foreach (var item in ReadFolder(path, options)) yield return item;
        }
        else if (isFile)
        {
            foreach (var item in ReadFile(path, options)) yield return item;
        }
        else
        {
            yield return InputItem.Fail(path, "no such file or directory");
        }
    }

    static IEnumerable<InputItem> ReadStdin(InputReaderOptions options)
    {
        byte[]? bytes = null;
        string? error = null;
        try
        {
            using var s = options.Stdin?.Invoke() ?? Console.OpenStandardInput();
            bytes = ReadAll(s, options.MaxBytes);
            if (bytes is null) error = $"larger than {options.MaxBytes} bytes";
        }
        catch (Exception e) { error = OneLine(e); }
        if (error is not null) { yield return InputItem.Fail("-", error); yield break; }
        foreach (var item in FromBytes(bytes!, "-", null, options)) yield return item;
    }

    /// <summary>
    /// Walks a folder depth-first; entries of one folder in ordinal name order (files and subfolders interleaved).
    /// Only the names of the folders on the current path are held in memory, one sorted array per level.
    /// </summary>
    static IEnumerable<InputItem> ReadFolder(string root, InputReaderOptions options)
    {
        var stack = new Stack<(string Dir, (string Name, bool IsDir)[] Entries, int Next)>();
        var (rootEntries, rootError) = List(root, options);
        if (rootError is not null) { yield return InputItem.Fail(root, $"cannot list folder: {rootError}"); yield break; }
        stack.Push((root, rootEntries!, 0));
        while (stack.Count > 0)
        {
            var (dir, entries, next) = stack.Pop();
            if (next >= entries.Length) continue;
            stack.Push((dir, entries, next + 1));
            var (name, isDir) = entries[next];
            var path = System.IO.Path.Combine(dir, name);
            if (!isDir)
            {
                foreach (var item in ReadFile(path, options)) yield return item;
                continue;
            }
            var (sub, error) = List(path, options);
            if (error is not null) { yield return InputItem.Fail(path, $"cannot list folder: {error}"); continue; }
            stack.Push((path, sub!, 0));
        }
    }

    static ((string Name, bool IsDir)[]? Entries, string? Error) List(string dir, InputReaderOptions options)
    {
        try
        {
            var entries = new List<(string Name, bool IsDir)>();
            foreach (var fsi in new DirectoryInfo(dir).EnumerateFileSystemInfos())
            {
                if (options.SkipHidden && fsi.Name.StartsWith('.')) continue;
                bool isDir = (fsi.Attributes & FileAttributes.Directory) != 0;
                // Do not follow symbolic links to folders (cycles).
                if (isDir && fsi.LinkTarget is not null) continue;
                if (!isDir && options.SkipExtensions.Contains(System.IO.Path.GetExtension(fsi.Name))) continue;
                entries.Add((fsi.Name, isDir));
            }
            var arr = entries.ToArray();
            Array.Sort(arr, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return (arr, null);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or System.Security.SecurityException)
        {
            return (null, OneLine(e));
        }
    }

    /// <summary>Reads one file (decompressing gzip), and expands it if it is a feed or WARC file.</summary>
    public static IEnumerable<InputItem> ReadFile(string path, InputReaderOptions? options = null)
    {
        options ??= new InputReaderOptions();
        // WARC files can be large: stream them record by record instead of loading them.
        if (options.ExpandContainers && IsWarcName(path))
        {
            foreach (var item in WarcReader.ReadFile(path, options)) yield return item;
            yield break;
        }
        byte[]? bytes = null;
        string? error = null;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxBytes) error = $"file too large ({info.Length} bytes)";
            else bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) { error = OneLine(e); }
        if (error is not null) { yield return InputItem.Fail(path, error); yield break; }
        foreach (var item in FromBytes(bytes!, path, null, options)) yield return item;
    }

    /// <summary>
    /// Turns the bytes of one item into inputs: gunzips, rejects empty and binary content, decides the content
    /// type (from <paramref name="contentType"/>, the path's extension, then sniffing) and expands containers.
    /// </summary>
    public static IEnumerable<InputItem> FromBytes(byte[] bytes, string path, string? contentType = null, InputReaderOptions? options = null)
    {
        options ??= new InputReaderOptions();
        string name = path;
        if (IsGzip(bytes))
        {
            byte[]? inner = null; string? error = null;
            try
            {
                using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                inner = ReadAll(gz, options.MaxBytes);
                if (inner is null) error = $"decompressed size larger than {options.MaxBytes} bytes";
                else if (bytes.Length >= 18 && BitConverter.ToUInt32(bytes, bytes.Length - 4) > (ulong)inner.LongLength)
                    error = "truncated gzip data";   // ISIZE trailer of the last member exceeds what was decompressed
            }
            catch (Exception e) when (e is InvalidDataException or IOException) { error = "corrupt gzip data: " + OneLine(e); }
            if (error is not null) { yield return InputItem.Fail(path, error); yield break; }
            bytes = inner!;
            if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
            else if (name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)) name = name[..^4] + ".tar";
        }
        if (IsBlank(bytes)) { yield return InputItem.Fail(path, "empty file"); yield break; }

        var type = contentType ?? TypeFromExtension(name) ?? Sniff(bytes);
        if (!IsWarcContent(bytes) && LooksBinary(bytes))
        {
            yield return InputItem.Fail(path, "binary file (not text, HTML, feed or WARC)");
            yield break;
        }
        // An extension can lie (.xml that is XHTML, .html that is a feed): sniff XML flavours.
        if (type is null || MediaTypeIs(type, "application/xml") || (ContentTypes.IsFeed(type) && !IsWarcContent(bytes)))
        {
            var sniffed = Sniff(bytes);
            if (sniffed is not null) type = sniffed;
        }
        if (IsWarcContent(bytes)) type = ContentTypes.Warc;
        type ??= ContentTypes.Text;

        if (options.ExpandContainers && ContentTypes.IsWarc(type))
        {
            foreach (var item in WarcReader.Read(new MemoryStream(bytes, writable: false), path, options)) yield return item;
            yield break;
        }
        if (options.ExpandContainers && ContentTypes.IsFeed(type))
        {
            if (!FeedReader.LooksLikeFeed(bytes))
            {
                yield return InputItem.Fail(path, "XML file that is not an RSS/Atom feed or HTML");
                yield break;
            }
            foreach (var item in FeedReader.Read(bytes, path)) yield return item;
            yield break;
        }
        yield return InputItem.Ok(new RawInput { Bytes = bytes, Path = path, ContentType = type });
    }

    static bool MediaTypeIs(string ct, string media) => ContentTypes.MediaType(ct) == media;

    internal static bool IsWarcName(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Content type from the file extension (ignoring a trailing .gz), or null.</summary>
    public static string? TypeFromExtension(string path)
    {
        var p = path;
        if (p.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) p = p[..^3];
        var ext = System.IO.Path.GetExtension(p).ToLowerInvariant();
        return ext switch
        {
            ".html" or ".htm" or ".xhtml" or ".shtml" => ContentTypes.Html,
            ".txt" or ".text" => ContentTypes.Text,
            ".rss" => ContentTypes.Rss,
            ".atom" => ContentTypes.Atom,
            ".xml" => ContentTypes.Feed,
            ".warc" => ContentTypes.Warc,
            _ => null,
        };
    }

    public static bool IsGzip(ReadOnlySpan<byte> b) => b.Length >= 2 && b[0] == 0x1F && b[1] == 0x8B;

    static bool IsWarcContent(ReadOnlySpan<byte> b) => b.StartsWith("WARC/1."u8) || b.StartsWith("WARC/0."u8);

    /// <summary>Content type from the first bytes: HTML, RSS, Atom or WARC markers; null when nothing is recognised.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (IsWarcContent(bytes)) return ContentTypes.Warc;
        var head = bytes[..Math.Min(bytes.Length, 2048)];
        // Skip a UTF-8 BOM; UTF-16 input is sniffed by stripping the zero bytes.
        Span<byte> buf = stackalloc byte[head.Length];
        int n = 0;
        for (int i = 0; i < head.Length; i++)
        {
            byte c = head[i];
            if (c == 0) continue;
            buf[n++] = c is >= (byte)'A' and <= (byte)'Z' ? (byte)(c + 32) : c;
        }
        var h = buf[..n];
        int rss = h.IndexOf("<rss"u8), feed = h.IndexOf("<feed"u8), rdf = h.IndexOf("<rdf:rdf"u8);
        int html = h.IndexOf("<html"u8), doctype = h.IndexOf("<!doctype html"u8), body = h.IndexOf("<body"u8), head2 = h.IndexOf("<head"u8);
        int firstHtml = Min(html, doctype, body, head2);
        int firstFeed = Min(rss, feed, rdf);
        if (firstFeed >= 0 && (firstHtml < 0 || firstFeed < firstHtml))
            return feed == firstFeed ? ContentTypes.Atom : ContentTypes.Rss;
        if (firstHtml >= 0) return ContentTypes.Html;
        if (h.IndexOf("<!doctype"u8) >= 0 || h.IndexOf("<div"u8) >= 0 || h.IndexOf("<p>"u8) >= 0) return ContentTypes.Html;
        return null;
    }

    static int Min(params ReadOnlySpan<int> xs)
    {
        int m = -1;
        foreach (var x in xs) if (x >= 0 && (m < 0 || x < m)) m = x;
        return m;
    }

    static bool IsBlank(ReadOnlySpan<byte> b)
    {
        foreach (var c in b) if (c is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF or 0)) return false;
        return true;
    }

    /// <summary>
    /// True when the first 8 KiB look like binary data: a NUL byte (unless UTF-16 with a BOM) or more than
    /// 10% control characters other than tab, CR, LF and form feed.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) return false;
        var s = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (var c in s)
        {
            if (c == 0) return true;
            if (c < 0x20 && c is not (9 or 10 or 12 or 13 or 27)) control++;
        }
        return control * 10 > s.Length;
    }

    /// <summary>Reads a stream to the end; null when it exceeds <paramref name="max"/> bytes.</summary>
    internal static byte[]? ReadAll(Stream s, long max)
    {
        using var ms = new MemoryStream();
        var buf = new byte[81920];
        int n;
        while ((n = s.Read(buf, 0, buf.Length)) > 0)
        {
            if (ms.Length + n > max) return null;
            ms.Write(buf, 0, n);
        }
        return ms.ToArray();
    }

    internal static string OneLine(Exception e)
    {
        var m = e switch
        {
            FileNotFoundException => "no such file",
            DirectoryNotFoundException => "no such file or directory",
            UnauthorizedAccessException => "permission denied",
            _ => e.Message,
        };
        return m.ReplaceLineEndings(" ").Trim();
    }
}
