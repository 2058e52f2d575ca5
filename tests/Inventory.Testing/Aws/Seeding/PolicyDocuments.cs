using System.Text.Json.Nodes;

namespace Inventory.Testing.Aws;

/// <summary>IAM policy documents as JSON strings, for seeding roles, users and buckets.</summary>
public static class PolicyDocuments
{
    /// <summary>A trust policy letting <paramref name="principalArn"/> (role, user or account root) assume the role.</summary>
    public static string TrustPrincipal(string principalArn, string action = "sts:AssumeRole") =>
        Trust(new JsonObject { ["AWS"] = principalArn }, action);

    /// <summary>A trust policy for a service principal, e.g. lambda.amazonaws.com.</summary>
    public static string TrustService(string servicePrincipal) =>
        Trust(new JsonObject { ["Service"] = servicePrincipal }, "sts:AssumeRole");

    /// <summary>A trust policy for web identities from an OIDC provider (IRSA).</summary>
    public static string TrustWebIdentity(string oidcProviderArn) =>
        Trust(new JsonObject { ["Federated"] = oidcProviderArn }, "sts:AssumeRoleWithWebIdentity");

    /// <summary>An identity policy allowing the actions on the resource.</summary>
    public static string Allow(string resource, params string[] actions) =>
        Document(new JsonObject
        {
            ["Effect"] = "Allow",
            ["Action"] = new JsonArray(actions.Select(a => (JsonNode)JsonValue.Create(a)).ToArray()),
            ["Resource"] = resource,
        });

    private static string Trust(JsonObject principal, string action) =>
        Document(new JsonObject { ["Effect"] = "Allow", ["Principal"] = principal, ["Action"] = action });

    private static string Document(JsonObject statement) =>
        new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = new JsonArray(statement) }.ToJsonString();
}
