using System.Collections.Immutable;

namespace Brief.Content.Model;

/// <summary>One level of a briefing's markings: the mark its portions start with, (CUI), and the banner a page at that level carries.</summary>
public sealed record Marking(string Mark, string Banner);

/// <summary>
/// site.yml's <c>markings</c>, lowest first, and <c>release</c>: the highest mark allowed in the output (null when none is
/// given yet; <c>--release</c> may give it). A level is an index into <see cref="Levels"/>, 0 the lowest; -1 is no mark.
/// </summary>
/// <param name="Line">Where <c>markings</c> is in site.yml, for a problem with the register as a whole.</param>
public sealed record MarkingRegister(ImmutableArray<Marking> Levels, string? Release, int Line, int Column)
{
    public const int MaxMarkLength = Brief.Core.Markings.MarkGrammar.MaxLength;

    public IEnumerable<string> Marks => Levels.Select(l => l.Mark);

    /// <summary>The level of a mark of this register, or -1.</summary>
    public int LevelOf(string? mark)
    {
        for (var i = 0; mark is not null && i < Levels.Length; i++)
        {
            if (Levels[i].Mark == mark)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The level of <see cref="Release"/>; -1 when there is none or it is not a mark of the register (an error, reported).</summary>
    public int ReleaseLevel => LevelOf(Release);

    /// <summary>The banner of the level; the lowest level's for a page that holds no mark.</summary>
    public string BannerOf(int level) => Levels[Math.Clamp(level, 0, Levels.Length - 1)].Banner;

    /// <summary>Whether text can be a mark (<see cref="Brief.Core.Markings.MarkGrammar"/>). A portion whose text starts with such a
    /// word in parentheses is marked.</summary>
    public static bool IsMark(string text) => Brief.Core.Markings.MarkGrammar.IsMark(text);
}
