using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

public class QuoteStageTests
{
    [Fact]
    public void Speaker_after_the_quote_and_inverted_pronoun_for_the_next_one()
    {
        var d = Run.Text("« La conversation vient de se terminer », a déclaré M. Peskov. « Elle a duré longtemps », a-t-il ajouté.");
        Assert.Equal(2, d.Quotes.Length);
        Assert.All(d.Quotes, q => Assert.Equal("Dmitry Peskov", d.NameOf(q.Speaker)));
        Assert.Equal("La conversation vient de se terminer", d.Quotes[0].Text);
    }

    [Fact]
    public void Speaker_before_a_colon_with_the_channel()
    {
        var d = Run.Text("Donald Trump a écrit sur Truth Social : « Nous avons eu un long appel très productif. »");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("Donald Trump", d.NameOf(q.Speaker));
        Assert.Equal("Truth Social", q.Channel);
        Assert.True(q.Direct);
    }

    [Fact]
    public void English_quotes_with_said_and_told_reporters()
    {
        var d = Run.Text("“We are going to work together,” Trump told reporters. Zelensky said the talks were useful.");
        Assert.Contains(d.Quotes, q => q.Direct && d.NameOf(q.Speaker) == "Donald Trump");
        Assert.Contains(d.Quotes, q => !q.Direct && d.NameOf(q.Speaker) == "Volodymyr Zelenskyy");
    }

    [Fact]
    public void A_short_quoted_fragment_is_partial()
    {
        var d = Run.Text("Le Kremlin a appelé à des « moyens pacifiques » pour régler le conflit.");
        var q = Assert.Single(d.Quotes);
        Assert.True(q.Partial);
        Assert.Equal("moyens pacifiques", q.Text);
    }

    [Fact]
    public void Indirect_speech_with_que()
    {
        var d = Run.Text("Emmanuel Macron a déclaré que la France soutiendrait l'Ukraine.");
        var q = Assert.Single(d.Quotes);
        Assert.False(q.Direct);
        Assert.Equal("Emmanuel Macron", d.NameOf(q.Speaker));
    }

    [Fact]
    public void A_quote_spanning_paragraphs_is_one_quote()
    {
        var d = Run.Text("Le président a déclaré : « Nous continuerons.\n\n« Nous ne céderons pas », a conclu Emmanuel Macron.");
        Assert.Contains(d.Quotes, q => q.Text.Contains("continuerons") && q.Text.Contains("céderons"));
    }

    [Fact]
    public void Quote_offsets_point_at_the_quoted_text()
    {
        var d = Run.Text("« Nous avons parlé de l’Ukraine », a dit Vladimir Poutine.");
        foreach (var q in d.Quotes)
        {
            Assert.Contains(q.Text, d.Text[q.Start..q.End]);
            if (q.SpeakerSpan is { } s) Assert.Contains("Poutine", d.Text[s.Start..s.End]);
        }
    }
}
