using System.Text;
using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Tests.Model;

/// <summary>CSV as Ruby's CSV.parse(headers: :first_row).map(&amp;:to_h): rows keyed by the header.</summary>
public sealed class CsvRowsTests
{
    [Fact]
    public void RowsAreObjectsKeyedByTheHeader()
    {
        var rows = CsvRows.Parse("user,arn,mfa_active\n<root_account>,arn:aws:iam::1:root,true\nalice,arn:aws:iam::1:user/alice,false\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["user", "arn", "mfa_active"], rows[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(("<root_account>", "arn:aws:iam::1:root", "true"), ((string?)rows[0]!["user"], (string?)rows[0]!["arn"], (string?)rows[0]!["mfa_active"]));
        Assert.Equal(("alice", "false"), ((string?)rows[1]!["user"], (string?)rows[1]!["mfa_active"]));
    }

    [Fact]
    public void QuotedFieldsCarryCommasQuotesAndNewlines()
    {
        var rows = CsvRows.Parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");

        var row = Assert.Single(rows)!;
        Assert.Equal(("x, y", "say \"hi\"", "two\nlines"), ((string?)row["a"], (string?)row["b"], (string?)row["c"]));
    }

    [Fact]
    public void EmptyUnquotedAndMissingFieldsAreNullAndQuotedEmptyIsEmpty()
    {
        var row = Assert.Single(CsvRows.Parse("a,b,c,d\n,\"\",x"))!;

        Assert.Equal("""{"a":null,"b":"","c":"x","d":null}""", row.ToJsonString());
    }

    [Fact]
    public void TheCsvTransformReadsABase64Blob()
    {
        var blob = JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes("user,arn\nbob,arn:aws:iam::1:user/bob\n")));

        var rows = Assert.IsType<JsonArray>(Quirks.Named("csv")!.Value!(blob));

        Assert.Equal("bob", (string?)rows[0]!["user"]);
    }
}
