using System.Text.Json.Nodes;
using Inventory.Aws.Organizations;
using Inventory.Kubernetes;
using Inventory.Orchestrator.Jobs;
using Inventory.Orchestrator.Selection;
using Inventory.Orchestrator.Supervision;
using Inventory.Testing.Kubernetes;
using k8s;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Orchestrator.Tests;

/// <summary>The Jobs launcher against FakeKubernetes in kubelet mode, through the KubernetesClient package.</summary>
public sealed class SupervisionTests
{
    private static readonly OrchestratorOptions Options = new() { Runners = new() { S3Bucket = "inventory-bucket" } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwentyFiveAccountsWithFourAtOnceNeverExceedFourAndAllFinish()
    {
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions { Kubelet = FakeRunners.Kubelet() }, Cancel);
        var accounts = Accounts(25);

        var outcomes = await Supervise(fake, "run-25", accounts, maxConcurrent: 4);

        Assert.Equal(25, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Detail));
        Assert.Equal(accounts.Select(a => a.Id).Order(), outcomes.Select(o => o.Account.Id).Order());
        Assert.Equal(4, fake.PeakActiveJobs);
        Assert.Equal(25, fake.Jobs("inventory").Count);
    }

    [Fact]
    public async Task AFailedRunnerIsReportedWithTheJobsReason()
    {
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions { Kubelet = FakeRunners.Kubelet("100000000002") }, Cancel);

        var outcomes = await Supervise(fake, "run-fail", Accounts(3), maxConcurrent: 3);

        var failed = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal("100000000002", failed.Account.Id);
        Assert.StartsWith("BackoffLimitExceeded", failed.Detail, StringComparison.Ordinal);
        Assert.EndsWith("; the runner said: AccessDenied: refused 100000000002", failed.Detail, StringComparison.Ordinal);
        // backoffLimit 2: the first attempt and two retries.
        Assert.Equal(3, fake.Pods("inventory").Count(p => (string?)p["metadata"]!["labels"]!["job-name"] == failed.JobName));
    }

    [Fact]
    public async Task AWatchDroppedMidRunResumes()
    {
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions { Kubelet = FakeRunners.Kubelet() }, Cancel);
        fake.DropWatchesAfter(3);

        var outcomes = await Supervise(fake, "run-drop", Accounts(6), maxConcurrent: 2);

        Assert.Equal(6, outcomes.Count(o => o.Succeeded));
        Assert.True(fake.Requests.Count(r => r.Query.Contains("watch=", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public async Task AnExpiredResourceVersionRelistsAndConverges()
    {
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions { Kubelet = FakeRunners.Kubelet() }, Cancel);
        fake.DropWatchesAfter(2);
        fake.ExpireWatchResourceVersions();

        var outcomes = await Supervise(fake, "run-410", Accounts(4), maxConcurrent: 2);

        Assert.Equal(4, outcomes.Count(o => o.Succeeded));
    }

    [Fact]
    public async Task JobsThatAlreadyExistAreAdoptedNotRecreated()
    {
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions(), Cancel);
        var accounts = Accounts(2);
        var plan = Plan("run-again");
        var builder = new RunnerJobBuilder(Options);
        var finished = fake.AddJob("inventory", JsonNode.Parse(KubernetesJson.Serialize(builder.Build(plan, accounts[0].Id)))!.AsObject());
        fake.SetJobStatus("inventory", (string)finished["metadata"]!["name"]!, succeeded: true);
        fake.AddJob("inventory", JsonNode.Parse(KubernetesJson.Serialize(builder.Build(plan, accounts[1].Id)))!.AsObject());
        var running = RunnerJobNames.JobName("run-again", accounts[1].Id);

        var supervising = Supervise(fake, "run-again", accounts, maxConcurrent: 2);
        await Eventually(() => fake.Requests.Any(r => r.Method == "GET" && r.Path.EndsWith("/jobs/" + running, StringComparison.Ordinal)));
        fake.SetJobStatus("inventory", running, succeeded: false, reason: "DeadlineExceeded");
        var outcomes = await supervising;

        Assert.All(outcomes, o => Assert.True(o.Adopted));
        Assert.True(outcomes.Single(o => o.Account.Id == accounts[0].Id).Succeeded);
        Assert.StartsWith("DeadlineExceeded", outcomes.Single(o => o.Account.Id == accounts[1].Id).Detail, StringComparison.Ordinal);
        Assert.Equal(2, fake.Requests.Count(r => r.Method == "POST" && r.Status == 409));
        Assert.Equal(2, fake.Jobs("inventory").Count);
    }

    [Fact]
    public async Task TheCreatedJobKeepsEverySecuritySettingOnTheServer()
    {
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions { Kubelet = FakeRunners.Kubelet() }, Cancel);

        await Supervise(fake, "run-spec", Accounts(1), maxConcurrent: 1);

        var job = Assert.Single(fake.Jobs("inventory"));
        var pod = job["spec"]!["template"]!["spec"]!;
        Assert.False((bool)pod["automountServiceAccountToken"]!);
        Assert.True((bool)pod["securityContext"]!["runAsNonRoot"]!);
        var container = pod["containers"]![0]!;
        Assert.True((bool)container["securityContext"]!["readOnlyRootFilesystem"]!);
        Assert.False((bool)container["securityContext"]!["allowPrivilegeEscalation"]!);
        Assert.Equal("ALL", (string)container["securityContext"]!["capabilities"]!["drop"]![0]!);
        Assert.Equal("RuntimeDefault", (string)container["securityContext"]!["seccompProfile"]!["type"]!);
        Assert.Equal("inventory", (string)job["metadata"]!["labels"]!["app"]!);
    }

    private static async Task<IReadOnlyList<AccountOutcome>> Supervise(FakeKubernetes fake, string runId, IReadOnlyList<OrganizationAccount> accounts, int maxConcurrent)
    {
        var directory = Directory.CreateTempSubdirectory("orchestrator-test-");
        try
        {
            using var client = new KubernetesApi(KubernetesConfiguration.Load(fake.WriteKubeconfig(directory.FullName)), new KubernetesApiOptions { Qps = 100, Burst = 100 });
            var plan = Plan(runId);
            var options = Options with
            {
                Run = new() { RunId = plan.RunId, RunDate = plan.RunDate, MaxConcurrentRunners = maxConcurrent },
                Jobs = new() { Namespace = plan.Namespace, Image = plan.RunnerImage },
            };
            var cluster = new Lazy<KubernetesApi>(() => client);
            var launcher = new JobLauncher(
                options, new JobPlanner(options, cluster, TimeProvider.System, NullLogger<JobPlanner>.Instance), cluster, new Lazy<JobWatcher>(() => new JobWatcher(client)),
                new RunnerJobBuilder(options), TimeProvider.System, NullLogger<JobLauncher>.Instance);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            Assert.Equal(plan.RunId, await launcher.PlanAsync(timeout.Token));
            return await launcher.RunAsync(new SelectionResult(accounts, [], []), timeout.Token);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static RunPlan Plan(string runId) => new(runId, new DateOnly(2026, 3, 7), "inventory", "registry.example/inventory:test", null);

    private static List<OrganizationAccount> Accounts(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new OrganizationAccount($"1000000000{i:00}", $"arn:aws:organizations::111111111111:account/o-x/1000000000{i:00}", $"account-{i}", $"a{i}@example.com", "ACTIVE", null))];

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25, Cancel);
        }

        Assert.True(condition());
    }
}
