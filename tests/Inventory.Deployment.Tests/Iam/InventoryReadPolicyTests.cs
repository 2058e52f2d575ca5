using System.Text.Json;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Iam;

/// <summary>
/// The inventory role's own policies (infrastructure/iam/inventory-read-policy-N.json, together)
/// allow every call the catalog makes and nothing else, and nothing that writes, deletes or reads
/// data; each fits IAM's quotas, and they are what the catalog generates.
/// </summary>
public sealed class InventoryReadPolicyTests
{
    // Verbs of actions that change something, or read data rather than configuration.
    private static readonly string[] WriteLikeVerbs =
    [
        "Create", "Delete", "Put", "Update", "Attach", "Detach", "Modify", "Set", "Tag", "Untag", "Add", "Remove",
        "Start", "Stop", "Run", "Invoke", "Enable", "Disable", "Associate", "Disassociate", "Register", "Deregister",
        "Reboot", "Terminate", "Restore", "Import", "Export", "Copy", "Send", "Publish", "Upload", "Accept", "Reject",
        "Cancel", "Revoke", "Authorize", "Reset", "Replace", "Change", "Purge", "Encrypt", "Decrypt", "Generate",
        "Receive", "Execute", "Apply", "Upgrade", "Pass", "Assume",
    ];

    private static readonly string[] ReadVerbs = ["Get", "List", "Describe", "BatchGet"];

    // IAM's credential report must be generated before it can be read; generating changes nothing
    // but the report itself (the catalog's poll, iam.json).
    private static readonly string[] ReadsThatGenerate = ["iam:GenerateCredentialReport"];

    // Reads whose action is not named by a read verb (Budgets' DescribeBudgets is budgets:ViewBudget).
    private static readonly string[] ReadsNamedOtherwise = ["budgets:ViewBudget"];

    private static readonly string[] DataReads =
    [
        "s3:GetObject", "s3:GetObjectVersion", "secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParameters",
        "ssm:GetParametersByPath", "kms:Decrypt", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "sqs:ReceiveMessage",
        "lambda:GetFunction", "logs:GetLogEvents", "logs:FilterLogEvents", "kinesis:GetRecords", "apigateway:POST",
    ];

    private readonly Policy _policy = InventoryReadPolicies.Combined();

    private static IEnumerable<RequiredPermission> Required =>
        Catalog.Calls.Select(IamActions.For).Concat(IamActions.RunnerCalls);

    [Fact]
    public void The_catalog_is_read()
    {
        Assert.True(Catalog.Calls.Count > 150, $"only {Catalog.Calls.Count} catalog calls found");
        Assert.Contains(Catalog.Calls, c => c.Model == "ec2" && c.Operation == "DescribeInstances");
        Assert.Contains(Catalog.Calls, c => c.Model == "lambda" && c.Operation == "GetPolicy");
    }

    [Fact]
    public void Every_call_the_catalog_makes_is_allowed()
    {
        var missing = Required.Where(p => !_policy.Allows(p.Action, p.Resource)).Select(p => p.ToString()).ToList();
        Assert.True(missing.Count == 0, "not allowed by inventory-read-policy-N.json:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Nothing_is_allowed_that_the_catalog_does_not_call()
    {
        var needed = Required.Select(p => p.Action).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extra = _policy.AllowedActions.Where(a => !needed.Contains(a)).ToList();
        Assert.True(extra.Count == 0, "allowed but never called: " + string.Join(", ", extra));
    }

    [Fact]
    public void Every_allowed_action_reads()
    {
        Assert.All(_policy.AllowedActions, action =>
        {
            var verb = action.Split(':', 2)[1];
            if (ReadsThatGenerate.Contains(action) || ReadsNamedOtherwise.Contains(action))
            {
                return;
            }

            Assert.False(WriteLikeVerbs.Any(w => verb.StartsWith(w, StringComparison.Ordinal)), $"{action} writes");
            Assert.True(ReadVerbs.Any(r => verb.StartsWith(r, StringComparison.Ordinal)) || action == "apigateway:GET", $"{action} is not a read");
        });
    }

    [Fact]
    public void The_catalog_itself_only_reads()
    {
        Assert.All(Catalog.Calls, call => Assert.True(
            ReadVerbs.Any(r => call.Operation.StartsWith(r, StringComparison.Ordinal)) || ReadsThatGenerate.Contains(IamActions.For(call).Action),
            $"{call} is not a read"));
    }

    [Fact]
    public void No_action_is_a_wildcard()
    {
        Assert.All(_policy.AllowedActions, action =>
        {
            Assert.DoesNotContain('*', action);
            Assert.DoesNotContain('?', action);
            Assert.Matches("^[a-z0-9-]+:[A-Za-z0-9]+$", action);
        });
    }

    [Fact]
    public void Data_is_not_readable()
    {
        Assert.All(DataReads, action => Assert.False(_policy.Allows(action, "arn:aws:apigateway:eu-west-1::/restapis/abc123"), action));
        Assert.All(DataReads, action => Assert.False(_policy.Allows(action, "*"), action));
        // API keys' values are readable with apigateway:GET on /apikeys; only the APIs' own paths are granted.
        Assert.False(_policy.Allows("apigateway:GET", "arn:aws:apigateway:eu-west-1::/apikeys/abc123"));
        Assert.False(_policy.Allows("apigateway:GET", "arn:aws:apigateway:eu-west-1::/apikeys"));
    }

    [Fact]
    public void The_exceptions_to_the_naming_rule_are_all_in_use()
    {
        var signingNames = Catalog.Calls.Select(c => c.Metadata.Str("signingName") ?? c.Metadata.Str("endpointPrefix")).ToHashSet(StringComparer.Ordinal);
        Assert.All(IamActions.PrefixBySigningName.Keys, name => Assert.Contains(name, signingNames));
        Assert.All(IamActions.S3ActionByOperation.Keys, operation => Assert.Contains(Catalog.Calls, c => c.Model == "s3" && c.Operation == operation));
        Assert.All(IamActions.ActionByOperation.Keys, key => Assert.Contains(Catalog.Calls, c => c.Model == key.Model && c.Operation == key.Operation));
    }

    [Fact]
    public void Each_document_fits_a_managed_policy_quota()
    {
        var files = InventoryReadPolicies.Files();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.InRange(InventoryReadPolicies.Size(IamTemplates.Resolve(file)), 1, InventoryReadPolicies.ManagedPolicyQuota));
        // The longest partition name still fits.
        var govCloud = new Dictionary<string, string>(IamTemplates.Sample) { ["AWS::Partition"] = "aws-us-gov" };
        Assert.All(files, file => Assert.InRange(
            JsonSerializer.Serialize(IamTemplates.Resolve(file, govCloud)).Count(c => !char.IsWhiteSpace(c)), 1, InventoryReadPolicies.ManagedPolicyQuota));
    }

    [Fact]
    public void The_role_stays_within_its_managed_policy_quota()
    {
        Assert.InRange(InventoryReadPolicies.Files().Count + InventoryReadPolicies.AwsManaged.Count, 1 + InventoryReadPolicies.AwsManaged.Count, InventoryReadPolicies.ManagedPoliciesPerRole);
    }

    [Fact]
    public void Each_service_is_in_one_document()
    {
        var prefixes = InventoryReadPolicies.Files()
            .SelectMany(file => IamTemplates.Policy(file).AllowedActions.Select(a => (Prefix: a.Split(':')[0], File: file)).Distinct())
            .GroupBy(p => p.Prefix, StringComparer.Ordinal);
        Assert.All(prefixes, group => Assert.True(group.Count() == 1, $"{group.Key} is in {string.Join(", ", group.Select(g => g.File))}"));
    }

    [Fact]
    public void The_documents_are_generated_from_the_catalog()
    {
        if (Environment.GetEnvironmentVariable("INVENTORY_WRITE_POLICY") == "1")
        {
            InventoryReadPolicies.Write();
        }

        var expected = InventoryReadPolicies.Expected();
        var files = InventoryReadPolicies.Files();
        var hint = "; INVENTORY_WRITE_POLICY=1 dotnet test tests/Inventory.Deployment.Tests --filter The_documents_are_generated_from_the_catalog rewrites them";
        Assert.True(expected.Count == files.Count, $"the catalog needs {expected.Count} documents, infrastructure/iam has {files.Count}{hint}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(InventoryReadPolicies.FileText(expected[i].Document) == IamTemplates.Text(InventoryReadPolicies.FileName(i + 1)),
                $"{InventoryReadPolicies.FileName(i + 1)} differs from the catalog's{hint}");
        }

        var template = Repository.Read("infrastructure", "cloudformation", InventoryReadPolicies.RoleTemplate);
        Assert.True(InventoryReadPolicies.CurrentBlock(template) == InventoryReadPolicies.RoleTemplateBlock(expected),
            $"{InventoryReadPolicies.RoleTemplate}'s read policies differ from the catalog's{hint}");
    }
}
