namespace LivcR.Support.Client;

/// <summary>Documents of one ticket: asking, reading, answering, triage, links and merges.</summary>
public static partial class Documents
{
    /// <summary><c>submitHelpdeskRequest(input)</c>: a municipality asks a question.</summary>
    public const string SubmitHelpdeskRequest = $$"""
        mutation SubmitHelpdeskRequest($input: SubmitHelpdeskRequestInput!) {
          submitHelpdeskRequest(input: $input) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>ticket(number)</c>: one ticket with its thread.</summary>
    public const string GetTicket = $$"""
        query GetTicket($number: String!) {
          ticket(number: $number) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>setTicketConfidential(number, confidential)</c>.</summary>
    public const string SetTicketConfidential = $$"""
        mutation SetTicketConfidential($number: String!, $confidential: Boolean!) {
          setTicketConfidential(number: $number, confidential: $confidential) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>setTicketLegalHold(number, hold, expectedVersion)</c>: staff keep a ticket from retention, or let it go.</summary>
    public const string SetTicketLegalHold = $$"""
        mutation SetTicketLegalHold($number: String!, $hold: Boolean!, $expectedVersion: Int) {
          setTicketLegalHold(number: $number, hold: $hold, expectedVersion: $expectedVersion) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>replyToTicket(number, body, expectedVersion, clientRequestId)</c>: a public answer.</summary>
    public const string ReplyToTicket = $$"""
        mutation ReplyToTicket($number: String!, $body: String!, $expectedVersion: Int, $clientRequestId: String) {
          replyToTicket(number: $number, body: $body, expectedVersion: $expectedVersion, clientRequestId: $clientRequestId) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>closeTicket(number, expectedVersion)</c>: the municipality closes its question.</summary>
    public const string CloseTicket = $$"""
        mutation CloseTicket($number: String!, $expectedVersion: Int) {
          closeTicket(number: $number, expectedVersion: $expectedVersion) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>reopenTicket(number, expectedVersion)</c>: a resolved ticket opens again.</summary>
    public const string ReopenTicket = $$"""
        mutation ReopenTicket($number: String!, $expectedVersion: Int) {
          reopenTicket(number: $number, expectedVersion: $expectedVersion) { ...TicketFields }
        }
        {{TicketFields}}
        """;

        /// <summary><c>addInternalNote(number, body, expectedVersion, clientRequestId)</c>: a note only staff see.</summary>
    public const string AddInternalNote = $$"""
        mutation AddInternalNote($number: String!, $body: String!, $expectedVersion: Int, $clientRequestId: String) {
          addInternalNote(number: $number, body: $body, expectedVersion: $expectedVersion, clientRequestId: $clientRequestId) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>redactTicketEntry(number, entryId, text, expectedVersion)</c>: staff remove a text from one entry.</summary>
    public const string RedactTicketEntry = $$"""
        mutation RedactTicketEntry($number: String!, $entryId: Int!, $text: String!, $expectedVersion: Int) {
          redactTicketEntry(number: $number, entryId: $entryId, text: $text, expectedVersion: $expectedVersion) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>triageTicket(number, input)</c>: status, priority, category, prevention level, assignee, tags.</summary>
    public const string TriageTicket = $$"""
        mutation TriageTicket($number: String!, $input: TicketTriageInput!) {
          triageTicket(number: $number, input: $input) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>bulkTriageTickets(numbers, input)</c>: the same triage on many tickets, each on its own.</summary>
    public const string BulkTriageTickets = """
        mutation BulkTriageTickets($numbers: [String!]!, $input: TicketTriageInput!) {
          bulkTriageTickets(numbers: $numbers, input: $input) { ...BulkTicketResultFields }
        }
        fragment BulkTicketResultFields on BulkTicketResult { number ticket { ...TicketStateFields } errorCode errorMessage }
        fragment TicketStateFields on Ticket { number status priority category preventionLevel assigneeEmail tags updatedAt version }
        """;

    /// <summary><c>linkTickets(number, otherNumber)</c>.</summary>
    public const string LinkTickets = $$"""
        mutation LinkTickets($number: String!, $otherNumber: String!) {
          linkTickets(number: $number, otherNumber: $otherNumber) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>unlinkTickets(number, otherNumber)</c>.</summary>
    public const string UnlinkTickets = $$"""
        mutation UnlinkTickets($number: String!, $otherNumber: String!) {
          unlinkTickets(number: $number, otherNumber: $otherNumber) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary><c>mergeTickets(sourceNumber, targetNumber, expectedVersion)</c>: returns the target.</summary>
    public const string MergeTickets = $$"""
        mutation MergeTickets($sourceNumber: String!, $targetNumber: String!, $expectedVersion: Int) {
          mergeTickets(sourceNumber: $sourceNumber, targetNumber: $targetNumber, expectedVersion: $expectedVersion) { ...TicketFields }
        }
        {{TicketFields}}
        """;

    /// <summary>The fragment of <see cref="Ticket"/> with the fragments it uses.</summary>
    private const string TicketFields = $$"""
        fragment TicketFields on Ticket {
          number subject status priority municipality { ...MunicipalityFields } requester { ...TicketPersonFields }
          messages { ...TicketMessageFields } confidential category preventionLevel tags assigneeEmail links mergedInto
          firstResponseDue resolutionDue firstResponseAt slaBreached attachments { ...TicketAttachmentFields }
          slaPauses { ...TicketSlaPauseFields }
          entries { ...TicketEntryFields } createdAt updatedAt version legalHold anonymisedAt personalDataFlags { ...PersonalDataFlagFields }
        }
        fragment TicketPersonFields on TicketPerson { name email }
        fragment TicketSlaPauseFields on TicketSlaPause { from to }
        fragment TicketMessageFields on TicketMessage { id author { ...TicketPersonFields } body createdAt }
        fragment TicketAttachmentFields on TicketAttachment { id name contentType size uploadedBy { ...TicketPersonFields } uploadedAt internal }
        fragment TicketEntryFields on TicketEntry { id kind author { ...TicketPersonFields } byStaff body createdAt mail { ...TicketEntryMailFields } }
        fragment TicketEntryMailFields on TicketEntryMail { messageId receivedAt html fullText }
        fragment PersonalDataFlagFields on PersonalDataFlag { kind handling count }
        {{MunicipalityFields}}
        """;
}
