using System.CommandLine;
using Parallax.Input;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax demo</c>: ingests the bundled sample pages into a fresh store and shows events and stories.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var cmd = new Command("demo", "Ingest the bundled sample pages into a fresh store and print the events and the story view");
        cmd.SetAction(r => Common.Run(() =>
        {
            var defaultDb = DocumentStores.Resolve(null);
            var path = r.GetValue(ParallaxCli.Db)
                ?? Path.Combine(DocumentStores.IsPostgres(defaultDb) ? UserPaths.DataDirectory() : Path.GetDirectoryName(defaultDb)!, "demo.db");
            // A file store starts afresh; a PostgreSQL store keeps what it holds (the samples already stored are skipped).
            if (!DocumentStores.IsPostgres(path))
                foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
            var meta = Samples.Metadata;
            var inputs = Samples.PageNames.Select(name =>
            {
                var file = name["samples/".Length..];
                var (pub, src) = meta.TryGetValue(file, out var m) ? m : (null, null);
                return InputItem.Ok(new RawInput { Bytes = Samples.Read(name), Path = "samples/" + file, ContentType = "text/plain", Published = pub, SourceName = src });
            }).ToList();
            using var store = DocumentStores.Open(path);
            Common.Out.MarkupLine($"[bold]Parallax demo[/]: {inputs.Count} bundled pages → {Markup.Escape(path)}");
            IngestCommand.Ingest(store, inputs, Pipeline.CreateDefault(), quiet: false);
            var docs = store.StreamDocuments().ToList();
            foreach (var d in docs)
            {
                Common.Out.Write(new Rule($"[bold]{Markup.Escape(d.Title ?? "")}[/] [grey]({Markup.Escape(d.Source.Name ?? "")}, {d.Published:yyyy-MM-dd})[/]").LeftJustified());
                Render.Events(Common.Out, d);
            }
            Common.Out.Write(new Rule("[bold]Stories[/]").LeftJustified());
            var byId = docs.ToDictionary(d => d.Id);
            foreach (var s in store.GetStories()) StoryCommands.Render(Common.Out, s, byId, all: false);
            Common.Out.MarkupLine($"[grey]Explore further: parallax --db {Markup.Escape(path)} events --actor Putin | stories | story ID | timeline --actor Putin | show ID | export --format csv[/]");
            return 0;
        }));
        return cmd;
    }
}
