namespace LivcR.Support.Silo.Tickets;

/// <summary>The moments of a ticket's save where a crash hurts most (see <see cref="TicketWriteHooks"/>).</summary>
public enum TicketWriteStep
{
    /// <summary>The change's mail is staged in the outbox; the state is not written yet.</summary>
    BeforeStateWrite = 0,

    /// <summary>The state is written; the read model and the caller's answer are not.</summary>
    AfterStateWrite = 1,

    /// <summary>Retention removed what the ticket keeps outside its state; the anonymised state is not written yet.</summary>
    AfterRetentionPurge = 2,
}
