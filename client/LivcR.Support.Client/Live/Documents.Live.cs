namespace LivcR.Support.Client;

public static partial class Documents
{
    private const string TicketChangeEventFields = """
        fragment TicketChangeEventFields on TicketChangeEvent {
          kind number version status municipalityNisCode assigneeEmail actorName actorEmail at
        }
        """;

    /// <summary>The live events of one ticket.</summary>
    public const string TicketChanged = """
        subscription TicketChanged($number: String!) {
          ticketChanged(number: $number) { ...TicketChangeEventFields }
        }
        """ + TicketChangeEventFields;

    /// <summary>The live events of the ticket queue.</summary>
    public const string TicketQueueChanged = """
        subscription TicketQueueChanged($filter: TicketQueueFilter) {
          ticketQueueChanged(filter: $filter) { ...TicketChangeEventFields }
        }
        """ + TicketChangeEventFields;

    /// <summary>Tells the other staff on a ticket that you have it open, or are writing.</summary>
    public const string AnnounceTicketPresence = """
        mutation AnnounceTicketPresence($number: String!, $composing: Boolean) {
          announceTicketPresence(number: $number, composing: $composing)
        }
        """;
}
