using Brief.Site.Incremental;

namespace Brief.Tests.Site.Incremental;

/// <summary>The build cache's two generations: what a build uses is carried into the next, what it does not is dropped.</summary>
public class GenerationsTests
{
    [Fact]
    public void What_a_build_remembers_is_found_in_that_build_and_is_the_last_generation_after_it()
    {
        var generations = new Generations<string, int>(StringComparer.Ordinal);
        generations.Remember("a", 1);

        Assert.True(generations.TryGet("a", out var during));
        Assert.False(generations.TryGetLast("a", out _));
        generations.Turn();

        Assert.Equal(1, during);
        Assert.True(generations.TryGetLast("a", out var after));
        Assert.Equal(1, after);
        Assert.Equal(["a"], generations.Last.Keys);
    }

    [Fact]
    public void An_entry_looked_up_is_carried_into_the_next_generation_and_one_not_looked_up_is_dropped()
    {
        var generations = new Generations<string, int>(StringComparer.Ordinal);
        generations.Remember("used", 1);
        generations.Remember("unused", 2);
        generations.Turn();

        Assert.True(generations.TryGet("used", out _));
        generations.Turn();

        Assert.Equal(["used"], generations.Last.Keys);
        Assert.False(generations.TryGet("unused", out _));
    }

    [Fact]
    public void A_look_at_the_last_generation_alone_carries_nothing_over()
    {
        var generations = new Generations<string, int>(StringComparer.Ordinal);
        generations.Remember("a", 1);
        generations.Turn();

        Assert.True(generations.TryGetLast("a", out _));
        generations.Turn();

        Assert.Empty(generations.Last);
    }

    [Fact]
    public void A_turn_that_does_not_keep_leaves_the_last_generation_and_forgets_this_one()
    {
        var generations = new Generations<string, int>(StringComparer.Ordinal);
        generations.Remember("old", 1);
        generations.Turn();
        generations.Remember("new", 2);

        generations.Turn(keep: false);

        Assert.Equal(["old"], generations.Last.Keys);
        Assert.False(generations.TryGet("new", out _));
    }

    [Fact]
    public void Reset_forgets_both_generations_or_starts_from_what_it_is_given()
    {
        var generations = new Generations<string, int>(StringComparer.Ordinal);
        generations.Remember("a", 1);
        generations.Turn();
        generations.Remember("b", 2);

        generations.Reset();
        Assert.False(generations.TryGet("a", out _) || generations.TryGet("b", out _));

        generations.Reset(new Dictionary<string, int> { ["saved"] = 3 });
        Assert.True(generations.TryGetLast("saved", out var saved));
        Assert.Equal(3, saved);
    }

    [Fact]
    public void Keys_are_compared_with_the_comparer_given_through_every_turn_and_reset()
    {
        var generations = new Generations<string, int>(StringComparer.OrdinalIgnoreCase);
        generations.Remember("Key", 1);
        generations.Turn();
        Assert.True(generations.TryGet("KEY", out _));
        generations.Turn();
        generations.Reset(new Dictionary<string, int> { ["Other"] = 2 });

        Assert.False(generations.TryGet("key", out _));
        Assert.True(generations.TryGetLast("OTHER", out _));
    }
}
