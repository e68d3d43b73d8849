using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Parallax.Input;
using Parallax.Model;
using Parallax.Storage;
using Parallax.Stories;

namespace Parallax.Ingest;

/// <summary>Options of <see cref="StreamingIngest.Run"/>.</summary>
public sealed record IngestOptions
{
    /// <summary>Threads that analyse pages. Default: one per processor.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
    /// <summary>Documents per store transaction. Default 64.</summary>
    public int BatchSize { get; init; } = 64;
    /// <summary>
    /// Most inputs read but not yet handed to the store (read ahead, being analysed, or waiting for an earlier
    /// input): what bounds memory. Default: the larger of 2 × <see cref="BatchSize"/> and 8 × <see cref="Workers"/>.
    /// </summary>
    public int? Capacity { get; init; }
    /// <summary>
    /// Cluster the stored documents into stories as each batch is stored (incrementally: only the new documents are
    /// placed, see <see cref="StoryIndex.Assign"/>). Default true.
    /// </summary>
    public bool RebuildStories { get; init; } = true;
    /// <summary>The story index to place documents with (default: a new one with the default options).</summary>
    public StoryIndex? Stories { get; init; }
    /// <summary>Inputs named per failure reason in <see cref="IngestReport.Failures"/>. Default 3.</summary>
    public int ExamplesPerReason { get; init; } = 3;
    /// <summary>Called on the writer thread at most every <see cref="ProgressInterval"/>, and once at the end of the stored pass.</summary>
    public Action<IngestProgress>? Progress { get; init; }
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Called for each failed input, in input order, on the writer thread.</summary>
    public Action<IngestFailure>? OnFailure { get; init; }
    /// <summary>
    /// Longest time a partial batch waits for more documents before it is committed. Default 2 s. Batch boundaries
    /// decide the order in which documents are placed into stories (by date within a batch), so a run on a loaded
    /// machine may name a story after a different first document; set a long delay where runs must be repeatable.
    /// </summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>
    /// Stored batches waiting for story placement, which runs on its own thread behind the writer: when this many are
    /// waiting the writer waits too (back-pressure; what bounds the documents held for placement). Default 2; 0 places
    /// each batch on the writer's thread right after it is stored (no placement thread).
    /// </summary>
    public int StoryQueueBatches { get; init; } = 2;
}

/// <summary>Where an ingest stands: inputs handled so far (in input order), what became of them, and the rate.</summary>
public readonly record struct IngestProgress(long Read, long Added, long Duplicates, long Failed, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Inputs handled per second (stored, skipped or failed).</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
    /// <summary>Megabytes (10^6) of input handled per second.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;
}

/// <summary>One input that was not stored: its path, the reason in one line, and the reason's category.</summary>
public sealed record IngestFailure(string Path, string Message)
{
    /// <summary>The message without its particulars (numbers, text after the first ": "), to count failures by kind.</summary>
    public string Reason => ReasonOf(Message);

    static readonly Regex Digits = new(@"\d+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    internal static string ReasonOf(string message)
    {
        int colon = message.IndexOf(": ", StringComparison.Ordinal);
        var head = colon > 0 ? message[..colon] : message;
        return Digits.Replace(head, "N");
    }
}

/// <summary>The failures of one kind: how many, and the first few inputs (in input order).</summary>
public sealed record FailureSummary(string Reason, long Count, IReadOnlyList<IngestFailure> Examples);

/// <summary>What an ingest did.</summary>
public sealed record IngestReport(
    long Read, long Added, long Duplicates, long Failed, long Bytes,
    IReadOnlyList<FailureSummary> Failures, bool Interrupted, int? Stories,
    TimeSpan StoreElapsed, TimeSpan StoriesElapsed)
{
    /// <summary>Of <see cref="StoreElapsed"/>, the time the writer spent in the store's transactions.</summary>
    public TimeSpan WriteElapsed { get; init; }
    /// <summary>
    /// Summed over the workers, the time they waited for a page to analyse (the reader was behind) and the time they
    /// waited with an analysed page for room towards the writer (the writer was behind): where the pipeline stalls.
    /// </summary>
    public TimeSpan WorkersStarved { get; init; }
    public TimeSpan WorkersBlocked { get; init; }
    /// <summary>
    /// The time the reader waited because <see cref="IngestOptions.Capacity"/> inputs were in flight (the writer, or one
    /// slow page ahead in input order, holding the window): with <see cref="WorkersStarved"/>, a writer that is behind.
    /// </summary>
    public TimeSpan ReaderHeldBack { get; init; }
    /// <summary>
    /// The time the writer waited for story placement (its own thread): for room in the queue of stored batches, and
    /// at the end for the last batches and the composition of the stories left stale. What placement adds to the run.
    /// </summary>
    public TimeSpan StoriesWaited { get; init; }

    readonly TimeSpan? _elapsed;
    /// <summary>
    /// The whole run, wall clock: report rates over this. <see cref="StoriesElapsed"/> is the time spent placing
    /// documents into stories, on a thread of its own beside the writer (so it overlaps <see cref="StoreElapsed"/>,
    /// the writer's run); without a given value, the two added.
    /// </summary>
    public TimeSpan Elapsed { get => _elapsed ?? StoreElapsed + StoriesElapsed; init => _elapsed = value; }
    /// <summary>Inputs per second over the whole run (<see cref="Elapsed"/>, story placement included).</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Streams inputs into a store with bounded memory, on every core: one reader enumerates the inputs lazily, hashes
/// each page and skips it if the store already holds those bytes (so a rerun after an interruption resumes), and
/// passes the rest through a bounded channel to <see cref="IngestOptions.Workers"/> workers that run the pipeline;
/// one writer puts the results back
/// in input order and stores them in batches, one transaction each; story placement takes the stored batches, in
/// order, on a thread of its own behind a bounded queue (<see cref="IngestOptions.StoryQueueBatches"/>), so the
/// writer stores the next batch while the last one is placed. At most <see cref="IngestOptions.Capacity"/>
/// inputs are in flight, so a slow page holds the reader back instead of letting results pile up. The stored
/// documents do not depend on the number of workers: results are stored in input order, so of two inputs with the
/// same bytes the first is the one stored.
/// </summary>
public static class StreamingIngest
{
    sealed class Slot
    {
        public long Seq;
        public InputItem Item;
        public long Bytes;
        public Document? Document;
        public bool Known;
        public string? Failure;
        public bool Skipped;   // not processed because the ingest was cancelled
    }

    /// <summary>
    /// Ingests <paramref name="items"/> into <paramref name="store"/>. Bad inputs and pages the pipeline fails on
    /// are counted and reported, never thrown; a store error stops the ingest and is thrown. Cancelling stops
    /// reading, stores what is complete in input order, and skips the story rebuild.
    /// </summary>
    public static IngestReport Run(IDocumentStore store, IEnumerable<InputItem> items, Pipeline pipeline,
        IngestOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(pipeline);
        options ??= new IngestOptions();
        int workers = options.Workers;
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1, nameof(options.Workers));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options.BatchSize));
        int capacity = options.Capacity ?? Math.Max(2 * options.BatchSize, 8 * workers);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1, nameof(options.Capacity));

        var sw = Stopwatch.StartNew();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var stop = linked.Token;
        var window = new SemaphoreSlim(capacity, capacity);
        var work = Channel.CreateBounded<Slot>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = workers == 1 });
        var done = Channel.CreateBounded<Slot>(new BoundedChannelOptions(capacity) { SingleWriter = workers == 1, SingleReader = true });

        // ---- reader: enumerates lazily, at most `capacity` inputs ahead of the writer
        long heldBackTicks = 0;
        var reader = Task.Run(async () =>
        {
            long seq = 0;
            try
            {
                foreach (var item in items)
                {
                    if (!window.Wait(0))
                    {
                        long t0 = Stopwatch.GetTimestamp();
                        await window.WaitAsync(stop).ConfigureAwait(false);
                        heldBackTicks += Stopwatch.GetTimestamp() - t0;
                    }
                    var slot = new Slot { Seq = seq++, Item = item, Bytes = item.Input?.Bytes.Length ?? 0 };
                    if (item.Error is { } err) slot.Failure = err.Message;
                    // a page whose bytes are stored is not analysed again; checked here, not by the workers, so that
                    // while the writer holds the store for a transaction the workers go on with the pages read ahead
                    else if (store.Contains(item.Input!.ComputeId())) slot.Known = true;
                    if (slot.Failure is not null || slot.Known) await done.Writer.WriteAsync(slot, stop).ConfigureAwait(false);
                    else await work.Writer.WriteAsync(slot, stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e)
            {
                // a store error (or a failing input sequence): stop everything and let the writer throw it
                linked.Cancel();
                done.Writer.TryComplete(e);
                throw;
            }
            finally { work.Writer.TryComplete(); }
        });

        // ---- workers: analyse
        long starvedTicks = 0, blockedTicks = 0;
        var analysers = new Task[workers];
        for (int w = 0; w < workers; w++)
            analysers[w] = Task.Factory.StartNew(() =>
            {
                var r = work.Reader;
                long starved = 0, blocked = 0;
                try
                {
                    while (true)
                    {
                        long t0 = Stopwatch.GetTimestamp();
                        bool more = r.WaitToReadAsync().AsTask().GetAwaiter().GetResult();
                        starved += Stopwatch.GetTimestamp() - t0;
                        if (!more) break;
                        while (r.TryRead(out var slot))
                        {
                            if (stop.IsCancellationRequested) slot.Skipped = true;
                            else
                            {
                                var input = slot.Item.Input!;
                                try { slot.Document = pipeline.Process(input); }
                                catch (Exception e) when (e is not OutOfMemoryException)
                                {
                                    slot.Failure = $"could not be analysed: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";
                                }
                            }
                            // the done channel holds at most `capacity` slots: every slot holds a window place
                            while (!done.Writer.TryWrite(slot))
                            {
                                long t1 = Stopwatch.GetTimestamp();
                                bool open = done.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult();
                                blocked += Stopwatch.GetTimestamp() - t1;
                                if (!open) return;   // the writer failed
                            }
                        }
                    }
                }
                finally
                {
                    Interlocked.Add(ref starvedTicks, starved);
                    Interlocked.Add(ref blockedTicks, blocked);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var analysed = Task.WhenAll(analysers).ContinueWith(t =>
        {
            done.Writer.TryComplete(t.Exception?.InnerException);
        }, TaskScheduler.Default);

        // ---- writer (this thread): input order, batches, counts
        long read = 0, added = 0, dup = 0, failed = 0, bytes = 0, next = 0;
        var pending = new Dictionary<long, Slot>();
        var batch = new List<Document>(options.BatchSize);   // a new list per batch: the stored one goes on to placement
        var byReason = new Dictionary<string, (long Count, List<IngestFailure> Examples)>(StringComparer.Ordinal);
        var reasonOrder = new List<string>();
        var lastProgress = TimeSpan.Zero;
        var batchStarted = TimeSpan.Zero;
        bool interrupted = false;
        var writing = TimeSpan.Zero;
        var storiesElapsed = TimeSpan.Zero;
        var storyIndex = options.RebuildStories ? options.Stories ?? new StoryIndex() : null;
        var touchedStories = new HashSet<string>(StringComparer.Ordinal);
        ArgumentOutOfRangeException.ThrowIfNegative(options.StoryQueueBatches, nameof(options.StoryQueueBatches));
        bool inlineStories = options.StoryQueueBatches == 0;

        // ---- story placement: the stored batches in order, on its own thread (the StoryIndex is not thread-safe, and
        // only this thread uses it); a full queue holds the writer back
        var storyQueue = storyIndex is null ? null
            : Channel.CreateBounded<List<Document>>(new BoundedChannelOptions(Math.Max(1, options.StoryQueueBatches)) { SingleReader = true, SingleWriter = true });
        Exception? storyFailure = null;
        long storiesWaitedTicks = 0;
        void Place(List<Document> fresh)
        {
            long t1 = Stopwatch.GetTimestamp();
            foreach (var placed in storyIndex!.Assign(store, fresh)) touchedStories.Add(placed.Story);
            storiesElapsed += Stopwatch.GetElapsedTime(t1);
        }
        var placer = storyIndex is null || inlineStories ? Task.CompletedTask : Task.Factory.StartNew(() =>
        {
            var r = storyQueue!.Reader;
            while (r.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                while (r.TryRead(out var fresh))
                {
                    if (storyFailure is not null) continue;   // drained, so the writer never waits on a failed placer
                    try { Place(fresh); }
                    catch (Exception e)
                    {
                        storyFailure = e;
                        linked.Cancel();
                    }
                }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        void Flush()
        {
            if (batch.Count == 0) return;
            long t0 = Stopwatch.GetTimestamp();
            var results = store.AddDocuments(batch);
            var fresh = new List<Document>(batch.Count);
            for (int i = 0; i < results.Count; i++)
                if (results[i].IsNew)
                {
                    added++;
                    // what story placement never reads (tokens, sentences, paragraphs, quotes) is let go while the
                    // document waits for it
                    if (storyQueue != null) fresh.Add(batch[i] with { Paragraphs = [], Removed = [], Sentences = [], Tokens = [], Quotes = [] });
                }
                else dup++;
            writing += Stopwatch.GetElapsedTime(t0);
            // the new documents join stories (or start them) as soon as they are stored, on the placement thread
            if (inlineStories && storyQueue != null && fresh.Count > 0)
            {
                long t1 = Stopwatch.GetTimestamp();
                Place(fresh);
                storiesWaitedTicks += Stopwatch.GetTimestamp() - t1;
            }
            else if (storyQueue != null && fresh.Count > 0 && !storyQueue.Writer.TryWrite(fresh))
            {
                long t1 = Stopwatch.GetTimestamp();
                storyQueue.Writer.WriteAsync(fresh).AsTask().GetAwaiter().GetResult();
                storiesWaitedTicks += Stopwatch.GetTimestamp() - t1;
            }
            batch = new List<Document>(options.BatchSize);
        }

        // the placement thread ends: the queue is closed, its last batches placed, and (unless the run was cut short or
        // failed) the stories only extended since their last composition composed
        void EndStories(bool compose)
        {
            if (storyQueue is null) return;
            long t1 = Stopwatch.GetTimestamp();
            storyQueue.Writer.TryComplete();
            placer.GetAwaiter().GetResult();
            if (storyFailure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(storyFailure).Throw();
            if (compose)
            {
                // large stories were only extended between growth steps: compose their events and claims now
                long t2 = Stopwatch.GetTimestamp();
                storyIndex!.Flush(store);
                storiesElapsed += Stopwatch.GetElapsedTime(t2);
            }
            storiesWaitedTicks += Stopwatch.GetTimestamp() - t1;
        }

        void Report(bool force)
        {
            if (options.Progress is null || (!force && read == 0)) return;
            var now = sw.Elapsed;
            if (!force && now - lastProgress < options.ProgressInterval) return;
            lastProgress = now;
            options.Progress(new IngestProgress(read, added, dup, failed, bytes, now));
        }

        void Take(Slot s)
        {
            window.Release();
            if (s.Skipped) { interrupted = true; return; }
            read++;
            bytes += s.Bytes;
            if (s.Failure is { } msg)
            {
                failed++;
                var f = new IngestFailure(s.Item.Path is { Length: > 0 } p ? p : "-", msg);
                var reason = f.Reason;
                if (!byReason.TryGetValue(reason, out var entry)) { entry = (0, []); reasonOrder.Add(reason); }
                if (entry.Examples.Count < options.ExamplesPerReason) entry.Examples.Add(f);
                byReason[reason] = (entry.Count + 1, entry.Examples);
                options.OnFailure?.Invoke(f);
            }
            else if (s.Known) dup++;
            else
            {
                if (batch.Count == 0) batchStarted = sw.Elapsed;
                batch.Add(s.Document!);
                if (batch.Count >= options.BatchSize) Flush();
            }
        }

        try
        {
            var dr = done.Reader;
            while (true)
            {
                bool more;
                if (batch.Count > 0)
                {
                    // wait for more, but commit a partial batch that has waited too long (slow pages, a stalled input)
                    var wait = dr.WaitToReadAsync().AsTask();
                    var left = options.MaxBatchDelay - (sw.Elapsed - batchStarted);
                    if (left <= TimeSpan.Zero || !wait.Wait(left)) { Flush(); Report(false); more = wait.GetAwaiter().GetResult(); }
                    else more = wait.GetAwaiter().GetResult();
                }
                else more = dr.WaitToReadAsync().AsTask().GetAwaiter().GetResult();
                if (!more) break;
                while (dr.TryRead(out var slot))
                {
                    pending.Add(slot.Seq, slot);
                    while (pending.Remove(next, out var s)) { next++; Take(s); }
                    // here too: while the writer is the slowest part the channel is never empty and this loop never ends
                    Report(false);
                }
                Report(false);
            }
            // after a cancellation, slots after a gap may remain: they are dropped (a rerun stores them)
            if (pending.Count > 0) interrupted = true;
            Flush();
            EndStories(compose: true);
        }
        catch
        {
            linked.Cancel();
            storyQueue?.Writer.TryComplete();
            try { placer.Wait(TimeSpan.FromSeconds(30)); } catch (AggregateException) { }
            // let the reader and workers end before the caller disposes the store
            done.Writer.TryComplete();
            try { Task.WaitAll([reader, analysed], TimeSpan.FromSeconds(30)); } catch (AggregateException) { }
            throw;
        }
        reader.GetAwaiter().GetResult();
        analysed.GetAwaiter().GetResult();
        if (cancellation.IsCancellationRequested) interrupted = true;
        var storeElapsed = sw.Elapsed;
        Report(true);

        int? stories = storyIndex != null ? touchedStories.Count : null;

        var failures = reasonOrder
            .Select(r => new FailureSummary(r, byReason[r].Count, byReason[r].Examples))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Reason, StringComparer.Ordinal)
            .ToList();
        return new IngestReport(read, added, dup, failed, bytes, failures, interrupted, stories, storeElapsed, storiesElapsed)
        {
            Elapsed = storeElapsed,
            StoriesWaited = Stopwatch.GetElapsedTime(0, storiesWaitedTicks),
            WriteElapsed = writing,
            WorkersStarved = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref starvedTicks)),
            WorkersBlocked = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref blockedTicks)),
            ReaderHeldBack = Stopwatch.GetElapsedTime(0, heldBackTicks),
        };
    }
}
