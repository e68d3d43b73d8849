using System.Globalization;
using Parallax.Model;
using Parallax.Storage;

namespace Parallax.Web;

/// <summary>One date of a story's timeline and the story's events on it.</summary>
public sealed record TimelineEntry(string Date, DateOnly First, DateOnly Last, IReadOnlyList<StoryEvent> Events);

/// <summary>A story's events on a date axis, and its drawing as an inline SVG (no script, no inline style).</summary>
public static class Timeline
{
    /// <summary>The story's dated events grouped by their TIMEX date, earliest first (a year before its days).</summary>
    public static IReadOnlyList<TimelineEntry> Of(Story story)
    {
        var list = new List<TimelineEntry>();
        foreach (var g in story.Events.Where(e => e.Date != null).GroupBy(e => e.Date!, StringComparer.Ordinal))
            if (TimexRange.TryParse(g.Key, out var first, out var last))
                list.Add(new TimelineEntry(g.Key, first, last, g.ToList()));
        return list.OrderBy(t => t.First).ThenByDescending(t => t.Last).ToList();
    }

    /// <summary>
    /// An SVG: a horizontal time axis with year ticks, one row per date (a dot for a day, a bar for a longer period)
    /// placed at its position on the axis and labelled with the date and its events.
    /// </summary>
    public static void Svg(Html h, IReadOnlyList<TimelineEntry> entries)
    {
        if (entries.Count == 0) { h.El("p", "No dated event.", "muted"); return; }
        const int width = 900, left = 10, right = 10, rowH = 26, top = 30;
        var min = entries.Min(e => e.First);
        var max = entries.Max(e => e.Last);
        var minD = min.DayNumber - 15.0;
        var maxD = max.DayNumber + 15.0;
        double X(DateOnly d) => left + (d.DayNumber - minD) / (maxD - minD) * (width - left - right);
        int height = top + entries.Count * rowH + 10;
        h.Raw($"<svg class=\"timeline\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"tl-title\" preserveAspectRatio=\"xMinYMin meet\">");
        h.Raw("<title id=\"tl-title\">Timeline of the story's events</title>");
        // axis and year ticks
        h.Raw($"<line class=\"axis\" x1=\"{left}\" y1=\"{top - 8}\" x2=\"{width - right}\" y2=\"{top - 8}\"/>");
        int firstYear = min.Year, lastYear = max.Year;
        int step = Math.Max(1, (lastYear - firstYear + 1) / 10);
        for (int y = firstYear; y <= lastYear + 1; y += step)
        {
            var x = X(new DateOnly(y, 1, 1));
            if (x < left || x > width - right) continue;
            h.Raw($"<line class=\"tick\" x1=\"{F(x)}\" y1=\"{top - 14}\" x2=\"{F(x)}\" y2=\"{height - 5}\"/>");
            bool edge = x > width - right - 40;
            h.Raw($"<text class=\"year\" x=\"{F(edge ? x - 3 : x + 3)}\" y=\"{top - 14}\"{(edge ? " text-anchor=\"end\"" : "")}>").T(y.ToString(CultureInfo.InvariantCulture)).Raw("</text>");
        }
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            double y = top + i * rowH + rowH / 2.0;
            double x1 = X(e.First), x2 = X(e.Last.AddDays(1));
            h.Raw("<g class=\"entry\">");
            h.Raw("<title>").T(Html.Date(e.Date) + ": " + string.Join("; ", e.Events.Select(Describe))).Raw("</title>");
            if (x2 - x1 < 6) h.Raw($"<circle class=\"point\" cx=\"{F(x1)}\" cy=\"{F(y)}\" r=\"5\"/>");
            else h.Raw($"<rect class=\"period\" x=\"{F(x1)}\" y=\"{F(y - 5)}\" width=\"{F(x2 - x1)}\" height=\"10\" rx=\"3\"/>");
            var label = Html.Date(e.Date) + " · " + (e.Events.Count == 1 ? Describe(e.Events[0]) : $"{e.Events.Count} events");
            bool anchorEnd = x1 > width * 0.6;
            double tx = anchorEnd ? x1 - 9 : Math.Max(x1, x2) + 9;
            h.Raw($"<text class=\"label\" x=\"{F(tx)}\" y=\"{F(y + 4)}\"{(anchorEnd ? " text-anchor=\"end\"" : "")}>").T(label).Raw("</text>");
            h.Raw("</g>");
        }
        h.Raw("</svg>");
    }

    /// <summary>"CONSULT/phone: Vladimir Putin, Donald Trump → Ukraine".</summary>
    public static string Describe(StoryEvent e) =>
        e.Type + (e.Mode is null ? "" : "/" + e.Mode) + ": " + string.Join(", ", e.Actors)
        + (e.Targets.Length == 0 ? "" : " → " + string.Join(", ", e.Targets));

    static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
