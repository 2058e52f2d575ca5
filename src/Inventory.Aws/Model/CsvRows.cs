using System.Text;
using System.Text.Json.Nodes;

namespace Inventory.Aws.Model;

/// <summary>
/// A CSV document (RFC 4180: quoted fields, doubled quotes, CRLF or LF) as AWS Recon writes it
/// (Ruby's <c>CSV.parse(text, headers: :first_row).map(&amp;:to_h)</c>): one object per row,
/// keyed by the header's names; an empty unquoted field and a missing one are null.
/// </summary>
public static class CsvRows
{
    /// <summary>The rows of a blob: base64 text of the CSV bytes (UTF-8).</summary>
    public static JsonNode? FromBlob(JsonNode? value)
    {
        if (value is not JsonValue blob || !blob.TryGetValue<string>(out var base64))
        {
            return value?.DeepClone();
        }

        try
        {
            return Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        }
        catch (FormatException)
        {
            return Parse(base64); // already text
        }
    }

    public static JsonArray Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = Records(text).ToList();
        var rows = new JsonArray();
        if (records.Count == 0)
        {
            return rows;
        }

        var header = records[0];
        foreach (var record in records.Skip(1))
        {
            var row = new JsonObject();
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i] ?? ""] = i < record.Count ? record[i] : null;
            }

            rows.Add(row);
        }

        return rows;
    }

    // Each record's fields; null for an empty unquoted field.
    private static IEnumerable<List<string?>> Records(string text)
    {
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = quoted = true;
                    break;
                case ',':
                    fields.Add(End(field, ref quoted));
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n' or '\r':
                    fields.Add(End(field, ref quoted));
                    yield return fields;
                    fields = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || quoted || fields.Count > 0)
        {
            fields.Add(End(field, ref quoted));
            yield return fields;
        }
    }

    private static string? End(StringBuilder field, ref bool quoted)
    {
        var value = field.Length == 0 && !quoted ? null : field.ToString();
        field.Clear();
        quoted = false;
        return value;
    }
}
