using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Tests.Model;

public sealed class ServiceModelThreadingTests
{
    [Fact]
    public async Task AFreshModelCanBeWalkedFromManyThreadsAtOnce()
    {
        using var stream = typeof(ServiceModels).Assembly.GetManifestResourceStream("Inventory.Aws.ApiModels.ec2.json")!;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        var json = copy.ToArray();

        for (var attempt = 0; attempt < 50; attempt++)
        {
            // Each attempt a model no thread has touched, freshly parsed (JsonNode materializes
            // lazily too): every shape is built during the race.
            var model = ServiceModel.Load("ec2", JsonNode.Parse(json)!.AsObject());
            var output = model.Operation("DescribeInstances").Output!;
            using var start = new Barrier(8);
            var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait(TestContext.Current.CancellationToken);
                    return Walk(output, []);
                },
                TestContext.Current.CancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)));

            Assert.All(counts, count => Assert.Equal(counts[0], count));
            Assert.True(counts[0] > 20, $"only {counts[0]} shapes");
        }
    }

    private static int Walk(Shape shape, HashSet<string> seen)
    {
        if (!seen.Add(shape.Name))
        {
            return 0;
        }

        var members = shape.Members.Values.Concat(new[] { shape.ListMember, shape.MapKey, shape.MapValue }.OfType<Member>());
        return 1 + members.Sum(member => Walk(member.Shape, seen));
    }
}
