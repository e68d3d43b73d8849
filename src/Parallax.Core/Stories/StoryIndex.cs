using Parallax.Model;
using Parallax.Storage;

namespace Parallax.Stories;

/// <summary>
/// Incremental story clustering. Each new document joins the best-scoring story among a bounded set of
/// candidates, or starts a story: candidates come from posting lists keyed by the document's people and
/// organisations, places, event signatures (type and participants, with and without date) and LSH bands of its
/// MinHash signature, each list read from its most recent end and capped, over the stories of the active window
/// (stories whose latest document is at most <see cref="StoryOptions.MaxDaysApart"/> days older than the newest
/// seen are dropped from memory). The work per document is therefore bounded, whatever the size of the store.
/// Near-duplicates (syndicated copies, translations) are found among the candidates' recent members.
/// Not thread-safe: one writer calls it (per batch of stored documents).
/// </summary>
public sealed class StoryIndex
{
    readonly StoryOptions _o;
    readonly Dictionary<string, State> _stories = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<State>> _postings = new(StringComparer.Ordinal);
    readonly HashSet<string> _known = new(StringComparer.Ordinal);
    // story id → number of documents when it was last composed from all its documents (this process)
    readonly Dictionary<string, int> _composedAt = new(StringComparer.Ordinal);
    // stories whose stored membership is ahead of their composed events and claims (see Flush)
    readonly HashSet<string> _stale = new(StringComparer.Ordinal);
    // stale stories that the sweep dropped from the active window: composed at the next Assign (or Flush)
    readonly HashSet<string> _leftStale = new(StringComparer.Ordinal);
    // stored members of small stories as composing reads them (without text, tokens, sentences, quotes), kept so that
    // the next batch that recomposes the story does not read and parse them from the store again; bounded, oldest out
    readonly Dictionary<string, Document> _composeCache = new(StringComparer.Ordinal);
    readonly Queue<string> _composeCacheOrder = new();
    int _maxDay = int.MinValue, _sweptAt = int.MinValue, _addsSinceSweep;
    bool _loaded;

    public StoryIndex(StoryOptions? options = null) => _o = (options ?? StoryOptions.Default).Validate();

    public StoryOptions Options => _o;

    /// <summary>Parts of <see cref="Assign"/> and <see cref="Flush"/> (indexes of <see cref="Profile"/>).</summary>
    const int PSignature = 0, PPlace = 1, PLookups = 2, PMemberReads = 3, PCompose = 4, PSave = 5;

    /// <summary>Where placing documents spends its time: signatures, candidate retrieval and scoring, the store look-ups
    /// (assignments, headers), reading stored members, composing stories, saving them.</summary>
    public TimeProfile Profile { get; } = new("signature", "candidates + scoring", "store look-ups", "member reads", "compose", "save");

    /// <summary>Stories currently held in memory (the active window).</summary>
    public int ActiveStories => _stories.Count;

    /// <summary>Documents currently held in memory (the active window).</summary>
    public int ActiveDocuments => _known.Count;

    sealed class Member(string doc, StorySignature sig, string? nearDuplicateOf)
    {
        public readonly string Doc = doc;
        public readonly StorySignature Sig = sig;
        public readonly string? NearDuplicateOf = nearDuplicateOf;
    }

    sealed class State(string id, int day)
    {
        public readonly string Id = id;
        public int FirstDay = day, LastDay = day;
        public readonly HashSet<string> Posted = new(StringComparer.Ordinal);
        public readonly List<Member> Recent = [];
        public bool Evicted;
    }

    /// <summary>The outcome of clustering one document.</summary>
    public sealed record Placement(string Document, string Story, bool NewStory, double? Score, string? NearDuplicateOf, StorySignature Signature);

    /// <summary>The id a story gets from the document that starts it (stable across rebuilds in the same order).</summary>
    public static string StoryIdFor(string documentId) => "s" + (documentId.Length > 12 ? documentId[..12] : documentId);

    /// <summary>Clusters one document (its signature) and remembers it.</summary>
    public Placement Add(string documentId, StorySignature sig)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(sig);
        State? best = null;
        double bestScore = double.NegativeInfinity;
        string? dupOf = null;
        foreach (var st in Candidates(sig))
        {
            var score = Score(sig, st);
            var dup = NearDuplicate(sig, st);
            if (dup != null) score = Math.Max(score, 1.0 + StorySignature.Similarity(sig.Shingles, st.Recent[^1].Sig.Shingles));
            if (score > bestScore) { best = st; bestScore = score; dupOf = dup; }
        }
        Placement p;
        if (best == null || bestScore < _o.JoinThreshold)
        {
            var id = StoryIdFor(documentId);
            while (_stories.ContainsKey(id)) id += "x";
            best = new State(id, sig.Day);
            _stories[id] = best;
            p = new Placement(documentId, id, true, null, null, sig);
        }
        else p = new Placement(documentId, best.Id, false, Math.Round(bestScore, 3), dupOf, sig);
        Remember(best, documentId, sig, p.NearDuplicateOf);
        return p;
    }

    /// <summary>Replays a stored assignment (loading the active window): the document joins its story without scoring.</summary>
    public void Restore(string documentId, string storyId, StorySignature sig, string? nearDuplicateOf)
    {
        if (_known.Contains(documentId)) return;
        if (!_stories.TryGetValue(storyId, out var st)) _stories[storyId] = st = new State(storyId, sig.Day);
        Remember(st, documentId, sig, nearDuplicateOf);
    }

    /// <summary>True when the document has been clustered by this index (in the active window).</summary>
    public bool Knows(string documentId) => _known.Contains(documentId);

    void Remember(State st, string doc, StorySignature sig, string? dupOf)
    {
        _known.Add(doc);
        st.FirstDay = Math.Min(st.FirstDay, sig.Day);
        st.LastDay = Math.Max(st.LastDay, sig.Day);
        st.Recent.Add(new Member(doc, sig, dupOf));
        if (st.Recent.Count > _o.MaxMembersCompared)
        {
            var old = st.Recent[0];
            _known.Remove(old.Doc);
            st.Recent.RemoveAt(0);
            // the LSH bands of a member no longer compared are unposted, so a long story does not grow the index
            foreach (var k in Bands(old.Sig))
                if (st.Posted.Remove(k) && _postings.TryGetValue(k, out var list))
                {
                    list.Remove(st);
                    if (list.Count == 0) _postings.Remove(k);
                }
        }
        foreach (var k in Keys(sig))
            if (st.Posted.Add(k))
            {
                if (!_postings.TryGetValue(k, out var list)) _postings[k] = list = [];
                list.Add(st);
            }
        if (sig.Day > _maxDay) _maxDay = sig.Day;
        if (++_addsSinceSweep >= 4096 && _maxDay > _sweptAt) Sweep();
    }

    IEnumerable<string> Keys(StorySignature sig)
    {
        foreach (var e in sig.Entities) yield return "E:" + e;
        foreach (var e in sig.Places) yield return "P:" + e;
        foreach (var e in sig.EventKeys) yield return "K:" + e;
        foreach (var e in sig.EventSigs) yield return "S:" + e;
        foreach (var b in Bands(sig)) yield return b;
    }

    IEnumerable<string> Bands(StorySignature sig)
    {
        int rows = _o.MinHashSize / _o.LshBands;
        if (sig.MinHash.Length < _o.MinHashSize || sig.MinHash[0] == uint.MaxValue) yield break;
        for (int b = 0; b < _o.LshBands; b++)
        {
            ulong h = (ulong)b;
            for (int r = 0; r < rows; r++) h = StorySignature.Mix(h ^ sig.MinHash[b * rows + r]);
            yield return "B:" + h.ToString("x");
        }
    }

    /// <summary>Stories sharing keys with the document, those sharing the most first, at most <see cref="StoryOptions.MaxScored"/>.</summary>
    List<State> Candidates(StorySignature sig)
    {
        var hits = new Dictionary<State, int>(ReferenceEqualityComparer.Instance);
        foreach (var k in Keys(sig))
        {
            if (!_postings.TryGetValue(k, out var list)) continue;
            int taken = 0;
            for (int i = list.Count - 1; i >= 0 && taken < _o.MaxCandidatesPerKey; i--)
            {
                var st = list[i];
                if (st.Evicted) continue;
                taken++;
                if (sig.Day < st.FirstDay - _o.MaxDaysApart || sig.Day > st.LastDay + _o.MaxDaysApart) continue;
                hits[st] = hits.GetValueOrDefault(st) + 1;
            }
        }
        if (hits.Count <= _o.MaxScored) return [.. hits.Keys];
        return [.. hits.OrderByDescending(kv => kv.Value).Take(_o.MaxScored).Select(kv => kv.Key)];
    }

    /// <summary>
    /// How well a document fits a story: its best fit with one of the story's recent members (single link), so a
    /// long story does not absorb every document that names its people (see <see cref="StoryOptions"/> for the terms).
    /// </summary>
    double Score(StorySignature sig, State st)
    {
        int gap = sig.Day < st.FirstDay ? st.FirstDay - sig.Day : sig.Day > st.LastDay ? sig.Day - st.LastDay : 0;
        double best = double.NegativeInfinity;
        foreach (var m in st.Recent) best = Math.Max(best, PairScore(sig, m.Sig));
        return best - Math.Max(0, gap - 1) * _o.DayGapPenalty;
    }

    double PairScore(StorySignature sig, StorySignature m)
    {
        double ent = Share(sig.Entities, m.Entities), place = Share(sig.Places, m.Places);
        double ev = Share(sig.EventKeys, m.EventKeys) > 0 ? 1 : Share(sig.EventSigs, m.EventSigs) > 0 ? 0.5 : 0;
        // words and a date alone do not make one story: it takes a shared name or event (copies are found apart)
        if (_o.RequireSharedName && ent == 0 && place == 0 && ev == 0) return double.NegativeInfinity;
        double date;
        bool conflict = false;
        if (sig.Dates.Length > 0 && m.Dates.Length > 0)
        {
            date = 0;
            foreach (var d in sig.Dates)
                foreach (var x in m.Dates)
                    if (Math.Abs(d - x) <= _o.DateTolerance) { date = 1; break; }
            conflict = date == 0;
        }
        else date = Math.Abs(sig.Day - m.Day) <= 1 ? 0.5 : 0;
        double text = StorySignature.Similarity(sig.MinHash, m.MinHash);
        return _o.EntityWeight * ent + _o.PlaceWeight * place + _o.EventWeight * ev + _o.DateWeight * date + _o.TextWeight * text
            - (conflict ? _o.DateConflictPenalty : 0);
    }

    /// <summary>Share of the first (sorted) array's items found in the second (sorted) array.</summary>
    static double Share(string[] mine, string[] theirs)
    {
        if (mine.Length == 0 || theirs.Length == 0) return 0;
        int i = 0, j = 0, n = 0;
        while (i < mine.Length && j < theirs.Length)
        {
            int c = string.CompareOrdinal(mine[i], theirs[j]);
            if (c == 0) { n++; i++; j++; } else if (c < 0) i++; else j++;
        }
        return (double)n / mine.Length;
    }

    /// <summary>The original that a document copies or translates, among the story's recent members, or null.</summary>
    string? NearDuplicate(StorySignature sig, State st)
    {
        foreach (var m in st.Recent)
        {
            if (Math.Min(sig.Length, m.Sig.Length) < _o.NearDuplicateLengthRatio * Math.Max(sig.Length, m.Sig.Length)) continue;
            bool dup = sig.Language != null && sig.Language == m.Sig.Language
                ? StorySignature.Similarity(sig.Shingles, m.Sig.Shingles) >= _o.NearDuplicateShingles
                : Math.Min(sig.Facts.Length, m.Sig.Facts.Length) >= _o.NearDuplicateMinFacts
                  && StorySignature.FactAgreement(sig.Facts, m.Sig.Facts) >= _o.NearDuplicateFacts;
            if (dup) return m.NearDuplicateOf ?? m.Doc;
        }
        return null;
    }

    /// <summary>Drops the stories that left the active window (memory stays bounded by the window).</summary>
    void Sweep()
    {
        _addsSinceSweep = 0;
        _sweptAt = _maxDay;
        int horizon = _maxDay - _o.MaxDaysApart - 1;
        var gone = new List<string>();
        foreach (var (id, st) in _stories)
            if (st.LastDay < horizon)
            {
                st.Evicted = true;
                foreach (var m in st.Recent) _known.Remove(m.Doc);
                gone.Add(id);
            }
        foreach (var id in gone)
        {
            var st = _stories[id];
            _stories.Remove(id);
            // what this process remembers of a story is dropped with it (the store keeps its size)
            _composedAt.Remove(id);
            if (_stale.Remove(id)) _leftStale.Add(id);
            foreach (var k in st.Posted)
                if (_postings.TryGetValue(k, out var list))
                {
                    list.RemoveAll(s => s.Evicted);
                    if (list.Count == 0) _postings.Remove(k);
                }
        }
    }

    // ------------------------------------------------------------------ store binding

    /// <summary>
    /// Clusters a batch of stored documents (the writer calls this after each batch it stores) and saves their
    /// assignments and the stories they touch. A story of up to <see cref="StoryOptions.RecomposeAlwaysUpTo"/>
    /// documents is recomposed (merged events, claims) from all its documents; a larger one only when it has grown by
    /// <see cref="StoryOptions.RecomposeGrowth"/> since it was last composed, else only its new members are written
    /// (their rows and the story's days: the store's work is in proportion to the batch, not to the story).
    /// The first call loads the store's active window (assignments of the last days). Documents already
    /// assigned are skipped. Returns the placements made.
    /// </summary>
    public IReadOnlyList<Placement> Assign(IDocumentStore store, IEnumerable<Document> documents, StoryBuilder? builder = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        builder ??= new StoryBuilder { Options = _o };
        var batch = documents.OrderBy(d => d.Published ?? DateOnly.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (batch.Count == 0) return [];
        if (!_loaded)
        {
            var from = batch.Where(d => d.Published != null).Select(d => d.Published!.Value).DefaultIfEmpty(DateOnly.MinValue).Min();
            Load(store, from == DateOnly.MinValue ? null : from.AddDays(-_o.MaxDaysApart - 1));
        }
        var placements = new List<Placement>();
        var touched = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        // documents assigned before but outside the active window (one look-up for the batch)
        var unknown = batch.Where(d => !_known.Contains(d.Id)).Select(d => d.Id).ToList();
        long t = TimeProfile.Start();
        var assigned = unknown.Count == 0 ? [] : store.GetStoryAssignments(unknown).Select(a => a.Document).ToHashSet(StringComparer.Ordinal);
        t = Profile.Stop(PLookups, t);
        foreach (var doc in batch)
        {
            if (_known.Contains(doc.Id) || assigned.Contains(doc.Id)) continue;
            var sig = StorySignature.Of(doc, _o);
            t = Profile.Stop(PSignature, t);
            var p = Add(doc.Id, sig);
            t = Profile.Stop(PPlace, t);
            placements.Add(p);
            if (!touched.TryGetValue(p.Story, out var list)) touched[p.Story] = list = [];
            list.Add(doc);
        }
        if (placements.Count == 0 && _leftStale.Count == 0) return placements;
        var byDoc = placements.ToDictionary(p => p.Document, StringComparer.Ordinal);
        var headers = store.GetStoryHeaders(touched.Keys).ToDictionary(h => h.Id, StringComparer.Ordinal);
        Profile.Stop(PLookups, t);
        var stories = new List<Story>();
        foreach (var (id, added) in touched)
        {
            var header = headers.GetValueOrDefault(id);
            int size = (header?.Documents ?? 0) + added.Count;
            if (header != null && size > _o.RecomposeAlwaysUpTo && _composedAt.TryGetValue(id, out var at) && size < at * _o.RecomposeGrowth)
            {
                // a large story between recompositions: its new members are written with their assignments (which
                // widen its days); its events and claims wait for the next growth step or Flush
                _stale.Add(id);
                continue;
            }
            var newMembers = added.Select(d => byDoc[d.Id]).Select(p => new StoryMember(p.Document, p.NearDuplicateOf, p.Score)).ToList();
            var story = Recompose(store, builder, id, header != null, added, newMembers);
            // only the new members are written: the stored ones keep their rows
            stories.Add(story with { Documents = [.. story.Documents[^added.Count..]], Members = [.. story.Members[^added.Count..]] });
        }
        // stories that left the active window with events short of their last documents: composed now, as they will not grow again
        foreach (var id in _leftStale.Where(id => !touched.ContainsKey(id)).ToList())
            if (store.GetStoryHeaders([id]).Count > 0)
            {
                var story = Recompose(store, builder, id, true, [], []);
                stories.Add(story with { Documents = [], Members = [] });
            }
        _leftStale.Clear();
        t = TimeProfile.Start();
        var docsById = batch.ToDictionary(d => d.Id, StringComparer.Ordinal);
        store.SaveStories(stories, placements.Select(p => new StoryAssignment(p.Document, p.Story,
            p.Signature.Day == 0 ? null : DateOnly.FromDayNumber(p.Signature.Day), p.NearDuplicateOf, p.Score, p.Signature.Serialize())
        { Language = docsById[p.Document].Language, Source = docsById[p.Document].Source.Name }));
        Profile.Stop(PSave, t);
        return placements;
    }

    /// <summary>Stories whose membership has grown since their events and claims were last composed.</summary>
    public int StaleStories => _stale.Count + _leftStale.Count;

    /// <summary>
    /// Recomposes (events merged, claims compared, from all their documents) the stories that <see cref="Assign"/>
    /// only extended since they were last composed; the ingest calls this when it ends. Each is saved on its own, so
    /// only one story's documents are held at a time. Returns how many were saved.
    /// </summary>
    public int Flush(IDocumentStore store, StoryBuilder? builder = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (_stale.Count == 0 && _leftStale.Count == 0) return 0;
        builder ??= new StoryBuilder { Options = _o };
        int saved = 0;
        foreach (var id in _stale.Concat(_leftStale).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            if (store.GetStoryHeaders([id]).Count > 0)
            {
                var story = Recompose(store, builder, id, true, [], []);
                long t = TimeProfile.Start();
                store.SaveStories([story with { Documents = [], Members = [] }], []);
                Profile.Stop(PSave, t);
                saved++;
            }
        _stale.Clear();
        _leftStale.Clear();
        return saved;
    }

    Story Recompose(IDocumentStore store, StoryBuilder builder, string id, bool stored, List<Document> added, List<StoryMember> newMembers)
    {
        var docs = new List<Document>();
        var members = new List<StoryMember>();
        long t = TimeProfile.Start();
        if (stored)
        {
            var storedMembers = store.GetStoryMembers(id);
            // a small story is recomposed at every batch that adds to it: its members are kept for the next time
            bool keep = storedMembers.Count <= _o.RecomposeAlwaysUpTo + StoryOptions.ComposeCacheSlack;
            // the members' documents in reads of 256 (one round trip each on PostgreSQL, not one per document), those
            // read for an earlier composition of the story taken from memory
            foreach (var chunk in storedMembers.Chunk(256))
            {
                var missing = chunk.Where(m => !_composeCache.ContainsKey(m.Document)).Select(m => m.Document).ToArray();
                var read = missing.Length == 0 ? null : store.GetDocuments(missing).ToDictionary(d => d.Id, StringComparer.Ordinal);
                foreach (var m in chunk)
                {
                    if (!_composeCache.TryGetValue(m.Document, out var sd))
                    {
                        if (read is null || !read.TryGetValue(m.Document, out var full)) continue;
                        // composing reads entities, times and events, never the text, tokens or sentences: a story of
                        // thousands of documents is held without them
                        sd = full with { Text = "", Paragraphs = [], Removed = [], Sentences = [], Tokens = [], Quotes = [] };
                        if (keep) KeepForCompose(sd);
                    }
                    docs.Add(sd);
                    members.Add(m);
                }
            }
        }
        docs.AddRange(added);
        members.AddRange(newMembers);
        _composedAt[id] = docs.Count;
        _stale.Remove(id);
        t = Profile.Stop(PMemberReads, t);
        var composed = builder.Compose(id, docs, members);
        Profile.Stop(PCompose, t);
        return composed;
    }

    void KeepForCompose(Document stripped)
    {
        if (_o.ComposeCacheDocuments <= 0 || !_composeCache.TryAdd(stripped.Id, stripped)) return;
        _composeCacheOrder.Enqueue(stripped.Id);
        while (_composeCache.Count > _o.ComposeCacheDocuments) _composeCache.Remove(_composeCacheOrder.Dequeue());
    }

    /// <summary>Stored documents held for recomposing small stories (bounded by <see cref="StoryOptions.ComposeCacheDocuments"/>).</summary>
    public int CachedDocuments => _composeCache.Count;

    /// <summary>Loads the stored assignments from a day on (the active window) into memory.</summary>
    public void Load(IDocumentStore store, DateOnly? from)
    {
        foreach (var a in store.StreamStoryAssignments(from))
        {
            StorySignature sig;
            try { sig = StorySignature.Deserialize(a.Signature); }
            catch (FormatException ex) { throw new StoreException(StoreErrorKind.Corrupt, $"The story assignment of document {a.Document} is damaged: {ex.Message}", ex); }
            Restore(a.Document, a.Story, sig, a.NearDuplicateOf);
        }
        _loaded = true;
    }

    /// <summary>
    /// Rebuilds all stories from scratch (after the parameters change): clears stored stories and assignments,
    /// then clusters every stored document in publication order, in batches. <paramref name="progress"/> gets the
    /// number of documents done.
    /// </summary>
    public static int Rebuild(IDocumentStore store, StoryOptions? options = null, Action<int>? progress = null, int batchSize = 256)
    {
        store.ReplaceStories([]);
        var index = new StoryIndex(options) { _loaded = true };
        int n = 0;
        foreach (var chunk in store.StreamDocuments().Chunk(batchSize))
        {
            index.Assign(store, chunk);
            n += chunk.Length;
            progress?.Invoke(n);
        }
        index.Flush(store);
        return n;
    }
}
