namespace LivcR.Support.Contracts.Trainings;

/// <summary>One session of a training: when, where (a place or an online link), seats, deadline, price.</summary>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Place">Address, if in person.</param>
/// <param name="OnlineLink">Link, if online.</param>
/// <param name="Capacity">Seats; more registrations go on the waitlist.</param>
/// <param name="RegistrationDeadline">Registering and cancelling are possible until then.</param>
/// <param name="Price">Price in euro per participant; null or 0 means free.</param>
[GenerateSerializer]
[Alias("livcr.training-session-input")]
public sealed record TrainingSessionInput(
    [property: Id(0)] DateTimeOffset StartsAt,
    [property: Id(1)] DateTimeOffset EndsAt,
    [property: Id(2)] string? Place,
    [property: Id(3)] string? OnlineLink,
    [property: Id(4)] int Capacity,
    [property: Id(5)] DateTimeOffset RegistrationDeadline,
    [property: Id(6)] decimal? Price);
