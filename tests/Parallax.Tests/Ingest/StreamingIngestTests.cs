using System.Text;
using Parallax.Extraction;
using Parallax.Ingest;
using Parallax.Input;
using Parallax.Model;
using Parallax.Storage;
using Parallax.Tests.Storage;

namespace Parallax.Tests.Ingest;

public class StreamingIngestTests
{
    /// <summary>Plain-text pages, each different, with some repeated bytes under another path.</summary>
    static List<InputItem> Pages(int n, int repeatEvery = 0)
    {
        var items = new List<InputItem>();
        for (int i = 0; i < n; i++)
        {
            int k = repeatEvery > 0 && i % repeatEvery == repeatEvery - 1 ? i - 1 : i;   // same bytes as the page before
            var text = $"Dépêche numéro {k}.\n\nLe ministre a rencontré son homologue le {1 + k % 28} mars 2025 à Paris. Paragraphe {k * 7}.";
            items.Add(InputItem.Ok(new RawInput
            {
                Bytes = Encoding.UTF8.GetBytes(text), Path = $"in/{i:D4}.txt", ContentType = ContentTypes.Text,
                Published = new DateOnly(2025, 3, 1), SourceName = "test",
            }));
        }
        return items;
    }

    /// <summary>The extractor alone (fast); a hook runs before each page.</summary>
    sealed class HookedExtractor(Action<RawInput>? before = null) : IArticleExtractor
    {
        readonly ArticleExtractor _inner = new();
        public Document Extract(RawInput input) { before?.Invoke(input); return _inner.Extract(input); }
    }

    static Pipeline Fast(Action<RawInput>? before = null) => new(new HookedExtractor(before), []);

    static List<string> Records(IDocumentStore store) => [.. store.StreamRecords()];

    [Fact]
    public void The_stored_documents_do_not_depend_on_the_number_of_workers()
    {
        var pages = Pages(150, repeatEvery: 10);
        using var one = SqliteDocumentStore.Open(":memory:");
        using var four = SqliteDocumentStore.Open(":memory:");
        var r1 = StreamingIngest.Run(one, pages, Fast(), new IngestOptions { Workers = 1, BatchSize = 7 });
        var r4 = StreamingIngest.Run(four, pages, Fast(_ => Thread.SpinWait(Random.Shared.Next(1, 20000))), new IngestOptions { Workers = 4, BatchSize = 7, Capacity = 9 });
        Assert.Equal((150L, 135L, 15L, 0L), (r1.Read, r1.Added, r1.Duplicates, r1.Failed));
        Assert.Equal((r1.Read, r1.Added, r1.Duplicates), (r4.Read, r4.Added, r4.Duplicates));
        var a = Records(one);
        var b = Records(four);
        Assert.Equal(135, a.Count);
        // records carry an ingestion time only in the store's own columns, not in the record: equal byte for byte
        Assert.Equal(a, b);
        // of two pages with the same bytes, the first in input order is the one stored
        Assert.Contains(one.StreamDocuments(), d => d.Source.Path == "in/0008.txt");
        Assert.DoesNotContain(one.StreamDocuments(), d => d.Source.Path == "in/0009.txt");
        Assert.DoesNotContain(four.StreamDocuments(), d => d.Source.Path == "in/0009.txt");
        Assert.NotNull(r1.Stories);
    }

    [Fact]
    public void Failures_are_counted_by_reason_with_the_first_inputs_named()
    {
        var items = new List<InputItem>();
        var pages = Pages(40);
        for (int i = 0; i < pages.Count; i++)
        {
            items.Add(pages[i]);
            if (i % 4 == 0) items.Add(InputItem.Fail($"bad/{i}.gz", $"corrupt gzip data: unexpected end of stream at byte {i * 13}"));
        }
        items.Add(InputItem.Fail("big.html", "file too large (99999999 bytes)"));
        var pipeline = Fast(input => { if (input.Path!.EndsWith("7.txt", StringComparison.Ordinal)) throw new InvalidOperationException("boom " + input.Path); });
        using var store = SqliteDocumentStore.Open(":memory:");
        var seen = new List<IngestFailure>();
        var r = StreamingIngest.Run(store, items, pipeline, new IngestOptions { Workers = 3, ExamplesPerReason = 2, OnFailure = seen.Add });

        Assert.Equal(items.Count, r.Read);
        Assert.Equal(10 + 1 + 4, r.Failed);
        Assert.Equal(36, r.Added);
        Assert.Equal(r.Failed, seen.Count);
        // in input order
        Assert.Equal(["bad/0.gz", "bad/4.gz", "in/0007.txt"], seen.Take(3).Select(f => f.Path));
        Assert.Equal(3, r.Failures.Count);
        var gz = r.Failures[0];
        Assert.Equal(("corrupt gzip data", 10L), (gz.Reason, gz.Count));
        Assert.Equal(["bad/0.gz", "bad/4.gz"], gz.Examples.Select(e => e.Path));
        var analysis = r.Failures[1];
        Assert.Equal(("could not be analysed", 4L), (analysis.Reason, analysis.Count));
        Assert.Contains("InvalidOperationException: boom in/0007.txt", analysis.Examples[0].Message);
        Assert.Equal(("file too large (N bytes)", 1L), (r.Failures[2].Reason, r.Failures[2].Count));
    }

    [Fact]
    public void A_rerun_after_an_interruption_stores_the_rest_and_skips_what_is_stored()
    {
        using var db = new TempDb();
        var pages = Pages(120);
        using var cancel = new CancellationTokenSource();
        int analysed = 0;
        IngestReport first;
        using (var store = SqliteDocumentStore.Open(db.Path))
            first = StreamingIngest.Run(store, pages, Fast(_ => { if (Interlocked.Increment(ref analysed) == 50) cancel.Cancel(); }),
                new IngestOptions { Workers = 2, BatchSize = 8 }, cancel.Token);
        Assert.True(first.Interrupted);
        // the stored batches joined their stories as they were stored
        Assert.NotNull(first.Stories);
        Assert.InRange(first.Added, 1, 119);

        analysed = 0;
        using (var store = SqliteDocumentStore.Open(db.Path))
        {
            var second = StreamingIngest.Run(store, pages, Fast(_ => Interlocked.Increment(ref analysed)), new IngestOptions { Workers = 2 });
            Assert.False(second.Interrupted);
            Assert.Equal(120, first.Added + second.Added);
            Assert.Equal(first.Added, second.Duplicates);
            // stored pages were recognised by their hash and not analysed again
            Assert.Equal(120 - first.Added, analysed);
            Assert.Equal(120, store.CountDocuments());
        }
    }

    [Fact]
    public void A_slow_page_holds_the_reader_back_instead_of_piling_up_results()
    {
        int enumerated = 0, whileSlow = -1;
        IEnumerable<InputItem> Lazy()
        {
            foreach (var p in Pages(200)) { Interlocked.Increment(ref enumerated); yield return p; }
        }
        var pipeline = Fast(input =>
        {
            if (input.Path == "in/0000.txt") { Thread.Sleep(400); Volatile.Write(ref whileSlow, Volatile.Read(ref enumerated)); }
        });
        using var store = SqliteDocumentStore.Open(":memory:");
        var r = StreamingIngest.Run(store, Lazy(), pipeline, new IngestOptions { Workers = 2, Capacity = 16, BatchSize = 4 });
        Assert.Equal(200, r.Added);
        // the window: at most Capacity inputs read ahead of the writer, which waits for the first (plus the one
        // the reader holds while it waits for a place)
        Assert.InRange(whileSlow, 1, 17);
    }

    [Fact]
    public void A_store_error_stops_the_ingest_and_is_thrown()
    {
        using var db = new TempDb();
        SqliteDocumentStore.Open(db.Path).Dispose();
        using var store = SqliteDocumentStore.Open(db.Path, new SqliteStoreOptions { ReadOnly = true });
        var e = Assert.Throws<InvalidOperationException>(() => StreamingIngest.Run(store, Pages(500), Fast(), new IngestOptions { Workers = 2, BatchSize = 4 }));
        Assert.Contains("read-only", e.Message);
    }

    [Fact]
    public void Stories_placed_on_their_own_thread_are_those_placed_by_the_writer()
    {
        // the labelled story corpus (related documents in French and English), through the whole pipeline; small
        // batches and low recomposition steps so that stories are extended, recomposed and flushed along the way
        var corpus = Parallax.Evaluation.StoryEvaluation.Load(Path.Combine(AppContext.BaseDirectory, "testdata", "stories")).Take(90).ToList();
        var pages = corpus.Select(g => InputItem.Ok(new RawInput
        {
            Bytes = Encoding.UTF8.GetBytes(g.Title + "\n\n" + g.Text), Path = g.Id, ContentType = ContentTypes.Text,
            Published = g.Published, SourceName = g.Source,
        })).ToList();
        var pipeline = Pipeline.CreateDefault();
        var options = Parallax.Stories.StoryOptions.Default with { RecomposeAlwaysUpTo = 2, RecomposeGrowth = 1.5 };
        string Stories(int queue)
        {
            using var store = SqliteDocumentStore.Open(":memory:");
            var r = StreamingIngest.Run(store, pages, pipeline, new IngestOptions
            {
                Workers = 2, BatchSize = 5, StoryQueueBatches = queue, Stories = new Parallax.Stories.StoryIndex(options),
                // batches of exactly five, whatever the machine's load: a partial batch committed after a slow page
                // would change the order documents are placed in, and so which one names a story
                MaxBatchDelay = TimeSpan.FromHours(1),
            });
            Assert.Equal(pages.Count, r.Added);
            Assert.True(r.Stories > 0);
            var sb = new StringBuilder();
            foreach (var s in store.GetStories()) sb.Append(RecordJson.Serialize(s)).Append('\n');
            foreach (var a in store.GetStoryAssignments([.. corpus.Select(g => store.StreamDocuments().First(d => d.Source.Path == g.Id).Id)]))
                sb.Append(a.Document).Append(' ').Append(a.Story).Append(' ').Append(a.NearDuplicateOf).Append(' ').Append(a.Score).Append('\n');
            return sb.ToString();
        }
        var inline = Stories(0);
        Assert.Contains("\"events\"", inline);
        Assert.Equal(inline, Stories(2));
        Assert.Equal(inline, Stories(1));
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        using var store = SqliteDocumentStore.Open(":memory:");
        Assert.Throws<ArgumentOutOfRangeException>(() => StreamingIngest.Run(store, Pages(1), Fast(), new IngestOptions { Workers = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => StreamingIngest.Run(store, Pages(1), Fast(), new IngestOptions { BatchSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => StreamingIngest.Run(store, Pages(1), Fast(), new IngestOptions { StoryQueueBatches = -1 }));
    }

    [Fact]
    public void Progress_is_reported_while_the_writer_is_the_slowest_part()
    {
        // every input reaches the writer at once (bad inputs skip the workers) and the writer is slow with each one:
        // its channel is never empty, and progress must still come regularly, not only at the end
        var items = Enumerable.Range(0, 60).Select(i => InputItem.Fail($"bad/{i}.gz", "corrupt gzip data")).ToList();
        using var store = SqliteDocumentStore.Open(":memory:");
        var reads = new List<long>();
        var r = StreamingIngest.Run(store, items, Fast(), new IngestOptions
        {
            Workers = 1,
            ProgressInterval = TimeSpan.FromMilliseconds(5),
            Progress = p => reads.Add(p.Read),
            OnFailure = _ => Thread.Sleep(10),
        });
        Assert.Equal(60, r.Failed);
        Assert.True(reads.Count(n => n > 0 && n < 60) >= 5, $"progress reported at {string.Join(", ", reads)}");
        Assert.Equal(60, reads[^1]);
        Assert.True(r.WorkersStarved >= TimeSpan.Zero && r.WorkersBlocked >= TimeSpan.Zero && r.ReaderHeldBack >= TimeSpan.Zero);
    }
}
