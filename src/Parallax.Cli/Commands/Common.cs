using System.CommandLine;
using System.Globalization;
using Parallax.Input;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

internal static class Common
{
    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date (yyyy-MM-dd) for pages that carry none (plain text); anchors relative dates",
    };

    public static Option<string?> Source() => new("--source")
    {
        Description = "Source name for pages that carry none (plain text)",
    };

    public static Option<bool> Json(string what) => new("--json") { Description = $"Print {what} as JSON Lines (the public record format)" };

    /// <summary>Parses --published, or throws a one-line error.</summary>
    public static DateOnly? ParseDate(string? s, string option = "--published")
    {
        if (s is null) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new UsageException($"{option}: '{s}' is not a date in the form yyyy-MM-dd");
    }

    /// <summary>The store --db names: an SQLite file path or a postgres:// URL (default: $PARALLAX_DB, else the default file).</summary>
    public static string DbPath(ParseResult r) => DocumentStores.Resolve(r.GetValue(ParallaxCli.Db));

    /// <summary>Reads inputs, applying --published and --source to those that carry none of their own.</summary>
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, DateOnly? published, string? source)
    {
        foreach (var item in InputReader.Read(paths))
        {
            if (item.Input is { } input && (published != null || source != null))
                yield return InputItem.Ok(input with { Published = input.Published ?? published, SourceName = input.SourceName ?? source });
            else yield return item;
        }
    }

    /// <summary>Opens the store for reading; a missing store is a one-line error, not an empty result.</summary>
    public static IDocumentStore OpenReadOnly(ParseResult r)
    {
        var path = DbPath(r);
        if (!DocumentStores.IsPostgres(path) && !File.Exists(path))
            throw new UsageException($"no store at {path}: run 'parallax ingest PATH…' (or 'parallax demo') first, or pass --db");
        return DocumentStores.Open(path, readOnly: true);
    }

    /// <summary>One-line error on stderr, in the form every command uses.</summary>
    public static void Error(string message) => Console.Error.WriteLine($"parallax: {message}");

    /// <summary>Runs a command body, turning expected failures into a one-line error and exit code.</summary>
    public static int Run(Func<int> body)
    {
        try { return body(); }
        catch (UsageException e) { Error(e.Message); return 2; }
        catch (StoreException e) { Error(e.Message); return 1; }
        catch (IOException e) { Error(e.Message); return 1; }
        catch (UnauthorizedAccessException e) { Error(e.Message); return 1; }
    }

    /// <summary>Standard output as a Spectre console. When output goes to a file or a pipe there is no terminal
    /// width to fit, so tables get COLUMNS (if set) or 160 columns instead of Spectre's 80.</summary>
    public static IAnsiConsole Out { get; } = CreateOut();

    static IAnsiConsole CreateOut()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var c) && c >= 40 ? c : 160;
        return console;
    }
}

/// <summary>A mistake in how a command was called.</summary>
public sealed class UsageException(string message) : Exception(message);
