using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Network;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Silo.Trainings;

/// <summary>
/// One training session (key: session id): checks the caller, applies <see cref="RegistrationRules"/> and
/// <see cref="WaitlistRules"/>, writes, reports its summary to the catalogue, then mails. Not reentrant: concurrent
/// registrations are handled one by one, so the last seat goes to exactly one of them.
/// </summary>
public sealed class TrainingSessionGrain(
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
        if (!NetworkAccessPolicy.CanManageTrainings(actor))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers plannen sessies.");
        }

        if (State.Details is not null)
        {
            throw new SupportException(SupportErrorCode.Conflict, "Deze sessie bestaat al.");
        }

        State.Details = TrainingRules.Check(input, clock.GetUtcNow());
        State.TrainingId = trainingId;
        State.TrainingTitle = trainingTitle;
        await SaveAsync();
        return View();
    }

    /// <inheritdoc/>
    public async Task<TrainingRegistration> RegisterAsync(Actor actor, RegistrationInput input)
    {
        var details = Existing();
        if (!NetworkAccessPolicy.CanRegisterFor(actor, input.MunicipalityNisCode.Trim()))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Je kan enkel jezelf of collega's van je eigen gemeente inschrijven.");
        }

        var registration = RegistrationRules.Register(State.Registrations, details, input, actor.Email, clock.GetUtcNow());
        await SaveAsync();
        if (registration.Status == RegistrationStatus.Confirmed)
        {
            await MailSeatAsync(registration, language => TrainingMailTexts.Confirmed(language, registration.Name, State.TrainingTitle, details));
        }
        else
        {
            var position = WaitlistRules.Position(State.Registrations, registration.Email) ?? 0;
            await mailer.SendAsync(registration.Email, language => TrainingMailTexts.Waitlisted(language, registration.Name, State.TrainingTitle, details, position), OutboundMailKind.Training, Id);
        }

        return registration;
    }

    /// <inheritdoc/>
    public async Task<TrainingRegistration> CancelAsync(Actor actor, string email)
    {
        var details = Existing();
        var registration = RegistrationRules.Active(State.Registrations, email);
        if (!NetworkAccessPolicy.CanRegisterFor(actor, registration.MunicipalityNisCode) && !string.Equals(actor.Email, registration.Email, StringComparison.OrdinalIgnoreCase))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Je kan enkel inschrijvingen van je eigen gemeente annuleren.");
        }

        var now = clock.GetUtcNow();
        var (cancelled, promoted) = RegistrationRules.Cancel(State.Registrations, details, email, now);
        await SaveAsync();
        await mailer.SendAsync(cancelled.Email, language => TrainingMailTexts.Cancelled(language, cancelled.Name, State.TrainingTitle, details), OutboundMailKind.Training, Id,
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
        var details = Existing();
        if (!NetworkAccessPolicy.CanManageTrainings(actor))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers noteren aanwezigheden.");
        }

        RegistrationRules.RecordAttendance(State.Registrations, details, present, clock.GetUtcNow());
        await SaveAsync();
        return View();
    }

    private Task MailSeatAsync(TrainingRegistration registration, Func<MailLanguage, MailText> text) =>
        mailer.SendAsync(registration.Email, text, OutboundMailKind.Training, Id, [ICalendarWriter.Attachment(Calendar(registration), clock.GetUtcNow())]);

    private CalendarEvent Calendar(TrainingRegistration registration) => new(
        $"training-{Id}@livcr-support", State.Details!.StartsAt, State.Details.EndsAt, State.TrainingTitle, null,
        string.Join(" – ", new[] { State.Details.Place, State.Details.OnlineLink }.Where(w => w is not null)), 0,
        mailer.SenderAddress, mailer.SenderName, registration.Email, registration.Name);

    private TrainingSessionInput Existing() => State.Details ?? throw SupportException.NotFound("Deze sessie bestaat niet.");

    private TrainingSessionView View() => new(Id, State.TrainingId, State.TrainingTitle, State.Details!, [.. State.Registrations]);

    private async Task SaveAsync()
    {
        await session.WriteStateAsync();
        await GrainFactory.TrainingCatalog().RecordSessionAsync(View().Summary());
    }
}
