using LivcR.Support.Contracts.Privacy;

namespace LivcR.Support.Silo.Privacy;

/// <summary>The Dutch words of personal-data handling: the labels that replace redacted values and the ticket's system event.</summary>
public static class PersonalDataText
{
    /// <summary>What replaces text that staff remove from an entry afterwards.</summary>
    public const string Removed = "[verwijderd]";

    /// <summary>What replaces a redacted value of this kind in the stored text.</summary>
    public static string Label(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.NationalRegisterNumber => "[rijksregisternummer verwijderd]",
        PersonalDataKind.PhoneNumber => "[telefoonnummer verwijderd]",
        PersonalDataKind.Iban => "[rekeningnummer verwijderd]",
        PersonalDataKind.EmailAddress => "[e-mailadres verwijderd]",
        _ => Removed,
    };

    /// <summary>The system event, e.g. "Persoonsgegevens gedetecteerd: 1 rijksregisternummer verwijderd, 2 telefoonnummers gemarkeerd".</summary>
    public static string Event(IReadOnlyList<PersonalDataFlag> found) =>
        "Persoonsgegevens gedetecteerd: " + string.Join(", ", found.Select(f =>
            $"{f.Count} {Noun(f.Kind, f.Count)} {(f.Handling == PersonalDataHandling.Redacted ? "verwijderd" : "gemarkeerd")}"));

    /// <summary>Adds up findings per kind and handling.</summary>
    public static IReadOnlyList<PersonalDataFlag> Add(IEnumerable<PersonalDataFlag> flags) =>
        [.. flags.GroupBy(f => (f.Kind, f.Handling)).Select(g => new PersonalDataFlag(g.Key.Kind, g.Key.Handling, g.Sum(f => f.Count))).OrderBy(f => f.Kind).ThenBy(f => f.Handling)];

    private static string Noun(PersonalDataKind kind, int count) => (kind, count == 1) switch
    {
        (PersonalDataKind.NationalRegisterNumber, true) => "rijksregisternummer",
        (PersonalDataKind.NationalRegisterNumber, false) => "rijksregisternummers",
        (PersonalDataKind.PhoneNumber, true) => "telefoonnummer",
        (PersonalDataKind.PhoneNumber, false) => "telefoonnummers",
        (PersonalDataKind.Iban, true) => "rekeningnummer",
        (PersonalDataKind.Iban, false) => "rekeningnummers",
        (_, true) => "e-mailadres",
        _ => "e-mailadressen",
    };
}
