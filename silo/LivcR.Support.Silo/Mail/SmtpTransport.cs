using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Mail;

/// <summary>Opens connections to the configured SMTP server (MailKit), authenticated when a user is configured.</summary>
public sealed class SmtpTransport(IOptions<SmtpOptions> options)
{
    /// <summary>True when an SMTP server is configured.</summary>
    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>A connected (and authenticated) client; the caller disconnects and disposes it.</summary>
    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            throw new InvalidOperationException("No SMTP server is configured (Smtp:Host).");
        }

        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password ?? string.Empty, cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
