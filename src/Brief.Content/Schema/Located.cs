namespace Brief.Content.Schema;

/// <summary>A value with the file position (1-based line and column) it was read from.</summary>
public readonly record struct Located<T>(T Value, int Line, int Column);
