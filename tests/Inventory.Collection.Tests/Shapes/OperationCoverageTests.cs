using System.Text.RegularExpressions;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// Every catalog operation moto 5.2.1 implements is called against it and answered; the ones it does
/// not answer are exactly those README.md (beside this file) lists, each with why.
/// </summary>
public sealed partial class OperationCoverageTests(ReconAccount account) : IClassFixture<ReconAccount>
{
    [Fact]
    public void TheOperationsMotoDoesNotAnswerAreTheOnesTheReadmeLists()
    {
        var all = OperationCoverage.CatalogOperations(ServiceCatalog.Default);
        var answered = OperationCoverage.Answered(ServiceCatalog.Default, account.Proxy.Calls);
        var unanswered = all.Except(answered).Select(op => $"{op.Model} {op.Operation}").Order(StringComparer.Ordinal).ToList();

        var listed = Listed().Order(StringComparer.Ordinal).ToList();
        var errors = string.Join(Environment.NewLine, account.Report.Errors.Select(e => $"{e.Service} {e.Operation}: {e.Code} {e.Message.Split('\n')[0]}").Distinct().Order());
        Assert.True(listed.SequenceEqual(unanswered),
            $"answered {answered.Count} of {all.Count}.{Environment.NewLine}not answered, not listed: {string.Join(", ", unanswered.Except(listed))}" +
            $"{Environment.NewLine}listed, but answered: {string.Join(", ", listed.Except(unanswered))}{Environment.NewLine}errors:{Environment.NewLine}{errors}");
    }

    // README.md rows "| model | Operation | why |".
    private static IEnumerable<string> Listed()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Shapes", "README.md"));
        return Row().Matches(readme).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}");
    }

    [GeneratedRegex(@"^\| `([a-z0-9-]+)` \| `([A-Za-z0-9]+)` \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
