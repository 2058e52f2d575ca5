using System.ComponentModel;
using System.Diagnostics;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.CloudFormation;

/// <summary>
/// AWS's own template linter, cfn-lint, finds nothing: resource types, property names and
/// values, intrinsic functions, IAM policy grammar. It comes with moto in the machine's python3,
/// which the AWS tests need anyway.
/// </summary>
public sealed class CfnLintTests
{
    private const string Runner = "import sys; from cfnlint.runner import main; sys.argv = ['cfn-lint', *sys.argv[1:]]; sys.exit(main())";

    [Fact]
    public async Task Finds_nothing_in_any_template()
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.PathOf("infrastructure", "cloudformation"),
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Runner);
        start.ArgumentList.Add("--");
        foreach (var file in Directory.GetFiles(start.WorkingDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            start.ArgumentList.Add(Path.GetFileName(file));
        }

        Process? process = null;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"python3 could not be started ({e.Message}); the templates are checked with its cfn-lint package.");
        }

        using (process)
        {
            Assert.NotNull(process);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            deadline.CancelAfter(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
            var errors = process.StandardError.ReadToEndAsync(deadline.Token);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var (stdout, stderr) = (await output, await errors);
            Assert.False(stderr.Contains("No module named", StringComparison.Ordinal), "python3 has no cfn-lint (it comes with moto's CloudFormation support): " + stderr);
            Assert.True(process.ExitCode == 0, $"cfn-lint exited {process.ExitCode}:\n{stdout}{stderr}");
        }
    }
}
