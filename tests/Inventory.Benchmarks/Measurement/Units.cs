using System.Globalization;

namespace Inventory.Benchmarks.Measurement;

/// <summary>How figures print numbers: invariant culture, fixed units.</summary>
internal static class Units
{
    public static string Mb(double bytes) => Number(bytes / (1024 * 1024)) + "MB";

    public static string Mb1(double bytes) => Number(bytes / (1024 * 1024), "0.0") + "MB";

    public static string Seconds(double seconds) => Number(seconds, "0.0") + "s";

    /// <summary>The value, or n/a for a figure that was not measured (NaN).</summary>
    public static string Number(double value, string format = "0") =>
        double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);
}
