using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Logging;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Mail;
using LivcR.Support.Silo.Mail.Templates;

namespace LivcR.Support.Gateway.Auth;

/// <summary>
/// Delivers sign-in codes through the outbox, in the person's mail language, when an SMTP server is configured; in
/// Development without one, the code is written to the log so a newcomer can sign in; otherwise the code is not delivered
/// (and never logged).
/// </summary>
public sealed partial class SignInCodeSender(
    IMailOutbox outbox, MailIdentity identity, IGrainFactory grains, IHostEnvironment environment, ILogger<SignInCodeSender> logger)
{
    private const int CodeMinutes = 10;

    /// <summary>Hands the code to the outbox (or, in Development without SMTP, to the log).</summary>
    public async Task SendAsync(string email, SignInCode code, CancellationToken cancellationToken = default)
    {
        if (identity.CanSend)
        {
            var language = (await grains.Person(email).GetMailStatusAsync()).Language;
            var mail = TicketMailTemplates.SignInCode(language, code.Code, CodeMinutes);
            await outbox.EnqueueAsync(new OutboundMail(email, mail.Subject, mail.Body, OutboundMailKind.SignInCode), cancellationToken);
            LogMailed(logger, LogMask.Email(email));
        }
        else if (environment.IsDevelopment())
        {
            LogCodeForDevelopment(logger, LogMask.Email(email), code.Code);
        }
        else
        {
            LogNoTransport(logger, LogMask.Email(email));
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Sign-in code for {PersonEmail} handed to the outbox")]
    private static partial void LogMailed(ILogger logger, string personEmail);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Development: sign-in code for {PersonEmail} is {SignInCode} (no SMTP server configured)")]
    private static partial void LogCodeForDevelopment(ILogger logger, string personEmail, string signInCode);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "No SMTP server configured (Smtp:Host): the sign-in code for {PersonEmail} was not sent")]
    private static partial void LogNoTransport(ILogger logger, string personEmail);
}
