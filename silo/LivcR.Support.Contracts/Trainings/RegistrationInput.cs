namespace LivcR.Support.Contracts.Trainings;

/// <summary>Who is registered: the caller or a colleague of the same municipality.</summary>
/// <remarks><see cref="RequestKey"/>: the caller's scoped idempotency key; the same key again within 24 hours returns the first registration.</remarks>
[GenerateSerializer]
[Alias("livcr.registration-input")]
public sealed record RegistrationInput(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] string MunicipalityNisCode,
    [property: Id(3)] string? RequestKey = null);
