using System.Text.Json.Nodes;
using Inventory.Aws.Model;
using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Records;

/// <summary>Records AWS Recon builds from an SDK struct: every member, null when absent; to_h'd members {}.</summary>
public sealed class RubyStructTests
{
    private static readonly Shape Certificate = ServiceModels.Get("iam").Operation("ListServerCertificates").Output!
        .Members["ServerCertificateMetadataList"].Shape.ListMember!.Shape;

    [Fact]
    public void MembersAwsLeftOutAreNullInModelOrderAndOtherKeysFollow()
    {
        var data = new JsonObject { ["arn"] = "arn:aws:iam::1:server-certificate/c", ["server_certificate_name"] = "c", ["type"] = "server_certificate" };

        var complete = RubyStruct.WithEveryMember(data, Certificate);

        Assert.Equal("""
            {"path":null,"server_certificate_name":"c","server_certificate_id":null,"arn":"arn:aws:iam::1:server-certificate/c","upload_date":null,"expiration":null,"type":"server_certificate"}
            """.Trim(), complete.ToJsonString());
    }

    [Fact]
    public void ToHashedKeysAreEmptyObjectsOnlyWhenAbsent()
    {
        var data = new JsonObject { ["vpc_config"] = null, ["tracing_config"] = new JsonObject { ["mode"] = "Active" } };

        RubyStruct.EmptyWhereAbsent(data, ["vpc_config", "tracing_config", "layers_config"]);

        Assert.Equal("""{"vpc_config":{},"tracing_config":{"mode":"Active"},"layers_config":{}}""", data.ToJsonString());
    }
}
