namespace LivcR.Support.Client;

/// <summary>Documents of people and roles.</summary>
public static partial class Documents
{
    /// <summary><c>person(email)</c>: admins read a person.</summary>
    public const string GetPerson = $$"""
        query GetPerson($email: String!) {
          person(email: $email) { ...PersonFields }
        }
        {{PersonFields}}
        """;

    /// <summary><c>savePerson(email, name)</c>: admins create a person or change their name.</summary>
    public const string SavePerson = $$"""
        mutation SavePerson($email: String!, $name: String!) {
          savePerson(email: $email, name: $name) { ...PersonFields }
        }
        {{PersonFields}}
        """;

    /// <summary><c>grantRole(email, role, scope)</c>: admins give a role.</summary>
    public const string GrantRole = $$"""
        mutation GrantRole($email: String!, $role: Role!, $scope: String) {
          grantRole(email: $email, role: $role, scope: $scope) { ...PersonFields }
        }
        {{PersonFields}}
        """;

    /// <summary><c>revokeRole(email, role, scope)</c>: admins take a role away.</summary>
    public const string RevokeRole = $$"""
        mutation RevokeRole($email: String!, $role: Role!, $scope: String) {
          revokeRole(email: $email, role: $role, scope: $scope) { ...PersonFields }
        }
        {{PersonFields}}
        """;

    /// <summary>The fragment of <see cref="Person"/> with the fragments it uses.</summary>
    private const string PersonFields = $$"""
        fragment PersonFields on Person {
          email name roles { ...RoleGrantFields } municipalities { ...MunicipalityFields }
          organisedProvinces mailLanguage undeliverable { ...MailUndeliverableFields }
        }
        fragment RoleGrantFields on RoleGrant { role scope }
        {{MailUndeliverableFields}}
        {{MunicipalityFields}}
        """;

    private const string MailUndeliverableFields = """
        fragment MailUndeliverableFields on MailUndeliverable { reason since }
        """;
}
