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
        Assert.Equal(["OaCheck", "OaCheckRemoval", "OaCommit", "OaDeferred", "OaPrepare", "OaSchedule", "OaValidate"], called);
        // Undecorated names (no _OaValidate@4): what Windows Installer looks up for a DllEntry.
        Assert.Equal(called, image.Exports.Order().ToArray());
    }

    /// <summary>
    /// The uninstall's CustomActionData comes from OaSchedule, which starts nothing: every action OaScheduledActions names is
    /// one of the shim's deferred actions (with the verb its type calls for) or its commit action (program path only).
    /// </summary>
    [Theory]
    [InlineData("x86")]
    [InlineData("x64")]
    public void The_actions_OaSchedule_gives_data_are_the_shims_removal_rollback_and_commit_actions(string platform)
    {
        const int rollback = 0x100, commit = 0x200;
        using var database = MsiDatabase.Open(PackageLocations.ServerPackageFor(platform));
        var actions = database.GetRequiredTable("CustomAction").Rows.ToDictionary(r => r.GetString("Action")!);
        var scheduled = database.GetRequiredTable("Property").Rows.Single(r => r.GetString("Property") == "OaScheduledActions")
            .GetString("Value")!.Split(';').Select(item => item.Split('=')).ToDictionary(pair => pair[0], pair => pair[1]);

        Assert.Equal(["OaCommitServerSettings", "OaRemoveServerSettings", "OaRollbackRemoveServerSettings"], scheduled.Keys.Order(StringComparer.Ordinal));
        foreach (var (action, verb) in scheduled)
        {
            var row = actions[action];
            Assert.Equal(ShimBinary, row.GetString("Source"));
            var type = row.GetInt("Type")!.Value;
            var (entry, expectedVerb) = (type & commit) != 0 ? ("OaCommit", "") : (type & rollback) != 0 ? ("OaDeferred", "restore") : ("OaDeferred", "remove");
            Assert.Equal(entry, row.GetString("Target"));
            Assert.Equal(expectedVerb, verb);
        }
    }

    /// <summary>The few PE/COFF header fields the test needs (Microsoft PE format: COFF header, optional header, export directory).</summary>
    private sealed record PortableExecutable(ushort Machine, ushort Magic, bool IsDll, IReadOnlyList<string> Exports)
    {
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
            return new PortableExecutable(machine, magic, (characteristics & 0x2000) != 0, exports);
        }

        private static ushort U16(byte[] file, int at) => BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at));
        private static uint U32(byte[] file, int at) => BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(at));
    }
}
