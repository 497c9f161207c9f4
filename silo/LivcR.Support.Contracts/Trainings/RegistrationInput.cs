namespace LivcR.Support.Contracts.Trainings;

/// <summary>Who is registered: the caller or a colleague of the same municipality.</summary>
[GenerateSerializer]
[Alias("livcr.registration-input")]
public sealed record RegistrationInput(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] string MunicipalityNisCode);
