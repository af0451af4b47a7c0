using System.Collections;
using Brief.Markdown.Rendering;
using Brief.Site.Incremental;
using Brief.Site.Theme;
using Scriban.Runtime;

namespace Brief.Tests.Site.Incremental;

/// <summary>A page model's fingerprint: equal models hash equal, and a change anywhere in the tree changes the hash.</summary>
public class ModelHashTests
{
    private static ScriptObject Model(string secondTitle = "Raid", int count = 2, bool draft = false, string html = "<p>x</p>",
        string deferredKey = "k1")
    {
        var links = new ScriptArray
        {
            new ScriptObject { ["title"] = "Basics", ["url"] = "/explainers/basics/" },
            new ScriptObject { ["title"] = secondTitle, ["url"] = "/options/raid/" },
        };
        return new ScriptObject
        {
            ["page"] = new ScriptObject { ["title"] = "Home", ["draft"] = draft, ["count"] = count, ["summary"] = null },
            ["links"] = links,
            ["body_html"] = new HtmlFragment(html),
            ["brief_html"] = new DeferredHtml(deferredKey, w => w.Write("deferred")),
        };
    }

    private static string Hash(object? value)
    {
        using var fingerprint = new Fingerprint();
        ModelHash.Add(fingerprint, value);
        return fingerprint.Finish();
    }

    [Fact]
    public void Models_built_alike_hash_alike()
    {
        Assert.Equal(Hash(Model()), Hash(Model()));
    }

    public static TheoryData<ScriptObject> OneNestedValueChanged() =>
    [
        Model(secondTitle: "Raid!"), // a string two levels down, in an array
        Model(count: 3),
        Model(draft: true),
        Model(html: "<p>y</p>"),
        Model(deferredKey: "k2"),
    ];

    [Theory]
    [MemberData(nameof(OneNestedValueChanged))]
    public void A_model_differing_in_one_nested_value_hashes_differently(ScriptObject changed)
    {
        Assert.NotEqual(Hash(Model()), Hash(changed));
    }

    [Fact]
    public void Structure_counts_a_renamed_key_an_extra_item_and_the_order_of_items()
    {
        var renamed = Model();
        var page = (ScriptObject)renamed["page"]!;
        page.Remove("summary");
        page["subtitle"] = null;
        var extra = Model();
        ((ScriptArray)extra["links"]!).Add(new ScriptObject());
        var swapped = Model();
        var links = (ScriptArray)swapped["links"]!;
        (links[0], links[1]) = (links[1], links[0]);

        Assert.Equal(4, new[] { Hash(Model()), Hash(renamed), Hash(extra), Hash(swapped) }.Distinct().Count());
    }

    [Fact]
    public void Values_of_different_types_that_print_alike_hash_differently()
    {
        string[] hashes = [Hash("1"), Hash(1), Hash("true"), Hash(true), Hash(null), Hash(""), Hash("\0null"), Hash(new HtmlFragment("1")),
            Hash(new ScriptArray()), Hash(new ScriptObject())];

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void A_value_derived_from_the_page_hashes_the_same_whatever_it_holds()
    {
        Assert.Equal(Hash(new Derived([1])), Hash(new Derived([1, 2, 3])));
        Assert.NotEqual(Hash(new Derived([])), Hash(new ScriptArray()));
    }

    [Fact]
    public void A_value_of_a_type_it_does_not_know_is_refused_rather_than_hashed_as_nothing()
    {
        var model = new ScriptObject { ["when"] = new DateTime(2025, 2, 4, 0, 0, 0, DateTimeKind.Utc) };

        var error = Assert.Throws<InvalidOperationException>(() => Hash(model));

        Assert.Contains("DateTime", error.Message, StringComparison.Ordinal);
    }

    private sealed class Derived(int[] values) : IDerivedFromPage
    {
        public IEnumerator GetEnumerator() => values.GetEnumerator();
    }
}
