using Scriban.Runtime;

namespace Brief.Site.Model;

/// <summary>
/// A page of the site before it is laid out: the theme layout it uses, how to build the model it sees, and the
/// fingerprint of what that model is built from (its inputs), which is cheaper to know than the model itself.
/// </summary>
public sealed record PageJob(string Layout, Func<ScriptObject> Model, string Inputs);
