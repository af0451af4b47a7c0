using Scriban.Runtime;

namespace Brief.Site.Model;

/// <summary>A page of the site before it is laid out: the theme layout it uses, and how to build the model it sees.</summary>
public sealed record PageJob(string Layout, Func<ScriptObject> Model);
