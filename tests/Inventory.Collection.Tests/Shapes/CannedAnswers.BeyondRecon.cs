using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>Canned answers for the operations moto lacks among the application and platform services beyond AWS Recon.</summary>
internal static partial class CannedAnswers
{
    private static void InstallBeyondRecon(FaultProxy proxy, ReconAccountSeed seed)
    {
        var apps = seed.Apps;
        var platform = seed.Platform;
        const string Region = ReconAccountSeed.Region;
        var prefix = $"arn:aws:network-firewall:{Region}:{Account}";
        var ruleGroup = $"{prefix}:stateful-rulegroup/shape-rules";
        var firewallPolicy = $"{prefix}:firewall-policy/shape-policy";
        var outside = PlatformServicesSeed.OutsideAccount;

        Json(proxy, "codecommit", "ListRepositories", $$$$"""{"repositories":[{"repositoryName":"{{{{AppServicesSeed.Repository}}}}","repositoryId":"shape-repository-id"}]}""");
        Json(proxy, "cognito-identity", "GetIdentityPoolRoles", $$$$"""{"IdentityPoolId":"{{{{apps.IdentitiesId}}}}","Roles":{"authenticated":"{{{{ReconAccountSeed.RoleArn}}}}","unauthenticated":"{{{{ReconAccountSeed.RoleArn}}}}"},"RoleMappings":{}}""");
        Json(proxy, "inspector2", "POST /status/batch/get", $$$$"""{"accounts":[{"accountId":"{{{{Account}}}}","state":{"status":"ENABLED"},"resourceState":{"ec2":{"status":"ENABLED"},"ecr":{"status":"ENABLED"},"lambda":{"status":"DISABLED"},"lambdaCode":{"status":"DISABLED"}}}],"failedAccounts":[]}""");
        Json(proxy, "inspector2", "POST /coverage/list", $$$$"""{"coveredResources":[{"resourceType":"AWS_EC2_INSTANCE","resourceId":"{{{{seed.InstanceId}}}}","accountId":"{{{{Account}}}}","scanType":"PACKAGE","scanStatus":{"statusCode":"ACTIVE","reason":"SUCCESSFUL"},"resourceMetadata":{"ec2":{"platform":"LINUX","amiId":"ami-12345678"}},"lastScannedAt":{{{{Epoch}}}},"scanMode":"EC2_SSM_AGENT_BASED"}]}""");
        Json10(proxy, "network-firewall", "ListFirewallPolicies", $$$$"""{"FirewallPolicies":[{"Name":"shape-policy","Arn":"{{{{firewallPolicy}}}}"}]}""");
        Json10(proxy, "network-firewall", "DescribeFirewallPolicy", $$$$"""{"UpdateToken":"shape-token","FirewallPolicyResponse":{"FirewallPolicyName":"shape-policy","FirewallPolicyArn":"{{{{firewallPolicy}}}}","FirewallPolicyId":"shape-policy-id","FirewallPolicyStatus":"ACTIVE","NumberOfAssociations":1,"LastModifiedTime":{{{{Epoch}}}},"Tags":[{"Key":"team","Value":"shapes"}]},"FirewallPolicy":{"StatelessDefaultActions":["aws:forward_to_sfe"],"StatelessFragmentDefaultActions":["aws:forward_to_sfe"],"StatefulRuleGroupReferences":[{"ResourceArn":"{{{{ruleGroup}}}}"}]}}""");
        Json10(proxy, "network-firewall", "ListRuleGroups", $$$$"""{"RuleGroups":[{"Name":"shape-rules","Arn":"{{{{ruleGroup}}}}"}]}""");
        Json10(proxy, "network-firewall", "DescribeRuleGroup", $$$$"""{"UpdateToken":"shape-token","RuleGroup":{"RulesSource":{"RulesSourceList":{"Targets":[".shapes.example.com"],"TargetTypes":["TLS_SNI"],"GeneratedRulesType":"ALLOWLIST"}}},"RuleGroupResponse":{"RuleGroupArn":"{{{{ruleGroup}}}}","RuleGroupName":"shape-rules","RuleGroupId":"shape-rules-id","Type":"STATEFUL","Capacity":100,"RuleGroupStatus":"ACTIVE","NumberOfAssociations":1,"LastModifiedTime":{{{{Epoch}}}}}}""");
        // Both are shared with an outside account through a resource policy.
        Json10(proxy, "network-firewall", "DescribeResourcePolicy", $$$$"""{"Policy":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::{{{{outside}}}}:root\"},\"Action\":[\"network-firewall:ListRuleGroups\",\"network-firewall:AssociateFirewallPolicy\"],\"Resource\":\"{{{{ruleGroup}}}}\"}]}"}""");
        Json(proxy, "ram", "POST /listresourcesharepermissions", $$$$"""{"permissions":[{"arn":"arn:aws:ram::aws:permission/AWSRAMDefaultPermissionSubnet","version":"1","defaultVersion":true,"name":"AWSRAMDefaultPermissionSubnet","resourceType":"ec2:Subnet","status":"ATTACHABLE","creationTime":{{{{Epoch}}}},"lastUpdatedTime":{{{{Epoch}}}},"isResourceTypeDefault":true,"permissionType":"AWS_MANAGED"}]}""");
        Json(proxy, "ram", "POST /listpermissions", $$$$"""{"permissions":[{"arn":"arn:aws:ram:{{{{Region}}}}:{{{{Account}}}}:permission/shape-permission","version":"1","defaultVersion":true,"name":"shape-permission","resourceType":"ec2:Subnet","status":"ATTACHABLE","creationTime":{{{{Epoch}}}},"lastUpdatedTime":{{{{Epoch}}}},"isResourceTypeDefault":false,"permissionType":"CUSTOMER_MANAGED","featureSet":"STANDARD","tags":[{"key":"team","value":"shapes"}]}]}""");
        var dnsGroup = $"arn:aws:route53resolver:{Region}:{Account}:firewall-rule-group/rslvr-frg-shape";
        Json(proxy, "route53resolver", "ListFirewallRuleGroups", $$$$"""{"FirewallRuleGroups":[{"Id":"rslvr-frg-shape","Arn":"{{{{dnsGroup}}}}","Name":"{{{{PlatformServicesSeed.FirewallRuleGroup}}}}","OwnerId":"{{{{Account}}}}","CreatorRequestId":"shape","ShareStatus":"NOT_SHARED"}]}""");
        Json(proxy, "route53resolver", "GetFirewallRuleGroup", $$$$"""{"FirewallRuleGroup":{"Id":"rslvr-frg-shape","Arn":"{{{{dnsGroup}}}}","Name":"{{{{PlatformServicesSeed.FirewallRuleGroup}}}}","RuleCount":1,"Status":"COMPLETE","OwnerId":"{{{{Account}}}}","CreatorRequestId":"shape","ShareStatus":"NOT_SHARED","CreationTime":"2026-01-02T03:04:05.000Z","ModificationTime":"2026-01-02T03:04:05.000Z"}}""");
        Json(proxy, "route53resolver", "ListFirewallRules", """{"FirewallRules":[{"FirewallRuleGroupId":"rslvr-frg-shape","FirewallDomainListId":"rslvr-fdl-shape","Name":"block-bad","Priority":100,"Action":"BLOCK","BlockResponse":"NXDOMAIN","CreationTime":"2026-01-02T03:04:05.000Z","ModificationTime":"2026-01-02T03:04:05.000Z"}]}""");
        Json(proxy, "route53resolver", "ListFirewallRuleGroupAssociations", $$$$"""{"FirewallRuleGroupAssociations":[{"Id":"rslvr-frgassoc-shape","Arn":"arn:aws:route53resolver:{{{{Region}}}}:{{{{Account}}}}:firewall-rule-group-association/rslvr-frgassoc-shape","FirewallRuleGroupId":"rslvr-frg-shape","VpcId":"{{{{seed.DefaultVpcId}}}}","Name":"shape","Priority":101,"MutationProtection":"DISABLED","Status":"COMPLETE","CreationTime":"2026-01-02T03:04:05.000Z","ModificationTime":"2026-01-02T03:04:05.000Z"}]}""");
        Json(proxy, "acm-pca", "GetPolicy", $$$$"""{"Policy":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"{{{{outside}}}}\"},\"Action\":\"acm-pca:IssueCertificate\",\"Resource\":\"{{{{platform.AuthorityArn}}}}\"}]}"}""");
    }

    private static void Json(FaultProxy proxy, string service, string action, string body) => Json(proxy, b => b, service, action, body);

    private static void Json10(FaultProxy proxy, string service, string action, string body) =>
        proxy.AddRule(new FaultRule(Fault.Answer(body, Json10Type)) { Service = service, Action = action });
}
