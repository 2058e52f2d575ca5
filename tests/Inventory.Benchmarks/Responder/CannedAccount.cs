namespace Inventory.Benchmarks.Responder;

/// <summary>
/// What the canned responder pretends an account holds, per region for regional services. Page
/// sizes are what AWS pages at; the engine sends no MaxResults, so it takes what it is given.
/// </summary>
internal sealed record CannedAccount
{
    public string AccountId { get; init; } = "123456789012";

    public int InstancesPerRegion { get; init; }
    public int InstancePageSize { get; init; } = 1000;
    public int VpcsPerRegion { get; init; }
    public int SecurityGroupsPerRegion { get; init; }
    public int SecurityGroupPageSize { get; init; } = 100;
    public int SnapshotsPerRegion { get; init; }
    public int SnapshotPageSize { get; init; } = 100;

    public int Users { get; init; }
    public int Roles { get; init; }
    public int Groups { get; init; }
    public int ManagedPolicies { get; init; }
    public int IamPageSize { get; init; } = 100;

    public int KeysPerRegion { get; init; }
    public int KeyPageSize { get; init; } = 100;

    public int FunctionsPerRegion { get; init; }
    public int FunctionPageSize { get; init; } = 50;

    /// <summary>
    /// A large account for the latency figure: every catalogued call of EC2, IAM, KMS and Lambda
    /// answered, with pagination and per-item follow-ups (flow logs per VPC, snapshot attributes,
    /// MFA devices and SSH keys per user, five calls per KMS key, a policy per function).
    /// </summary>
    public static CannedAccount Large { get; } = new()
    {
        InstancesPerRegion = 1000,
        InstancePageSize = 250,
        VpcsPerRegion = 60,
        SecurityGroupsPerRegion = 200,
        SnapshotsPerRegion = 300,
        Users = 300,
        Roles = 300,
        Groups = 20,
        ManagedPolicies = 50,
        KeysPerRegion = 150,
        FunctionsPerRegion = 200,
    };

    /// <summary>Only EC2 instances, in pages of 1,000 (what DescribeInstances gives with MaxResults=1000).</summary>
    public static CannedAccount InstancesOnly(int perRegion) => new() { InstancesPerRegion = perRegion, InstancePageSize = 1000 };
}
