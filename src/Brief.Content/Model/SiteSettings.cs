namespace Brief.Content.Model;

/// <summary>site.yml: settings that every page reads.</summary>
public sealed record SiteSettings
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Description { get; init; }
    public DateOnly? AsOf { get; init; }
    public string? Marking { get; init; }

    /// <summary>Always starts and ends with '/'.</summary>
    public string BaseUrl { get; init; } = "/";

    public string Language { get; init; } = "en";

    public static string NormalizeBaseUrl(string? value)
    {
        var trimmed = (value ?? "").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
