using System.Net.Http.Headers;
using k8s.Authentication;
using k8s.KubeConfigModels;

namespace Inventory.Kubernetes;

/// <summary>
/// Runs a kubeconfig exec credential plugin (EKS kubeconfigs run <c>aws eks get-token</c>) and caches
/// its token until 30 s before its expirationTimestamp, so a request never leaves with a token that
/// expires in flight. Concurrent callers share one run of the plugin.
/// </summary>
internal sealed class ExecTokenProvider : ITokenProvider, IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan RefreshBeforeExpiry = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private string? _token;
    private DateTimeOffset? _refreshAt;

    public ExecTokenProvider(ExternalExecution settings, TimeProvider? time = null)
        : this(settings, time, DefaultTimeout)
    {
    }

    internal ExecTokenProvider(ExternalExecution settings, TimeProvider? time, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _time = time ?? TimeProvider.System;
        _timeout = timeout;
    }

    public ExternalExecution Settings { get; }

    public async Task<AuthenticationHeaderValue> GetAuthenticationHeaderAsync(CancellationToken cancellationToken) =>
        new("Bearer", await GetTokenAsync(cancellationToken));

    public async ValueTask<string> GetTokenAsync(CancellationToken ct)
    {
        if (Cached() is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (Cached() is { } fresh)
            {
                return fresh;
            }

            var status = await ExecPlugin.RunAsync(Settings, _timeout, ct);
            _token = status.Token;
            _refreshAt = status.ExpirationTimestamp - RefreshBeforeExpiry;
            return _token!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    public override string ToString() => $"exec plugin {Settings.Command}";

    private string? Cached()
    {
        var token = Volatile.Read(ref _token);
        return token is not null && (_refreshAt is not { } refreshAt || _time.GetUtcNow() < refreshAt) ? token : null;
    }
}
