using GraphQL.Types;
using LivcR.Support.Contracts.Assignment;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of the automatic assignment.</summary>
public sealed class TicketAssignmentType : ObjectGraphType<AssignmentView>
{
    /// <summary>Creates the type.</summary>
    public TicketAssignmentType()
    {
        Name = "TicketAssignment";
        Description = "How new tickets are assigned automatically; absent staff are skipped.";
        Field<NonNullGraphType<AssignmentModeEnum>>("mode").Description("The mode.").Resolve(ctx => ctx.Source.Mode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentRuleType>>>, IReadOnlyList<AssignmentRule>>("rules").Description("Who handles which category.").Resolve(ctx => ctx.Source.Rules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("absent").Description("Staff marked absent.").Resolve(ctx => ctx.Source.Absent);
    }
}

/// <summary>GraphQL type of one assignment rule.</summary>
public sealed class AssignmentRuleType : ObjectGraphType<AssignmentRule>
{
    /// <summary>Creates the type.</summary>
    public AssignmentRuleType()
    {
        Name = "AssignmentRule";
        Description = "The staff who get the tickets of a category; without a category, of every category without its own rule.";
        Field(r => r.Category, nullable: true).Description("The category key; null for the general rule.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("staffEmails").Description("The staff, in turn order.").Resolve(ctx => ctx.Source.StaffEmails);
    }
}

/// <summary>GraphQL type of a ticket moved on because of an absence.</summary>
public sealed class ReassignedTicketType : ObjectGraphType<ReassignedTicket>
{
    /// <summary>Creates the type.</summary>
    public ReassignedTicketType()
    {
        Name = "ReassignedTicket";
        Description = "A ticket whose absent assignee was replaced.";
        Field(r => r.Number).Description("The ticket.");
        Field(r => r.AssigneeEmail, nullable: true).Description("The new assignee; null when nobody else handles its category (left unassigned).");
    }
}
