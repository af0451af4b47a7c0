namespace Brief.Print;

/// <summary>
/// Reads the operators of a PDF content stream in order, each with where its operation starts (after the
/// previous operator, so its operands are inside) and where the operator ends. Strings, names, numbers,
/// arrays, dictionaries and comments are skipped as operands; an inline image's data is skipped to its EI.
/// </summary>
internal static class ContentOperators
{
    public static IEnumerable<(string Op, int Start, int End)> Read(string content)
    {
        var i = 0;
        var start = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (IsWhite(c) || c is '[' or ']' or '{' or '}')
            {
                i++;
            }
            else if (c == '%')
            {
                while (i < content.Length && content[i] is not ('\n' or '\r'))
                {
                    i++;
                }
            }
            else if (c == '/')
            {
                i++;
                while (i < content.Length && !IsWhite(content[i]) && !IsDelimiter(content[i]))
                {
                    i++;
                }
            }
            else if (c == '(')
            {
                i = SkipLiteral(content, i);
            }
            else if (c == '<' || c == '>')
            {
                i = c == '<' && i + 1 < content.Length && content[i + 1] != '<' ? content.IndexOf('>', i) + 1 : i + 2;
            }
            else
            {
                var from = i;
                while (i < content.Length && !IsWhite(content[i]) && !IsDelimiter(content[i]))
                {
                    i++;
                }
                if (i == from)
                {
                    i++;
                    continue;
                }
                var token = content[from..i];
                if (char.IsAsciiDigit(c) || c is '-' or '+' or '.' || token is "true" or "false" or "null")
                {
                    continue;
                }
                if (token == "BI")
                {
                    i = SkipInlineImage(content, i);
                }
                yield return (token, start, i);
                start = i;
            }
        }
    }

    private static int SkipLiteral(string content, int i)
    {
        var depth = 0;
        for (; i < content.Length; i++)
        {
            switch (content[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i + 1;
            }
        }
        return i;
    }

    private static int SkipInlineImage(string content, int i)
    {
        var data = content.IndexOf("ID", i, StringComparison.Ordinal);
        for (var at = data; at >= 0 && at + 3 < content.Length; at = content.IndexOf("EI", at + 1, StringComparison.Ordinal))
        {
            if (at > data && IsWhite(content[at - 1]) && (at + 2 == content.Length || IsWhite(content[at + 2])))
            {
                return at + 2;
            }
        }
        return content.Length;
    }

    private static bool IsWhite(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';

    private static bool IsDelimiter(char c) => c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';
}
