using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Requests;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Trainings;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>
/// Trainings: everyone signed in sees the catalogue and registers (themselves or a colleague of their municipality);
/// municipalities see their own registrations; staff manage the catalogue, sessions and attendance and see fill rates.
/// </summary>
public sealed class TrainingService(IGrainFactory grains, CallerContext request, NetworkAudit audit)
{
    /// <summary>The catalogue with the sessions.</summary>
    public Task<IReadOnlyList<Training>> ListAsync()
    {
        request.RequireActor();
        return grains.TrainingCatalog().ListAsync();
    }

    /// <summary>One training; NOT_FOUND when unknown.</summary>
    public async Task<Training> GetAsync(string id)
    {
        request.RequireActor();
        return await grains.TrainingCatalog().GetAsync(id.Trim()) ?? throw SupportException.NotFound("Deze vorming bestaat niet.");
    }

    /// <summary>A session with the registrations the caller may see (staff: all; municipal users: their municipality's).</summary>
    public async Task<TrainingSessionView> SessionAsync(string sessionId)
    {
        var actor = request.RequireActor();
        var view = await ExistingSessionAsync(sessionId);
        return view with { Registrations = view.Registrations.Where(r => NetworkAccessPolicy.CanSeeRegistrationsOf(actor, r.MunicipalityNisCode)).ToList() };
    }

    /// <summary>Staff: adds a training to the catalogue.</summary>
    public Task<Training> CreateAsync(TrainingInput input)
    {
        var actor = request.RequireActor();
        return audit.RunAsync(actor, "training.create", "trainings", () => grains.TrainingCatalog().CreateAsync(actor, input));
    }

    /// <summary>Staff: changes a training's texts.</summary>
    public Task<Training> UpdateAsync(string id, TrainingInput input)
    {
        var actor = request.RequireActor();
        return audit.RunAsync(actor, "training.update", $"training:{id.Trim()}", () => grains.TrainingCatalog().UpdateAsync(actor, id.Trim(), input));
    }

    /// <summary>Staff: schedules a session of a training.</summary>
    public Task<TrainingSessionView> ScheduleAsync(string trainingId, TrainingSessionInput input)
    {
        var actor = request.RequireActor();
        return audit.RunAsync(actor, "training.schedule", $"training:{trainingId.Trim()}", async () =>
        {
            if (!NetworkAccessPolicy.CanManageTrainings(actor))
            {
                throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers plannen sessies.");
            }

            var training = await grains.TrainingCatalog().GetAsync(trainingId.Trim()) ?? throw SupportException.NotFound("Deze vorming bestaat niet.");
            return await grains.TrainingSession(TrainingIds.NewSession()).ScheduleAsync(actor, training.Id, training.Details.Title, input);
        });
    }

    /// <summary>Registers the caller, or the given colleague of their municipality.</summary>
    public async Task<TrainingRegistration> RegisterAsync(string sessionId, RegistrationInput? participant, string? clientRequestId = null)
    {
        var actor = request.RequireActor();
        return await audit.RunAsync(actor, "training.register", $"session:{sessionId.Trim()}", async () =>
        {
            var session = await SessionGrainAsync(sessionId);
            var name = participant?.Name is { Length: > 0 } given ? given : (await grains.Person(actor.Email).GetAsync())?.Name ?? actor.Email;
            var nis = participant?.MunicipalityNisCode is { Length: > 0 } code ? code : actor.Municipalities.Take(2).ToList() is [var only] ? only
                : throw SupportException.BadInput("municipalityNisCode", "Kies de gemeente waarvoor je inschrijft.");
            var key = ClientRequestIds.Scope(actor.Email, clientRequestId);
            return await session.RegisterAsync(actor, new RegistrationInput(participant?.Email is { Length: > 0 } email ? email : actor.Email, name, nis, key));
        });
    }

    /// <summary>Cancels the caller's registration, or a colleague's of the same municipality.</summary>
    public async Task<TrainingRegistration> CancelAsync(string sessionId, string? email)
    {
        var actor = request.RequireActor();
        return await audit.RunAsync(actor, "training.cancel", $"session:{sessionId.Trim()}", async () =>
            await (await SessionGrainAsync(sessionId)).CancelAsync(actor, string.IsNullOrWhiteSpace(email) ? actor.Email : email));
    }

    /// <summary>Staff: who attended.</summary>
    public async Task<TrainingSessionView> RecordAttendanceAsync(string sessionId, IReadOnlyList<string> present)
    {
        var actor = request.RequireActor();
        return await audit.RunAsync(actor, "training.attendance", $"session:{sessionId.Trim()}", async () =>
        {
            if (!NetworkAccessPolicy.CanManageTrainings(actor))
            {
                throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers noteren aanwezigheden.");
            }

            return await (await SessionGrainAsync(sessionId)).RecordAttendanceAsync(actor, present);
        });
    }

    /// <summary>The registrations of one municipality over all sessions (staff or its users; FORBIDDEN otherwise).</summary>
    public async Task<IReadOnlyList<MunicipalityRegistration>> RegistrationsOfAsync(string nisCode)
    {
        var actor = request.RequireActor();
        var nis = nisCode.Trim();
        if (!NetworkAccessPolicy.CanSeeRegistrationsOf(actor, nis))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Je ziet enkel de inschrijvingen van je eigen gemeente.");
        }

        var trainings = await grains.TrainingCatalog().ListAsync();
        var sessions = await Task.WhenAll(trainings.SelectMany(t => t.Sessions).Select(s => grains.TrainingSession(s.Id).GetAsync()));
        return sessions.OfType<TrainingSessionView>()
            .SelectMany(s => s.Registrations.Where(r => r.MunicipalityNisCode == nis).Select(r => new MunicipalityRegistration(s.Id, s.TrainingTitle, s.Details, r)))
            .OrderBy(r => r.Session.StartsAt).ToList();
    }

    /// <summary>Staff: the fill rate of every session, soonest first.</summary>
    public async Task<IReadOnlyList<SessionFillRate>> FillRatesAsync()
    {
        if (!NetworkAccessPolicy.CanManageTrainings(request.RequireActor()))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers zien de bezetting.");
        }

        var trainings = await grains.TrainingCatalog().ListAsync();
        return trainings.SelectMany(t => t.Sessions.Select(s => new SessionFillRate(t.Details.Title, s))).OrderBy(f => f.Session.Details.StartsAt).ToList();
    }

    /// <summary>Staff: the whole session for the attendance export; FORBIDDEN for others.</summary>
    public async Task<TrainingSessionView> ForExportAsync(string sessionId)
    {
        if (!NetworkAccessPolicy.CanManageTrainings(request.RequireActor()))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers exporteren aanwezigheidslijsten.");
        }

        return await ExistingSessionAsync(sessionId);
    }

    private async Task<TrainingSessionView> ExistingSessionAsync(string sessionId) =>
        await grains.TrainingSession(Id(sessionId)).GetAsync() ?? throw SupportException.NotFound("Deze sessie bestaat niet.");

    private async Task<ITrainingSessionGrain> SessionGrainAsync(string sessionId)
    {
        await ExistingSessionAsync(sessionId);
        return grains.TrainingSession(Id(sessionId));
    }

    private static string Id(string id) =>
        TrainingIds.IsId(id.Trim()) ? id.Trim() : throw SupportException.NotFound("Deze sessie bestaat niet.");
}
