using System.CommandLine;
using Parallax.Input;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax extract FILE...</c>: runs the pipeline on pages and prints their records.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Pages to read: files, folders, .gz, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var json = Common.Json("one record per document");
        var published = Common.Published();
        var source = Common.Source();
        var cmd = new Command("extract", "Extract and analyse pages; print each document's record") { files, json, published, source };
        cmd.SetAction(r => Common.Run(() =>
        {
            var overrides = (Published: Common.ParseDate(r.GetValue(published)), Source: r.GetValue(source));
            var pipeline = Pipeline.CreateDefault();
            int errors = 0, done = 0;
            foreach (var item in Common.Read(r.GetValue(files)!, overrides.Published, overrides.Source))
            {
                if (item.Error is { } err) { Common.Error($"{err.Path}: {err.Message}"); errors++; continue; }
                var doc = pipeline.Process(item.Input!);
                done++;
                if (r.GetValue(json)) Console.Out.WriteLine(RecordJson.Serialize(doc));
                else Render.Document(Common.Out, doc);
            }
            return errors > 0 && done == 0 ? 1 : 0;
        }));
        return cmd;
    }
}
