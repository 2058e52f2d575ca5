namespace Inventory.Aws.Client;

/// <summary>An endpoint whose breaker opened during a client's life: named in run reports.</summary>
/// <param name="Endpoint">The endpoint's URL.</param>
/// <param name="Since">When the breaker first opened.</param>
/// <param name="Failures">Attempts that got no answer, in a row, when it opened.</param>
/// <param name="CallsFailedFast">Calls refused without trying while it was open.</param>
/// <param name="LastError">The last attempt's error, e.g. <c>ConnectionError: Connection refused</c>.</param>
/// <param name="Recovered">A later probe got an answer and closed it.</param>
public sealed record EndpointOutage(string Endpoint, DateTimeOffset Since, int Failures, int CallsFailedFast, string LastError, bool Recovered);
