namespace LivcR.Support.Client;

/// <summary>Documents of LIVC-R profiles.</summary>
public static partial class Documents
{
    /// <summary><c>livcrProfile(nisCode)</c>: one municipality's profile with its history.</summary>
    public const string GetLivcrProfile = $$"""
        query GetLivcrProfile($nisCode: String!) {
          livcrProfile(nisCode: $nisCode) { ...LivcrProfileFields }
        }
        {{LivcrProfileFields}}
        """;

    /// <summary><c>livcrProfiles(province, status)</c>: the staff overview.</summary>
    public const string GetLivcrProfiles = """
        query GetLivcrProfiles($province: Province, $status: LivcrStatus) {
          livcrProfiles(province: $province, status: $status) { ...LivcrProfileSummaryFields }
        }
        fragment LivcrProfileSummaryFields on LivcrProfileSummary {
          nisCode municipalityName status sharedWithNisCode coachingTrack lastOperationalMeeting lastStrategicMeeting updatedAt
        }
        """;

    /// <summary><c>livcrStatusCounts(province)</c>: how many municipalities have each status.</summary>
    public const string GetLivcrStatusCounts = """
        query GetLivcrStatusCounts($province: Province) {
          livcrStatusCounts(province: $province) { ...LivcrStatusCountFields }
        }
        fragment LivcrStatusCountFields on LivcrStatusCount { status count }
        """;

    /// <summary><c>updateLivcrProfile(nisCode, input)</c>: replaces the profile.</summary>
    public const string UpdateLivcrProfile = $$"""
        mutation UpdateLivcrProfile($nisCode: String!, $input: LivcrProfileInput!) {
          updateLivcrProfile(nisCode: $nisCode, input: $input) { ...LivcrProfileFields }
        }
        {{LivcrProfileFields}}
        """;

    private const string LivcrProfileFields = """
        fragment LivcrProfileFields on LivcrProfile {
          nisCode municipalityName status sharedWithNisCode coachingTrack roles { ...LivcrRoleFilledFields } contacts { ...LivcrContactFields }
          lastOperationalMeeting lastStrategicMeeting version updatedAt updatedBy history { ...LivcrProfileChangeFields }
        }
        fragment LivcrRoleFilledFields on LivcrRoleFilled { kind organisation note }
        fragment LivcrContactFields on LivcrContact { name function email phone }
        fragment LivcrProfileChangeFields on LivcrProfileChange { at by version changes }
        """;
}
