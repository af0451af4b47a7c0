using AngleSharp.Dom;
using Brief.Content.Model;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>Builds the real briefing in input/ once and checks the site a reader gets.</summary>
public sealed class BriefingSiteFixture : IDisposable
{
    public FixtureSite Site { get; } = FixtureSite.CopyOf(Repo.Input);
    public BuildResult Result { get; }

    public BriefingSiteFixture() => Result = Site.Build();

    public void Dispose() => Site.Dispose();
}

public class BriefingSiteTests(BriefingSiteFixture fixture) : IClassFixture<BriefingSiteFixture>
{
    private FixtureSite Site => fixture.Site;

    private IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site.Output, f).Replace('\\', '/'));

    [Fact]
    public void The_briefing_builds_without_errors_or_warnings()
    {
        fixture.Result.AssertClean();
        Assert.True(fixture.Result.Written);
    }

    [Fact]
    public void Every_page_of_the_contract_exists()
    {
        string[] expected = ["index.html", "explainers/index.html", "options/index.html", "glossary/index.html", "sources/index.html",
            "timeline/index.html", "briefs/full/index.html", "briefs/read-ahead/index.html", "about/index.html", "theme/style.css"];
        Assert.All(expected, path => Assert.True(Site.Exists(path), path));
        foreach (var kind in new[] { "explainers", "options", "glossary", "sources" })
        {
            var ids = Directory.EnumerateFiles(Path.Combine(Site.Input, kind), "*.md", SearchOption.AllDirectories)
                .Select(Path.GetFileNameWithoutExtension);
            Assert.All(ids, id => Assert.True(Site.Exists($"{kind}/{id}/index.html"), $"{kind}/{id}"));
        }
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var broken = new List<string>();
        foreach (var file in HtmlFiles())
        {
            var page = Site.Page(file);
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                var (path, anchor) = Split(href);
                var target = path.Length == 0 ? file : path.TrimStart('/');
                var targetFile = target.EndsWith('/') || target.Length == 0 ? target + "index.html" : target;
                if (!Site.Exists(targetFile))
                {
                    broken.Add($"{file}: {href} (no file)");
                    continue;
                }
                if (anchor.Length > 0 && targetFile.EndsWith(".html", StringComparison.Ordinal) && Site.Page(targetFile)
                    .GetElementById(anchor) is null)
                {
                    broken.Add($"{file}: {href} (no anchor)");
                }
            }
        }
        Assert.Empty(broken);
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        foreach (var file in HtmlFiles())
        {
            var duplicates = Site.Page(file).QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!duplicates.Any(), $"{file}: duplicate ids {string.Join(", ", duplicates)}");
        }
    }

    [Theory]
    [InlineData("sofa")]
    [InlineData("fid")]
    [InlineData("lno")]
    [InlineData("title-50")]
    public void Key_terms_are_linked_on_every_page_that_uses_them(string termId)
    {
        var term = Site.Page($"glossary/{termId}/").QuerySelector("h1")!.TextContent.Trim();
        var pagesUsing = 0;
        foreach (var file in HtmlFiles()
            .Where(f => !f.StartsWith($"glossary/{termId}/", StringComparison.Ordinal) && !f.StartsWith("glossary/index", StringComparison.Ordinal)))
        {
            foreach (var body in Site.Page(file).QuerySelectorAll(".body"))
            {
                // running text: the body without headings, code and links (where terms are never linked)
                var text = (IElement)body.Clone();
                foreach (var excluded in text.QuerySelectorAll("a:not(.term-link), .term-tip, h1, h2, h3, h4, h5, h6, code, pre").ToList())
                {
                    excluded.Remove();
                }
                if (!System.Text.RegularExpressions.Regex.IsMatch(text.TextContent, $@"\b{System.Text.RegularExpressions.Regex.Escape(term)}s?\b"))
                {
                    continue;
                }
                pagesUsing++;
                Assert.True(body.QuerySelectorAll($"a.term-link[href='/glossary/{termId}/']").Length > 0, $"{term} is used but not linked on {file}");
            }
        }
        Assert.True(pagesUsing >= 2, $"{term} is used on only {pagesUsing} pages");
    }

    [Fact]
    public void Glossary_links_are_never_inside_code_headings_or_other_links()
    {
        foreach (var file in HtmlFiles())
        {
            var page = Site.Page(file);
            Assert.Empty(page.QuerySelectorAll("code .term, pre .term, h1 .term, h2 .term, h3 .term, h4 .term, a .term"));
        }
    }

    [Fact]
    public void Each_term_page_lists_the_pages_that_use_it()
    {
        var sofa = Site.Page("glossary/sofa/");
        var users = sofa.QuerySelectorAll(".referenced-by a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(users);
        foreach (var url in users)
        {
            Assert.NotNull(Site.Page(url!).QuerySelector("a[href='/glossary/sofa/']"));
        }
    }

    [Fact]
    public void Lists_of_referrers_go_by_kind_then_title()
    {
        // each core lists the referrers in its run of documents, and the runs are joined (References.Build)
        var kinds = Enum.GetValues<ContentKind>().Select(k => k.Noun()).ToList();
        var checkedLists = 0;
        foreach (var file in HtmlFiles()
            .Where(f => f.StartsWith("glossary/", StringComparison.Ordinal) || f.StartsWith("sources/", StringComparison.Ordinal)))
        {
            var entries = Site.Page(file).QuerySelectorAll(".referenced-by li")
                .Select(li => (Kind: kinds.IndexOf(li.QuerySelector(".kind")!.TextContent), Title: li.QuerySelector("a")!.TextContent)).ToList();
            Assert.DoesNotContain(entries, e => e.Kind < 0);
            var sorted = entries.OrderBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList();
            Assert.Equal(sorted, entries);
            checkedLists += entries.Count > 1 ? 1 : 0;
        }
        Assert.True(checkedLists >= 5, $"only {checkedLists} pages list more than one referrer");
    }

    [Fact]
    public void The_matrix_has_one_row_per_option_card_and_labelled_badges()
    {
        var options = Directory.EnumerateFiles(Path.Combine(Site.Input, "options"), "*.md").Count();
        var matrix = Site.Page("options/").QuerySelector("table.matrix")!;

        Assert.Equal(options, matrix.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(matrix.QuerySelector("caption"));
        string[] badges =
            ["Low", "Medium", "High", "None", "Notify", "Authorize", "Disputed", "Not stated", "Required", "Preferred", "Not required",
             "One-off", "Limited", "Sustained"];
        Assert.All(matrix.QuerySelectorAll(".badge"), b => Assert.Contains(b.TextContent, badges));
        Assert.Equal(options, Site.Page("options/").QuerySelectorAll("table.authorities thead th a").Length);
    }

    [Fact]
    public void An_option_card_shows_its_fields_at_a_glance_with_authorities_linked()
    {
        var card = Site.Page("options/title-50-raid/");
        var fields = card.QuerySelector(".option-fields")!;

        Assert.Contains("Congress", fields.TextContent);
        Assert.Contains("Host-nation consent", fields.TextContent);
        Assert.NotEmpty(fields.QuerySelectorAll(".field-authorities a[href^='/glossary/'], .field-authorities a[href^='/explainers/']"));
        Assert.Equal(["(U) What it is", "(U) Legal basis", "(U) Requirements", "(U) Risks", "(U) Precedents", "(U) Indicators to watch"],
            card.QuerySelectorAll(".body h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public void Sources_show_where_they_are_cited_and_the_timeline_is_chronological()
    {
        Assert.NotEmpty(Site.Page("sources/").QuerySelectorAll(".cited-by a"));
        var dates = Site.Page("timeline/").QuerySelectorAll(".event time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.True(dates.Count >= 12);
        var parsed = dates.Select(d => Brief.Content.Schema.PartialDate.TryParse(d, out var date) ? date : throw new FormatException(d)).ToList();
        Assert.Equal(parsed.Order(), parsed);
    }

    [Fact]
    public void The_home_page_has_the_bluf_options_explainers_as_of_date_and_marking()
    {
        var home = Site.Page("");
        Assert.NotEmpty(home.QuerySelector(".bluf")!.TextContent.Trim());
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(Site.Input, "options"), "*.md").Count(),
            home.QuerySelectorAll(".options-glance > li").Length);
        Assert.NotNull(home.QuerySelector(".as-of time"));
        Assert.Contains("UNCLASSIFIED", home.QuerySelector(".marking")!.TextContent);
    }

    [Fact]
    public void The_glossary_index_runs_a_to_z_with_expansions()
    {
        var glossary = Site.Page("glossary/");
        var letters = glossary.QuerySelectorAll(".letters a").Select(a => a.TextContent).ToList();
        Assert.Equal(letters.Order(StringComparer.Ordinal), letters);
        Assert.Contains(glossary.QuerySelectorAll("dt"), dt => dt.TextContent.Contains("Status of Forces Agreement", StringComparison.Ordinal));
    }

    [Fact]
    public void The_full_brief_has_cover_contents_sections_matrix_glossary_and_sources()
    {
        var brief = Site.Page("briefs/full/");
        Assert.NotNull(brief.QuerySelector(".cover h1"));
        Assert.NotEmpty(brief.QuerySelectorAll(".brief-contents a"));
        Assert.NotNull(brief.QuerySelector(".brief-matrix table.matrix"));
        Assert.NotEmpty(brief.QuerySelectorAll(".brief-glossary .entry"));
        Assert.NotEmpty(brief.QuerySelectorAll(".brief-sources li"));
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(Site.Input, "options"), "*.md").Count(),
            brief.QuerySelectorAll("article.brief-option").Length);
        // links between documents inside the brief stay inside the brief
        Assert.Empty(brief.QuerySelectorAll(".brief-item .body a[href^='/options/'], article.brief-option a[href^='/explainers/']"));
    }

    [Fact]
    public void The_read_ahead_holds_what_its_manifest_names_and_no_more()
    {
        var brief = Site.Page("briefs/read-ahead/");
        Assert.Equal(["brief-bluf", "brief-matrix"], brief.QuerySelectorAll(".brief-section").Select(s => s.ClassList[1]));
        Assert.Contains("cover-compact", brief.QuerySelector(".cover")!.ClassName);
        Assert.Equal("/briefs/read-ahead/print.css", brief.QuerySelector("link[media=print]")!.GetAttribute("href"));
    }

    private static (string Path, string Anchor) Split(string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (href, "") : (href[..hash], href[(hash + 1)..]);
    }
}
