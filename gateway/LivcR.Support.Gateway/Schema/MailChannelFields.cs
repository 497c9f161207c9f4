using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Mail.Outbox;

namespace LivcR.Support.Gateway.Schema;

/// <summary>The root fields of the email channel's machinery: the outbox, the quarantine, the mailbox readers.</summary>
public static class MailChannelFields
{
    /// <summary>Adds the queries.</summary>
    public static void AddMailChannelFields(this SupportQuery query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutboxMailType>>>, IReadOnlyList<OutboxEntry>>("mailOutbox")
            .Description("Staff: mail the system accepted for sending, newest first; FAILED ones can be sent again with retryOutboxMail.")
            .Argument<OutboxMailStatusEnum>("status", "Only mail with this status.")
            .Argument<IntGraphType>("first", "How many, 1 to 200 (default 50); a full page of 200 stays within the complexity limit.")
            .ResolveAsync(async ctx => await Service(ctx).OutboxAsync(ctx.GetArgument<OutboxMailStatus?>("status"), ctx.GetArgument("first", 50)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuarantinedMailType>>>, IReadOnlyList<QuarantineEntry>>("mailQuarantine")
            .Description("Staff: incoming mail that could not be handled, newest first, with the reason (default: the ones still waiting).")
            .Argument<QuarantineStatusEnum>("status", "Only mail with this status (default QUARANTINED).")
            .Argument<IntGraphType>("first", "How many, 1 to 200 (default 50); a full page of 200 stays within the complexity limit.")
            .ResolveAsync(async ctx => await Service(ctx).QuarantineAsync(ctx.GetArgument("status", QuarantineStore.Quarantined), ctx.GetArgument("first", 50)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MailboxStatusType>>>, IReadOnlyList<MailboxStatus>>("mailboxes")
            .Description("Staff and admins: the readers of the configured mailboxes (connected, waiting, reconnecting with the last error).")
            .ResolveAsync(async ctx => await Service(ctx).MailboxesAsync());
    }

    /// <summary>Adds the mutations.</summary>
    public static void AddMailChannelFields(this SupportMutation mutation)
    {
        mutation.Field<NonNullGraphType<OutboxMailType>, OutboxEntry>("retryOutboxMail")
            .Description("Staff: sends a failed, suppressed or held mail again, with a fresh count of attempts. CONFLICT when it was sent or is queued already.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The outbox id.")
            .ResolveAsync(async ctx => await Service(ctx).RetryAsync(ctx.GetArgument<string>("id")));

        mutation.Field<NonNullGraphType<QuarantinedMailType>, QuarantineEntry>("releaseQuarantinedMail")
            .Description("Staff: turns a quarantined mail into a new ticket (its ticketNumber is set). CONFLICT when it was decided on already or its content was not kept.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The quarantine id.")
            .ResolveAsync(async ctx => await Service(ctx).ReleaseAsync(ctx.GetArgument<string>("id")));

        mutation.Field<NonNullGraphType<QuarantinedMailType>, QuarantineEntry>("discardQuarantinedMail")
            .Description("Staff: throws a quarantined mail away (its content is deleted; the record stays). CONFLICT when it was decided on already.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The quarantine id.")
            .ResolveAsync(async ctx => await Service(ctx).DiscardAsync(ctx.GetArgument<string>("id")));

        mutation.Field<NonNullGraphType<TicketType>, TicketView>("setTicketMunicipality")
            .Description("Staff: files a ticket under a municipality, e.g. one that came by mail from an unknown sender (the onbekende-afzender tag goes).")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<NonNullGraphType<StringGraphType>>("nisCode", "The municipality's NIS code.")
            .ResolveAsync(async ctx => await Service(ctx).SetTicketMunicipalityAsync(ctx.GetArgument<string>("number"), ctx.GetArgument<string>("nisCode")));
    }

    private static MailChannelService Service(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<MailChannelService>();
}
