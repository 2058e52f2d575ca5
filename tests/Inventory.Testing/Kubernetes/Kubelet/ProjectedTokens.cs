using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// "Mounts" a container's projected service-account-token volumes: writes each token file under a
/// per-pod local directory and returns where each mount path landed, so the environment can point
/// at the local file. The token is a JWT with the claims a kubelet-issued token carries, unsigned.
/// </summary>
internal static class ProjectedTokens
{
    /// <returns>Mount path in the container → local directory.</returns>
    public static IReadOnlyDictionary<string, string> Mount(JsonObject pod, JsonObject container, string podDirectory, string issuer)
    {
        var volumes = KubeJson.Objects(pod["spec"]?["volumes"]).ToDictionary(volume => KubeJson.String(volume["name"]) ?? "", StringComparer.Ordinal);
        var mounted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mount in KubeJson.Objects(container["volumeMounts"]))
        {
            var name = KubeJson.String(mount["name"]) ?? "";
            var sources = KubeJson.Objects(volumes.GetValueOrDefault(name)?["projected"]?["sources"])
                .Select(source => source["serviceAccountToken"]).OfType<JsonObject>().ToList();
            if (sources.Count == 0 || KubeJson.String(mount["mountPath"]) is not { } mountPath)
            {
                continue;
            }

            var directory = Directory.CreateDirectory(Path.Combine(podDirectory, name)).FullName;
            foreach (var token in sources)
            {
                File.WriteAllText(Path.Combine(directory, KubeJson.String(token["path"]) ?? "token"), Jwt(pod, token, issuer));
            }

            mounted[mountPath.TrimEnd('/')] = directory;
        }

        return mounted;
    }

    /// <summary>An environment value pointing into a mounted volume, pointed at the local copy instead.</summary>
    public static string Relocate(string value, IReadOnlyDictionary<string, string> mounted)
    {
        foreach (var (mountPath, directory) in mounted)
        {
            if (value == mountPath || value.StartsWith(mountPath + "/", StringComparison.Ordinal))
            {
                return directory + value[mountPath.Length..];
            }
        }

        return value;
    }

    private static string Jwt(JsonObject pod, JsonObject token, string issuer)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var (ns, account) = (KubeJson.String(pod["metadata"]?["namespace"]), KubeJson.String(pod["spec"]?["serviceAccountName"]));
        var claims = new JsonObject
        {
            ["aud"] = new JsonArray(KubeJson.String(token["audience"]) ?? issuer),
            ["exp"] = now + (KubeJson.Long(token["expirationSeconds"]) ?? 3600),
            ["iat"] = now,
            ["iss"] = issuer,
            ["kubernetes.io"] = new JsonObject
            {
                ["namespace"] = ns,
                ["pod"] = new JsonObject { ["name"] = KubeJson.String(pod["metadata"]?["name"]), ["uid"] = KubeJson.String(pod["metadata"]?["uid"]) },
                ["serviceaccount"] = new JsonObject { ["name"] = account },
            },
            ["nbf"] = now,
            ["sub"] = $"system:serviceaccount:{ns}:{account}",
        };
        return $"{Encode("""{"alg":"RS256","kid":"fake-kubernetes"}""")}.{Encode(claims.ToJsonString())}.{Encode("unsigned")}";
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
