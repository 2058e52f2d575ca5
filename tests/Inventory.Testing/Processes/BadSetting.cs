namespace Inventory.Testing.Processes;

/// <summary>
/// One row of a bad-settings table: a setting, a bad value, and what else the case needs (more
/// variables, arguments). The process must refuse it with exit 2 and one stderr line naming
/// <see cref="Setting"/>.
/// </summary>
/// <param name="Setting">The name the error line must carry (a variable, or an argument such as --dryrun).</param>
/// <param name="Value">The variable's value; null for an argument-only case.</param>
public sealed record BadSetting(string Setting, string? Value, IReadOnlyList<string>? Arguments = null, IReadOnlyDictionary<string, string>? Also = null)
{
    public override string ToString() =>
        $"{Setting}={(Value is null ? "" : $"'{Value}'")} {string.Join(' ', Arguments ?? [])} {string.Join(' ', (Also ?? new Dictionary<string, string>()).Select(p => $"{p.Key}={p.Value}"))}".Trim();
}
