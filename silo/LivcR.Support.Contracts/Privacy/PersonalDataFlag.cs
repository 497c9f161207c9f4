namespace LivcR.Support.Contracts.Privacy;

/// <summary>How many items of one kind of personal data a ticket's texts contained, and what was done with them.</summary>
/// <param name="Kind">The kind found.</param>
/// <param name="Handling">Redacted before storing, or kept and flagged.</param>
/// <param name="Count">How many were found, over all the ticket's texts so far.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.personal-data-flag")]
public sealed record PersonalDataFlag(
    [property: Id(0)] PersonalDataKind Kind,
    [property: Id(1)] PersonalDataHandling Handling,
    [property: Id(2)] int Count);
