using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Site.Model;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Modules;

/// <summary>The catalog of every document, built from what the input pipelines read, and the checks only the whole site can make.</summary>
public class BuildCatalogTests
{
    private const string Home = "---\ntitle: Home\n---\n## Bottom line up front\n\nThe bottom line.\n";
    private const string Sofa = "---\nterm: SOFA\nexpansion: Status of Forces Agreement\n---\nAn agreement on foreign forces.\n";
    private const string Basics = "---\ntitle: Basics\nsummary: S.\n---\n## Background\n\nText.\n";
    private const string Analyst = "---\nkind: person\nname: An Analyst\n---\nSaid things.\n";

    private static InMemorySite ThreeFiles() =>
        new InMemorySite().Add("index.md", Home).Add("glossary/sofa.md", Sofa).Add("explainers/basics.md", Basics);

    [Fact]
    public void Every_published_document_is_indexed_by_id_and_by_source_with_its_parsed_body()
    {
        var (catalog, diagnostics) = ThreeFiles().Catalog();

        Assert.Empty(diagnostics);
        Assert.Equal(["basics", "index", "sofa"], catalog.Items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("sofa", catalog.BySource["glossary/sofa.md"].Id);
        Assert.IsType<GlossaryTerm>(catalog.Find("sofa"));
        Assert.Equal("background", Assert.Single(catalog.Parsed["basics"].AnchorsInOrder));
        Assert.Null(catalog.Find("missing"));
    }

    [Fact]
    public void A_second_document_with_an_id_already_used_is_an_error_at_its_id_field_and_the_first_keeps_the_id()
    {
        var (catalog, diagnostics) = ThreeFiles().Add("explainers/other.md", "---\ntitle: Other\nid: sofa\nsummary: S.\n---\nText.\n").Catalog();

        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.DuplicateId, "input/explainers/other.md", 3, 5), (error.Code, error.File, error.Line, error.Column));
        Assert.Equal("id 'sofa' is already used by input/glossary/sofa.md", error.Message);
        Assert.Equal("glossary/sofa.md", catalog.Items["sofa"].Source);
        Assert.False(catalog.BySource.ContainsKey("explainers/other.md"));
    }

    [Fact]
    public void Drafts_are_left_out_and_named_unless_drafts_are_built()
    {
        var site = ThreeFiles().Add("explainers/later.md", "---\ntitle: Later\nsummary: S.\ndraft: true\n---\nText.\n");

        var published = site.Catalog().Catalog;
        var withDrafts = site.Catalog(drafts: true).Catalog;

        Assert.Null(published.Find("later"));
        Assert.Equal(["explainers/later.md"], published.DraftSources);
        Assert.Equal("explainers/later.md", withDrafts.Find("later")?.Source);
        Assert.Empty(withDrafts.DraftSources);
    }

    [Fact]
    public void A_site_without_index_md_is_warned_of_at_the_file_it_lacks()
    {
        var (_, diagnostics) = new InMemorySite().Add("explainers/basics.md", Basics).Catalog();

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Codes.MissingHome, Severity.Warning, "input/index.md"), (warning.Code, warning.Severity, warning.File));
    }

    [Fact]
    public void Manifests_are_listed_by_name_and_one_naming_a_missing_option_is_an_error_at_that_section()
    {
        var (catalog, diagnostics) = ThreeFiles()
            .Manifest("zulu", "title: Z\nsections:\n  - bluf\n  - option: raid\n")
            .Manifest("alpha", "title: A\nsections:\n  - explainer: basics\n")
            .Catalog();

        Assert.Equal(["alpha", "zulu"], catalog.Manifests.Select(m => m.Name));
        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.BadManifest, "input/briefs/zulu.yml", 4, 5), (error.Code, error.File, error.Line, error.Column));
        Assert.Equal("unknown option 'raid'", error.Message);
    }

    [Fact]
    public void An_unknown_source_is_an_error_at_its_list_item_with_the_nearest_id_as_a_hint()
    {
        var (_, diagnostics) = ThreeFiles().Add("sources/analyst.md", Analyst)
            .Add("explainers/cited.md", "---\ntitle: Cited\nsummary: S.\nsources:\n  - analyst\n  - analist\n---\nText.\n").Catalog();

        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.UnknownSource, "input/explainers/cited.md", 6, 5), (error.Code, error.File, error.Line, error.Column));
        Assert.Equal("did you mean 'analyst'?", error.Hint);
    }

    [Fact]
    public void Two_terms_claiming_one_form_is_an_error_on_the_later_file_and_the_earlier_keeps_the_form()
    {
        var (catalog, diagnostics) = ThreeFiles()
            .Add("glossary/status.md", "---\nterm: Status agreement\naliases: [SOFA]\n---\nA duplicate.\n").Catalog();

        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.TermConflict, "input/glossary/status.md", 3, 10), (error.Code, error.File, error.Line, error.Column));
        Assert.Equal("'SOFA' is already a form of the term 'SOFA' (input/glossary/sofa.md)", error.Message);
        Assert.Equal("sofa", Assert.Single(catalog.Glossary.Matcher.Matches("the SOFA")).TermId);
        Assert.Equal(("/glossary/sofa/", "Status of Forces Agreement"),
            (catalog.Glossary.Terms["sofa"].Url, catalog.Glossary.Terms["sofa"].Expansion));
    }

    [Fact]
    public void Addresses_follow_the_sites_base_url_and_an_offline_copy()
    {
        var site = new InMemorySite { Settings = new SiteSettings { Title = "T", BaseUrl = "/briefings/" } }.Add("index.md", Home)
            .Add("explainers/basics.md", Basics);

        var hosted = site.Catalog().Catalog;
        Assert.Equal("/briefings/explainers/basics/", hosted.Urls.Of(hosted.Items["basics"]));
        var offline = site.Catalog(offline: true).Catalog;
        Assert.Equal(Urls.OfflineRoot + "explainers/basics/index.html", offline.Urls.Of(offline.Items["basics"]));
    }

    [Fact]
    public void The_key_is_the_same_whatever_order_the_files_are_read_in()
    {
        var forwards = ThreeFiles().Asset("assets/a.svg").Asset("assets/b.svg").Catalog().Catalog;
        var backwards = new InMemorySite().Add("explainers/basics.md", Basics).Add("glossary/sofa.md", Sofa).Add("index.md", Home)
            .Asset("assets/b.svg").Asset("assets/a.svg").Catalog().Catalog;

        Assert.Equal(64, forwards.Key.Length);
        Assert.Equal(forwards.Key, backwards.Key);
    }

    [Theory]
    [InlineData("explainers/basics.md", "---\ntitle: Basics again\nsummary: S.\n---\n## Background\n\nText.\n")] // a title
    [InlineData("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\n## Background\n\nText.\n\n## More\n")] // an anchor
    [InlineData("glossary/sofa.md", "---\nterm: SOFA\nexpansion: Status of Forces Agreement\n---\nAn agreement on forces abroad.\n")] // a term's body
    public void The_key_changes_with_what_rendering_a_body_can_depend_on(string source, string text)
    {
        Assert.NotEqual(ThreeFiles().Catalog().Catalog.Key, WithReplaced(source, text).Catalog().Catalog.Key);
    }

    [Fact]
    public void The_key_does_not_change_with_the_text_of_a_body_that_is_not_a_terms()
    {
        var before = ThreeFiles().Catalog().Catalog.Key;

        var after = WithReplaced("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\n## Background\n\nOther text.\n")
            .Catalog().Catalog.Key;

        Assert.Equal(before, after);
    }

    [Fact]
    public void The_key_changes_with_the_base_url_drafts_assets_and_manifests()
    {
        var plain = ThreeFiles().Catalog().Catalog.Key;

        Assert.NotEqual(plain, ThreeFiles().Catalog(offline: true).Catalog.Key);
        Assert.NotEqual(plain, ThreeFiles().Add("explainers/later.md", "---\ntitle: L\nsummary: S.\ndraft: true\n---\n").Catalog().Catalog.Key);
        Assert.NotEqual(plain, ThreeFiles().Asset("assets/map.svg").Catalog().Catalog.Key);
        Assert.NotEqual(plain, ThreeFiles().Manifest("full", "title: F\nsections:\n  - bluf\n").Catalog().Catalog.Key);
    }

    private static InMemorySite WithReplaced(string source, string text)
    {
        var files = new Dictionary<string, string> { ["index.md"] = Home, ["glossary/sofa.md"] = Sofa, ["explainers/basics.md"] = Basics };
        files[source] = text;
        var site = new InMemorySite();
        foreach (var (path, content) in files)
        {
            site.Add(path, content);
        }
        return site;
    }
}
