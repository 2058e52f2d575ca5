using System.Runtime.CompilerServices;

namespace Inventory.Collection.Tests.Engine;

/// <summary>Settings of the moto servers this assembly starts (they inherit its environment).</summary>
internal static class MotoSettings
{
    /// <summary>
    /// moto's DescribeSnapshots ignores OwnerIds (Owner.1=self), so every region would list the
    /// ~1,170 snapshots of moto's built-in AMIs as the account's own, each with a
    /// DescribeSnapshotAttribute follow-up. Without the built-in AMIs only seeded snapshots exist.
    /// </summary>
    [ModuleInitializer]
    internal static void WithoutBuiltInAmis() => Environment.SetEnvironmentVariable("MOTO_EC2_LOAD_DEFAULT_AMIS", "false");
}
