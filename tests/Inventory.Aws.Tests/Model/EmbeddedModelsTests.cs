using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Inventory.Aws.Tests.Model;

/// <summary>
/// The embedded API models are botocore's models trimmed to what operations.txt and the
/// collection catalog call: <c>trim.py --check</c> regenerates them in memory and names each
/// one that drifted, so a catalog edit without a regeneration (or a hand edit) fails here. The
/// global endpoints beside them are botocore's endpoint data, checked the same way.
/// </summary>
public sealed class EmbeddedModelsTests
{
    private static readonly string Models = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "src", "Inventory.Aws", "ApiModels"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_embedded_models_are_the_catalogs_trim_of_botocore()
    {
        var (exit, errors) = await CheckAsync(Models);
        Assert.True(exit == 0, errors);
    }

    [Fact]
    public async Task A_drifted_missing_or_orphaned_model_is_named()
    {
        var copy = Directory.CreateTempSubdirectory("models-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Models, "*.json"))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            var lambda = Path.Combine(copy, "lambda.json");
            await File.WriteAllTextAsync(lambda, (await File.ReadAllTextAsync(lambda, Cancel)).Replace("\"ListFunctions\"", "\"ListFunctionz\"", StringComparison.Ordinal), Cancel);
            File.Delete(Path.Combine(copy, "sqs.json"));
            await File.WriteAllTextAsync(Path.Combine(copy, "retired.json"), "{}", Cancel);
            var endpoints = Path.Combine(copy, "global-endpoints.json");
            await File.WriteAllTextAsync(endpoints, (await File.ReadAllTextAsync(endpoints, Cancel)).Replace("\"iam.amazonaws.com\"", "\"iam.us-east-1.amazonaws.com\"", StringComparison.Ordinal), Cancel);

            var (exit, errors) = await CheckAsync(copy);

            Assert.Equal(1, exit);
            Assert.Contains("models: lambda.json differs from botocore", errors, StringComparison.Ordinal);
            Assert.Contains("models: sqs.json is missing", errors, StringComparison.Ordinal);
            Assert.Contains("models: retired.json is embedded but neither operations.txt nor the catalog uses it", errors, StringComparison.Ordinal);
            Assert.Contains("models: global-endpoints.json differs from botocore", errors, StringComparison.Ordinal);
            Assert.DoesNotContain("ec2.json", errors, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task<(int Exit, string Errors)> CheckAsync(string folder)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(Models, "trim.py"), "--check", "--models", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(Cancel);
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, await errors + await output);
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
