using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Inventory.Benchmarks.Responder;

/// <summary>
/// EC2 (the ec2 protocol's XML, no result wrapper). Instances, security groups and snapshots
/// page; every second VPC has a flow log; every tenth snapshot is shared. Describe calls the
/// account has nothing for get an empty answer, as EC2 gives one.
/// </summary>
internal sealed class Ec2Answers(CannedAccount account)
{
    private delegate void Item(StringBuilder x, string account, string region, int index);

    public Task WriteAsync(AwsCall call, HttpResponse response, CancellationToken cancellationToken) => call.Action switch
    {
        "DescribeInstances" => PageAsync(call, response, "reservationSet", account.InstancesPerRegion, account.InstancePageSize, Ec2Xml.Reservation, cancellationToken),
        "DescribeVpcs" => PageAsync(call, response, "vpcSet", account.VpcsPerRegion, int.MaxValue, Ec2Xml.Vpc, cancellationToken),
        "DescribeSecurityGroups" => PageAsync(call, response, "securityGroupInfo", account.SecurityGroupsPerRegion, account.SecurityGroupPageSize, Ec2Xml.SecurityGroup, cancellationToken),
        "DescribeSnapshots" => PageAsync(call, response, "snapshotSet", account.SnapshotsPerRegion, account.SnapshotPageSize, Ec2Xml.Snapshot, cancellationToken),
        "DescribeSnapshotAttribute" => SnapshotAttributeAsync(call, response, cancellationToken),
        "DescribeFlowLogs" => FlowLogsAsync(call, response, cancellationToken),
        "GetEbsEncryptionByDefault" => AnswerAsync(call, response, "<ebsEncryptionByDefault>true</ebsEncryptionByDefault><sseType>sse-ebs</sseType>", cancellationToken),
        _ => AnswerAsync(call, response, "", cancellationToken),
    };

    private async Task PageAsync(AwsCall call, HttpResponse response, string set, int total, int pageSize, Item item, CancellationToken cancellationToken)
    {
        var (start, end, next) = Paging.Page(call.Parameter("NextToken"), total, pageSize);
        var page = new XmlPageWriter(response);
        page.Text.Append(Open(call)).Append('<').Append(set).Append('>');
        for (var i = start; i < end; i++)
        {
            item(page.Text, account.AccountId, call.Region, i);
            await page.FlushIfFullAsync(cancellationToken);
        }

        page.Text.Append("</").Append(set).Append('>');
        if (next is not null)
        {
            page.Text.Append("<nextToken>").Append(next).Append("</nextToken>");
        }

        page.Text.Append(Close(call));
        await page.FlushAsync(cancellationToken);
    }

    private Task FlowLogsAsync(AwsCall call, HttpResponse response, CancellationToken cancellationToken)
    {
        var x = new StringBuilder("<flowLogSet>");
        if (call.ValueStartingWith("vpc-") is { } vpc)
        {
            var index = int.Parse(vpc[^14..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (index % 2 == 0)
            {
                Ec2Xml.FlowLog(x, call.Region, index);
            }
        }
        else
        {
            for (var i = 0; i < account.VpcsPerRegion; i += 2)
            {
                Ec2Xml.FlowLog(x, call.Region, i);
            }
        }

        return AnswerAsync(call, response, x.Append("</flowLogSet>").ToString(), cancellationToken);
    }

    private static Task SnapshotAttributeAsync(AwsCall call, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = call.Parameter("SnapshotId") ?? "";
        var shared = id.Length > 14 && int.Parse(id[^14..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) % 10 == 0;
        var body = $"<snapshotId>{id}</snapshotId><createVolumePermission>" +
                   (shared ? "<item><userId>210987654321</userId></item>" : "") + "</createVolumePermission>";
        return AnswerAsync(call, response, body, cancellationToken);
    }

    private static Task AnswerAsync(AwsCall call, HttpResponse response, string members, CancellationToken cancellationToken) =>
        Wire.XmlAsync(response, Open(call) + members + Close(call), cancellationToken);

    private static string Open(AwsCall call) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{call.Action}Response xmlns=\"{Wire.Ec2Namespace}\"><requestId>{Guid.NewGuid()}</requestId>";

    private static string Close(AwsCall call) => $"</{call.Action}Response>";
}
