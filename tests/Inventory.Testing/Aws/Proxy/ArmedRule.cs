namespace Inventory.Testing.Aws;

/// <summary>A rule with its remaining budget and its own seeded Random. Not thread-safe: see <see cref="RuleBook"/>.</summary>
internal sealed class ArmedRule(FaultRule rule)
{
    // Deterministic by design: the same calls in the same order get the same faults.
    private readonly Random _random = new(rule.Seed);
    private int? _remaining = rule.Times;

    public Fault? TryApply(CallInfo call)
    {
        if (!rule.Matches(call) || _remaining <= 0)
        {
            return null;
        }

        if (rule.Probability < 1.0 && _random.NextDouble() >= rule.Probability)
        {
            return null;
        }

        _remaining--;
        return rule.Fault;
    }
}
