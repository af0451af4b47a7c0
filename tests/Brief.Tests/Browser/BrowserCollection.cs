namespace Brief.Tests.Browser;

/// <summary>
/// The tests that drive Chromium run one at a time, after the rest of the suite: they measure what a reader's
/// browser does (layout shift, timings of tooltips, network quiet), and two busy test classes on a 2-core machine
/// starved the loopback server they read from (a navigation once waited 30 s for "network idle").
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
