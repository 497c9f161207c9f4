using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Mail.Threading;

/// <summary>Registers the Message-ID signer (once; silo and gateway may share a process).</summary>
public static class MailThreadingRegistration
{
    /// <summary>Adds <see cref="MessageIdSigner"/> built from <see cref="MessageIdOptions"/> and <see cref="SmtpOptions"/>.</summary>
    public static IServiceCollection AddMailThreading(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(MessageIdSigner)))
        {
            return services;
        }

        services.AddOptions<MessageIdOptions>().BindConfiguration(MessageIdOptions.SectionName);
        services.AddOptions<SmtpOptions>();
        services.TryAddSingleton(sp => Create(
            sp.GetRequiredService<IOptions<MessageIdOptions>>().Value,
            sp.GetRequiredService<IOptions<SmtpOptions>>().Value));
        return services;
    }

    /// <summary>The signer for these options: the configured secret, else the one in the secret file.</summary>
    /// <exception cref="InvalidOperationException">The configured secret is too short, or no domain can be found.</exception>
    public static MessageIdSigner Create(MessageIdOptions options, SmtpOptions smtp)
    {
        byte[] secret;
        if (!string.IsNullOrEmpty(options.MessageIdSecret))
        {
            secret = Encoding.UTF8.GetBytes(options.MessageIdSecret);
            if (secret.Length < MessageIdSigner.MinimumSecretBytes)
            {
                throw new InvalidOperationException($"Mail:MessageIdSecret must be at least {MessageIdSigner.MinimumSecretBytes} bytes long.");
            }
        }
        else
        {
            secret = SecretFileStore.LoadOrCreate(options.MessageIdSecretPath, minimumLength: MessageIdSigner.MinimumSecretBytes);
        }

        var domain = string.IsNullOrWhiteSpace(options.MessageIdDomain) ? DomainOf(smtp.From) : options.MessageIdDomain.Trim();
        if (string.IsNullOrEmpty(domain))
        {
            throw new InvalidOperationException("Set Mail:MessageIdDomain or an Smtp:From address with a domain.");
        }

        try
        {
            return new MessageIdSigner(secret, domain);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Mail:MessageIdDomain '{domain}' is not a host name.", e);
        }
    }

    private static string? DomainOf(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at < 0 ? null : address![(at + 1)..].Trim().TrimEnd('>');
    }
}
