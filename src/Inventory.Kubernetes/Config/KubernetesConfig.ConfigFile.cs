namespace Inventory.Kubernetes;

/// <summary>A kubeconfig's context: its cluster (server, CA, TLS) and its user (token, token file, client certificate, exec plugin).</summary>
public sealed partial record KubernetesConfig
{
    private static readonly string[] ExecApiVersions = ["client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"];

    internal static KubernetesConfig FromKubeconfigFiles(IReadOnlyList<string> files, string? context, TimeProvider time)
    {
        foreach (var file in files.Where(file => !File.Exists(file)))
        {
            throw new KubernetesConfigException($"The kubeconfig {file} does not exist.");
        }

        var kubeconfig = KubeconfigFiles.Load(files);
        var contextName = context ?? kubeconfig.CurrentContext ?? throw new KubernetesConfigException(
            $"The {kubeconfig.Describe()} sets no current-context and none was asked for. "
            + $"Hint: run 'kubectl config use-context NAME'; contexts: {Names(kubeconfig.Contexts)}.");
        if (!kubeconfig.Contexts.TryGetValue(contextName, out var contextEntry))
        {
            throw new KubernetesConfigException(
                $"Context '{contextName}' is not in the {kubeconfig.Describe()}; contexts: {Names(kubeconfig.Contexts)}.");
        }

        var cluster = FindCluster(kubeconfig, contextName, contextEntry);
        var user = FindUser(kubeconfig, contextName, contextEntry);
        return new KubernetesConfig(
            ServerOf(contextEntry.Cluster!, cluster),
            string.IsNullOrWhiteSpace(contextEntry.Namespace) ? DefaultNamespace : contextEntry.Namespace,
            CertificateAuthorityOf(contextEntry.Cluster!, cluster),
            TokenProviderOf(contextEntry.User!, user, time),
            ClientCertificateOf(contextEntry.User!, user),
            cluster.InsecureSkipTlsVerify);
    }

    private static ClusterEntry FindCluster(MergedKubeconfig kubeconfig, string contextName, ContextEntry context)
    {
        if (string.IsNullOrEmpty(context.Cluster))
        {
            throw new KubernetesConfigException($"Context '{contextName}' names no cluster. Hint: set contexts[].context.cluster.");
        }

        return kubeconfig.Clusters.TryGetValue(context.Cluster, out var cluster)
            ? cluster
            : throw new KubernetesConfigException(
                $"Context '{contextName}' uses cluster '{context.Cluster}', which is not in the {kubeconfig.Describe()}; clusters: {Names(kubeconfig.Clusters)}.");
    }

    private static UserEntry FindUser(MergedKubeconfig kubeconfig, string contextName, ContextEntry context)
    {
        if (string.IsNullOrEmpty(context.User))
        {
            throw new KubernetesConfigException($"Context '{contextName}' names no user. Hint: set contexts[].context.user.");
        }

        return kubeconfig.Users.TryGetValue(context.User, out var user)
            ? user
            : throw new KubernetesConfigException(
                $"Context '{contextName}' uses user '{context.User}', which is not in the {kubeconfig.Describe()}; users: {Names(kubeconfig.Users)}.");
    }

    private static Uri ServerOf(string name, ClusterEntry cluster)
    {
        if (string.IsNullOrWhiteSpace(cluster.Server))
        {
            throw new KubernetesConfigException($"Cluster '{name}' has no server. Hint: set clusters[].cluster.server to https://HOST:PORT.");
        }

        return Uri.TryCreate(cluster.Server, UriKind.Absolute, out var server) && server.Scheme is "https" or "http"
            ? server
            : throw new KubernetesConfigException($"Cluster '{name}' has server '{cluster.Server}', which is not an https:// (or http://) URL.");
    }

    private static string? CertificateAuthorityOf(string name, ClusterEntry cluster) =>
        cluster.InsecureSkipTlsVerify ? null : PemFrom($"cluster '{name}'", "certificate-authority", cluster.CertificateAuthorityData, cluster.CertificateAuthority);

    private static ClientCertificate? ClientCertificateOf(string name, UserEntry user)
    {
        var certificate = PemFrom($"user '{name}'", "client-certificate", user.ClientCertificateData, user.ClientCertificate);
        var key = PemFrom($"user '{name}'", "client-key", user.ClientKeyData, user.ClientKey);
        return (certificate, key) switch
        {
            (null, null) => null,
            ({ } cert, { } pem) => new ClientCertificate(cert, pem),
            _ => throw new KubernetesConfigException(
                $"User '{name}' has a client {(certificate is null ? "key but no certificate" : "certificate but no key")}. Hint: set both client-certificate(-data) and client-key(-data)."),
        };
    }

    private static ITokenProvider? TokenProviderOf(string name, UserEntry user, TimeProvider time)
    {
        if (user.AuthProvider is not null)
        {
            throw new KubernetesConfigException(
                $"User '{name}' uses an auth-provider, which this client does not support. Hint: use an exec credential plugin instead.");
        }

        if (!string.IsNullOrWhiteSpace(user.Token))
        {
            return new StaticTokenProvider(user.Token.Trim());
        }

        if (!string.IsNullOrWhiteSpace(user.TokenFile))
        {
            return File.Exists(user.TokenFile)
                ? new TokenFileProvider(user.TokenFile, time)
                : throw new KubernetesConfigException($"User '{name}' has tokenFile {user.TokenFile}, which does not exist.");
        }

        if (user.Exec is { } exec)
        {
            return new ExecTokenProvider(ExecSettings(name, exec), time);
        }

        var hasCertificate = user.ClientCertificate is not null || user.ClientCertificateData is not null;
        return hasCertificate ? null : throw new KubernetesConfigException(
            $"User '{name}' has no credentials{(user.Username is null ? string.Empty : " this client supports (basic auth is not supported)")}. "
            + "Hint: give it a token, tokenFile, client-certificate and client-key, or an exec plugin.");
    }

    private static ExecCredentialSettings ExecSettings(string name, ExecEntry exec)
    {
        if (string.IsNullOrWhiteSpace(exec.Command))
        {
            throw new KubernetesConfigException($"User '{name}' has an exec plugin with no command.");
        }

        if (!ExecApiVersions.Contains(exec.ApiVersion))
        {
            throw new KubernetesConfigException(
                $"User '{name}' has an exec plugin with apiVersion '{exec.ApiVersion}'; supported: {string.Join(", ", ExecApiVersions)}.");
        }

        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in exec.Env ?? [])
        {
            if (string.IsNullOrEmpty(variable.Name))
            {
                throw new KubernetesConfigException($"User '{name}' has an exec env entry with no name.");
            }

            env[variable.Name] = variable.Value ?? string.Empty;
        }

        return new ExecCredentialSettings
        {
            ApiVersion = exec.ApiVersion!,
            Command = exec.Command,
            Args = exec.Args ?? [],
            Env = env,
            InstallHint = exec.InstallHint,
        };
    }

    private static string? PemFrom(string owner, string field, string? base64, string? file)
    {
        if (!string.IsNullOrWhiteSpace(base64))
        {
            try
            {
                return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
            }
            catch (FormatException ex)
            {
                throw new KubernetesConfigException($"The {field}-data of {owner} is not base64.", ex);
            }
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            return null;
        }

        return File.Exists(file)
            ? File.ReadAllText(file)
            : throw new KubernetesConfigException($"The {field} file {file} of {owner} does not exist.");
    }

    private static string Names<T>(IReadOnlyDictionary<string, T> entries) =>
        entries.Count == 0 ? "none" : string.Join(", ", entries.Keys.Order(StringComparer.Ordinal));
}
