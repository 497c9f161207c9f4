namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>The moments of handling a mail at which <see cref="MailIntakeHooks"/> is called.</summary>
public enum MailIntakeStep
{
    /// <summary>Attachments stored and (for a new question) the ticket number recorded; the ticket not written yet.</summary>
    BeforeTicketWrite = 0,

    /// <summary>The ticket's durable write is done; the mail is not recorded and not moved yet.</summary>
    AfterTicketWrite = 1,
}
