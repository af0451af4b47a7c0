using Scriban.Runtime;

namespace Brief.Site.Model;

/// <summary>
/// A page of the site before it is laid out: the theme layout it uses, how to build the model it sees, and the
/// fingerprint of what that model is built from (its inputs), which is cheaper to know than the model itself.
/// </summary>
/// <param name="ByInputs">
/// Whether the page is known by its inputs alone, without fingerprinting its model: for a page whose model changes
/// whenever its inputs do (a printed brief shows every body it is built from), the model's fingerprint would only
/// cost time (a printed brief's model grows with the whole briefing) and never save a layout.
/// </param>
public sealed record PageJob(string Layout, Func<ScriptObject> Model, string Inputs, bool ByInputs = false);
