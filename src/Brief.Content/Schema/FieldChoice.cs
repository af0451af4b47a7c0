namespace Brief.Content.Schema;

/// <summary>One allowed value of a field and the word readers see for it.</summary>
public sealed record FieldChoice(string Value, string Label);
