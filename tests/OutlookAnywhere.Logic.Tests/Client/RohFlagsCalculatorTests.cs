using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class RohFlagsCalculatorTests
{
    // The bit table of docs/DOMAIN.md §2.1 (Microsoft's PidTagRpcOverHttpFlags page), typed in again on purpose.
    private const int UseRoh = 0x1, SslOnly = 0x2, MutualAuth = 0x4, HttpFirstOnFast = 0x8, HttpFirstOnSlow = 0x20;

    public static TheoryData<bool, bool, bool, bool, bool, int> AllCombinations()
    {
        var data = new TheoryData<bool, bool, bool, bool, bool, int>();
        for (var i = 0; i < 32; i++)
        {
            bool a = (i & 1) != 0, b = (i & 2) != 0, c = (i & 4) != 0, d = (i & 8) != 0, e = (i & 16) != 0;
            var expected = (a ? UseRoh : 0) + (b ? SslOnly : 0) + (c ? MutualAuth : 0) + (d ? HttpFirstOnFast : 0) + (e ? HttpFirstOnSlow : 0);
            data.Add(a, b, c, d, e, expected);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Every_switch_combination_gives_the_sum_of_its_bits(bool useRoh, bool ssl, bool mutual, bool fast, bool slow, int expected)
    {
        Assert.Equal(expected, RohFlagsCalculator.Compute(useRoh, ssl, mutual, fast, slow));
    }

    [Fact]
    public void All_five_switches_give_0x2F_as_documented()
    {
        Assert.Equal(47, RohFlagsCalculator.Compute(true, true, true, true, true));
    }

    [Fact]
    public void Microsofts_example_use_ssl_slow_is_0x23()
    {
        Assert.Equal(0x23, RohFlagsCalculator.Compute(true, true, false, false, true));
    }

    [Theory]
    [InlineData(39, true, true, true, false, true)]
    [InlineData(43, true, true, false, true, true)]
    [InlineData(35, true, true, false, false, true)]
    [InlineData(41, true, false, false, true, true)]
    [InlineData(33, true, false, false, false, true)]
    public void The_group_policy_combinations_are_reproduced(int policyValue, bool useRoh, bool ssl, bool mutual, bool fast, bool slow)
    {
        Assert.Equal(policyValue, RohFlagsCalculator.Compute(useRoh, ssl, mutual, fast, slow));
    }
}
