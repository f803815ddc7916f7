using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ValidPortsRemovalTests
{
    private static readonly string[] Ours = ["ex01:6001-6002", "ex01:6004"];

    [Fact]
    public void Unchanged_value_is_restored_byte_for_byte()
    {
        const string before = "HOST:593;;HOST:49152-65535; ";
        Assert.Equal(before, ValidPortsRemoval.Remove("HOST:593;HOST:49152-65535;ex01:6001-6002;ex01:6004", before, "HOST:593;HOST:49152-65535;ex01:6001-6002;ex01:6004", Ours));
    }

    [Fact]
    public void Unchanged_value_that_did_not_exist_before_is_deleted()
    {
        Assert.Null(ValidPortsRemoval.Remove("ex01:6001-6002;ex01:6004", null, "ex01:6001-6002;ex01:6004", Ours));
    }

    [Fact]
    public void Unchanged_value_that_was_empty_before_becomes_empty_again()
    {
        Assert.Equal("", ValidPortsRemoval.Remove("ex01:6001-6002;ex01:6004", "", "ex01:6001-6002;ex01:6004", Ours));
    }

    [Fact]
    public void Uninstall_keeps_entries_added_by_someone_else()
    {
        var result = ValidPortsRemoval.Remove("HOST:593;ex01:6001-6002;ex01:6004;other:6001", "HOST:593", "HOST:593;ex01:6001-6002;ex01:6004", Ours);
        Assert.Equal("HOST:593;other:6001", result);
    }

    [Fact]
    public void Uninstall_removes_our_entries_in_other_case()
    {
        var result = ValidPortsRemoval.Remove("HOST:593;EX01:6001-6002;Ex01:6004 ;x:1", "HOST:593", "HOST:593;ex01:6001-6002;ex01:6004", Ours);
        Assert.Equal("HOST:593;x:1", result);
    }

    [Fact]
    public void Uninstall_removes_only_one_occurrence_of_our_entry_the_last()
    {
        var result = ValidPortsRemoval.Remove("EX01:6004;x:1;ex01:6004", null, "ex01:6004", ["ex01:6004"]);
        Assert.Equal("EX01:6004;x:1", result);
    }

    [Fact]
    public void Uninstall_leaves_a_changed_value_without_our_entries_as_it_is()
    {
        Assert.Equal("x:1;", ValidPortsRemoval.Remove("x:1;", "HOST:593", "HOST:593;ex01:6004", ["ex01:6004"]));
    }

    [Fact]
    public void Uninstall_does_not_recreate_a_value_someone_deleted()
    {
        Assert.Null(ValidPortsRemoval.Remove(null, "HOST:593", "HOST:593;ex01:6004", ["ex01:6004"]));
    }

    [Fact]
    public void Uninstall_deletes_a_changed_value_left_empty_when_it_did_not_exist_before()
    {
        Assert.Null(ValidPortsRemoval.Remove("ex01:6004;", null, "ex01:6004", ["ex01:6004"]));
    }

    [Fact]
    public void Uninstall_leaves_an_empty_value_when_one_existed_before()
    {
        Assert.Equal("", ValidPortsRemoval.Remove("ex01:6004;", "HOST:593", "HOST:593;ex01:6004", ["ex01:6004"]));
    }
}
