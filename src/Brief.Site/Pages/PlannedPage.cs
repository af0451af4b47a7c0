using Brief.Content.Model;
using Scriban.Runtime;

namespace Brief.Site.Pages;

/// <summary>A page of the site as planned: its layout, its address, the section it belongs to, and how to build its model.</summary>
/// <param name="Layout">The theme layout that lays it out (a theme without the layout has no such page).</param>
/// <param name="Path">Its address within the site ("" is the home page; "404.html" a file).</param>
/// <param name="Section">The navigation section it belongs to ("" for none).</param>
/// <param name="Model">Builds the page's own model (the <c>page</c> templates see), when the page is laid out.</param>
/// <param name="Shows">The one document whose body the page shows, if it shows one.</param>
/// <param name="ShowsKinds">The kinds of document whose bodies a page that gathers many shows; null for every kind.</param>
/// <param name="Also">Anything else the page's model is made from (the search page: the index's version).</param>
/// <param name="Banner">The page's banner, from its model; null: read from the model (<see cref="Markings.Banners.Of"/>).</param>
public sealed record PlannedPage(string Layout, string Path, string Section, Func<ScriptObject> Model, string? Shows = null,
    ContentKind[]? ShowsKinds = null, string? Also = null, Func<ScriptObject, string?>? Banner = null);
