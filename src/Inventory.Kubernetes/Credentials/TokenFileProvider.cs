namespace Inventory.Kubernetes;

/// <summary>
/// A token read from a file, such as the projected service-account token. The kubelet rotates that
/// token well before it expires (it lives an hour by default) and rewrites the file, so the file is
/// read again at most once a minute: a long-running process keeps working without holding the file open.
/// </summary>
public sealed class TokenFileProvider : ITokenProvider
{
    public static readonly TimeSpan RereadInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private string? _token;
    private DateTimeOffset _readAt;

    public TokenFileProvider(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        _time = time ?? TimeProvider.System;
    }

    public string Path { get; }

    public ValueTask<string> GetTokenAsync(CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_token is not null && now - _readAt < RereadInterval)
            {
                return ValueTask.FromResult(_token);
            }

            try
            {
                var token = File.ReadAllText(Path).Trim();
                if (token.Length == 0)
                {
                    throw new KubernetesConfigException($"The token file {Path} is empty.");
                }

                (_token, _readAt) = (token, now);
            }
            catch (Exception ex) when (_token is not null && ex is IOException or UnauthorizedAccessException or KubernetesConfigException)
            {
                // Mid-rotation or briefly unreadable: the token read last is still valid for a while; try again next call.
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new KubernetesConfigException($"Cannot read the token file {Path}: {ex.Message}", ex);
            }

            return ValueTask.FromResult(_token);
        }
    }

    public override string ToString() => $"token file {Path}";
}
