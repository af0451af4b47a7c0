using System.Collections.Immutable;
using Brief.Content.Criteria;
using Brief.Content.Model;
using static Brief.Content.Schema.FieldSpec;

namespace Brief.Content.Schema;

/// <summary>The contract's file formats (shared/spec/briefing-site.md), written once as data.</summary>
public static class Schemas
{
    private static readonly FieldSpec Id = new("id", FieldType.Id, "Overrides the id taken from the file name; a lower-case slug.");
    private static readonly FieldSpec Title = Text("title", "The title readers see.", required: true);
    private static readonly FieldSpec Summary = Text("summary", "One or two sentences.");
    private static readonly FieldSpec RequiredSummary = Summary with { Required = true };
    private static readonly FieldSpec Tags = new("tags", FieldType.TextList, "Free-form tags.");
    private static readonly FieldSpec Sources = new("sources", FieldType.IdList, "Ids of sources (sources/*.md) behind this page.");
    private static readonly FieldSpec Reviewed = new("reviewed", FieldType.Date, "The date an editor last checked the page (YYYY-MM-DD).");
    private static readonly FieldSpec Draft = new("draft", FieldType.Bool, "true leaves the page out unless drafts are asked for.");
    private static readonly FieldSpec Order = new("order", FieldType.Number, "Manual ordering within its type (else by title).");

    private static ImmutableArray<FieldSpec> Common(FieldSpec title, FieldSpec summary, params FieldSpec[] specific) =>
        [Id, title, summary, Tags, Sources, Reviewed, Draft, Order, .. specific];

    public static readonly ContentSchema Page = new("page", Common(Title, Summary));
    public static readonly ContentSchema Home = new("home", Common(Title with { Required = false }, Summary));
    public static readonly ContentSchema Explainer =
        new("explainer", Common(Title, RequiredSummary)) { BodySections = ["Background", "Why it matters"] };

    /// <summary>Each declaration's option schema, made once: every card of a build is read with it (declared before
    /// <see cref="Option"/>, which it initializes).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CriteriaDeclaration, ContentSchema> OptionSchemas = [];

    /// <summary>The option card of a briefing without criteria.yml.</summary>
    public static readonly ContentSchema Option = OptionFor(BuiltInCriteria.Declaration);

    /// <summary>The option card whose compared fields a criteria declaration gives.</summary>
    public static ContentSchema OptionFor(CriteriaDeclaration criteria) => OptionSchemas.GetValue(criteria, declaration =>
        new("option", Common(Title, RequiredSummary, [.. OptionFieldSpecs.From(declaration)]))
        {
            BodySections = ["What it is", "Legal basis", "Requirements", "Risks", "Precedents", "Indicators to watch"],
        });

    public static readonly ContentSchema Term = new("term", Common(Title with { Required = false }, Summary,
        Text("term", "The display form, e.g. SOFA or Title 50.", required: true),
        Text("expansion", "What an abbreviation stands for."),
        new FieldSpec("aliases", FieldType.TextList, "Other surface forms that mean the term (plurals, the spelled-out form)."),
        new FieldSpec("autolink", FieldType.Bool, "false stops automatic linking of the term in running text.")));

    public static readonly ContentSchema Source = new("source", Common(Title with { Required = false }, Summary,
        new FieldSpec("kind", FieldType.Enum, "What the source is.", Required: true) { Allowed = ["person", "organization", "document"] },
        Text("name", "The name readers see; anonymous sources are named by their role.", required: true),
        Text("role", "Title and affiliation."),
        new FieldSpec("url", FieldType.Url, "Where the source can be read."),
        new FieldSpec("date", FieldType.Date, "For documents: the date of publication.")));

    public static readonly ContentSchema Event = new("event", Common(Title, Summary,
        new FieldSpec("date", FieldType.PartialDate, "YYYY-MM-DD, YYYY-MM or YYYY.", Required: true)));

    public static readonly ContentSchema Memo = new("memo", Common(Title, Summary,
        Text("to", "Who decides: the memo's addressee, e.g. the National Security Advisor.", required: true),
        Text("from", "Who sends it: the office or staff that wrote it.", required: true),
        new FieldSpec("date", FieldType.Date, "The memo's date (YYYY-MM-DD).", Required: true),
        new FieldSpec("decision_by", FieldType.Date,
            "The date a decision is needed by (YYYY-MM-DD); fewer than 5 business days after date is a warning."),
        new FieldSpec("recommendation", FieldType.Id, "The id of the option (options/*.md) the memo recommends.", Required: true),
        new FieldSpec("options", FieldType.IdList, "Ids of the options considered, in the order shown (default: every option)."),
        new FieldSpec("clearance", FieldType.Records, "The offices that cleared the memo, and how.")
        {
            Fields = [Text("office", "The clearing office.", required: true),
                new FieldSpec("position", FieldType.Enum, "The office's position.", Required: true)
                {
                    Allowed = ["concur", "nonconcur", "split", "pending"],
                },
                Text("note", "Why, in a sentence: required in practice for a nonconcurrence or a split.")],
        },
        new FieldSpec("max_pages", FieldType.Number, "The printed memo's page limit (default 2): a longer printed memo fails the build.")))
    {
        BodySections = ["Bottom line up front", "Background", "Discussion"],
    };

    public static readonly ContentSchema Site = new("site", [
        Text("title", "The site's title.", required: true),
        Text("subtitle", "A line under the title."),
        Text("description", "What the site is, for search engines and link previews."),
        new FieldSpec("as_of", FieldType.Date, "The date the content is current as of."),
        Text("marking", "The handling line shown on every page and printed sheet."),
        Text("base_url", "The path the site is hosted under (default: the path of url, else /)."),
        Text("url", "The address the site is published at (https://briefing.example.org/cartels/); its path is the base URL. Enables the " +
            "sitemap, the Atom feed and canonical links."),
        Text("language", "The content's language (default en)."),
        new FieldSpec("acronyms", FieldType.TextList,
            "Capitalised abbreviations that need no glossary entry (e.g. US, UN); any other one in running text is a warning."),
        new FieldSpec("review_after_days", FieldType.Number,
            "A page whose 'reviewed' date is more than this many days before as_of is a warning: stale content."),
        new FieldSpec("standards", FieldType.TextList,
            "Writing standards the briefing is checked against: icd203 (estimative language, as ICD 203 asks).") { Allowed = ["icd203"] },
        new FieldSpec("markings", FieldType.Records,
            "The portion marks this briefing uses, lowest first: each a mark portions start with, (CUI), and the banner of a page at its level.")
        {
            Fields = [Text("mark", "The mark, e.g. U or CUI: capital letters, digits and / - _ . &.", required: true),
                Text("banner", "The banner of a page or printed brief whose highest mark this is, e.g. UNCLASSIFIED.", required: true)],
        },
        Text("release", "The highest mark allowed in the output (one of markings); a portion above it is an error. --release overrides it."),
    ]);

    public static readonly ContentSchema Manifest = new("brief", [
        Text("title", "The brief's title.", required: true),
        Text("subtitle", "A line under the title."),
        Text("audience", "Who the brief is for."),
        new FieldSpec("paper", FieldType.Enum, "Paper size.") { Allowed = ["letter", "a4"] },
        new FieldSpec("max_pages", FieldType.Number, "The printed length budget."),
        new FieldSpec("sections", FieldType.Sections, "What the brief holds, in order.", Required: true),
        new FieldSpec("decision_matrix", FieldType.Bool,
            "false leaves the decision matrix out of the matrix section (default true: shown when criteria.yml gives weights)."),
    ]);

    public static ContentSchema For(ContentKind kind, CriteriaDeclaration? criteria = null) => kind switch
    {
        ContentKind.Home => Home,
        ContentKind.Page => Page,
        ContentKind.Explainer => Explainer,
        ContentKind.Option => criteria is null ? Option : OptionFor(criteria),
        ContentKind.Term => Term,
        ContentKind.Source => Source,
        ContentKind.Event => Event,
        ContentKind.Memo => Memo,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
