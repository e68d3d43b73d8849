using System.Collections.Immutable;

namespace Parallax.Entities.Ner;

/// <summary>One sentence of a CoNLL file: its tokens and their BIO tags (<see cref="NerTags"/>), where it was read.</summary>
public sealed record ConllSentence(ImmutableArray<string> Tokens, ImmutableArray<int> Tags, string Source, int Line)
{
    /// <summary>The language the file or <c>--lang</c> gave this sentence ("fr", "en"), or null.</summary>
    public string? Language { get; init; }
    public int Length => Tokens.Length;
}

/// <summary>Malformed CoNLL input, with the file and line it was found at.</summary>
public sealed class ConllFormatException(string source, int line, string message) : FormatException($"{source}:{line}: {message}")
{
    public string FileName { get; } = source;
    public int Line { get; } = line;
}

/// <summary>
/// Reads CoNLL-style named-entity files: one token per line, the token in the first column and its tag in the
/// last (columns separated by tabs or spaces; any columns between, such as part-of-speech or chunk tags, are
/// ignored), a blank line between sentences, <c>-DOCSTART-</c> lines between documents. Tags are BIO: <c>O</c>,
/// <c>B-TYPE</c>, <c>I-TYPE</c> with TYPE one of PER, ORG, LOC, MISC (also PERSON, ORGANIZATION, LOCATION, GPE).
/// IOB1 files (CoNLL-2003's original tagging, where an entity may start with I-) are read as IOB2.
/// Lines starting with <c># lang = fr</c> set the language of the sentences after them.
/// </summary>
public static class ConllReader
{
    public static List<ConllSentence> ReadFile(string path, string? language = null)
    {
        if (Directory.Exists(path)) throw new IOException($"{path}: is a folder, not a CoNLL file");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file", path);
        using var reader = new StreamReader(path);
        return Read(reader, path, language);
    }

    public static List<ConllSentence> Read(TextReader reader, string source, string? language = null)
    {
        var sentences = new List<ConllSentence>();
        var tokens = ImmutableArray.CreateBuilder<string>();
        var tags = ImmutableArray.CreateBuilder<int>();
        int lineNo = 0, sentenceLine = 0, columns = -1;
        string? lang = language;
        void Flush()
        {
            if (tokens.Count > 0)
                sentences.Add(new ConllSentence(tokens.ToImmutable(), tags.ToImmutable(), source, sentenceLine) { Language = lang });
            tokens.Clear(); tags.Clear();
        }
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = raw.AsSpan().Trim();
            if (line.IsEmpty) { Flush(); continue; }
            if (line.StartsWith("# lang", StringComparison.Ordinal) && line.IndexOf('=') is > 0 and var eq)
            {
                Flush();
                if (language == null) lang = line[(eq + 1)..].Trim().ToString();
                continue;
            }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { Flush(); continue; }
            int first = line.IndexOfAny(' ', '\t');
            if (first < 0) throw new ConllFormatException(source, lineNo, $"'{Clip(raw)}' has one column; expected a token and its tag");
            int last = line.LastIndexOfAny(' ', '\t');
            var token = line[..first];
            var tag = line[(last + 1)..];
            int n = CountColumns(line);
            if (columns < 0) columns = n;
            else if (n != columns) throw new ConllFormatException(source, lineNo, $"{n} columns where the lines before have {columns}");
            int parsed = ParseTag(tag);
            if (parsed < 0) throw new ConllFormatException(source, lineNo, $"'{tag}' is not a BIO tag (O, B-TYPE or I-TYPE with TYPE one of PER, ORG, LOC, MISC)");
            // IOB1: an I- that does not continue an entity of its type starts one
            if (NerTags.IsInside(parsed) && (tags.Count == 0 || NerTags.TypeOf(tags[^1]) != NerTags.TypeOf(parsed)))
                parsed = NerTags.Begin(NerTags.TypeOf(parsed));
            if (tokens.Count == 0) sentenceLine = lineNo;
            tokens.Add(token.ToString());
            tags.Add(parsed);
        }
        Flush();
        return sentences;
    }

    static int CountColumns(ReadOnlySpan<char> line)
    {
        int n = 0;
        bool inCol = false;
        foreach (var c in line)
        {
            bool sep = c is ' ' or '\t';
            if (!sep && !inCol) n++;
            inCol = !sep;
        }
        return n;
    }

    /// <summary>The tag index of a BIO label, or -1.</summary>
    public static int ParseTag(ReadOnlySpan<char> tag)
    {
        if (tag is "O") return NerTags.O;
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I')) return -1;
        int type = NerTags.ParseType(tag[2..]);
        if (type < 0) return -1;
        return tag[0] == 'B' ? NerTags.Begin(type) : NerTags.Inside(type);
    }

    static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "…";

    /// <summary>Writes sentences in the two-column form (token, tag), a blank line after each.</summary>
    public static void Write(TextWriter w, IEnumerable<ConllSentence> sentences)
    {
        string? lang = null;
        foreach (var s in sentences)
        {
            if (s.Language != null && s.Language != lang) { w.Write("# lang = "); w.WriteLine(s.Language); w.WriteLine(); lang = s.Language; }
            for (int i = 0; i < s.Length; i++) { w.Write(s.Tokens[i]); w.Write('\t'); w.WriteLine(NerTags.Names[s.Tags[i]]); }
            w.WriteLine();
        }
    }
}
