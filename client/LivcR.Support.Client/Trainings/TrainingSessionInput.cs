namespace LivcR.Support.Client;

/// <summary>A session of a training (schema input <c>TrainingSessionInput</c>): when, a place or an online link, seats, registration deadline, price.</summary>
/// <param name="StartsAt">Start, in the future.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Capacity">Seats, 1 to 1000; more registrations go on the waitlist.</param>
/// <param name="RegistrationDeadline">Register and cancel until then (before the start).</param>
/// <param name="Place">Address.</param>
/// <param name="OnlineLink">An http(s) link.</param>
/// <param name="Price">Price in euro; null or 0 for free.</param>
public sealed record TrainingSessionInput(
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity,
    DateTimeOffset RegistrationDeadline,
    string? Place = null,
    string? OnlineLink = null,
    decimal? Price = null);
