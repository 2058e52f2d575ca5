using Inventory.Hosting;

namespace Inventory.Runner;

/// <summary>What the runner's exit code tells the Job (and whoever alerts on it).</summary>
public static class ExitCodes
{
    /// <summary>The inventory was uploaded (some calls may have failed: see the report).</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure; the log has the exception.</summary>
    public const int Unexpected = OneShotService.Unexpected;

    /// <summary>A setting is missing or wrong; the log names it.</summary>
    public const int InvalidConfiguration = 2;

    /// <summary>No credentials to start from, or the inventory role could not be assumed (trust, ExternalId, permissions).</summary>
    public const int RoleChainFailed = 3;

    /// <summary>The inventory could not be written to S3 or OUTPUT_DIR.</summary>
    public const int UploadFailed = 4;

    /// <summary>More than MAX_FAILED_SHARE of the (region, service) pairs failed: no data object was written.</summary>
    public const int TooManyFailures = 5;

    /// <summary>Stopped by SIGTERM (deadline, node drain) before finishing: nothing was written.</summary>
    public const int Terminated = OneShotService.Terminated;
}
