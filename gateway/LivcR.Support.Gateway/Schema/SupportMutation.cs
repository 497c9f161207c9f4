using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Schema.Inputs;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Schema;

/// <summary>The root mutation. All but the two sign-in fields need a signed-in caller.</summary>
public sealed class SupportMutation : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public SupportMutation()
    {
        Name = "Mutation";
        Description = "Change the helpdesk and the network.";

        Field<NonNullGraphType<BooleanGraphType>, bool>("requestSignInCode")
            .Description("Mails a one-time sign-in code (valid 10 minutes) when the address belongs to a known person. Always true, so it reveals nobody.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "Your email address.")
            .ResolveAsync(async ctx => await Service<SignInService>(ctx).RequestCodeAsync(ctx.GetArgument<string>("email")));

        Field<NonNullGraphType<SignInResultType>, SignInResult>("signIn")
            .Description("Exchanges a sign-in code for an access token. UNAUTHENTICATED when the code is wrong, used or expired.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "Your email address.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The six-digit code from the mail.")
            .ResolveAsync(async ctx => await Service<SignInService>(ctx).SignInAsync(ctx.GetArgument<string>("email"), ctx.GetArgument<string>("code")));

        Field<NonNullGraphType<TicketType>, TicketView>("submitHelpdeskRequest")
            .Description("A municipality asks VVSG a question; returns the new ticket. BAD_USER_INPUT when the input is wrong (nothing is created).")
            .Argument<NonNullGraphType<SubmitHelpdeskRequestInputType>>("input", "The question.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).SubmitAsync(ctx.GetArgument<HelpdeskRequest>("input")));

        Field<NonNullGraphType<TicketType>, TicketView>("setTicketConfidential")
            .Description("The requester or staff: only the requester and staff see a confidential ticket.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<NonNullGraphType<BooleanGraphType>>("confidential", "Confidential or not.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).SetConfidentialAsync(ctx.GetArgument<string>("number"), ctx.GetArgument<bool>("confidential")));

        Field<NonNullGraphType<TicketType>, TicketView>("replyToTicket")
            .Description("A public answer (municipality or staff). A municipality's reply reopens a waiting or resolved ticket; on a closed one it starts a linked follow-up ticket, which is returned.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<NonNullGraphType<StringGraphType>>("body", "The message.")
            .Argument<IntGraphType>("expectedVersion", "The version you saw; CONFLICT when the ticket changed since.")
            .Argument<StringGraphType>("clientRequestId", SubmitHelpdeskRequestInputType.ClientRequestIdDescription)
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).ReplyAsync(
                ctx.GetArgument<string>("number"), ctx.GetArgument<string>("body"), ctx.GetArgument<int?>("expectedVersion"), ctx.GetArgument<string?>("clientRequestId")));

        Field<NonNullGraphType<TicketType>, TicketView>("closeTicket")
            .Description("The municipality (or staff) closes its question: solved, thanks. From an open status it passes RESOLVED first. CONFLICT when already closed or on a stale version.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<IntGraphType>("expectedVersion", "The version you saw; CONFLICT when the ticket changed since.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).SetByRequesterAsync(ctx.GetArgument<string>("number"), close: true, ctx.GetArgument<int?>("expectedVersion")));

        Field<NonNullGraphType<TicketType>, TicketView>("reopenTicket")
            .Description("The municipality (or staff) reopens a RESOLVED ticket that is not solved after all. CONFLICT for any other status (a closed ticket takes a reply, which starts a follow-up) or on a stale version.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<IntGraphType>("expectedVersion", "The version you saw; CONFLICT when the ticket changed since.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).SetByRequesterAsync(ctx.GetArgument<string>("number"), close: false, ctx.GetArgument<int?>("expectedVersion")));

        Field<NonNullGraphType<PersonErasureType>, Services.Privacy.PersonErasureResult>("erasePerson")
            .Description("Admins: erases a person everywhere (GDPR art. 17): tickets keep their content but the person becomes \"Verwijderde gebruiker\"; memberships, invitations and join requests go; registrations lose name and address; the profile is deleted. CONFLICT while they hold a role, BAD_USER_INPUT for yourself, NOT_FOUND when nothing is stored. Audited.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .ResolveAsync(async ctx => await Service<Services.Privacy.PersonDataService>(ctx).EraseAsync(ctx.GetArgument<string>("email")));

        Field<NonNullGraphType<TicketType>, TicketView>("setTicketLegalHold")
            .Description("Staff: legal hold keeps a ticket from being anonymised when its retention period ends (Privacy:RetentionMonths after closing); lift it to let retention go on. CONFLICT once anonymised or on a stale version.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<NonNullGraphType<BooleanGraphType>>("hold", "True to hold, false to lift the hold.")
            .Argument<IntGraphType>("expectedVersion", "The version you saw; CONFLICT when the ticket changed since.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).SetLegalHoldAsync(ctx.GetArgument<string>("number"), ctx.GetArgument<bool>("hold"), ctx.GetArgument<int?>("expectedVersion")));

        Field<NonNullGraphType<TicketType>, TicketView>("addInternalNote")
            .Description("Staff: a note only staff see; never mailed.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<NonNullGraphType<StringGraphType>>("body", "The note.")
            .Argument<IntGraphType>("expectedVersion", "The version you saw.")
            .Argument<StringGraphType>("clientRequestId", SubmitHelpdeskRequestInputType.ClientRequestIdDescription)
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).AddNoteAsync(
                ctx.GetArgument<string>("number"), ctx.GetArgument<string>("body"), ctx.GetArgument<int?>("expectedVersion"), ctx.GetArgument<string?>("clientRequestId")));

        Field<NonNullGraphType<TicketType>, TicketView>("redactTicketEntry")
            .Description("Staff: removes a text (every exact occurrence) from one entry of the thread; it becomes [verwijderd] in the ticket, the lists, the search and the mail the entry came with. Recorded in the audit trail and as a system event (who, never what). BAD_USER_INPUT when the entry does not contain the text.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<NonNullGraphType<IntGraphType>>("entryId", "The entry's id (TicketEntry.id).")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The exact text to remove, as it stands in the entry.")
            .Argument<IntGraphType>("expectedVersion", "The version you saw; CONFLICT when the ticket changed since.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).RedactEntryAsync(
                ctx.GetArgument<string>("number"), ctx.GetArgument<int>("entryId"), ctx.GetArgument<string>("text"), ctx.GetArgument<int?>("expectedVersion")));

        Field<NonNullGraphType<BooleanGraphType>, bool>("announceTicketPresence")
            .Description("Staff: tells the other staff on the ticket (through ticketChanged) that you have it open, or are writing; not stored. Send it again every half minute while it holds.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<BooleanGraphType>("composing", "True while you write an answer or a note (default false: viewing).")
            .ResolveAsync(async ctx =>
            {
                await Service<TicketService>(ctx).AnnouncePresenceAsync(ctx.GetArgument<string>("number"), ctx.GetArgument("composing", false));
                return true;
            });

        Field<NonNullGraphType<TicketAssignmentType>, LivcR.Support.Contracts.Assignment.AssignmentView>("saveTicketAssignment")
            .Description("Administrators: the mode and who handles which category; takes effect for the next new ticket.")
            .Argument<NonNullGraphType<AssignmentModeEnum>>("mode", "The mode.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentRuleInputType>>>>("rules", "Rules per category; one without category covers the rest.")
            .ResolveAsync(async ctx => await Service<AssignmentService>(ctx).SaveAsync(
                ctx.GetArgument<LivcR.Support.Contracts.Assignment.AssignmentMode>("mode"),
                ctx.GetArgument<List<LivcR.Support.Contracts.Assignment.AssignmentRule>>("rules")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReassignedTicketType>>>, IReadOnlyList<LivcR.Support.Contracts.Assignment.ReassignedTicket>>("setStaffAbsence")
            .Description("Marks a staff member absent (skipped by the assignment; their tickets to handle go to a colleague) or back. Staff for themselves, administrators for anyone.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The staff member.")
            .Argument<NonNullGraphType<BooleanGraphType>>("absent", "True: absent; false: back.")
            .ResolveAsync(async ctx => await Service<AssignmentService>(ctx).SetAbsentAsync(ctx.GetArgument<string>("email"), ctx.GetArgument<bool>("absent")));

        Field<NonNullGraphType<TicketType>, TicketView>("triageTicket")
            .Description("Staff: status, priority, category, prevention level, assignee, tags.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<NonNullGraphType<TicketTriageInputType>>("input", "The changes.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).TriageAsync(ctx.GetArgument<string>("number"), ctx.GetArgument<TicketTriage>("input")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BulkTicketResultType>>>, IReadOnlyList<BulkTicketResult>>("bulkTriageTickets")
            .Description("Staff: the same triage on up to 200 tickets; each succeeds or fails on its own.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("numbers", "The ticket numbers.")
            .Argument<NonNullGraphType<TicketTriageInputType>>("input", "The changes (expectedVersion is ignored).")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).BulkTriageAsync(
                ctx.GetArgument<List<string>>("numbers"), ctx.GetArgument<TicketTriage>("input") with { ExpectedVersion = null }));

        Field<NonNullGraphType<TicketType>, TicketView>("linkTickets")
            .Description("Staff: links two related tickets (both ways).")
            .Argument<NonNullGraphType<StringGraphType>>("number", "One ticket.")
            .Argument<NonNullGraphType<StringGraphType>>("otherNumber", "The other ticket.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).LinkAsync(ctx.GetArgument<string>("number"), ctx.GetArgument<string>("otherNumber"), linked: true));

        Field<NonNullGraphType<TicketType>, TicketView>("unlinkTickets")
            .Description("Staff: removes the link between two tickets.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "One ticket.")
            .Argument<NonNullGraphType<StringGraphType>>("otherNumber", "The other ticket.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).LinkAsync(ctx.GetArgument<string>("number"), ctx.GetArgument<string>("otherNumber"), linked: false));

        Field<NonNullGraphType<TicketType>, TicketView>("mergeTickets")
            .Description("Staff: merges the source into the target; the source closes with a pointer, its messages and notes appear in the target. Returns the target.")
            .Argument<NonNullGraphType<StringGraphType>>("sourceNumber", "The ticket that goes away.")
            .Argument<NonNullGraphType<StringGraphType>>("targetNumber", "The ticket that stays.")
            .Argument<IntGraphType>("expectedVersion", "The source version you saw.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).MergeAsync(ctx.GetArgument<string>("sourceNumber"), ctx.GetArgument<string>("targetNumber"), ctx.GetArgument<int?>("expectedVersion")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketListViewType>>>, IReadOnlyList<TicketListView>>("saveTicketView")
            .Description("Staff: saves a named ticket list (filter and order) for yourself; same name replaces.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The list's name.")
            .Argument<NonNullGraphType<TicketFilterInputType>>("filter", "Which tickets.")
            .Argument<TicketOrderEnum>("orderBy", "The order (default DUE_AT).")
            .ResolveAsync(async ctx => await Service<TicketViewService>(ctx).SaveAsync(
                ctx.GetArgument<string>("name"), ctx.GetArgument<TicketFilter>("filter"), ctx.GetArgument("orderBy", TicketOrder.DueAt)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketListViewType>>>, IReadOnlyList<TicketListView>>("deleteTicketView")
            .Description("Staff: deletes one of your saved lists.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The list's name.")
            .ResolveAsync(async ctx => await Service<TicketViewService>(ctx).DeleteAsync(ctx.GetArgument<string>("name")));

        Field<NonNullGraphType<PersonType>, PersonView>("savePerson")
            .Description("Admins: creates a person or changes their name.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The full name.")
            .ResolveAsync(async ctx => await Service<PeopleService>(ctx).SaveAsync(ctx.GetArgument<string>("email"), ctx.GetArgument<string>("name")));

        Field<NonNullGraphType<PersonType>, PersonView>("grantRole")
            .Description("Admins: gives a person a role with its scope.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .Argument<NonNullGraphType<RoleEnum>>("role", "The role.")
            .Argument<StringGraphType>("scope", "NIS code for MUNICIPAL, province key for ORGANISER, none otherwise.")
            .ResolveAsync(async ctx => await Service<PeopleService>(ctx).GrantAsync(ctx.GetArgument<string>("email"), Grant(ctx)));

        Field<NonNullGraphType<PersonType>, PersonView>("revokeRole")
            .Description("Admins: takes a role away.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .Argument<NonNullGraphType<RoleEnum>>("role", "The role.")
            .Argument<StringGraphType>("scope", "The role's scope.")
            .ResolveAsync(async ctx => await Service<PeopleService>(ctx).RevokeAsync(ctx.GetArgument<string>("email"), Grant(ctx)));

        foreach (var (name, kind, what) in new[] { ("saveTicketCategory", CatalogKind.Category, "ticket category"), ("savePreventionLevel", CatalogKind.PreventionLevel, "prevention level") })
        {
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEntryType>>>, IReadOnlyList<CatalogEntry>>(name)
                .Description($"Administrators: adds a {what}, or renames or retires (active: false) the one with that key. Returns the whole list. Keys are never removed: tickets keep them.")
                .Argument<NonNullGraphType<StringGraphType>>("key", "Stable key: 2-40 lower-case letters, digits and hyphens.")
                .Argument<NonNullGraphType<StringGraphType>>("label", "Dutch label, 1-100 characters.")
                .Argument<BooleanGraphType>("active", "False retires it (default true).")
                .ResolveAsync(async ctx => await Service<CatalogService>(ctx).SaveAsync(
                    kind, new CatalogEntry(ctx.GetArgument<string>("key"), ctx.GetArgument<string>("label"), ctx.GetArgument("active", true))));
        }

        this.AddMailDirectoryFields();
        this.AddMailChannelFields();
        this.AddNetworkFields();
    }

    private static RoleGrant Grant(IResolveFieldContext ctx) =>
        new(ctx.GetArgument<Role>("role"), ctx.GetArgument<string?>("scope")?.Trim().ToLowerInvariant());

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
