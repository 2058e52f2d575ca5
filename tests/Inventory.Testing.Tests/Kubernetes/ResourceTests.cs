using System.Net;
using System.Text.Json.Nodes;
using Inventory.Testing.Kubernetes;

namespace Inventory.Testing.Tests.Kubernetes;

public sealed class ResourceTests : RawKubeTest
{
    [Fact]
    public async Task CreateFillsServerFieldsAndJobDefaults()
    {
        var first = await Kube.CreateJobAsync(TestJobs.Job("runner-111111111111"));
        var second = await Kube.CreateJobAsync(TestJobs.Job("runner-222222222222"));

        var metadata = first["metadata"]!;
        Assert.Equal("inventory", metadata["namespace"]!.GetValue<string>());
        Assert.True(Guid.TryParse(metadata["uid"]!.GetValue<string>(), out _));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", metadata["creationTimestamp"]!.GetValue<string>());
        Assert.True(long.Parse(second.ResourceVersion()) > long.Parse(first.ResourceVersion()));
        var uid = metadata["uid"]!.GetValue<string>();
        Assert.Equal(6, first["spec"]!["backoffLimit"]!.GetValue<int>());
        Assert.Equal(uid, first["spec"]!["selector"]!["matchLabels"]!["batch.kubernetes.io/controller-uid"]!.GetValue<string>());
        var templateLabels = first["spec"]!["template"]!["metadata"]!["labels"]!;
        Assert.Equal("runner-111111111111", templateLabels["job-name"]!.GetValue<string>());
        Assert.Equal(uid, templateLabels["controller-uid"]!.GetValue<string>());
        Assert.Equal(new JsonObject(), first["status"]);
    }

    [Fact]
    public async Task GenerateNameAddsFiveCharacters()
    {
        var job = TestJobs.Job("ignored");
        job["metadata"]!.AsObject().Remove("name");
        job["metadata"]!["generateName"] = "runner-";

        var created = await Kube.CreateJobAsync(job);

        Assert.Matches("^runner-[bcdfghjklmnpqrstvwxz2456789]{5}$", created.Name());
    }

    [Fact]
    public async Task GetListAndDeleteAJob()
    {
        await Kube.CreateJobAsync(TestJobs.Job("runner-a"));

        var got = await Kube.GetAsync($"{RawKube.Jobs}/runner-a");
        var list = await Kube.GetAsync(RawKube.Jobs);
        var deleted = await Kube.DeleteAsync($"{RawKube.Jobs}/runner-a", new JsonObject { ["kind"] = "DeleteOptions", ["apiVersion"] = "v1", ["propagationPolicy"] = "Background" });
        var after = await Kube.GetAsync($"{RawKube.Jobs}/runner-a");

        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal("Job", got.Json!["kind"]!.GetValue<string>());
        var item = Assert.Single(list.Json!["items"]!.AsArray())!;
        Assert.Equal("runner-a", item.Name());
        Assert.Null(item["kind"]); // typed lists carry no kind on their items
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("Success", deleted.Json!["status"]!.GetValue<string>());
        Assert.Equal("jobs", deleted.Json["details"]!["kind"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, after.Status);
        Assert.Empty(Fake.Jobs("inventory"));
    }

    [Fact]
    public async Task ADuplicateNameIs409AlreadyExists()
    {
        await Kube.CreateJobAsync(TestJobs.Job("runner-a"));

        var reply = await Kube.PostAsync(RawKube.Jobs, TestJobs.Job("runner-a"));

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("AlreadyExists", reply.Reason);
        Assert.Equal("jobs.batch \"runner-a\" already exists", reply.Message);
        Assert.Equal("batch", reply.Json!["details"]!["group"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Runner_A", "metadata.name")]
    [InlineData("runner-with-a-name-that-is-longer-than-sixty-three-characters-xyz", "spec.template.labels")]
    public async Task AnInvalidNameIs422Invalid(string name, string field)
    {
        var reply = await Kube.PostAsync(RawKube.Jobs, TestJobs.Job(name));

        Assert.Equal((HttpStatusCode)422, reply.Status);
        Assert.Equal("Invalid", reply.Reason);
        Assert.StartsWith($"Job.batch \"{name}\" is invalid: {field}: Invalid value: \"{name}\"", reply.Message, StringComparison.Ordinal);
        var cause = reply.Json!["details"]!["causes"]![0]!;
        Assert.Equal(field, cause["field"]!.GetValue<string>());
        Assert.Equal("FieldValueInvalid", cause["reason"]!.GetValue<string>());
        Assert.Empty(Fake.Jobs("inventory"));
    }

    [Fact]
    public async Task InvalidLabelsAndRestartPolicyAre422()
    {
        var job = TestJobs.Job("runner-a", labels: new Dictionary<string, string> { ["bad key!"] = "ok", ["account"] = "-bad-" });
        job["spec"]!["template"]!["spec"]!["restartPolicy"] = "Always";

        var reply = await Kube.PostAsync(RawKube.Jobs, job);

        Assert.Equal((HttpStatusCode)422, reply.Status);
        var fields = reply.Json!["details"]!["causes"]!.AsArray().Select(c => c!["field"]!.GetValue<string>()).ToList();
        Assert.Contains("metadata.labels", fields);
        Assert.Contains("spec.template.labels", fields);
        Assert.Contains("spec.template.spec.restartPolicy", fields);
        Assert.Contains("Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\"", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingJobIs404NotFound()
    {
        var reply = await Kube.GetAsync($"{RawKube.Jobs}/nothing");
        var delete = await Kube.DeleteAsync($"{RawKube.Jobs}/nothing");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("NotFound", reply.Reason);
        Assert.Equal("jobs.batch \"nothing\" not found", reply.Message);
        Assert.Equal(HttpStatusCode.NotFound, delete.Status);
    }

    [Fact]
    public async Task AMalformedBodyIs400BadRequest()
    {
        using var http = new HttpClient { BaseAddress = Fake.Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, RawKube.Jobs) { Content = new StringContent("{ not json") };
        request.Headers.Authorization = new("Bearer", Fake.Token);

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", status["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeletingAJobWithoutAPolicyOrphansItsPodsAsTheBatchApiDoes()
    {
        var job = await Kube.CreateJobAsync(TestJobs.Job("runner-a"));
        await Kube.PostAsync(RawKube.Pods, TestJobs.Pod("runner-a-xyz12").OwnedBy(job));

        var deleted = await Kube.DeleteAsync($"{RawKube.Jobs}/runner-a");

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("orphan", deleted.Json!["metadata"]!["finalizers"]![0]!.GetValue<string>());
        var pod = Assert.Single(Fake.Pods("inventory"));
        Assert.Null(pod["metadata"]!["ownerReferences"]);
    }

    [Fact]
    public async Task DeletingAnOwnerInTheBackgroundCollectsDependentsTransitively()
    {
        var orchestrator = await Kube.CreateJobAsync(TestJobs.Job("aws-inventory-orchestrator-manual"));
        var runner = await Kube.CreateJobAsync(TestJobs.Job("runner-a").OwnedBy(orchestrator));
        await Kube.PostAsync(RawKube.Pods, TestJobs.Pod("runner-a-xyz12").OwnedBy(runner));
        await Kube.PostAsync(RawKube.Pods, TestJobs.Pod("unrelated"));

        var deleted = await Kube.DeleteAsync($"{RawKube.Jobs}/aws-inventory-orchestrator-manual?propagationPolicy=Background");

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Empty(Fake.Jobs("inventory"));
        Assert.Equal("unrelated", Assert.Single(Fake.Pods("inventory")).Name());
    }

    [Fact]
    public async Task DeletingInTheForegroundRemovesDependentsFirst()
    {
        var owner = await Kube.CreateJobAsync(TestJobs.Job("owner"));
        await Kube.CreateJobAsync(TestJobs.Job("dependent").OwnedBy(owner));

        var deleted = await Kube.DeleteAsync($"{RawKube.Jobs}/owner", new JsonObject { ["propagationPolicy"] = "Foreground" });

        Assert.Equal("foregroundDeletion", deleted.Json!["metadata"]!["finalizers"]![0]!.GetValue<string>());
        Assert.NotNull(deleted.Json["metadata"]!["deletionTimestamp"]);
        Assert.Empty(Fake.Jobs("inventory"));
    }

    [Fact]
    public async Task MergePatchAndStaleUpdatesFollowOptimisticConcurrency()
    {
        var job = await Kube.CreateJobAsync(TestJobs.Job("runner-a"));
        var patch = new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["state"] = "seen" } } };

        var patched = await Kube.SendAsync(HttpMethod.Patch, $"{RawKube.Jobs}/runner-a", patch, contentType: "application/merge-patch+json");
        var stale = await Kube.SendAsync(HttpMethod.Put, $"{RawKube.Jobs}/runner-a", job);

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("seen", patched.Json!["metadata"]!["labels"]!["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal("Conflict", stale.Reason);
    }

    [Fact]
    public void SeedingAddsPodsAndJobsAndFinishesJobs()
    {
        var pod = Fake.AddPod("inventory", "aws-inventory-orchestrator-abcde", "registry.example/inventory:2.0", new Dictionary<string, string> { ["app"] = "orchestrator" });
        Fake.AddJob("inventory", TestJobs.Job("runner-a"));

        Fake.SetJobStatus("inventory", "runner-a", succeeded: false);

        Assert.Equal("Running", pod["status"]!["phase"]!.GetValue<string>());
        Assert.Equal("registry.example/inventory:2.0", pod["spec"]!["containers"]![0]!["image"]!.GetValue<string>());
        var job = Assert.Single(Fake.Jobs("inventory"));
        Assert.Equal("Failed", job.Condition());
        Assert.Equal(1, job["status"]!["failed"]!.GetValue<int>());
        Assert.Equal("BackoffLimitExceeded", job["status"]!["conditions"]![1]!["reason"]!.GetValue<string>());
        Assert.Throws<InvalidOperationException>(() => Fake.AddJob("inventory", TestJobs.Job("Bad_Name")));
    }
}
