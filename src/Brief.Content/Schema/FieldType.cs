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
}
