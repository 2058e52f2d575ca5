using System.Globalization;

namespace Inventory.Testing.Aws;

public sealed partial class MotoSeeder
{
    /// <summary>RunInstances (t3.micro, any ami-… id) in the account's default VPC; returns instance ids.</summary>
    public async Task<IReadOnlyList<string>> RunInstancesAsync(string accountId, string region, int count, CancellationToken ct = default)
    {
        var n = count.ToString(CultureInfo.InvariantCulture);
        var xml = await Ec2Async(accountId, region, "RunInstances", ct,
            ("ImageId", "ami-12345678"), ("InstanceType", "t3.micro"), ("MinCount", n), ("MaxCount", n));
        return XmlText.All(xml, "instanceId");
    }

    /// <summary>Creates a VPC; returns its id (vpc-…).</summary>
    public async Task<string> CreateVpcAsync(string accountId, string region, string cidr, CancellationToken ct = default)
    {
        var xml = await Ec2Async(accountId, region, "CreateVpc", ct, ("CidrBlock", cidr));
        return XmlText.First(xml, "vpcId");
    }

    /// <summary>Creates a security group in a VPC; returns its id (sg-…).</summary>
    public async Task<string> CreateSecurityGroupAsync(string accountId, string region, string vpcId, string name, CancellationToken ct = default)
    {
        var xml = await Ec2Async(accountId, region, "CreateSecurityGroup", ct,
            ("GroupName", name), ("GroupDescription", $"{name} (seeded)"), ("VpcId", vpcId));
        return XmlText.First(xml, "groupId");
    }
}
