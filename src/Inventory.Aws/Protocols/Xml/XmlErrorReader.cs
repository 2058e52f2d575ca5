using System.Text;
using System.Xml;
using System.Xml.Linq;
using Inventory.Aws.Http;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols.Xml;

/// <summary>
/// Errors of the XML protocols. The <c>&lt;Error&gt;</c> element carries Code and Message in every
/// layout AWS uses: the root itself (S3), under <c>&lt;ErrorResponse&gt;</c> (query, Route 53,
/// CloudFront) or under <c>&lt;Response&gt;&lt;Errors&gt;</c> (EC2), with RequestId or EC2's
/// RequestID beside it. An empty body (HEAD) or one that is not AWS's XML gets its code from the status.
/// </summary>
internal static class XmlErrorReader
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static async Task<AwsError> ReadAsync(AwsHttpResponse response, CancellationToken cancellationToken)
    {
        var bytes = await ResponseBody.ReadErrorAsync(response.Body, cancellationToken);
        var headerRequestId = Headers.RequestId(response.Headers);
        return TryRead(bytes, response.StatusCode, headerRequestId)
            ?? StatusError.Create(response.StatusCode, Encoding.UTF8.GetString(bytes), headerRequestId);
    }

    /// <summary>AWS's XML error in <paramref name="bytes"/>, or null when there is none.</summary>
    public static AwsError? TryRead(byte[] bytes, int statusCode, string? headerRequestId)
    {
        var root = Load(bytes);
        var error = root is null ? null : root.Name.LocalName == "Error" ? root : Named(root.Descendants(), "Error");
        var code = error is null ? null : Named(error.Elements(), "Code")?.Value.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var requestId = headerRequestId ?? Named(root!.DescendantsAndSelf(), "RequestId", "RequestID")?.Value.Trim();
        return new AwsError(code, Named(error!.Elements(), "Message")?.Value.Trim() ?? "", statusCode, requestId);
    }

    private static XElement? Load(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes);
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader).Root;
        }
        catch (XmlException)
        {
            return null; // not XML: a proxy's or load balancer's page
        }
    }

    private static XElement? Named(IEnumerable<XElement> elements, params string[] names) =>
        elements.FirstOrDefault(element => names.Contains(element.Name.LocalName));
}
