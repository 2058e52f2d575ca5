namespace Inventory.Testing.Aws;

/// <summary>The proxy's fault rules, in the order added; the first that applies to a call wins.</summary>
internal sealed class RuleBook
{
    private readonly List<ArmedRule> _rules = [];
    private readonly Lock _gate = new();

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Probability is < 0 or > 1 || double.IsNaN(rule.Probability))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Probability, "Probability must be between 0 and 1.");
        }

        lock (_gate)
        {
            _rules.Add(new ArmedRule(rule));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    public Fault? Select(CallInfo call)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.TryApply(call) is { } fault)
                {
                    return fault;
                }
            }

            return null;
        }
    }
}
