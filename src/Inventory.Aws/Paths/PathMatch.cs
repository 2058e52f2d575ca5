using System.Text.Json.Nodes;

namespace Inventory.Aws.Paths;

/// <summary>A value a path reached in a document, with the object whose member (or map value) it is
/// (the document itself at the top; list steps keep the object that holds the list).</summary>
public readonly record struct PathMatch(JsonNode Value, JsonNode Parent);
