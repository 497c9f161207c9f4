using LivcR.Support.Portal.Session;

namespace LivcR.Support.Gateway.Auth;

/// <summary>
/// For the admin pages the gateway itself serves (the Orleans dashboard, <c>/metrics</c>): a browser signed in to the
/// portal sends no bearer token, only the session cookie, so its token is taken from there and checked like any other.
/// </summary>
public sealed class PortalSessionBearer(RequestDelegate next)
{
    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context, PortalSession session)
    {
        if (string.IsNullOrEmpty(context.Request.Headers.Authorization) && session.User is { } user)
        {
            context.Request.Headers.Authorization = "Bearer " + user.AccessToken;
        }

        return next(context);
    }
}
