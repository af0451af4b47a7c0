using System.Globalization;

namespace Brief.Content.Schema;

/// <summary>A date as precise as the record allows: a year, a month, or a day. Sorts chronologically.</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        for (var i = 0; i < formats.Length; i++)
        {
            if (text.Length == formats[i].Length
                && DateTime.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = new PartialDate(parsed.Year, i < 2 ? parsed.Month : null, i == 0 ? parsed.Day : null);
                return true;
            }
        }
        return false;
    }

    public int CompareTo(PartialDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    /// <summary>ISO form, as written: 2011-05-02, 2023-01, 2001.</summary>
    public override string ToString() => Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames; // the property copies the array

    /// <summary>How a reader sees it: 2 May 2011, May 2011, 2011.</summary>
    public string Display()
    {
        var months = MonthNames;
        return Day is { } d ? $"{d} {months[Month!.Value - 1]} {Year}" : Month is { } m ? $"{months[m - 1]} {Year}" : $"{Year}";
    }
}
