using System.Text.Json;

namespace LivcR.Support.LiveBench;

/// <summary>
/// What a subscriber needs of one message: its graphql-transport-ws <c>type</c> (null over SSE), the event's
/// <c>kind</c>, <c>number</c> and <c>version</c>, and whether it carried errors. Read with <see cref="Utf8JsonReader"/>
/// by property name at any depth, so the same reader serves an SSE <c>data</c> line and a WebSocket message.
/// </summary>
internal readonly record struct LiveEvent(string? Type, string? Kind, string? Number, int Version, bool HasErrors)
{
    public static LiveEvent Read(ReadOnlySpan<byte> json)
    {
        string? type = null, kind = null, number = null;
        var version = -1;
        var errors = false;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.ValueTextEquals("errors"u8))
            {
                errors = true;
                continue;
            }

            // The name, then its value (a string, a number or null).
            var isType = reader.ValueTextEquals("type"u8);
            var isKind = reader.ValueTextEquals("kind"u8);
            var isNumber = reader.ValueTextEquals("number"u8);
            var isVersion = reader.ValueTextEquals("version"u8);
            if (!reader.Read())
            {
                break;
            }

            if (isVersion && reader.TokenType == JsonTokenType.Number)
            {
                version = reader.GetInt32();
            }
            else if (reader.TokenType == JsonTokenType.String)
            {
                if (isType)
                {
                    type = reader.GetString();
                }
                else if (isKind)
                {
                    kind = reader.GetString();
                }
                else if (isNumber)
                {
                    number = reader.GetString();
                }
            }
        }

        return new LiveEvent(type, kind, number, version, errors);
    }
}
