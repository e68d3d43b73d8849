using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parallax.Storage;

namespace Parallax.Web;

/// <summary>The <c>parallax serve</c> application: JSON API under /api, server-rendered pages elsewhere.</summary>
public static class WebApp
{
    /// <summary>The Content-Security-Policy of every response: only this site's own stylesheet and script, no inline script.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Builds the application. <paramref name="configure"/> may adjust the builder before it is built (tests swap the
    /// server for an in-memory one).
    /// </summary>
    public static WebApplication Build(WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ApiKey is not null && options.Ingest is null)
            throw new ArgumentException("An API key enables uploads, which need an ingest function.", nameof(options));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxUploadBytes;
            f.ValueCountLimit = 64;
            f.KeyLengthLimit = 256;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Parallax API";
            doc.Info.Description = "Read-only JSON API over a Parallax store (documents, entities, events, stories, timelines, "
                + "full-text search), and file upload with an API key. Records follow docs/record-format.md.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(async (ctx, next) =>
        {
            // the server's own time to the first byte of the response (measured by the web benchmark)
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            ctx.Response.OnStarting(() =>
            {
                ctx.Response.Headers["Server-Timing"] = "app;dur=" + System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            var h = ctx.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            // bodies only where uploads are accepted
            if (!(HttpMethods.IsPost(ctx.Request.Method) && ctx.Request.Path.StartsWithSegments("/api/documents"))
                && ctx.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                size.MaxRequestBodySize = 64 * 1024;
            try { await next(ctx); }
            catch (Exception e) when (ClientError(e) is { } message && !ctx.Response.HasStarted)
            {
                ctx.Response.Clear();
                ctx.Response.StatusCode = e switch
                {
                    BadHttpRequestException bad => bad.StatusCode,
                    InvalidDataException => StatusCodes.Status413PayloadTooLarge, // multipart limits
                    _ => StatusCodes.Status400BadRequest,
                };
                await WriteError(ctx, message);
            }
            catch (StoreException e) when (!ctx.Response.HasStarted)
            {
                ctx.Response.Clear();
                ctx.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await WriteError(ctx, e.Message);
            }
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/assets/{name}", (string name) => Asset(name)).ExcludeFromDescription();
        app.MapGet("/favicon.ico", () => Results.Redirect("/assets/favicon.svg", permanent: true)).ExcludeFromDescription();
        Api.Map(app, options);
        Pages.Map(app, options);
        return app;
    }

    /// <summary>Builds and starts the server, calls <paramref name="started"/> with its addresses, and blocks until it is stopped (Ctrl+C).</summary>
    /// <exception cref="IOException">the address cannot be listened on.</exception>
    public static void Serve(WebOptions options, Action<IReadOnlyList<string>> started)
    {
        var app = Build(options);
        app.Start();
        started(app.Urls.ToList());
        app.WaitForShutdown();
    }

    static string? ClientError(Exception e) => e switch
    {
        AmbiguousIdException a => a.Message,
        BadHttpRequestException b => b.Message,
        ArgumentException a => a.Message.Split(" (Parameter ")[0],
        FormatException f => f.Message,
        InvalidDataException d => d.Message,
        _ => null,
    };

    static async Task WriteError(HttpContext ctx, string message)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.ContentType = "application/json; charset=utf-8";
            await ctx.Response.WriteAsync(Api.ErrorJson(ctx.Response.StatusCode, message));
        }
        else
        {
            ctx.Response.ContentType = "text/html; charset=utf-8";
            var h = new Html();
            h.El("h1", ctx.Response.StatusCode >= 500 ? "Something went wrong" : "This request cannot be answered");
            h.El("p", message);
            h.Raw("<p>").A("/", "Back to the stories").Raw("</p>");
            await ctx.Response.WriteAsync(Pages.Layout("Error", h.ToString()));
        }
    }

    static readonly Dictionary<string, (byte[] Bytes, string Type)> Assets = LoadAssets();

    static Dictionary<string, (byte[], string)> LoadAssets()
    {
        var asm = typeof(WebApp).Assembly;
        var d = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var n in asm.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(n)!;
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            var type = Path.GetExtension(n) switch { ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8", ".svg" => "image/svg+xml", _ => "application/octet-stream" };
            d[n["assets/".Length..]] = (ms.ToArray(), type);
        }
        return d;
    }

    static IResult Asset(string name) =>
        Assets.TryGetValue(name, out var a) ? Results.Bytes(a.Bytes, a.Type) : Results.NotFound();

    /// <summary>Compares an offered API key with the configured one in constant time.</summary>
    internal static bool KeyMatches(string? offered, string expected) =>
        offered is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(offered)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
