namespace Inventory.Deployment.Tests.Support;

/// <summary>A vars.env file: KEY=value lines, # comments, as kustomize's configMapGenerator reads it.</summary>
internal static class VarsFile
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            Assert.True(equals > 0, $"vars.env line without KEY=: {line}");
            pairs.Add(new(line[..equals], line[(equals + 1)..]));
        }

        return pairs;
    }

    public static string Format(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Concat(pairs.Select(pair => $"{pair.Key}={pair.Value}\n"));
}
