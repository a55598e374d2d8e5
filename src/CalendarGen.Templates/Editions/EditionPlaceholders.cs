namespace CalendarGen.Templates.Editions;

/// <summary>
/// How templates name edition data: <c>{edition.FIELD}</c> in text frames (any column of the table) and
/// <c>path: "{edition.logo}"</c> for an image frame that shows the edition's logo.
/// </summary>
public static class EditionPlaceholders
{
    /// <summary>The prefix of an edition placeholder's name.</summary>
    public const string Prefix = "edition.";

    /// <summary>The image path that stands for the edition's logo.</summary>
    public const string LogoPath = "{edition.logo}";

    /// <summary>The field an edition placeholder names ("company" for "edition.company"), or null for another placeholder.</summary>
    public static string? FieldOf(string placeholder) =>
        placeholder.StartsWith(Prefix, StringComparison.Ordinal) ? placeholder[Prefix.Length..] : null;

    /// <summary>Whether a field name is usable: lower-case letters, digits and '_', starting with a letter.</summary>
    public static bool IsFieldName(string name) =>
        name.Length is > 0 and <= 40 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>What an unbound field shows when a template is rendered without an edition (render, preview, serve).</summary>
    public static string Unbound(string field) => $"[{field}]";
}
