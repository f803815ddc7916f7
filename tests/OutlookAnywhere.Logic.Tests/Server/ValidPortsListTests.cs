using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ValidPortsListTests
{
    private static ValidPortsEntry E(string text) =>
        ValidPortsEntry.TryParse(text, out var e) ? e! : throw new ArgumentException(text);

    private static readonly ValidPortsEntry[] Ex01 = [E("ex01:6001-6002"), E("ex01:6004"), E("ex01.contoso.com:6001-6002"), E("ex01.contoso.com:6004")];

    [Fact]
    public void Parse_keeps_entries_as_written_and_skips_empty_items()
    {
        var list = ValidPortsList.Parse("HOST:593;;Other:6001 ;");
        Assert.Equal(["HOST:593", "Other:6001 "], list.Entries);
        Assert.Equal("HOST:593;;Other:6001 ;", list.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(";")]
    public void Parse_of_absent_or_empty_value_has_no_entries(string? value)
    {
        Assert.Empty(ValidPortsList.Parse(value).Entries);
    }

    [Fact]
    public void Merge_into_an_absent_value_writes_our_entries_only()
    {
        var merge = ValidPortsList.Parse(null).Merge(Ex01);
        Assert.Equal("ex01:6001-6002;ex01:6004;ex01.contoso.com:6001-6002;ex01.contoso.com:6004", merge.NewValue);
        Assert.Equal(4, merge.Added.Count);
    }

    [Fact]
    public void Merge_into_an_empty_value_writes_our_entries_only()
    {
        Assert.Equal("ex01:6001-6002;ex01:6004;ex01.contoso.com:6001-6002;ex01.contoso.com:6004",
            ValidPortsList.Parse("").Merge(Ex01).NewValue);
    }

    [Fact]
    public void Merge_keeps_foreign_entries_first_and_appends_ours()
    {
        var merge = ValidPortsList.Parse("HOST:593;HOST:49152-65535").Merge(Ex01);
        Assert.Equal("HOST:593;HOST:49152-65535;ex01:6001-6002;ex01:6004;ex01.contoso.com:6001-6002;ex01.contoso.com:6004", merge.NewValue);
        Assert.Equal(["ex01:6001-6002", "ex01:6004", "ex01.contoso.com:6001-6002", "ex01.contoso.com:6004"], merge.Added);
    }

    [Fact]
    public void Merge_does_not_add_an_entry_present_in_other_case_and_keeps_its_case()
    {
        var merge = ValidPortsList.Parse("EX01:6001-6002;EX01.CONTOSO.COM:6004").Merge(Ex01);
        Assert.Equal("EX01:6001-6002;EX01.CONTOSO.COM:6004;ex01:6004;ex01.contoso.com:6001-6002", merge.NewValue);
        Assert.Equal(["ex01:6004", "ex01.contoso.com:6001-6002"], merge.Added);
    }

    [Fact]
    public void Merge_counts_an_existing_wider_range_of_the_same_host_as_present()
    {
        var merge = ValidPortsList.Parse("ex01:6001-6004;EX01.contoso.com:6000-6010").Merge(Ex01);
        Assert.Empty(merge.Added);
        Assert.Equal("ex01:6001-6004;EX01.contoso.com:6000-6010", merge.NewValue);
    }

    [Fact]
    public void Merge_adds_our_entry_when_an_existing_one_only_overlaps_and_never_widens_it()
    {
        var merge = ValidPortsList.Parse("ex01:6001").Merge([E("ex01:6001-6002")]);
        Assert.Equal("ex01:6001;ex01:6001-6002", merge.NewValue);
        Assert.Equal(["ex01:6001-6002"], merge.Added);
    }

    [Fact]
    public void Merge_does_not_treat_a_foreign_wildcard_as_covering()
    {
        var merge = ValidPortsList.Parse("*:6001-6004").Merge([E("ex01:6004")]);
        Assert.Equal(["ex01:6004"], merge.Added);
    }

    [Fact]
    public void Merge_tolerates_a_trailing_semicolon_and_writes_none()
    {
        var merge = ValidPortsList.Parse("HOST:593;").Merge([E("ex01:6004")]);
        Assert.Equal("HOST:593;ex01:6004", merge.NewValue);
    }

    [Fact]
    public void Merge_drops_empty_items_only_when_it_changes_the_value()
    {
        Assert.Equal("HOST:593;;ex01:6004;", ValidPortsList.Parse("HOST:593;;ex01:6004;").Merge([E("ex01:6004")]).NewValue);
        Assert.Equal("HOST:593;ex01:6004;ex01:6001", ValidPortsList.Parse("HOST:593;;ex01:6004;").Merge([E("ex01:6001")]).NewValue);
    }

    [Fact]
    public void Merge_keeps_unparseable_foreign_entries_untouched()
    {
        var merge = ValidPortsList.Parse("weird entry;HOST:*").Merge([E("ex01:6004")]);
        Assert.Equal("weird entry;HOST:*;ex01:6004", merge.NewValue);
    }

    [Fact]
    public void Merge_with_everything_present_returns_the_value_unchanged()
    {
        var value = "ex01:6001-6002;ex01:6004;ex01.contoso.com:6001-6002;ex01.contoso.com:6004;";
        var merge = ValidPortsList.Parse(value).Merge(Ex01);
        Assert.Equal(value, merge.NewValue);
        Assert.Empty(merge.Added);
    }

    [Fact]
    public void Merge_does_not_add_the_same_wanted_entry_twice()
    {
        var merge = ValidPortsList.Parse(null).Merge([E("ex01:6004"), E("EX01:6004")]);
        Assert.Equal("ex01:6004", merge.NewValue);
    }
}
