using System.Text.RegularExpressions;
using Inventory.Aws.Http;

namespace Inventory.Aws.Protocols.Wire;

/// <summary>
/// The error for a response whose body names no error (empty, as for HEAD, or unreadable, as from
/// a proxy): the code is the HTTP reason without spaces ("NotFound", "ServiceUnavailable").
/// </summary>
internal static partial class StatusError
{
    private const int MessageLength = 200;

    private static readonly Dictionary<int, string> Reasons = new()
    {
        [301] = "Moved Permanently", [302] = "Found", [304] = "Not Modified", [307] = "Temporary Redirect",
        [308] = "Permanent Redirect", [400] = "Bad Request", [401] = "Unauthorized", [403] = "Forbidden",
        [404] = "Not Found", [405] = "Method Not Allowed", [408] = "Request Timeout", [409] = "Conflict",
        [411] = "Length Required", [412] = "Precondition Failed", [413] = "Content Too Large",
        [416] = "Range Not Satisfiable", [429] = "Too Many Requests", [500] = "Internal Server Error",
        [501] = "Not Implemented", [502] = "Bad Gateway", [503] = "Service Unavailable", [504] = "Gateway Timeout",
    };

    /// <summary>The code for a status alone, e.g. <c>ServiceUnavailable</c> for 503.</summary>
    public static string Code(int status) =>
        Reasons.TryGetValue(status, out var reason) ? reason.Replace(" ", "", StringComparison.Ordinal) : $"Http{status}";

    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body as received; its start becomes the message.</param>
    /// <param name="requestId">The request id, if a header carried one.</param>
    public static AwsError Create(int status, string body, string? requestId) =>
        new(Code(status), Excerpt(body) is { Length: > 0 } excerpt ? excerpt : Reasons.GetValueOrDefault(status, $"HTTP {status}"), status, requestId);

    /// <summary>
    /// The start of a body on one line, enough to recognise it in a log: an HTML page (a proxy's or
    /// an emulator's error page) by its text without tags, white space runs as one space.
    /// </summary>
    public static string Excerpt(string body)
    {
        var text = Html().IsMatch(body) ? System.Net.WebUtility.HtmlDecode(Tag().Replace(body, " ")) : body;
        text = Space().Replace(text, " ").Trim();
        return text.Length <= MessageLength ? text : string.Concat(text.AsSpan(0, MessageLength - 1), "…");
    }

    [GeneratedRegex(@"^\s*<(!doctype html|html)", RegexOptions.IgnoreCase)]
    private static partial Regex Html();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
