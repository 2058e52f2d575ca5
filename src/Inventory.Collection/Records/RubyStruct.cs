using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Collection.Records;

/// <summary>
/// Records AWS Recon builds from an SDK struct itself rather than its <c>to_h</c> (Lambda
/// functions and layers, IAM server certificates): a struct has every member of its shape,
/// so members AWS left out are written as null; and keys it sets with Ruby's <c>to_h</c> of a
/// member (<c>function.vpc_config.to_h</c>) are <c>{}</c> when the member is absent, since
/// <c>nil.to_h</c> is an empty hash.
/// </summary>
public static class RubyStruct
{
    /// <summary>The record with every member of <paramref name="shape"/>, in model order, null when absent.</summary>
    public static JsonObject WithEveryMember(JsonObject data, Shape shape)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(shape);
        var complete = new JsonObject();
        foreach (var name in shape.Members.Keys)
        {
            var key = SnakeCase.Convert(name);
            complete[key] = data.Remove(key, out var value) ? value : null;
        }

        foreach (var (key, value) in data.ToList())
        {
            data.Remove(key);
            complete[key] = value;
        }

        return complete;
    }

    /// <summary>Sets each of <paramref name="keys"/> that is absent or null to <c>{}</c>.</summary>
    public static void EmptyWhereAbsent(JsonObject data, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (data[key] is null)
            {
                data[key] = new JsonObject();
            }
        }
    }
}
