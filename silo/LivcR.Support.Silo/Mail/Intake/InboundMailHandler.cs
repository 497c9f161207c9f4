using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Outbox;
using LivcR.Support.Silo.Mail.Threading;
using LivcR.Support.Silo.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>
/// Handles one incoming mail: classify, read, find the sender, and hand it to the right ticket (new question, accepted
/// reply, follow-up of a closed ticket, automatic reply or bounce as a system event) — or say why it must be quarantined.
/// </summary>
/// <remarks>
/// <para>
/// Idempotent, so a crash anywhere means the mail is simply handled again: a new question's ticket number is recorded
/// (by dedupe key) before the ticket is opened; tickets drop a dedupe key they hold; attachments have ids derived from
/// the dedupe key. The caller moves the mail out of the inbox only after this returned.
/// </para>
/// <para>
/// The dedupe key pairs the Message-ID with a fingerprint of the mail (<see cref="MailDedupeKey"/>), so a different mail
/// that reuses a Message-ID is handled like any other mail — a ticket or a reply of its own — and gets a system event
/// saying so. The first mail that carried an id keeps it for threading (<see cref="InboundMailStore.FirstWithMessageIdAsync"/>).
/// A mail recorded before keys carried a fingerprint is recognised by its old key when its recorded text is this mail's
/// text (or was not recorded yet).
/// </para>
/// <para>
/// A reply is added only when <see cref="ReplyAcceptanceRule"/> accepts its sender for that ticket; otherwise it becomes a
/// new ticket and the referenced one is not touched. Automatic mail and bounces never open a ticket and are never answered.
/// Mail from the helpdesk's own addresses is quarantined (loop guard). Bodies are never logged.
/// </para>
/// </remarks>
public sealed partial class InboundMailHandler(
    MailClassifier classifier,
    SenderResolver resolver,
    MessageIdSigner signer,
    IGrainFactory grains,
    InboundMailStore store,
    OutboxStore threads,
    MailIdentity identity,
    MailIntakeHooks hooks,
    PersonalDataScreen privacy,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    ILogger<InboundMailHandler> logger)
{
    private const int MaxMergeHops = 5;

    /// <summary>Handles a mail read from <paramref name="mailbox"/>.</summary>
    /// <exception cref="Exception">Anything but a refusal by the tickets (database or cluster trouble): handle it again later.</exception>
    public async Task<MailHandling> HandleAsync(MimeMessage message, string mailbox)
    {
        var content = InboundContentReader.Read(message);
        var classification = classifier.Classify(message);
        classification = classification with { DedupeKey = await KeyAsync(message, classification.DedupeKey, content) };
        var key = classification.DedupeKey;
        try
        {
            var handling = await DecideAsync(classification, content, mailbox);
            Log(mailbox, key, handling);
            return handling;
        }
        catch (SupportException refused)
        {
            var handling = new MailHandling(MailHandlingOutcome.Quarantine, null, $"Geweigerd door het ticket: {refused.Message}");
            Log(mailbox, key, handling);
            return handling;
        }
    }

    /// <summary>Turns a quarantined mail into a new ticket, whatever it was classified as (staff decided).</summary>
    public async Task<string> ReleaseAsNewAsync(MimeMessage message, string dedupeKey, string mailbox)
    {
        var content = InboundContentReader.Read(message);
        if (content.From is null)
        {
            throw SupportException.BadInput("id", "Deze mail heeft geen afzender; ze kan geen ticket worden.");
        }

        var handling = await NewTicketAsync(content, dedupeKey, mailbox, await resolver.ResolveAsync(content.From.Address), followUpOf: null);
        Log(mailbox, dedupeKey, handling);
        return handling.TicketNumber!;
    }

    /// <summary>
    /// The mail's key; the key of the version before (its Message-ID alone, or the older hash) when that version recorded
    /// this very mail — its row holds the same text, or no text yet because it was read again before its handling finished.
    /// </summary>
    private async Task<string> KeyAsync(MimeMessage message, string key, InboundContent content)
    {
        var legacy = MailDedupeKey.LegacyFor(message);
        var recorded = await store.FindAsync([legacy]);
        return recorded.TryGetValue(legacy, out var row) && (row.FullText is null || string.Equals(row.FullText, content.Text, StringComparison.Ordinal))
            ? legacy
            : key;
    }

    private async Task<MailHandling> DecideAsync(MailClassification classification, InboundContent content, string mailbox)
    {
        var key = classification.DedupeKey;
        if (content.From is null)
        {
            return new MailHandling(MailHandlingOutcome.Quarantine, null, "De mail noemt geen afzender.");
        }

        if (identity.IsOwn(content.From.Address))
        {
            return new MailHandling(MailHandlingOutcome.Quarantine, null, "Afkomstig van een eigen adres van de helpdesk: niet verwerkt (lusbeveiliging).");
        }

        switch (classification.Kind)
        {
            case InboundMailKind.Bounce:
                return await BounceAsync(classification, key);
            case InboundMailKind.Automatic:
                return await AutomaticAsync(classification, content, key);
        }

        var number = classification.Ticket?.Ticket.ToString() ?? await threads.TicketOfAnyAsync(classification.References);
        var ticket = number is null ? null : await FindAsync(number);
        var sender = await resolver.ResolveAsync(content.From.Address);
        if (ticket is null)
        {
            return await NewTicketAsync(content, key, mailbox, sender, followUpOf: null, classification.NoAcknowledgement);
        }

        var decision = ReplyAcceptanceRule.Decide(sender, new TicketAccess(ticket.MunicipalityNisCode, ticket.Requester.Email, ticket.Confidential));
        if (!decision.Accepted)
        {
            // Quoting a ticket gives no access to it: the mail becomes a ticket of its own, the quoted one is not touched.
            LogRefusedReply(logger, mailbox, key, ticket.Number, decision.Reason);
            return await NewTicketAsync(content, key, mailbox, sender, followUpOf: null, classification.NoAcknowledgement);
        }

        // The ticket answers Closed itself, after its own dedupe check: a mail it already took stays a duplicate.
        var mail = await PrepareAsync(content, key, ticket.Number, MailTicketFactory.Author(content.From, sender), MailTicketFactory.ReplyText(content), mailbox);
        var receipt = await grains.GetGrain<ITicketGrain>(ticket.Number).ReceiveMailAsync(mail);
        if (receipt.Outcome == MailReceiptOutcome.Closed)
        {
            return await NewTicketAsync(content, key, mailbox, sender, ticket, classification.NoAcknowledgement);
        }

        return await AfterWriteAsync(receipt, content, key, mailbox, receipt.Outcome == MailReceiptOutcome.Duplicate ? MailHandlingOutcome.Duplicate : MailHandlingOutcome.Reply);
    }

    private async Task<MailHandling> NewTicketAsync(InboundContent content, string key, string mailbox, ResolvedSender sender, TicketView? followUpOf, string? noAcknowledgement = null)
    {
        var now = clock.GetUtcNow();
        // A mail read again keeps the number it was given first (ClaimAsync returns that one); the fresh number is then
        // left unused, which only leaves a gap in the series.
        var number = await store.ClaimAsync(key, mailbox, content.MessageId, await grains.HelpdeskIntake().ReserveNumberAsync(), now);
        var author = MailTicketFactory.Author(content.From!, sender);
        var request = MailTicketFactory.NewTicket(content, author, followUpOf?.MunicipalityNisCode ?? sender.MunicipalityNisCode, now, followUpOf?.Number);
        var mail = await PrepareAsync(content, key, number, author, request.Body, mailbox);
        if (noAcknowledgement is not null)
        {
            mail = mail with { NoAcknowledgement = noAcknowledgement, Notes = [.. mail.Notes, $"Geen ontvangstbevestiging verstuurd: {noAcknowledgement}."] };
        }

        var receipt = await grains.GetGrain<ITicketGrain>(number).OpenFromMailAsync(request, mail);
        if (followUpOf is not null)
        {
            await grains.GetGrain<ITicketGrain>(followUpOf.Number).LinkAsync(TicketActor.System, number, linked: true);
        }

        return await AfterWriteAsync(
            receipt, content, key, mailbox,
            receipt.Outcome == MailReceiptOutcome.Duplicate ? MailHandlingOutcome.Duplicate : followUpOf is null ? MailHandlingOutcome.NewTicket : MailHandlingOutcome.FollowUp);
    }

    private async Task<MailHandling> AutomaticAsync(MailClassification classification, InboundContent content, string key)
    {
        var ticket = classification.Ticket is { } reference ? await FindAsync(reference.Ticket.ToString()) : null;
        if (ticket is null)
        {
            return new MailHandling(MailHandlingOutcome.Ignored, null, $"Automatische mail ({classification.AutomaticReason}) over geen enkel ticket.");
        }

        var sender = await resolver.ResolveAsync(content.From!.Address);
        if (!ReplyAcceptanceRule.Decide(sender, new TicketAccess(ticket.MunicipalityNisCode, ticket.Requester.Email, ticket.Confidential)).Accepted)
        {
            return new MailHandling(MailHandlingOutcome.Ignored, null, "Automatische mail van iemand die niet bij het ticket hoort.");
        }

        var text = $"Automatisch antwoord ontvangen van {sender.Address} ({classification.AutomaticDetail}): {MailTicketFactory.Subject(content.Subject)}";
        var receipt = await grains.GetGrain<ITicketGrain>(ticket.Number).RecordMailEventAsync(key, text);
        await hooks.StepAsync(MailIntakeStep.AfterTicketWrite, key);
        return new MailHandling(receipt.Outcome == MailReceiptOutcome.Duplicate ? MailHandlingOutcome.Duplicate : MailHandlingOutcome.Event, ticket.Number);
    }

    private async Task<MailHandling> BounceAsync(MailClassification classification, string key)
    {
        var bounce = classification.Bounce!;
        var ours = classification.Ticket?.BySignedReference == true || signer.TryVerify(bounce.OriginalMessageId, out _);
        if (!ours)
        {
            return new MailHandling(MailHandlingOutcome.Quarantine, null, "Afleverfout die niet bij een mail van de helpdesk hoort (geen ondertekende Message-ID).");
        }

        foreach (var failure in bounce.Failures.Where(f => f.IsPermanent))
        {
            await grains.Person(failure.Recipient).MarkUndeliverableAsync($"{failure.Status} {failure.Diagnostic}".Trim());
        }

        var ticket = classification.Ticket is { } reference ? await FindAsync(reference.Ticket.ToString()) : null;
        if (ticket is null)
        {
            return new MailHandling(MailHandlingOutcome.Event, null);
        }

        var failures = bounce.Failures.Count == 0
            ? "onbekende ontvanger"
            : string.Join("; ", bounce.Failures.Select(f => $"{f.Recipient}: {f.Status ?? f.Action ?? "mislukt"}{(f.IsPermanent ? " (blijvend, adres als onbestelbaar gemarkeerd)" : " (tijdelijk)")}"));
        var receipt = await grains.GetGrain<ITicketGrain>(ticket.Number).RecordMailEventAsync(key, $"Mail kon niet bezorgd worden: {failures}");
        await hooks.StepAsync(MailIntakeStep.AfterTicketWrite, key);
        return new MailHandling(receipt.Outcome == MailReceiptOutcome.Duplicate ? MailHandlingOutcome.Duplicate : MailHandlingOutcome.Event, ticket.Number);
    }

    private async Task<InboundMail> PrepareAsync(InboundContent content, string key, string number, TicketActor author, string body, string mailbox)
    {
        var now = clock.GetUtcNow();
        var attachments = new List<TicketAttachmentView>();
        for (var i = 0; i < content.Attachments.Count; i++)
        {
            var attachment = content.Attachments[i];
            if (!attachment.IsAccepted)
            {
                continue;
            }

            var id = MailTicketFactory.AttachmentId(key, i);
            await store.SaveAttachmentAsync(id, number, attachment.FileName, attachment.ContentType, attachment.Content!, now);
            attachments.Add(new TicketAttachmentView(id, attachment.FileName, attachment.ContentType, attachment.Size, author.Person, now));
        }

        IReadOnlyList<string> notes = MailTicketFactory.AttachmentNotes(content);
        if (await ReusedMessageIdAsync(content, key, number, mailbox, now) is { } reused)
        {
            notes = [reused, .. notes];
        }

        await hooks.StepAsync(MailIntakeStep.BeforeTicketWrite, key);
        return new InboundMail(key, content.MessageId, author, MailTicketFactory.Body(body), now, attachments, notes, mailbox);
    }

    /// <summary>The system event for a mail whose Message-ID an earlier, different mail carried first; null for any other mail.</summary>
    /// <remarks>The event names the id but not the earlier ticket: that may be another municipality's.</remarks>
    private async Task<string?> ReusedMessageIdAsync(InboundContent content, string key, string number, string mailbox, DateTimeOffset now)
    {
        if (content.MessageId is not { Length: <= MailDedupeKey.MaximumMessageIdLength } messageId)
        {
            return null;
        }

        var first = await store.FirstWithMessageIdAsync(messageId, key, number, now);
        if (string.Equals(first, key, StringComparison.Ordinal))
        {
            return null;
        }

        LogReusedMessageId(logger, mailbox, key, first, await store.TicketOfAsync(first) ?? "-");
        return MailTicketFactory.ReusedMessageIdNote(messageId);
    }

    private async Task<MailHandling> AfterWriteAsync(MailReceipt receipt, InboundContent content, string key, string mailbox, MailHandlingOutcome outcome)
    {
        await hooks.StepAsync(MailIntakeStep.AfterTicketWrite, key);
        await store.DeleteAttachmentsAsync(receipt.RefusedAttachmentIds);
        var (text, html) = Screened(content);
        await store.RecordAsync(key, mailbox, content.MessageId, receipt.TicketNumber, text, html, clock.GetUtcNow());
        return new MailHandling(outcome, receipt.TicketNumber);
    }

    /// <summary>
    /// The mail's whole text and HTML as they may be kept: redacted like the ticket's own copy. HTML that held something to
    /// redact is not kept at all (staff then see the whole text), since its markup may split a value across tags.
    /// </summary>
    private (string Text, string? Html) Screened(InboundContent content)
    {
        var text = privacy.Screen(content.Text, content.From?.Address);
        var keepHtml = content.SafeHtml is { } html && !text.Redacted && !privacy.Screen(html, content.From?.Address).Redacted;
        return (text.Text, keepHtml ? content.SafeHtml : null);
    }

    private async Task<TicketView?> FindAsync(string number)
    {
        for (var hop = 0; hop < MaxMergeHops; hop++)
        {
            var ticket = await grains.GetGrain<ITicketGrain>(number).GetAsync(TicketAudience.Staff);
            if (ticket?.MergedInto is not { } target)
            {
                return ticket;
            }

            number = target;
        }

        return null;
    }

    private void Log(string mailbox, string key, MailHandling handling)
    {
        if (handling.Quarantine)
        {
            LogQuarantined(logger, mailbox, key, Contracts.Logging.LogMask.Text(handling.Reason));
        }
        else
        {
            LogHandled(logger, mailbox, key, handling.Outcome, handling.TicketNumber ?? "-");
        }
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Information, Message = "Mailbox {Mailbox}: mail {DedupeKey} handled: {Outcome}, ticket {TicketNumber}")]
    private static partial void LogHandled(ILogger logger, string mailbox, string dedupeKey, MailHandlingOutcome outcome, string ticketNumber);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Warning, Message = "Mailbox {Mailbox}: mail {DedupeKey} quarantined: {Reason}")]
    private static partial void LogQuarantined(ILogger logger, string mailbox, string dedupeKey, string reason);

    [LoggerMessage(EventId = 6303, Level = LogLevel.Warning, Message = "Mailbox {Mailbox}: mail {DedupeKey} refers to ticket {TicketNumber}, but its sender may not add to it ({Reason}); it becomes a ticket of its own")]
    private static partial void LogRefusedReply(ILogger logger, string mailbox, string dedupeKey, string ticketNumber, ReplyAcceptanceReason reason);

    [LoggerMessage(EventId = 6304, Level = LogLevel.Warning, Message = "Mailbox {Mailbox}: mail {DedupeKey} carries the Message-ID of another mail, {FirstDedupeKey} (ticket {TicketNumber}); it is handled as a mail of its own")]
    private static partial void LogReusedMessageId(ILogger logger, string mailbox, string dedupeKey, string firstDedupeKey, string ticketNumber);
}
