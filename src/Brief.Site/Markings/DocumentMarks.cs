namespace Brief.Site.Markings;

/// <summary>
/// The highest mark level (an index into the register, -1 for none) in each part of a document a page can show: what
/// lists show of it (its title, summary and other front matter text), its whole body, and its body's first section.
/// </summary>
public sealed record DocumentMarks(int Listed, int Body, int FirstSection)
{
    public static readonly DocumentMarks None = new(-1, -1, -1);

    public int Whole => Math.Max(Listed, Body);
}
