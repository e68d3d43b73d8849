using Parallax.Model;
using Parallax.Time;

namespace Parallax.Tests.Time;

/// <summary>What the time tests share: the expression found for a span, or a failure listing what was found.</summary>
static class TimeTestKit
{
    public static TimeExpression Find(string text, string span, string lang, DateOnly published, TimeOptions? options = null)
    {
        var times = TimeStage.Extract(text, published, lang, default, options ?? TimeOptions.Default);
        return times.FirstOrDefault(t => t.Text == span)
               ?? throw new Xunit.Sdk.XunitException($"'{span}' not found; got: {string.Join("; ", times.Select(t => $"[{t.Text}] {t.Value}"))}");
    }
}
