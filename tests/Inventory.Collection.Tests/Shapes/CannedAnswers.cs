using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// Answers, shaped like the operations' outputs in the API models, that the proxy gives for the catalog
/// operations moto 5.2.1 does not answer (README.md lists them and why), so their records are built
/// and checked too. Everything else goes to moto.
/// </summary>
internal static partial class CannedAnswers
{
    private const string Account = ReconAccountSeed.Account;
    private const string Epoch = "1767323045"; // 2026-01-02 03:04:05 UTC

    public static void Install(FaultProxy proxy, ReconAccountSeed seed)
    {
        DataServicesCanned.Install(proxy, seed.DataServices);
        string Fill(string body) => body
            .Replace("@Account@", Account, StringComparison.Ordinal)
            .Replace("@Epoch@", Epoch, StringComparison.Ordinal)
            .Replace("@ReconAccountSeed.Table@", ReconAccountSeed.Table, StringComparison.Ordinal)
            .Replace("@lb@", seed.LoadBalancerArn, StringComparison.Ordinal)
            .Replace("@seed.InstanceId@", seed.InstanceId, StringComparison.Ordinal);

        Json(proxy, Fill, "access-analyzer", "GET /analyzer", """{"analyzers":[{"arn":"arn:aws:access-analyzer:us-east-1:@Account@:analyzer/shape","name":"shape","type":"ACCOUNT","createdAt":@Epoch@,"status":"ACTIVE","tags":{"team":"shapes"}}]}""");
        Json(proxy, Fill, "backup", "GET /resources/", """{"Results":[{"ResourceArn":"arn:aws:dynamodb:us-east-1:@Account@:table/@ReconAccountSeed.Table@","ResourceType":"DynamoDB","LastBackupTime":@Epoch@}]}""");
        Json(proxy, Fill, "ecr-public", "DescribeRepositories", """{"repositories":[{"repositoryArn":"arn:aws:ecr-public::@Account@:repository/shape-public","registryId":"@Account@","repositoryName":"shape-public","repositoryUri":"public.ecr.aws/shape/shape-public","createdAt":@Epoch@}]}""");
        Json(proxy, Fill, "ecr-public", "GetRepositoryPolicy", """{"registryId":"@Account@","repositoryName":"shape-public","policyText":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"ecr-public:BatchCheckLayerAvailability\"}]}"}""");
        Json(proxy, Fill, "ecr-public", "DescribeImages", """{"imageDetails":[{"registryId":"@Account@","repositoryName":"shape-public","imageDigest":"sha256:0000000000000000000000000000000000000000000000000000000000000000","imageTags":["latest"],"imageSizeInBytes":1024,"imagePushedAt":@Epoch@}]}""");
        Json(proxy, Fill, "guardduty", $"POST /detector/{seed.DetectorId}/findings/statistics", """{"findingStatistics":{"countBySeverity":{"8.0":2,"2.0":1}}}""");
        Json(proxy, Fill, "guardduty", $"GET /detector/{seed.DetectorId}/master", """{"master":{"accountId":"111111111111","invitationId":"shape-invitation","relationshipStatus":"Enabled","invitedAt":"2026-01-02T03:04:05.000Z"}}""");
        Json(proxy, Fill, "lightsail", "GetInstances", """{"instances":[{"name":"shape-ls","arn":"arn:aws:lightsail:us-east-1:@Account@:Instance/shape","createdAt":@Epoch@,"blueprintId":"amazon_linux_2","bundleId":"nano_3_0","isStaticIp":false,"state":{"code":16,"name":"running"}}]}""");
        Json(proxy, Fill, "lightsail", "GetLoadBalancers", """{"loadBalancers":[{"name":"shape-lslb","arn":"arn:aws:lightsail:us-east-1:@Account@:LoadBalancer/shape","createdAt":@Epoch@,"state":"active","instancePort":80}]}""");
        proxy.AddRule(new FaultRule(Fault.Answer(Fill("""{"Quotas":[{"ServiceCode":"ec2","ServiceName":"Amazon Elastic Compute Cloud (Amazon EC2)","QuotaArn":"arn:aws:servicequotas:us-east-1:@Account@:ec2/L-1216C47A","QuotaCode":"L-1216C47A","QuotaName":"Running On-Demand Standard instances","Value":5.0,"Unit":"None","Adjustable":true,"GlobalQuota":false}]}"""), JsonType))
        {
            Service = "servicequotas", Action = "ListServiceQuotas", Times = 1,
        });
        Json(proxy, Fill, "servicequotas", "ListServiceQuotas", """{"Quotas":[]}""");
        Json(proxy, Fill, "shield", "DescribeSubscription", """{"Subscription":{"StartTime":@Epoch@,"TimeCommitmentInSeconds":31536000,"AutoRenew":"ENABLED","ProactiveEngagementStatus":"DISABLED","SubscriptionLimits":{"ProtectionLimits":{"ProtectedResourceTypeLimits":[]},"ProtectionGroupLimits":{"MaxProtectionGroups":1000,"PatternTypeLimits":{"ArbitraryPatternLimits":{"MaxMembers":1000}}}}}}""");
        Json(proxy, Fill, "shield", "DescribeEmergencyContactSettings", """{"EmergencyContactList":[{"EmailAddress":"security@shapes.example.com","ContactNotes":"on call"}]}""");
        Json(proxy, Fill, "shield", "ListProtections", """{"Protections":[{"Id":"shape-protection","Name":"shape","ResourceArn":"@lb@"}]}""");
        Json(proxy, Fill, "shield", "DescribeProtection", """{"Protection":{"Id":"shape-protection","Name":"shape","ResourceArn":"@lb@","HealthCheckIds":[]}}""");
        Json(proxy, Fill, "ssm", "DescribeInstanceInformation", """{"InstanceInformationList":[{"InstanceId":"@seed.InstanceId@","PingStatus":"Online","LastPingDateTime":@Epoch@,"PlatformType":"Linux","ResourceType":"EC2Instance"}]}""");
        Json(proxy, Fill, "support", "DescribeTrustedAdvisorCheckResult", """{"result":{"checkId":"shape","timestamp":"2026-01-02T03:04:05Z","status":"ok","resourcesSummary":{"resourcesProcessed":1,"resourcesFlagged":0,"resourcesIgnored":0,"resourcesSuppressed":0},"categorySpecificSummary":{"costOptimizing":{"estimatedMonthlySavings":0.0,"estimatedPercentMonthlySavings":0.0}},"flaggedResources":[]}}""");
        Json(proxy, Fill, "xray", "POST /EncryptionConfig", """{"EncryptionConfig":{"Status":"ACTIVE","Type":"NONE"}}""");
        Json(proxy, Fill, "config", "DescribeDeliveryChannelStatus", """{"DeliveryChannelsStatus":[{"name":"default","configSnapshotDeliveryInfo":{"lastStatus":"SUCCESS","lastSuccessfulTime":@Epoch@},"configHistoryDeliveryInfo":{"lastStatus":"SUCCESS"},"configStreamDeliveryInfo":{"lastStatus":"NOT_APPLICABLE"}}]}""");
        Json(proxy, Fill, "config", "DescribeConfigRuleEvaluationStatus", """{"ConfigRulesEvaluationStatus":[{"ConfigRuleName":"shape-rule","ConfigRuleArn":"arn:aws:config:us-east-1:@Account@:config-rule/config-rule-shape","ConfigRuleId":"config-rule-shape","LastSuccessfulInvocationTime":@Epoch@,"FirstActivatedTime":@Epoch@,"FirstEvaluationStarted":true}]}""");
        Json(proxy, Fill, "elasticmapreduce", "ListSecurityConfigurations", """{"SecurityConfigurations":[{"Name":"shape-emr-sec","CreationDateTime":@Epoch@}]}""");
        Json(proxy, Fill, "wafv2", "ListResourcesForWebACL", """{"ResourceArns":["@lb@"]}""");
        Json(proxy, Fill, "apigateway", $"GET /v2/apis/{seed.HttpApiId}/authorizers", """{"items":[{"authorizerId":"shape-auth","authorizerType":"JWT","name":"shape","identitySource":["$request.header.Authorization"]}]}""");
        Json(proxy, Fill, "apigateway", $"GET /v2/apis/{seed.HttpApiId}/models", """{"items":[{"modelId":"shape-model","name":"shape","contentType":"application/json","schema":"{}"}]}""");
        Json(proxy, Fill, "apigateway", $"GET /v2/apis/{seed.HttpApiId}/deployments", """{"items":[{"deploymentId":"shape-deploy","deploymentStatus":"DEPLOYED","createdDate":"2026-01-02T03:04:05Z","autoDeployed":false}]}""");
        Json(proxy, Fill, "organizations", "ListHandshakesForAccount", """{"Handshakes":[{"Id":"h-shape","Arn":"arn:aws:organizations::111111111111:handshake/o-shape/invite/h-shape","State":"OPEN","Action":"INVITE","RequestedTimestamp":@Epoch@,"ExpirationTimestamp":@Epoch@,"Parties":[{"Id":"@Account@","Type":"ACCOUNT"}]}]}""");
        Json(proxy, Fill, "route53domains", "ListDomains", """{"Domains":[{"DomainName":"shapes-example.com","AutoRenew":true,"TransferLock":true,"Expiry":@Epoch@}]}""");
        Json(proxy, Fill, "workspaces", "DescribeWorkspaces", """{"Workspaces":[{"WorkspaceId":"ws-shape","DirectoryId":"d-shape","UserName":"shape","IpAddress":"10.0.0.10","State":"AVAILABLE","BundleId":"wsb-shape","WorkspaceProperties":{"RunningMode":"AUTO_STOP","RootVolumeSizeGib":80}}]}""");
        Json(proxy, Fill, "ecs", "ListTasks", """{"taskArns":["arn:aws:ecs:us-east-1:@Account@:task/shape-ecs/0123456789abcdef"]}""");
        Json(proxy, Fill, "ecs", "DescribeTasks", """{"tasks":[{"taskArn":"arn:aws:ecs:us-east-1:@Account@:task/shape-ecs/0123456789abcdef","clusterArn":"arn:aws:ecs:us-east-1:@Account@:cluster/shape-ecs","lastStatus":"RUNNING","desiredStatus":"RUNNING","createdAt":@Epoch@,"launchType":"FARGATE","containers":[{"name":"app","lastStatus":"RUNNING"}],"overrides":{"containerOverrides":[]}}],"failures":[]}""");
        proxy.AddRule(new FaultRule(Fault.Answer(
            "<ListQueryLoggingConfigsResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><QueryLoggingConfigs><QueryLoggingConfig>" +
            $"<Id>shape-qlc</Id><HostedZoneId>Z0SHAPE</HostedZoneId><CloudWatchLogsLogGroupArn>arn:aws:logs:us-east-1:{Account}:log-group:/aws/route53/shape</CloudWatchLogsLogGroupArn>" +
            "</QueryLoggingConfig></QueryLoggingConfigs></ListQueryLoggingConfigsResponse>", "text/xml"))
        {
            Service = "route53", Action = "GET /2013-04-01/queryloggingconfig",
        });
        InstallBeyondRecon(proxy, seed);
    }

    private const string JsonType = "application/x-amz-json-1.1";

    private const string Json10Type = "application/x-amz-json-1.0";

    private static void Json(FaultProxy proxy, Func<string, string> fill, string service, string action, string body) =>
        proxy.AddRule(new FaultRule(Fault.Answer(fill(body), action.Contains(' ', StringComparison.Ordinal) ? "application/json" : JsonType))
        {
            Service = service,
            Action = action,
        });
}
