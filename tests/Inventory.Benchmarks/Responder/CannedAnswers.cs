using Microsoft.AspNetCore.Http;

namespace Inventory.Benchmarks.Responder;

/// <summary>Picks the service's answers by the SigV4 scope's service name.</summary>
internal sealed class CannedAnswers(CannedAccount account)
{
    private readonly Ec2Answers _ec2 = new(account);
    private readonly IamAnswers _iam = new(account);
    private readonly KmsAnswers _kms = new(account);
    private readonly LambdaAnswers _lambda = new(account);

    public Task WriteAsync(AwsCall call, HttpResponse response, CancellationToken cancellationToken) => call.Service switch
    {
        "ec2" => _ec2.WriteAsync(call, response, cancellationToken),
        "iam" => _iam.WriteAsync(call, response, cancellationToken),
        "kms" => _kms.WriteAsync(call, response, cancellationToken),
        "lambda" => _lambda.WriteAsync(call, response, cancellationToken),
        _ => Wire.JsonErrorAsync(response, 400, "UnrecognizedClientException", $"The canned responder does not answer '{call.Service}'.", cancellationToken),
    };
}
