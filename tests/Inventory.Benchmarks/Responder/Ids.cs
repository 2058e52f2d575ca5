namespace Inventory.Benchmarks.Responder;

/// <summary>Deterministic resource ids, distinct per region and index.</summary>
internal static class Ids
{
    public static int RegionNumber(string region)
    {
        var n = 0;
        foreach (var c in region)
        {
            n = (n * 31 + c) & 0xff;
        }

        return n;
    }

    /// <summary><c>i-0a3f000000000012c</c>: a prefix and 17 hex digits.</summary>
    public static string Hex(string prefix, string region, int index) => $"{prefix}-0{RegionNumber(region):x2}{index:x14}";

    public static string Uuid(string region, int index) => $"{RegionNumber(region):x8}-0000-4000-8000-{index:x12}";
}
