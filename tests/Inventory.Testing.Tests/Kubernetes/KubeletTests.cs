using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Inventory.Testing.Kubernetes;

namespace Inventory.Testing.Tests.Kubernetes;

/// <summary>Kubelet mode: Job pods as local python processes.</summary>
public sealed class KubeletTests : IAsyncLifetime
{
    private const string RoleArn = "arn:aws:iam::999999999999:role/Inventory-Runner";

    /// <summary>Prints its environment (and the web identity token) as JSON, sleeps SLEEP seconds, exits CODE.</summary>
    private const string Script = """
        import json, os, sys, time
        env = dict(os.environ)
        token = env.get('AWS_WEB_IDENTITY_TOKEN_FILE')
        env['TOKEN'] = open(token).read() if token else None
        env['ARGS'] = sys.argv[1:]
        print(json.dumps(env), flush=True)
        print('account ' + env.get('ACCOUNT_ID', ''), file=sys.stderr, flush=True)
        time.sleep(float(env.get('SLEEP', '0')))
        sys.exit(int(env.get('CODE', '0')))
        """;

    private FakeKubernetes _fake = null!;
    private RawKube _kube = null!;

    public async ValueTask InitializeAsync()
    {
        System.Environment.SetEnvironmentVariable("AWS_FAKE_KUBERNETES_LEAK", "from-the-test-process");
        _fake = await FakeKubernetes.StartAsync(
            new FakeKubernetesOptions
            {
                Kubelet = new KubeletOptions
                {
                    Resolve = container => container.Command is [TestJobs.RunnerCommand] ? new KubeletCommand("python3", ["-c", Script, .. container.Args]) : null,
                    ServiceAccounts = new Dictionary<string, IReadOnlyDictionary<string, string>>
                    {
                        ["aws-inventory-runner-sa"] = new Dictionary<string, string> { ["eks.amazonaws.com/role-arn"] = RoleArn },
                    },
                    ExtraEnvironment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:5999" },
                    Region = "eu-west-1",
                    MaxProcesses = 4,
                },
            },
            TestContext.Current.CancellationToken);
        _kube = new RawKube(_fake);
    }

    public async ValueTask DisposeAsync()
    {
        _kube.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task AJobWhosePodExitsZeroCompletes()
    {
        var job = await _kube.CreateJobAsync(TestJobs.Job("runner-111111111111", new Dictionary<string, string> { ["ACCOUNT_ID"] = "111111111111" }));

        var done = await FinishedAsync("runner-111111111111");

        Assert.Equal("Complete", done.Condition());
        var status = done["status"]!;
        Assert.Equal(1, status["succeeded"]!.GetValue<int>());
        Assert.Null(status["active"]);
        Assert.NotNull(status["startTime"]);
        Assert.NotNull(status["completionTime"]);
        var pod = Assert.Single(_fake.Pods("inventory"));
        Assert.StartsWith("runner-111111111111-", pod.Name(), StringComparison.Ordinal);
        Assert.Equal("Succeeded", pod["status"]!["phase"]!.GetValue<string>());
        Assert.Equal(0, pod["status"]!["containerStatuses"]![0]!["state"]!["terminated"]!["exitCode"]!.GetValue<int>());
        Assert.Equal("runner-111111111111", pod["metadata"]!["labels"]!["job-name"]!.GetValue<string>());
        var owner = pod["metadata"]!["ownerReferences"]![0]!;
        Assert.Equal(job["metadata"]!["uid"]!.GetValue<string>(), owner["uid"]!.GetValue<string>());
        Assert.True(owner["controller"]!.GetValue<bool>());
        Assert.Contains("account 111111111111", _fake.Logs("inventory", pod.Name()), StringComparison.Ordinal);
        var log = await _kube.GetAsync($"{RawKube.Pods}/{pod.Name()}/log");
        Assert.Contains("account 111111111111", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingPodIsReplacedUntilTheBackoffLimitThenTheJobFails()
    {
        await _kube.CreateJobAsync(TestJobs.Job("runner-222222222222", new Dictionary<string, string> { ["CODE"] = "3" }, backoffLimit: 2));

        var done = await FinishedAsync("runner-222222222222");

        Assert.Equal("Failed", done.Condition());
        Assert.Equal(3, done["status"]!["failed"]!.GetValue<int>());
        var failed = done["status"]!["conditions"]!.AsArray().Single(c => c!["type"]!.GetValue<string>() == "Failed")!;
        Assert.Equal("BackoffLimitExceeded", failed["reason"]!.GetValue<string>());
        var pods = _fake.Pods("inventory");
        Assert.Equal(3, pods.Count);
        Assert.All(pods, pod => Assert.Equal(3, pod["status"]!["containerStatuses"]![0]!["state"]!["terminated"]!["exitCode"]!.GetValue<int>()));
    }

    [Fact]
    public async Task FieldRefsAndArgsAreResolvedFromThePod()
    {
        var job = TestJobs.Job("runner-333333333333", labels: new Dictionary<string, string> { ["account"] = "333333333333" });
        var container = job["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();
        container["env"] = new JsonArray(
            FieldRef("POD_NAME", "metadata.name"),
            FieldRef("POD_NAMESPACE", "metadata.namespace"),
            FieldRef("ACCOUNT_ID", "metadata.labels['account']"),
            FieldRef("SERVICE_ACCOUNT", "spec.serviceAccountName"),
            new JsonObject { ["name"] = "GREETING", ["value"] = "account $(ACCOUNT_ID)" });
        container["args"] = new JsonArray("--account", "$(ACCOUNT_ID)");
        await _kube.CreateJobAsync(job);

        await FinishedAsync("runner-333333333333");
        var pod = Assert.Single(_fake.Pods("inventory"));
        var env = Environment(pod);

        Assert.Equal(pod.Name(), env["POD_NAME"]!.GetValue<string>());
        Assert.Equal(pod.Name(), env["HOSTNAME"]!.GetValue<string>());
        Assert.Equal("inventory", env["POD_NAMESPACE"]!.GetValue<string>());
        Assert.Equal("333333333333", env["ACCOUNT_ID"]!.GetValue<string>());
        Assert.Equal("aws-inventory-runner-sa", env["SERVICE_ACCOUNT"]!.GetValue<string>());
        Assert.Equal("account 333333333333", env["GREETING"]!.GetValue<string>());
        Assert.Equal(["--account", "333333333333"], env["ARGS"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task TheServiceAccountsRoleIsInjectedAsTheWebhookDoesAndTheTestsAwsVariablesAreNot()
    {
        await _kube.CreateJobAsync(TestJobs.Job("runner-444444444444"));

        await FinishedAsync("runner-444444444444");
        var pod = Assert.Single(_fake.Pods("inventory"));
        var env = Environment(pod);

        Assert.Equal(RoleArn, env["AWS_ROLE_ARN"]!.GetValue<string>());
        Assert.Equal("regional", env["AWS_STS_REGIONAL_ENDPOINTS"]!.GetValue<string>());
        Assert.Equal("eu-west-1", env["AWS_REGION"]!.GetValue<string>());
        Assert.Equal("eu-west-1", env["AWS_DEFAULT_REGION"]!.GetValue<string>());
        Assert.Equal("http://127.0.0.1:5999", env["AWS_ENDPOINT_URL"]!.GetValue<string>());
        Assert.Null(env["AWS_FAKE_KUBERNETES_LEAK"]);
        Assert.EndsWith("/aws-iam-token/token", env["AWS_WEB_IDENTITY_TOKEN_FILE"]!.GetValue<string>(), StringComparison.Ordinal);
        var claims = JsonNode.Parse(Base64Url.DecodeFromChars(env["TOKEN"]!.GetValue<string>().Split('.')[1]))!;
        Assert.Equal("system:serviceaccount:inventory:aws-inventory-runner-sa", claims["sub"]!.GetValue<string>());
        Assert.Equal("sts.amazonaws.com", claims["aud"]![0]!.GetValue<string>());
        var podEnv = pod["spec"]!["containers"]![0]!["env"]!.AsArray().ToDictionary(e => e!["name"]!.GetValue<string>(), e => e!["value"]!.GetValue<string>());
        Assert.Equal("/var/run/secrets/eks.amazonaws.com/serviceaccount/token", podEnv["AWS_WEB_IDENTITY_TOKEN_FILE"]);
        Assert.Contains(pod["spec"]!["volumes"]!.AsArray(), v => v!["name"]!.GetValue<string>() == "aws-iam-token");
    }

    [Fact]
    public async Task AServiceAccountWithoutARoleGetsNoAwsVariables()
    {
        await _kube.CreateJobAsync(TestJobs.Job("runner-555555555555", serviceAccount: "plain"));

        await FinishedAsync("runner-555555555555");
        var env = Environment(Assert.Single(_fake.Pods("inventory")));

        Assert.Null(env["AWS_ROLE_ARN"]);
        Assert.Null(env["AWS_WEB_IDENTITY_TOKEN_FILE"]);
        Assert.Null(env["TOKEN"]);
    }

    [Fact]
    public async Task PeakActiveJobsCountsJobsRunningAtOnce()
    {
        foreach (var account in new[] { "1", "2", "3" })
        {
            await _kube.CreateJobAsync(TestJobs.Job($"runner-{account}", new Dictionary<string, string> { ["SLEEP"] = "0.5" }));
        }

        foreach (var account in new[] { "1", "2", "3" })
        {
            await FinishedAsync($"runner-{account}");
        }

        await _kube.CreateJobAsync(TestJobs.Job("runner-4"));
        await FinishedAsync("runner-4");

        Assert.Equal(3, _fake.PeakActiveJobs);
    }

    [Fact]
    public async Task ActiveDeadlineSecondsStopsTheProcessAndFailsTheJob()
    {
        var job = TestJobs.Job("runner-666666666666", new Dictionary<string, string> { ["SLEEP"] = "60" });
        job["spec"]!["activeDeadlineSeconds"] = 1;
        job["spec"]!["template"]!["spec"]!["terminationGracePeriodSeconds"] = 2;
        await _kube.CreateJobAsync(job);

        var done = await FinishedAsync("runner-666666666666");

        var failed = done["status"]!["conditions"]!.AsArray().Single(c => c!["type"]!.GetValue<string>() == "Failed")!;
        Assert.Equal("DeadlineExceeded", failed["reason"]!.GetValue<string>());
        Assert.Empty(_fake.Pods("inventory")); // the controller deleted the active pod
    }

    [Fact]
    public async Task DeletingTheOrchestratorsJobInTheBackgroundCollectsItsRunnersAndStopsTheirProcesses()
    {
        var orchestrator = await _kube.CreateJobAsync(TestJobs.Job("aws-inventory-orchestrator-manual", new Dictionary<string, string> { ["SLEEP"] = "60" }));
        await _kube.CreateJobAsync(TestJobs.Job("runner-777777777777", new Dictionary<string, string> { ["SLEEP"] = "60" }).OwnedBy(orchestrator));
        await Eventually.UntilAsync(() => _fake.Pods("inventory").Count(p => p["status"]!["phase"]!.GetValue<string>() == "Running") == 2 ? "" : null, what: "two running pods");

        var reply = await _kube.DeleteAsync($"{RawKube.Jobs}/aws-inventory-orchestrator-manual", new JsonObject { ["propagationPolicy"] = "Background" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(_fake.Jobs("inventory"));
        await Eventually.UntilAsync(() => _fake.Pods("inventory").Count == 0 ? "" : null, TimeSpan.FromSeconds(15), "the pods to be gone");
    }

    [Fact]
    public async Task AContainerWithoutALocalCommandEndsWithStartError()
    {
        var job = TestJobs.Job("runner-888888888888", backoffLimit: 0);
        job["spec"]!["template"]!["spec"]!["containers"]![0]!["command"] = new JsonArray("/bin/unknown");
        await _kube.CreateJobAsync(job);

        var done = await FinishedAsync("runner-888888888888");

        Assert.Equal("Failed", done.Condition());
        var terminated = Assert.Single(_fake.Pods("inventory"))["status"]!["containerStatuses"]![0]!["state"]!["terminated"]!;
        Assert.Equal(128, terminated["exitCode"]!.GetValue<int>());
        Assert.Equal("StartError", terminated["reason"]!.GetValue<string>());
    }

    private static JsonObject FieldRef(string name, string path) => new()
    {
        ["name"] = name,
        ["valueFrom"] = new JsonObject { ["fieldRef"] = new JsonObject { ["fieldPath"] = path } },
    };

    private JsonObject Environment(JsonObject pod)
    {
        var line = _fake.Logs("inventory", pod.Name()).Split('\n').First(l => l.StartsWith('{'));
        return JsonNode.Parse(line)!.AsObject();
    }

    private Task<JsonObject> FinishedAsync(string name) =>
        Eventually.UntilAsync(() => _fake.Jobs("inventory").FirstOrDefault(job => job.Name() == name && job.Condition() is not null), TimeSpan.FromSeconds(30), $"{name} to finish");
}
