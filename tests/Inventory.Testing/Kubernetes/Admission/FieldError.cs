namespace Inventory.Testing.Kubernetes;

/// <summary>One cause of a 422 Invalid, worded as the API server's field errors are.</summary>
internal sealed record FieldError(string Reason, string Field, string Message)
{
    public static FieldError Invalid(string field, string value, string detail) =>
        new("FieldValueInvalid", field, $"Invalid value: \"{value}\": {detail}");

    public static FieldError Invalid(string field, long value, string detail) =>
        new("FieldValueInvalid", field, $"Invalid value: {value}: {detail}");

    public static FieldError Required(string field, string detail = "") =>
        new("FieldValueRequired", field, detail.Length == 0 ? "Required value" : $"Required value: {detail}");

    public static FieldError NotSupported(string field, string value, params string[] supported) =>
        new("FieldValueNotSupported", field, $"Unsupported value: \"{value}\": supported values: {string.Join(", ", supported.Select(s => $"\"{s}\""))}");

    public static FieldError Duplicate(string field, string value) =>
        new("FieldValueDuplicate", field, $"Duplicate value: \"{value}\"");
}
