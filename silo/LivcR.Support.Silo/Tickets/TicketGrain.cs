using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Live;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Live;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.Privacy;
using LivcR.Support.Silo.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// One ticket: loads, applies a <see cref="TicketWorkflow"/> rule, stages the mail the change announces, writes, then
/// projects its read-model row.
/// </summary>
/// <remarks>
/// A call that fails leaves nothing behind in memory (see <see cref="Invoke"/>), so the state an activation holds between
/// calls is always the stored one — which is what <see cref="HoldsNoticeAsync"/> answers from (less the tokens of mail
/// already sent, which <see cref="ForgetNoticeAsync"/> drops before the next write stores their absence).
/// </remarks>
public sealed partial class TicketGrain(
    [PersistentState(stateName: "ticket", storageName: StorageNames.Support)] IPersistentState<TicketState> ticket,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    SlaPolicy sla,
    TicketSaver saver,
    MunicipalityDirectory municipalities,
    PersonalDataScreen privacy,
    IOptions<TicketOptions> options,
    Telemetry.SupportMetrics metrics,
    ILogger<TicketGrain> logger) : Grain, ITicketGrain, IIncomingGrainCallFilter
{
    private TicketState State => ticket.State;

    private string Number => this.GetPrimaryKeyString();

    /// <inheritdoc/>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Exists)
        {
            await saver.ProjectSafelyAsync(ticket, Number);
        }
    }

    /// <inheritdoc/>
    public async Task<TicketView> OpenAsync(NewTicket request)
    {
        if (State.Exists)
        {
            throw new SupportException(SupportErrorCode.Conflict, $"Ticket {Number} bestaat al.");
        }

        var (screened, found) = Screen(request);
        State.Open(Number, screened);
        TicketPersonalData.Record(State, found, request.SubmittedAt);
        var view = await SaveAsync(notices: TicketNotices.Acknowledgement(State, byMail: false, AcknowledgePortalTickets, personalDataFound: found.Count > 0));
        LogOpened(logger, Number, request.MunicipalityNisCode);
        metrics.Submissions.Add(1, new KeyValuePair<string, object?>("channel", "web"));
        return view;
    }

    /// <inheritdoc/>
    public Task<TicketView?> GetAsync(TicketAudience audience) => Task.FromResult(State.Exists ? View(audience) : null);

    /// <inheritdoc/>
    public async Task<TicketView> ReplyAsync(TicketReply reply)
    {
        if (await RepeatedAsync(reply) is { } earlier)
        {
            return earlier;
        }

        Prepare(reply.ExpectedVersion);
        if (State.Status == TicketStatus.Closed && !reply.Author.IsStaff)
        {
            return await FollowUpAsync(reply);
        }

        var screened = privacy.Screen(reply.Body, reply.Author.Email, State.Requester.Email);
        TicketWorkflow.Reply(State, reply.Author, screened.Text, clock.GetUtcNow());
        TicketPersonalData.Record(State, screened.Found, clock.GetUtcNow());
        RequestKeys.Remember(State.RequestKeys, reply.RequestKey, Number, clock.GetUtcNow());
        return await SaveAsync(reply.Author, TicketNotices.StaffReply(State));
    }

    /// <inheritdoc/>
    public async Task<TicketView> AddNoteAsync(TicketReply note)
    {
        if (await RepeatedAsync(note) is { } earlier)
        {
            return earlier;
        }

        Prepare(note.ExpectedVersion);
        var screened = privacy.Screen(note.Body, note.Author.Email, State.Requester.Email);
        TicketWorkflow.Note(State, note.Author, screened.Text, clock.GetUtcNow());
        TicketPersonalData.Record(State, screened.Found, clock.GetUtcNow());
        RequestKeys.Remember(State.RequestKeys, note.RequestKey, Number, clock.GetUtcNow());
        return await SaveAsync(note.Author);
    }

    /// <inheritdoc/>
    public async Task<TicketView> TriageAsync(TicketTriage triage)
    {
        Prepare(triage.ExpectedVersion);
        var catalog = triage.Category is null && triage.PreventionLevel is null
            ? new TicketCatalog([], [])
            : await GrainFactory.TicketCatalog().GetAsync();
        var before = State.Status;
        TicketWorkflow.Triage(State, triage, catalog, clock.GetUtcNow());
        return await SaveAsync(triage.Actor, TicketNotices.StatusChanged(State, before));
    }

    /// <inheritdoc/>
    public async Task<TicketView> SetByRequesterAsync(TicketActor actor, bool close, int? expectedVersion)
    {
        Prepare(expectedVersion);
        TicketWorkflow.SetByRequester(State, actor, close, clock.GetUtcNow());
        return await SaveAsync(actor);
    }

    /// <inheritdoc/>
    public async Task<TicketView> SetConfidentialAsync(bool confidential)
    {
        Prepare(null);
        if (State.Confidential != confidential)
        {
            State.Confidential = confidential;
            TicketWorkflow.Record(State, TicketActor.System, confidential ? "Vertrouwelijk gemaakt" : "Niet langer vertrouwelijk", clock.GetUtcNow());
            await SaveAsync();
        }

        return View(TicketAudience.Staff);
    }

    /// <inheritdoc/>
    public async Task<TicketView> LinkAsync(TicketActor actor, string otherNumber, bool linked)
    {
        Prepare(null);
        var version = State.Version;
        TicketWorkflow.Link(State, actor, otherNumber, linked, clock.GetUtcNow());
        return State.Version == version ? View(TicketAudience.Staff) : await SaveAsync(actor);
    }

    /// <inheritdoc/>
    public async Task<TicketView> MergeIntoAsync(TicketActor actor, string targetNumber, int? expectedVersion)
    {
        Prepare(expectedVersion);
        TicketHousekeeping.CheckMerge(State, actor, targetNumber);
        await GrainFactory.GetGrain<ITicketGrain>(targetNumber).AbsorbAsync(Number, TicketHousekeeping.EntriesToHandOver(State));
        TicketHousekeeping.MarkMerged(State, actor, targetNumber, clock.GetUtcNow());
        return await SaveAsync(actor);
    }

    /// <inheritdoc/>
    public async Task AbsorbAsync(string sourceNumber, IReadOnlyList<TicketEntryView> entries)
    {
        Prepare(null);
        TicketHousekeeping.Absorb(State, sourceNumber, entries, clock.GetUtcNow());
        await SaveAsync();
    }

    /// <inheritdoc/>
    public Task<bool> HoldsNoticeAsync(Guid token) => Task.FromResult(State.NoticeTokens.Contains(token));

    /// <inheritdoc/>
    public Task ForgetNoticeAsync(Guid token)
    {
        State.NoticeTokens.Remove(token);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A call that fails may have changed the state in memory without storing it (a write that failed, a rule that threw
    /// halfway, a staging that failed): the activation is dropped, so the next call reads what is stored and the unsaved
    /// change never surfaces — not in a view, not in a later write, not as a confirmed mail.
    /// </summary>
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (existed, version, entries) = (State.Exists, State.Version, State.Entries.Count);
        try
        {
            await context.Invoke();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        if (TicketChangeRules.Describe(existed, version, entries, State, clock.GetUtcNow()) is { } change)
        {
            _ = GrainFactory.GetGrain<ITicketChangeHubGrain>(ITicketChangeHubGrain.Key).PublishAsync(change);
        }
    }

    /// <inheritdoc/>
    public Task ProjectAsync() => State.Exists ? saver.ProjectAsync(ticket) : Task.CompletedTask;

    /// <inheritdoc/>
    public async Task<TicketView> AttachAsync(TicketActor actor, TicketAttachmentView attachment, long maxTotalBytes)
    {
        Prepare(null);
        TicketHousekeeping.Attach(State, actor, attachment, maxTotalBytes, clock.GetUtcNow());
        return await SaveAsync(actor);
    }

    /// <inheritdoc/>
    public async Task CheckDeadlinesAsync()
    {
        if (!State.Exists || State.MergedInto is not null)
        {
            return;
        }

        var before = State.Status;
        var due = saver.Row(State).DueAt;
        var outcome = TicketHousekeeping.CheckDeadlines(State, due, options.Value.AutoCloseDays, clock.GetUtcNow());
        if (outcome == DeadlineOutcome.None)
        {
            return;
        }

        // The escalation mail is staged with the escalation itself, like the requester's notices: never lost, never sent
        // for an escalation that was not stored.
        var notices = TicketNotices.StatusChanged(State, before);
        if (outcome == DeadlineOutcome.Escalated)
        {
            notices = [.. notices, .. TicketNotices.Escalation(State, due, options.Value.EscalationRecipients, sla.Zone)];
        }

        await SaveAsync(notices: notices);
        if (outcome == DeadlineOutcome.Escalated)
        {
            metrics.SlaBreaches.Add(1);
            LogEscalated(logger, Number, State.AssigneeEmail is { } assignee ? Contracts.Logging.LogMask.Email(assignee) : "(niet toegewezen)");
        }
    }

    private async Task<TicketView> FollowUpAsync(TicketReply reply)
    {
        var subject = $"Opvolging {Number}: {State.Subject}";
        var followUp = await GrainFactory.HelpdeskIntake().SubmitAsync(new HelpdeskRequest(
            State.MunicipalityNisCode, subject.Length > 200 ? subject[..200] : subject, reply.Body, reply.Author.Name, reply.Author.Email, State.Confidential, Number));
        TicketWorkflow.Link(State, reply.Author, followUp.Number, linked: true, clock.GetUtcNow());
        RequestKeys.Remember(State.RequestKeys, reply.RequestKey, followUp.Number, clock.GetUtcNow());
        await SaveAsync();
        return followUp;
    }

    /// <summary>
    /// The answer to a request this ticket already carried out under the same key (checked before the expected version,
    /// which the first attempt moved on): the ticket as it is now, or the follow-up ticket the reply went to.
    /// </summary>
    private async Task<TicketView?> RepeatedAsync(TicketReply request)
    {
        if (!State.Exists || RequestKeys.Find(State.RequestKeys, request.RequestKey, clock.GetUtcNow()) is not { } made)
        {
            return null;
        }

        var audience = request.Author.IsStaff ? TicketAudience.Staff : TicketAudience.Municipality;
        return made == Number ? View(audience) : await GrainFactory.GetGrain<ITicketGrain>(made).GetAsync(audience);
    }

    private void Prepare(int? expectedVersion)
    {
        if (!State.Exists)
        {
            throw SupportException.NotFound($"Er is geen ticket {Number}.");
        }

        TicketWorkflow.EnsureNotMerged(State);
        TicketWorkflow.EnsureVersion(State, expectedVersion);
    }

    /// <summary>Stores the change (see <see cref="TicketSaver"/>) and returns the ticket as <paramref name="actor"/> sees it.</summary>
    private async Task<TicketView> SaveAsync(TicketActor? actor = null, IReadOnlyList<TicketNotice>? notices = null)
    {
        await saver.SaveAsync(ticket, Number, notices);
        return View(actor is { IsStaff: false } ? TicketAudience.Municipality : TicketAudience.Staff);
    }

    private TicketView View(TicketAudience audience) => State.ToView(audience, sla);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Ticket {TicketNumber} opened for municipality {NisCode}")]
    private static partial void LogOpened(ILogger logger, string ticketNumber, string nisCode);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Ticket {TicketNumber}: SLA breached, escalated (assignee {Assignee})")]
    private static partial void LogEscalated(ILogger logger, string ticketNumber, string assignee);
}
