using System.Text.Json;
using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>How the client writes variables and reads results.</summary>
internal static class WireJson
{
    /// <summary>
    /// For GraphQL: camelCase names, enums by their schema names, null values left out (a left-out triage field is kept,
    /// an explicit null would clear it). Reading is strict — a missing non-null member, a null where the record has
    /// none, or a member the record does not know all fail — because the server returns exactly what the document
    /// selected, so any difference is a client bug or schema drift and must not pass silently.
    /// </summary>
    public static JsonSerializerOptions GraphQL { get; } = Create(strictMembers: true);

    /// <summary>For the plain HTTP endpoints, whose JSON bodies may gain members: as <see cref="GraphQL"/>, but unknown members are ignored.</summary>
    public static JsonSerializerOptions Http { get; } = Create(strictMembers: false);

    private static JsonSerializerOptions Create(bool strictMembers)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = strictMembers ? JsonUnmappedMemberHandling.Disallow : JsonUnmappedMemberHandling.Skip,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
