namespace LivcR.Support.Client;

/// <summary>
/// A session in the catalogue list (selected from schema type <c>TrainingSessionSummary</c>): when, where, free seats,
/// deadline, price and the length of the waitlist; <see cref="TrainingSessionSummary"/> also has the capacity.
/// </summary>
/// <param name="Id">Session id.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Place">Address, if any.</param>
/// <param name="OnlineLink">Online link, if any.</param>
/// <param name="SeatsLeft">Free seats; 0 means a registration goes on the waitlist.</param>
/// <param name="WaitlistLength">How many wait for a seat.</param>
/// <param name="RegistrationDeadline">Register and cancel until then.</param>
/// <param name="Price">Price in euro; null when free.</param>
public sealed record TrainingSessionSlot(
    string Id,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? OnlineLink,
    int SeatsLeft,
    int WaitlistLength,
    DateTimeOffset RegistrationDeadline,
    decimal? Price);
