namespace LivcR.Support.Client;

public static partial class Documents
{
    /// <summary>The automatic assignment.</summary>
    public const string GetTicketAssignment = """
        query GetTicketAssignment { ticketAssignment { ...TicketAssignmentFields } }
        """ + TicketAssignmentFields;

    /// <summary>Sets the automatic assignment.</summary>
    public const string SaveTicketAssignment = """
        mutation SaveTicketAssignment($mode: AssignmentMode!, $rules: [AssignmentRuleInput!]!) {
          saveTicketAssignment(mode: $mode, rules: $rules) { ...TicketAssignmentFields }
        }
        """ + TicketAssignmentFields;

    /// <summary>Marks a staff member absent or back.</summary>
    public const string SetStaffAbsence = """
        mutation SetStaffAbsence($email: String!, $absent: Boolean!) {
          setStaffAbsence(email: $email, absent: $absent) { ...ReassignedTicketFields }
        }
        fragment ReassignedTicketFields on ReassignedTicket { number assigneeEmail }
        """;

    private const string TicketAssignmentFields = """
        fragment TicketAssignmentFields on TicketAssignment { mode rules { ...AssignmentRuleFields } absent }
        fragment AssignmentRuleFields on AssignmentRule { category staffEmails }
        """;
}
