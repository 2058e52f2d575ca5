using Amazon.S3;
using Inventory.Aws.S3;

namespace Inventory.Aws.Tests.S3;

/// <summary>The upload's own rules, against a scripted S3: parallelism, memory bound, abort on failure.</summary>
public sealed class MultipartUploadTests
{
    private const int MiB = S3UploadOptions.MiB;
    private static readonly S3UploadOptions FiveMiBParts = new() { PartSize = 5 * MiB, MultipartThreshold = 5 * MiB, MaxParallelParts = 3 };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Parts_go_up_in_parallel_while_the_reader_stays_at_most_one_part_ahead()
    {
        var (client, script) = ScriptedS3.Create();
        // Part n waits for part n+2 to start, then a while more: three in flight, a fourth if the uploader allowed it.
        script.StartedBeforeDone = part => Math.Min(part + 2, 7);
        script.PartDelay = TimeSpan.FromMilliseconds(300);
        long maxAhead = 0;
        await using var content = new GeneratedContent(31 * MiB)
        {
            // Bytes read beyond the parts already handed to S3: the one buffer being filled.
            BeforeRead = produced => maxAhead = Math.Max(maxAhead, produced - ((long)script.PartsStarted * 5 * MiB)),
        };
        using var uploader = new S3Uploader(client, logger: null);

        var result = await uploader.UploadAsync("bucket", "key", content, FiveMiBParts, Ct);

        Assert.Equal(7, result.Parts);
        Assert.Equal(31L * MiB, result.Size);
        Assert.Equal("\"final-7\"", result.ETag);
        Assert.Equal(3, script.MaxPartsInFlight);
        Assert.InRange(maxAhead, 0, 5 * MiB);
        Assert.Equal(Enumerable.Range(1, 7), script.CompletedWith.Select(part => part.PartNumber!.Value));
        Assert.Contains("UploadPart 7 1048576", script.Calls);
        Assert.DoesNotContain("Abort", script.Calls);
    }

    [Fact]
    public async Task A_failed_part_aborts_the_upload_and_surfaces_S3s_error()
    {
        var (client, script) = ScriptedS3.Create();
        script.FailPart = 3;
        await using var content = new GeneratedContent(40 * MiB);
        using var uploader = new S3Uploader(client, logger: null);

        var failure = await Assert.ThrowsAsync<AmazonS3Exception>(() => uploader.UploadAsync("bucket", "key", content, FiveMiBParts, Ct));

        Assert.Equal("InternalError", failure.ErrorCode);
        Assert.Equal("Abort", script.Calls.Last());
        Assert.DoesNotContain("Complete", script.Calls);
        Assert.True(content.Produced < 40 * MiB, "reading stops at the first failure");
    }

    [Fact]
    public async Task A_cancelled_upload_is_aborted_with_a_token_of_its_own()
    {
        var (client, script) = ScriptedS3.Create();
        script.PartDelay = TimeSpan.FromMilliseconds(20);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await using var content = new CancellingContent(new GeneratedContent(40 * MiB), cancelAfter: 17 * MiB, cancel);
        using var uploader = new S3Uploader(client, logger: null);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => uploader.UploadAsync("bucket", "key", content, FiveMiBParts, cancel.Token));

        Assert.Equal("Abort", script.Calls.Last());
        Assert.True(script.AbortTokenLive);
    }

    [Fact]
    public async Task Content_of_exactly_the_threshold_goes_as_a_one_part_upload()
    {
        var (client, script) = ScriptedS3.Create();
        await using var content = new GeneratedContent(5 * MiB);
        using var uploader = new S3Uploader(client, logger: null);

        var result = await uploader.UploadAsync("bucket", "key", content, FiveMiBParts, Ct);

        Assert.True(result.Multipart);
        Assert.Equal(["Initiate", $"UploadPart 1 {5 * MiB}", "Complete"], script.Calls);
    }

    [Theory]
    [InlineData(4 * MiB, 4 * MiB, 4)]
    [InlineData(8 * MiB, 9 * MiB, 4)]
    [InlineData(8 * MiB, 8 * MiB, 0)]
    public async Task Options_outside_S3s_limits_are_refused(int partSize, int threshold, int parallel)
    {
        var (client, _) = ScriptedS3.Create();
        using var uploader = new S3Uploader(client, logger: null);
        var options = new S3UploadOptions { PartSize = partSize, MultipartThreshold = threshold, MaxParallelParts = parallel };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => uploader.UploadAsync("bucket", "key", Stream.Null, options, Ct));
    }
}
