namespace LivcR.Support.Client;

/// <summary>Trainings: the catalogue, sessions, registrations (with the waitlist), attendance, fill rates and the attendance list.</summary>
/// <remarks>
/// Registrations, cancellations and promotions from the waitlist are mailed by the server with an iCalendar file.
/// Municipal users see and manage their own municipality's registrations only.
/// </remarks>
public sealed partial class SupportClient
{
    /// <summary>The training offer with the essentials of its sessions (when, where, free seats, deadline, price).</summary>
    public Task<IReadOnlyList<TrainingListing>> TrainingsAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<TrainingListing>>(Documents.GetTrainings, "trainings", null, cancellationToken);

    /// <summary>One training with its sessions; <see cref="SupportErrorCodes.NotFound"/> when unknown.</summary>
    public Task<Training> GetTrainingAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return RunAsync<Training>(Documents.GetTraining, "training", new { id }, cancellationToken);
    }

    /// <summary>A session with the registrations you may see (staff: all; municipal users: their municipality's) and your place on the waitlist.</summary>
    public Task<TrainingSession> GetTrainingSessionAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return RunAsync<TrainingSession>(Documents.GetTrainingSession, "trainingSession", new { id }, cancellationToken);
    }

    /// <summary>Staff and the municipality's users: the municipality's registrations over all sessions; <see cref="SupportErrorCodes.Forbidden"/> otherwise.</summary>
    public Task<IReadOnlyList<MunicipalityTrainingRegistration>> TrainingRegistrationsAsync(string nisCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nisCode);
        return RunAsync<IReadOnlyList<MunicipalityTrainingRegistration>>(Documents.GetTrainingRegistrations, "trainingRegistrations", new { nisCode }, cancellationToken);
    }

    /// <summary>Staff: how full every session is.</summary>
    public Task<IReadOnlyList<TrainingFillRate>> TrainingFillRatesAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<TrainingFillRate>>(Documents.GetTrainingFillRates, "trainingFillRates", null, cancellationToken);

    /// <summary>Staff: adds a training to the catalogue.</summary>
    public Task<Training> CreateTrainingAsync(TrainingInput training, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        return RunAsync<Training>(Documents.CreateTraining, "createTraining", new { input = training }, cancellationToken);
    }

    /// <summary>Staff: changes a training's texts (its sessions stay).</summary>
    public Task<Training> UpdateTrainingAsync(string id, TrainingInput training, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(training);
        return RunAsync<Training>(Documents.UpdateTraining, "updateTraining", new { id, input = training }, cancellationToken);
    }

    /// <summary>Staff: schedules a session of a training.</summary>
    public Task<TrainingSession> ScheduleTrainingSessionAsync(string trainingId, TrainingSessionInput session, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trainingId);
        ArgumentNullException.ThrowIfNull(session);
        return RunAsync<TrainingSession>(Documents.ScheduleTrainingSession, "scheduleTrainingSession", new { trainingId, input = session }, cancellationToken);
    }

    /// <summary>
    /// Registers you, or with <paramref name="colleague"/> a colleague of your municipality: a seat when one is free, else
    /// the waitlist (see <see cref="TrainingRegistration.Status"/>). <see cref="SupportErrorCodes.Conflict"/> after the
    /// deadline or when already registered; <see cref="SupportErrorCodes.Forbidden"/> for someone of another municipality.
    /// Sent with <paramref name="clientRequestId"/> (a new one when null) and once more with it when the connection fails.
    /// </summary>
    public Task<TrainingRegistration> RegisterForTrainingAsync(string sessionId, TrainingParticipantInput? colleague = null, string? clientRequestId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return RunRetryingAsync<TrainingRegistration>(Documents.RegisterForTraining, "registerForTraining",
            new { sessionId, participant = colleague, clientRequestId = clientRequestId ?? NewRequestId() }, cancellationToken);
    }

    /// <summary>
    /// Cancels your registration, or with <paramref name="email"/> a colleague's of your municipality, until the deadline;
    /// the first on the waitlist gets the seat. Returns the cancelled registration.
    /// </summary>
    public Task<TrainingRegistration> CancelTrainingRegistrationAsync(string sessionId, string? email = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return RunAsync<TrainingRegistration>(Documents.CancelTrainingRegistration, "cancelTrainingRegistration", new { sessionId, email }, cancellationToken);
    }

    /// <summary>Staff, after the start: who of the confirmed participants attended; the others are marked absent.</summary>
    public Task<TrainingSession> RecordTrainingAttendanceAsync(string sessionId, IEnumerable<string> present, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentNullException.ThrowIfNull(present);
        return RunAsync<TrainingSession>(Documents.RecordTrainingAttendance, "recordTrainingAttendance", new { sessionId, present = present.ToList() }, cancellationToken);
    }

    /// <summary>
    /// <c>GET /exports/trainings/{sessionId}/calendar.ics</c>, anyone signed in: the session as an iCalendar file
    /// (<c>text/calendar</c>) for your own calendar, the same event as in the registration mails.
    /// <see cref="SupportErrorCodes.NotFound"/> for an unknown session.
    /// </summary>
    public Task<SupportFile> DownloadTrainingCalendarAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return DownloadAsync(Address($"exports/trainings/{Uri.EscapeDataString(sessionId)}/calendar.ics"), $"vorming-{sessionId}.ics", cancellationToken);
    }

    /// <summary>
    /// <c>GET /exports/trainings/{sessionId}/attendance.csv</c>, staff: a session's attendance list as the CSV staff open in a
    /// spreadsheet (UTF-8 with a byte order mark, semicolons, CRLF, times in Brussels). The download is audited.
    /// </summary>
    public Task<SupportFile> ExportTrainingAttendanceCsvAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return DownloadAsync(Address($"exports/trainings/{Uri.EscapeDataString(sessionId)}/attendance.csv"), $"aanwezigheden-{sessionId}.csv", cancellationToken);
    }
}
