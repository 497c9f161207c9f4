using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a ticket in a list.</summary>
public sealed class TicketSummaryType : ObjectGraphType<TicketSummary>
{
    /// <summary>Creates the type.</summary>
    public TicketSummaryType()
    {
        Name = "TicketSummary";
        Description = "A ticket in a list; query ticket(number) for its thread.";
        Field(t => t.Number).Description("The ticket number.");
        Field(t => t.Subject).Description("The subject.");
        Field<NonNullGraphType<TicketStatusEnum>, TicketStatus>("status").Description("Status.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<TicketPriorityEnum>, TicketPriority>("priority").Description("Priority.").Resolve(ctx => ctx.Source.Priority);
        Field(t => t.Category, nullable: true).Description("Category key.");
        Field(t => t.MunicipalityNisCode).Description("NIS code of the municipality.");
        Field(t => t.Province).Description("Province key.");
        Field(t => t.AssigneeEmail, nullable: true).Description("Assignee.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("tags").Description("Tags.").Resolve(ctx => ctx.Source.Tags);
        Field(t => t.Confidential).Description("Confidential.");
        Field(t => t.CreatedAt).Description("Submitted.");
        Field(t => t.UpdatedAt).Description("Last change.");
        Field(t => t.DueAt, nullable: true).Description("The earliest open SLA due time.");
        Field(t => t.SlaBreached).Description("An SLA breach was escalated.");
        Field(t => t.Version).Description("Version, for optimistic concurrency.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonalDataKindEnum>>>, IReadOnlyList<LivcR.Support.Contracts.Privacy.PersonalDataKind>>("personalDataKinds")
            .Description("The kinds of personal data found in the ticket's texts (redacted or flagged); empty when none.")
            .Resolve(ctx => ctx.Source.PersonalData ?? []);
    }
}
