using Parallax.Storage;

namespace Parallax.Web;

/// <summary>How <c>parallax serve</c> runs: the store it shows, where it listens, whether it accepts uploads.</summary>
public sealed record WebOptions
{
    public required IDocumentStore Store { get; init; }

    /// <summary>Addresses to listen on (semicolon-separated). Loopback only by default.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Key that uploads must present (header <c>X-Api-Key</c>); null disables uploads (read-only server).</summary>
    public string? ApiKey { get; init; }

    /// <summary>Runs uploaded files through the ingest pipeline; required when <see cref="ApiKey"/> is set.</summary>
    public UploadIngest? Ingest { get; init; }

    /// <summary>Largest request body accepted (uploads); other requests have no body.</summary>
    public long MaxUploadBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    public int MaxUploadFiles { get; init; } = 100;
}

/// <summary>Ingests files saved to disk (the same path as <c>parallax ingest</c>) and rebuilds the stories.</summary>
public delegate UploadResult UploadIngest(IDocumentStore store, IReadOnlyList<string> paths, DateOnly? published, string? source);

/// <summary>What an upload did.</summary>
public sealed record UploadResult(int Added, int Duplicates, int Errors, IReadOnlyList<string> Messages);
