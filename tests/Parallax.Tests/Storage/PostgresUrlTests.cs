using Parallax.Storage;

namespace Parallax.Tests.Storage;

/// <summary>The PostgreSQL backend's pure parts: URL parsing, word-start marking, the tsquery text. No server needed.</summary>
public class PostgresUrlTests
{
    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var b = PostgresDocumentStore.ParseConnectionString("postgres://news%40team:p%3Ass@db.example:6543/news%20db?sslmode=require&search_path=crawl&Timeout=7");
        Assert.Equal("db.example", b.Host);
        Assert.Equal(6543, b.Port);
        Assert.Equal("news@team", b.Username);
        Assert.Equal("p:ss", b.Password);
        Assert.Equal("news db", b.Database);
        Assert.Equal(Npgsql.SslMode.Require, b.SslMode);
        Assert.Equal("crawl", b.SearchPath);
        Assert.Equal(7, b.Timeout);
        var d = PostgresDocumentStore.ParseConnectionString("postgresql://me@[::1]/x");
        Assert.Equal("::1", d.Host);
        Assert.Equal(5432, d.Port);
        Assert.Null(d.Password);
        Assert.Equal("localhost", PostgresDocumentStore.ParseConnectionString("Host=localhost;Username=u").Host);
    }

    [Fact]
    public void Bad_urls_and_options_are_clear_errors()
    {
        var ex = Assert.Throws<StoreException>(() => PostgresDocumentStore.ParseConnectionString("postgres://u@h/db?frobnicate=1"));
        Assert.Equal(StoreErrorKind.CannotOpen, ex.Kind);
        Assert.Contains("frobnicate", ex.Message);
        Assert.Throws<StoreException>(() => PostgresDocumentStore.ParseConnectionString("NotAKey=1"));
    }

    [Theory]
    [InlineData("postgres://u@h/db", true)]
    [InlineData("PostgreSQL://u@h/db", true)]
    [InlineData("/tmp/parallax.db", false)]
    [InlineData("postgres.db", false)]
    public void The_factory_tells_urls_from_files(string location, bool postgres) =>
        Assert.Equal(postgres, DocumentStores.IsPostgres(location));

    [Fact]
    public void Word_starts_are_marked_so_that_substring_search_means_word_start_search()
    {
        Assert.Equal("\u0001vladimir \u0001putin\n\u0001poutine", PostgresDocumentStore.MarkWords("vladimir putin\npoutine"));
        string hay = PostgresDocumentStore.MarkWords("vladimir putin\nle president russe");
        foreach (var (needle, expected) in new[] { ("vlad", true), ("putin", true), ("vladimir putin", true), ("ladimir", false),
                     ("utin", false), ("president r", true), ("resident", false) })
        {
            Assert.Equal(expected, hay.Contains(PostgresDocumentStore.MarkWords(needle), StringComparison.Ordinal));
            Assert.Equal(expected, SqliteDocumentStore.ContainsAtWordStart("vladimir putin\nle president russe", needle));
        }
    }

    [Theory]
    [InlineData("ukraine", "'ukraine'")]
    [InlineData("cessez-le-feu Kremlin", "('cessez' <-> 'le' <-> 'feu') & 'Kremlin'")]
    [InlineData("l’Ukraine négoc*", "('l' <-> 'Ukraine') & 'négoc':*")]
    [InlineData("« très vite » OR !x", "('très' <-> 'vite') & 'OR' & 'x'")]
    public void User_text_becomes_a_safe_tsquery(string text, string expected) =>
        Assert.Equal(expected, FullTextQuery.BuildTsQuery(text));

    [Fact]
    public void Text_without_words_gives_no_tsquery() => Assert.Null(FullTextQuery.BuildTsQuery("-- ’ \"\""));
}
