using GraphQL.Types;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a group's settings.</summary>
public sealed class GroupInputType : InputObjectGraphType<CommunitySettings>
{
    /// <summary>Creates the type.</summary>
    public GroupInputType()
    {
        Name = "NetworkGroupInput";
        Description = "What a group is.";
        Field<NonNullGraphType<CommunityKindEnum>>("kind").Description("WORKING_GROUP, KNOWLEDGE_GROUP or INTERVISION.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name, 3 to 120 characters.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("Description, 10 to 4000 characters (what non-members see).");
        Field<IntGraphType>("capacity").Description("Most members (1 to 500), or none.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new CommunitySettings(
        InputValues.Value<CommunityKind>(value, "kind") ?? CommunityKind.WorkingGroup, InputValues.Text(value, "name"), InputValues.Text(value, "description"),
        null, InputValues.Value<int>(value, "capacity"));
}
