namespace LivcR.Support.Client;

/// <summary>Personal data of one kind found in a ticket's texts (schema type <c>PersonalDataFlag</c>); never the value.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Handling">Redacted or flagged.</param>
/// <param name="Count">How many, over all the ticket's messages and notes.</param>
public sealed record PersonalDataFlag(PersonalDataKind Kind, PersonalDataHandling Handling, int Count);
