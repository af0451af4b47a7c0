using System.Collections.Immutable;
using Brief.Content.Schema;

namespace Brief.Site.Incremental.Saved;

/// <summary>A file's front matter as read and typed (<see cref="FieldValues"/>), each value with its position, nested mappings too.</summary>
internal static class FieldValuesCodec
{
    private enum Tag : byte
    {
        Text,
        Number,
        Flag,
        Date,
        PartialDate,
        List,
        Sections,
        Records,
        Mapping,
    }

    public static void Write(BinaryWriter writer, FieldValues fields)
    {
        writer.Write(fields.Line);
        writer.Write(fields.Column);
        writer.WriteList(fields.TextStarts, (w, start) => { w.Write(start.Key); w.Write(start.Value); });
        writer.WriteList(fields.All, (w, field) =>
        {
            w.Write(field.Key);
            w.Write(field.Value.Line);
            w.Write(field.Value.Column);
            WriteValue(w, field.Value.Value);
        });
    }

    public static FieldValues Read(BinaryReader reader)
    {
        var (line, column) = (reader.ReadInt32(), reader.ReadInt32());
        var starts = reader.ReadList(r => KeyValuePair.Create(r.ReadString(), r.ReadInt32()));
        var values = reader.ReadList(r => KeyValuePair.Create(r.ReadString(), ReadLocated(r)));
        return new FieldValues(values.ToImmutableDictionary(StringComparer.Ordinal), line, column)
        {
            TextStarts = starts.ToImmutableDictionary(StringComparer.Ordinal),
        };
    }

    private static Located<object> ReadLocated(BinaryReader reader)
    {
        var (line, column) = (reader.ReadInt32(), reader.ReadInt32());
        return new Located<object>(ReadValue(reader), line, column);
    }

    private static void WriteValue(BinaryWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.Write((byte)Tag.Text);
                writer.Write(text);
                break;
            case double number:
                writer.Write((byte)Tag.Number);
                writer.Write(number);
                break;
            case bool flag:
                writer.Write((byte)Tag.Flag);
                writer.Write(flag);
                break;
            case DateOnly date:
                writer.Write((byte)Tag.Date);
                writer.Write(date.DayNumber);
                break;
            case PartialDate partial:
                writer.Write((byte)Tag.PartialDate);
                writer.Write(partial.Year);
                writer.Write(partial.Month ?? 0);
                writer.Write(partial.Day ?? 0);
                break;
            case ImmutableArray<Located<string>> list:
                writer.Write((byte)Tag.List);
                writer.WriteList(list, (w, item) => { w.Write(item.Value); w.Write(item.Line); w.Write(item.Column); });
                break;
            case ImmutableArray<Located<SectionRef>> sections:
                writer.Write((byte)Tag.Sections);
                writer.WriteList(sections, (w, item) =>
                {
                    w.Write(item.Value.Kind);
                    w.WriteNullable(item.Value.Id);
                    w.Write(item.Line);
                    w.Write(item.Column);
                });
                break;
            case ImmutableArray<FieldValues> records:
                writer.Write((byte)Tag.Records);
                writer.WriteList(records, Write);
                break;
            case FieldValues mapping:
                writer.Write((byte)Tag.Mapping);
                Write(writer, mapping);
                break;
            default:
                throw new InvalidOperationException($"A front matter value of type {value.GetType().Name} has no form in the build cache.");
        }
    }

    private static object ReadValue(BinaryReader reader) => (Tag)reader.ReadByte() switch
    {
        Tag.Text => reader.ReadString(),
        Tag.Number => reader.ReadDouble(),
        Tag.Flag => reader.ReadBoolean(),
        Tag.Date => DateOnly.FromDayNumber(reader.ReadInt32()),
        Tag.PartialDate => new PartialDate(reader.ReadInt32(), OrNull(reader.ReadInt32()), OrNull(reader.ReadInt32())),
        Tag.List => reader.ReadList(r => new Located<string>(r.ReadString(), r.ReadInt32(), r.ReadInt32())),
        Tag.Sections => reader.ReadList(r => new Located<SectionRef>(new SectionRef(r.ReadString(), r.ReadNullableString()), r.ReadInt32(),
            r.ReadInt32())),
        Tag.Records => reader.ReadList(Read),
        Tag.Mapping => Read(reader),
        var tag => throw new InvalidDataException($"The build cache holds a front matter value tagged {tag}."),
    };

    private static int? OrNull(int value) => value == 0 ? null : value;
}
