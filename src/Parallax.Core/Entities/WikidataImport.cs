using System.Buffers.Text;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.BZip2;
using ICSharpCode.SharpZipLib.GZip;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>What <see cref="WikidataImport.Run"/> keeps and how it reports.</summary>
public sealed record KbImportOptions
{
    /// <summary>Row types to keep: person, organization, country, city (null: all of them).</summary>
    public IReadOnlySet<string>? Types { get; init; }
    /// <summary>Only these Wikidata ids (null: every entity of the kept types).</summary>
    public IReadOnlySet<string>? Ids { get; init; }
    /// <summary>Only entities with at least this many Wikipedia (and sister project) pages: a measure of how well known they are.</summary>
    public int MinSitelinks { get; init; }
    /// <summary>Called about every <see cref="ProgressInterval"/> during the run.</summary>
    public Action<KbImportProgress>? Progress { get; init; }
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Called once per malformed line or corrupt stream, with a one-line message naming the file and line.</summary>
    public Action<string>? Error { get; init; }
}

/// <summary>How far an import has got.</summary>
public sealed record KbImportProgress(long Lines, long Entities, long Kept, long Errors, long BytesRead, long BytesTotal, TimeSpan Elapsed)
{
    /// <summary>Entities read per second.</summary>
    public double Rate => Entities / Math.Max(Elapsed.TotalSeconds, 1e-3);
}

/// <summary>What an import read and wrote.</summary>
public sealed record KbImportResult
{
    public required string OutDir { get; init; }
    public long Lines { get; init; }
    /// <summary>Entity lines read (every line holding an entity, kept or not).</summary>
    public long Entities { get; init; }
    /// <summary>Malformed lines, plus one for a truncated or corrupt compressed stream.</summary>
    public long Errors { get; init; }
    /// <summary>The dump ended early (truncated compressed data, or no closing ']').</summary>
    public bool Truncated { get; init; }
    public int People { get; init; }
    public int Organizations { get; init; }
    public int Countries { get; init; }
    public int Places { get; init; }
    public int Roles { get; init; }
    /// <summary>Selected entities left out: no English or French label, a country without an ISO 3166-1 alpha-3 code (P298).</summary>
    public int Skipped { get; init; }
    /// <summary>Selected entities left out because a better-known one (more sitelinks) or a bundled entity has the same name.</summary>
    public int NameClashes { get; init; }
    /// <summary>Rows in the user KB folder after the merge, by file.</summary>
    public ImmutableDictionary<string, int> Totals { get; init; } = ImmutableDictionary<string, int>.Empty;
    public TimeSpan Elapsed { get; init; }
    public int Kept => People + Organizations + Countries + Places;
    public double Rate => Entities / Math.Max(Elapsed.TotalSeconds, 1e-3);
}

/// <summary>
/// <c>parallax kb import</c>: streams a Wikidata JSON dump (a JSON array with one entity per line; plain, .gz or
/// .bz2) and writes the people, organisations, countries and cities it selects into a user KB folder, in the bundled
/// KB's formats, merged with what the folder already holds (by Wikidata id: importing twice changes nothing).
/// Types come from instance-of (P31) through Entities/data/wikidata-classes.tsv; names from the English and French
/// labels and aliases; countries from P27 (citizenship) or P17 (country), as ISO 3166-1 alpha-3 codes (P298) of the
/// dump's or the bundled KB's countries; capitals from P36; roles from position held (P39) with start (P580) and end
/// (P582) qualifiers when the position is an office Parallax knows (Entities/data/wikidata-positions.tsv, or a
/// position item of the dump named after an office of offices.tsv with a known jurisdiction, P1001).
/// </summary>
public static class WikidataImport
{
    /// <summary>The row types an import can keep.</summary>
    public static readonly ImmutableArray<string> TypeNames = ["person", "organization", "country", "city"];

    /// <summary>
    /// Parses <c>--types</c>: a comma-separated list of person, organization (organisation), location (country and
    /// city), country, city.
    /// </summary>
    /// <exception cref="ArgumentException">an unknown type.</exception>
    public static IReadOnlySet<string> ParseTypes(string list)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in list.Split([',', ' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (raw.ToLowerInvariant())
            {
                case "person" or "people" or "per": set.Add("person"); break;
                case "organization" or "organisation" or "organizations" or "organisations" or "org": set.Add("organization"); break;
                case "location" or "locations" or "loc": set.Add("country"); set.Add("city"); break;
                case "country" or "countries": set.Add("country"); break;
                case "city" or "cities": set.Add("city"); break;
                default: throw new ArgumentException($"unknown type '{raw}' (person, organization, location, country, city)");
            }
        }
        if (set.Count == 0) throw new ArgumentException("no type given (person, organization, location, country, city)");
        return set;
    }

    /// <summary>Parses <c>--ids</c>: a file of Wikidata ids (separated by spaces, commas or lines; '#' comments), or a comma-separated list.</summary>
    /// <exception cref="ArgumentException">a value that is not a Wikidata id.</exception>
    public static IReadOnlySet<string> ParseIds(string fileOrList)
    {
        var text = File.Exists(fileOrList)
            ? string.Join('\n', File.ReadLines(fileOrList).Select(l => l.IndexOf('#') is >= 0 and var h ? l[..h] : l))
            : fileOrList;
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in text.Split([',', ' ', '\t', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var q = id.ToUpperInvariant();
            if (!KbFiles.IsQid(q)) throw new ArgumentException(File.Exists(fileOrList) ? $"{fileOrList}: '{id}' is not a Wikidata id" : $"'{id}' is not a Wikidata id (nor a file)");
            set.Add(q);
        }
        if (set.Count == 0) throw new ArgumentException($"no Wikidata id in '{fileOrList}'");
        return set;
    }

    /// <summary>Imports a dump into the user KB folder <paramref name="outDir"/> (created if needed).</summary>
    /// <exception cref="IOException">the dump is missing, unreadable or not a dump; the folder cannot be written.</exception>
    public static KbImportResult Run(string dumpPath, string outDir, KbImportOptions? options = null)
    {
        options ??= new KbImportOptions();
        var sw = Stopwatch.StartNew();
        using var file = OpenFile(dumpPath);
        var reference = KnowledgeBase.Load(Directory.Exists(outDir) ? outDir : null);
        var state = new ImportState(options, reference);
        var scan = state.Scan(file, dumpPath == "-" ? "standard input" : Path.GetFileName(dumpPath), sw);
        var (entities, roles, skipped, clashes) = state.Resolve();
        var totals = Merge(outDir, entities, roles);
        sw.Stop();
        return new KbImportResult
        {
            OutDir = Path.GetFullPath(outDir), Lines = scan.Lines, Entities = scan.Entities, Errors = scan.Errors, Truncated = scan.Truncated,
            People = entities.Count(e => KbFiles.FileOf(e) == KbFiles.People), Organizations = entities.Count(e => KbFiles.FileOf(e) == KbFiles.Organizations),
            Countries = entities.Count(e => KbFiles.FileOf(e) == KbFiles.Countries), Places = entities.Count(e => KbFiles.FileOf(e) == KbFiles.Places),
            Roles = roles.Count, Skipped = skipped, NameClashes = clashes, Totals = totals, Elapsed = sw.Elapsed,
        };
    }

    // ---------------------------------------------------------------- reading the dump

    /// <summary>The dump file, decompressed: gzip and bzip2 are recognised by their first bytes (and must be there when the name says so).</summary>
    sealed class DumpFile : IDisposable
    {
        /// <summary>The file as stored (for progress), or null for standard input.</summary>
        public FileStream? Raw;
        public required Stream Data;
        public required string Format;
        public void Dispose() { Data.Dispose(); Raw?.Dispose(); }
    }

    static DumpFile OpenFile(string path)
    {
        // standard input: an uncompressed dump, e.g. from a parallel decompressor ("lbzip2 -dc latest-all.json.bz2 | …")
        if (path == "-") return new DumpFile { Data = Console.OpenStandardInput(1 << 16), Format = "plain" };
        if (Directory.Exists(path)) throw new IOException($"{path}: is a folder, not a Wikidata dump file");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file", path);
        var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            Span<byte> magic = stackalloc byte[3];
            int n = fs.ReadAtLeast(magic, 3, throwOnEndOfStream: false);
            fs.Position = 0;
            bool gz = n >= 2 && magic[0] == 0x1f && magic[1] == 0x8b;
            bool bz = n >= 3 && magic[0] == (byte)'B' && magic[1] == (byte)'Z' && magic[2] == (byte)'h';
            var ext = Path.GetExtension(path).ToLowerInvariant();
            if (ext is ".gz" or ".gzip" && !gz) throw new IOException($"{path}: not a gzip file");
            if (ext is ".bz2" or ".bzip2" && !bz) throw new IOException($"{path}: not a bzip2 file");
            Stream data = gz ? new GZipInputStream(fs, 1 << 16) { IsStreamOwner = false } : bz ? new ConcatenatedBZip2Stream(fs) : fs;
            return new DumpFile { Raw = fs, Data = data, Format = gz ? "gzip" : bz ? "bzip2" : "plain" };
        }
        catch
        {
            fs.Dispose();
            throw;
        }
    }

    /// <summary>bzip2 data made of several streams one after the other (as parallel compressors write them).</summary>
    sealed class ConcatenatedBZip2Stream(FileStream raw) : Stream
    {
        BZip2InputStream? _current = new(raw) { IsStreamOwner = false };
        readonly byte[] _magic = new byte[3];

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (_current != null)
            {
                int n = _current.Read(buffer, offset, count);
                if (n > 0) return n;
                _current.Dispose();
                _current = null;
                if (raw.Position >= raw.Length) break;
                var magic = _magic;
                long at = raw.Position;
                int m = raw.ReadAtLeast(magic, 3, throwOnEndOfStream: false);
                raw.Position = at;
                if (m < 3 || magic[0] != (byte)'B' || magic[1] != (byte)'Z' || magic[2] != (byte)'h')
                {
                    // padding zeros after the last stream are harmless; anything else is not bzip2
                    int b;
                    while ((b = raw.ReadByte()) == 0) { }
                    if (b < 0) break;
                    throw new InvalidDataException($"unexpected data after the end of a bzip2 stream (byte {at})");
                }
                _current = new BZip2InputStream(raw) { IsStreamOwner = false };
            }
            return 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _current?.Dispose();
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Lines of a byte stream, without their line break; a line may be any length.</summary>
    sealed class LineReader(Stream stream)
    {
        byte[] _buf = new byte[1 << 20];
        int _start, _end, _scanned; // _scanned: bytes after _start known to hold no line break
        bool _eof;

        public bool TryRead(out ReadOnlyMemory<byte> line)
        {
            while (true)
            {
                int nl = _buf.AsSpan(_start + _scanned, _end - _start - _scanned).IndexOf((byte)'\n');
                if (nl >= 0)
                {
                    line = _buf.AsMemory(_start, _scanned + nl);
                    _start += _scanned + nl + 1;
                    _scanned = 0;
                    return true;
                }
                _scanned = _end - _start;
                if (_eof)
                {
                    line = _buf.AsMemory(_start, _end - _start);
                    bool any = _end > _start;
                    _start = _end;
                    _scanned = 0;
                    return any;
                }
                if (_start > 0)
                {
                    Buffer.BlockCopy(_buf, _start, _buf, 0, _end - _start);
                    _end -= _start;
                    _start = 0;
                }
                if (_end == _buf.Length) Array.Resize(ref _buf, _buf.Length * 2);
                // small reads: when compressed data turns out truncated, only the last read is lost
                int n = stream.Read(_buf, _end, Math.Min(_buf.Length - _end, 1 << 13));
                if (n == 0) _eof = true;
                else _end += n;
            }
        }
    }

    // ---------------------------------------------------------------- what is kept

    /// <summary>What the import keeps of an entity of the dump.</summary>
    sealed class Item
    {
        public required string Qid;
        public required string Target; // person, country, city, organization
        public string? Kind;
        public string? En, Fr;
        public List<string> Aliases = [];
        public List<string> Demonyms = [];
        public List<string> Countries = []; // P27 for people, P17 otherwise; preferred statements first
        public string? Iso;
        public string? Capital; // qid
        public string? Gender;
        public List<(string Position, DateOnly? Start, DateOnly? End)> Positions = [];
        public int Sitelinks;
        public bool Selected;
        public string? Label => En ?? Fr;
    }

    /// <summary>A position item of the dump whose label names an office: "President of Russia" → (president, "russia", [Q159]).</summary>
    sealed record PositionItem(string Office, List<string> Remainders, List<string> Jurisdictions);

    static readonly Lazy<Dictionary<long, (string Target, string? Kind)>> Classes = new(() =>
        DataFiles.ReadTsv("Entities/data/wikidata-classes.tsv").ToDictionary(r => long.Parse(r[0].AsSpan(1), CultureInfo.InvariantCulture), r => (r[1], r.Length > 2 && r[2].Length > 0 ? r[2] : null)));

    static readonly Lazy<Dictionary<string, (string Office, string Of)>> KnownPositions = new(() =>
        DataFiles.ReadTsv("Entities/data/wikidata-positions.tsv").ToDictionary(r => r[0], r => (r[1], r[2]), StringComparer.Ordinal));

    /// <summary>Office phrases of offices.tsv, folded, longest first, with their office.</summary>
    static readonly Lazy<(string Phrase, string Office)[]> OfficePhrases = new(() =>
        [.. DataFiles.ReadTsv("Entities/data/offices.tsv")
            .SelectMany(r => r[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Append(r[0]).Select(p => (Phrase: TextFold.Fold(p), Office: r[0])))
            .Where(p => p.Phrase.Length > 0)
            .DistinctBy(p => p.Phrase)
            .OrderByDescending(p => p.Phrase.Length)]);

    static readonly string[] Joiners = [" of the ", " of ", " de la ", " de l'", " du ", " des ", " de "];

    static readonly string[] TargetOrder = ["person", "country", "city", "organization"];

    sealed record ScanResult(long Lines, long Entities, long Errors, bool Truncated);

    sealed class ImportState(KbImportOptions options, KnowledgeBase reference)
    {
        readonly Dictionary<string, Item> _items = new(StringComparer.Ordinal);
        readonly Dictionary<string, PositionItem> _positions = new(StringComparer.Ordinal);
        readonly IReadOnlySet<string> _types = options.Types ?? TypeNames.ToHashSet();
        long _kept;

        public ScanResult Scan(DumpFile file, string name, Stopwatch sw)
        {
            var reader = new LineReader(file.Data);
            long lines = 0, entities = 0, errors = 0;
            bool truncated = false, opened = false, closed = false;
            var next = options.ProgressInterval;
            var classes = new List<long>();
            void Report() => options.Progress?.Invoke(new KbImportProgress(lines, entities, _kept, errors, file.Raw?.Position ?? 0, file.Raw?.Length ?? 0, sw.Elapsed));
            void Error(string message)
            {
                errors++;
                options.Error?.Invoke($"{name}: {message}");
            }
            while (true)
            {
                ReadOnlyMemory<byte> mem;
                try
                {
                    if (!reader.TryRead(out mem)) break;
                }
                catch (Exception e) when (e is IOException or InvalidDataException or SharpZipBaseException)
                {
                    Error($"line {lines + 1}: the {file.Format} data is truncated or corrupt ({e.Message.TrimEnd('.')}); the {entities} entities read before it are imported");
                    truncated = true;
                    break;
                }
                lines++;
                if ((lines & 1023) == 0 && sw.Elapsed >= next)
                {
                    Report();
                    next = sw.Elapsed + options.ProgressInterval;
                }
                var line = Trim(mem);
                if (line.Length == 0) continue;
                if (line.Length == 1 && line.Span[0] == (byte)'[') { opened = true; continue; }
                if (line.Length == 1 && line.Span[0] == (byte)']') { closed = true; continue; }
                if (line.Span[^1] == (byte)',') line = line[..^1];
                var span = line.Span;
                if (span[0] != (byte)'{' || span[^1] != (byte)'}')
                {
                    if (entities == 0 && !opened) throw new IOException($"{name}: not a Wikidata JSON dump (line {lines} is not '[' nor an entity object)");
                    Error($"line {lines}: malformed entity (not a complete JSON object); skipped");
                    continue;
                }
                entities++;
                closed = false;
                try { Consider(line, classes); }
                catch (JsonException e) { Error($"line {lines}: malformed entity ({JsonMessage(e)}); skipped"); }
                catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
                {
                    Error($"line {lines}: unexpected entity structure ({e.Message.TrimEnd('.')}); skipped");
                }
            }
            if (opened && !closed && !truncated)
            {
                Error($"line {lines}: the dump ends without its closing ']' (truncated?); the {entities} entities read are imported");
                truncated = true;
            }
            Report();
            return new ScanResult(lines, entities, errors, truncated);
        }

        static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> m)
        {
            var s = m.Span;
            int a = 0, b = s.Length;
            while (a < b && s[a] is (byte)' ' or (byte)'\t' or (byte)'\r' or 0xEF or 0xBB or 0xBF) a++; // spaces, a UTF-8 BOM
            while (b > a && s[b - 1] is (byte)' ' or (byte)'\t' or (byte)'\r') b--;
            return m[a..b];
        }

        /// <summary>Looks at one entity line: a cheap scan of its instance-of values first, a full parse only when it may be kept.</summary>
        void Consider(ReadOnlyMemory<byte> line, List<long> classes)
        {
            var span = line.Span;
            classes.Clear();
            bool p31 = InstanceOf(span, classes);
            string? target = null;
            foreach (var t in TargetOrder)
                if (classes.Any(c => Classes.Value.TryGetValue(c, out var k) && k.Target == t)) { target = t; break; }
            if (target == null)
            {
                // maybe a position item ("President of Russia", P1001 Russia), or a line the cheap scan cannot read
                if (span.IndexOf("\"P1001\""u8) < 0 && (p31 || span.IndexOf("\"P31\""u8) < 0)) return;
            }
            else if (target is "person" or "organization")
            {
                // people and organisations are only needed when selected
                if (!_types.Contains(target)) return;
                if (options.Ids != null && LeadingId(span) is { } id && !options.Ids.Contains(id)) return;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new JsonException("not an object");
            if (root.TryGetProperty("type", out var type) && type.GetString() != "item") return;
            var qid = root.GetProperty("id").GetString() ?? throw new JsonException("no id");
            var claims = root.TryGetProperty("claims", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;

            // the exact classes, from the parsed statements
            target = null;
            string? kind = null;
            var exact = ItemValues(claims, "P31").Select(v => long.TryParse(v.AsSpan(1), CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
            foreach (var t in TargetOrder)
            {
                foreach (var cls in exact)
                    if (Classes.Value.TryGetValue(cls, out var k) && k.Target == t)
                    {
                        target ??= t;
                        kind ??= k.Kind;
                    }
                if (target != null) break;
            }
            if (target == null)
            {
                ConsiderPosition(root, qid, claims);
                return;
            }
            var item = new Item { Qid = qid, Target = target, Kind = kind };
            if (root.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Object)
            {
                item.En = Label(labels, "en");
                item.Fr = Label(labels, "fr");
            }
            if (item.Fr != null) item.Aliases.Add(item.Fr);
            if (item.En != null) item.Aliases.Add(item.En);
            if (root.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Object)
                foreach (var lang in new[] { "en", "fr" })
                    if (aliases.TryGetProperty(lang, out var list) && list.ValueKind == JsonValueKind.Array)
                        foreach (var a in list.EnumerateArray())
                            if (a.TryGetProperty("value", out var v) && v.GetString() is { } s) item.Aliases.Add(s);
            item.Sitelinks = root.TryGetProperty("sitelinks", out var links) && links.ValueKind == JsonValueKind.Object ? links.EnumerateObject().Count() : 0;
            item.Countries.AddRange(ItemValues(claims, target == "person" ? "P27" : "P17"));
            if (target == "country")
            {
                item.Iso = StringValues(claims, "P298").FirstOrDefault(s => s.Length == 3 && s.All(char.IsAsciiLetterUpper));
                item.Capital = ItemValues(claims, "P36").FirstOrDefault();
                foreach (var d in Statements(claims, "P1549"))
                    if (MonolingualText(d) is { Language: "en" or "fr" } text) item.Demonyms.Add(text.Text);
            }
            if (target == "person")
            {
                item.Gender = ItemValues(claims, "P21").FirstOrDefault() switch
                {
                    "Q6581097" or "Q2449503" => "m", // male, trans man
                    "Q6581072" or "Q1052281" => "f", // female, trans woman
                    _ => null,
                };
                foreach (var st in Statements(claims, "P39"))
                {
                    if (ItemId(st.GetProperty("mainsnak")) is not { } position) continue;
                    item.Positions.Add((position, QualifierDate(st, "P580"), QualifierDate(st, "P582")));
                }
            }
            item.Selected = _types.Contains(target) && (options.Ids == null || options.Ids.Contains(qid)) && item.Sitelinks >= options.MinSitelinks;
            if (item.Selected) _kept++;
            if (item.Selected || target is "country" or "city") _items[qid] = item;
        }

        /// <summary>Keeps a position item whose English or French label is an office phrase followed by "of …" / "de …".</summary>
        void ConsiderPosition(JsonElement root, string qid, JsonElement claims)
        {
            var jurisdictions = ItemValues(claims, "P1001").ToList();
            if (jurisdictions.Count == 0 || !root.TryGetProperty("labels", out var labels) || labels.ValueKind != JsonValueKind.Object) return;
            string? office = null;
            var remainders = new List<string>();
            foreach (var lang in new[] { "en", "fr" })
            {
                if (Label(labels, lang) is not { } label) continue;
                var f = TextFold.Fold(label.Trim());
                foreach (var (phrase, o) in OfficePhrases.Value)
                {
                    if (!f.StartsWith(phrase, StringComparison.Ordinal)) continue;
                    var rest = f[phrase.Length..];
                    var joiner = Joiners.FirstOrDefault(j => rest.StartsWith(j, StringComparison.Ordinal));
                    if (joiner == null) continue;
                    if (office != null && office != o) return; // the labels disagree: not sure enough
                    office = o;
                    remainders.Add(rest[joiner.Length..].Trim());
                    break;
                }
            }
            if (office != null) _positions[qid] = new PositionItem(office, remainders, jurisdictions);
        }

        // ------------------------------------------------------------ resolution, once the whole dump is read

        public (List<KbEntity> Entities, List<KbRole> Roles, int Skipped, int Clashes) Resolve()
        {
            string? Iso(string qid) =>
                _items.TryGetValue(qid, out var i) && i.Target == "country" && i.Iso != null ? i.Iso
                : reference.GetByQid(qid) is { IsCountry: true, Country: { } iso } ? iso : null;
            string? NameOf(string qid) => _items.TryGetValue(qid, out var i) && i.Label is { } l ? Clean(l) : reference.GetByQid(qid)?.Name;

            // capitals: of the dump's countries, and the bundled ones (by name and country)
            var capitals = _items.Values.Where(i => i.Target == "country" && i.Capital != null).Select(i => i.Capital!).ToHashSet(StringComparer.Ordinal);
            var referenceCapitals = reference.Entities.Where(e => e.IsCountry && e.Capital != null).Select(e => (e.Country + "\n" + e.Capital).ToLowerInvariant()).ToHashSet();

            var entities = new List<KbEntity>();
            int skipped = 0;
            var selected = _items.Values.Where(i => i.Selected).OrderBy(i => QidNumber(i.Qid)).ToList();
            var names = new Dictionary<string, Item>(StringComparer.OrdinalIgnoreCase);
            foreach (var i in selected)
            {
                if (i.Label is null || Clean(i.Label).Length == 0 || (i.Target == "country" && i.Iso == null)) { skipped++; i.Selected = false; }
            }
            // one entity per name: the best known (most sitelinks, then the oldest id); and not the name of another
            // entity of the bundled KB, which is the one the news means (the country Jordan, not Jordan, Minnesota)
            int clashes = 0;
            foreach (var i in selected.Where(i => i.Selected).OrderByDescending(i => i.Sitelinks).ThenBy(i => QidNumber(i.Qid)))
            {
                var name = Clean(i.Label!);
                bool bundledOther = reference.Get(name) is { Source: "bundled", Qid: { } q } && !q.Equals(i.Qid, StringComparison.OrdinalIgnoreCase);
                if (names.ContainsKey(name) || bundledOther) { clashes++; i.Selected = false; continue; }
                names[name] = i;
            }
            foreach (var i in selected.Where(i => i.Selected))
            {
                var name = Clean(i.Label!);
                var country = i.Target == "country" ? i.Iso : i.Countries.Select(Iso).FirstOrDefault(x => x != null);
                var aliases = i.Aliases.Select(Clean).Where(a => a.Length >= 2 && a != name).Distinct(StringComparer.Ordinal).ToImmutableArray();
                KbEntity e = i.Target switch
                {
                    "person" => new KbEntity { Qid = i.Qid, Name = name, Type = EntityTypes.Person, Country = country, Aliases = aliases, Gender = i.Gender, Source = "user" },
                    "country" => new KbEntity
                    {
                        Qid = i.Qid, Name = name, Type = EntityTypes.Location, Kind = "country", Country = i.Iso, Aliases = aliases, Source = "user",
                        Demonyms = [.. i.Demonyms.Select(Clean).Where(d => d.Length >= 2).Distinct(StringComparer.Ordinal)],
                        Capital = i.Capital is { } cap ? NameOf(cap) : null,
                    },
                    "city" => new KbEntity
                    {
                        Qid = i.Qid, Name = name, Type = EntityTypes.Location, Country = country, Aliases = aliases, Source = "user",
                        Kind = capitals.Contains(i.Qid) || (country != null && referenceCapitals.Contains((country + "\n" + name).ToLowerInvariant())) ? "capital" : "city",
                    },
                    _ => new KbEntity { Qid = i.Qid, Name = name, Type = EntityTypes.Organization, Country = country, Aliases = aliases, Kind = i.Kind, Source = "user" },
                };
                entities.Add(e);
            }

            // roles: positions Parallax knows, with a start date
            var roles = new List<KbRole>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in selected.Where(i => i.Selected && i.Target == "person"))
            {
                var person = Clean(i.Label!);
                foreach (var (position, start, end) in i.Positions)
                {
                    if (start is null || OfficeOf(position, Iso) is not { } office) continue;
                    if (end < start) continue; // contradictory dates
                    // an office held for a single day still holds on that day (the end is exclusive)
                    var role = new KbRole(person, office.Office, office.Of, start.Value, end == start ? start.Value.AddDays(1) : end);
                    if (seen.Add(KbFiles.FormatRole(role))) roles.Add(role);
                }
            }
            return (entities, roles, skipped, clashes);
        }

        (string Office, string Of)? OfficeOf(string position, Func<string, string?> iso)
        {
            if (KnownPositions.Value.TryGetValue(position, out var known)) return known;
            if (!_positions.TryGetValue(position, out var p)) return null;
            foreach (var j in p.Jurisdictions)
            {
                // the label's remainder must name the jurisdiction: "President of Russia" applies to Russia
                var names = NamesOf(j);
                if (!p.Remainders.Any(r => names.Contains(r) || (r.StartsWith("the ", StringComparison.Ordinal) && names.Contains(r[4..])))) continue;
                if (iso(j) is { } code) return (p.Office, code);
                if (_items.TryGetValue(j, out var org) && org.Target == "organization" && org.Selected) return (p.Office, Clean(org.Label!));
                if (reference.GetByQid(j) is { Type: EntityTypes.Organization } known2) return (p.Office, known2.Name);
            }
            return null;
        }

        HashSet<string> NamesOf(string qid)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            if (_items.TryGetValue(qid, out var i))
                foreach (var n in i.Aliases) set.Add(TextFold.Fold(n.Trim()));
            if (reference.GetByQid(qid) is { } e)
                foreach (var n in e.Aliases.Append(e.Name)) set.Add(TextFold.Fold(n.Trim()));
            return set;
        }
    }

    static string JsonMessage(JsonException e)
    {
        var m = e.Message;
        foreach (var cut in new[] { " LineNumber:", " Path:" })
            if (m.IndexOf(cut, StringComparison.Ordinal) is >= 0 and var i) m = m[..i];
        return m.Trim().TrimEnd('.');
    }

    static long QidNumber(string qid) => long.TryParse(qid.AsSpan(1), CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;

    static string Clean(string s) => KbFiles.Clean(s);

    // ---------------------------------------------------------------- the cheap scan

    /// <summary>
    /// The numeric ids in the instance-of (P31) claims of an entity line, without parsing it (references included:
    /// a superset). False when the line has no compact <c>"P31":[</c> array.
    /// </summary>
    internal static bool InstanceOf(ReadOnlySpan<byte> line, List<long> ids)
    {
        int at = line.IndexOf("\"P31\":["u8);
        if (at < 0) return false;
        int start = at + "\"P31\":["u8.Length, depth = 0, end = -1;
        bool inString = false;
        for (int i = start; i < line.Length; i++)
        {
            byte b = line[i];
            if (inString)
            {
                if (b == (byte)'\\') i++;
                else if (b == (byte)'"') inString = false;
                continue;
            }
            if (b == (byte)'"') inString = true;
            else if (b is (byte)'[' or (byte)'{') depth++;
            else if (b is (byte)']' or (byte)'}')
            {
                if (--depth < 0) { end = i; break; }
            }
        }
        if (end < 0) return false;
        var array = line[start..end];
        var key = "\"numeric-id\":"u8;
        int k;
        while ((k = array.IndexOf(key)) >= 0)
        {
            array = array[(k + key.Length)..];
            if (Utf8Parser.TryParse(array, out long id, out int used)) { ids.Add(id); array = array[used..]; }
        }
        return true;
    }

    /// <summary>The entity id of a dump line that starts the usual way (<c>{"type":"item","id":"Q42",</c>), else null.</summary>
    internal static string? LeadingId(ReadOnlySpan<byte> line)
    {
        var prefix = "{\"type\":\"item\",\"id\":\""u8;
        if (!line.StartsWith(prefix)) return null;
        var rest = line[prefix.Length..];
        int q = rest.IndexOf((byte)'"');
        return q > 0 && q < 16 ? Encoding.ASCII.GetString(rest[..q]) : null;
    }

    // ---------------------------------------------------------------- statements

    static string? Label(JsonElement labels, string lang) =>
        labels.TryGetProperty(lang, out var l) && l.ValueKind == JsonValueKind.Object && l.TryGetProperty("value", out var v) && v.GetString() is { Length: > 0 } s ? s : null;

    /// <summary>The statements of a property that are not deprecated, preferred ones first.</summary>
    static IEnumerable<JsonElement> Statements(JsonElement claims, string property)
    {
        if (claims.ValueKind != JsonValueKind.Object || !claims.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array) return [];
        return list.EnumerateArray()
            .Where(s => s.ValueKind == JsonValueKind.Object && Rank(s) != "deprecated" && s.TryGetProperty("mainsnak", out _))
            .OrderBy(s => Rank(s) == "preferred" ? 0 : 1);
    }

    static string? Rank(JsonElement statement) => statement.TryGetProperty("rank", out var r) ? r.GetString() : null;

    static IEnumerable<string> ItemValues(JsonElement claims, string property) =>
        Statements(claims, property).Select(s => ItemId(s.GetProperty("mainsnak"))).OfType<string>();

    static IEnumerable<string> StringValues(JsonElement claims, string property) =>
        Statements(claims, property).Select(s => DataValue(s.GetProperty("mainsnak")) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null).OfType<string>();

    static JsonElement? DataValue(JsonElement snak) =>
        snak.ValueKind == JsonValueKind.Object && snak.TryGetProperty("snaktype", out var t) && t.GetString() == "value"
        && snak.TryGetProperty("datavalue", out var dv) && dv.ValueKind == JsonValueKind.Object && dv.TryGetProperty("value", out var v) ? v : null;

    static string? ItemId(JsonElement snak)
    {
        if (DataValue(snak) is not { ValueKind: JsonValueKind.Object } v) return null;
        if (v.TryGetProperty("id", out var id) && id.GetString() is { } s && s.StartsWith('Q')) return s;
        return v.TryGetProperty("numeric-id", out var n) && n.TryGetInt64(out var num) ? "Q" + num.ToString(CultureInfo.InvariantCulture) : null;
    }

    static (string Text, string Language)? MonolingualText(JsonElement statement) =>
        DataValue(statement.GetProperty("mainsnak")) is { ValueKind: JsonValueKind.Object } v
        && v.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } text && v.TryGetProperty("language", out var l) && l.GetString() is { } lang
            ? (text, lang) : null;

    static DateOnly? QualifierDate(JsonElement statement, string property)
    {
        if (!statement.TryGetProperty("qualifiers", out var q) || q.ValueKind != JsonValueKind.Object || !q.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var snak in list.EnumerateArray())
            if (DataValue(snak) is { ValueKind: JsonValueKind.Object } v && WikidataDate(v) is { } d) return d;
        return null;
    }

    /// <summary>
    /// A Wikidata time value as a date: "+2017-05-14T00:00:00Z" at day precision (11); a month (10) or year (9) is
    /// its first day; coarser precisions and dates outside years 1–9999 are none.
    /// </summary>
    internal static DateOnly? WikidataDate(JsonElement value)
    {
        if (!value.TryGetProperty("time", out var t) || t.GetString() is not { Length: > 0 } time) return null;
        int precision = value.TryGetProperty("precision", out var p) && p.TryGetInt32(out var pr) ? pr : 11;
        if (precision < 9 || time[0] == '-') return null;
        var s = time.TrimStart('+');
        var parts = s.Split('-', 3);
        if (parts.Length < 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var y) || y < 1 || y > 9999) return null;
        int m = precision >= 10 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var mm) && mm is >= 1 and <= 12 ? mm : 1;
        int d = precision >= 11 && parts[2].Length >= 2 && int.TryParse(parts[2].AsSpan(0, 2), CultureInfo.InvariantCulture, out var dd) && dd >= 1 && dd <= DateTime.DaysInMonth(y, m) ? dd : 1;
        return new DateOnly(y, m, d);
    }

    // ---------------------------------------------------------------- writing the user KB

    /// <summary>
    /// Writes the imported rows into the folder, merged with its files: an imported entity replaces the rows with its
    /// Wikidata id or its name; the roles of imported people are replaced by the imported ones. Rows are sorted, so
    /// the same import gives the same files. Rows of the folder that do not parse are kept as they are.
    /// </summary>
    static ImmutableDictionary<string, int> Merge(string dir, List<KbEntity> incoming, List<KbRole> incomingRoles)
    {
        Directory.CreateDirectory(dir);
        var qids = incoming.Where(e => e.Qid != null).Select(e => e.Qid!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = incoming.Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = KbFiles.EntityFiles.Concat([KbFiles.Roles]).ToDictionary(f => f, _ => new List<string>());
        var raw = KbFiles.EntityFiles.Concat([KbFiles.Roles]).ToDictionary(f => f, _ => new List<string>());
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<KbEntity>();
        foreach (var file in KbFiles.EntityFiles)
        {
            var path = Path.Combine(dir, file);
            if (!File.Exists(path)) continue;
            foreach (var (line, row) in ReadRows(path))
            {
                KbEntity e;
                try { e = KbFiles.ParseEntity(file, row); }
                catch (FormatException) { raw[file].Add(string.Join('\t', row)); continue; }
                if ((e.Qid != null && qids.Contains(e.Qid)) || names.Contains(e.Name)) removed.Add(e.Name);
                else kept.Add(e);
            }
        }
        var people = incoming.Concat(kept).Where(e => e.Type == EntityTypes.Person).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var importedPeople = incoming.Where(e => e.Type == EntityTypes.Person).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var roles = new List<KbRole>(incomingRoles);
        var rolesPath = Path.Combine(dir, KbFiles.Roles);
        if (File.Exists(rolesPath))
            foreach (var (line, row) in ReadRows(rolesPath))
            {
                KbRole r;
                try { r = KbFiles.ParseRole(row); }
                catch (FormatException) { raw[KbFiles.Roles].Add(string.Join('\t', row)); continue; }
                if (importedPeople.Contains(r.Person)) continue;                           // replaced by the imported roles
                if (removed.Contains(r.Person) && !people.Contains(r.Person)) continue;     // their person is gone
                roles.Add(r);
            }
        foreach (var e in incoming.Concat(kept)) rows[KbFiles.FileOf(e)].Add(KbFiles.FormatEntity(e));
        var totals = ImmutableDictionary.CreateBuilder<string, int>();
        foreach (var file in KbFiles.EntityFiles)
        {
            var sorted = rows[file].Distinct(StringComparer.Ordinal).OrderBy(r => r.Split('\t')[file == KbFiles.Countries ? 2 : 1], StringComparer.Ordinal).ThenBy(r => r, StringComparer.Ordinal).ToList();
            if (sorted.Count == 0 && raw[file].Count == 0 && !File.Exists(Path.Combine(dir, file))) { totals[file] = 0; continue; }
            KbFiles.Write(Path.Combine(dir, file), file, sorted.Concat(raw[file]));
            totals[file] = sorted.Count;
        }
        var roleRows = roles.Select(KbFiles.FormatRole).Distinct(StringComparer.Ordinal)
            .OrderBy(r => r.Split('\t')[0], StringComparer.Ordinal).ThenBy(r => r.Split('\t')[3], StringComparer.Ordinal).ThenBy(r => r, StringComparer.Ordinal).ToList();
        if (roleRows.Count > 0 || raw[KbFiles.Roles].Count > 0 || File.Exists(rolesPath)) KbFiles.Write(rolesPath, KbFiles.Roles, roleRows.Concat(raw[KbFiles.Roles]));
        totals[KbFiles.Roles] = roleRows.Count;
        return totals.ToImmutable();
    }

    static List<(int Line, string[] Row)> ReadRows(string path)
    {
        using var reader = new StreamReader(path);
        return [.. KbFiles.ReadRows(reader)];
    }
}
