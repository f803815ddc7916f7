using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ApplyPayloadTests
{
    private static ValidPortsEntry Entry(string text) => ValidPortsEntry.TryParse(text, out var entry) ? entry! : throw new ArgumentException(text);

    public static TheoryData<ApplyPayload> Payloads => new()
    {
        new ApplyPayload([], null, null),
        new ApplyPayload([Entry("ex01:6001-6002"), Entry("ex01.corp.example.com:6004")], null, null),
        new ApplyPayload([], new PortRange(6004, 6004), null),
        new ApplyPayload([Entry("EX01:6101-6102")], new PortRange(6104, 6104), new BackendPortSettings(new PortRange(6101, 6102), new PortRange(6104, 6104))),
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_round_trips_exactly(ApplyPayload payload)
    {
        var text = payload.Serialize();
        Assert.Equal(payload, ApplyPayload.Deserialize(text));
        // One line, so it is one NAME=value line of the CustomActionData.
        Assert.DoesNotContain('\n', text);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void The_text_names_each_part_as_ValidPorts_spells_it()
    {
        var payload = new ApplyPayload([Entry("ex01:6001-6002"), Entry("ex01:6004")], new PortRange(6004, 6004),
            new BackendPortSettings(new PortRange(6001, 6002), new PortRange(6004, 6004)));
        Assert.Equal("apply-v1|ex01:6001-6002;ex01:6004|6004|6001-6002|6004", payload.Serialize());
        Assert.Equal("apply-v1||||", new ApplyPayload([], null, null).Serialize());
    }

    [Theory]
    [InlineData("", "is not an apply-v1 apply payload")]
    [InlineData("ENTRY=ex01:6001", "is not an apply-v1 apply payload")]
    [InlineData("apply-v2||||", "is not an apply-v1 apply payload")]
    [InlineData("apply-v1|||", "is not an apply-v1 apply payload")]
    [InlineData("apply-v1|||||", "is not an apply-v1 apply payload")]
    [InlineData("apply-v1|ex01|||", "ValidPorts entry 'ex01' must be host:port")]
    [InlineData("apply-v1|ex01:6001;;ex02:6001|||", "ValidPorts entry '' must be host:port")]
    [InlineData("apply-v1|ex01:0|||", "ValidPorts entry 'ex01:0' must be host:port")]
    [InlineData("apply-v1| ex01:6001|||", "ValidPorts entry ' ex01:6001' must be host:port")]
    [InlineData("apply-v1||6004-6005||", "NSPI sequence port '6004-6005' must be one port")]
    [InlineData("apply-v1||60a4||", "NSPI sequence port '60a4' must be one port")]
    [InlineData("apply-v1|||70000|6004", "back-end mailbox ports '70000' must be a port or a range")]
    [InlineData("apply-v1|||6001-6002|", "must give both back-end ports")]
    [InlineData("apply-v1||||6004", "must give both back-end ports")]
    [InlineData("apply-v1|||6001-6002|6004-6005", "back-end NSPI port '6004-6005' must be one port")]
    public void Bad_text_is_refused_with_a_message_naming_the_part_and_the_value(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => ApplyPayload.Deserialize(text));
        Assert.Contains(message, error.Message);
    }
}
