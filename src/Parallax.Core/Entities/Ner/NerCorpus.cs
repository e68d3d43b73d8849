using System.Collections.Immutable;
using Parallax.Language;

namespace Parallax.Entities.Ner;

/// <summary>
/// Parallax's annotation sources for the mention model: one sentence per line with its entities in brackets,
/// <c>[PER Emmanuel Macron] a reçu [PER Friedrich Merz] à [LOC Paris].</c>, <c>#</c> comment lines, a
/// <c># lang = fr</c> line for the language. Sentences are tokenised with Parallax's own <see cref="Tokenizer"/>,
/// so the model learns on the tokens it will see in documents, and split deterministically into train, dev and
/// test sets by their position in the file.
/// </summary>
public static class NerCorpus
{
    public static List<ConllSentence> ReadBracketed(TextReader reader, string source)
    {
        var result = new List<ConllSentence>();
        string? lang = null;
        int lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                if (line.StartsWith("# lang", StringComparison.Ordinal) && line.IndexOf('=') is > 0 and var eq) lang = line[(eq + 1)..].Trim();
                continue;
            }
            result.Add(Parse(line, source, lineNo) with { Language = lang });
        }
        return result;
    }

    /// <summary>One bracketed sentence as tokens and tags.</summary>
    public static ConllSentence Parse(string line, string source, int lineNo)
    {
        var text = new System.Text.StringBuilder();
        var entities = new List<(int Start, int End, int Type)>();
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == '[')
            {
                int sp = line.IndexOf(' ', i);
                int close = line.IndexOf(']', i);
                if (sp < 0 || close < 0 || close < sp) throw new ConllFormatException(source, lineNo, $"unclosed or empty entity at column {i + 1}");
                int type = NerTags.ParseType(line.AsSpan(i + 1, sp - i - 1));
                if (type < 0) throw new ConllFormatException(source, lineNo, $"unknown entity type '{line[(i + 1)..sp]}' at column {i + 1} (PER, ORG, LOC, MISC)");
                var inner = line[(sp + 1)..close];
                if (inner.Contains('[')) throw new ConllFormatException(source, lineNo, $"nested entity at column {i + 1}");
                int s = text.Length;
                text.Append(inner);
                entities.Add((s, text.Length, type));
                i = close + 1;
                continue;
            }
            if (c == ']') throw new ConllFormatException(source, lineNo, $"']' without '[' at column {i + 1}");
            text.Append(c);
            i++;
        }
        var str = text.ToString();
        var tokens = Tokenizer.Tokenize(str, 0, str.Length);
        var tags = new int[tokens.Count];
        foreach (var (s, e, type) in entities)
        {
            int first = tokens.FindIndex(t => t.Start == s);
            int last = tokens.FindIndex(t => t.End == e);
            if (first < 0 || last < first) throw new ConllFormatException(source, lineNo, $"entity '{str[s..e]}' does not start and end on token boundaries");
            tags[first] = NerTags.Begin(type);
            for (int k = first + 1; k <= last; k++) tags[k] = NerTags.Inside(type);
        }
        return new ConllSentence([.. tokens.Select(t => str[t.Start..t.End])], [.. tags], source, lineNo);
    }

    /// <summary>Which split a sentence goes to by its index in its file: 2 in 10 test, 1 in 10 dev, the rest train.</summary>
    public static string Split(int index) => (index % 10) switch { 0 or 5 => "test", 3 => "dev", _ => "train" };
}
