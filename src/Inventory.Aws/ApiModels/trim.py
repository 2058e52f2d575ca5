#!/usr/bin/env python3
"""Writes the trimmed AWS API models this library embeds.

Reads the service models that botocore ships (facts about AWS APIs: operations, shapes,
paginators) and keeps the operations named in operations.txt and in the collection catalog
(src/Inventory.Collection/Catalog/Services/*.json), with every shape they reach and no
documentation. Kept traits: `sensitive` (records redact those values), `required`, and each
kept operation's `errors` with their error shapes (`error` {code, httpStatusCode, senderFault},
`exception`, `fault`, `retryable`: the retry policy reads them), and `endpointdiscovery` with,
when a kept operation requires discovery, the service's `endpointoperation` (the client calls
it to learn where those operations go). Output: <model>.json beside
this script, the service-2.json schema with the paginators under "pagination" and the botocore
version read under "botocore"; PAGINATORS adds paginators botocore lacks for operations that
page with NextToken. String shapes the AWS SDK for Ruby models as timestamps (and so
AWS Recon writes as Ruby times) are marked "rubyTimestamp" (RUBY_TIMESTAMPS).
global-endpoints.json (beside the models) holds, from botocore's endpoints.json, the services
among the embedded models that have one endpoint per partition rather than one per region: by
partition then endpoint prefix, the host and the region requests are signed for.

Usage: trim.py [model ...]          (no argument: every model)
       trim.py --check [--models DIR]
--check writes nothing: it regenerates every model in memory and exits 1 naming each embedded
model (in DIR, default beside this script) that differs, is missing or is no longer wanted, and
global-endpoints.json when it differs or is missing.
"""
import gzip
import json
import os
import sys

import botocore

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "Inventory.Collection", "Catalog", "Services")
DATA = os.path.join(os.path.dirname(botocore.__file__), "data")
ENDPOINTS = "global-endpoints.json"
# The partitions Endpoints/AwsPartition.cs knows.
PARTITIONS = ("aws", "aws-cn", "aws-us-gov")
DROP = {"documentation", "documentationUrl", "min", "max", "pattern", "enum", "box",
        "deprecated", "deprecatedMessage", "deprecatedSince", "examples", "contextParam",
        "staticContextParams", "operationContextParams", "idempotent", "readonly",
        "httpChecksum"}

# Shapes botocore types as strings that the AWS SDK for Ruby's models type as timestamps
# (aws-sdk-lambda: Timestamp = TimestampShape), by model.
RUBY_TIMESTAMPS = {"lambda": {"Timestamp"}}

# Operations whose answers page with NextToken although botocore (and so the AWS SDKs) has no
# paginator for them, by model: their input token, output token, limit and items, from the model.
PAGINATORS = {
    "events": {
        "ListEventBuses": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "Limit", "result_key": "EventBuses"},
        "ListArchives": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "Limit", "result_key": "Archives"},
        "ListConnections": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "Limit", "result_key": "Connections"},
    },
    "timestream-write": {
        "ListDatabases": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "MaxResults", "result_key": "Databases"},
        "ListTables": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "MaxResults", "result_key": "Tables"},
    },
    "ram": {
        "ListPermissions": {"input_token": "nextToken", "output_token": "nextToken", "limit_key": "maxResults", "result_key": "permissions"},
        "ListResourceSharePermissions": {"input_token": "nextToken", "output_token": "nextToken", "limit_key": "maxResults", "result_key": "permissions"},
    },
    "lakeformation": {
        "ListPermissions": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "MaxResults", "result_key": "PrincipalResourcePermissions"},
    },
    "s3control": {
        "ListAccessPoints": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "MaxResults", "result_key": "AccessPointList"},
        "ListMultiRegionAccessPoints": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "MaxResults", "result_key": "AccessPoints"},
    },
    "sesv2": {
        "ListEmailIdentities": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "PageSize", "result_key": "EmailIdentities"},
        "ListConfigurationSets": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "PageSize", "result_key": "ConfigurationSets"},
    },
}


def load(service, name):
    versions = sorted(v for v in os.listdir(os.path.join(DATA, service)) if not v.startswith("."))
    folder = os.path.join(DATA, service, versions[-1])
    for candidate in (name, name + ".gz"):
        path = os.path.join(folder, candidate)
        if os.path.exists(path):
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as f:
                return json.load(f)
    return {}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in DROP}
    return node


def mark(service, name, shape):
    if name in RUBY_TIMESTAMPS.get(service, ()) and shape["type"] == "string":
        shape["rubyTimestamp"] = True
    return shape


def reach(shapes, name, seen):
    if name in seen:
        return
    seen.add(name)
    shape = shapes[name]
    refs = list(shape.get("members", {}).values()) + [shape[k] for k in ("member", "key", "value") if k in shape]
    for ref in refs:
        reach(shapes, ref["shape"], seen)


def with_endpoint_operation(model, operations):
    """The operations, plus the service's endpoint operation when one of them requires discovery."""
    if not any(model["operations"][op].get("endpointdiscovery", {}).get("required") for op in operations):
        return operations
    return operations + [name for name, op in model["operations"].items()
                         if op.get("endpointoperation") and name not in operations]


def trim(service, operations):
    model = load(service, "service-2.json")
    operations = with_endpoint_operation(model, operations)
    pages = {**PAGINATORS.get(service, {}), **load(service, "paginators-1.json").get("pagination", {})}
    ops, seen = {}, set()
    for op in operations:
        definition = model["operations"][op]
        ops[op] = strip(definition)
        for ref in [definition[key] for key in ("input", "output") if key in definition] + definition.get("errors", []):
            reach(model["shapes"], ref["shape"], seen)
    return {
        "botocore": botocore.__version__,
        "metadata": strip(model["metadata"]),
        "operations": ops,
        "shapes": {name: mark(service, name, strip(model["shapes"][name])) for name in sorted(seen)},
        "pagination": {op: pages[op] for op in operations if op in pages},
    }


def catalog_calls(node, found, model):
    """(model, operation) of every call under node; a call naming a "model" is of that model."""
    if isinstance(node, dict):
        if "operation" in node:
            found.append((node.get("model", model), node["operation"]))
        for value in node.values():
            catalog_calls(value, found, model)
    elif isinstance(node, list):
        for value in node:
            catalog_calls(value, found, model)


def wanted():
    models = {}
    with open(os.path.join(HERE, "operations.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                service, *operations = line.split()
                models.setdefault(service, []).extend(operations)
    if os.path.isdir(CATALOG):
        for name in sorted(os.listdir(CATALOG)):
            if name.endswith(".json"):
                with open(os.path.join(CATALOG, name), encoding="utf-8") as f:
                    entry = json.load(f)
                calls = []
                catalog_calls(entry.get("collect", []), calls, entry["model"])
                for model, operation in calls:
                    models.setdefault(model, []).append(operation)
    return {model: list(dict.fromkeys(ops)) for model, ops in models.items()}


def render(service, operations):
    return json.dumps(trim(service, operations), indent=1, sort_keys=False) + "\n"


def global_endpoint(service, partition):
    """(host, signing region) when the service answers on its partition endpoint in every region
    of the partition: not regionalized, or listing no region of its own beside that endpoint."""
    endpoint = service.get("partitionEndpoint")
    if endpoint is None:
        return None
    regional = [name for name, entry in service["endpoints"].items()
                if name != endpoint and name in partition["regions"] and not entry.get("deprecated")]
    if service.get("isRegionalized", True) and regional:
        return None
    entry = service["endpoints"][endpoint]
    return entry["hostname"], entry["credentialScope"]["region"]


def global_endpoints(models):
    with open(os.path.join(DATA, "endpoints.json"), encoding="utf-8") as f:
        partitions = {p["partition"]: p for p in json.load(f)["partitions"]}
    prefixes = sorted({load(model, "service-2.json")["metadata"]["endpointPrefix"] for model in models})
    table = {}
    for name in PARTITIONS:
        partition = partitions[name]
        found = {}
        for prefix in prefixes:
            if prefix in partition["services"] and (endpoint := global_endpoint(partition["services"][prefix], partition)):
                found[prefix] = {"hostname": endpoint[0], "signingRegion": endpoint[1]}
        table[name] = found
    return json.dumps({"botocore": botocore.__version__, "partitions": table}, indent=1) + "\n"


def check(folder):
    models = wanted()
    drifted = []
    for service, operations in sorted(models.items()):
        path = os.path.join(folder, service + ".json")
        if not os.path.exists(path):
            drifted.append(f"{service}.json is missing")
            continue
        with open(path, encoding="utf-8") as f:
            if f.read() != render(service, operations):
                drifted.append(f"{service}.json differs from botocore {botocore.__version__}'s model trimmed to the catalog")
    path = os.path.join(folder, ENDPOINTS)
    if not os.path.exists(path):
        drifted.append(f"{ENDPOINTS} is missing")
    else:
        with open(path, encoding="utf-8") as f:
            if f.read() != global_endpoints(models):
                drifted.append(f"{ENDPOINTS} differs from botocore {botocore.__version__}'s endpoints.json")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json") and name != ENDPOINTS and name[:-5] not in models:
            drifted.append(f"{name} is embedded but neither operations.txt nor the catalog uses it")
    for line in drifted:
        print(f"models: {line}", file=sys.stderr)
    if drifted:
        print("models: regenerate with: python3 src/Inventory.Aws/ApiModels/trim.py", file=sys.stderr)
    return 1 if drifted else 0


def main():
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        folder = args[2] if args[1:2] == ["--models"] and len(args) == 3 else HERE
        sys.exit(check(folder))
    only = set(args)
    models = wanted()
    for service, operations in sorted(models.items()):
        if only and service not in only:
            continue
        with open(os.path.join(HERE, service + ".json"), "w", encoding="utf-8") as out:
            out.write(render(service, operations))
        print(f"{service}: {len(operations)} operations", file=sys.stderr)
    if not only:
        with open(os.path.join(HERE, ENDPOINTS), "w", encoding="utf-8") as out:
            out.write(global_endpoints(models))
        print(f"{ENDPOINTS}: written", file=sys.stderr)


if __name__ == "__main__":
    main()
