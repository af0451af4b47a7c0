namespace Brief.Content.Schema;

public enum FieldType
{
    Text,
    Id,
    Url,
    Date,
    PartialDate,
    Bool,
    Number,
    TextList,
    IdList,
    Enum,
    Map,
    Sections,

    /// <summary>A list of mappings, each read through the spec's nested fields.</summary>
    Records,
}
