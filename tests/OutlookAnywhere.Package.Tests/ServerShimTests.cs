using System.Buffers.Binary;
using System.Text;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Package.Tests;

/// <summary>
/// The native shim in each server build is the platform's own: a PE32 i386 DLL in the x86 package (it cannot run here: no
/// 32-bit Wine) and a PE32+ x86-64 DLL in the x64 package, both exporting the entry points the CustomAction table names.
/// </summary>
public class ServerShimTests
{
    public const string ShimBinary = "OaShim";

    [Theory]
    [InlineData("x86", (ushort)0x14C, (ushort)0x10B)]   // IMAGE_FILE_MACHINE_I386, PE32
    [InlineData("x64", (ushort)0x8664, (ushort)0x20B)]  // IMAGE_FILE_MACHINE_AMD64, PE32+
    public void The_shim_is_a_DLL_for_the_builds_platform_exporting_every_entry_point_the_package_calls(string platform, ushort machine, ushort magic)
    {
        using var database = MsiDatabase.Open(PackageLocations.ServerPackageFor(platform));
        var shim = database.ReadStream(database.GetRequiredTable("Binary").Rows.Single(r => r.GetString("Name") == ShimBinary).GetString("Data")!)!;
        var image = PortableExecutable.Read(shim);
        Assert.Equal(machine, image.Machine);
        Assert.Equal(magic, image.Magic);
        Assert.True(image.IsDll, "oa_shim.dll must be a DLL");

        var called = database.GetRequiredTable("CustomAction").Rows
            .Where(r => r.GetString("Source") == ShimBinary).Select(r => r.GetString("Target")!).Distinct().Order().ToArray();
        Assert.Equal(["OaApply", "OaCheck", "OaCheckRemoval", "OaCommit", "OaPrepare", "OaPrepareFolder", "OaRemove", "OaRestore", "OaValidate"], called);
        // Undecorated names (no _OaValidate@4): what Windows Installer looks up for a DllEntry.
        Assert.Equal(called, image.Exports.Order().ToArray());
    }

    /// <summary>
    /// The shim carries the program the custom actions run as its OA_PROGRAM resource (RT_RCDATA), byte for byte the
    /// oa-server.exe this build made, in both platforms' shims; the package has no other copy for the actions to run
    /// (customactions/Shim/oa_shim.c, "Where the program runs").
    /// </summary>
    [Theory]
    [InlineData("x86")]
    [InlineData("x64")]
    public void The_shim_carries_exactly_the_built_program_and_the_package_no_other_copy_for_the_actions(string platform)
    {
        using var database = MsiDatabase.Open(PackageLocations.ServerPackageFor(platform));
        var binaries = database.GetRequiredTable("Binary").Rows.ToList();
        Assert.Equal([ShimBinary], binaries.Select(r => r.GetString("Name")));
        var shim = PortableExecutable.Read(database.ReadStream(binaries[0].GetString("Data")!)!);
        var built = File.ReadAllBytes(Path.Combine(Repository.Output, "obj", "actions", "oa-server.exe"));
        Assert.True(shim.Resource(10, "OA_PROGRAM") is { } program && program.AsSpan().SequenceEqual(built),
            $"the {platform} oa_shim.dll's OA_PROGRAM resource is not the built oa-server.exe");
    }

    /// <summary>
    /// The package's CustomAction table, not CustomActionData, decides which verb runs as SYSTEM: each shim entry point
    /// runs one verb, and each action's type matches its entry point. Immediate actions (run as the installing user) only
    /// check and plan; every deferred one runs without impersonation; OaRestore only as a rollback action, OaCommit only as
    /// the commit action or the script's own clean-up when rollback is disabled (docs/server-runtime.md, "Where the program runs").
    /// </summary>
    [Theory]
    [InlineData("x86")]
    [InlineData("x64")]
    public void Each_shim_action_runs_the_verb_its_type_calls_for(string platform)
    {
        const int deferred = 0x400, rollback = 0x100, commit = 0x200, noImpersonate = 0x800;
        using var database = MsiDatabase.Open(PackageLocations.ServerPackageFor(platform));
        var rows = database.GetRequiredTable("CustomAction").Rows.Where(r => r.GetString("Source") == ShimBinary).ToList();
        var condition = database.GetRequiredTable("InstallExecuteSequence").Rows
            .ToDictionary(r => r.GetString("Action")!, r => r.GetString("Condition") ?? "");
        foreach (var row in rows)
        {
            var (action, type, entry) = (row.GetString("Action")!, row.GetInt("Type")!.Value, row.GetString("Target")!);
            string[] allowed = (type & deferred) == 0 ? ["OaValidate", "OaCheck", "OaPrepare", "OaCheckRemoval"]
                : (type & rollback) != 0 ? ["OaRestore"]
                : (type & commit) != 0 ? ["OaCommit"]
                : condition.GetValueOrDefault(action) == "RollbackDisabled" ? ["OaCommit"]
                : ["OaPrepareFolder", "OaApply", "OaRemove"];
            Assert.True(allowed.Contains(entry), $"{action} (type {type}) calls {entry}; allowed: {string.Join(", ", allowed)}");
            if ((type & deferred) != 0) Assert.True((type & noImpersonate) != 0, $"{action} (type {type}) must run without impersonation");
        }
        Assert.Equal(2, rows.Count(r => r.GetString("Target") == "OaRestore"));
        // The folder is made (or emptied) before either rollback action is scheduled, so a failure there leaves no rollback.
        var sequence = database.GetRequiredTable("InstallExecuteSequence").Rows.ToDictionary(r => r.GetString("Action")!, r => r.GetInt("Sequence")!.Value);
        var prepare = rows.Single(r => r.GetString("Target") == "OaPrepareFolder").GetString("Action")!;
        Assert.Equal("", condition[prepare]);
        Assert.All(rows.Where(r => r.GetString("Target") is "OaRestore" or "OaApply" or "OaRemove"),
            r => Assert.True(sequence[prepare] < sequence[r.GetString("Action")!], $"{prepare} must come before {r.GetString("Action")}"));
    }

    /// <summary>The few PE/COFF header fields the test needs (Microsoft PE format: COFF header, optional header, export directory).</summary>
    private sealed record PortableExecutable(ushort Machine, ushort Magic, bool IsDll, IReadOnlyList<string> Exports, Func<int, string, byte[]?> FindResource)
    {
        /// <summary>The first language's data of the resource <paramref name="type"/> (an ID) / <paramref name="name"/>, or null.</summary>
        public byte[]? Resource(int type, string name) => FindResource(type, name);

        public static PortableExecutable Read(byte[] file)
        {
            var pe = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(0x3C));
            Assert.Equal("PE\0\0", Encoding.ASCII.GetString(file, pe, 4));
            var coff = pe + 4;
            var machine = U16(file, coff);
            var sections = U16(file, coff + 2);
            var optionalSize = U16(file, coff + 16);
            var characteristics = U16(file, coff + 18);
            var optional = coff + 20;
            var magic = U16(file, optional);
            var exportDirectory = optional + (magic == 0x20B ? 112 : 96);
            var exportRva = U32(file, exportDirectory);
            var table = optional + optionalSize;

            int Offset(uint rva)
            {
                for (var i = 0; i < sections; i++)
                {
                    var section = table + i * 40;
                    var start = U32(file, section + 12);
                    var size = Math.Max(U32(file, section + 8), U32(file, section + 16));
                    if (rva >= start && rva < start + size) return (int)(rva - start + U32(file, section + 20));
                }
                throw new InvalidDataException($"RVA 0x{rva:x} is in no section.");
            }

            var exports = new List<string>();
            if (exportRva != 0)
            {
                var directory = Offset(exportRva);
                var count = U32(file, directory + 24);
                var names = Offset(U32(file, directory + 32));
                for (var i = 0; i < count; i++)
                {
                    var at = Offset(U32(file, names + i * 4));
                    var end = Array.IndexOf(file, (byte)0, at);
                    exports.Add(Encoding.ASCII.GetString(file, at, end - at));
                }
            }
            // The resource tree (PE format, ".rsrc Section"): type, name, language directories; an entry's high bit marks a
            // subdirectory (its offset) or a string name (its offset), both from the section's start.
            var resourceRva = U32(file, exportDirectory + 2 * 8);
            byte[]? FindResource(int type, string name)
            {
                if (resourceRva == 0) return null;
                var root = Offset(resourceRva);
                int? Child(int directory, Func<uint, bool> matches)
                {
                    var count = U16(file, directory + 12) + U16(file, directory + 14);
                    for (var i = 0; i < count; i++)
                    {
                        var entry = directory + 16 + i * 8;
                        if (matches(U32(file, entry))) return root + (int)(U32(file, entry + 4) & 0x7FFFFFFF);
                    }
                    return null;
                }
                bool Named(uint id)
                {
                    if ((id & 0x80000000) == 0) return false;
                    var at = root + (int)(id & 0x7FFFFFFF);
                    return Encoding.Unicode.GetString(file, at + 2, U16(file, at) * 2) == name;
                }
                if (Child(root, id => id == type) is not { } types || Child(types, Named) is not { } names
                    || Child(names, _ => true) is not { } data) return null;
                var offset = Offset(U32(file, data));
                return file.AsSpan(offset, (int)U32(file, data + 4)).ToArray();
            }
            return new PortableExecutable(machine, magic, (characteristics & 0x2000) != 0, exports, FindResource);
        }

        private static ushort U16(byte[] file, int at) => BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at));
        private static uint U32(byte[] file, int at) => BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(at));
    }
}
