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

    /// <summary>The scheme and host the site is published at, without a trailing '/' (https://briefings.example.org); null when unknown.</summary>
    public string? Url { get; init; }

    /// <summary>Capitalised abbreviations that need no glossary entry.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Acronyms { get; init; } = [];

    /// <summary>How many days before as_of a page's review date may be before the page counts as stale.</summary>
    public int? ReviewAfterDays { get; init; }

    /// <summary>The writing standards the briefing is checked against (site.yml's <c>standards</c>): "icd203" or none.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Standards { get; init; } = [];

    /// <summary>Whether estimative language is checked as ICD 203 asks.</summary>
    public bool ChecksEstimativeLanguage => Standards.Contains("icd203");
    /// <summary>The portion marks the briefing uses and its release level; null when site.yml has no <c>markings</c>.</summary>
    public MarkingRegister? Markings { get; init; }

    /// <summary>A base URL is a path of plain segments (/briefings/cartels/): nothing a browser could read as a scheme or a host.</summary>
    public static bool IsValidBaseUrl(string value) =>
        value.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries)
            .All(segment => segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') && segment is not "." and not "..");

    public static string NormalizeBaseUrl(string? value)
    {
        var trimmed = (value ?? "").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
