using System.Text;
using Microsoft.AspNetCore.Http;

namespace Inventory.Benchmarks.Responder;

/// <summary>
/// IAM (the query protocol: <c>&lt;ActionResponse&gt;&lt;ActionResult&gt;</c>, <c>&lt;member&gt;</c> lists,
/// URL-encoded policy documents). GetAccountAuthorizationDetails pages by Marker/IsTruncated per
/// filter; every second user has an MFA device and every fifth an SSH key; there is no password policy.
/// </summary>
internal sealed class IamAnswers(CannedAccount account)
{
    private static readonly string Trust = Encode("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""");
    private static readonly string Inline = Encode("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::app-data","arn:aws:s3:::app-data/*"]}]}""");

    public Task WriteAsync(AwsCall call, HttpResponse response, CancellationToken cancellationToken) => call.Action switch
    {
        "GetAccountAuthorizationDetails" => AnswerAsync(call, response, Details(call), cancellationToken),
        "ListMFADevices" => AnswerAsync(call, response, Mfa(call.Parameter("UserName") ?? ""), cancellationToken),
        "ListSSHPublicKeys" => AnswerAsync(call, response, SshKeys(call.Parameter("UserName") ?? ""), cancellationToken),
        "GetAccountSummary" => AnswerAsync(call, response, Summary(), cancellationToken),
        "GenerateCredentialReport" => AnswerAsync(call, response, "<State>COMPLETE</State>", cancellationToken),
        "GetCredentialReport" => AnswerAsync(call, response, CredentialReport(), cancellationToken),
        "GetAccountPasswordPolicy" => Wire.QueryErrorAsync(response, 404, "NoSuchEntity", "The Password Policy with domain name 123456789012 cannot be found.", cancellationToken),
        _ => AnswerAsync(call, response, "<IsTruncated>false</IsTruncated>", cancellationToken),
    };

    private string Details(AwsCall call)
    {
        var x = new StringBuilder();
        var (list, total, item) = call.Parameter("Filter.member.1") switch
        {
            "User" => ("UserDetailList", account.Users, (Action<StringBuilder, int>)User),
            "Group" => ("GroupDetailList", account.Groups, Group),
            "Role" => ("RoleDetailList", account.Roles, Role),
            _ => ("Policies", account.ManagedPolicies, Policy),
        };
        var (start, end, next) = Paging.Page(call.Parameter("Marker"), total, account.IamPageSize);
        x.Append('<').Append(list).Append('>');
        for (var i = start; i < end; i++)
        {
            item(x, i);
        }

        x.Append("</").Append(list).Append('>');
        return x.Append(next is null ? "<IsTruncated>false</IsTruncated>" : $"<IsTruncated>true</IsTruncated><Marker>{next}</Marker>").ToString();
    }

    private void User(StringBuilder x, int i) =>
        x.Append("<member><Path>/</Path><UserName>user-").Append(i).Append("</UserName><UserId>AIDA").Append(i.ToString("X17")).Append("</UserId><Arn>arn:aws:iam::")
         .Append(account.AccountId).Append(":user/user-").Append(i).Append("</Arn><CreateDate>").Append(Wire.IsoTime(i % 900)).Append("</CreateDate>")
         .Append("<UserPolicyList><member><PolicyName>app-data</PolicyName><PolicyDocument>").Append(Inline).Append("</PolicyDocument></member></UserPolicyList>")
         .Append("<GroupList><member>group-").Append(i % Math.Max(1, account.Groups)).Append("</member></GroupList><AttachedManagedPolicies><member>")
         .Append("<PolicyName>ReadOnlyAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/ReadOnlyAccess</PolicyArn></member></AttachedManagedPolicies>")
         .Append("<Tags><member><Key>team</Key><Value>team-").Append(i % 12).Append("</Value></member></Tags></member>");

    private void Group(StringBuilder x, int i) =>
        x.Append("<member><Path>/</Path><GroupName>group-").Append(i).Append("</GroupName><GroupId>AGPA").Append(i.ToString("X17")).Append("</GroupId><Arn>arn:aws:iam::")
         .Append(account.AccountId).Append(":group/group-").Append(i).Append("</Arn><CreateDate>").Append(Wire.IsoTime(i)).Append("</CreateDate>")
         .Append("<GroupPolicyList><member><PolicyName>app-data</PolicyName><PolicyDocument>").Append(Inline).Append("</PolicyDocument></member></GroupPolicyList>")
         .Append("<AttachedManagedPolicies/></member>");

    private void Role(StringBuilder x, int i) =>
        x.Append("<member><Path>/service-role/</Path><RoleName>role-").Append(i).Append("</RoleName><RoleId>AROA").Append(i.ToString("X17")).Append("</RoleId><Arn>arn:aws:iam::")
         .Append(account.AccountId).Append(":role/service-role/role-").Append(i).Append("</Arn><CreateDate>").Append(Wire.IsoTime(i % 900)).Append("</CreateDate>")
         .Append("<AssumeRolePolicyDocument>").Append(Trust).Append("</AssumeRolePolicyDocument><InstanceProfileList/><RolePolicyList><member><PolicyName>app-data</PolicyName>")
         .Append("<PolicyDocument>").Append(Inline).Append("</PolicyDocument></member></RolePolicyList><AttachedManagedPolicies><member><PolicyName>AmazonSSMManagedInstanceCore</PolicyName>")
         .Append("<PolicyArn>arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore</PolicyArn></member></AttachedManagedPolicies><Tags/>")
         .Append("<RoleLastUsed><LastUsedDate>").Append(Wire.IsoTime(i % 30)).Append("</LastUsedDate><Region>us-east-1</Region></RoleLastUsed></member>");

    private void Policy(StringBuilder x, int i) =>
        x.Append("<member><PolicyName>policy-").Append(i).Append("</PolicyName><PolicyId>ANPA").Append(i.ToString("X17")).Append("</PolicyId><Arn>arn:aws:iam::")
         .Append(account.AccountId).Append(":policy/policy-").Append(i).Append("</Arn><Path>/</Path><DefaultVersionId>v1</DefaultVersionId><AttachmentCount>")
         .Append(i % 4).Append("</AttachmentCount><PermissionsBoundaryUsageCount>0</PermissionsBoundaryUsageCount><IsAttachable>true</IsAttachable><CreateDate>")
         .Append(Wire.IsoTime(i)).Append("</CreateDate><UpdateDate>").Append(Wire.IsoTime(i)).Append("</UpdateDate><PolicyVersionList><member><Document>").Append(Inline)
         .Append("</Document><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion><CreateDate>").Append(Wire.IsoTime(i))
         .Append("</CreateDate></member></PolicyVersionList></member>");

    private string Mfa(string user) =>
        (Number(user) % 2 == 0
            ? $"<MFADevices><member><UserName>{user}</UserName><SerialNumber>arn:aws:iam::{account.AccountId}:mfa/{user}</SerialNumber><EnableDate>{Wire.IsoTime(3)}</EnableDate></member></MFADevices>"
            : "<MFADevices/>") + "<IsTruncated>false</IsTruncated>";

    private static string SshKeys(string user) =>
        (Number(user) % 5 == 0
            ? $"<SSHPublicKeys><member><UserName>{user}</UserName><SSHPublicKeyId>APKA{Number(user):X16}</SSHPublicKeyId><Status>Active</Status><UploadDate>{Wire.IsoTime(40)}</UploadDate></member></SSHPublicKeys>"
            : "<SSHPublicKeys/>") + "<IsTruncated>false</IsTruncated>";

    private string Summary() =>
        "<SummaryMap>" + string.Concat(new (string Key, int Value)[] { ("Users", account.Users), ("Roles", account.Roles), ("Groups", account.Groups), ("Policies", account.ManagedPolicies), ("AccountMFAEnabled", 1) }
            .Select(entry => $"<entry><key>{entry.Key}</key><value>{entry.Value}</value></entry>")) + "</SummaryMap>";

    private static Task AnswerAsync(AwsCall call, HttpResponse response, string result, CancellationToken cancellationToken) =>
        Wire.XmlAsync(response,
            $"<{call.Action}Response xmlns=\"{Wire.IamNamespace}\"><{call.Action}Result>{result}</{call.Action}Result>" +
            $"<ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata></{call.Action}Response>",
            cancellationToken);

    private static int Number(string name) => int.TryParse(name[(name.LastIndexOf('-') + 1)..], out var n) ? n : 1;

    // The report is a CSV document, base64 on the wire: the root account and each user.
    private string CredentialReport()
    {
        var csv = new StringBuilder("user,arn,user_creation_time,password_enabled,mfa_active\n")
            .Append("<root_account>,arn:aws:iam::").Append(account.AccountId).Append(":root,2020-01-01T00:00:00+00:00,not_supported,true\n");
        for (var i = 0; i < account.Users; i++)
        {
            csv.Append("user-").Append(i).Append(",arn:aws:iam::").Append(account.AccountId).Append(":user/user-").Append(i).Append(",2020-01-01T00:00:00+00:00,false,false\n");
        }

        return $"<Content>{Convert.ToBase64String(Encoding.UTF8.GetBytes(csv.ToString()))}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2020-01-01T00:00:00Z</GeneratedTime>";
    }

    private static string Encode(string json) => Uri.EscapeDataString(json);
}
