using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Tests.Protocols;

public sealed class StatusErrorTests
{
    // The page a Flask-based emulator answers for an operation it does not implement.
    private const string ErrorPage = """
        <!doctype html>
        <html lang=en>
        <title>500 Internal Server Error</title>
        <h1>Internal Server Error</h1>
        <p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>

        """;

    [Fact]
    public void An_html_error_page_becomes_one_line_of_its_text()
    {
        var error = StatusError.Create(500, ErrorPage, requestId: null);

        Assert.Equal("InternalServerError", error.Code);
        Assert.StartsWith("500 Internal Server Error Internal Server Error The server encountered an internal error", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('<', error.Message);
        Assert.True(error.Message.Length <= 200, error.Message);
        Assert.EndsWith("…", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("upstream connect error\r\n  or disconnect", "upstream connect error or disconnect")]
    [InlineData("a &lt;b&gt; <i>c</i>", "a &lt;b&gt; <i>c</i>")] // not HTML: kept as sent, on one line
    [InlineData("<html><body>Bad &amp; gone</body></html>", "Bad & gone")]
    [InlineData("   ", "Service Unavailable")]
    public void Other_bodies_keep_their_text_on_one_line(string body, string message) =>
        Assert.Equal(message, StatusError.Create(503, body, requestId: null).Message);
}
