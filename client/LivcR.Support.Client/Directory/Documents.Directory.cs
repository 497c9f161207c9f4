namespace LivcR.Support.Client;

/// <summary>Documents of the directory: municipalities and provincial platforms.</summary>
public static partial class Documents
{
    /// <summary><c>municipalities(province)</c>: the municipalities, optionally of one province.</summary>
    public const string GetMunicipalities = $$"""
        query GetMunicipalities($province: Province) {
          municipalities(province: $province) { ...MunicipalityFields }
        }
        {{MunicipalityFields}}
        """;

    /// <summary><c>municipality(nisCode)</c>: one municipality.</summary>
    public const string GetMunicipality = $$"""
        query GetMunicipality($nisCode: String!) {
          municipality(nisCode: $nisCode) { ...MunicipalityFields }
        }
        {{MunicipalityFields}}
        """;

    /// <summary><c>provincialPlatforms</c>: the five provincial platforms.</summary>
    public const string GetProvincialPlatforms = $$"""
        query GetProvincialPlatforms {
          provincialPlatforms { ...ProvincialPlatformFields }
        }
        fragment ProvincialPlatformFields on ProvincialPlatform {
          province name municipalities { ...MunicipalityFields }
        }
        {{MunicipalityFields}}
        """;

    private const string MunicipalityFields = """
        fragment MunicipalityFields on Municipality { nisCode name province postalCode }
        """;
}
