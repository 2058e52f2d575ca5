using System.Text.Json.Nodes;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Kubernetes;

/// <summary>Every pod k8s/ can start meets the restricted Pod Security Standard and has requests and limits.</summary>
public sealed class PodSecurityTests(TestManifests rendered) : IClassFixture<TestManifests>
{
    private static readonly string[] ResourceKinds = ["requests", "limits"];
    private static readonly string[] Resources = ["cpu", "memory"];
    private static readonly string[] HostFields = ["hostNetwork", "hostPID", "hostIPC"];

    private readonly List<(string Owner, JsonObject Spec)> _pods = [.. PodTemplates.In(rendered.Manifests.Objects)];

    private IEnumerable<(string Name, JsonObject Pod, JsonObject Container)> Containers =>
        _pods.SelectMany(pod => PodTemplates.Containers(pod.Spec).Select(c => ($"{pod.Owner} container {c.Str("name")}", pod.Spec, c)));

    [Fact]
    public void The_CronJob_is_the_only_workload_and_has_one_container()
    {
        var pod = Assert.Single(_pods);
        Assert.Equal("CronJob/aws-inventory-orchestrator", pod.Owner);
        Assert.Single(PodTemplates.Containers(pod.Spec));
    }

    [Fact]
    public void Every_container_runs_as_non_root()
    {
        Assert.All(Containers, c =>
        {
            Assert.True((c.Container.Bool("securityContext", "runAsNonRoot") ?? c.Pod.Bool("securityContext", "runAsNonRoot")) == true, $"{c.Name}: runAsNonRoot");
            var user = c.Container.Long("securityContext", "runAsUser") ?? c.Pod.Long("securityContext", "runAsUser");
            Assert.True(user is > 0, $"{c.Name}: runAsUser {user}");
        });
    }

    [Fact]
    public void Every_container_has_a_read_only_root_file_system()
    {
        Assert.All(Containers, c => Assert.True(c.Container.Bool("securityContext", "readOnlyRootFilesystem") == true, $"{c.Name}: readOnlyRootFilesystem"));
    }

    [Fact]
    public void No_container_is_privileged_or_can_gain_privileges()
    {
        Assert.All(Containers, c =>
        {
            Assert.True(c.Container.Bool("securityContext", "privileged") != true, $"{c.Name}: privileged");
            Assert.True(c.Container.Bool("securityContext", "allowPrivilegeEscalation") == false, $"{c.Name}: allowPrivilegeEscalation must be false");
            Assert.Equal(["ALL"], c.Container.Strings("securityContext", "capabilities", "drop"));
            Assert.Empty(c.Container.Strings("securityContext", "capabilities", "add"));
            var seccomp = c.Container.Str("securityContext", "seccompProfile", "type") ?? c.Pod.Str("securityContext", "seccompProfile", "type");
            Assert.True(seccomp is "RuntimeDefault" or "Localhost", $"{c.Name}: seccompProfile {seccomp}");
        });
    }

    [Fact]
    public void Every_container_has_cpu_and_memory_requests_and_limits()
    {
        Assert.All(Containers, c =>
        {
            foreach (var kind in ResourceKinds)
            {
                foreach (var resource in Resources)
                {
                    Assert.False(string.IsNullOrEmpty(c.Container.Str("resources", kind, resource)), $"{c.Name}: resources.{kind}.{resource}");
                }
            }
        });
    }

    [Fact]
    public void No_pod_touches_the_host()
    {
        Assert.All(_pods, pod =>
        {
            Assert.All(pod.Spec.Objects("volumes"), volume => Assert.False(volume.ContainsKey("hostPath"), $"{pod.Owner}: hostPath volume {volume.Str("name")}"));
            foreach (var field in HostFields)
            {
                Assert.True(pod.Spec.Bool(field) != true, $"{pod.Owner}: {field}");
            }

            Assert.All(PodTemplates.Containers(pod.Spec).SelectMany(c => c.Objects("ports")), port => Assert.Null(port.At("hostPort")));
        });
    }

    [Fact]
    public void The_root_file_system_being_read_only_there_is_a_writable_tmp()
    {
        Assert.All(Containers, c =>
        {
            var mount = Assert.Single(c.Container.Objects("volumeMounts"), m => m.Str("mountPath") == "/tmp");
            var volume = Assert.Single(c.Pod.Objects("volumes"), v => v.Str("name") == mount.Str("name"));
            Assert.NotNull(volume.At("emptyDir"));
        });
    }

    [Fact]
    public void The_namespace_enforces_the_restricted_standard()
    {
        var ns = rendered.Manifests.Single("Namespace", "inventory");
        Assert.Equal("restricted", ns.Str("metadata", "labels", "pod-security.kubernetes.io/enforce"));
        Assert.All(rendered.Manifests.Objects.Where(o => o.Str("kind") is not "Namespace"),
            o => Assert.Equal("inventory", o.Str("metadata", "namespace")));
    }
}
