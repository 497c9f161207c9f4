using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>The live state of one mailbox reader, updated by the reader and read by health checks (thread-safe).</summary>
public sealed class MailboxStatusTracker(string name, string description)
{
    private readonly Lock _lock = new();
    private MailboxStatus _status = new(name, description, MailboxState.Connecting, false, null, 0, null, null, null, 0, 0);

    /// <summary>The current state.</summary>
    public MailboxStatus Current
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    /// <summary>Connected and logged in.</summary>
    public void Connected(bool idle, DateTimeOffset at) =>
        Update(s => s with { State = MailboxState.Connected, WaitsWithIdle = idle, ConsecutiveFailures = 0, LastConnectedAt = at, NextAttemptAt = null });

    /// <summary>The folder was read to the end.</summary>
    public void Checked(DateTimeOffset at) => Update(s => s with { LastCheckedAt = at });

    /// <summary>A connection attempt or a pass failed; the next attempt is due at <paramref name="next"/>.</summary>
    public void Failed(string error, DateTimeOffset next) =>
        Update(s => s with { State = MailboxState.Reconnecting, LastError = error, ConsecutiveFailures = s.ConsecutiveFailures + 1, NextAttemptAt = next });

    /// <summary>A mail could not be handled this time (it stays in the inbox and is tried again).</summary>
    public void Problem(string error) => Update(s => s with { LastError = error });

    /// <summary>Mails moved to the processed and quarantine folders.</summary>
    public void Moved(int processed, int quarantined) =>
        Update(s => s with { Processed = s.Processed + processed, Quarantined = s.Quarantined + quarantined });

    /// <summary>The reader stopped.</summary>
    public void Stopped() => Update(s => s with { State = MailboxState.Stopped, NextAttemptAt = null });

    private void Update(Func<MailboxStatus, MailboxStatus> change)
    {
        lock (_lock)
        {
            _status = change(_status);
        }
    }
}
