namespace Inventory.Aws.Tests.Credentials;

/// <summary>Tests that change process environment variables: run alone, never beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "Process environment";
}
