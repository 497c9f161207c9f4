using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>Where the reader of a mailbox stands (schema enum <c>MailboxState</c>).</summary>
public enum MailboxState
{
    /// <summary>Not started yet, or connecting.</summary>
    [JsonStringEnumMemberName("CONNECTING")]
    Connecting,

    /// <summary>Connected; reading or waiting for new mail (IDLE or polling).</summary>
    [JsonStringEnumMemberName("CONNECTED")]
    Connected,

    /// <summary>The last attempt failed (network, authentication, server): waiting before it reconnects (see <see cref="MailboxStatus.NextAttemptAt"/>).</summary>
    [JsonStringEnumMemberName("RECONNECTING")]
    Reconnecting,

    /// <summary>Stopped (the silo is shutting down).</summary>
    [JsonStringEnumMemberName("STOPPED")]
    Stopped,

    /// <summary>No mailbox with this name is configured.</summary>
    [JsonStringEnumMemberName("NOT_CONFIGURED")]
    NotConfigured,
}
