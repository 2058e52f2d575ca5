using System.Text.Json.Nodes;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// One of each listing of the application services beyond AWS Recon (Cognito, Step Functions,
/// EventBridge and its Scheduler, AppSync, Amazon MQ, CodeCommit, CodeDeploy, Elastic Beanstalk),
/// with what their follow-ups read: clients, identity providers, roles, rules and targets, a bus policy.
/// </summary>
internal sealed class AppServicesSeed(ReconAccountSeed seed)
{
    public const string UserPool = "shape-users";
    public const string UserPoolClient = "shape-client";
    public const string IdentityProvider = "shape-saml";
    public const string IdentityPool = "shape_identities";
    public const string StateMachine = "shape-flow";
    public const string Activity = "shape-activity";
    public const string EventBus = "shape-bus";
    public const string Rule = "shape-rule";
    public const string Archive = "shape-archive";
    public const string Connection = "shape-connection";
    public const string ConnectionApiKey = "not-in-records-connection-key";
    public const string Schedule = "shape-schedule";
    public const string ScheduleGroup = "shape-schedules";
    public const string GraphqlApi = "shape-graphql";
    public const string Broker = "shape-broker";
    public const string BrokerPassword = "not-in-records-broker";
    public const string Repository = "shape-code";
    public const string DeployApplication = "shape-deploy";
    public const string DeploymentGroup = "shape-group";
    public const string BeanstalkApplication = "shape-beanstalk";
    public const string BeanstalkEnvironment = "shape-env";

    private const string Account = ReconAccountSeed.Account;
    private const string Region = ReconAccountSeed.Region;

    public string PoolId { get; private set; } = "";
    public string IdentitiesId { get; private set; } = "";

    public async Task SeedAsync()
    {
        await CognitoAsync();
        await StepFunctionsAsync();
        await EventsAsync();
        await seed.RestAsync("scheduler", HttpMethod.Post, $"/schedule-groups/{ScheduleGroup}", new JsonObject { ["ClientToken"] = "shape" });
        await seed.RestAsync("scheduler", HttpMethod.Post, $"/schedules/{Schedule}", new JsonObject
        {
            ["GroupName"] = ScheduleGroup,
            ["ScheduleExpression"] = "rate(1 hour)",
            ["FlexibleTimeWindow"] = new JsonObject { ["Mode"] = "OFF" },
            ["Target"] = new JsonObject { ["Arn"] = $"arn:aws:sqs:{Region}:{Account}:{ReconAccountSeed.Queue}", ["RoleArn"] = ReconAccountSeed.RoleArn },
        });
        await seed.RestAsync("appsync", HttpMethod.Post, "/v1/apis", new JsonObject
        {
            ["name"] = GraphqlApi,
            ["authenticationType"] = "AMAZON_COGNITO_USER_POOLS",
            ["userPoolConfig"] = new JsonObject { ["userPoolId"] = PoolId, ["awsRegion"] = Region, ["defaultAction"] = "ALLOW" },
            ["tags"] = new JsonObject { ["team"] = "shapes" },
        });
        await seed.RestAsync("mq", HttpMethod.Post, "/v1/brokers", new JsonObject
        {
            ["brokerName"] = Broker,
            ["engineType"] = "ACTIVEMQ",
            ["engineVersion"] = "5.17.6",
            ["hostInstanceType"] = "mq.t3.micro",
            ["deploymentMode"] = "SINGLE_INSTANCE",
            ["publiclyAccessible"] = false,
            ["autoMinorVersionUpgrade"] = true,
            ["users"] = new JsonArray(new JsonObject { ["username"] = "shape-admin", ["password"] = BrokerPassword, ["consoleAccess"] = true }),
        });
        await seed.JsonAsync("codecommit", "CodeCommit_20150413.CreateRepository", new JsonObject
        {
            ["repositoryName"] = Repository, ["repositoryDescription"] = "shape",
        });
        await seed.JsonAsync("codedeploy", "CodeDeploy_20141006.CreateApplication", new JsonObject
        {
            ["applicationName"] = DeployApplication, ["computePlatform"] = "Server",
        });
        await seed.JsonAsync("codedeploy", "CodeDeploy_20141006.CreateDeploymentGroup", new JsonObject
        {
            ["applicationName"] = DeployApplication,
            ["deploymentGroupName"] = DeploymentGroup,
            ["serviceRoleArn"] = ReconAccountSeed.RoleArn,
            ["ec2TagFilters"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "shapes", ["Type"] = "KEY_AND_VALUE" }),
        });
        const string Beanstalk = "2010-12-01";
        await seed.QueryAsync("elasticbeanstalk", Beanstalk, "CreateApplication", ("ApplicationName", BeanstalkApplication), ("Description", "shape"));
        await seed.QueryAsync("elasticbeanstalk", Beanstalk, "CreateEnvironment", ("ApplicationName", BeanstalkApplication), ("EnvironmentName", BeanstalkEnvironment),
            ("SolutionStackName", "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "shapes"));
    }

    private async Task CognitoAsync()
    {
        var pool = await seed.JsonAsync("cognito-idp", "AWSCognitoIdentityProviderService.CreateUserPool", new JsonObject
        {
            ["PoolName"] = UserPool,
            ["MfaConfiguration"] = "OFF",
            ["Policies"] = new JsonObject { ["PasswordPolicy"] = new JsonObject { ["MinimumLength"] = 12, ["RequireSymbols"] = true } },
            ["UserPoolTags"] = new JsonObject { ["team"] = "shapes" },
        });
        PoolId = pool.GetProperty("UserPool").GetProperty("Id").GetString()!;
        await seed.JsonAsync("cognito-idp", "AWSCognitoIdentityProviderService.CreateUserPoolClient", new JsonObject
        {
            ["UserPoolId"] = PoolId, ["ClientName"] = UserPoolClient, ["GenerateSecret"] = true,
            ["ExplicitAuthFlows"] = new JsonArray("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
        });
        await seed.JsonAsync("cognito-idp", "AWSCognitoIdentityProviderService.CreateIdentityProvider", new JsonObject
        {
            ["UserPoolId"] = PoolId, ["ProviderName"] = IdentityProvider, ["ProviderType"] = "SAML",
            ["ProviderDetails"] = new JsonObject { ["MetadataURL"] = "https://idp.shapes.example.com/metadata" },
        });
        var identities = await seed.JsonAsync("cognito-identity", "AWSCognitoIdentityService.CreateIdentityPool", new JsonObject
        {
            ["IdentityPoolName"] = IdentityPool,
            ["AllowUnauthenticatedIdentities"] = true,
            ["IdentityPoolTags"] = new JsonObject { ["team"] = "shapes" },
        });
        IdentitiesId = identities.GetProperty("IdentityPoolId").GetString()!;
    }

    private async Task StepFunctionsAsync()
    {
        await seed.JsonAsync("states", "AWSStepFunctions.CreateStateMachine", new JsonObject
        {
            ["name"] = StateMachine,
            ["definition"] = """{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}""",
            ["roleArn"] = ReconAccountSeed.RoleArn,
            ["tags"] = new JsonArray(new JsonObject { ["key"] = "team", ["value"] = "shapes" }),
        }, "1.0");
        await seed.JsonAsync("states", "AWSStepFunctions.CreateActivity", new JsonObject
        {
            ["name"] = Activity,
            ["tags"] = new JsonArray(new JsonObject { ["key"] = "team", ["value"] = "shapes" }),
        }, "1.0");
    }

    private async Task EventsAsync()
    {
        await seed.JsonAsync("events", "AWSEvents.CreateEventBus", new JsonObject { ["Name"] = EventBus });
        // Any account of the organization may put events on the bus: the policy the records must carry.
        await seed.JsonAsync("events", "AWSEvents.PutPermission", new JsonObject
        {
            ["EventBusName"] = EventBus, ["Action"] = "events:PutEvents", ["Principal"] = "*", ["StatementId"] = "anyone",
        });
        await seed.JsonAsync("events", "AWSEvents.PutRule", new JsonObject
        {
            ["Name"] = Rule, ["EventBusName"] = EventBus, ["EventPattern"] = """{"source":["shape"]}""",
        });
        await seed.JsonAsync("events", "AWSEvents.PutTargets", new JsonObject
        {
            ["Rule"] = Rule, ["EventBusName"] = EventBus,
            ["Targets"] = new JsonArray(new JsonObject { ["Id"] = "queue", ["Arn"] = $"arn:aws:sqs:{Region}:{Account}:{ReconAccountSeed.Queue}" }),
        });
        await seed.JsonAsync("events", "AWSEvents.CreateArchive", new JsonObject
        {
            ["ArchiveName"] = Archive, ["EventSourceArn"] = $"arn:aws:events:{Region}:{Account}:event-bus/{EventBus}", ["RetentionDays"] = 7,
        });
        await seed.JsonAsync("events", "AWSEvents.CreateConnection", new JsonObject
        {
            ["Name"] = Connection, ["AuthorizationType"] = "API_KEY",
            ["AuthParameters"] = new JsonObject
            {
                ["ApiKeyAuthParameters"] = new JsonObject { ["ApiKeyName"] = "x-api-key", ["ApiKeyValue"] = ConnectionApiKey },
            },
        });
    }
}
