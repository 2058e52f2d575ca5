using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Protocols;

/// <summary>
/// EC2's variant of the query protocol. Only naming and lists differ on the way out: a member is
/// sent under its queryName, else its locationName capitalized, else its member name, and every
/// list is <c>Name.N</c>. Responses have no result wrapper and errors come as
/// <c>&lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;</c> with RequestID, both of which the shared XML readers handle.
/// </summary>
internal sealed class Ec2Protocol : QueryProtocol
{
    protected override string FormName(Member member) =>
        member.QueryName ?? (member.LocationName is { Length: > 0 } name ? char.ToUpperInvariant(name[0]) + name[1..] : member.Name);

    /// <summary>Always <c>prefix.N</c>; an empty list sends nothing.</summary>
    protected override void AddList(List<KeyValuePair<string, string>> form, string prefix, Member member, JsonArray items) =>
        AddItems(form, prefix, member.Shape.ListMember!, items);
}
