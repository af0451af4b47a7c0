using System.Collections.Concurrent;
using System.Collections.Immutable;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using ModuleOf = Brief.Core.Modules.Modules;

namespace Brief.Tests.Core.Pipelines;

public class EngineTests
{
    private static readonly Key<string> Name = new("name");

    private static IModule Emit(params string[] names) =>
        ModuleOf.Of((inputs, _) => inputs.Concat(names.Select(n => Document.Create(n).With(Name, n))));

    private static IModule Record(ConcurrentQueue<string> log, string label) =>
        ModuleOf.Of((inputs, context) =>
        {
            log.Enqueue($"{label}:{context.Phase}");
            return inputs;
        });

    [Fact]
    public async Task Process_reads_the_outputs_of_its_dependencies()
    {
        var seen = new List<string>();
        var engine = new Engine([
            new Pipeline("Terms") { Input = [Emit("sofa", "fid")] },
            new Pipeline("Pages")
            {
                DependsOn = ["Terms"],
                Process = [ModuleOf.Of((inputs, context) =>
                {
                    seen.AddRange(context.OutputsOf("Terms").Select(d => d.Get(Name)));
                    return inputs;
                })],
            },
        ]);

        await engine.ExecuteAsync(Metadata.Empty, new DiagnosticBag());

        Assert.Equal(["sofa", "fid"], seen);
    }

    [Fact]
    public async Task Deployment_pipelines_run_after_every_output_in_dependency_order_and_see_what_was_written()
    {
        var log = new ConcurrentQueue<string>();
        var written = new List<string>();
        var engine = new Engine([
            new Pipeline("Publish")
            {
                Deployment = true, DependsOn = ["Print"],
                Output = [Record(log, "Publish"), ModuleOf.Of((inputs, context) =>
                {
                    written.AddRange(context.Written().Select(d => d.Get(Name)));
                    return inputs;
                })],
            },
            new Pipeline("Print") { Deployment = true, Output = [Record(log, "Print"), Emit("brief.pdf")] },
            new Pipeline("Pages") { Input = [Emit("index.html")], Output = [Record(log, "Pages")] },
        ]);

        await engine.ExecuteAsync(Metadata.Empty, new DiagnosticBag());

        Assert.Equal(["Pages:Output", "Print:Output", "Publish:Output"], log);
        Assert.Equal(["index.html", "brief.pdf"], written.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task A_deployment_pipeline_does_not_run_after_an_error_in_an_earlier_one()
    {
        var log = new ConcurrentQueue<string>();
        var engine = new Engine([
            new Pipeline("Print")
            {
                Deployment = true,
                Output = [ModuleOf.Of((inputs, context) =>
                {
                    context.Diagnostics.Error("BRF000", "printing failed", "brief", 0, 0, "");
                    return inputs;
                })],
            },
            new Pipeline("Publish") { Deployment = true, DependsOn = ["Print"], Output = [Record(log, "Publish")] },
        ]);

        await engine.ExecuteAsync(Metadata.Empty, new DiagnosticBag());

        Assert.Empty(log);
    }

    [Fact]
    public async Task Only_a_deployment_pipeline_may_read_what_was_written()
    {
        var engine = new Engine([new Pipeline("Pages") { Output = [ModuleOf.Of((inputs, context) => [.. context.Written()])] }]);

        var error = await Assert.ThrowsAsync<PipelineException>(() => engine.ExecuteAsync(Metadata.Empty, new DiagnosticBag()));

        Assert.Contains("only a deployment pipeline may", error.Message);
    }

    [Fact]
    public async Task Process_may_not_read_a_pipeline_it_does_not_depend_on()
    {
        var engine = new Engine([
            new Pipeline("Terms") { Input = [Emit("sofa")] },
            new Pipeline("Pages") { Process = [ModuleOf.Of((inputs, context) => context.OutputsOf("Terms"))] },
        ]);

        var error = await Assert.ThrowsAsync<PipelineException>(() => engine.ExecuteAsync(Metadata.Empty, new DiagnosticBag()));

        Assert.Contains("may not read 'Terms' in its Process phase", error.Message);
    }

    [Fact]
    public async Task A_module_that_fails_in_an_input_phase_surfaces_as_that_failure_not_as_a_cancellation()
    {
        var engine = new Engine([
            new Pipeline("Content") { Input = [ModuleOf.Of((_, _) => throw new InvalidOperationException("broken reader"))] },
            new Pipeline("Pages") { DependsOn = ["Content"], Process = [Emit("page")] },
        ]);

        var error = await Assert.ThrowsAsync<PipelineException>(() => engine.ExecuteAsync(Metadata.Empty, new DiagnosticBag()));

        Assert.Equal(("Content", Phase.Input), (error.Pipeline, error.Phase));
        Assert.Contains("broken reader", error.Message);
    }

    [Fact]
    public async Task PostProcess_reads_any_pipeline_and_runs_after_every_process_phase()
    {
        var log = new ConcurrentQueue<string>();
        var collected = new List<string>();
        var engine = new Engine([
            new Pipeline("A") { Input = [Emit("a")], Process = [Record(log, "A")] },
            new Pipeline("B") { Input = [Emit("b")], Process = [Record(log, "B")] },
            new Pipeline("Backlinks")
            {
                PostProcess = [Record(log, "Backlinks"), ModuleOf.Of((inputs, context) =>
                {
                    collected.AddRange(context.OutputsOf("A").Concat(context.OutputsOf("B")).Select(d => d.Get(Name)));
                    return inputs;
                })],
            },
        ]);

        await engine.ExecuteAsync(Metadata.Empty, new DiagnosticBag());

        Assert.Equal(["a", "b"], collected);
        Assert.Equal("Backlinks:PostProcess", log.Last());
    }

    [Fact]
    public async Task Output_is_skipped_when_the_run_has_errors()
    {
        var written = false;
        var engine = new Engine([
            new Pipeline("Content")
            {
                Process = [ModuleOf.Of((inputs, context) =>
                {
                    context.Diagnostics.Error("BRF999", "bad", "x.md", 1, 1);
                    return inputs;
                })],
                Output = [ModuleOf.Of((inputs, _) =>
                {
                    written = true;
                    return inputs;
                })],
            },
        ]);

        await engine.ExecuteAsync(Metadata.Empty, new DiagnosticBag());

        Assert.False(written);
    }

    [Fact]
    public async Task Documents_flow_through_the_phases_of_their_pipeline()
    {
        var engine = new Engine([new Pipeline("P")
        {
            Input = [Emit("x")],
            Process = [ModuleOf.Of((inputs, _) => inputs.Select(d => d.WithContent("processed")))],
            PostProcess = [ModuleOf.Of((inputs, _) => inputs.Select(d => d.WithDestination("x.html")))],
        }]);

        var outputs = await engine.ExecuteAsync(Metadata.Empty, new DiagnosticBag());

        var document = Assert.Single(outputs.Get("P", Phase.PostProcess));
        Assert.Equal(("processed", "x.html"), (document.Content.ReadAll(), document.Destination));
        Assert.Equal("", Assert.Single(outputs.Get("P", Phase.Input)).Content.ReadAll());
    }

    [Fact]
    public void Cycles_and_unknown_dependencies_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new Engine([
            new Pipeline("A") { DependsOn = ["B"] },
            new Pipeline("B") { DependsOn = ["A"] },
        ]));
        Assert.Throws<ArgumentException>(() => new Engine([new Pipeline("A") { DependsOn = ["Missing"] }]));
        Assert.Throws<ArgumentException>(() => new Engine([new Pipeline("A"), new Pipeline("A")]));
    }

    [Fact]
    public void A_parallel_module_keeps_the_input_order()
    {
        var inputs = Enumerable.Range(0, 500).Select(i => Document.Create(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToImmutableArray();
        var context = new PipelineContext(new Pipeline("P"), Phase.Process, Metadata.Empty, new DiagnosticBag(),
            new PhaseOutputs(new Dictionary<string, ImmutableHashSet<string>>()), default);

        var outputs = new Upper().Execute(inputs, context);

        Assert.Equal(inputs.Select(d => d.Source + "!"), outputs.Select(d => d.Content.ReadAll()));
    }

    private sealed class Upper : ParallelModule
    {
        protected override IEnumerable<Document> ExecuteDocument(Document input, PipelineContext context) => [input.WithContent(input.Source + "!")];
    }

    [Fact]
    public void Documents_are_immutable_values()
    {
        var original = Document.Create("a.md").With(Name, "a");
        var changed = original.With(Name, "b").WithContent("text");

        Assert.Equal("a", original.Get(Name));
        Assert.Equal("", original.Content.ReadAll());
        Assert.Equal("b", changed.Get(Name));
    }
}
