namespace Parallax.Storage;

/// <summary>
/// Opens the store a <c>--db</c> value (or <c>$PARALLAX_DB</c>) names: a <c>postgres://user:password@host:port/db</c>
/// URL opens a <see cref="PostgresDocumentStore"/>, anything else is the path of an SQLite file
/// (<see cref="SqliteDocumentStore"/>, ":memory:" for a private in-memory store). The one place that chooses a backend.
/// </summary>
public static class DocumentStores
{
    /// <summary>Environment variable naming the default store (a path or a postgres:// URL).</summary>
    public const string Variable = SqliteDocumentStore.PathVariable;

    /// <summary>The store location to use: <paramref name="dbOrUrl"/>, else $PARALLAX_DB, else the default SQLite file.</summary>
    public static string Resolve(string? dbOrUrl) =>
        string.IsNullOrWhiteSpace(dbOrUrl) ? SqliteDocumentStore.DefaultPath() : dbOrUrl.Trim();

    /// <summary>True when the location is a PostgreSQL URL rather than an SQLite file.</summary>
    public static bool IsPostgres(string? dbOrUrl) => PostgresDocumentStore.IsUrl(Resolve(dbOrUrl));

    /// <summary>
    /// Opens (creating and migrating as needed, unless <paramref name="readOnly"/>) the store named by
    /// <paramref name="dbOrUrl"/> (see <see cref="Resolve"/>).
    /// </summary>
    /// <exception cref="StoreException">the store cannot be opened (see <see cref="StoreErrorKind"/>).</exception>
    public static IDocumentStore Open(string? dbOrUrl = null, bool readOnly = false)
    {
        var location = Resolve(dbOrUrl);
        return PostgresDocumentStore.IsUrl(location)
            ? PostgresDocumentStore.Open(location, new PostgresStoreOptions { ReadOnly = readOnly })
            : SqliteDocumentStore.Open(location, new SqliteStoreOptions { ReadOnly = readOnly });
    }
}
