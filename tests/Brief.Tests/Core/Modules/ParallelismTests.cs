using Brief.Core.Modules;
using CsCheck;

namespace Brief.Tests.Core.Modules;

/// <summary>The one parallel loop modules use: input order, whatever the sizes and however work is shared out.</summary>
public class ParallelismTests
{
    [Fact]
    public void Results_come_in_input_order_whatever_each_item_costs()
    {
        Gen.Int[0, 2_000].Array[0, 300].Sample(items =>
        {
            var results = Parallelism.Map(items, spin => { Thread.SpinWait(spin); return spin * 2; });
            Assert.Equal(items.Select(i => i * 2), results);
        }, iter: 50);
    }

    [Fact]
    public void Many_results_per_item_are_concatenated_in_input_order()
    {
        Gen.Int[0, 5].Array[0, 200].Sample(counts =>
        {
            var results = Parallelism.MapMany(Enumerable.Range(0, counts.Length).ToArray(), i => Enumerable.Repeat(i, counts[i]));
            Assert.Equal(counts.SelectMany((count, i) => Enumerable.Repeat(i, count)), results);
        }, iter: 50);
    }

    [Fact]
    public void A_cancelled_loop_throws_operation_cancelled_and_a_failing_item_surfaces_its_exception()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Parallelism.Map([1, 2, 3], i => i, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Parallelism.Map([1], i => i, cancelled.Token));
        var failure = Assert.Throws<AggregateException>(() => Parallelism.Map(Enumerable.Range(0, 100).ToArray(),
            i => i == 57 ? throw new InvalidDataException("item 57") : i));
        Assert.Equal("item 57", Assert.IsType<InvalidDataException>(Assert.Single(failure.InnerExceptions)).Message);
    }
}
