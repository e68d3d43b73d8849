using System.Globalization;

namespace Parallax.Extraction;

/// <summary>Parses the machine-readable dates found in page metadata and feeds (ISO 8601, RFC 822/1123).</summary>
public static class DateParsing
{
    static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yyyy",
        "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm:ss",
    ];

    /// <summary>
    /// The calendar date written in an ISO 8601 or RFC 822 string (the local date as written, not converted to
    /// UTC: "2025-02-12T23:30:00-05:00" is 2025-02-12). Null when nothing parses or the year is implausible.
    /// </summary>
    public static DateOnly? ParseMachineDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var t = s.Trim();
        // ISO 8601: yyyy-mm-dd prefix (also yyyy/mm/dd and compact yyyymmdd).
        if (t.Length >= 10 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[3]) && (t[4] == '-' || t[4] == '/') && (t[7] == '-' || t[7] == '/'))
        {
            if (int.TryParse(t.AsSpan(0, 4), out int y) && int.TryParse(t.AsSpan(5, 2), out int m) && int.TryParse(t.AsSpan(8, 2), out int d))
                return Make(y, m, d);
            return null;
        }
        if (t.Length >= 8 && t.AsSpan(0, 8).ContainsAnyExceptInRange('0', '9') == false)
        {
            if (int.TryParse(t.AsSpan(0, 4), out int y) && int.TryParse(t.AsSpan(4, 2), out int m) && int.TryParse(t.AsSpan(6, 2), out int d))
                return Make(y, m, d);
        }
        // RFC 822: optional "Wed, " then "12 Feb 2025 10:00:00 GMT".
        int comma = t.IndexOf(',');
        if (comma >= 0 && comma <= 10) t = t[(comma + 1)..].Trim();
        // Named zones (GMT, UT, EST…) are dropped: the date as written is what we want.
        var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3)
        {
            var core = string.Join(' ', parts.Take(Math.Min(parts.Length, 4)));
            if (DateTime.TryParseExact(core, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
                return Make(dt.Year, dt.Month, dt.Day);
            var core3 = string.Join(' ', parts.Take(3));
            if (DateTime.TryParseExact(core3, "d MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out dt))
                return Make(dt.Year, dt.Month, dt.Day);
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
            return Make(dto.Year, dto.Month, dto.Day);
        return null;
    }

    static DateOnly? Make(int y, int m, int d)
    {
        if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }
}
