namespace OutlookAnywhere.Packaging.Dialogs;

/// <summary>How a property is entered: typed text, one keyword from a list, or a 1/0 switch (a check box).</summary>
public enum FieldKind { Text, Choice, Switch }

/// <summary>One setting on a settings page: its public property, the label shown, and for a choice the keywords offered.</summary>
public sealed record DialogField(string Property, string Label, FieldKind Kind, IReadOnlyList<string>? Choices = null);

/// <summary>A settings page: its dialog name, title, one-line description and fields (top to bottom).</summary>
public sealed record DialogPage(string Dialog, string Title, string Description, IReadOnlyList<DialogField> Fields);

/// <summary>
/// A type 51 action the package already runs in its execute sequence, with its condition there. The dialogs run the
/// same action (DoAction) under the same condition, so the UI computes exactly what a silent install computes.
/// </summary>
public sealed record SequencedAction(string Action, string Condition);

/// <summary>The input checks of one property: flags to clear, flag actions to run, then the check actions.</summary>
public sealed record PropertyChecks(IReadOnlyList<string> FlagsToClear, IReadOnlyList<SequencedAction> FlagActions, IReadOnlyList<SequencedAction> Checks);

/// <summary>
/// Everything the dialogs of one package are made from. Property names, defaults, allowed values and messages come
/// from the package's property definitions (through the package source generator); the plan only adds what a person
/// sees: page titles, labels and the order of the pages.
/// </summary>
/// <param name="Package">Short package name, used in the generated file's name and header.</param>
/// <param name="Intro">What the package does, shown on the Welcome dialog.</param>
/// <param name="Defaults">Each public property's default (formatted text, e.g. msstd:[PROXY_SERVER]; "" = none).</param>
/// <param name="Checks">The checks each property's value goes through when its page is left with Next.</param>
/// <param name="ErrorsProperty">The property the check actions append their messages to (the silent install's error text).</param>
/// <param name="GivenPrefix">Prefix of the package's snapshot of what was given (command line, transform, remembered).</param>
/// <param name="PrefillActions">The actions that set each property from the remembered settings, the given snapshot and the
/// defaults, in their execute-sequence order: the UI sequence runs them too, so fields show those values.</param>
/// <param name="Texts">What the finish and maintenance dialogs say about this package.</param>
/// <param name="NewActions">Type 51 actions among <paramref name="PrefillActions"/> that the package does not have yet
/// (the server package computes its defaults in its custom-action program): added with the dialogs.</param>
/// <param name="PageCheck">The custom action that checks a page's values when it is left, for a package whose checks are
/// not type 51 actions (the server's run in its custom-action program); null = the <paramref name="Checks"/> only.</param>
public sealed record DialogPlan(
    string Package,
    string Intro,
    IReadOnlyList<DialogPage> Pages,
    IReadOnlyDictionary<string, string> Defaults,
    IReadOnlyDictionary<string, PropertyChecks> Checks,
    string ErrorsProperty,
    string GivenPrefix,
    IReadOnlyList<(string Action, string? Condition, int Sequence)> PrefillActions,
    DialogTexts Texts,
    IReadOnlyList<(string Action, string Property, string Value)>? NewActions = null,
    PageCheck? PageCheck = null)
{
    public IEnumerable<DialogField> Fields => Pages.SelectMany(p => p.Fields);
}

/// <summary>The package's own words on the finish and maintenance dialogs.</summary>
/// <param name="Installed">Above the list of settings after an install.</param>
/// <param name="Removed">After a removal.</param>
/// <param name="Repair">Beside the Repair button.</param>
/// <param name="Remove">Beside the Remove button.</param>
public sealed record DialogTexts(string Installed, string Removed, string Repair, string Remove);

/// <summary>
/// A custom action run (DoAction) when a settings page is left, after <paramref name="InputsProperty"/> is set to the page's
/// properties (';'-separated); it sets the plan's ErrorsProperty. Install on the Ready dialog runs it once more with
/// <paramref name="InputsProperty"/> empty: every property, and whatever else the silent install checks before it changes anything.
/// </summary>
public sealed record PageCheck(string Action, string InputsProperty);
