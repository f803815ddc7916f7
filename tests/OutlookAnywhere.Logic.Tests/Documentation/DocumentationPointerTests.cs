using System.Text.RegularExpressions;

namespace OutlookAnywhere.Logic.Tests;

/// <summary>
/// Code comments and docs point to the project's own documentation by file and section number (the DOMAIN file's
/// section 2.3 written with a section sign) or by file and a heading in quotes; the quoted words may also be the
/// label that begins a paragraph or list item (the docs' "- **Process starts.** ..." style). A pointer to a file that
/// is not there, or to a section, heading or label the file does not have, is a broken promise to the reader: this
/// test names each one with its file and line.
/// </summary>
public partial class DocumentationPointerTests
{
    private static readonly string[] SourcePatterns = ["*.cs", "*.c", "*.wxs", "*.wxi", "*.sh", "*.cmd", "*.props", "*.csproj", "*.sql", "*.md"];

    /// <summary>Build outputs, Wine prefixes (whose dosdevices links lead anywhere) and git's own folder.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "out", ".git" };

    // A file name ending in .md (optionally under docs/), or README alone, then a section sign and number.
    [GeneratedRegex(@"(?<file>(?:docs/)?[A-Za-z][\w.-]*\.md|\bREADME)\b,? \u00a7(?<section>\d+(?:\.\d+)*)")]
    private static partial Regex SectionPointer();

    // The same, then a quoted heading.
    [GeneratedRegex(@"(?<file>(?:docs/)?[A-Za-z][\w.-]*\.md|\bREADME)\b,? ""(?<heading>[^""\n]+)""")]
    private static partial Regex HeadingPointer();

    // A section sign with no file before it: inside a docs file, the file's own section.
    [GeneratedRegex(@"(?<!\.md,? |\bREADME,? )\u00a7(?<section>\d+(?:\.\d+)*)")]
    private static partial Regex OwnSectionPointer();

    [GeneratedRegex(@"^#+\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)*)\.?(?:\s|$)")]
    private static partial Regex SectionNumber();

    // What a paragraph or list item begins with, after its list marker and emphasis.
    [GeneratedRegex(@"^\s*(?:[-*]\s+|\d+\.\s+)?[*_]*(?<text>.*)$")]
    private static partial Regex LeadWords();

    [Fact]
    public void Every_pointer_to_the_docs_names_a_file_and_a_section_or_heading_that_exist()
    {
        var root = Repository.Root;
        var broken = new List<string>();
        var pointers = 0;
        foreach (var file in SourceFiles(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            // In a docs file a section sign alone points into the file itself.
            var self = relative.EndsWith(".md", StringComparison.Ordinal) ? Resolve(root, relative) : null;
            for (var i = 0; i < lines.Length; i++)
            {
                var where = $"{relative}:{i + 1}";
                var matches = SectionPointer().Matches(lines[i]).Concat(HeadingPointer().Matches(lines[i]))
                    .Concat(self is null ? Enumerable.Empty<Match>() : OwnSectionPointer().Matches(lines[i]));
                foreach (var match in matches)
                {
                    pointers++;
                    var name = match.Groups["file"].Success ? match.Groups["file"].Value : relative;
                    var target = match.Groups["file"].Success ? Resolve(root, name) : self;
                    var problem = target is null ? $"{name} is not a file in the repository (docs/ or its root)" : Problem(target, match);
                    if (problem is not null) broken.Add($"{where}: '{match.Value}': {problem}");
                }
            }
        }

        Assert.True(pointers > 20, $"Only {pointers} pointers to the docs found: is the scan still reading the sources?");
        Assert.True(broken.Count == 0, $"{broken.Count} broken pointer(s) to the docs:\n{string.Join("\n", broken)}");
    }

    [Fact]
    public void The_scan_reads_the_sources_of_every_kind_and_no_build_output()
    {
        var files = SourceFiles(Repository.Root).Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/')).ToList();
        Assert.Contains("installer/Server/Server.wxs", files);
        Assert.Contains("installer/Client/OutlookDetection.wxi", files);
        Assert.Contains("installer/PostBuild/Client.sql", files);
        Assert.Contains("docs/DOMAIN.md", files);
        Assert.Contains("build.sh", files);
        Assert.DoesNotContain(files, f => f.Split('/').Any(SkippedFolders.Contains));
    }

    /// <summary>What is wrong with a pointer to <paramref name="target"/>: null when its section or heading is there.</summary>
    private static string? Problem(DocumentationFile target, Match pointer)
    {
        if (pointer.Groups["section"] is { Success: true } section)
            return target.Sections.Contains(section.Value) ? null : $"{target.Name} has no section {section.Value} (it has {string.Join(", ", target.Sections)})";
        var heading = pointer.Groups["heading"].Value;
        return target.HasHeading(heading) ? null : $"{target.Name} has no heading or paragraph label \"{heading}\"";
    }

    /// <summary>
    /// The repository's source files, folder by folder. Folders are enumerated here, not by
    /// Directory.EnumerateFiles(AllDirectories): build outputs and symbolic links (a Wine prefix's dosdevices
    /// point at / and at the prefix itself) are left out before anything below them is read.
    /// </summary>
    private static IEnumerable<string> SourceFiles(string root)
    {
        var folders = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            foreach (var pattern in SourcePatterns)
                foreach (var file in folder.EnumerateFiles(pattern))
                    if (file.LinkTarget is null) yield return file.FullName;
            foreach (var child in folder.EnumerateDirectories())
                if (!SkippedFolders.Contains(child.Name) && child.LinkTarget is null && !child.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    folders.Push(child);
        }
    }

    private static readonly Dictionary<string, DocumentationFile?> Files = new(StringComparer.Ordinal);

    /// <summary>docs/NAME.md, NAME.md in docs/ or at the root, README for README.md.</summary>
    private static DocumentationFile? Resolve(string root, string name)
    {
        lock (Files)
        {
            if (!Files.TryGetValue(name, out var file))
            {
                var fileName = name == "README" ? "README.md" : name;
                var path = new[] { Path.Combine(root, fileName), Path.Combine(root, "docs", fileName) }.FirstOrDefault(File.Exists);
                file = path is null ? null : DocumentationFile.Read(Path.GetRelativePath(root, path).Replace('\\', '/'), path);
                Files[name] = file;
            }
            return file;
        }
    }

    private sealed record DocumentationFile(string Name, IReadOnlyList<string> Headings, IReadOnlyList<string> Leads, IReadOnlySet<string> Sections)
    {
        public static DocumentationFile Read(string name, string path)
        {
            var headings = new List<string>();
            var leads = new List<string>();
            var inCode = false;
            foreach (var line in File.ReadLines(path))
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inCode = !inCode;
                else if (inCode) continue;
                else if (HeadingLine().Match(line) is { Success: true } heading) headings.Add(heading.Groups["text"].Value.Replace("`", ""));
                else leads.Add(LeadWords().Match(line).Groups["text"].Value.Replace("`", ""));
            }
            var sections = headings.Select(h => SectionNumber().Match(h)).Where(m => m.Success).Select(m => m.Groups["number"].Value).ToHashSet(StringComparer.Ordinal);
            return new DocumentationFile(name, headings, leads, sections);
        }

        /// <summary>
        /// A heading that is the quoted text or begins with it (a section number before it is not needed), or a
        /// paragraph or list item that begins with it.
        /// </summary>
        public bool HasHeading(string quoted) =>
            Headings.Any(heading => Begins(heading, quoted) ||
                                    (SectionNumber().Match(heading) is { Success: true } number && Begins(heading[number.Length..].TrimStart(), quoted)))
            || Leads.Any(lead => Begins(lead, quoted));

        private static bool Begins(string heading, string quoted) =>
            heading.StartsWith(quoted, StringComparison.OrdinalIgnoreCase) && (heading.Length == quoted.Length || !char.IsLetterOrDigit(heading[quoted.Length]));
    }
}
