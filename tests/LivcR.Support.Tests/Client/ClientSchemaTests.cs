using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using LivcR.Support.Client;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Client;

/// <summary>
/// The client's documents and wire types against the live schema of the gateway, so that a schema change that would
/// break the client (a renamed or removed field, a changed type or nullability, a new enum value, a new required input
/// field) fails the tests instead of an integration at run time.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class ClientSchemaTests(GatewayFixture fixture)
{
    /// <summary>Types of the client that are not GraphQL wire types.</summary>
    private static readonly Type[] NotOnTheSchema = [typeof(SupportError), typeof(SupportFile), typeof(TicketExportFilter)];

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The largest <c>first</c> the client lets a caller send, for lists not paged with <see cref="SupportClient.MaxPageSize"/>.</summary>
    private static readonly Dictionary<string, int> LargestFirst = new(StringComparer.Ordinal)
    {
        [nameof(Documents.GetMailOutbox)] = SupportClient.MaxMailListSize,
        [nameof(Documents.GetMailQuarantine)] = SupportClient.MaxMailListSize,
    };

    public static TheoryData<string> DocumentNames => new(Documents.All.Keys.Order(StringComparer.Ordinal));

    private IServiceProvider Services => fixture.Gateway.Services;

    private ISchema Schema
    {
        get
        {
            var schema = Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema;
        }
    }

    [Fact]
    public void Documents_AreAllFound()
    {
        Assert.True(Documents.All.Count >= 40, $"Only {Documents.All.Count} documents found.");
        Assert.Contains(nameof(Documents.GetTicket), Documents.All.Keys);
    }

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public async Task Document_WithSampleVariables_PassesTheGatewaysValidation(string name)
    {
        var errors = await ValidateAsync(name);

        Assert.True(errors.Count == 0, $"{name}: {string.Join(" | ", errors)}");
    }

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void Document_HasOneOperationNamedAfterItsConstant(string name)
    {
        var operations = Parse(Documents.All[name]).Definitions.OfType<GraphQLOperationDefinition>().ToList();

        Assert.Single(operations);
        Assert.Equal(name, operations[0].Name?.StringValue);
    }

    [Fact]
    public void Documents_SelectEveryObjectThroughOneFragment()
    {
        var problems = new List<string>();
        foreach (var (name, text) in Documents.All)
        {
            var document = Parse(text);
            foreach (var definition in document.Definitions.OfType<IHasSelectionSetNode>())
            {
                foreach (var selection in definition.SelectionSet!.Selections)
                {
                    if (selection is not GraphQLField field)
                    {
                        problems.Add($"{name}: only fields may be selected directly, found {selection.Kind}");
                    }
                    else if (field.SelectionSet is { } nested && (nested.Selections.Count != 1 || nested.Selections[0] is not GraphQLFragmentSpread))
                    {
                        problems.Add($"{name}: '{field.Name.StringValue}' must select exactly one fragment");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Fragments_SelectExactlyTheMembersOfTheirRecords_WithTheSchemasTypesAndNullability()
    {
        var fragments = AllFragments();
        var schema = Schema;
        var problems = new List<string>();
        foreach (var fragment in fragments.Values)
        {
            var fragmentName = fragment.FragmentName.Name.StringValue;
            var typeName = fragment.TypeCondition.Type.Name.StringValue;
            var record = ClientType(fragmentName.EndsWith("Fields", StringComparison.Ordinal) ? fragmentName[..^"Fields".Length] : fragmentName);
            if (record is null || schema.AllTypes[typeName] is not IComplexGraphType schemaType)
            {
                problems.Add($"{fragmentName}: needs a client record named {fragmentName[..^"Fields".Length]} and a schema type {typeName}");
                continue;
            }

            var members = Members(record);
            var selected = fragment.SelectionSet.Selections.OfType<GraphQLField>().ToDictionary(f => f.Name.StringValue, StringComparer.Ordinal);
            problems.AddRange(members.Keys.Except(selected.Keys).Select(m => $"{fragmentName}: {record.Name}.{members[m].Name} is not selected"));
            problems.AddRange(selected.Keys.Except(members.Keys).Select(f => $"{fragmentName}: '{f}' is selected but {record.Name} has no member for it"));
            foreach (var (fieldName, field) in selected.Where(s => members.ContainsKey(s.Key)))
            {
                if (schemaType.GetField(fieldName)?.ResolvedType is not { } fieldType)
                {
                    problems.Add($"{fragmentName}: {typeName}.{fieldName} is not in the schema");
                    continue;
                }

                var spread = (field.SelectionSet?.Selections.SingleOrDefault() as GraphQLFragmentSpread)?.FragmentName.Name.StringValue;
                if (spread is not null && fragments.TryGetValue(spread, out var nested) && nested.TypeCondition.Type.Name.StringValue != fieldType.GetNamedType().Name)
                {
                    problems.Add($"{fragmentName}: {typeName}.{fieldName} is a {fieldType.GetNamedType().Name}, but {spread} is on {nested.TypeCondition.Type.Name.StringValue}");
                }

                var expected = Describe(fieldType, spread?[..^"Fields".Length]);
                var actual = Describe(Nullability.Create(members[fieldName]));
                if (expected != actual)
                {
                    problems.Add($"{fragmentName}: {typeName}.{fieldName} is {expected} in the schema, {actual} in {record.Name}");
                }
            }
        }

        Assert.True(fragments.Count >= 20, $"Only {fragments.Count} fragments found.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void InputRecords_MatchTheSchemasInputTypes()
    {
        var schema = Schema;
        var problems = new List<string>();
        var inputs = WireRecords().Where(t => schema.AllTypes[t.Name] is IInputObjectGraphType).ToList();
        foreach (var record in inputs)
        {
            var input = (IInputObjectGraphType)schema.AllTypes[record.Name]!;
            var members = Members(record);
            foreach (var (name, property) in members)
            {
                var field = input.GetField(name);
                var expected = field?.ResolvedType is { } type ? Describe(type, null) : "(missing)";
                var actual = Describe(Nullability.Create(property));
                if (expected != actual)
                {
                    problems.Add($"{record.Name}.{property.Name} is {actual}, the schema's {input.Name}.{name} is {expected}");
                }
            }

            problems.AddRange(input.Fields
                .Where(f => f.ResolvedType is NonNullGraphType && f.DefaultValue is null && !members.ContainsKey(f.Name))
                .Select(f => $"{input.Name}.{f.Name} is required by the schema but {record.Name} cannot send it"));
        }

        Assert.Equal(
            [
                "AssignmentRuleInput", "LivcrContactInput", "LivcrProfileInput", "LivcrRoleInput", "NetworkGroupInput", "NetworkInvitationInput", "NetworkMeetingInput",
                "SubmitHelpdeskRequestInput", "TicketFilter", "TicketQueueFilter", "TicketTriageInput", "TrainingInput", "TrainingParticipantInput", "TrainingSessionInput",
            ],
            inputs.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Enums_HaveExactlyTheSchemasValues()
    {
        var schema = Schema;
        var problems = new List<string>();
        var enums = typeof(SupportClient).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToList();
        foreach (var type in enums)
        {
            var client = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? $"({f.Name} has no schema name)")
                .Order(StringComparer.Ordinal)
                .ToList();
            if (schema.AllTypes[type.Name] is not EnumerationGraphType schemaEnum)
            {
                problems.Add($"{type.Name} is not an enum of the schema");
                continue;
            }

            var server = schemaEnum.Values.Select(v => v.Name).Order(StringComparer.Ordinal).ToList();
            if (!client.SequenceEqual(server))
            {
                problems.Add($"{type.Name}: client [{string.Join(", ", client)}], schema [{string.Join(", ", server)}]");
            }
        }

        Assert.Equal(22, enums.Count);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void WireRecords_AreEachCheckedAsAFragmentOrAnInput()
    {
        var schema = Schema;
        var fragmentRecords = AllFragments().Keys.Select(name => name[..^"Fields".Length]).ToHashSet(StringComparer.Ordinal);

        var uncovered = WireRecords()
            .Where(t => !fragmentRecords.Contains(t.Name) && schema.AllTypes[t.Name] is not IInputObjectGraphType)
            .Select(t => t.Name)
            .ToList();

        Assert.True(uncovered.Count == 0, "Not checked against the schema: " + string.Join(", ", uncovered));
    }

    /// <summary>Validates a document as the gateway would, with a sample value for every variable (page sizes at the client's maximum).</summary>
    private async Task<IReadOnlyList<string>> ValidateAsync(string name)
    {
        var schema = Schema;
        var document = Services.GetRequiredService<IDocumentBuilder>().Build(Documents.All[name]);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var sample = operation.Variables?.ToDictionary(v => v.Variable.Name.StringValue, v => Sample(schema, v.Type, v.Variable.Name.StringValue))
            ?? [];
        if (LargestFirst.TryGetValue(name, out var first) && sample.ContainsKey("first"))
        {
            sample["first"] = first;
        }
        var variables = Services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(JsonSerializer.Serialize(sample)) ?? Inputs.Empty;
        using var scope = Services.CreateScope();
        var result = await Services.GetRequiredService<IDocumentValidator>().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules.Concat(Services.GetServices<IValidationRule>()).ToList(),
            Variables = variables,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(),
            Metrics = Metrics.None,
        });
        return result.Errors.Select(e => $"{e.Code}: {e.Message}").ToList();
    }

    /// <summary>A value of a variable's type: required input fields filled, page sizes at the client's maximum.</summary>
    private static object? Sample(ISchema schema, GraphQLType type, string name) => type switch
    {
        GraphQLNonNullType nonNull => Sample(schema, nonNull.Type, name),
        GraphQLListType list => new[] { Sample(schema, list.Type, name) },
        GraphQLNamedType named => schema.AllTypes[named.Name.StringValue] switch
        {
            EnumerationGraphType e => e.Values.First().Name,
            IInputObjectGraphType input => input.Fields
                .Where(f => f.ResolvedType is NonNullGraphType)
                .ToDictionary(f => f.Name, f => SampleOf(schema, f.ResolvedType!)),
            var scalar => scalar?.Name switch
            {
                "Int" => name == "first" ? SupportClient.MaxPageSize : 1,
                "Long" => 1L,
                "Float" => 1.5,
                "Boolean" => true,
                "DateTimeOffset" => "2026-01-01T00:00:00+01:00",
                "DateOnly" => "2026-01-01",
                "Decimal" => 12.5m,
                _ => "44021",
            },
        },
        _ => null,
    };

    private static object? SampleOf(ISchema schema, IGraphType type) => type switch
    {
        NonNullGraphType nonNull => SampleOf(schema, nonNull.ResolvedType!),
        ListGraphType list => new[] { SampleOf(schema, list.ResolvedType!) },
        EnumerationGraphType e => e.Values.First().Name,
        _ => Sample(schema, new GraphQLNamedType(new GraphQLName(type.Name)), string.Empty),
    };

    /// <summary>The type as the schema gives it, e.g. <c>[string!]!</c>; object types by the client record their fragment names.</summary>
    private static string Describe(IGraphType type, string? record) => type switch
    {
        NonNullGraphType nonNull => Describe(nonNull.ResolvedType!, record) + "!",
        ListGraphType list => "[" + Describe(list.ResolvedType!, record) + "]",
        IObjectGraphType when record is not null => record,
        _ => type.Name switch
        {
            "String" or "ID" => "string",
            "Int" => "int",
            "Long" => "long",
            "Float" => "double",
            "Boolean" => "bool",
            var other => other,
        },
    };

    /// <summary>The C# member's type in the same notation: non-nullable gets <c>!</c>, <c>IReadOnlyList&lt;T&gt;</c> is <c>[T]</c>.</summary>
    private static string Describe(NullabilityInfo info)
    {
        var underlying = Nullable.GetUnderlyingType(info.Type);
        var type = underlying ?? info.Type;
        var nullable = underlying is not null || (!type.IsValueType && info.ReadState != NullabilityState.NotNull);
        var core = type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(int) => "int",
            _ when type == typeof(long) => "long",
            _ when type == typeof(double) => "double",
            _ when type == typeof(bool) => "bool",
            { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => "[" + Describe(info.GenericTypeArguments[0]) + "]",
            _ => type.Name,
        };
        return nullable ? core : core + "!";
    }

    /// <summary>Every fragment of every document, by name (a name always means the same selection).</summary>
    private static Dictionary<string, GraphQLFragmentDefinition> AllFragments()
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var text in Documents.All.Values)
        {
            foreach (var fragment in Parse(text).Definitions.OfType<GraphQLFragmentDefinition>())
            {
                var name = fragment.FragmentName.Name.StringValue;
                if (fragments.TryGetValue(name, out var seen))
                {
                    Assert.Equal(Selection(seen), Selection(fragment));
                }

                fragments[name] = fragment;
            }
        }

        return fragments;
    }

    private static string Selection(GraphQLFragmentDefinition fragment) =>
        fragment.TypeCondition.Type.Name.StringValue + ":" + string.Join(",", fragment.SelectionSet.Selections.OfType<GraphQLField>().Select(f =>
            f.Name.StringValue + (f.SelectionSet?.Selections.SingleOrDefault() is GraphQLFragmentSpread s ? "/" + s.FragmentName.Name.StringValue : string.Empty)));

    private static GraphQLDocument Parse(string text) => GraphQLParser.Parser.Parse(text);

    private static Type? ClientType(string name) =>
        typeof(SupportClient).Assembly.GetExportedTypes().SingleOrDefault(t => t.Name == name && t.Namespace == typeof(SupportClient).Namespace);

    /// <summary>The public records of the client that travel as GraphQL values.</summary>
    private static IEnumerable<Type> WireRecords() =>
        typeof(SupportClient).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && t.GetMethod("<Clone>$") is not null && !NotOnTheSchema.Contains(t));

    /// <summary>A record's serialised members by JSON name (camelCase, as the client writes and reads them).</summary>
    private static Dictionary<string, PropertyInfo> Members(Type record) =>
        record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);
}
