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
/// needed after rendering: the render pass takes the running text that holds anything like an abbreviation from the
/// tree it renders (<see cref="Candidates"/>, kept with the rendered body), and the editorial checks judge it against
/// the glossary of this build (<see cref="Check"/>).
/// </summary>
internal static partial class UndefinedAcronyms
{
    /// <summary>The running text (not in links, headings or code) that holds anything like an abbreviation, with its file positions.</summary>
    public static ImmutableArray<TextRun> Candidates(MarkdownDocument syntax, int lineOffset)
    {
        var runs = ImmutableArray.CreateBuilder<TextRun>();
        foreach (var literal in syntax.Descendants<LiteralInline>())
        {
            // most literals hold none: nothing copied, nothing allocated, and the walk up the tree only for the rest
            if (Acronym().IsMatch(literal.Content.AsSpan()) && IsRunningText(literal))
            {
                runs.Add(new TextRun(literal.Content.ToString(), literal.Line + lineOffset, literal.Column + 1));
            }
        }
        return runs.ToImmutable();
    }

    public static void Check(ContentItem item, IEnumerable<TextRun> runs, Model.Catalog catalog, DiagnosticBag diagnostics)
    {
        var allowed = catalog.Site.Acronyms;
        // the handling line is on every page and is no abbreviation to explain
        var marking = (catalog.Site.Marking ?? "").Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            var text = run.Text;
            // terms the glossary links, e.g. MQ-9 and RC-135 as wholes, in order: one pass along them (a long page stays linear)
            var candidates = Acronym().Matches(text);
            var explained = catalog.Glossary.Matcher.Matches(text);
            var next = 0;
            foreach (Match match in candidates)
            {
                var word = match.Value;
                while (next < explained.Count && explained[next].Start + explained[next].Length <= match.Index)
                {
                    next++;
                }
                var insideTerm = next < explained.Count && explained[next].Start <= match.Index
                    && match.Index + match.Length <= explained[next].Start + explained[next].Length;
                if (insideTerm || allowed.Contains(word) || reported.Contains(word) || marking.Contains(word) || RomanNumeral().IsMatch(word)
                    || Explained(word, catalog))
                {
                    continue;
                }
                reported.Add(word);
                diagnostics.Warning(Codes.UndefinedAcronym, $"'{word}' looks like an abbreviation but the glossary does not explain it",
                    item.File, run.Line, run.Column + match.Index,
                    $"add glossary/{Slug.From(word)}.md, or list '{word}' under acronyms in site.yml if readers need no explanation");
            }
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
