namespace Brief.Tests.Browser;

/// <summary>
/// The tests that drive Chromium run one at a time, after the rest of the suite: they measure what a reader's
/// browser does (layout shift, tooltips, network quiet), which busy test classes beside them on a 2-core machine
/// would disturb.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
