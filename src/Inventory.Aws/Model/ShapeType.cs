namespace Inventory.Aws.Model;

/// <summary>The type of an AWS API shape, as the service models name it.</summary>
public enum ShapeType
{
    Structure,
    List,
    Map,
    String,
    Integer,
    Long,
    Float,
    Double,
    Boolean,
    Timestamp,
    Blob,
}
