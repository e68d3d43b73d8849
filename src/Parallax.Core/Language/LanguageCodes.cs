namespace Parallax.Language;

/// <summary>Helpers for language tags as pages declare them ("fr", "fr-FR", "en_US", "und").</summary>
public static class LanguageCodes
{
    /// <summary>The primary subtag, lower-cased ("fr-FR" → "fr"); null for null, empty or "und".</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var t = tag.Trim();
        int cut = t.IndexOfAny(['-', '_']);
        var p = (cut > 0 ? t[..cut] : t).ToLowerInvariant();
        return p == "und" ? null : p;
    }

    /// <summary>Whether the French and English rules apply: the language is French, English, or not known.</summary>
    public static bool IsFrenchOrEnglishOrUnknown(string? tag) => Primary(tag) is null or "fr" or "en";
}
