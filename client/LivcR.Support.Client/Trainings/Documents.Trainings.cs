namespace LivcR.Support.Client;

/// <summary>Documents of trainings: the catalogue, sessions, registrations, attendance and fill rates.</summary>
public static partial class Documents
{
    /// <summary><c>trainings</c>: the offer with the essentials of its sessions (see <see cref="TrainingListing"/> for why not every field).</summary>
    public const string GetTrainings = """
        query GetTrainings {
          trainings { ...TrainingListingFields }
        }
        fragment TrainingListingFields on Training { id title description audience format duration sessions { ...TrainingSessionSlotFields } }
        fragment TrainingSessionSlotFields on TrainingSessionSummary { id startsAt endsAt place onlineLink seatsLeft waitlistLength registrationDeadline price }
        """;

    /// <summary><c>training(id)</c>.</summary>
    public const string GetTraining = $$"""
        query GetTraining($id: String!) {
          training(id: $id) { ...TrainingFields }
        }
        {{TrainingFields}}
        """;

    /// <summary><c>trainingSession(id)</c>: a session with the registrations the caller may see.</summary>
    public const string GetTrainingSession = $$"""
        query GetTrainingSession($id: String!) {
          trainingSession(id: $id) { ...TrainingSessionFields }
        }
        {{TrainingSessionFields}}
        """;

    /// <summary><c>trainingRegistrations(nisCode)</c>: a municipality's registrations over all sessions.</summary>
    public const string GetTrainingRegistrations = $$"""
        query GetTrainingRegistrations($nisCode: String!) {
          trainingRegistrations(nisCode: $nisCode) { ...MunicipalityTrainingRegistrationFields }
        }
        fragment MunicipalityTrainingRegistrationFields on MunicipalityTrainingRegistration {
          sessionId trainingTitle startsAt registration { ...TrainingRegistrationFields }
        }
        {{TrainingRegistrationFields}}
        """;

    /// <summary><c>trainingFillRates</c>: how full every session is.</summary>
    public const string GetTrainingFillRates = $$"""
        query GetTrainingFillRates {
          trainingFillRates { ...TrainingFillRateFields }
        }
        fragment TrainingFillRateFields on TrainingFillRate {
          trainingTitle session { ...TrainingSessionSummaryFields } confirmed waitlisted attended fillRate
        }
        {{TrainingSessionSummaryFields}}
        """;

    /// <summary><c>createTraining(input)</c>.</summary>
    public const string CreateTraining = $$"""
        mutation CreateTraining($input: TrainingInput!) {
          createTraining(input: $input) { ...TrainingFields }
        }
        {{TrainingFields}}
        """;

    /// <summary><c>updateTraining(id, input)</c>.</summary>
    public const string UpdateTraining = $$"""
        mutation UpdateTraining($id: String!, $input: TrainingInput!) {
          updateTraining(id: $id, input: $input) { ...TrainingFields }
        }
        {{TrainingFields}}
        """;

    /// <summary><c>scheduleTrainingSession(trainingId, input)</c>.</summary>
    public const string ScheduleTrainingSession = $$"""
        mutation ScheduleTrainingSession($trainingId: String!, $input: TrainingSessionInput!) {
          scheduleTrainingSession(trainingId: $trainingId, input: $input) { ...TrainingSessionFields }
        }
        {{TrainingSessionFields}}
        """;

    /// <summary><c>registerForTraining(sessionId, participant, clientRequestId)</c>.</summary>
    public const string RegisterForTraining = $$"""
        mutation RegisterForTraining($sessionId: String!, $participant: TrainingParticipantInput, $clientRequestId: String) {
          registerForTraining(sessionId: $sessionId, participant: $participant, clientRequestId: $clientRequestId) { ...TrainingRegistrationFields }
        }
        {{TrainingRegistrationFields}}
        """;

    /// <summary><c>cancelTrainingRegistration(sessionId, email)</c>.</summary>
    public const string CancelTrainingRegistration = $$"""
        mutation CancelTrainingRegistration($sessionId: String!, $email: String) {
          cancelTrainingRegistration(sessionId: $sessionId, email: $email) { ...TrainingRegistrationFields }
        }
        {{TrainingRegistrationFields}}
        """;

    /// <summary><c>recordTrainingAttendance(sessionId, present)</c>.</summary>
    public const string RecordTrainingAttendance = $$"""
        mutation RecordTrainingAttendance($sessionId: String!, $present: [String!]!) {
          recordTrainingAttendance(sessionId: $sessionId, present: $present) { ...TrainingSessionFields }
        }
        {{TrainingSessionFields}}
        """;

    private const string TrainingFields = $$"""
        fragment TrainingFields on Training { id title description audience format duration sessions { ...TrainingSessionSummaryFields } }
        {{TrainingSessionSummaryFields}}
        """;

    private const string TrainingSessionFields = $$"""
        fragment TrainingSessionFields on TrainingSession {
          id trainingId trainingTitle summary { ...TrainingSessionSummaryFields } waitlistPosition registrations { ...TrainingRegistrationFields }
        }
        {{TrainingSessionSummaryFields}}
        {{TrainingRegistrationFields}}
        """;

    private const string TrainingSessionSummaryFields = """
        fragment TrainingSessionSummaryFields on TrainingSessionSummary {
          id startsAt endsAt place onlineLink capacity seatsLeft waitlistLength registrationDeadline price
        }
        """;

    private const string TrainingRegistrationFields = """
        fragment TrainingRegistrationFields on TrainingRegistration { email name municipalityNisCode registeredBy registeredAt status attended }
        """;
}
