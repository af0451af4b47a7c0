using System.Collections.Immutable;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Brief.Markdown.Parsing;

/// <summary>
/// Parses <c>[@id]</c> and <c>[@id; @other]</c> into a <see cref="CitationInline"/>, ahead of link parsing, for brackets
/// that open with <c>[@</c> only. Code spans and blocks are never parsed for inlines, and <c>\[@</c> is an escaped
/// bracket, so neither is a citation. A bracket followed by <c>(</c> or <c>[</c> is a link (<c>[@handle](url)</c>) and
/// left to the link parser; so is one with no <c>]</c> within <see cref="MaximumLength"/> characters, or with another
/// <c>[</c> first. Every other bracket that opens with <c>[@</c> is a citation: well formed when it is ids, each with
/// its <c>@</c>, separated by <c>;</c>; malformed otherwise (its ids are checked nowhere, and reading it reports it).
/// </summary>
public sealed class CitationParser : InlineParser
{
    /// <summary>The longest citation, brackets included: it bounds the search for the closing bracket.</summary>
    public const int MaximumLength = 1000;

    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (slice.PeekCharExtra(1) != '@')
        {
            return false;
        }
        var close = -1;
        for (var i = start + 2; i <= slice.End && i - start < MaximumLength; i++)
        {
            if (text[i] == '[')
            {
                return false;
            }
            if (text[i] == ']')
            {
                close = i;
                break;
            }
        }
        if (close < 0 || (close < slice.End && text[close + 1] is '(' or '['))
        {
            return false;
        }
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Keys = Keys(processor, text, start + 1, close),
            Text = text[start..(close + 1)],
            Span = new SourceSpan(position, position + close - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    /// <summary>The ids between <paramref name="from"/> and <paramref name="to"/> (exclusive), or none when any part is not <c>@id</c>.</summary>
    private static ImmutableArray<CitationKey> Keys(InlineProcessor processor, string text, int from, int to)
    {
        var keys = ImmutableArray.CreateBuilder<CitationKey>();
        var partStart = from;
        for (var i = from; i <= to; i++)
        {
            if (i < to && text[i] != ';')
            {
                continue;
            }
            var (first, last) = (partStart, i - 1);
            while (first <= last && char.IsWhiteSpace(text[first]))
            {
                first++;
            }
            while (last >= first && char.IsWhiteSpace(text[last]))
            {
                last--;
            }
            if (first > last || text[first] != '@' || !IsId(text.AsSpan((first + 1)..(last + 1))))
            {
                return [];
            }
            processor.GetSourcePosition(first, out var line, out var column);
            keys.Add(new CitationKey(text[(first + 1)..(last + 1)], line, column));
            partStart = i + 1;
        }
        return keys.ToImmutable();
    }

    /// <summary>An id as written after <c>@</c>: letters, digits, <c>_</c> and <c>-</c>, with single <c>.</c> or <c>:</c> inside
    /// (Pandoc's keys, less its rarer punctuation); whether a source has it is checked when the body is rendered.</summary>
    private static bool IsId(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || !IsIdChar(id[0]) || !IsIdChar(id[^1]))
        {
            return false;
        }
        for (var i = 1; i < id.Length - 1; i++)
        {
            if (!IsIdChar(id[i]) && !(id[i] is '.' or ':' && IsIdChar(id[i + 1])))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsIdChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
}

/// <summary>Puts <see cref="CitationParser"/> ahead of the link parser, and places citations as notes once parsed
/// (<see cref="CitationPlacement"/>). Citations render only through brief's renderers.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
            pipeline.DocumentProcessed += CitationPlacement.Place;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
