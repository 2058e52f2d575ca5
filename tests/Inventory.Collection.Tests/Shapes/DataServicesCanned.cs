using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// The canned answers (README.md lists them and why) for the operations of <see cref="DataServicesSeed"/>'s
/// services that moto 5.2.1 does not implement, shaped like the API models' outputs. REST rules match
/// path prefixes in order, so the longer paths come first.
/// </summary>
internal static class DataServicesCanned
{
    private const string Account = ReconAccountSeed.Account;
    private const string Region = ReconAccountSeed.Region;
    public const string GuardrailId = "shape-guardrail";

    public static void Install(FaultProxy proxy, DataServicesSeed seed)
    {
        var policy = PolicyDocuments.Allow($"arn:aws:glacier:{Region}:{Account}:vaults/{DataServicesSeed.Vault}", "glacier:ListJobs").Replace("\"", "\\\"", StringComparison.Ordinal);
        Rest(proxy, "glacier", $"GET /{Account}/vaults/{DataServicesSeed.Vault}/access-policy", "{\"Policy\":\"" + policy + "\"}");
        Rest(proxy, "appconfig", $"GET /applications/{seed.AppConfigApplicationId}/environments",
            $$"""{"Items":[{"ApplicationId":"{{seed.AppConfigApplicationId}}","Id":"shape-env","Name":"production","State":"READY_FOR_DEPLOYMENT","Monitors":[]}]}""");
        // Only the listing itself: its follow-ups (configuration profiles) go on to moto.
        Rest(proxy, "appconfig", "GET /applications", $$"""{"Items":[{"Id":"{{seed.AppConfigApplicationId}}","Name":"shape-app","Description":"shape"}]}""", times: 1);
        // Once: ListUsers' path starts with it, and moto answers that.
        Rest(proxy, "quicksight", $"GET /accounts/{Account}/namespaces/default",
            $$$"""{"Status":200,"Namespace":{"Name":"default","Arn":"arn:aws:quicksight:{{{Region}}}:{{{Account}}}:namespace/default","CapacityRegion":"{{{Region}}}","CreationStatus":"CREATED","IdentityStore":"QUICKSIGHT"}}""", times: 1);
        Rest(proxy, "bedrock", $"GET /guardrails/{GuardrailId}",
            $$"""{"name":"shape-guardrail","guardrailId":"{{GuardrailId}}","guardrailArn":"arn:aws:bedrock:{{Region}}:{{Account}}:guardrail/{{GuardrailId}}","version":"DRAFT","status":"READY","contentPolicy":{"filters":[{"type":"HATE","inputStrength":"HIGH","outputStrength":"HIGH"}]},"blockedInputMessaging":"blocked","blockedOutputsMessaging":"blocked","createdAt":"2026-01-02T03:04:05Z","updatedAt":"2026-01-02T03:04:05Z"}""");
        Rest(proxy, "bedrock", "GET /guardrails",
            $$"""{"guardrails":[{"id":"{{GuardrailId}}","arn":"arn:aws:bedrock:{{Region}}:{{Account}}:guardrail/{{GuardrailId}}","status":"READY","name":"shape-guardrail","version":"DRAFT","createdAt":"2026-01-02T03:04:05Z","updatedAt":"2026-01-02T03:04:05Z"}]}""");
    }

    private static void Rest(FaultProxy proxy, string service, string action, string body, int? times = null) =>
        proxy.AddRule(new FaultRule(Fault.Answer(body, "application/json")) { Service = service, Action = action, Times = times });
}
