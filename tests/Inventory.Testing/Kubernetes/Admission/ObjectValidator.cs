using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// The API server's validation for what the fake stores: names, labels and annotations, a Job's
/// counts and pod template (restartPolicy Never/OnFailure, the job-name label ≤ 63 characters),
/// a pod spec's containers, images and env fieldRefs.
/// </summary>
internal static class ObjectValidator
{
    private static readonly string[] FieldPaths =
    [
        "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid",
        "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
    ];

    public static IReadOnlyList<FieldError> Validate(ResourceKind kind, JsonObject body)
    {
        var errors = new List<FieldError>();
        var metadata = body["metadata"] as JsonObject ?? [];
        var name = KubeJson.String(metadata["name"]) ?? "";
        errors.AddRange(NameRules.SubdomainProblems(name).Select(problem => FieldError.Invalid("metadata.name", name, problem)));
        errors.AddRange(LabelRules.Validate(KubeJson.StringMap(metadata["labels"]), "metadata.labels"));
        errors.AddRange(KubeJson.StringMap(metadata["annotations"]).Keys
            .SelectMany(key => LabelRules.KeyProblems(key).Select(problem => FieldError.Invalid("metadata.annotations", key, problem))));
        if (kind == ResourceKind.Jobs)
        {
            Job(body["spec"] as JsonObject ?? [], errors);
        }
        else
        {
            PodSpec(body["spec"] as JsonObject, "spec", ["Always", "OnFailure", "Never"], errors);
        }

        return errors.Distinct().ToList();
    }

    private static void Job(JsonObject spec, List<FieldError> errors)
    {
        NotNegative(spec, "backoffLimit", "spec", errors);
        NotNegative(spec, "parallelism", "spec", errors);
        NotNegative(spec, "completions", "spec", errors);
        if (KubeJson.Long(spec["activeDeadlineSeconds"]) is { } deadline and <= 0)
        {
            errors.Add(FieldError.Invalid("spec.activeDeadlineSeconds", deadline, "must be greater than 0"));
        }

        if (spec["template"] is not JsonObject template)
        {
            errors.Add(FieldError.Required("spec.template.spec.containers"));
            return;
        }

        errors.AddRange(LabelRules.Validate(KubeJson.StringMap(template["metadata"]?["labels"]), "spec.template.labels"));
        PodSpec(template["spec"] as JsonObject, "spec.template.spec", ["OnFailure", "Never"], errors);
    }

    private static void PodSpec(JsonObject? spec, string field, string[] restartPolicies, List<FieldError> errors)
    {
        var containers = KubeJson.Objects(spec?["containers"]).ToList();
        if (containers.Count == 0)
        {
            errors.Add(FieldError.Required($"{field}.containers"));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            Container(containers[i], $"{field}.containers[{i}]", names, errors);
        }

        var restartPolicy = KubeJson.String(spec?["restartPolicy"]) ?? "Always";
        if (!restartPolicies.Contains(restartPolicy))
        {
            errors.Add(FieldError.NotSupported($"{field}.restartPolicy", restartPolicy, restartPolicies));
        }

        if (KubeJson.String(spec?["serviceAccountName"]) is { Length: > 0 } account)
        {
            errors.AddRange(NameRules.SubdomainProblems(account).Select(problem => FieldError.Invalid($"{field}.serviceAccountName", account, problem)));
        }
    }

    private static void Container(JsonObject container, string field, HashSet<string> names, List<FieldError> errors)
    {
        var name = KubeJson.String(container["name"]) ?? "";
        if (name.Length == 0)
        {
            errors.Add(FieldError.Required($"{field}.name"));
        }
        else if (!names.Add(name))
        {
            errors.Add(FieldError.Duplicate($"{field}.name", name));
        }
        else
        {
            errors.AddRange(NameRules.LabelProblems(name).Select(problem => FieldError.Invalid($"{field}.name", name, problem)));
        }

        if (string.IsNullOrEmpty(KubeJson.String(container["image"])))
        {
            errors.Add(FieldError.Required($"{field}.image"));
        }

        var env = KubeJson.Objects(container["env"]).ToList();
        for (var j = 0; j < env.Count; j++)
        {
            if (string.IsNullOrEmpty(KubeJson.String(env[j]["name"])))
            {
                errors.Add(FieldError.Required($"{field}.env[{j}].name"));
            }

            if (env[j]["valueFrom"]?["fieldRef"] is JsonObject fieldRef)
            {
                var path = KubeJson.String(fieldRef["fieldPath"]) ?? "";
                var plain = path.Split('[')[0];
                var indexed = path.Contains('[', StringComparison.Ordinal) && plain is "metadata.labels" or "metadata.annotations";
                if (!FieldPaths.Contains(path) && !indexed)
                {
                    errors.Add(FieldError.NotSupported($"{field}.env[{j}].valueFrom.fieldRef.fieldPath", path, FieldPaths));
                }
            }
        }
    }

    private static void NotNegative(JsonObject spec, string name, string field, List<FieldError> errors)
    {
        if (KubeJson.Long(spec[name]) is { } value and < 0)
        {
            errors.Add(FieldError.Invalid($"{field}.{name}", value, "must be greater than or equal to 0"));
        }
    }
}
