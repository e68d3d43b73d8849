using System.Globalization;
using System.Net;
using System.Text;

namespace Parallax.Web;

/// <summary>
/// Builds an HTML page. Every piece of text goes through <see cref="T"/> or an attribute writer, which escape it:
/// article text, titles and names are untrusted and are never written raw. Only the page's own markup is raw.
/// </summary>
public sealed class Html
{
    readonly StringBuilder _sb = new(16 * 1024);

    /// <summary>Raw markup written by this program (never data).</summary>
    public Html Raw(string markup) { _sb.Append(markup); return this; }

    /// <summary>Text, escaped.</summary>
    public Html T(string? text) { if (text != null) _sb.Append(WebUtility.HtmlEncode(text)); return this; }

    public Html T(ReadOnlySpan<char> text) => T(text.ToString());

    public Html N(long n) { _sb.Append(n.ToString("N0", CultureInfo.InvariantCulture)); return this; }

    /// <summary>An escaped attribute value in double quotes.</summary>
    public static string Attr(string? value) => "\"" + WebUtility.HtmlEncode(value ?? "") + "\"";

    /// <summary>A link to a page of this site (the path is built by <see cref="Url"/>).</summary>
    public Html A(string href, string? text, string? cls = null)
    {
        _sb.Append("<a href=").Append(Attr(SafeHref(href)));
        if (cls != null) _sb.Append(" class=").Append(Attr(cls));
        _sb.Append('>');
        T(text);
        _sb.Append("</a>");
        return this;
    }

    /// <summary>Only site-relative paths and http(s) URLs become links; anything else (javascript:, data:) is replaced by '#'.</summary>
    public static string SafeHref(string href)
    {
        if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)) return href;
        if (Uri.TryCreate(href, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)) return u.AbsoluteUri;
        return "#";
    }

    public Html Open(string tag, string? cls = null)
    {
        _sb.Append('<').Append(tag);
        if (cls != null) _sb.Append(" class=").Append(Attr(cls));
        _sb.Append('>');
        return this;
    }

    public Html Close(string tag) { _sb.Append("</").Append(tag).Append('>'); return this; }

    public Html El(string tag, string? text, string? cls = null) => Open(tag, cls).T(text).Close(tag);

    public override string ToString() => _sb.ToString();

    /// <summary>A site path with escaped segments and query values (nulls and blanks left out).</summary>
    public static string Url(string path, params (string Key, object? Value)[] query)
    {
        var sb = new StringBuilder(path);
        char sep = '?';
        foreach (var (k, v) in query)
        {
            var s = v switch { null => null, IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), _ => v.ToString() };
            if (string.IsNullOrWhiteSpace(s)) continue;
            sb.Append(sep).Append(Uri.EscapeDataString(k)).Append('=').Append(Uri.EscapeDataString(s));
            sep = '&';
        }
        return sb.ToString();
    }

    public static string Seg(string s) => Uri.EscapeDataString(s);

    /// <summary>A date the way people read it: "12 February 2025", "February 2025", "2022".</summary>
    public static string Date(string? timex)
    {
        if (string.IsNullOrEmpty(timex)) return "undated";
        var inv = CultureInfo.GetCultureInfo("en-GB");
        if (timex.Length == 10 && DateOnly.TryParseExact(timex, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d.ToString("d MMMM yyyy", inv);
        if (timex.Length == 7 && DateOnly.TryParseExact(timex + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            return m.ToString("MMMM yyyy", inv);
        return timex;
    }

    public static string Date(DateOnly? d) => d is null ? "" : d.Value.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
