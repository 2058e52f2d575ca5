using Inventory.Aws.Client;
using Inventory.Collection.Engine;

namespace Inventory.Benchmarks.Collection;

/// <summary>What one engine run over the responder produced.</summary>
internal sealed record CollectionRun(long Records, TimeSpan Wall, long OutputBytes, CollectionReport Report, AwsClientStatistics Client);
