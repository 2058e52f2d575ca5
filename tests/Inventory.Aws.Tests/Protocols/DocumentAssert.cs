using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Aws.Tests.Protocols;

/// <summary>
/// Compares a parsed document with a fixture's expectation, types included: numbers must be
/// numbers, booleans booleans, and <c>{"$timestamp": "…"}</c> a UTC DateTimeOffset (a string that
/// merely looks like a date fails). Objects must have exactly the expected keys.
/// </summary>
internal static class DocumentAssert
{
    public static void Equal(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case null:
                Check(actual is null, path, "null", actual);
                break;
            case JsonObject { Count: 1 } timestamp when timestamp["$timestamp"] is JsonValue text:
                var want = DateTimeOffset.Parse((string)text!, CultureInfo.InvariantCulture);
                Check(actual is JsonValue actualValue && actualValue.TryGetValue<DateTimeOffset>(out var got) && got == want && got.Offset == TimeSpan.Zero,
                    path, $"the UTC DateTimeOffset {want:O}", actual);
                break;
            case JsonObject expectedObject:
                var actualObject = actual as JsonObject;
                Check(actualObject is not null, path, "an object", actual);
                var expectedKeys = expectedObject.Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList();
                var actualKeys = actualObject.Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList();
                Check(expectedKeys.SequenceEqual(actualKeys), path, $"keys [{string.Join(", ", expectedKeys)}]", $"[{string.Join(", ", actualKeys)}]");
                foreach (var (key, expectedValue) in expectedObject)
                {
                    Equal(expectedValue, actualObject[key], $"{path}.{key}");
                }

                break;
            case JsonArray expectedArray:
                var actualArray = actual as JsonArray;
                Check(actualArray is not null && actualArray.Count == expectedArray.Count, path, $"an array of {expectedArray.Count}", actual);
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    Equal(expectedArray[i], actualArray[i], $"{path}[{i}]");
                }

                break;
            default:
                var kind = expected.GetValueKind();
                Check(actual is JsonValue && actual.GetValueKind() == kind && SameValue(expected, actual), path, $"{kind} {expected.ToJsonString()}", actual);
                break;
        }
    }

    private static bool SameValue(JsonNode expected, JsonNode actual) => expected.GetValueKind() switch
    {
        JsonValueKind.String => actual is JsonValue value && value.TryGetValue<string>(out var text) && text == (string)expected!,
        JsonValueKind.Number => decimal.Parse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            == decimal.Parse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => true,
    };

    private static void Check([DoesNotReturnIf(false)] bool condition, string path, string expected, object? actual)
    {
        if (!condition)
        {
            var shown = actual switch
            {
                null => "nothing",
                JsonValue value when value.TryGetValue<DateTimeOffset>(out var at) => $"DateTimeOffset {at:O}",
                JsonNode node => $"{node.GetValueKind()} {node.ToJsonString()}",
                _ => actual.ToString(),
            };
            Assert.Fail($"{path}: expected {expected}, got {shown}.");
        }
    }
}
