namespace Brief.Content.Schema;

/// <summary>"Did you mean …?": the closest candidate by edit distance, when it is close enough to be a likely typo.</summary>
public static class Nearest
{
    public static string? Match(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value, candidate);
            // on a tie the first in ordinal order, so the hint does not depend on the order candidates come in
            if (distance < bestDistance || distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        return best is not null && bestDistance <= Math.Max(2, value.Length / 3) ? best : null;
    }

    public static string? Hint(string value, IEnumerable<string> candidates) =>
        Match(value, candidates) is { } match ? $"did you mean '{match}'?" : null;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
