namespace LivcR.Support.Client;

/// <summary>Documents of a person's data.</summary>
public static partial class Documents
{
    /// <summary><c>personData(email)</c>: admins export a person's data.</summary>
    public const string PersonData = $$"""
        query PersonData($email: String!) {
          personData(email: $email) { ...PersonDataFields }
        }
        fragment PersonDataFields on PersonData {
          email exportedAt name roles { ...RoleGrantFields } ticketCount communityCount registrationCount mailCount auditEntryCount json
        }
        fragment RoleGrantFields on RoleGrant { role scope }
        """;

    /// <summary><c>erasePerson(email)</c>: admins erase a person.</summary>
    public const string ErasePerson = """
        mutation ErasePerson($email: String!) {
          erasePerson(email: $email) { ...PersonErasureFields }
        }
        fragment PersonErasureFields on PersonErasure { email tickets communities trainings profileDeleted }
        """;
}
