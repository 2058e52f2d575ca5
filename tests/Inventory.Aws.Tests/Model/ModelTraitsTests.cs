using Inventory.Aws.Model;

namespace Inventory.Aws.Tests.Model;

/// <summary>The traits the trimmed models keep (trim.py) and the loader reads.</summary>
public sealed class ModelTraitsTests
{
    [Fact]
    public void SensitiveShapesAreMarked()
    {
        var lambda = ServiceModels.Get("lambda");
        var environment = lambda.Operation("ListFunctions").Output!.Members["Functions"].Shape.ListMember!.Shape
            .Members["Environment"].Shape.Members["Variables"].Shape;

        Assert.True(environment.Sensitive);
        Assert.True(environment.MapValue!.Shape.Sensitive);
        Assert.False(lambda.Operation("ListFunctions").Output!.Members["Functions"].Shape.ListMember!.Shape.Members["FunctionName"].Shape.Sensitive);

        var device = ServiceModels.Get("iam").Operation("ListVirtualMFADevices").Output!.Members["VirtualMFADevices"].Shape.ListMember!.Shape;
        Assert.True(device.Members["Base32StringSeed"].Shape.Sensitive);
        Assert.True(device.Members["QRCodePNG"].Shape.Sensitive);
        Assert.False(device.Members["SerialNumber"].Shape.Sensitive);
    }

    [Fact]
    public void OperationsListTheirErrorShapesWithTheirTraits()
    {
        var getPolicy = ServiceModels.Get("lambda").Operation("GetPolicy");

        var throttled = Assert.Single(getPolicy.Errors, e => e.Name == "TooManyRequestsException");
        Assert.True(throttled.IsException);
        Assert.Equal(429, throttled.ErrorHttpStatus);
        Assert.True(throttled.SenderFault);
        var missing = Assert.Single(getPolicy.Errors, e => e.Name == "ResourceNotFoundException");
        Assert.Equal(404, missing.ErrorHttpStatus);
        Assert.Null(missing.Retryable);
    }

    [Fact]
    public void RetryableErrorsSayWhetherTheyAreThrottling()
    {
        var retryable = ServiceModels.Names
            .Select(ServiceModels.Get)
            .SelectMany(model => model.Operations.Values.SelectMany(op => op.Errors))
            .Where(error => error.Retryable is not null)
            .DistinctBy(error => error.Name)
            .ToList();

        Assert.Contains(retryable, error => error.Retryable!.Throttling);
        Assert.Contains(retryable, error => !error.Retryable!.Throttling);
    }

    [Fact]
    public void RequiredMembersAreListed()
    {
        var input = ServiceModels.Get("lambda").Operation("GetPolicy").Input!;

        Assert.Equal(["FunctionName"], input.Required);
    }

    [Fact]
    public void EveryModelNamesTheBotocoreItWasTrimmedFrom()
    {
        Assert.All(ServiceModels.Names, name => Assert.Matches(@"^\d+\.\d+\.\d+$", ServiceModels.Get(name).Botocore));
    }

    [Fact]
    public void OperationsThatRequireEndpointDiscoveryAndTheEndpointOperationAreMarked()
    {
        var timestream = ServiceModels.Get("timestream-write");

        Assert.True(timestream.Operation("ListDatabases").RequiresEndpointDiscovery);
        Assert.True(timestream.Operation("ListTables").RequiresEndpointDiscovery);
        var describe = timestream.EndpointOperation!;
        Assert.Equal("DescribeEndpoints", describe.Name);
        Assert.False(describe.RequiresEndpointDiscovery);
        Assert.Equal(["Address", "CachePeriodInMinutes"], describe.Output!.Members["Endpoints"].Shape.ListMember!.Shape.Required);

        // DynamoDB offers discovery without requiring it: its calls keep the regional endpoint.
        var dynamodb = ServiceModels.Get("dynamodb");
        Assert.False(dynamodb.Operation("ListTables").RequiresEndpointDiscovery);
        Assert.Null(dynamodb.EndpointOperation);
        Assert.Null(ServiceModels.Get("ec2").EndpointOperation);
    }
}
