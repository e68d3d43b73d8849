using System.CommandLine;
using Parallax.Input;
using Parallax.Storage;
using Parallax.Web;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax serve</c>: the JSON API and the web interface over the store.</summary>
public static class ServeCommand
{
    /// <summary>Environment variable holding the upload API key when --api-key is not given.</summary>
    public const string ApiKeyVariable = "PARALLAX_API_KEY";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, separated by ';' (default: loopback only)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string?>("--api-key") { Description = $"Accept uploads (POST /api/documents) from clients sending this key in X-Api-Key (default: ${ApiKeyVariable}); without a key the server is read-only" };
        var maxUpload = new Option<int>("--max-upload-mb") { Description = "Largest upload accepted, in MiB", DefaultValueFactory = _ => 32 };
        var cmd = new Command("serve", "Serve the JSON API and the web interface over the store") { urls, apiKey, maxUpload };
        cmd.SetAction(r => Common.Run(() =>
        {
            var key = r.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            if (key is { Length: 0 }) key = null;
            if (key is { Length: < 12 }) throw new UsageException("--api-key: use at least 12 characters");
            if (r.GetValue(maxUpload) is < 1 or > 4096) throw new UsageException("--max-upload-mb: between 1 and 4096");
            using var store = key is null ? OpenReadOnly(r) : DocumentStores.Open(Common.DbPath(r));
            WebApplicationRun(new WebOptions
            {
                Store = store, Urls = r.GetValue(urls)!, ApiKey = key, Ingest = key is null ? null : IngestUploads,
                MaxUploadBytes = r.GetValue(maxUpload) * 1024L * 1024L,
            });
            return 0;
        }));
        return cmd;
    }

    /// <summary>Opens the store read-only, first upgrading its schema when it is older than this version's.</summary>
    static IDocumentStore OpenReadOnly(ParseResult r)
    {
        try { return Common.OpenReadOnly(r); }
        catch (StoreException e) when (e.Kind == StoreErrorKind.NeedsUpgrade)
        {
            Console.Error.WriteLine($"parallax: upgrading the schema of {Common.DbPath(r)} (once)");
            DocumentStores.Open(Common.DbPath(r)).Dispose();
            return Common.OpenReadOnly(r);
        }
    }

    static void WebApplicationRun(WebOptions options)
    {
        try
        {
            WebApp.Serve(options, urls => Console.Error.WriteLine($"parallax: serving {options.Store.Location} on {string.Join(", ", urls)} "
                + (options.ApiKey is null ? "(read-only)" : "(uploads accepted with the API key)") + "; Ctrl+C stops"));
        }
        catch (ArgumentException e) { throw new UsageException(e.Message); }
        catch (IOException e) { throw new UsageException($"--urls: cannot listen on {options.Urls} ({e.Message})"); }
    }

    static readonly Lazy<Pipeline> SharedPipeline = new(Pipeline.CreateDefault);

    /// <summary>Uploaded files through the same path as <c>parallax ingest</c> (reading, pipeline, store, stories).</summary>
    public static UploadResult IngestUploads(IDocumentStore store, IReadOnlyList<string> paths, DateOnly? published, string? source)
    {
        var messages = new List<string>();
        var ok = new List<InputItem>();
        foreach (var item in Common.Read(paths, published, source))
        {
            if (item.Error is { } err) messages.Add($"{Path.GetFileName(err.Path)}: {err.Message}");
            else ok.Add(item);
        }
        var result = IngestCommand.Ingest(store, ok, SharedPipeline.Value, quiet: true);
        int failed = (int)result.Failed;
        foreach (var f in result.Failures) messages.Add($"{f.Count} page(s) not stored: {f.Reason}");
        return new UploadResult((int)result.Added, (int)result.Duplicates, failed + (messages.Count - result.Failures.Count), messages);
    }
}
