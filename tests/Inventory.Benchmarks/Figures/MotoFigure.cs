using System.Diagnostics;
using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Benchmarks.Measurement;
using Inventory.Benchmarks.Responder;
using Inventory.Testing.Aws;

namespace Inventory.Benchmarks.Figures;

/// <summary>
/// Why the latency and memory figures do not use moto: the same client calls timed against
/// <c>python3 -m moto.server</c> and against the canned responder (no added latency). moto
/// answers from one Python process, so its per-call cost caps the whole run's calls per second
/// however many calls are in flight; at the latency figure's volume, moto would be the thing measured.
/// </summary>
internal static class MotoFigure
{
    private const string Region = "us-east-1";
    private const int Instances = 1000;
    private const int SmallCalls = 300;

    public static async Task<string> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var load = LoadAverage.OneMinute();
        MotoServer moto;
        try
        {
            moto = await MotoServer.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // The other figures need no moto; a machine without it still gets them.
            return $"moto-comparison: skipped ({e.Message.Split('\n')[0]})";
        }

        double motoPage, motoRate;
        await using (moto)
        {
            await moto.Seed.RunInstancesAsync(MotoCredentials.ManagementAccountId, Region, Instances, cancellationToken);
            (motoPage, motoRate) = await MeasureAsync(moto.Endpoint, settings.Concurrency, cancellationToken);
        }

        await using var responder = await CannedResponder.StartAsync(CannedAccount.InstancesOnly(Instances), TimeSpan.Zero, cancellationToken);
        var (cannedPage, cannedRate) = await MeasureAsync(responder.Endpoint, settings.Concurrency, cancellationToken);

        // The latency figure can use at most concurrency ÷ latency calls per second; moto must beat that not to be the bottleneck.
        var needed = settings.Concurrency * 1000.0 / Math.Max(1, settings.LatencyMs);
        var memoryPages = Math.Ceiling(settings.Records / (double)Instances);
        return $"moto-comparison: describe-instances-{Instances}: moto={Units.Number(motoPage)}ms responder={Units.Number(cannedPage)}ms " +
               $"small-calls(DescribeVpcs,{settings.Concurrency}-in-flight): moto={Units.Number(motoRate)}calls/s responder={Units.Number(cannedRate)}calls/s " +
               $"latency-figure-needs={Units.Number(needed)}calls/s moto-would-bound-it={(motoRate < needed ? "yes" : "no")} " +
               $"memory-figure-on-moto>={Units.Seconds(memoryPages * motoPage / 1000)} " +
               $"load={Units.Number(load, "0.0")}";
    }

    // The median of three DescribeInstances pages (after one to warm up) (ms), and small calls per second with `concurrency` callers.
    private static async Task<(double PageMs, double CallsPerSecond)> MeasureAsync(Uri endpoint, int concurrency, CancellationToken cancellationToken)
    {
        var url = endpoint.ToString();
        var client = new AwsClient(
            new BasicAWSCredentials(MotoCredentials.AccessKeyId, MotoCredentials.SecretAccessKey),
            new AwsClientOptions { MaxConcurrentCalls = concurrency },
            endpoints: new AwsEndpointResolver(name => name == "AWS_ENDPOINT_URL" ? url : null));
        var pages = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            var clock = Stopwatch.StartNew();
            var page = await client.InvokeAsync("ec2", Region, "DescribeInstances", cancellationToken: cancellationToken);
            _ = page.Output ?? throw new InvalidOperationException($"DescribeInstances failed on {url}: {page.Error}");
            if (i > 0)
            {
                pages.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var calls = Stopwatch.StartNew();
        await Parallel.ForAsync(0, SmallCalls, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (_, token) =>
            await client.InvokeAsync("ec2", Region, "DescribeVpcs", cancellationToken: token));
        pages.Sort();
        return (pages[pages.Count / 2], SmallCalls / calls.Elapsed.TotalSeconds);
    }
}
