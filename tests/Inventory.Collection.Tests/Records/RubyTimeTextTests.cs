using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Records;

/// <summary>Text timestamps as Ruby's Time.parse(text).to_s writes them: the text's own offset, no fraction.</summary>
public sealed class RubyTimeTextTests
{
    [Theory]
    [InlineData("2026-03-07T11:22:39.418+0000", "2026-03-07 11:22:39 +0000")]
    [InlineData("2026-03-07T11:22:39.123456000Z", "2026-03-07 11:22:39 UTC")]
    [InlineData("2026-03-07T11:22:39Z", "2026-03-07 11:22:39 UTC")]
    [InlineData("2026-03-07T13:22:39+02:00", "2026-03-07 13:22:39 +0200")]
    [InlineData("2026-03-07T11:22:39", "2026-03-07 11:22:39 +0000")]
    [InlineData("2026-03-07T11:22:39-00:00", "2026-03-07 11:22:39 UTC")]
    public void KeepsTheOffsetTheTextHas(string text, string written) => Assert.Equal(written, RubyTimeText.Format(text));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2012-10-17")]
    public void OtherTextIsKept(string text) => Assert.Equal(text, RubyTimeText.Format(text));
}
