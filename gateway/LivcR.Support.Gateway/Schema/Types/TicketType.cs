using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a helpdesk ticket.</summary>
public sealed class TicketType : ObjectGraphType<TicketView>
{
    /// <summary>Creates the type.</summary>
    public TicketType()
    {
        Name = "Ticket";
        Description = "A question of a municipality to the VVSG helpdesk, with its thread.";
        Field(t => t.Number).Description("The ticket number, e.g. 2026-00042.");
        Field(t => t.Subject).Description("The subject.");
        Field<NonNullGraphType<TicketStatusEnum>, TicketStatus>("status").Description("Where the ticket stands.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<TicketPriorityEnum>, TicketPriority>("priority").Description("How urgent it is.").Resolve(ctx => ctx.Source.Priority);
        Field<MunicipalityType, MunicipalityInfo?>("municipality")
            .Description("The municipality that asked; null for a ticket that came by mail from an unknown sender (tag onbekende-afzender), until staff choose one.")
            .ResolveAsync(async ctx => string.IsNullOrEmpty(ctx.Source.MunicipalityNisCode)
                ? null
                : await ctx.RequestServices!.GetRequiredService<DirectoryService>().MunicipalityAsync(ctx.Source.MunicipalityNisCode));
        Field<NonNullGraphType<TicketPersonType>, TicketPerson>("requester").Description("Who asked.").Resolve(ctx => ctx.Source.Requester);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketMessageType>>>, IReadOnlyList<TicketMessageView>>("messages")
            .Description("The public messages, oldest first.")
            .Resolve(ctx => ctx.Source.Messages);
        Field(t => t.Confidential).Description("Only the requester and VVSG staff see a confidential ticket.");
        Field(t => t.Category, nullable: true).Description("Category key (see ticketCategories).");
        Field(t => t.PreventionLevel, nullable: true).Description("Prevention level key (see preventionLevels).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("tags").Description("Tags.").Resolve(ctx => ctx.Source.Tags);
        Field(t => t.AssigneeEmail, nullable: true).Description("The VVSG staff member handling it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("links").Description("Numbers of related tickets.").Resolve(ctx => ctx.Source.Links);
        Field(t => t.MergedInto, nullable: true).Description("The ticket this one was merged into.");
        Field(t => t.FirstResponseDue, nullable: true).Description("When a first answer is due (business hours); null once answered or while waiting for the municipality.");
        Field(t => t.ResolutionDue, nullable: true).Description("When a resolution is due (business hours); null once resolved or while waiting.");
        Field(t => t.FirstResponseAt, nullable: true).Description("When VVSG first answered.");
        Field(t => t.SlaBreached).Description("An SLA target was missed and escalated.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketSlaPauseType>>>, IReadOnlyList<TicketSlaPause>>("slaPauses")
            .Description("When the SLA clock stood still (waiting for the municipality), oldest first; due times leave these out.")
            .Resolve(ctx => ctx.Source.SlaPauses);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketAttachmentType>>>, IReadOnlyList<TicketAttachmentView>>("attachments")
            .Description("Attachments (metadata); internal ones only for staff.")
            .Resolve(ctx => ctx.Source.Attachments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketEntryType>>>, IReadOnlyList<TicketThreadEntry>>("entries")
            .Description("The whole thread, oldest first: messages, system events and (staff only) internal notes.")
            .Resolve(ctx => TicketThreadEntry.Of(ctx.Source));
        Field(t => t.LegalHold).Description("Under legal hold: not anonymised when the retention period ends.");
        Field(t => t.AnonymisedAt, nullable: true).Description("When retention anonymised the ticket (texts, attachments and the requester removed; figures kept); null before.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonalDataFlagType>>>, IReadOnlyList<LivcR.Support.Contracts.Privacy.PersonalDataFlag>>("personalDataFlags")
            .Description("Personal data the intake found in the ticket's texts (national register numbers, phone numbers, IBANs, other people's email addresses), per kind, redacted or flagged; empty when none was found.")
            .Resolve(ctx => ctx.Source.PersonalData ?? []);
        Field(t => t.CreatedAt).Description("When it was submitted.");
        Field(t => t.UpdatedAt).Description("Last change.");
        Field(t => t.Version).Description("Increases with every change; send it back with a change to detect conflicts.");
    }
}
