using System.Globalization;
using Scriban.Runtime;

namespace Brief.Site.Theme;

/// <summary>The building blocks of the template model: objects, arrays and dates as templates see them.</summary>
public static class ScriptValues
{
    public static ScriptObject Obj(params (string Key, object? Value)[] pairs)
    {
        var obj = new ScriptObject(pairs.Length + 4); // room for what views add, without growing
        foreach (var (key, value) in pairs)
        {
            obj[key] = value;
        }
        return obj;
    }

    public static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object?> map)
    {
        var array = items.TryGetNonEnumeratedCount(out var count) ? new ScriptArray(count) : [];
        foreach (var item in items)
        {
            array.Add(map(item));
        }
        return array;
    }

    public static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
