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
    public void A_quote_spanning_paragraphs_is_one_quote_per_paragraph_with_one_speaker()
    {
        var d = Run.Text("Le président a déclaré : « Nous continuerons.\n\n« Nous ne céderons pas », a conclu Emmanuel Macron.");
        var first = Assert.Single(d.Quotes, q => q.Text.Contains("continuerons"));
        var second = Assert.Single(d.Quotes, q => q.Text.Contains("céderons"));
        Assert.Equal("Nous continuerons.", first.Text);
        Assert.Equal("Nous ne céderons pas", second.Text);
        Assert.Equal("Emmanuel Macron", d.NameOf(second.Speaker));
        Assert.Equal(second.Speaker, first.Speaker);
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

    static string SpeakerWords(Parallax.Model.Document d, Parallax.Model.Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker)! : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : "";

    [Theory]
    [InlineData("The Financial Times reported on Monday that the bank is preparing to sell its Asian unit.", "Financial Times")]
    [InlineData("Le constructeur, qui emploie 12 000 personnes en France, a confirmé mardi qu’il fermerait deux usines.", null)]
    [InlineData("Exports fell by a third in October, according to figures from Eurostat.", "Eurostat")]
    [InlineData("Le chômage a reculé au deuxième trimestre, selon l’Insee.", "Insee")]
    public void Reported_speech_finds_the_source(string text, string? speaker)
    {
        var d = Run.Text(text);
        var q = Assert.Single(d.Quotes);
        Assert.False(q.Direct);
        if (speaker != null) Assert.Contains(speaker, SpeakerWords(d, q));
    }

    [Fact]
    public void An_inverted_subject_after_a_long_description_names_the_speaker()
    {
        var d = Run.Text("The plant will close next year, said the group’s newly appointed chief financial officer Laura Benning in a memo to staff.");
        var q = Assert.Single(d.Quotes);
        Assert.StartsWith("The plant will close", q.Text);
        Assert.Contains("Benning", SpeakerWords(d, q));
    }

    [Fact]
    public void A_passive_or_idiomatic_verb_reports_nothing()
    {
        var d = Run.Text("New tariffs will be announced next week. That said, the outlook remains uncertain for exporters in the region.");
        Assert.Empty(d.Quotes);
    }

    [Fact]
    public void The_statement_and_the_company_stand_for_the_last_voice()
    {
        var d = Run.Text("Two workers were injured at the site, the regional fire service said on Friday. \"The cause of the blaze is not yet known,\" the statement said. "
            + "The firm that runs the depot, Arlen Logistics, says it will cooperate. But the company says no chemicals were stored there.");
        var cause = Assert.Single(d.Quotes, q => q.Text.StartsWith("The cause"));
        Assert.Contains("fire service", SpeakerWords(d, cause));
        var chemicals = Assert.Single(d.Quotes, q => q.Text.StartsWith("no chemicals"));
        Assert.Contains("Arlen Logistics", SpeakerWords(d, chemicals));
    }

    [Fact]
    public void A_quotation_inside_another_has_its_own_speaker()
    {
        var d = Run.Text("“Then I heard Senator Mark Dalton ask, ‘Who approved the transfer?’ and nobody answered,” Karen Blake testified on Tuesday.");
        var outer = Assert.Single(d.Quotes, q => q.Text.StartsWith("Then I heard"));
        Assert.Contains("Blake", SpeakerWords(d, outer));
        var inner = Assert.Single(d.Quotes, q => q.Text.StartsWith("Who approved"));
        Assert.Contains("Dalton", SpeakerWords(d, inner));
    }

    [Theory]
    [InlineData("Harlan told police he had never seen the car before that night.", "Harlan")]
    [InlineData("Union leader Maria Ostrowski told a crowd of nurses who gathered outside the hospital that the strike would go on.", "Ostrowski")]
    [InlineData("As Tom Reyes reports for the Courier, the first flights were cancelled on Monday morning.", "Reyes")]
    [InlineData("The Coast Guard reported at least 40 people were rescued from the water overnight.", "Coast Guard")]
    public void Reported_speech_with_an_addressee_or_an_as_clause(string text, string speaker)
    {
        var d = Run.Text(text);
        var q = Assert.Single(d.Quotes);
        Assert.False(q.Direct);
        Assert.Contains(speaker, SpeakerWords(d, q));
    }

    [Fact]
    public void A_curly_quotation_closed_by_a_straight_mark_is_found()
    {
        var d = Run.Text("“Prices will keep rising through the winter,\" Dana Whitfield, an analyst at Corvel, said in a note.");
        var q = Assert.Single(d.Quotes, q => q.Direct);
        Assert.Equal("Prices will keep rising through the winter,", q.Text);
        Assert.Contains("Whitfield", SpeakerWords(d, q));
    }

    [Theory]
    [InlineData("Marsh told the committee she had never approved the payments.", "she had never approved")]
    [InlineData("The mayor said in a radio interview the budget would be balanced by June.", "the budget would be")]
    public void A_dropped_that_after_an_addressee_or_a_phrase(string text, string content)
    {
        var d = Run.Text(text);
        var q = Assert.Single(d.Quotes);
        Assert.StartsWith(content, q.Text);
    }
}
