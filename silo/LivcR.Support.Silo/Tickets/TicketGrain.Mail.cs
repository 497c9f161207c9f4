using LivcR.Support.Silo.Mail.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The ticket's email side: the mail it sends after a change, and the mail it receives.</summary>
public sealed partial class TicketGrain
{
    private TicketMailer Mailer => field ??= ServiceProvider.GetRequiredService<TicketMailer>();
}
