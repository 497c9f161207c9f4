namespace LivcR.Support.Portal.Services;

/// <summary>
/// Tells the gateway which browser a call is made for (<c>X-Forwarded-For</c>), so its per-address limits (sign-in codes,
/// anonymous requests) count browsers, not the portal. The gateway believes the header only from its trusted proxies.
/// </summary>
public sealed class ForwardedForHandler(IHttpContextAccessor http) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.Connection.RemoteIpAddress is { } browser)
        {
            request.Headers.Remove("X-Forwarded-For");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", browser.ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
