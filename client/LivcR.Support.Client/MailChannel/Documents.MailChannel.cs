namespace LivcR.Support.Client;

/// <summary>Documents of the mail channel: the outbox, the quarantine, the mailbox readers, filing a mail-born ticket.</summary>
public static partial class Documents
{
    /// <summary><c>mailOutbox(status, first)</c>.</summary>
    public const string GetMailOutbox = $$"""
        query GetMailOutbox($status: OutboxMailStatus, $first: Int) {
          mailOutbox(status: $status, first: $first) { ...OutboxMailFields }
        }
        {{OutboxMailFields}}
        """;

    /// <summary><c>retryOutboxMail(id)</c>.</summary>
    public const string RetryOutboxMail = $$"""
        mutation RetryOutboxMail($id: ID!) {
          retryOutboxMail(id: $id) { ...OutboxMailFields }
        }
        {{OutboxMailFields}}
        """;

    /// <summary><c>mailQuarantine(status, first)</c>.</summary>
    public const string GetMailQuarantine = $$"""
        query GetMailQuarantine($status: QuarantineStatus, $first: Int) {
          mailQuarantine(status: $status, first: $first) { ...QuarantinedMailFields }
        }
        {{QuarantinedMailFields}}
        """;

    /// <summary><c>releaseQuarantinedMail(id)</c>.</summary>
    public const string ReleaseQuarantinedMail = $$"""
        mutation ReleaseQuarantinedMail($id: ID!) {
          releaseQuarantinedMail(id: $id) { ...QuarantinedMailFields }
        }
        {{QuarantinedMailFields}}
        """;

    /// <summary><c>discardQuarantinedMail(id)</c>.</summary>
    public const string DiscardQuarantinedMail = $$"""
        mutation DiscardQuarantinedMail($id: ID!) {
          discardQuarantinedMail(id: $id) { ...QuarantinedMailFields }
        }
        {{QuarantinedMailFields}}
        """;

    /// <summary><c>mailboxes</c>: the mailbox readers.</summary>
    public const string GetMailboxes = """
        query GetMailboxes {
          mailboxes { ...MailboxStatusFields }
        }
        fragment MailboxStatusFields on MailboxStatus {
          name description state waitsWithIdle lastError consecutiveFailures lastConnectedAt lastCheckedAt nextAttemptAt processed quarantined
        }
        """;

    /// <summary><c>setTicketMunicipality(number, nisCode)</c>.</summary>
    public const string SetTicketMunicipality = $$"""
        mutation SetTicketMunicipality($number: String!, $nisCode: String!) {
          setTicketMunicipality(number: $number, nisCode: $nisCode) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    private const string OutboxMailFields = """
        fragment OutboxMailFields on OutboxMail {
          id createdAt kind recipient ticketNumber subject messageId status attempts nextAttemptAt lastError sentAt
        }
        """;

    private const string QuarantinedMailFields = """
        fragment QuarantinedMailFields on QuarantinedMail {
          id mailbox messageId sender subject reason quarantinedAt size status decidedBy decidedAt ticketNumber canRelease
        }
        """;
}
