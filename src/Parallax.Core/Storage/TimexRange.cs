using System.Globalization;

namespace Parallax.Storage;

/// <summary>
/// The calendar days a TIMEX3 date value covers, as an inclusive [First, Last] range: "2025" is the whole
/// year, "2025-02" the month, "2025-W07" the ISO week, "2025-Q1" the quarter, "198X"/"198" the decade,
/// "2025-02-12T10:30" its day. Values with no calendar extent (PAST_REF, durations, "XXXX-02-12") have none.
/// Used to store events' dates as comparable ranges and to read the user's --from/--to bounds.
/// </summary>
public static class TimexRange
{
    public static bool TryParse(string? value, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.AsSpan().Trim();
        int t = s.IndexOf('T');
        if (t > 0) s = s[..t]; // date-time: its day

        // Year, decade (198X or 198), century (19XX or 19).
        int digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        if (digits == 0) return false;
        int xs = 0;
        while (digits + xs < s.Length && (s[digits + xs] == 'X' || s[digits + xs] == 'x')) xs++;
        int head = digits + xs;
        if (head < 4 && head != digits) return false;
        if (head < 4 || xs > 0)
        {
            if (head > 4 || s.Length != head || digits < 2) return false;
            int width = 4 - digits; // number of unknown trailing year digits
            int pfx = int.Parse(s[..digits], CultureInfo.InvariantCulture);
            int scale = width switch { 1 => 10, 2 => 100, _ => 0 };
            if (scale == 0) return false;
            int y0 = Math.Max(1, pfx * scale), y1 = pfx * scale + scale - 1;
            if (y1 > 9999) return false;
            first = new DateOnly(y0, 1, 1); last = new DateOnly(y1, 12, 31);
            return true;
        }
        if (digits != 4) return false;
        int year = int.Parse(s[..4], CultureInfo.InvariantCulture);
        if (year < 1) return false;
        if (s.Length == 4) { first = new DateOnly(year, 1, 1); last = new DateOnly(year, 12, 31); return true; }
        if (s[4] != '-' || s.Length < 6) return false;
        var rest = s[5..];

        // Week: W07 or W07-3
        if (rest[0] is 'W' or 'w' && !(rest.Length == 2 && rest[1] == 'I'))
        {
            if (rest.Length < 3 || !int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week)) return false;
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year)) return false;
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            if (rest.Length == 3) { first = monday; last = monday.AddDays(6); return true; }
            if (rest.Length == 5 && rest[3] == '-' && rest[4] is >= '1' and <= '7')
            {
                first = last = monday.AddDays(rest[4] - '1');
                return true;
            }
            if (rest.Length == 6 && rest[3] == '-' && rest[4..].SequenceEqual("WE"))
            {
                first = monday.AddDays(5); last = monday.AddDays(6); return true;
            }
            return false;
        }
        // Quarter, half, season.
        if (rest.Length == 2 && rest[0] is 'Q' or 'q' && rest[1] is >= '1' and <= '4')
        {
            int q = rest[1] - '1';
            first = new DateOnly(year, q * 3 + 1, 1); last = first.AddMonths(3).AddDays(-1); return true;
        }
        if (rest.Length == 2 && rest[0] is 'H' or 'h' && rest[1] is '1' or '2')
        {
            first = new DateOnly(year, rest[1] == '1' ? 1 : 7, 1); last = first.AddMonths(6).AddDays(-1); return true;
        }
        if (rest.Length == 2 && char.IsAsciiLetterUpper(rest[0]))
        {
            int startMonth = rest switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => 0 };
            if (startMonth == 0) return false;
            first = new DateOnly(year, startMonth, 1); last = first.AddMonths(3).AddDays(-1); return true;
        }
        // Month, day.
        if (rest.Length < 2 || !int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out int month) || month is < 1 or > 12)
            return false;
        if (rest.Length == 2)
        {
            first = new DateOnly(year, month, 1); last = new DateOnly(year, month, DateTime.DaysInMonth(year, month)); return true;
        }
        if (rest.Length == 5 && rest[2] == '-' && int.TryParse(rest[3..], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            first = last = new DateOnly(year, month, day); return true;
        }
        return false;
    }

    /// <summary>ISO day string of the range's first/last day, or null when the value has no range.</summary>
    public static (string? First, string? Last) Bounds(string? value) =>
        TryParse(value, out var a, out var b) ? (Iso(a), Iso(b)) : (null, null);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
