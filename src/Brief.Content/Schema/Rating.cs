namespace Brief.Content.Schema;

/// <summary>
/// How a value of a level field rates, whichever end of the field is the better one: the better end is good, the
/// worse end bad, anything between fair.
/// </summary>
public enum Rating
{
    Good,
    Fair,
    Bad,
}
