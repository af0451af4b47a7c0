using Brief.Tests.Support;

namespace Brief.Tests.Browser;

/// <summary>
/// The tests that drive Chromium run one at a time, after the rest of the suite: they measure what a reader's
/// browser does (layout shift, tooltips, network quiet), which busy test classes beside them on a 2-core machine
/// would disturb. They share one build of the briefing, hosted behind nginx at a sub-path (<see cref="HostedBriefing"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<HostedBriefing>
{
    public const string Name = "Browser";
}
