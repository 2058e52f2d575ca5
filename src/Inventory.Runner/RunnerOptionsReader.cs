using System.Globalization;
using Inventory.Collection.Records;
using Microsoft.Extensions.Configuration;

namespace Inventory.Runner;

/// <summary>Reads <see cref="RunnerOptions"/> from the environment's names (ACCOUNT_ID, S3_BUCKET…).</summary>
internal static class RunnerOptionsReader
{
    public static RunnerOptions Read(IConfiguration configuration, TimeProvider time)
    {
        var errors = new List<string>();
        string? Text(string name) => configuration[name] is { Length: > 0 } value ? value.Trim() : null;
        IReadOnlyList<string> List(string name) =>
            Text(name)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

        var runDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (Text("RUN_DATE") is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out runDate))
        {
            errors.Add($"RUN_DATE: '{date}' is not a date in yyyy-mm-dd form");
        }

        var format = OutputFormat.Custom;
        if (Text("OUTPUT_FORMAT") is { } formatText && !Enum.TryParse(formatText, ignoreCase: true, out format))
        {
            errors.Add($"OUTPUT_FORMAT: '{formatText}' is neither custom nor aws");
        }

        return new RunnerOptions
        {
            AccountId = Text("ACCOUNT_ID") ?? "",
            S3Bucket = Text("S3_BUCKET"),
            OutputDir = Text("OUTPUT_DIR"),
            RunId = Text("RUN_ID") ?? $"manual-{time.GetUtcNow():yyyyMMdd-HHmmss}",
            RunDate = runDate,
            InventoryRoleName = Text("INVENTORY_ROLE_NAME") ?? "inventory",
            InventoryRolePath = Text("INVENTORY_ROLE_PATH") ?? "/",
            ExternalId = Text("EXTERNAL_ID"),
            Regions = List("REGIONS"),
            Services = List("SERVICES"),
            ExcludeServices = List("EXCLUDE_SERVICES"),
            OutputFormat = format,
            OutputJsonLines = Flag("OUTPUT_JSON_LINES", true),
            MaxConcurrency = Number("MAX_CONCURRENCY", 16),
            MaxFailedShare = Share("MAX_FAILED_SHARE", 0.5),
            HomeRegion = Text("AWS_REGION") ?? Text("AWS_DEFAULT_REGION") ?? "us-east-1",
            ParseErrors = errors,
        };

        bool Flag(string name, bool fallback)
        {
            if (Text(name) is not { } text)
            {
                return fallback;
            }

            if (bool.TryParse(text, out var value))
            {
                return value;
            }

            errors.Add($"{name}: '{text}' is neither true nor false");
            return fallback;
        }

        int Number(string name, int fallback)
        {
            if (Text(name) is not { } text)
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add($"{name}: '{text}' is not a whole number");
            return fallback;
        }

        double Share(string name, double fallback)
        {
            if (Text(name) is not { } text)
            {
                return fallback;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add($"{name}: '{text}' is not a number between 0 and 1");
            return fallback;
        }
    }
}
