using Amazon.Util.Internal;

namespace Inventory.Aws.Tests.Credentials;

/// <summary>The real clock plus an offset, so a test can jump to just before credentials expire.</summary>
internal sealed class ShiftedClock : ITimeProvider
{
    public TimeSpan Offset { get; set; }

    public DateTime CorrectedUtcNow => DateTime.UtcNow + Offset;
}
