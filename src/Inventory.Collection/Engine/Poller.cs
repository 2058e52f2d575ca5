using System.Globalization;
using System.Text.Json.Nodes;
using Inventory.Aws.Client;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Paths;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Engine;

/// <summary>
/// Repeats a catalog's poll call until its answer is ready, at most MaxAttempts calls
/// IntervalSeconds apart on the collection's clock, so a report that never completes costs a
/// bounded wait and one recorded error instead of a stuck account.
/// </summary>
internal static class Poller
{
    /// <summary>The code recorded when the answer never got ready.</summary>
    public const string NotReady = "PollNotReady";

    /// <returns>Whether the answer got ready.</returns>
    public static async Task<bool> PollAsync(
        AwsClient client, ServiceModel model, string region, CatalogPoll poll, TimeProvider time, ItemCollector collector, CancellationToken cancellationToken)
    {
        var operation = model.Operation(poll.Operation);
        var interval = TimeSpan.FromSeconds(poll.IntervalSeconds);
        for (var attempt = 1; ; attempt++)
        {
            var result = await client.InvokeAsync(operation, region, Inputs.Bind(poll.Input, null), cancellationToken);
            if (!result.Succeeded)
            {
                collector.Fail(poll, result.Error!);
                return false;
            }

            if (Ready(result.Output, poll.Until))
            {
                return true;
            }

            if (attempt >= poll.MaxAttempts)
            {
                var wanted = string.Join(", ", poll.Until.Select(pair => $"{pair.Key} {pair.Value}"));
                collector.Fail(poll, new AwsError(NotReady, string.Create(CultureInfo.InvariantCulture,
                    $"not {wanted} after {attempt} calls {poll.IntervalSeconds} s apart"), 0));
                return false;
            }

            await Task.Delay(interval, time, cancellationToken);
        }
    }

    private static bool Ready(JsonNode? output, IReadOnlyDictionary<string, string> until) =>
        until.All(pair => DataPath.Parse(pair.Key).Select(output) is JsonValue value && value.TryGetValue<string>(out var text) && text == pair.Value);
}
