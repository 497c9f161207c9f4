namespace LivcR.Support.Client;

/// <summary>A session of a training: when, where, seats left, deadline, price (schema type <c>TrainingSessionSummary</c>).</summary>
/// <param name="Id">Session id.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Place">Address, if any.</param>
/// <param name="OnlineLink">Online link, if any.</param>
/// <param name="Capacity">Seats.</param>
/// <param name="SeatsLeft">Free seats.</param>
/// <param name="WaitlistLength">How many wait for a seat.</param>
/// <param name="RegistrationDeadline">Register and cancel until then.</param>
/// <param name="Price">Price in euro; null when free.</param>
public sealed record TrainingSessionSummary(
    string Id,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? OnlineLink,
    int Capacity,
    int SeatsLeft,
    int WaitlistLength,
    DateTimeOffset RegistrationDeadline,
    decimal? Price);
