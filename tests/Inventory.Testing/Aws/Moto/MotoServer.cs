using System.Diagnostics;
using System.Text;

namespace Inventory.Testing.Aws;

/// <summary>
/// A moto server of its own on a free 127.0.0.1 port, for one test class. Auth is off at start
/// (any key, unsigned requests accepted). Dispose kills exactly this process and its children.
/// </summary>
public sealed class MotoServer : IAsyncDisposable
{
    private const int PortAttempts = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly MotoProcess _process;

    private MotoServer(MotoProcess process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
        Raw = new MotoRawClient(endpoint);
        Seed = new MotoSeeder(Raw);
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Endpoint { get; }

    /// <summary>The OS process id of the server (for tests that check it is gone).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The last lines moto wrote to stdout and stderr.</summary>
    public string OutputTail => _process.Output.ToString();

    /// <summary>Unsigned raw requests to this server, acting as any account.</summary>
    public MotoRawClient Raw { get; }

    /// <summary>Creates state (organizations, IAM, EC2, S3, …) with raw requests.</summary>
    public MotoSeeder Seed { get; }

    public static async Task<MotoServer> StartAsync(CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            var server = new MotoServer(MotoProcess.Start(port), new Uri($"http://127.0.0.1:{port}/"));
            try
            {
                if (await server.WaitUntilReadyAsync(ct))
                {
                    return server;
                }
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }

            await server.DisposeAsync();
            if (attempt == PortAttempts)
            {
                throw new InvalidOperationException(
                    $"moto could not bind a free port in {PortAttempts} attempts; last output:\n{server.OutputTail}");
            }
        }
    }

    /// <summary>Wipes all state (POST /moto-api/reset) and turns auth enforcement off.</summary>
    public async Task ResetAsync(CancellationToken ct = default)
    {
        await PostAsync("moto-api/reset", "", ct);
        await EnforceAuthAsync(false, ct);
    }

    /// <summary>
    /// Turns moto's IAM enforcement on (known keys, valid SigV4, identity policies, role trust)
    /// or off, via POST /moto-api/reset-auth with the number of requests still let through.
    /// </summary>
    public Task EnforceAuthAsync(bool enforce, CancellationToken ct = default) =>
        PostAsync("moto-api/reset-auth", enforce ? "0" : "inf", ct);

    public async ValueTask DisposeAsync()
    {
        Raw.Dispose();
        await _process.DisposeAsync();
    }

    private async Task PostAsync(string path, string body, CancellationToken ct)
    {
        using var content = new StringContent(body, Encoding.UTF8, "text/plain");
        using var response = await Raw.Http.PostAsync(new Uri(Endpoint, path), content, ct);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            throw new InvalidOperationException($"POST /{path} answered {(int)response.StatusCode}: {text}");
        }
    }

    /// <returns>True when ready, false when the port was taken by someone else first.</returns>
    private async Task<bool> WaitUntilReadyAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                return PortTaken() ? false : throw await ExitedErrorAsync(ct);
            }

            if (await AnswersAsync(ct))
            {
                return true;
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException(
                    $"moto on {Endpoint} did not answer GET /moto-api/ within {StartTimeout.TotalSeconds} s; " +
                    $"its output:\n{OutputTail}");
            }

            await Task.Delay(50, ct);
        }
    }

    private bool PortTaken() =>
        _process.Output.Contains("Address already in use") || _process.Output.Contains("is in use by another program");

    private async Task<Exception> ExitedErrorAsync(CancellationToken ct)
    {
        var importFailure = await MotoInstallation.ImportFailureAsync(ct);
        return importFailure is not null
            ? new InvalidOperationException(
                "moto is not usable: python3 -c 'import moto.server' failed. moto 5.x must be installed in " +
                $"the default python3.\n{importFailure}")
            : new InvalidOperationException(
                $"moto server exited with code {_process.ExitCode} before answering; its output:\n{OutputTail}");
    }

    private async Task<bool> AnswersAsync(CancellationToken ct)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var response = await Raw.Http.GetAsync(new Uri(Endpoint, "moto-api/"), attempt.Token);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
