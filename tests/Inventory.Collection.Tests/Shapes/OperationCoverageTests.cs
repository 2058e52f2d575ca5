using System.Text.RegularExpressions;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// Every catalog operation moto 5.2.1 implements is called against it and answered; README.md
/// (beside this file) lists exactly the others: those answered by <see cref="CannedAnswers"/>
/// instead, and those not exercised at all, each with why.
/// </summary>
[Collection(nameof(ReconAccount))]
public sealed partial class OperationCoverageTests(ReconAccount account)
{
    private static readonly IReadOnlySet<(string, string)> All = OperationCoverage.CatalogOperations(ServiceCatalog.Default);

    [Fact]
    public void MotoAnswersEveryCatalogOperationButTheListedOnes()
    {
        var moto = OperationCoverage.Answered(ServiceCatalog.Default, account.Proxy.Calls, canned: false);
        AssertListed(Names(All.Except(moto)), Listed("canned").Concat(Listed("not exercised")), $"moto answered {moto.Count} of {All.Count}");
    }

    [Fact]
    public void CannedAnswersStandInForTheOperationsMotoLacks()
    {
        var moto = OperationCoverage.Answered(ServiceCatalog.Default, account.Proxy.Calls, canned: false);
        var canned = OperationCoverage.Answered(ServiceCatalog.Default, account.Proxy.Calls, canned: true).Except(moto);
        AssertListed(Names(canned), Listed("canned"), $"canned answers for {canned.Count()}");
    }

    private void AssertListed(IEnumerable<string> actual, IEnumerable<string> listed, string summary)
    {
        var (a, l) = (actual.Order(StringComparer.Ordinal).ToList(), listed.Order(StringComparer.Ordinal).ToList());
        var errors = string.Join(Environment.NewLine, account.Report.Errors.Select(e => $"{e.Service} {e.Operation}: {e.Code} {e.Message.Split('\n')[0]}").Distinct().Order());
        Assert.True(a.SequenceEqual(l),
            $"{summary}.{Environment.NewLine}not listed: {string.Join(", ", a.Except(l))}{Environment.NewLine}" +
            $"listed, but not so: {string.Join(", ", l.Except(a))}{Environment.NewLine}errors:{Environment.NewLine}{errors}");
    }

    private static IEnumerable<string> Names(IEnumerable<(string Model, string Operation)> operations) =>
        operations.Select(op => $"{op.Model} {op.Operation}");

    // README.md rows "| `model` | `Operation` | canned / not exercised | why |".
    private static IEnumerable<string> Listed(string how)
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Shapes", "README.md"));
        return Row().Matches(readme).Where(m => m.Groups[3].Value == how).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}");
    }

    [GeneratedRegex(@"^\| `([a-z0-9-]+)` \| `([A-Za-z0-9]+)` \| ([a-z ]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
