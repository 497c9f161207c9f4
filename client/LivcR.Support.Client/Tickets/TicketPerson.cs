namespace LivcR.Support.Client;

/// <summary>A person on a ticket: the requester or an author (schema type <c>TicketPerson</c>).</summary>
/// <param name="Name">Full name.</param>
/// <param name="Email">Email address.</param>
public sealed record TicketPerson(string Name, string Email);
