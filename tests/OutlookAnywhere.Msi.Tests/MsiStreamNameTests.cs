namespace OutlookAnywhere.Msi.Tests;

public class MsiStreamNameTests
{
    [Fact]
    public void Table_name_packs_two_characters_per_code_unit_after_the_table_prefix()
    {
        // "_T" "ab" "le" "s": _=63, T=29 -> 0x3800 + 63 + (29 << 6) = 0x3F7F, and so on; the odd "s" goes alone to 0x4800 + 54.
        Assert.Equal("\u4840\u3F7F\u4164\u422F\u4836", MsiStreamName.Encode("_Tables", isTable: true));
    }

    [Fact]
    public void Characters_outside_the_64_character_alphabet_stay_as_they_are_and_break_pairs()
    {
        string encoded = MsiStreamName.Encode("A-B", isTable: false);
        Assert.Equal("\u480A-\u480B", encoded);
        Assert.Equal("A-B", MsiStreamName.Decode(encoded));
        Assert.Equal("\u0005SummaryInformation", MsiStreamName.Decode("\u0005SummaryInformation"));
    }

    [Theory]
    [InlineData("Binary.MyDll", false)]
    [InlineData("_StringPool", true)]
    [InlineData("InstallExecuteSequence", true)]
    [InlineData("Registry.reg0123456789abcdef", false)]
    [InlineData("x", true)]
    [InlineData("a_b.c", false)]
    public void Names_round_trip(string name, bool isTable)
    {
        string encoded = MsiStreamName.Encode(name, isTable);
        Assert.Equal(isTable, MsiStreamName.IsTable(encoded));
        Assert.Equal(name, MsiStreamName.Decode(encoded));
        Assert.True(encoded.Length <= (name.Length + 1) / 2 + (isTable ? 1 : 0));
    }

    [Fact]
    public void A_name_that_does_not_fit_31_code_units_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => MsiStreamName.Encode(new string('-', 32), isTable: false));
        Assert.Contains("31", error.Message);
    }
}
