using System.Globalization;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// The EKS pod identity webhook (IRSA): for a pod whose service account is annotated with
/// <c>eks.amazonaws.com/role-arn</c>, adds the projected token volume and, to each container that
/// does not already set them, AWS_STS_REGIONAL_ENDPOINTS, AWS_DEFAULT_REGION + AWS_REGION,
/// AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE and the token's volume mount.
/// </summary>
internal static class PodIdentityWebhook
{
    public const string RoleArnAnnotation = "eks.amazonaws.com/role-arn";
    public const string VolumeName = "aws-iam-token";
    public const string MountPath = "/var/run/secrets/eks.amazonaws.com/serviceaccount";

    public static void Mutate(JsonObject pod, KubeletOptions options)
    {
        if (pod["spec"] is not JsonObject spec
            || !options.ServiceAccounts.TryGetValue(KubeJson.String(spec["serviceAccountName"]) ?? "default", out var annotations)
            || !annotations.TryGetValue(RoleArnAnnotation, out var roleArn))
        {
            return;
        }

        var regional = annotations.TryGetValue("eks.amazonaws.com/sts-regional-endpoints", out var flag)
            ? flag == "true"
            : options.StsRegionalEndpoints;
        var volumes = KubeJson.ChildArray(spec, "volumes");
        if (!KubeJson.Objects(volumes).Any(volume => KubeJson.String(volume["name"]) == VolumeName))
        {
            volumes.Add(TokenVolume(annotations));
        }

        var skipped = (KubeJson.String(pod["metadata"]?["annotations"]?["eks.amazonaws.com/skip-containers"]) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var containers = KubeJson.Objects(spec["initContainers"]).Concat(KubeJson.Objects(spec["containers"]));
        foreach (var container in containers.Where(c => !skipped.Contains(KubeJson.String(c["name"]))))
        {
            Inject(container, roleArn, regional, options.Region);
        }
    }

    private static JsonObject TokenVolume(IReadOnlyDictionary<string, string> annotations) => new()
    {
        ["name"] = VolumeName,
        ["projected"] = new JsonObject
        {
            ["sources"] = new JsonArray(new JsonObject
            {
                ["serviceAccountToken"] = new JsonObject
                {
                    ["audience"] = annotations.GetValueOrDefault("eks.amazonaws.com/audience", "sts.amazonaws.com"),
                    ["expirationSeconds"] = long.TryParse(annotations.GetValueOrDefault("eks.amazonaws.com/token-expiration"), CultureInfo.InvariantCulture, out var seconds) ? seconds : 86400,
                    ["path"] = "token",
                },
            }),
        },
    };

    private static void Inject(JsonObject container, string roleArn, bool regional, string? region)
    {
        var env = KubeJson.ChildArray(container, "env");
        var present = KubeJson.Objects(env).Select(variable => KubeJson.String(variable["name"])).ToHashSet(StringComparer.Ordinal);
        void Add(string name, string value)
        {
            if (present.Add(name))
            {
                env.Add(new JsonObject { ["name"] = name, ["value"] = value });
            }
        }

        if (regional)
        {
            Add("AWS_STS_REGIONAL_ENDPOINTS", "regional");
        }

        if (region is not null && !present.Contains("AWS_REGION") && !present.Contains("AWS_DEFAULT_REGION"))
        {
            Add("AWS_DEFAULT_REGION", region);
            Add("AWS_REGION", region);
        }

        Add("AWS_ROLE_ARN", roleArn);
        Add("AWS_WEB_IDENTITY_TOKEN_FILE", $"{MountPath}/token");
        var mounts = KubeJson.ChildArray(container, "volumeMounts");
        if (!KubeJson.Objects(mounts).Any(mount => KubeJson.String(mount["mountPath"]) == MountPath))
        {
            mounts.Add(new JsonObject { ["name"] = VolumeName, ["readOnly"] = true, ["mountPath"] = MountPath });
        }
    }
}
