using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Telemetry;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Passwordless sign-in: a one-time code by email, exchanged for a short-lived access token.</summary>
public sealed class SignInService(
    IGrainFactory grains,
    CallerContext request,
    SignInCodeSender sender,
    SignInRateLimiter limiter,
    AuditLog audit,
    SupportMetrics metrics,
    IServiceProvider services)
{
    /// <summary>Sends a code when the address belongs to a known person; answers the same either way, so it reveals nobody.</summary>
    public async Task<bool> RequestCodeAsync(string email)
    {
        var address = EmailAddressRule.Normalise(email)
            ?? throw SupportException.BadInput("email", "Dit is geen geldig e-mailadres.");
        var key = PersonKeys.Normalise(address);
        if (!limiter.TryAcquire(request.Ip))
        {
            await audit.RecordAsync(key, "auth.request-code", $"person:{key}", request.Ip, AuditOutcome.Denied);
            metrics.SignInFailures.Add(1, new KeyValuePair<string, object?>("reason", "rate_limited"));
            throw new SupportException(SupportErrorCode.RateLimited, "Te veel aanvragen vanaf dit adres. Probeer het later opnieuw.");
        }

        var code = await grains.Person(key).RequestSignInCodeAsync();
        if (code is not null)
        {
            await sender.SendAsync(key, code);
        }

        await audit.RecordAsync(key, "auth.request-code", $"person:{key}", request.Ip, AuditOutcome.Ok);
        return true;
    }

    /// <summary>Exchanges a valid code for an access token; UNAUTHENTICATED otherwise.</summary>
    public async Task<SignInResult> SignInAsync(string email, string code)
    {
        var issuer = services.GetService<TokenIssuer>()
            ?? throw new SupportException(SupportErrorCode.Forbidden, "Aanmelden met een code staat uit; meld je aan via je organisatie.");
        var key = PersonKeys.Normalise(EmailAddressRule.Normalise(email) ?? email);
        try
        {
            var person = await grains.Person(key).VerifySignInCodeAsync(code);
            var (token, expiresAt) = issuer.Issue(person);
            await audit.RecordAsync(key, "auth.sign-in", $"person:{key}", request.Ip, AuditOutcome.Ok);
            return new SignInResult(token, expiresAt, person);
        }
        catch (SupportException)
        {
            await audit.RecordAsync(key, "auth.sign-in", $"person:{key}", request.Ip, AuditOutcome.Denied);
            metrics.SignInFailures.Add(1, new KeyValuePair<string, object?>("reason", "refused"));
            throw;
        }
    }
}
