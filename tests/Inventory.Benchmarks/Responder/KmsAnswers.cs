using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Inventory.Benchmarks.Responder;

/// <summary>
/// KMS (json 1.1, X-Amz-Target TrentService.*). ListKeys pages by Marker/Truncated; each key has
/// metadata, rotation, a policy, an alias, and every third key a grant: five follow-ups per key.
/// </summary>
internal sealed class KmsAnswers(CannedAccount account)
{
    private const string ContentType = "application/x-amz-json-1.1";

    public Task WriteAsync(AwsCall call, HttpResponse response, CancellationToken cancellationToken)
    {
        var region = call.Region;
        var key = call.Text("KeyId") ?? "";
        JsonObject answer = call.Action switch
        {
            "ListKeys" => Keys(region, call.Text("Marker")),
            "DescribeKey" => new JsonObject { ["KeyMetadata"] = Metadata(region, key) },
            "GetKeyRotationStatus" => new JsonObject { ["KeyRotationEnabled"] = true, ["KeyId"] = Arn(region, key), ["RotationPeriodInDays"] = 365, ["NextRotationDate"] = Wire.EpochTime(-30) },
            "ListGrants" => new JsonObject { ["Grants"] = Grants(region, key), ["Truncated"] = false },
            "GetKeyPolicy" => new JsonObject { ["Policy"] = Policy(), ["PolicyName"] = "default" },
            "ListAliases" => new JsonObject { ["Aliases"] = new JsonArray(Alias(region, key)), ["Truncated"] = false },
            _ => [],
        };
        return Wire.JsonAsync(response, answer, ContentType, cancellationToken);
    }

    private JsonObject Keys(string region, string? marker)
    {
        var (start, end, next) = Paging.Page(marker, account.KeysPerRegion, account.KeyPageSize);
        var keys = new JsonArray();
        for (var i = start; i < end; i++)
        {
            var id = Ids.Uuid(region, i);
            keys.Add(new JsonObject { ["KeyId"] = id, ["KeyArn"] = Arn(region, id) });
        }

        var page = new JsonObject { ["Keys"] = keys, ["Truncated"] = next is not null };
        if (next is not null)
        {
            page["NextMarker"] = next;
        }

        return page;
    }

    private JsonObject Metadata(string region, string key) => new()
    {
        ["AWSAccountId"] = account.AccountId,
        ["KeyId"] = key,
        ["Arn"] = Arn(region, key),
        ["CreationDate"] = Wire.EpochTime(200),
        ["Enabled"] = true,
        ["Description"] = "Default key for application data",
        ["KeyUsage"] = "ENCRYPT_DECRYPT",
        ["KeyState"] = "Enabled",
        ["Origin"] = "AWS_KMS",
        ["KeyManager"] = "CUSTOMER",
        ["CustomerMasterKeySpec"] = "SYMMETRIC_DEFAULT",
        ["KeySpec"] = "SYMMETRIC_DEFAULT",
        ["EncryptionAlgorithms"] = new JsonArray("SYMMETRIC_DEFAULT"),
        ["MultiRegion"] = false,
    };

    private JsonArray Grants(string region, string key) => key.EndsWith('0') || key.EndsWith('3') || key.EndsWith('6') || key.EndsWith('9')
        ? new JsonArray(new JsonObject
        {
            ["KeyId"] = Arn(region, key),
            ["GrantId"] = "0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a60",
            ["Name"] = "aws-backup",
            ["CreationDate"] = Wire.EpochTime(90),
            ["GranteePrincipal"] = $"arn:aws:iam::{account.AccountId}:role/service-role/AWSBackupDefaultServiceRole",
            ["IssuingAccount"] = $"arn:aws:iam::{account.AccountId}:root",
            ["Operations"] = new JsonArray("Decrypt", "GenerateDataKeyWithoutPlaintext", "CreateGrant"),
        })
        : [];

    private JsonObject Alias(string region, string key) => new()
    {
        ["AliasName"] = $"alias/app-{key[^4..]}",
        ["AliasArn"] = $"arn:aws:kms:{region}:{account.AccountId}:alias/app-{key[^4..]}",
        ["TargetKeyId"] = key,
        ["CreationDate"] = Wire.EpochTime(200),
    };

    private string Policy() =>
        $$"""{"Version":"2012-10-17","Id":"key-default-1","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account.AccountId}}:root"},"Action":"kms:*","Resource":"*"}]}""";

    private string Arn(string region, string key) => $"arn:aws:kms:{region}:{account.AccountId}:key/{key}";
}
