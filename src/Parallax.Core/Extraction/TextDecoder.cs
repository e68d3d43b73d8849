using System.Text;
using System.Text.Unicode;

namespace Parallax.Extraction;

/// <summary>
/// Bytes → string. Order: byte-order mark; declared charset (HTTP Content-Type, then &lt;meta charset&gt; /
/// http-equiv, then the XML declaration) when it is consistent with the bytes; otherwise detection: valid UTF-8
/// is UTF-8, anything else is Windows-1252 (a superset of Latin-1 for printable text).
/// </summary>
public static class TextDecoder
{
    // Field initialisers run in order, before any use: register the code pages first.
    static readonly bool Registered = Register();
    static bool Register() { Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); return true; }
    // An explicit static constructor makes the initialisers run before any static member is used (no beforefieldinit).
    static TextDecoder() { }

    static readonly Encoding Utf8Enc = new UTF8Encoding(false, false);
    public static Encoding Windows1252 { get; } = GetEncoding("windows-1252")!;

    /// <summary>Decodes; <paramref name="encoding"/> is the encoding that was used.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType, bool isHtml, out Encoding encoding)
    {
        // 1. BOM
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { encoding = Utf8Enc; return Utf8Enc.GetString(bytes[3..]); }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { encoding = Encoding.Unicode; return Encoding.Unicode.GetString(bytes[2..]); }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { encoding = Encoding.BigEndianUnicode; return Encoding.BigEndianUnicode.GetString(bytes[2..]); }

        // 2. Declared charset.
        var declared = GetEncoding(Input.ContentTypes.Charset(contentType)) ?? GetEncoding(SniffDeclaredCharset(bytes));
        bool validUtf8 = System.Text.Unicode.Utf8.IsValid(bytes);
        bool hasMultibyte = validUtf8 && HasNonAscii(bytes);
        Encoding chosen;
        if (declared is not null)
        {
            if (declared.CodePage == 65001) chosen = validUtf8 ? Utf8Enc : Windows1252;           // claimed UTF-8, is not
            else if (IsSingleByteWestern(declared) && hasMultibyte) chosen = Utf8Enc;               // claimed Latin-1, is UTF-8
            else chosen = declared;
        }
        else chosen = validUtf8 ? Utf8Enc : Windows1252;
        encoding = chosen;
        return chosen.GetString(bytes);
    }

    static bool IsSingleByteWestern(Encoding e) => e.CodePage is 1252 or 28591 or 28605 or 20127 or 1250 or 28592;

    static bool HasNonAscii(ReadOnlySpan<byte> b) => !System.Text.Ascii.IsValid(b);

    /// <summary>An encoding by name; null when unknown. "latin1"/"iso-8859-1"/"ascii" read as windows-1252, as browsers do.</summary>
    public static Encoding? GetEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "iso8859-1" or "us-ascii" or "ascii" or "iso_8859-1" or "l1" or "cp1252")
            name = "windows-1252";
        if (name is "utf8") name = "utf-8";
        try
        {
            var e = Encoding.GetEncoding(name);
            return e.CodePage == 65001 ? Utf8Enc : e;
        }
        catch (ArgumentException) { return null; }
    }

    /// <summary>
    /// Finds a charset declared in the first 4 KiB: &lt;meta charset=x&gt;, &lt;meta http-equiv content="…; charset=x"&gt;,
    /// or &lt;?xml encoding="x"?&gt;. ASCII-only scan.
    /// </summary>
    public static string? SniffDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        Span<char> buf = new char[head.Length];
        for (int i = 0; i < head.Length; i++)
        {
            byte c = head[i];
            buf[i] = c < 0x80 ? char.ToLowerInvariant((char)c) : ' ';
        }
        ReadOnlySpan<char> h = buf;
        if (h.StartsWith("<?xml"))
        {
            int end = h.IndexOf("?>");
            var decl = end > 0 ? h[..end] : h;
            int e = decl.IndexOf("encoding");
            if (e >= 0) return ValueAfter(decl[(e + 8)..]);
        }
        int from = 0;
        while (true)
        {
            int m = h[from..].IndexOf("<meta");
            if (m < 0) return null;
            m += from;
            int close = h[m..].IndexOf('>');
            var tag = close < 0 ? h[m..] : h[m..(m + close)];
            int cs = tag.IndexOf("charset");
            if (cs >= 0)
            {
                var v = ValueAfter(tag[(cs + 7)..]);
                if (v is not null) return v;
            }
            from = m + 5;
        }
    }

    static string? ValueAfter(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && (s[i] == ' ' || s[i] == '=')) i++;
        while (i < s.Length && (s[i] == '"' || s[i] == '\'')) i++;
        int j = i;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] is '-' or '_' or ':' or '.')) j++;
        return j > i ? s[i..j].ToString() : null;
    }
}
