namespace Inventory.Aws.Client;

/// <summary>A call waiting on its answer: which, for whom, since when.</summary>
public sealed record InFlightCall(string Scope, string Service, string Operation, string Region, DateTimeOffset Since)
{
    public override string ToString() => $"{Service} {Operation} in {Region}";
}
