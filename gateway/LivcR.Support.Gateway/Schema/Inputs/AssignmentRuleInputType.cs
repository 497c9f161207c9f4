using GraphQL.Types;
using LivcR.Support.Contracts.Assignment;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of one assignment rule.</summary>
public sealed class AssignmentRuleInputType : InputObjectGraphType<AssignmentRule>
{
    /// <summary>Creates the type.</summary>
    public AssignmentRuleInputType()
    {
        Name = "AssignmentRuleInput";
        Description = "The staff who get the tickets of a category (leave category out for the general rule).";
        Field<StringGraphType>("category").Description("The category key.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("staffEmails").Description("Staff addresses, in turn order.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new AssignmentRule(
            value.TryGetValue("category", out var category) ? category as string : null,
            value.TryGetValue("staffEmails", out var emails) && emails is IEnumerable<object?> list ? [.. list.OfType<string>()] : []);
}
