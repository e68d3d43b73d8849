using System.CommandLine;
using Parallax.Cli.Commands;

namespace Parallax.Cli;

/// <summary>The <c>parallax</c> command tree.</summary>
public static class ParallaxCli
{
    /// <summary>Store location, shared by every command that reads or writes the store.</summary>
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Store: an SQLite file, or a PostgreSQL URL postgres://user:password@host:port/database (default: $PARALLAX_DB, else parallax.db under the user's data directory)",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Parallax: news pages in, a source-attributed record of world events out.");
        root.Options.Add(Db);
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(QueryCommands.Events());
        root.Subcommands.Add(QueryCommands.Show());
        root.Subcommands.Add(StoryCommands.Stories());
        root.Subcommands.Add(StoryCommands.Story());
        root.Subcommands.Add(StoryCommands.Timeline());
        root.Subcommands.Add(QueryCommands.Export());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(KbCommand.Create());
        root.Subcommands.Add(NerCommands.Train());
        return root;
    }
}
