namespace LivcR.Support.Client;

/// <summary>Documents of the mail directory: municipality email domains, mail languages, undeliverable addresses.</summary>
public static partial class Documents
{
    /// <summary><c>personMailStatus(email)</c>.</summary>
    public const string GetPersonMailStatus = $$"""
        query GetPersonMailStatus($email: String!) {
          personMailStatus(email: $email) { ...PersonMailStatusFields }
        }
        {{PersonMailStatusFields}}
        """;

    /// <summary><c>municipality(nisCode) { emailDomains }</c>.</summary>
    public const string GetMunicipalityEmailDomains = $$"""
        query GetMunicipalityEmailDomains($nisCode: String!) {
          municipality(nisCode: $nisCode) { ...MunicipalityEmailDomainsFields }
        }
        {{MunicipalityEmailDomainsFields}}
        """;

    /// <summary><c>setMunicipalityEmailDomains(nisCode, domains)</c>.</summary>
    public const string SetMunicipalityEmailDomains = $$"""
        mutation SetMunicipalityEmailDomains($nisCode: String!, $domains: [String!]!) {
          setMunicipalityEmailDomains(nisCode: $nisCode, domains: $domains) { ...MunicipalityEmailDomainsFields }
        }
        {{MunicipalityEmailDomainsFields}}
        """;

    /// <summary><c>setMyMailLanguage(language)</c>.</summary>
    public const string SetMyMailLanguage = $$"""
        mutation SetMyMailLanguage($language: MailLanguage!) {
          setMyMailLanguage(language: $language) { ...PersonFields }
        }
        {{PersonFields}}
        """;

    /// <summary><c>setPersonMailLanguage(email, language)</c>.</summary>
    public const string SetPersonMailLanguage = $$"""
        mutation SetPersonMailLanguage($email: String!, $language: MailLanguage!) {
          setPersonMailLanguage(email: $email, language: $language) { ...PersonFields }
        }
        {{PersonFields}}
        """;

    /// <summary><c>clearPersonUndeliverable(email)</c>.</summary>
    public const string ClearPersonUndeliverable = $$"""
        mutation ClearPersonUndeliverable($email: String!) {
          clearPersonUndeliverable(email: $email) { ...PersonMailStatusFields }
        }
        {{PersonMailStatusFields}}
        """;

    private const string PersonMailStatusFields = $$"""
        fragment PersonMailStatusFields on PersonMailStatus { email exists language undeliverable { ...MailUndeliverableFields } }
        {{MailUndeliverableFields}}
        """;

    private const string MunicipalityEmailDomainsFields = """
        fragment MunicipalityEmailDomainsFields on Municipality { nisCode emailDomains }
        """;
}
