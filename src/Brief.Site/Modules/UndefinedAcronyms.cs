using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Site.Modules;

/// <summary>
/// Capitalised abbreviations in running text that the glossary does not explain (BRF051, a warning): site.yml's
/// <c>acronyms</c> lists the ones that need no entry, and the handling marking is none. In two steps, so no tree is
/// needed after rendering: the render pass finds, on the tree it renders, the first use of each word that looks
/// like an abbreviation and is not part of a glossary term it links (<see cref="Uses"/>, kept with the rendered body,
/// whose key covers the glossary), and the editorial checks judge each against the glossary, the site's acronyms and
/// its marking (<see cref="Check"/>).
/// </summary>
internal static partial class UndefinedAcronyms
{
    /// <summary>
    /// The first use of each word in running text (not in links, headings or code) that looks like an abbreviation,
    /// outside the glossary terms linked there (e.g. MQ-9 and RC-135 as wholes), with its file position.
    /// </summary>
    public static ImmutableArray<AbbreviationUse> Uses(MarkdownDocument syntax, int lineOffset, Markdown.Glossary.GlossaryIndex glossary)
    {
        var uses = ImmutableArray.CreateBuilder<AbbreviationUse>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var literal in syntax.Descendants<LiteralInline>())
        {
            // most literals hold none: nothing copied, nothing allocated, and the walk up the tree only for the rest
            if (!Acronym().IsMatch(literal.Content.AsSpan()) || !IsRunningText(literal))
            {
                continue;
            }
            var text = literal.Content.ToString();
            var explained = glossary.Matcher.Matches(text);
            var next = 0;
            foreach (Match match in Acronym().Matches(text))
            {
                // the linked terms, in order: one pass along them (a long page stays linear)
                while (next < explained.Count && explained[next].Start + explained[next].Length <= match.Index)
                {
                    next++;
                }
                var insideTerm = next < explained.Count && explained[next].Start <= match.Index
                    && match.Index + match.Length <= explained[next].Start + explained[next].Length;
                if (!insideTerm && seen.Add(match.Value))
                {
                    uses.Add(new AbbreviationUse(match.Value, literal.Line + lineOffset, literal.Column + 1 + match.Index));
                }
            }
        }
        return uses.ToImmutable();
    }

    public static void Check(ContentItem item, IEnumerable<AbbreviationUse> uses, Model.Catalog catalog, DiagnosticBag diagnostics)
    {
        var allowed = catalog.Site.Acronyms;
        // the handling line and the portion marks are on every page and are no abbreviations to explain
        var register = catalog.Site.Markings?.Levels.SelectMany(l => new[] { l.Mark, l.Banner }) ?? [];
        var marking = register.Prepend(catalog.Site.Marking ?? "").SelectMany(m => m.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (word, line, column) in uses)
        {
            if (allowed.Contains(word) || marking.Contains(word) || RomanNumeral().IsMatch(word) || Explained(word, catalog))
            {
                continue;
            }
            diagnostics.Warning(Codes.UndefinedAcronym, $"'{word}' looks like an abbreviation but the glossary does not explain it",
                item.File, line, column,
                $"add glossary/{Slug.From(word)}.md, or list '{word}' under acronyms in site.yml if readers need no explanation");
        }
    }

    private static bool Explained(string word, Model.Catalog catalog)
    {
        var singular = word.Length > 2 && word.EndsWith('s') ? word[..^1] : word;
        return catalog.Glossary.Matcher.Matches(word).Any(m => m.Length == word.Length)
            || catalog.Glossary.Matcher.Matches(singular).Any(m => m.Length == singular.Length)
            || catalog.Site.Acronyms.Contains(singular);
    }

    private static bool IsRunningText(LiteralInline literal)
    {
        for (MarkdownObject? parent = literal.Parent; parent is not null; parent = parent is Inline inline ? (MarkdownObject?)inline.Parent
            ?? FindBlock(inline) : ((Block)parent).Parent)
        {
            if (parent is LinkInline or HeadingBlock or CodeBlock)
            {
                return false;
            }
        }
        return true;
    }

    private static Block? FindBlock(Inline inline)
    {
        var top = inline;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }
        return (top as ContainerInline)?.ParentBlock;
    }

    // two or more capitals as a whole word, with a designator after a hyphen: SOFA, AUMFs, MQ-9 — not "I" or "A"
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*s?(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex("^[IVXLC]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
