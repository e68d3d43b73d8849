using Parallax.Time;

namespace Parallax.Tests.Time;

public class TimeRobustnessTests
{
    static readonly string[] Pieces =
    [
        "le", "la", "l’", "en", "in", "à", "at", "du", "au", "from", "to", "entre", "et", "-", "/", ".", ",", "(", ")", ":",
        "12", "31", "0", "99", "2025", "1990", "999999999", "24", "60", "1er", "30", "s", "h", "pm", "a.m.",
        "février", "Feb.", "May", "mars", "mercredi", "Tuesday", "dernier", "prochain", "last", "next", "ce", "this",
        "il y a", "ago", "dans", "plus tard", "pendant", "plus d’", "une", "un", "a", "heure", "heures", "ans", "years",
        "semaine", "week-end", "trimestre", "Q", "quarter", "premier", "vingt", "trois", "twenty", "-one", "et demie",
        "chaque", "every", "hier", "demain", "le lendemain", "the day after", "GMT", "heure de Moscou", "\n", "\n\n",
    ];

    [Fact]
    public void RandomSequencesNeverThrowAndSpansMatchText()
    {
        var rng = new Random(12345);
        for (int n = 0; n < 3000; n++)
        {
            int len = rng.Next(1, 12);
            var parts = new string[len];
            for (int i = 0; i < len; i++) parts[i] = Pieces[rng.Next(Pieces.Length)];
            var text = string.Join(rng.Next(3) == 0 ? "" : " ", parts);
            foreach (var pub in new DateOnly?[] { new DateOnly(2025, 2, 12), null, new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31) })
            {
                var times = TimeStage.Extract(text, pub, rng.Next(3) switch { 0 => "fr", 1 => "en", _ => null });
                int last = -1;
                foreach (var t in times)
                {
                    Assert.True(t.Start >= 0 && t.End <= text.Length && t.Start < t.End, text);
                    Assert.Equal(text[t.Start..t.End], t.Text);
                    Assert.True(t.Start >= last, "overlapping or unordered expressions in: " + text);
                    last = t.End;
                    Assert.False(string.IsNullOrEmpty(t.Value));
                }
            }
        }
    }

    [Fact]
    public void EmptyAndHugeInputs()
    {
        Assert.Empty(TimeStage.Extract("", new DateOnly(2025, 2, 12)));
        var big = string.Concat(Enumerable.Repeat("Le 12 février 2022, il a parlé pendant une heure. ", 5000));
        Assert.Equal(10000, TimeStage.Extract(big, new DateOnly(2025, 2, 12), "fr").Length);
    }
}
