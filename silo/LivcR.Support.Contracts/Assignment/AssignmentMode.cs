namespace LivcR.Support.Contracts.Assignment;

/// <summary>How new tickets get an assignee. Stored by number: never renumber, only append.</summary>
public enum AssignmentMode
{
    /// <summary>No automatic assignment: staff take tickets from "Niet toegewezen".</summary>
    Off = 0,

    /// <summary>In turn among the staff of the ticket's category.</summary>
    RoundRobin = 1,

    /// <summary>To the staff member of the category with the fewest tickets still to handle.</summary>
    FewestOpen = 2,
}
