namespace Inventory.Testing.Aws;

/// <summary>
/// Seeds moto state with raw, unsigned requests (see <see cref="MotoRawClient"/>), each acting as a
/// given account through <c>x-moto-account-id</c>. Seed while auth is off: with auth enforced moto
/// rejects these placeholder-signed requests (403 InvalidClientTokenId).
/// </summary>
public sealed partial class MotoSeeder(MotoRawClient raw)
{
    private const string OrganizationsTarget = "AWSOrganizationsV20161128.";
    private const string IamVersion = "2010-05-08";
    private const string Ec2Version = "2016-11-15";

    private Task<string> IamAsync(string accountId, string action, CancellationToken ct, params (string Name, string Value)[] parameters) =>
        raw.QueryAsync(accountId, "iam", MotoCredentials.DefaultRegion, IamVersion, action, Pairs(parameters), ct);

    private Task<string> Ec2Async(string accountId, string region, string action, CancellationToken ct, params (string Name, string Value)[] parameters) =>
        raw.QueryAsync(accountId, "ec2", region, Ec2Version, action, Pairs(parameters), ct);

    private static IEnumerable<KeyValuePair<string, string>> Pairs((string Name, string Value)[] parameters) =>
        parameters.Select(p => KeyValuePair.Create(p.Name, p.Value));
}
