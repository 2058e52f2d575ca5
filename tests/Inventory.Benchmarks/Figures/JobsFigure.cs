using System.Diagnostics;
using Inventory.Aws.Organizations;
using Inventory.Benchmarks.Measurement;
using Inventory.Benchmarks.Probes;
using Inventory.Kubernetes;
using Inventory.Orchestrator;
using Inventory.Orchestrator.Jobs;
using Inventory.Orchestrator.Selection;
using Inventory.Orchestrator.Supervision;
using Inventory.Testing.Kubernetes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Benchmarks.Figures;

/// <summary>
/// (a) The orchestrator launching runner Jobs: JobLauncher (MAX_CONCURRENT_RUNNERS) through
/// the KubernetesClient package (with our rate limit), configured from a kubeconfig, against FakeKubernetes without kubelet
/// mode. A background loop here plays the Job controller: it marks each Job Complete as soon as
/// its create has been answered, so what is measured is planning, creating and following Jobs.
/// The launcher creates one Job at a time, so creates go at most at the client's QPS cap:
/// the bound is jobs ÷ QPS. At client-go's default (5 QPS, burst 10) 1,000 Jobs would take
/// ≥ 200 s, so that cap is measured on fewer Jobs (--capped-jobs); the raised cap
/// (1,000 QPS, burst 1,000) and no cap at all on --jobs. Each setting runs in its own process;
/// the peak working set includes the fake API server, which runs in that process too.
/// </summary>
internal static class JobsFigure
{
    public const string Default = "jobs-default";
    public const string Raised = "jobs-raised";
    public const string Uncapped = "jobs-uncapped";

    private const string Namespace = "inventory";

    private static readonly TimeSpan CompleterInterval = TimeSpan.FromMilliseconds(1);

    public static (int Jobs, double Qps, int Burst) Setting(string probe, BenchmarkSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var defaults = new KubernetesApiOptions();
        return probe switch
        {
            Default => (settings.CappedJobs, defaults.Qps, defaults.Burst),
            Raised => (settings.Jobs, 1000, 1000),
            Uncapped => (settings.Jobs, 0, 0),
            _ => throw new ArgumentException($"Unknown jobs probe '{probe}'.", nameof(probe)),
        };
    }

    public static async Task<ProbeResult> ProbeAsync(string probe, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var (count, qps, burst) = Setting(probe, settings);
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions(), cancellationToken);
        var directory = Directory.CreateTempSubdirectory("inventory-bench-jobs-");
        try
        {
            var options = new OrchestratorOptions
            {
                Runners = new() { S3Bucket = "inventory-bucket" },
                Run = new() { RunId = "bench-jobs", RunDate = new DateOnly(2026, 3, 7), MaxConcurrentRunners = settings.MaxConcurrent },
                Jobs = new() { Namespace = Namespace, Image = "registry.example/inventory:bench" },
            };
            var accounts = Accounts(count);
            using var client = new KubernetesApi(KubernetesConfiguration.Load(fake.WriteKubeconfig(directory.FullName, Namespace)), new KubernetesApiOptions { Qps = qps, Burst = burst });
            var cluster = new Lazy<KubernetesApi>(() => client);
            var planner = new JobPlanner(options, cluster, TimeProvider.System, NullLogger<JobPlanner>.Instance);
            var launcher = new JobLauncher(options, planner, cluster, new Lazy<JobWatcher>(() => new JobWatcher(client)), new RunnerJobBuilder(options), TimeProvider.System, NullLogger<JobLauncher>.Instance);
            var plan = await planner.PlanAsync(cancellationToken);

            using var watch = new MemoryWatch();
            using var stopCompleting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var completing = CompleteAsync(fake, [.. accounts.Select(a => RunnerJobNames.JobName(plan.RunId, a.Id))], stopCompleting.Token);
            var started = Stopwatch.GetTimestamp();
            IReadOnlyList<AccountOutcome> outcomes;
            try
            {
                outcomes = await launcher.RunAsync(new SelectionResult(accounts, [], []), cancellationToken);
            }
            finally
            {
                await stopCompleting.CancelAsync();
                await completing;
            }

            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var requests = fake.Requests;
            var creates = requests.Where(IsCreate).ToList();
            return new ProbeResult()
                .Add("jobs", count)
                .Add("qps", qps)
                .Add("burst", burst)
                .Add("wall", wall)
                .Add("succeeded", outcomes.Count(o => o.Succeeded))
                .Add("failed", outcomes.Count(o => !o.Succeeded))
                .Add("requests", requests.Count)
                .Add("creates", creates.Count)
                .Add("create-span", creates.Count < 2 ? 0 : (creates[^1].Time - creates[0].Time).TotalSeconds)
                .Add("peak-active", fake.PeakActiveJobs)
                .Add("cpu", watch.Cpu.TotalSeconds)
                .Add("peak-ws", MemoryWatch.PeakWorkingSet)
                .Add("load", LoadAverage.OneMinute());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public static async Task<IReadOnlyList<string>> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var probe in (string[])[Default, Raised, Uncapped])
        {
            lines.Add(Line(await ProbeProcess.RunAsync(probe, settings, cancellationToken), settings));
        }

        return lines;
    }

    private static string Line(ProbeResult r, BenchmarkSettings settings)
    {
        var capped = r["qps"] > 0;
        var bound = capped ? r["jobs"] / r["qps"] : double.NaN;
        return $"jobs: jobs={r["jobs"]} qps={(capped ? Units.Number(r["qps"]) : "none")} burst={(capped ? Units.Number(r["burst"]) : "none")} " +
               $"max-concurrent={settings.MaxConcurrent} succeeded={r["succeeded"]} failed={r["failed"]} wall={Units.Seconds(r["wall"])} " +
               $"jobs/s={Units.Number(r["jobs"] / r["wall"], "0.0")} requests={r["requests"]} creates={r["creates"]} " +
               $"first-to-last-create={Units.Seconds(r["create-span"])} bound={(capped ? Units.Seconds(bound) : "none")} " +
               $"ratio={Units.Number(r["wall"] / bound, "0.00")} peak-active={r["peak-active"]} cpu={Units.Seconds(r["cpu"])} " +
               $"peak-working-set={Units.Mb(r["peak-ws"])} load={Units.Number(r["load"], "0.0")}";
    }

    // The Job controller's part: the launcher creates Jobs one after another, in the accounts'
    // order, so the n-th answered create is the n-th name; each is marked Complete once seen.
    private static async Task CompleteAsync(FakeKubernetes fake, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var done = 0;
        try
        {
            while (done < names.Count)
            {
                var created = fake.Requests.Count(IsCreate);
                for (; done < created && done < names.Count; done++)
                {
                    fake.SetJobStatus(Namespace, names[done], succeeded: true);
                }

                await Task.Delay(CompleterInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The launcher has finished (or the run was stopped).
        }
    }

    private static bool IsCreate(RecordedRequest request) =>
        request.Method == "POST" && request.Status == 201 && request.Path.EndsWith("/jobs", StringComparison.Ordinal);

    private static List<OrganizationAccount> Accounts(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new OrganizationAccount(
            $"{100_000_000_000L + i}", $"arn:aws:organizations::111111111111:account/o-bench/{100_000_000_000L + i}", $"account-{i}", $"a{i}@example.com", "ACTIVE", null))];
}
