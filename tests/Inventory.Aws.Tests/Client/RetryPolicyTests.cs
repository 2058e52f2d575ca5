using Inventory.Aws.Client;
using Inventory.Aws.Http;
using Inventory.Aws.Model;

namespace Inventory.Aws.Tests.Client;

/// <summary>The one place that decides retries, decision by decision.</summary>
public sealed class RetryPolicyTests
{
    private static readonly OperationModel ListQueues = ServiceModels.Get("sqs").Operation("ListQueues");
    private static readonly AwsError ServerError = new("InternalFailure", "boom", 500);
    private static readonly AwsError Throttled = new("ThrottlingException", "slow down", 400);

    [Fact]
    public void TransientErrorsGetThreeAttempts()
    {
        var policy = new RetryPolicy(new AwsClientOptions());
        var call = new CallRetries();

        var actions = Enumerable.Range(1, 3).Select(attempt =>
        {
            call.Attempts = attempt;
            return policy.Decide(ListQueues, ServerError, call, null).Action;
        }).ToList();

        Assert.Equal([RetryAction.Retry, RetryAction.Retry, RetryAction.GiveUp], actions);
    }

    [Fact]
    public void ThrottlingGetsTheAttemptCapAndTakesNothingFromTheQuota()
    {
        var policy = new RetryPolicy(new AwsClientOptions { MaxAttempts = 8, RetryQuota = 5 });
        var call = new CallRetries();

        var actions = Enumerable.Range(1, 8).Select(attempt =>
        {
            call.Attempts = attempt;
            return policy.Decide(ListQueues, Throttled, call, null).Action;
        }).ToList();

        Assert.Equal(7, actions.Count(a => a == RetryAction.Retry));
        Assert.Equal(RetryAction.GiveUp, actions[^1]);
        Assert.Equal(5, policy.QuotaLeft);
    }

    [Fact]
    public void ATimeoutCostsTwiceAnotherTransientRetry()
    {
        var policy = new RetryPolicy(new AwsClientOptions { RetryQuota = 100 });

        policy.Decide(ListQueues, ServerError, new CallRetries { Attempts = 1 }, null);
        Assert.Equal(95, policy.QuotaLeft);
        policy.Decide(ListQueues, new AwsError("RequestTimeout", "no answer", 0), new CallRetries { Attempts = 1 }, null);
        Assert.Equal(85, policy.QuotaLeft);
    }

    [Fact]
    public void ASpentQuotaStopsTransientRetriesAndSuccessesRefillIt()
    {
        var policy = new RetryPolicy(new AwsClientOptions { RetryQuota = 10 });
        var first = new CallRetries { Attempts = 1 };

        Assert.Equal(RetryAction.Retry, policy.Decide(ListQueues, ServerError, first, null).Action);
        Assert.Equal(RetryAction.Retry, policy.Decide(ListQueues, ServerError, new CallRetries { Attempts = 1 }, null).Action);
        var refused = policy.Decide(ListQueues, ServerError, new CallRetries { Attempts = 1 }, null);

        Assert.Equal(RetryAction.GiveUp, refused.Action);
        Assert.True(refused.QuotaExhausted);
        policy.Succeeded(first);
        Assert.Equal(5, policy.QuotaLeft);
        policy.Succeeded(new CallRetries());
        Assert.Equal(6, policy.QuotaLeft);
    }

    [Fact]
    public void AnExpiredSessionIsRefreshedOnceThenReturned()
    {
        var policy = new RetryPolicy(new AwsClientOptions());
        var call = new CallRetries { Attempts = 1 };
        var expired = new AwsError("ExpiredToken", "expired", 400);

        Assert.Equal(RetryAction.RefreshCredentials, policy.Decide(ListQueues, expired, call, null).Action);
        call.Attempts = 2;
        Assert.Equal(RetryAction.GiveUp, policy.Decide(ListQueues, expired, call, null).Action);
    }

    [Theory]
    [InlineData("AccessDenied", 403)]
    [InlineData("ValidationException", 400)]
    [InlineData("EndpointUnavailable", 0)]
    public void PermanentErrorsAreNeverRetried(string code, int status)
    {
        var decision = new RetryPolicy(new AwsClientOptions()).Decide(ListQueues, new AwsError(code, "no", status), new CallRetries { Attempts = 1 }, null);

        Assert.Equal(RetryAction.GiveUp, decision.Action);
    }

    [Fact]
    public void TheModelsRetryableTraitMakesAnOtherwisePermanentCodeTransient()
    {
        // Access Analyzer's model marks InternalServerException retryable (not throttling); a 400
        // with that code would otherwise be a permanent error.
        var listAnalyzers = ServiceModels.Get("accessanalyzer").Operation("ListAnalyzers");
        var error = new AwsError("InternalServerException", "try again", 400);

        Assert.Equal(AwsErrorKind.Other, error.Kind);
        Assert.Equal(AwsErrorKind.Transient, ErrorTraits.KindOf(listAnalyzers, error));
        Assert.Equal(RetryAction.Retry, new RetryPolicy(new AwsClientOptions()).Decide(listAnalyzers, error, new CallRetries { Attempts = 1 }, null).Action);
        Assert.Equal(RetryAction.GiveUp, new RetryPolicy(new AwsClientOptions()).Decide(ListQueues, error, new CallRetries { Attempts = 1 }, null).Action);
    }
}
