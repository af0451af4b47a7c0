using System.Collections;
using Brief.Markdown.Rendering;
using Brief.Site.Theme;
using Scriban.Runtime;

namespace Brief.Site.Incremental;

/// <summary>
/// The fingerprint of a page's model: templates see nothing but the model, so a page whose layout, theme and
/// model are unchanged is unchanged, byte for byte, and need not be laid out again. Walks the model in its
/// (insertion) order; a value of a type it does not know is a programming error, not a silent cache hit.
/// </summary>
public static class ModelHash
{
    public static void Add(Fingerprint fingerprint, object? value)
    {
        switch (value)
        {
            case null:
                fingerprint.Add("\0null");
                break;
            case string text:
                fingerprint.Add("s").Add(text);
                break;
            case bool flag:
                fingerprint.Add(flag ? "\0true" : "\0false");
                break;
            case int number:
                fingerprint.Add("i").Add(number);
                break;
            case HtmlFragment html:
                fingerprint.Add("h").Add(html.Utf8);
                break;
            case DeferredHtml deferred:
                fingerprint.Add("d").Add(deferred.Key);
                break;
            case ScriptObject obj:
                fingerprint.Add("{").Add(obj.Count);
                foreach (var (key, member) in obj)
                {
                    fingerprint.Add(key);
                    Add(fingerprint, member);
                }
                break;
            case ScriptArray array:
                fingerprint.Add("[").Add(array.Count);
                foreach (var item in array)
                {
                    Add(fingerprint, item);
                }
                break;
            case IDerivedFromPage:
                // filled while the page is written, from what the rest of the model already determines
                fingerprint.Add("\0derived");
                break;
            default:
                throw new InvalidOperationException($"A page model holds a {value.GetType().Name}, which the build cache cannot fingerprint.");
        }
    }
}

/// <summary>A model value computed from the rest of the page as it is written (a brief's link notes).</summary>
public interface IDerivedFromPage : IEnumerable;
