using Parallax.Text;
using Parallax.Storage;

namespace Parallax.Tests.Storage;

public class TimexRangeTests
{
    [Theory]
    [InlineData("2025-02-12", "2025-02-12", "2025-02-12")]
    [InlineData("2025-02-12T10:30", "2025-02-12", "2025-02-12")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2022", "2022-01-01", "2022-12-31")]
    [InlineData("2025-W07", "2025-02-10", "2025-02-16")]
    [InlineData("2025-W07-3", "2025-02-12", "2025-02-12")]
    [InlineData("2025-W07-WE", "2025-02-15", "2025-02-16")]
    [InlineData("2020-W53", "2020-12-28", "2021-01-03")]
    [InlineData("2025-Q2", "2025-04-01", "2025-06-30")]
    [InlineData("2025-H2", "2025-07-01", "2025-12-31")]
    [InlineData("2025-SU", "2025-06-01", "2025-08-31")]
    [InlineData("2024-WI", "2024-12-01", "2025-02-28")]
    [InlineData("198X", "1980-01-01", "1989-12-31")]
    [InlineData("198", "1980-01-01", "1989-12-31")]
    [InlineData("19XX", "1900-01-01", "1999-12-31")]
    [InlineData(" 2025 ", "2025-01-01", "2025-12-31")]
    public void Dates_map_to_the_days_they_cover(string value, string first, string last)
    {
        Assert.True(TimexRange.TryParse(value, out var a, out var b));
        Assert.Equal(first, TimexRange.Iso(a));
        Assert.Equal(last, TimexRange.Iso(b));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PAST_REF")]
    [InlineData("PT1H30M")]
    [InlineData("P6M")]
    [InlineData("XXXX-02-12")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("2025-W54")]
    [InlineData("20250")]
    [InlineData("2")]
    [InlineData("last week")]
    public void Values_without_a_calendar_extent_have_no_range(string? value) =>
        Assert.False(TimexRange.TryParse(value, out _, out _));

    [Fact]
    public void Search_folding_removes_case_and_diacritics_and_keeps_length()
    {
        Assert.Equal("elysee", TextFold.Fold("Élysée"));
        Assert.Equal("sebastien lecornu", TextFold.Fold("SÉBASTIEN LECORNU"));
        Assert.Equal("l'etat francais", TextFold.Fold("L’État français"));
        Assert.Equal("pedro sanchez", TextFold.Fold("Pedro Sánchez"));
        var s = "Zürich, Kraków, Øresund";
        Assert.Equal(s.Length, TextFold.Fold(s).Length);
        Assert.Equal("zurich, krakow, øresund", TextFold.Fold(s)); // ø has no decomposition
    }
}
