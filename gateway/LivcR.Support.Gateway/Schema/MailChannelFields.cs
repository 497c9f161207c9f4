using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services;
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
            .Argument<IntGraphType>("first", "How many, 1 to 500 (default 50).")
            .ResolveAsync(async ctx => await Service(ctx).OutboxAsync(ctx.GetArgument<OutboxMailStatus?>("status"), ctx.GetArgument("first", 50)));
    }

    /// <summary>Adds the mutations.</summary>
    public static void AddMailChannelFields(this SupportMutation mutation)
    {
        mutation.Field<NonNullGraphType<OutboxMailType>, OutboxEntry>("retryOutboxMail")
            .Description("Staff: sends a failed, suppressed or held mail again, with a fresh count of attempts. CONFLICT when it was sent or is queued already.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The outbox id.")
            .ResolveAsync(async ctx => await Service(ctx).RetryAsync(ctx.GetArgument<string>("id")));
    }

    private static MailChannelService Service(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<MailChannelService>();
}
