using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Live;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Requests;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Attachments;
using LivcR.Support.Silo.Audit;

namespace LivcR.Support.Gateway.Services;

/// <summary>Helpdesk tickets: submit, read, answer, triage, link, merge; every call checks scope and is audited.</summary>
public sealed class TicketService(IGrainFactory grains, CallerContext request, AuditLog audit, AttachmentStore attachments, [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
{
    /// <summary>
    /// Submits a question. A municipal user asks for their own municipality and is the requester; staff may submit for any
    /// municipality on behalf of a named requester. BAD_USER_INPUT when something is wrong (nothing is created then).
    /// </summary>
    public async Task<TicketView> SubmitAsync(HelpdeskRequest input)
    {
        var actor = request.RequireActor();
        var nisCode = input.MunicipalityNisCode.Trim();
        if (!AccessPolicy.CanSubmitFor(actor, nisCode))
        {
            await AuditAsync(actor, "ticket.submit", $"municipality:{nisCode}", AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Je kan enkel vragen stellen voor je eigen gemeente.");
        }

        var submission = actor.IsStaff ? input with { FollowUpOf = null } : input with
        {
            RequesterName = await NameAsync(actor),
            RequesterEmail = actor.Email,
            FollowUpOf = null,
        };
        try
        {
            var key = ClientRequestIds.Scope(actor.Email, input.ClientRequestId);
            var ticket = key is null
                ? await grains.HelpdeskIntake().SubmitAsync(submission)
                : await grains.GetGrain<IHelpdeskSubmissionGrain>(key).SubmitAsync(submission with { ClientRequestId = null }, actor.IsStaff ? TicketAudience.Staff : TicketAudience.Municipality);
            await AuditAsync(actor, "ticket.submit", $"ticket:{ticket.Number}", AuditOutcome.Ok);
            return ticket;
        }
        catch (SupportException)
        {
            await AuditAsync(actor, "ticket.submit", $"municipality:{nisCode}", AuditOutcome.Failed);
            throw;
        }
    }

    /// <summary>The ticket with this number; NOT_FOUND when there is none or it is outside the caller's scope.</summary>
    public async Task<TicketView> GetAsync(string number)
    {
        var (ticket, actor) = await ReadableAsync(number);
        await AuditAsync(actor, "ticket.read", $"ticket:{ticket.Number}", AuditOutcome.Ok);
        return ticket;
    }

    /// <summary>
    /// Tells the other staff members on the ticket that the caller has it open, or is writing (staff). Not stored and not
    /// audited: it lives only as a live event.
    /// </summary>
    public async Task AnnouncePresenceAsync(string number, bool composing)
    {
        var (ticket, actor) = await ReadableAsync(number, staffOnly: true);
        var who = await WhoAsync(actor);
        await grains.GetGrain<ITicketChangeHubGrain>(ITicketChangeHubGrain.Key).PublishAsync(new TicketChange(
            ticket.Number, ticket.Version, composing ? TicketChangeKind.Composing : TicketChangeKind.Viewing, ticket.MunicipalityNisCode,
            ticket.Requester.Email, ticket.Confidential, ticket.Status, ticket.AssigneeEmail, who.Email, who.Name, clock.GetUtcNow()));
    }

    /// <summary>A public reply by the municipality or staff.</summary>
    public Task<TicketView> ReplyAsync(string number, string body, int? expectedVersion, string? clientRequestId = null) =>
        ChangeAsync(number, "ticket.reply", staffOnly: false, async (grain, who) =>
            await grain.ReplyAsync(new TicketReply(who, body, expectedVersion, ClientRequestIds.Scope(who.Email, clientRequestId))));

    /// <summary>An internal note (staff).</summary>
    public Task<TicketView> AddNoteAsync(string number, string body, int? expectedVersion, string? clientRequestId = null) =>
        ChangeAsync(number, "ticket.note", staffOnly: true, async (grain, who) =>
            await grain.AddNoteAsync(new TicketReply(who, body, expectedVersion, ClientRequestIds.Scope(who.Email, clientRequestId))));

    /// <summary>
    /// Staff remove a text from one entry (it becomes [verwijderd] in the ticket, the read model, the search and the mail
    /// copy); audited as <c>ticket.redact</c> with who and when, and a system event on the ticket.
    /// </summary>
    public Task<TicketView> RedactEntryAsync(string number, int entryId, string text, int? expectedVersion) =>
        ChangeAsync(number, "ticket.redact", staffOnly: true, async (grain, who) => await grain.RedactEntryAsync(who, entryId, text, expectedVersion));

    /// <summary>Status, priority, category, prevention level, assignee, tags (staff).</summary>
    public async Task<TicketView> TriageAsync(string number, TicketTriage triage)
    {
        await EnsureAssigneeIsStaffAsync(triage.AssigneeEmail);
        return await ChangeAsync(number, "ticket.triage", staffOnly: true, async (grain, who) => await grain.TriageAsync(triage with { Actor = who }));
    }

    /// <summary>Puts a ticket under legal hold (retention never anonymises it) or lifts the hold: staff.</summary>
    public Task<TicketView> SetLegalHoldAsync(string number, bool hold, int? expectedVersion) =>
        ChangeAsync(number, hold ? "ticket.legal-hold" : "ticket.legal-hold-lifted", staffOnly: true, async (grain, who) => await grain.SetLegalHoldAsync(who, hold, expectedVersion));

    /// <summary>Closes a ticket ("opgelost, bedankt") or reopens a resolved one: anyone who may read it (the municipality, staff).</summary>
    public Task<TicketView> SetByRequesterAsync(string number, bool close, int? expectedVersion) =>
        ChangeAsync(number, close ? "ticket.close" : "ticket.reopen", staffOnly: false, async (grain, who) => await grain.SetByRequesterAsync(who, close, expectedVersion));

    /// <summary>Marks a ticket confidential or not: the requester or staff.</summary>
    public async Task<TicketView> SetConfidentialAsync(string number, bool confidential)
    {
        var (ticket, actor) = await ReadableAsync(number);
        if (!AccessPolicy.CanChangeConfidentiality(actor, ticket.Access))
        {
            await AuditAsync(actor, "ticket.set-confidential", $"ticket:{ticket.Number}", AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel de aanvrager of VVSG kan dit ticket vertrouwelijk maken.");
        }

        var changed = await grains.Ticket(Parse(number)).SetConfidentialAsync(confidential);
        await AuditAsync(actor, "ticket.set-confidential", $"ticket:{ticket.Number}", AuditOutcome.Ok);
        return await ViewForAsync(changed.Number, actor);
    }

    /// <summary>Links two tickets both ways, or removes the link (staff).</summary>
    public async Task<TicketView> LinkAsync(string number, string otherNumber, bool linked)
    {
        var other = Parse(otherNumber);
        var (_, actor) = await ReadableAsync(otherNumber, staffOnly: true);
        var result = await ChangeAsync(number, linked ? "ticket.link" : "ticket.unlink", staffOnly: true, async (grain, who) => await grain.LinkAsync(who, other.ToString(), linked));
        await grains.Ticket(other).LinkAsync(await WhoAsync(actor), result.Number, linked);
        return result;
    }

    /// <summary>Merges a ticket into another (staff): the source keeps a pointer, its entries appear in the target.</summary>
    public async Task<TicketView> MergeAsync(string sourceNumber, string targetNumber, int? expectedVersion)
    {
        var target = Parse(targetNumber);
        await ReadableAsync(targetNumber, staffOnly: true);
        await ChangeAsync(sourceNumber, "ticket.merge", staffOnly: true, async (grain, who) => await grain.MergeIntoAsync(who, target.ToString(), expectedVersion));
        return await grains.Ticket(target).GetAsync(TicketAudience.Staff) ?? throw SupportException.NotFound($"Er is geen ticket {target}.");
    }

    /// <summary>Applies one triage to many tickets (staff); each ticket succeeds or fails on its own.</summary>
    public async Task<IReadOnlyList<BulkTicketResult>> BulkTriageAsync(IReadOnlyList<string> numbers, TicketTriage triage)
    {
        if (!request.RequireActor().IsStaff)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers behandelen tickets.");
        }

        if (numbers.Count is 0 or > 200)
        {
            throw SupportException.BadInput("numbers", "Kies 1 tot 200 tickets.");
        }

        var results = new List<BulkTicketResult>();
        foreach (var number in numbers.Distinct(StringComparer.Ordinal))
        {
            try
            {
                var ticket = await TriageAsync(number, triage);
                results.Add(new BulkTicketResult(ticket.Number, ticket, null, null));
            }
            catch (SupportException refused)
            {
                results.Add(new BulkTicketResult(number, null, refused.Code, refused.Message));
            }
        }

        return results;
    }

    /// <summary>
    /// Adds an attachment (whoever may answer the ticket; an internal one, beside the internal notes, staff only): checked by
    /// content, stored outside the grain, then recorded on the ticket.
    /// </summary>
    public async Task<TicketAttachmentView> AttachAsync(string number, string? name, byte[] content, bool isInternal = false)
    {
        var (ticket, actor) = await ReadableAsync(number, staffOnly: isInternal);
        var fileName = AttachmentRules.CleanName(name);
        var contentType = AttachmentRules.Detect(fileName, content);
        var now = clock.GetUtcNow();
        var id = await attachments.SaveAsync(ticket.Number, fileName, contentType, content, now);
        var who = await WhoAsync(actor);
        var view = new TicketAttachmentView(id, fileName, contentType, content.Length, who.Person, now, isInternal);
        try
        {
            await grains.Ticket(Parse(number)).AttachAsync(who, view, AttachmentRules.MaxTicketBytes);
        }
        catch (SupportException)
        {
            await attachments.DeleteAsync(id);
            await AuditAsync(actor, "ticket.attach", $"ticket:{ticket.Number}", AuditOutcome.Failed);
            throw;
        }

        await AuditAsync(actor, "ticket.attach", $"ticket:{ticket.Number}", AuditOutcome.Ok);
        return view;
    }

    /// <summary>An attachment's content for someone who may read its ticket; NOT_FOUND otherwise.</summary>
    public async Task<(string Name, string ContentType, byte[] Content)> OpenAttachmentAsync(string id)
    {
        var stored = await attachments.GetAsync(id) ?? throw SupportException.NotFound("Deze bijlage bestaat niet.");
        var (ticket, actor) = await ReadableAsync(stored.TicketNumber);
        if (ticket.Attachments.All(a => a.Id != id))
        {
            throw SupportException.NotFound("Deze bijlage bestaat niet.");
        }

        await AuditAsync(actor, "ticket.read-attachment", $"ticket:{ticket.Number}", AuditOutcome.Ok);
        return (stored.Name, stored.ContentType, stored.Content);
    }

    private async Task<TicketView> ChangeAsync(string number, string action, bool staffOnly, Func<ITicketGrain, TicketActor, Task<TicketView>> change)
    {
        var (ticket, actor) = await ReadableAsync(number, staffOnly);
        try
        {
            var changed = await change(grains.Ticket(Parse(number)), await WhoAsync(actor));
            await AuditAsync(actor, action, $"ticket:{ticket.Number}", AuditOutcome.Ok);
            return changed;
        }
        catch (SupportException)
        {
            await AuditAsync(actor, action, $"ticket:{ticket.Number}", AuditOutcome.Failed);
            throw;
        }
    }

    private async Task<(TicketView Ticket, Actor Actor)> ReadableAsync(string number, bool staffOnly = false)
    {
        var actor = request.RequireActor();
        var parsed = Parse(number);
        var ticket = await grains.Ticket(parsed).GetAsync(actor.IsStaff ? TicketAudience.Staff : TicketAudience.Municipality);
        if (ticket is null || !AccessPolicy.CanReadTicket(actor, ticket.Access))
        {
            if (ticket is not null)
            {
                await AuditAsync(actor, "ticket.read", $"ticket:{ticket.Number}", AuditOutcome.Denied);
            }

            throw SupportException.NotFound($"Er is geen ticket {parsed}.");
        }

        if (staffOnly && !actor.IsStaff)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers kunnen dit.");
        }

        return (ticket, actor);
    }

    private async Task<TicketView> ViewForAsync(string number, Actor actor) =>
        await grains.Ticket(Parse(number)).GetAsync(actor.IsStaff ? TicketAudience.Staff : TicketAudience.Municipality)
        ?? throw SupportException.NotFound($"Er is geen ticket {number}.");

    private async Task EnsureAssigneeIsStaffAsync(string? assignee)
    {
        if (!string.IsNullOrWhiteSpace(assignee)
            && (await grains.Person(assignee).GetAsync())?.Roles.Any(r => r.Role == Role.Staff) != true)
        {
            throw SupportException.BadInput("assigneeEmail", "Toewijzen kan enkel aan een VVSG-medewerker.");
        }
    }

    private async Task<TicketActor> WhoAsync(Actor actor) => new(actor.Email, await NameAsync(actor), actor.IsStaff);

    private async Task<string> NameAsync(Actor actor) => (await grains.Person(actor.Email).GetAsync())?.Name ?? actor.Email;

    private static TicketNumber Parse(string number) =>
        TicketNumber.TryParse(number.Trim(), out var parsed)
            ? parsed
            : throw SupportException.BadInput("number", "Een ticketnummer ziet eruit als 2026-00042.");

    private Task AuditAsync(Actor actor, string action, string target, string outcome) =>
        audit.RecordAsync(actor.Email, action, target, request.Ip, outcome);
}
