namespace LivcR.Support.Contracts.Mail;

/// <summary>Where a mailbox reader stands.</summary>
public enum MailboxState
{
    /// <summary>Not started yet, or connecting.</summary>
    Connecting = 0,

    /// <summary>Connected; reading or waiting for new mail (IDLE or polling).</summary>
    Connected = 1,

    /// <summary>The last attempt failed (network, authentication, server): waiting before it reconnects.</summary>
    Reconnecting = 2,

    /// <summary>Stopped (the silo is shutting down).</summary>
    Stopped = 3,

    /// <summary>No mailbox with this name is configured.</summary>
    NotConfigured = 4,
}
