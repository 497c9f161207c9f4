namespace LivcR.Support.Client;

/// <summary>Documents of a person's data.</summary>
public static partial class Documents
{
    /// <summary><c>personData(email)</c>: admins export a person's data.</summary>
    public const string PersonData = """
        query PersonData($email: String!) {
          personData(email: $email) {
            email exportedAt name roles { role scope } ticketCount communityCount registrationCount mailCount auditEntryCount json
          }
        }
        """;

    /// <summary><c>erasePerson(email)</c>: admins erase a person.</summary>
    public const string ErasePerson = """
        mutation ErasePerson($email: String!) {
          erasePerson(email: $email) { email tickets communities trainings profileDeleted }
        }
        """;
}
