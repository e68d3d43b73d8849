using Parallax.Text;

namespace Parallax.Tests.Text;

public class PhraseMatcherTests
{
    [Fact]
    public void Fold_preserves_length_and_unifies_typography()
    {
        var s = "L’État « Été » — Ünïcode\u00A0x";
        var f = TextFold.Fold(s);
        Assert.Equal(s.Length, f.Length);
        Assert.Equal("l'etat \" ete \" - unicode x", f);
    }

    [Fact]
    public void Finds_phrases_on_word_boundaries_only()
    {
        var m = new PhraseMatcher<int>([("Poutine", 1), ("Vladimir Poutine", 2), ("Kiev", 3)]);
        var text = "Vladimir  Poutine et Poutines à Kievsk; POUTINE.";
        var all = m.FindLongest(text);
        Assert.Equal([(0, 17, 2), (40, 47, 1)], all.Select(x => (x.Start, x.End, x.Value)).ToArray());
    }

    [Fact]
    public void Wildcard_matches_rest_of_word()
    {
        var m = new PhraseMatcher<string>([("entretenu* par téléphone", "phone"), ("entretien*", "noun")]);
        var text = "Ils s’étaient entretenus par telephone; un entretien; entretenir";
        var all = m.FindLongest(text);
        Assert.Equal(["entretenus par telephone", "entretien"], all.Select(x => text[x.Start..x.End]).ToArray());
    }

    [Fact]
    public void Overlapping_matches_are_all_reported_by_FindAll()
    {
        var m = new PhraseMatcher<int>([("a b", 1), ("b c", 2), ("b", 3)]);
        var all = m.FindAll("a b c");
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var m = new PhraseMatcher<int>([("x*", 1), ("abc def", 2), ("'", 3)]);
        var rnd = new Random(42);
        for (int n = 0; n < 500; n++)
        {
            var chars = new char[rnd.Next(0, 40)];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)rnd.Next(0, 0x3000);
            var s = new string(chars);
            foreach (var hit in m.FindAll(s)) Assert.InRange(hit.End, hit.Start, s.Length);
        }
    }
}
