using System.Security.Cryptography;
using System.Text.Json;
using LivcR.Support.Client;
using Microsoft.AspNetCore.DataProtection;

namespace LivcR.Support.Portal.Session;

/// <summary>
/// The session cookie: the gateway's token, protected and time-limited, in an HttpOnly, SameSite=Strict cookie (Secure
/// outside Development). The browser never sees the token itself; the portal sends it as the bearer of its GraphQL calls.
/// </summary>
public sealed class PortalSession(IHttpContextAccessor http, IDataProtectionProvider protection, IHostEnvironment environment, TimeProvider clock)
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "livcr_sessie";

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("LivcR.Support.Portal.Session.v1").ToTimeLimitedDataProtector();

    private PortalUser? _user;
    private bool _read;

    /// <summary>The signed-in person, or null when there is no valid, unexpired session.</summary>
    public PortalUser? User
    {
        get
        {
            if (!_read)
            {
                _read = true;
                _user = Read();
            }

            return _user;
        }
    }

    /// <summary>Starts a session for the person the gateway signed in.</summary>
    public void SignIn(SignInResult result)
    {
        var municipality = result.Person.Municipalities.Count > 0 ? result.Person.Municipalities[0] : null;
        var person = result.Person;
        var user = new PortalUser(
            person.Email, person.Name, result.AccessToken, result.ExpiresAt, municipality?.NisCode, municipality?.Name,
            IsStaff: person.Roles.Any(r => r.Role == Role.Staff),
            IsAdmin: person.Roles.Any(r => r.Role == Role.Admin),
            OrganisedProvinces: person.OrganisedProvinces ?? []);
        var protectedValue = _protector.Protect(JsonSerializer.Serialize(user), result.ExpiresAt);
        Context.Response.Cookies.Append(CookieName, protectedValue, Options(result.ExpiresAt));
        _user = user;
        _read = true;
    }

    /// <summary>Ends the session (the cookie is removed).</summary>
    public void SignOut()
    {
        Context.Response.Cookies.Delete(CookieName, Options(null));
        _user = null;
        _read = true;
    }

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No request.");

    private PortalUser? Read()
    {
        if (!Context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var user = JsonSerializer.Deserialize<PortalUser>(_protector.Unprotect(value, out var expires));
            return user is not null && expires > clock.GetUtcNow() ? user : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private static bool IsLocal(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip) && context.Request.Host.Host is "localhost" or "127.0.0.1" or "[::1]";

    private CookieOptions Options(DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        // Secure outside Development; plain http is accepted only on this machine itself (a local trial, the tests).
        Secure = Context.Request.IsHttps || (!environment.IsDevelopment() && !IsLocal(Context)),
        Path = "/",
        Expires = expires,
        IsEssential = true,
    };
}
