using System.CommandLine;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax check</c>: verifies that the store holds whole documents only (after a crash, during an ingest).</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var live = new Option<bool>("--live")
        {
            Description = "Another process may be ingesting: skip the comparison of totals (they move), keep the snapshot checks",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print problems only" };
        var cmd = new Command("check", "Check the store's consistency: no half-written document, no orphan facts, no duplicates") { live, quiet };
        cmd.SetAction(r => Common.Run(() =>
        {
            using var store = Common.OpenReadOnly(r);
            var report = StoreConsistency.Check(store, quiescent: !r.GetValue(live));
            foreach (var p in report.Problems) Common.Error(p);
            if (!r.GetValue(quiet) || !report.Ok)
                Console.Out.WriteLine($"{store.Location}: {report.Documents} document(s), {report.Entities} entities, {report.Mentions} mentions, "
                    + $"{report.Times} times, {report.Quotes} quotes, {report.Events} events: "
                    + (report.Ok ? "consistent" : $"{report.Problems.Length} problem(s)"));
            return report.Ok ? 0 : 1;
        }));
        return cmd;
    }
}
