namespace Inventory.Benchmarks.Measurement;

/// <summary>
/// The machine's one-minute load average (Linux), printed with each figure: other processes
/// competing for the same cores stretch every wall time, so the numbers need it beside them.
/// </summary>
internal static class LoadAverage
{
    public static double OneMinute()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }
}
