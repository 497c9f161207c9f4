using System.Text.Json;
using System.Text.Json.Serialization;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>The stored form of a staged ticket mail's template parameters (<see cref="TicketNoticeText"/>): compact JSON, statuses by name.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TicketNoticeText))]
public sealed partial class TicketNoticeJson : JsonSerializerContext
{
    /// <summary>The parameters as stored.</summary>
    public static string Write(TicketNoticeText text) => JsonSerializer.Serialize(text, Default.TicketNoticeText);

    /// <summary>The parameters back from their stored form.</summary>
    /// <exception cref="JsonException">The text is not such parameters.</exception>
    public static TicketNoticeText Read(string json) =>
        JsonSerializer.Deserialize(json, Default.TicketNoticeText) ?? throw new JsonException("Lege parameters van een ticketmail.");
}
