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

    [Fact]
    public void A_large_matcher_finds_every_phrase_after_its_edge_table_grows()
    {
        // thousands of phrases force the edge table through many resizes; each must still be found, and nothing else
        var m = new PhraseMatcher<int>();
        var phrases = Enumerable.Range(0, 5000).Select(i => $"zeta{i} omega{i % 97}").ToList();
        for (int i = 0; i < phrases.Count; i++) m.Add(phrases[i], i);
        Assert.Equal(5000, m.Count);
        foreach (var i in new[] { 0, 1, 96, 97, 2500, 4999 })
        {
            var text = $"before {phrases[i]} after";
            var found = Assert.Single(m.FindAll(text));
            Assert.Equal(i, found.Value);
            Assert.Equal(phrases[i], text[found.Start..found.End]);
        }
        Assert.Empty(m.FindAll("zeta12 omega13 and omega1 zeta1"));
    }

    [Fact]
    public void Longest_matches_in_a_part_of_a_text_are_the_same_as_in_the_whole()
    {
        var m = new PhraseMatcher<string>([("said", "v"), ("has said", "v"), ("announc*", "v"), ("announced today", "t")]);
        var text = "The minister has said she announced today a plan. " + new string('x', 300);
        var whole = m.FindLongest(text);
        var part = m.FindLongest(text, null, 0, 50);
        Assert.Equal(whole, part);
        Assert.Equal(["has said", "announced today"], part.Select(p => text[p.Start..p.End]));
    }
}
