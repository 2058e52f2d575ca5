using Inventory.Kubernetes.Tests.Support;

namespace Inventory.Kubernetes.Tests.Http;

/// <summary>Jobs and Pods through the package against FakeKubernetes: CRUD, selectors, pages, and the API's refusals as KubernetesApiExceptions naming the call.</summary>
public sealed class KubernetesApiTests : FakeKubernetesTest
{
    [Fact]
    public async Task AJobIsCreatedReadListedAndDeleted()
    {
        var client = Client();

        var created = await client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);
        var read = await client.GetJobAsync(Ns, "runner-a", Ct);
        var listed = await client.ListJobsAsync(Ns, "app=inventory", ct: Ct);
        await client.DeleteJobAsync(Ns, "runner-a", Ct);

        Assert.Equal("runner-a", created.Metadata!.Name);
        Assert.False(string.IsNullOrEmpty(created.Metadata.Uid));
        Assert.False(string.IsNullOrEmpty(created.Metadata.ResourceVersion));
        Assert.Equal(created.Metadata.Uid, read!.Metadata!.Uid);
        Assert.Equal("runner:1", read.Spec!.Template!.Spec!.Containers[0].Image);
        Assert.Equal(["runner-a"], listed.Items.Select(job => job.Metadata!.Name));
        Assert.False(string.IsNullOrEmpty(listed.Metadata!.ResourceVersion));
        Assert.Null(await client.GetJobAsync(Ns, "runner-a", Ct));
    }

    [Fact]
    public async Task TheKubeconfigsServerNamespaceAndTokenAreUsed()
    {
        var config = Config();
        var client = Client(config: config);

        await client.ListJobsAsync(Ns, null, ct: Ct);

        Assert.Equal(Fake.Endpoint.GetLeftPart(UriPartial.Authority), new Uri(config.Host).GetLeftPart(UriPartial.Authority));
        Assert.Equal(Ns, client.Namespace);
        Assert.Equal(200, Assert.Single(RequestsTo("GET", "/jobs")).Status);
    }

    [Fact]
    public async Task SelectorsPickByEqualityAndBySet()
    {
        var client = Client();
        await client.CreateJobAsync(Ns, RunnerJob("runner-a", app: "inventory"), Ct);
        await client.CreateJobAsync(Ns, RunnerJob("runner-b", app: "other"), Ct);
        await client.CreateJobAsync(Ns, RunnerJob("runner-c", app: "third"), Ct);

        var equal = await client.ListJobsAsync(Ns, "app=other", ct: Ct);
        var set = await client.ListJobsAsync(Ns, "app in (inventory,third)", ct: Ct);
        var all = await client.ListJobsAsync(Ns, null, ct: Ct);

        Assert.Equal(["runner-b"], equal.Items.Select(job => job.Metadata!.Name));
        Assert.Equal(["runner-a", "runner-c"], set.Items.Select(job => job.Metadata!.Name).Order());
        Assert.Equal(3, all.Items.Count);
    }

    [Fact]
    public async Task ALongListComesInPagesWithAContinueToken()
    {
        var client = Client();
        foreach (var name in new[] { "runner-a", "runner-b", "runner-c" })
        {
            await client.CreateJobAsync(Ns, RunnerJob(name), Ct);
        }

        var first = await client.ListJobsAsync(Ns, "app=inventory", limit: 2, ct: Ct);
        var second = await client.ListJobsAsync(Ns, "app=inventory", first.Metadata!.ContinueProperty, 2, Ct);

        Assert.Equal(2, first.Items.Count);
        Assert.False(string.IsNullOrEmpty(first.Metadata.ContinueProperty));
        Assert.Single(second.Items);
        Assert.True(string.IsNullOrEmpty(second.Metadata!.ContinueProperty));
        Assert.Equal(3, first.Items.Concat(second.Items).Select(job => job.Metadata!.Name).Distinct().Count());
    }

    [Fact]
    public async Task AGenerateNameJobGetsAName()
    {
        var created = await Client().CreateJobAsync(Ns, RunnerJob("ignored", generateName: "runner-"), Ct);

        Assert.StartsWith("runner-", created.Metadata!.Name, StringComparison.Ordinal);
        Assert.True(created.Metadata.Name!.Length > "runner-".Length);
    }

    [Fact]
    public async Task CreatingAJobTwiceIsAlreadyExists()
    {
        var client = Client();
        await client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct));

        Assert.Equal(409, error.StatusCode);
        Assert.Equal("AlreadyExists", error.Reason);
        Assert.Contains("runner-a", error.StatusMessage, StringComparison.Ordinal);
        Assert.Equal("AlreadyExists", error.Status!.Reason);
        Assert.StartsWith($"create jobs.batch in namespace {Ns}: 409 AlreadyExists: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidNameIsInvalidWithTheApisMessage()
    {
        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => Client().CreateJobAsync(Ns, RunnerJob("Runner_A"), Ct));

        Assert.Equal(422, error.StatusCode);
        Assert.Equal("Invalid", error.Reason);
        Assert.Contains("Runner_A", error.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingJobIsNullAndAMissingPodIsNotFound()
    {
        var client = Client();

        Assert.Null(await client.GetJobAsync(Ns, "absent", Ct));
        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.GetPodAsync(Ns, "absent", Ct));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("NotFound", error.Reason);
    }

    [Fact]
    public async Task DeletingAJobThatIsGoneIsNotAnError()
    {
        await Client().DeleteJobAsync(Ns, "absent", Ct);

        Assert.Equal(404, Assert.Single(RequestsTo("DELETE", "/jobs/absent")).Status);
    }

    [Fact]
    public async Task APodIsRead()
    {
        Fake.AddPod(Ns, "orchestrator-x", "orchestrator:1", new Dictionary<string, string> { ["app"] = "orchestrator" });

        var pod = await Client().GetPodAsync(Ns, "orchestrator-x", Ct);

        Assert.Equal("Running", pod.Status!.Phase);
        Assert.Equal("orchestrator:1", pod.Spec!.Containers[0].Image);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("list")]
    [InlineData("get")]
    public async Task AVerbTheRoleLacksIsForbiddenNamingTheCallAndIsNotRetried(string verb)
    {
        Fake.Deny(verb, "jobs");
        var client = Client();

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => verb switch
        {
            "create" => client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct),
            "list" => client.ListJobsAsync(Ns, null, ct: Ct),
            _ => client.GetJobAsync(Ns, "runner-a", Ct),
        });

        Assert.True(error.IsDenied);
        Assert.Equal((403, "Forbidden", verb, $"jobs.batch in namespace {Ns}"), (error.StatusCode, error.Reason, error.Verb, error.Resource));
        Assert.Contains($"cannot {verb} resource \"jobs\"", error.StatusMessage, StringComparison.Ordinal);
        Assert.Single(Fake.Requests);
    }

    [Fact]
    public async Task AWrongTokenIsUnauthorized()
    {
        var config = Config();
        config.AccessToken = "not-the-token";
        var client = Client(config: config);

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.ListJobsAsync(Ns, null, ct: Ct));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("Unauthorized", error.Reason);
    }

    [Fact]
    public async Task NoTokenIsUnauthorized()
    {
        var config = Config();
        config.AccessToken = null;
        var client = Client(config: config);

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.ListJobsAsync(Ns, null, ct: Ct));

        Assert.Equal(401, error.StatusCode);
    }
}
