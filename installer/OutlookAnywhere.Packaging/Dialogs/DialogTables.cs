using OutlookAnywhere.Packaging.Generated;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OutlookAnywhere.Packaging.Dialogs;

/// <summary>
/// Writes a package's interactive setup as the Windows Installer UI tables (Dialog, Control, ControlEvent,
/// ControlCondition, EventMapping, CheckBox, ComboBox, TextStyle, UIText, InstallUISequence), as post-build SQL:
/// wixl cannot author them. The dialog set follows what WiX's UI extension gives administrators (welcome, settings,
/// ready, progress, finish, cancel confirmation, fatal error, user exit, maintenance with repair and remove), sized in
/// the usual 370 x 270 dialog units, without bitmaps (the client package has a size budget). Both packages' dialogs are
/// made here, each from its own plan (<see cref="ClientDialogs"/>, <see cref="ServerDialogs"/>).
/// Only a full UI runs InstallUISequence: /qb and /qn installs never see any of this.
/// </summary>
public static class DialogTables
{
    public const string WelcomeDialog = "OaWelcomeDlg";
    public const string ReadyDialog = "OaReadyDlg";
    public const string ProgressDialog = "OaProgressDlg";
    public const string ExitDialog = "OaExitDlg";
    public const string UserExitDialog = "OaUserExitDlg";
    public const string FatalErrorDialog = "OaFatalErrorDlg";
    public const string CancelDialog = "OaCancelDlg";
    public const string InvalidDialog = "OaInvalidDlg";
    public const string MaintenanceDialog = "OaMaintenanceDlg";
    public const string RemoveDialog = "OaRemoveDlg";
    public const string ErrorDialog = "OaErrorDlg";

    /// <summary>Which path the person took: Install, Repair or Remove (the finish dialog says what was done).</summary>
    public const string ModeProperty = "OaUiMode";
    /// <summary>Check box property of a switch (a check box sets its property to a value or to nothing, not to 0).</summary>
    public static string SwitchProperty(string property) => $"OaUi_{property}";
    /// <summary>Set once a switch's page was left: from then on its check box decides the switch (a bad given value is refused first).</summary>
    public static string SwitchSeenProperty(string property) => $"OaUiSeen_{property}";
    /// <summary>The value the package would use for a property nobody set, formatted when its page is left.</summary>
    public static string DefaultProperty(string property) => $"OaUiDefault_{property}";
    /// <summary>What the finish dialog shows for a property (taken before Install clears the values left at the default).</summary>
    public static string ShownProperty(string property) => $"OaUiShown_{property}";

    // Dialog attributes (Dialog table): visible 1, modal 2, error dialog 65536. Control attributes: visible 1, enabled 2,
    // sunken 4, transparent 65536, no prefix 131072 (Text), combo list 131072 (ComboBox: a drop-down list, no typing).
    private const int Modal = 3, Modeless = 1, ErrorModal = 65539;
    private const int Shown = 3, Disabled = 1, Field = 7, Label = 65539, Plain = 196611, DropDownList = 131079;
    private const int Width = 370, Height = 270;

    private sealed class Tables
    {
        public readonly List<string> Statements = [];
        public void Insert(string table, params (string Column, object? Value)[] values)
        {
            var present = values.Where(v => v.Value is not null).ToList();
            Statements.Add($"INSERT INTO `{table}` ({string.Join(", ", present.Select(v => $"`{v.Column}`"))}) VALUES ({string.Join(", ", present.Select(v => Literal(v.Value!)))})");
        }

        private static string Literal(object value) => value switch
        {
            int i => i.ToString(CultureInfo.InvariantCulture),
            string s when s.Contains('\'') || s.Contains('\n') => throw new InvalidOperationException($"'{s}': msibuild's SQL has no escape for a quote or a line break."),
            string s => $"'{s}'",
            _ => throw new ArgumentException($"Unsupported value {value}"),
        };

        public void Dialog(string id, string title, string first, string? defaultControl, string? cancel, int attributes = Modal, int width = Width, int height = Height) =>
            Insert("Dialog", ("Dialog", id), ("HCentering", 50), ("VCentering", 50), ("Width", width), ("Height", height), ("Attributes", attributes),
                ("Title", title), ("Control_First", first), ("Control_Default", defaultControl), ("Control_Cancel", cancel));

        public void Control(string dialog, string id, string type, int x, int y, int w, int h, int attributes, string? property = null, string? text = null, string? next = null) =>
            Insert("Control", ("Dialog_", dialog), ("Control", id), ("Type", type), ("X", x), ("Y", y), ("Width", w), ("Height", h),
                ("Attributes", attributes), ("Property", property), ("Text", text), ("Control_Next", next));

        private readonly Dictionary<(string, string), int> _ordering = [];

        /// <summary>Control events run in Ordering; each condition is evaluated when its turn comes.</summary>
        public void Event(string dialog, string control, string @event, string argument, string condition = "1")
        {
            var key = (dialog, control);
            var order = _ordering.GetValueOrDefault(key) + 1;
            _ordering[key] = order;
            Insert("ControlEvent", ("Dialog_", dialog), ("Control_", control), ("Event", @event), ("Argument", argument), ("Condition", condition), ("Ordering", order));
        }

        public void SetProperty(string dialog, string control, string property, string value, string condition = "1") =>
            Event(dialog, control, $"[{property}]", value.Length == 0 ? "{}" : value, condition);
    }

    /// <summary>The post-build SQL of a package's dialogs (one statement per line, as installer/PostBuild/*.sql).</summary>
    public static string Sql(DialogPlan plan, string generator)
    {
        var t = Build(plan);
        var s = new StringBuilder();
        s.Append($"-- GENERATED by installer/OutlookAnywhere.Packaging ({generator}) from the property definitions; do not edit, regenerate:\n");
        s.Append($"--   {GeneratedSources.RegenerateCommand}\n");
        s.Append("-- The interactive setup (full UI only): Windows Installer's UI tables, which wixl cannot author.\n");
        foreach (var statement in t.Statements) s.Append(statement).Append('\n');
        return s.ToString();
    }

    private static Tables Build(DialogPlan plan)
    {
        var t = new Tables();
        t.Statements.AddRange(CreateTables);

        t.Insert("TextStyle", ("TextStyle", "OaNormal"), ("FaceName", "Tahoma"), ("Size", 8));
        t.Insert("TextStyle", ("TextStyle", "OaTitle"), ("FaceName", "Tahoma"), ("Size", 9), ("StyleBits", 1));
        t.Insert("TextStyle", ("TextStyle", "OaBig"), ("FaceName", "Tahoma"), ("Size", 12), ("StyleBits", 1));
        t.Insert("Property", ("Property", "DefaultUIFont"), ("Value", "OaNormal"));
        t.Insert("Property", ("Property", "ErrorDialog"), ("Value", ErrorDialog));
        // Units the progress text may use (the SDK's UIText keys).
        foreach (var (key, text) in new[] { ("bytes", "bytes"), ("KB", "KB"), ("MB", "MB"), ("GB", "GB") })
            t.Insert("UIText", ("Key", key), ("Text", text));

        // The UI sequence: the package's own remember/given/default actions first (fields show the command line, then the
        // transform, then the remembered settings, then the defaults), then the dialogs.
        // Defaults only for a first install: in maintenance they would reach the execute sequence as if given, and be remembered.
        foreach (var (action, condition, sequence) in plan.PrefillActions)
            t.Insert("InstallUISequence", ("Action", action), ("Condition", plan.Defaults.Keys.Any(p => action == $"Default_{p}") ? $"NOT Installed AND ({condition})" : condition),
                ("Sequence", sequence));
        foreach (var (action, property, value) in plan.NewActions ?? [])
            t.Insert("CustomAction", ("Action", action), ("Type", 51), ("Source", property), ("Target", value));
        var switchSequence = plan.PrefillActions.Max(a => a.Sequence) + 1;
        foreach (var field in plan.Fields.Where(f => f.Kind == FieldKind.Switch))
        {
            t.Insert("CustomAction", ("Action", $"OaUiSwitch_{field.Property}"), ("Type", 51), ("Source", SwitchProperty(field.Property)), ("Target", "1"));
            t.Insert("InstallUISequence", ("Action", $"OaUiSwitch_{field.Property}"), ("Condition", $"{field.Property} = \"1\""), ("Sequence", switchSequence++));
        }
        t.Insert("InstallUISequence", ("Action", WelcomeDialog), ("Condition", "NOT Installed"), ("Sequence", 1297));
        // Maintenance comes before costing: Repair and Remove set REINSTALL or REMOVE, which CostFinalize turns into feature
        // states exactly as for "msiexec /fa" or "msiexec /x" (Wine ignores the Remove event's states once costing is done).
        t.Insert("InstallUISequence", ("Action", MaintenanceDialog), ("Condition", "Installed"), ("Sequence", 790));
        t.Insert("InstallUISequence", ("Action", ProgressDialog), ("Sequence", 1299));
        t.Insert("InstallUISequence", ("Action", ExitDialog), ("Sequence", -1));
        t.Insert("InstallUISequence", ("Action", UserExitDialog), ("Sequence", -2));
        t.Insert("InstallUISequence", ("Action", FatalErrorDialog), ("Sequence", -3));

        const string product = "[ProductName]";
        Page(t, WelcomeDialog, $"{product} Setup", "{\\OaBig}Welcome to " + product + " Setup", plan.Intro + " Click Next to continue, or Cancel to leave without changes.",
            back: null, next: plan.Pages[0].Dialog, nextText: "&Next >");

        for (var i = 0; i < plan.Pages.Count; i++)
        {
            var page = plan.Pages[i];
            var back = i == 0 ? WelcomeDialog : plan.Pages[i - 1].Dialog;
            var next = i + 1 < plan.Pages.Count ? plan.Pages[i + 1].Dialog : ReadyDialog;
            SettingsPage(t, plan, page, back, next, plan.Pages.Skip(i + 1).SelectMany(p => p.Fields).ToList());
        }

        // Ready: what is about to be configured, as the property names an administrator would use on the command line.
        Frame(t, ReadyDialog, $"{product} Setup: ready", "Ready to configure " + product,
            "Click Install to apply these settings. Click Back to change them.", first: "Install", defaultButton: "Install");
        Summary(t, ReadyDialog, plan, p => $"[{p}]", condition: null, top: 56);
        Buttons(t, ReadyDialog, back: plan.Pages[^1].Dialog, next: "Install", nextText: "&Install", first: "Install");
        // A page check runs once more over everything (and what the silent install checks of this computer): a refusal
        // keeps the Ready dialog, with the message, and nothing below runs.
        var proceed = "1";
        if (plan.PageCheck is { } install)
        {
            t.SetProperty(ReadyDialog, "Install", plan.ErrorsProperty, "");
            t.SetProperty(ReadyDialog, "Install", install.InputsProperty, "");
            t.Event(ReadyDialog, "Install", "DoAction", install.Action);
            t.Event(ReadyDialog, "Install", "SpawnDialog", InvalidDialog, plan.ErrorsProperty);
            proceed = $"NOT {plan.ErrorsProperty}";
        }
        string When(string condition) => proceed == "1" ? condition : condition == "1" ? proceed : $"{proceed} AND {condition}";
        t.SetProperty(ReadyDialog, "Install", ModeProperty, "Install", When("1"));
        foreach (var field in plan.Fields)
        {
            t.SetProperty(ReadyDialog, "Install", ShownProperty(field.Property), $"[{field.Property}]", When("1"));
            // A value left at the package's default is not "given": the install then remembers only what was set (as a
            // silent install does), so a later version's defaults and the PROXY_PRINCIPAL derived from the proxy still apply.
            t.SetProperty(ReadyDialog, "Install", field.Property, "",
                When($"NOT {plan.GivenPrefix}{field.Property} AND {field.Property} = {DefaultProperty(field.Property)}"));
        }
        t.Event(ReadyDialog, "Install", "EndDialog", "Return", When("1"));

        // Progress: modeless, shown while the execute sequence runs; the action text and the bar follow the install.
        Frame(t, ProgressDialog, $"{product} Setup: progress", "Configuring " + product, "Please wait while Setup applies the settings.", modeless: true,
            first: "Cancel", defaultButton: null);
        t.Control(ProgressDialog, "ActionText", "Text", 70, 100, 285, 12, Label);
        t.Control(ProgressDialog, "StatusLabel", "Text", 20, 100, 50, 12, Label, text: "Status:");
        t.Control(ProgressDialog, "ProgressBar", "ProgressBar", 20, 115, 330, 12, 65537, text: "Progress done");
        t.Insert("EventMapping", ("Dialog_", ProgressDialog), ("Control_", "ActionText"), ("Event", "ActionText"), ("Attribute", "Text"));
        t.Insert("EventMapping", ("Dialog_", ProgressDialog), ("Control_", "ProgressBar"), ("Event", "SetProgress"), ("Attribute", "Progress"));
        Buttons(t, ProgressDialog, back: null, next: null, nextText: "&Next >", first: "Cancel");

        // Finish: what was configured (or repaired, or removed).
        Frame(t, ExitDialog, $"{product} Setup: completed", "Completed " + product + " Setup", "", titleStyle: "OaBig", first: "Finish", defaultButton: "Finish", cancel: "Finish");
        t.Control(ExitDialog, "Installed", "Text", 20, 52, 330, 24, Plain, text: plan.Texts.Installed);
        t.Control(ExitDialog, "Repaired", "Text", 20, 52, 330, 24, Plain, text: "The settings were applied again.");
        t.Control(ExitDialog, "Removed", "Text", 20, 52, 330, 24, Plain, text: plan.Texts.Removed);
        foreach (var (control, mode) in new[] { ("Installed", "Install"), ("Repaired", "Repair"), ("Removed", "Remove") })
        {
            t.Insert("ControlCondition", ("Dialog_", ExitDialog), ("Control_", control), ("Action", "Hide"), ("Condition", $"NOT {ModeProperty} = \"{mode}\""));
            t.Insert("ControlCondition", ("Dialog_", ExitDialog), ("Control_", control), ("Action", "Show"), ("Condition", $"{ModeProperty} = \"{mode}\""));
        }
        Summary(t, ExitDialog, plan, p => $"[{ShownProperty(p)}]", condition: $"{ModeProperty} = \"Install\"", top: 80);
        Finish(t, ExitDialog, "Return");

        Frame(t, UserExitDialog, $"{product} Setup: interrupted", product + " Setup was interrupted", "", titleStyle: "OaBig", first: "Finish", defaultButton: "Finish", cancel: "Finish");
        t.Control(UserExitDialog, "Body", "Text", 20, 60, 330, 60, Plain,
            text: "Nothing was changed on this computer. Run Setup again to configure " + product + ".");
        Finish(t, UserExitDialog, "Exit");

        Frame(t, FatalErrorDialog, $"{product} Setup: failed", product + " Setup ended because of an error", "", titleStyle: "OaBig", first: "Finish", defaultButton: "Finish", cancel: "Finish");
        t.Control(FatalErrorDialog, "Body", "Text", 20, 60, 330, 60, Plain,
            text: "Nothing was changed on this computer: what Setup had done was undone. The installer log (msiexec /l*v) names the cause.");
        Finish(t, FatalErrorDialog, "Exit");

        // Cancel confirmation, spawned by every Cancel button.
        t.Dialog(CancelDialog, product, "No", "No", "No", width: 260, height: 85);
        t.Control(CancelDialog, "Text", "Text", 15, 15, 230, 30, Plain, text: "Are you sure you want to cancel " + product + " Setup? Nothing will be changed.");
        t.Control(CancelDialog, "Yes", "PushButton", 72, 57, 56, 17, Shown, text: "&Yes", next: "No");
        t.Control(CancelDialog, "No", "PushButton", 132, 57, 56, 17, Shown, text: "&No", next: "Yes");
        t.Event(CancelDialog, "Yes", "EndDialog", "Exit");
        t.Event(CancelDialog, "No", "EndDialog", "Return");

        // A refused value: the same messages a silent install logs (the check actions' own text), and back to the page.
        // The title carries the message too (a window title is what tools and screen readers can read back).
        t.Dialog(InvalidDialog, $"{product}: invalid setting: [{plan.ErrorsProperty}]", "OK", "OK", "OK", width: 300, height: 120);
        t.Control(InvalidDialog, "Text", "Text", 15, 12, 270, 75, Plain, text: $"[{plan.ErrorsProperty}]");
        t.Control(InvalidDialog, "OK", "PushButton", 122, 95, 56, 17, Shown, text: "OK", next: "OK");
        t.Event(InvalidDialog, "OK", "EndDialog", "Return");

        // Maintenance: the product is installed (double-click on the .msi, or Change in Programs and Features).
        Frame(t, MaintenanceDialog, $"{product} Setup: change", product + " is installed", "Repair applies the settings again; Remove takes them away.",
            first: "Repair", defaultButton: null);
        t.Control(MaintenanceDialog, "Repair", "PushButton", 40, 75, 80, 17, Shown, text: "&Repair", next: "Remove");
        t.Control(MaintenanceDialog, "RepairText", "Text", 130, 75, 220, 30, Plain, text: plan.Texts.Repair);
        t.Control(MaintenanceDialog, "Remove", "PushButton", 40, 120, 80, 17, Shown, text: "Re&move", next: "Cancel");
        t.Control(MaintenanceDialog, "RemoveText", "Text", 130, 120, 220, 30, Plain, text: plan.Texts.Remove);
        Buttons(t, MaintenanceDialog, back: null, next: null, nextText: "&Next >", first: "Repair", cancelNext: "Repair");
        t.SetProperty(MaintenanceDialog, "Repair", ModeProperty, "Repair");
        t.SetProperty(MaintenanceDialog, "Repair", "REINSTALLMODE", "ecmus");
        t.SetProperty(MaintenanceDialog, "Repair", "REINSTALL", "ALL");
        t.Event(MaintenanceDialog, "Repair", "EndDialog", "Return");
        t.Event(MaintenanceDialog, "Remove", "NewDialog", RemoveDialog);

        Frame(t, RemoveDialog, $"{product} Setup: remove", "Remove " + product, "Click Remove to take the settings away from this computer. Click Back to return.",
            first: "RemoveNow", defaultButton: "RemoveNow");
        Buttons(t, RemoveDialog, back: MaintenanceDialog, next: "RemoveNow", nextText: "&Remove", first: "RemoveNow");
        t.SetProperty(RemoveDialog, "RemoveNow", ModeProperty, "Remove");
        t.SetProperty(RemoveDialog, "RemoveNow", "REMOVE", "ALL");
        t.Event(RemoveDialog, "RemoveNow", "EndDialog", "Return");

        // Windows Installer's own messages (and a type 19 action's text) in full UI: ErrorText and one button per answer.
        t.Dialog(ErrorDialog, product, "ErrorText", null, null, attributes: ErrorModal, width: 270, height: 105);
        t.Control(ErrorDialog, "ErrorText", "Text", 15, 12, 240, 60, Plain);
        foreach (var (button, text) in new[] { ("ErrorOk", "OK"), ("ErrorCancel", "Cancel"), ("ErrorAbort", "Abort"), ("ErrorRetry", "Retry"), ("ErrorIgnore", "Ignore"), ("ErrorYes", "Yes"), ("ErrorNo", "No") })
        {
            t.Control(ErrorDialog, button, "PushButton", 107, 80, 56, 17, Shown, text: text);
            t.Event(ErrorDialog, button, "EndDialog", button);
        }
        return t;
    }

    /// <summary>The dialog row, its title line, description and the separating lines every page has.</summary>
    private static void Frame(Tables t, string dialog, string windowTitle, string title, string description, string titleStyle = "OaTitle",
        bool modeless = false, string first = "Next", string? defaultButton = "Next", string cancel = "Cancel")
    {
        t.Dialog(dialog, windowTitle, first, defaultButton, cancel, modeless ? Modeless : Modal);
        t.Control(dialog, "Title", "Text", 15, 8, 340, 18, Plain, text: $"{{\\{titleStyle}}}{title}");
        if (description.Length > 0) t.Control(dialog, "Description", "Text", 25, 27, 325, 18, Plain, text: description);
        t.Control(dialog, "TopLine", "Line", 0, 47, Width, 0, Disabled);
        t.Control(dialog, "BottomLine", "Line", 0, 234, Width, 0, Disabled);
    }

    private static void Page(Tables t, string dialog, string windowTitle, string title, string body, string? back, string next, string nextText)
    {
        Frame(t, dialog, windowTitle, title, "", titleStyle: "OaBig");
        t.Control(dialog, "Body", "Text", 20, 60, 330, 120, Plain, text: body);
        Buttons(t, dialog, back, "Next", nextText, first: "Next");
        t.Event(dialog, "Next", "NewDialog", next);
    }

    /// <summary>Back, Next (or Install, Remove) and Cancel at the bottom; a missing target disables the button.</summary>
    private static void Buttons(Tables t, string dialog, string? back, string? next, string nextText, string first, string? cancelNext = null)
    {
        var nextId = next is "Install" or "RemoveNow" ? next : "Next";
        t.Control(dialog, "Back", "PushButton", 180, 243, 56, 17, back is null ? Disabled : Shown, text: "< &Back", next: nextId);
        t.Control(dialog, nextId, "PushButton", 236, 243, 56, 17, next is null ? Disabled : Shown, text: nextText, next: "Cancel");
        t.Control(dialog, "Cancel", "PushButton", 304, 243, 56, 17, Shown, text: "Cancel", next: cancelNext ?? (first == nextId ? "Back" : first));
        if (back is not null) t.Event(dialog, "Back", "NewDialog", back);
        t.Event(dialog, "Cancel", "SpawnDialog", CancelDialog);
    }

    private static void Finish(Tables t, string dialog, string end)
    {
        t.Control(dialog, "Finish", "PushButton", 236, 243, 56, 17, Shown, text: "&Finish", next: "Finish");
        t.Event(dialog, "Finish", "EndDialog", end);
    }

    /// <summary>One line per property: its name (as on the msiexec command line) and its value.</summary>
    private static void Summary(Tables t, string dialog, DialogPlan plan, Func<string, string> value, string? condition, int top)
    {
        var y = top;
        foreach (var field in plan.Fields)
        {
            var name = $"Name_{field.Property}";
            var shown = $"Value_{field.Property}";
            t.Control(dialog, name, "Text", 20, y, 120, 9, Plain, text: field.Property);
            t.Control(dialog, shown, "Text", 140, y, 215, 9, Plain | 262144, text: value(field.Property));
            if (condition is not null)
                foreach (var control in new[] { name, shown })
                {
                    t.Insert("ControlCondition", ("Dialog_", dialog), ("Control_", control), ("Action", "Hide"), ("Condition", $"NOT ({condition})"));
                    t.Insert("ControlCondition", ("Dialog_", dialog), ("Control_", control), ("Action", "Show"), ("Condition", condition));
                }
            y += 9;
        }
        if (y > 232) throw new InvalidOperationException($"{dialog}: {plan.Fields.Count()} summary lines do not fit above the buttons.");
    }

    private static void SettingsPage(Tables t, DialogPlan plan, DialogPage page, string back, string next, IReadOnlyList<DialogField> laterFields)
    {
        var inputs = page.Fields.Select(FieldControl).ToList();
        Frame(t, page.Dialog, $"[ProductName] Setup: {page.Title.ToLowerInvariant()}", page.Title, page.Description, first: inputs[0]);
        var y = 56;
        for (var i = 0; i < page.Fields.Count; i++)
        {
            var field = page.Fields[i];
            var nextControl = i + 1 < page.Fields.Count ? inputs[i + 1] : "Back";
            switch (field.Kind)
            {
                case FieldKind.Switch:
                    t.Control(page.Dialog, inputs[i], "CheckBox", 20, y, 330, 14, Shown, SwitchProperty(field.Property), field.Label, nextControl);
                    t.Insert("CheckBox", ("Property", SwitchProperty(field.Property)), ("Value", "1"));
                    y += 17;
                    break;
                case FieldKind.Text:
                case FieldKind.Choice:
                    var labelHeight = field.Label.Length > 70 ? 20 : 11;
                    t.Control(page.Dialog, $"{inputs[i]}Label", "Text", 20, y, 330, labelHeight, Label, text: field.Label);
                    y += labelHeight + 1;
                    if (field.Kind == FieldKind.Text)
                        t.Control(page.Dialog, inputs[i], "Edit", 20, y, 330, 15, Field, field.Property, $"{{{MaxLength(field.Property)}}}", nextControl);
                    else
                    {
                        t.Control(page.Dialog, inputs[i], "ComboBox", 20, y, 160, 60, DropDownList, field.Property, next: nextControl);
                        for (var c = 0; c < field.Choices!.Count; c++)
                            t.Insert("ComboBox", ("Property", field.Property), ("Order", c + 1), ("Value", field.Choices[c]), ("Text", field.Choices[c]));
                    }
                    y += 20;
                    break;
            }
        }
        if (y > 230) throw new InvalidOperationException($"{page.Dialog}: the fields do not fit above the buttons.");
        Buttons(t, page.Dialog, back, "Next", "&Next >", first: inputs[0]);

        // Leaving with Next: switches to 1/0, then what the person changed from the default counts as given (checked and
        // remembered, like a value on the command line), then the package's own checks, exactly as a silent install runs them.
        var d = page.Dialog;
        // A value that is neither 1 nor 0 (given on the command line, by a transform or remembered) is not replaced by the
        // check box the first time: the checks below refuse it with the silent install's message; leaving the page again
        // then takes the check box as the person left it.
        foreach (var field in page.Fields.Where(f => f.Kind == FieldKind.Switch))
        {
            var p = field.Property;
            var settable = $"({p} = \"1\" OR {p} = \"0\" OR {SwitchSeenProperty(p)})";
            t.SetProperty(d, "Next", p, "1", $"{SwitchProperty(p)} AND {settable}");
            t.SetProperty(d, "Next", p, "0", $"NOT {SwitchProperty(p)} AND {settable}");
            t.SetProperty(d, "Next", SwitchSeenProperty(p), "1");
        }
        foreach (var field in page.Fields)
        {
            t.SetProperty(d, "Next", DefaultProperty(field.Property), plan.Defaults[field.Property]);
            t.SetProperty(d, "Next", plan.GivenPrefix + field.Property, $"[{field.Property}]",
                $"NOT {plan.GivenPrefix}{field.Property} AND NOT {field.Property} = {DefaultProperty(field.Property)}");
        }
        // A later default that follows a value on this page (msstd:[PROXY_SERVER]) follows it, unless it was given.
        foreach (var later in laterFields.Where(f => References(plan.Defaults[f.Property]).Intersect(page.Fields.Select(p => p.Property)).Any()))
            t.SetProperty(d, "Next", later.Property, plan.Defaults[later.Property], $"NOT {plan.GivenPrefix}{later.Property}");

        t.SetProperty(d, "Next", plan.ErrorsProperty, "");
        if (plan.PageCheck is { } pageCheck)
        {
            t.SetProperty(d, "Next", pageCheck.InputsProperty, string.Join(';', page.Fields.Select(f => f.Property)));
            t.Event(d, "Next", "DoAction", pageCheck.Action);
        }
        var checks = page.Fields.Select(f => plan.Checks[f.Property]).ToList();
        foreach (var flag in checks.SelectMany(c => c.FlagsToClear)) t.SetProperty(d, "Next", flag, "");
        foreach (var action in checks.SelectMany(c => c.FlagActions).Concat(checks.SelectMany(c => c.Checks)))
            t.Event(d, "Next", "DoAction", action.Action, action.Condition.Replace("\"'\"", ClientPackageSource.ApostropheProperty, StringComparison.Ordinal));
        t.Event(d, "Next", "SpawnDialog", InvalidDialog, plan.ErrorsProperty);
        t.Event(d, "Next", "NewDialog", next, $"NOT {plan.ErrorsProperty}");
    }

    private static string FieldControl(DialogField field) => string.Concat(field.Property.Split('_').Select(p => p[0] + p[1..].ToLowerInvariant()));

    private static int MaxLength(string property) =>
        property is Logic.ClientProperties.MailboxName or Logic.ClientProperties.ProfileName ? Logic.ClientProperties.MaxTextLength : 255;

    private static IEnumerable<string> References(string formatted) =>
        Regex.Matches(formatted, @"\[([A-Za-z_][A-Za-z0-9_.]*)\]").Select(m => m.Groups[1].Value);

    /// <summary>The UI tables wixl does not create (column types from the Windows Installer SDK's table reference).</summary>
    private static readonly string[] CreateTables =
    [
        "CREATE TABLE `Dialog` (`Dialog` CHAR(72) NOT NULL, `HCentering` SHORT NOT NULL, `VCentering` SHORT NOT NULL, `Width` SHORT NOT NULL, `Height` SHORT NOT NULL, `Attributes` LONG, `Title` CHAR(128) LOCALIZABLE, `Control_First` CHAR(50) NOT NULL, `Control_Default` CHAR(50), `Control_Cancel` CHAR(50) PRIMARY KEY `Dialog`)",
        "CREATE TABLE `Control` (`Dialog_` CHAR(72) NOT NULL, `Control` CHAR(50) NOT NULL, `Type` CHAR(20) NOT NULL, `X` SHORT NOT NULL, `Y` SHORT NOT NULL, `Width` SHORT NOT NULL, `Height` SHORT NOT NULL, `Attributes` LONG, `Property` CHAR(72), `Text` LONGCHAR LOCALIZABLE, `Control_Next` CHAR(50), `Help` CHAR(50) LOCALIZABLE PRIMARY KEY `Dialog_`, `Control`)",
        "CREATE TABLE `ControlEvent` (`Dialog_` CHAR(72) NOT NULL, `Control_` CHAR(50) NOT NULL, `Event` CHAR(50) NOT NULL, `Argument` CHAR(255) NOT NULL, `Condition` CHAR(255), `Ordering` SHORT PRIMARY KEY `Dialog_`, `Control_`, `Event`, `Argument`, `Condition`)",
        "CREATE TABLE `ControlCondition` (`Dialog_` CHAR(72) NOT NULL, `Control_` CHAR(50) NOT NULL, `Action` CHAR(50) NOT NULL, `Condition` CHAR(255) NOT NULL PRIMARY KEY `Dialog_`, `Control_`, `Action`, `Condition`)",
        "CREATE TABLE `EventMapping` (`Dialog_` CHAR(72) NOT NULL, `Control_` CHAR(50) NOT NULL, `Event` CHAR(50) NOT NULL, `Attribute` CHAR(50) NOT NULL PRIMARY KEY `Dialog_`, `Control_`, `Event`)",
        "CREATE TABLE `CheckBox` (`Property` CHAR(72) NOT NULL, `Value` CHAR(64) PRIMARY KEY `Property`)",
        "CREATE TABLE `ComboBox` (`Property` CHAR(72) NOT NULL, `Order` SHORT NOT NULL, `Value` CHAR(64) NOT NULL, `Text` CHAR(64) LOCALIZABLE PRIMARY KEY `Property`, `Order`)",
        "CREATE TABLE `TextStyle` (`TextStyle` CHAR(72) NOT NULL, `FaceName` CHAR(32) NOT NULL, `Size` SHORT NOT NULL, `Color` LONG, `StyleBits` SHORT PRIMARY KEY `TextStyle`)",
        "CREATE TABLE `UIText` (`Key` CHAR(72) NOT NULL, `Text` CHAR(255) LOCALIZABLE PRIMARY KEY `Key`)",
    ];
}
