namespace Parallax.Input;

/// <summary>
/// Raw bytes of one page as read from a file, stdin, a feed item or a crawl record, with what is known
/// about it before extraction. <see cref="Published"/> and <see cref="SourceName"/> override what the
/// page itself says (for plain text that carries no metadata).
/// </summary>
public sealed record RawInput
{
    public required ReadOnlyMemory<byte> Bytes { get; init; }
    /// <summary>File path (or "-" for stdin, or "archive.warc#record" for a record inside a file).</summary>
    public string? Path { get; init; }
    public string? Url { get; init; }
    /// <summary>MIME type when known (HTTP header, feed, file extension): text/html, text/plain…</summary>
    public string? ContentType { get; init; }
    public DateOnly? Published { get; init; }
    public string? SourceName { get; init; }

    /// <summary>SHA-256 of the bytes, lower-case hex: the document id, so the same bytes give the same document.</summary>
    public string ComputeId() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes.Span));
}
