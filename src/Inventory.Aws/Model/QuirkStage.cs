namespace Inventory.Aws.Model;

/// <summary>Where on a call's way a quirk applies, and so which part consults it.</summary>
public enum QuirkStage
{
    /// <summary>The request's host (the signer builds the address).</summary>
    RequestAddress,

    /// <summary>A value a catalog template binds into a request's input (<c>{Id|basename}</c>).</summary>
    RequestInput,

    /// <summary>The response body's root element (the protocol reads the body).</summary>
    ResponseRoot,

    /// <summary>A value a catalog entry puts in a record (<c>"transform": "s3_location"</c>).</summary>
    RecordValue,

    /// <summary>How a record writes the service's timestamps (the collection engine).</summary>
    TimestampZone,
}
