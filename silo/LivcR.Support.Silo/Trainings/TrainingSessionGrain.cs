using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Network;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Silo.Trainings;

/// <summary>
/// One training session (key: session id): checks the caller with <see cref="TrainingAccess"/>, applies
/// <see cref="RegistrationRules"/> and <see cref="WaitlistRules"/>, writes, reports its summary to the catalogue, then
/// mails. Not reentrant: concurrent registrations are handled one by one, so the last seat goes to exactly one of them.
/// </summary>
public sealed partial class TrainingSessionGrain(
    [PersistentState(stateName: "training-session", storageName: StorageNames.Support)] IPersistentState<TrainingSessionState> session,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    NetworkMailer mailer) : Grain, ITrainingSessionGrain
{
    private TrainingSessionState State => session.State;

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc/>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Details is not null)
        {
            await GrainFactory.TrainingCatalog().RecordSessionAsync(View().Summary());
        }
    }

    /// <inheritdoc/>
    public Task<TrainingSessionView?> GetAsync() => Task.FromResult(State.Details is null ? null : View());

    /// <inheritdoc/>
    public async Task<TrainingSessionView> ScheduleAsync(Actor actor, string trainingId, string trainingTitle, TrainingSessionInput input)
    {
        TrainingAccess.RequireScheduler(actor);
        TrainingRules.Schedule(State, trainingId, trainingTitle, input, clock.GetUtcNow());
        await SaveAsync();
        return View();
    }

    /// <inheritdoc/>
    public async Task<TrainingRegistration> RegisterAsync(Actor actor, RegistrationInput input)
    {
        var details = TrainingRules.Existing(State);
        TrainingAccess.RequireRegistrar(actor, input.MunicipalityNisCode);
        var now = clock.GetUtcNow();
        if (RequestKeys.Find(State.RequestKeys, input.RequestKey, now) is { } email && State.Registrations.LastOrDefault(r => r.Email == email) is { } earlier)
        {
            return earlier;
        }

        var registration = RegistrationRules.Register(State.Registrations, details, input, actor.Email, now);
        RequestKeys.Remember(State.RequestKeys, input.RequestKey, registration.Email, now);
        await SaveAsync();
        if (registration.Status == RegistrationStatus.Confirmed)
        {
            await MailSeatAsync(registration, language => TrainingMailTexts.Confirmed(language, registration.Name, State.TrainingTitle, details));
        }
        else
        {
            var position = WaitlistRules.Position(State.Registrations, registration.Email) ?? 0;
            await SendAsync(registration.Email, language => TrainingMailTexts.Waitlisted(language, registration.Name, State.TrainingTitle, details, position));
        }

        return registration;
    }

    /// <inheritdoc/>
    public async Task<TrainingRegistration> CancelAsync(Actor actor, string email)
    {
        var details = TrainingRules.Existing(State);
        var registration = RegistrationRules.Active(State.Registrations, email);
        TrainingAccess.RequireCanceller(actor, registration);
        var now = clock.GetUtcNow();
        var (cancelled, promoted) = RegistrationRules.Cancel(State.Registrations, details, email, now);
        await SaveAsync();
        await SendAsync(cancelled.Email, language => TrainingMailTexts.Cancelled(language, cancelled.Name, State.TrainingTitle, details),
            registration.Status == RegistrationStatus.Confirmed ? [ICalendarWriter.Attachment(Calendar(cancelled), now, cancel: true)] : null);
        foreach (var seat in promoted)
        {
            await MailSeatAsync(seat, language => TrainingMailTexts.Promoted(language, seat.Name, State.TrainingTitle, details));
        }

        return cancelled;
    }

    /// <inheritdoc/>
    public async Task<TrainingSessionView> RecordAttendanceAsync(Actor actor, IReadOnlyList<string> present)
    {
        var details = TrainingRules.Existing(State);
        TrainingAccess.RequireAttendanceTaker(actor);
        RegistrationRules.RecordAttendance(State.Registrations, details, present, clock.GetUtcNow());
        await SaveAsync();
        return View();
    }

    private Task MailSeatAsync(TrainingRegistration registration, Func<MailLanguage, MailText> text) =>
        SendAsync(registration.Email, text, [ICalendarWriter.Attachment(Calendar(registration), clock.GetUtcNow())]);

    private Task<bool> SendAsync(string to, Func<MailLanguage, MailText> text, IReadOnlyList<OutboundAttachment>? attachments = null) =>
        mailer.SendAsync(to, text, OutboundMailKind.Training, Id, attachments);

    private CalendarEvent Calendar(TrainingRegistration registration) => CalendarEvents.ForTrainingSession(
        Id, State.TrainingTitle, TrainingRules.Existing(State), mailer.SenderAddress, mailer.SenderName, registration.Email, registration.Name);

    private TrainingSessionView View() => new(Id, State.TrainingId, State.TrainingTitle, State.Details!, [.. State.Registrations]);

    private async Task SaveAsync()
    {
        await session.WriteStateAsync();
        await GrainFactory.TrainingCatalog().RecordSessionAsync(View().Summary());
    }
}
