namespace Brief.Markdown.Estimative;

/// <summary>
/// The text of one paragraph, heading or table cell as a reader reads it (curly quotes and dashes as typeset, a line
/// break as a space), with the file position of each character and whether it is quoted speech: inside double quotes
/// (straight or curly) or guillemets. A quote left open ends with the run.
/// </summary>
public sealed class ProseRun
{
    private readonly (int Line, int Column)[] _positions;
    private readonly bool[] _quoted;

    public ProseRun(string text, (int Line, int Column)[] positions)
    {
        Text = text;
        _positions = positions;
        _quoted = new bool[text.Length];
        var open = false;
        for (var i = 0; i < text.Length; i++)
        {
            var opens = text[i] is '\u201C' or '\u00AB' || (text[i] == '"' && !open);
            var closes = text[i] is '\u201D' or '\u00BB' || (text[i] == '"' && open);
            open |= opens;
            _quoted[i] = open;
            open &= !closes;
        }
    }

    public string Text { get; }

    /// <summary>The 1-based file line and column of a character.</summary>
    public (int Line, int Column) PositionOf(int index) => _positions[index];

    /// <summary>Whether any character of the span is quoted speech.</summary>
    public bool IsQuoted(int index, int length)
    {
        for (var i = index; i < index + length; i++)
        {
            if (_quoted[i])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A one-line text (a title or summary) whose characters start at a given position, in order along the line.</summary>
    public static ProseRun OnOneLine(string text, Func<int, (int Line, int Column)> position) =>
        new(text, [.. Enumerable.Range(0, text.Length).Select(position)]);
}
