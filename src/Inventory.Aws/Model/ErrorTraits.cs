using Inventory.Aws.Http;

namespace Inventory.Aws.Model;

/// <summary>
/// What an operation's model says of an error code: its error shapes' <c>retryable</c> trait
/// (throttling or not), which wins over the code lists behind <see cref="AwsError.Kind"/>.
/// </summary>
public static class ErrorTraits
{
    public static AwsErrorKind KindOf(OperationModel operation, AwsError error)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(error);
        var kind = error.Kind;
        if (kind is AwsErrorKind.Throttling or AwsErrorKind.ExpiredCredentials)
        {
            return kind;
        }

        foreach (var shape in operation.Errors)
        {
            if (shape.Retryable is { } retryable && string.Equals(shape.ErrorCode ?? shape.Name, error.Code, StringComparison.Ordinal))
            {
                return retryable.Throttling ? AwsErrorKind.Throttling : AwsErrorKind.Transient;
            }
        }

        return kind;
    }
}
