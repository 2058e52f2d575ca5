using System.Globalization;
using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Protocols.Wire;

/// <summary>
/// The three timestamp formats of the AWS models (iso8601, rfc822, unixTimestamp). Writing honours
/// the member's or shape's format; reading accepts any of them, as services do not always send
/// the format their model names.
/// </summary>
internal static class Timestamps
{
    public const string Iso8601 = "iso8601";
    public const string Rfc822 = "rfc822";
    public const string UnixTimestamp = "unixTimestamp";

    /// <summary>The format a value is written in: the member's, else the shape's, else the location's default.</summary>
    public static string FormatOf(Shape shape, Member? member, string locationDefault) =>
        member?.TimestampFormat ?? shape.TimestampFormat ?? locationDefault;

    public static string Format(DateTimeOffset value, string format)
    {
        var utc = value.ToUniversalTime();
        return format switch
        {
            Rfc822 => utc.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture),
            UnixTimestamp => EpochSeconds(utc).ToString(CultureInfo.InvariantCulture),
            Iso8601 => utc.ToString(
                utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
                CultureInfo.InvariantCulture),
            _ => throw new NotSupportedException($"Unknown timestamp format '{format}'."),
        };
    }

    /// <summary>Seconds since the epoch, with milliseconds only when there are any.</summary>
    public static decimal EpochSeconds(DateTimeOffset value)
    {
        var milliseconds = value.ToUnixTimeMilliseconds();
        return milliseconds % 1000 == 0 ? milliseconds / 1000 : milliseconds / 1000m;
    }

    public static DateTimeOffset FromEpochSeconds(decimal seconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)decimal.Round(seconds * TimeSpan.TicksPerSecond));

    /// <summary>Reads a wire timestamp in any of the model formats; the result is UTC.</summary>
    public static DateTimeOffset Parse(string text)
    {
        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return FromEpochSeconds(seconds);
        }

        // DateTimeOffset's parser reads ISO-8601 (with or without fractions and offset) and RFC 822/1123.
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed.ToUniversalTime()
            : throw new InvalidDataException($"'{text}' is not a timestamp in any AWS format.");
    }

    /// <summary>Reads a caller's timestamp: a DateTimeOffset or DateTime value, a string, or epoch seconds.</summary>
    public static DateTimeOffset FromInput(JsonNode value)
    {
        if (value is JsonValue json)
        {
            // Strings first: text without an offset is UTC, whereas JsonElement would assume local time.
            if (json.TryGetValue<string>(out var text))
            {
                return Parse(text);
            }

            if (json.TryGetValue<DateTimeOffset>(out var offset))
            {
                return offset.ToUniversalTime();
            }

            if (json.TryGetValue<DateTime>(out var dateTime))
            {
                return new DateTimeOffset(dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc) : dateTime).ToUniversalTime();
            }

            if (json.TryGetValue<decimal>(out var seconds))
            {
                return FromEpochSeconds(seconds);
            }
        }

        throw new ArgumentException($"'{value.ToJsonString()}' is not a timestamp.", nameof(value));
    }

    public static JsonValue ToDocument(DateTimeOffset value) => JsonValue.Create(value.ToUniversalTime());
}
