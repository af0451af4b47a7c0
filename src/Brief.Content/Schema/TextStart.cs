using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Brief.Content.Schema;

/// <summary>
/// Where the text of a one-line scalar starts (after its opening quote), so a word in it can be pointed at
/// (<see cref="FieldValues.PositionIn"/>).
/// </summary>
internal static class TextStart
{
    public static void Record(ImmutableDictionary<string, int>.Builder starts, string key, YamlNode node)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } scalar
            && scalar.Start.Line == scalar.End.Line)
        {
            starts[key] = (int)scalar.Start.Column + (scalar.Style == ScalarStyle.Plain ? 0 : 1);
        }
    }
}
