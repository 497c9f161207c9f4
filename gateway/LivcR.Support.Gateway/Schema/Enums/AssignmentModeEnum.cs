using GraphQL.Types;
using LivcR.Support.Contracts.Assignment;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of the assignment modes.</summary>
public sealed class AssignmentModeEnum : EnumerationGraphType<AssignmentMode>
{
    /// <summary>Creates the type.</summary>
    public AssignmentModeEnum()
    {
        Name = "AssignmentMode";
        Description = "How new tickets get an assignee: OFF, ROUND_ROBIN (in turn within the category), FEWEST_OPEN (the one with the fewest tickets to handle).";
    }
}
