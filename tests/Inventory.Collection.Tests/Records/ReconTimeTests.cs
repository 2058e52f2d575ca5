using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Records;

/// <summary>Ruby's Time#to_s, as AWS Recon writes timestamps.</summary>
public sealed class ReconTimeTests
{
    private static readonly DateTimeOffset Time = new(2026, 3, 7, 11, 22, 39, 987, TimeSpan.Zero);

    [Fact]
    public void UtcFormDropsTheFraction() => Assert.Equal("2026-03-07 11:22:39 UTC", ReconTime.Format(Time));

    [Fact]
    public void NumericZoneFormForJsonProtocolServices() =>
        Assert.Equal("2026-03-07 11:22:39 +0000", ReconTime.Format(Time, numericZone: true));

    [Fact]
    public void OtherOffsetsAreWrittenInUtc() =>
        Assert.Equal("2026-03-07 09:22:39 UTC", ReconTime.Format(new DateTimeOffset(2026, 3, 7, 11, 22, 39, TimeSpan.FromHours(2))));

    [Fact]
    public void SingleDigitMonthsAndDaysArePaddedInsideTheTimestamp() =>
        Assert.Equal("2025-01-05 03:04:05 UTC", ReconTime.Format(new DateTimeOffset(2025, 1, 5, 3, 4, 5, 999, TimeSpan.Zero)));
}
