using Inventory.Aws.Model;
using Inventory.Aws.Paths;
using Inventory.Aws.Protocols;

namespace Inventory.Collection.Catalog;

/// <summary>
/// Checks every catalog entry against the API models: operations exist, items paths and
/// template fields name real members, inputs bind to fields of their parent, tokens pair,
/// asset types are unique per service. Returns one line per problem.
/// </summary>
public static class CatalogValidator
{
    public static IReadOnlyList<string> Validate(ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<string>();
        foreach (var duplicate in catalog.Services.GroupBy(s => (s.Alias, s.Global)).Where(g => g.Count() > 1))
        {
            problems.Add($"alias '{duplicate.Key.Alias}' (global: {duplicate.Key.Global}) is defined by {string.Join(", ", duplicate.Select(s => s.Source))}");
        }

        foreach (var group in catalog.Services.GroupBy(s => s.Service))
        {
            foreach (var type in group.SelectMany(s => s.Collect).GroupBy(r => r.AssetType).Where(g => g.Count() > 1))
            {
                problems.Add($"{group.Key}: asset type '{type.Key}' is collected {type.Count()} times");
            }
        }

        foreach (var service in catalog.Services)
        {
            problems.AddRange(ValidateService(service).Select(problem => $"{service.Source}: {problem}"));
        }

        return problems;
    }

    private static IEnumerable<string> ValidateService(CatalogService service)
    {
        ServiceModel model;
        try
        {
            model = ServiceModels.Get(service.Model);
            ProtocolTable.For(model.Protocol);
        }
        catch (Exception e) when (e is KeyNotFoundException or NotSupportedException)
        {
            return [e.Message];
        }

        return service.Collect.SelectMany(resource => ValidateResource(model, resource).Concat(Transforms.Misplaced(model, resource)));
    }

    private static List<string> ValidateResource(ServiceModel model, CatalogResource resource)
    {
        var where = $"{resource.Operation} ({resource.AssetType})";
        if (!Call(model, resource, where, out var shapes, out var problems))
        {
            return problems;
        }

        var (item, parent) = shapes!.Value;
        var source = Each(model, resource, where, problems);
        var scope = new FieldScope(item, parent, [], source);
        var listing = new FieldScope(Nothing, Nothing, [], source);
        foreach (var input in resource.Inputs.Prepend(resource.Input))
        {
            problems.AddRange(input.Select(pair => pair.Value?.ToString() ?? "").SelectMany(value => listing.Check(value, $"{where} input")));
        }

        if (resource.Region is { } region)
        {
            problems.AddRange(listing.Check(region, $"{where} region"));
        }

        problems.AddRange((scope with { Keys = [.. resource.Details.Select(d => d.Key)] }).Check(resource.Arn, $"{where} arn"));
        foreach (var input in resource.Inputs)
        {
            problems.AddRange(Inputs(model, resource.Operation, input, where));
        }
        foreach (var (key, value) in resource.Extra)
        {
            if (!value.StartsWith('='))
            {
                problems.AddRange(scope.Check(value.StartsWith("^.", StringComparison.Ordinal) ? "{" + value + "}" : value.Contains('{', StringComparison.Ordinal) ? value : "{" + value + "}", $"{where} extra '{key}'"));
            }
        }

        foreach (var policy in resource.Policies)
        {
            problems.AddRange(scope.CheckPath(policy, $"{where} policy"));
        }

        problems.AddRange(Details(model, resource.Details, scope, where));
        if (resource.Poll is { } poll)
        {
            problems.AddRange(Poll(model, poll, where));
        }

        if (resource.AllMembers && item.Type != ShapeType.Structure)
        {
            problems.Add($"{where}: all_members needs structure items, not {item.Name}");
        }

        return problems;
    }

    // A listing's input has no item yet: only {account}, {region}, {partition} and its "each" item.
    private static readonly Shape Nothing = new() { Name = "no item", Type = ShapeType.Structure };

    // The item shape of the listing's "each" call (its own model's when it names one), or null.
    private static Shape? Each(ServiceModel model, CatalogResource resource, string where, List<string> problems)
    {
        if (resource.Each is not { } each)
        {
            return null;
        }

        var here = $"{where} each {each.Operation}";
        ServiceModel eachModel;
        try
        {
            eachModel = each.Model is { } name ? ServiceModels.Get(name) : model;
        }
        catch (KeyNotFoundException e)
        {
            problems.Add($"{here}: {e.Message}");
            return null;
        }

        var found = Call(eachModel, each, here, out var shapes, out var callProblems);
        problems.AddRange(callProblems);
        var listing = new FieldScope(Nothing, Nothing, [], null);
        problems.AddRange(each.Input.Select(pair => pair.Value?.ToString() ?? "").SelectMany(value => listing.Check(value, here + " input")));
        if (!found || shapes is null)
        {
            problems.Add($"{here}: names no items");
            return null;
        }

        return shapes.Value.Shape;
    }

    private static List<string> Poll(ServiceModel model, CatalogPoll poll, string where)
    {
        var here = $"{where} poll {poll.Operation}";
        Call(model, poll, here, out var shapes, out var problems);
        if (shapes is { } output)
        {
            var scope = new FieldScope(output.Shape, output.Parent, [], null);
            problems.AddRange(poll.Until.Keys.SelectMany(field => scope.Check("{" + field + "}", here + " until")));
        }

        if (poll.MaxAttempts < 1 || poll.IntervalSeconds < 0)
        {
            problems.Add($"{here}: max_attempts must be at least 1 and interval_seconds not negative");
        }

        return problems;
    }

    private static List<string> Details(ServiceModel model, IReadOnlyList<CatalogDetail> details, FieldScope scope, string where)
    {
        var problems = new List<string>();
        var keys = new HashSet<string>(scope.Keys, StringComparer.Ordinal);
        foreach (var detail in details)
        {
            var here = $"{where} → {detail.Operation} ({detail.Key})";
            var visible = scope with { Keys = [.. keys] };
            problems.AddRange(detail.Input.Select(pair => pair.Value?.ToString() ?? "").SelectMany(value => visible.Check(value, here + " input")));
            if (detail.Region is { } region)
            {
                problems.AddRange(visible.Check(region, here + " region"));
            }

            if (detail.Transform is { } transform && !Transforms.Names.Contains(transform))
            {
                problems.Add($"{here}: no transform is named '{transform}'");
            }

            if ((detail.Replace || detail.Rename.Count > 0) && !detail.Merge)
            {
                problems.Add($"{here}: replace and rename need merge");
            }

            if (!keys.Add(detail.Key))
            {
                problems.Add($"{here}: key '{detail.Key}' is set twice");
            }

            if (Call(model, detail, here, out var shapes, out var callProblems))
            {
                var inner = new FieldScope(shapes!.Value.Shape, shapes.Value.Parent, [], visible.Item);
                problems.AddRange(detail.Policies.SelectMany(policy => inner.CheckPath(policy, here + " policy")));
                problems.AddRange(Details(model, detail.Details, inner, here));
            }

            problems.AddRange(callProblems);
        }

        return problems;
    }

    private static IEnumerable<string> Inputs(ServiceModel model, string operationName, System.Text.Json.Nodes.JsonObject input, string where)
    {
        var shape = model.Operations.TryGetValue(operationName, out var operation) ? operation.Input : null;
        return input.Where(pair => shape is null || !shape.Members.ContainsKey(pair.Key))
            .Select(pair => $"{where}: input '{pair.Key}' is not a member of {shape?.Name ?? "an empty input"}");
    }

    // The operation exists, its input names real members, its tokens pair, and its items resolve.
    private static bool Call(ServiceModel model, CatalogCall call, string where, out ShapeMatch? shapes, out List<string> problems)
    {
        problems = [];
        shapes = null;
        if (!model.Operations.TryGetValue(call.Operation, out var operation))
        {
            problems.Add($"{where}: the {model.Name} model has no operation {call.Operation} (add it to ApiModels/operations.txt and run trim.py)");
            return false;
        }

        problems.AddRange(Inputs(model, call.Operation, call.Input, where));
        problems.AddRange(call.Absent.Where(code => !Modelled(model, code) && !UnmodelledErrors.Documents(model.Name, code))
            .Select(code => $"{where}: absent error '{code}' is neither an error of the {model.Name} model nor one UnmodelledErrors documents"));

        if (operation.Paginator is { } paginator && paginator.InputTokens.Count != paginator.OutputTokens.Count)
        {
            problems.Add($"{where}: paginator tokens do not pair ({paginator.InputTokens.Count} in, {paginator.OutputTokens.Count} out)");
        }

        // A select keeps what its path reaches (a list stays a list); items paths yield a list's elements.
        var select = call.Items is null && call is CatalogDetail { Select: { } selected } ? selected : null;
        var path = call.Items ?? select ?? (operation.Paginator is { ResultKeys.Count: > 0 } pages ? pages.ResultKeys[0] : null);
        if (operation.Output is null)
        {
            problems.Add($"{where}: {call.Operation} has no output");
            return false;
        }

        if (path is null)
        {
            shapes = new ShapeMatch(operation.Output, operation.Output);
            return call is CatalogDetail;
        }

        var parsed = DataPath.TryParse(path, out var error);
        shapes = select is null ? parsed?.ResolveItems(operation.Output, out error) : parsed?.Resolve(operation.Output, out error);

        if (error is not null)
        {
            problems.Add($"{where}: {error}");
        }

        return shapes is not null;
    }

    // A service's modelled errors are answered beyond the operations that list them (IAM's NoSuchEntity, Organizations' AWSOrganizationsNotInUseException).
    private static bool Modelled(ServiceModel model, string code) =>
        model.Operations.Values.SelectMany(o => o.Errors).Any(e => e.Name == code || e.ErrorCode == code);

    private sealed record FieldScope(Shape Item, Shape Parent, IReadOnlyList<string> Keys, Shape? Outer)
    {
        public IEnumerable<string> Check(string template, string where)
        {
            foreach (var filter in Template.Filters(template).Where(f => !Transforms.Names.Contains(f)))
            {
                yield return $"{where}: no transform is named '{filter}'";
            }

            foreach (var field in Template.Fields(template))
            {
                var ok = field switch
                {
                    _ when Template.Words.Contains(field) => true,
                    "." => Item.Type is not ShapeType.Structure,
                    "^^.." => Outer is not null && Outer.Type is not ShapeType.Structure,
                    _ when field.StartsWith("^^.", StringComparison.Ordinal) => Outer is not null && Resolves(Outer, field[3..]),
                    _ when field.StartsWith("^.", StringComparison.Ordinal) => Resolves(Parent, field[2..]),
                    _ when field.StartsWith('@') => Keys.Contains(field[1..].Split('.')[0]),
                    _ => Resolves(Item, field),
                };
                if (!ok)
                {
                    yield return $"{where}: '{{{field}}}' is not a field of {(field.StartsWith("^.", StringComparison.Ordinal) ? Parent.Name : Item.Name)} nor an earlier follow-up";
                }
                else if (Sensitive(field))
                {
                    // A template copies its value past the redaction of sensitive shapes (a secret in an arn or an added key).
                    yield return $"{where}: '{{{field}}}' is a value the model marks sensitive";
                }
            }
        }

        private bool Sensitive(string field) => field switch
        {
            _ when Template.Words.Contains(field) || field.StartsWith('@') || field.StartsWith("^^", StringComparison.Ordinal) || field == "." => false,
            _ when field.StartsWith("^.", StringComparison.Ordinal) => Target(Parent, field[2..]) is { Sensitive: true },
            _ => Target(Item, field) is { Sensitive: true },
        };

        /// <summary>A path of the item (a policy's place): it parses, reaches a shape, and that shape is not sensitive.</summary>
        public IEnumerable<string> CheckPath(string path, string where)
        {
            var target = DataPath.TryParse(path, out var error)?.Resolve(Item, out error);
            return error is not null ? [$"{where}: {error}"]
                : target is { Shape.Sensitive: true } ? [$"{where}: '{path}' is a value the model marks sensitive"]
                : [];
        }

        private static bool Resolves(Shape shape, string path) => Target(shape, path) is not null;

        // The shape a field's path reaches, or null when it reaches none (or does not parse).
        private static Shape? Target(Shape shape, string path) => DataPath.TryParse(path, out _)?.Resolve(shape, out _)?.Shape;
    }
}
