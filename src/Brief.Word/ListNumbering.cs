using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// Real Word numbering: one bulleted and one numbered list definition (nine levels each), and an instance per
/// list of the page, so each numbered list starts again at its own start.
/// </summary>
internal sealed class ListNumbering
{
    private const int Bullets = 1;
    private const int Numbers = 2;
    private static readonly string[] BulletMarks = ["•", "◦", "▪"];
    private readonly List<NumberingInstance> _instances = [];

    public int Add(bool ordered, int start, int level)
    {
        var id = _instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? Numbers : Bullets }) { NumberID = id };
        if (ordered)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
        }
        _instances.Add(instance);
        return id;
    }

    public Numbering Build()
    {
        var numbering = new Numbering(Definition(Bullets, ordered: false), Definition(Numbers, ordered: true));
        foreach (var instance in _instances)
        {
            numbering.Append(instance);
        }
        return numbering;
    }

    private static AbstractNum Definition(int id, bool ordered)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            var indent = (360 * (level + 1) + 0).ToString(CultureInfo.InvariantCulture);
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? Format(level) : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : BulletMarks[level % BulletMarks.Length] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent, Hanging = "360" }))
            { LevelIndex = level });
        }
        return definition;
    }

    private static NumberFormatValues Format(int level) => (level % 3) switch
    {
        0 => NumberFormatValues.Decimal,
        1 => NumberFormatValues.LowerLetter,
        _ => NumberFormatValues.LowerRoman,
    };

    /// <summary>The left indent of a list's text at a level, for its paragraphs after the first.</summary>
    public static string Indent(int level) => (360 * (level + 1)).ToString(CultureInfo.InvariantCulture);
}
