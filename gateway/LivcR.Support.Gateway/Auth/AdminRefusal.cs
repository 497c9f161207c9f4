using LivcR.Support.Portal.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace LivcR.Support.Gateway.Auth;

/// <summary>
/// How a refused admin endpoint answers: a browser that is not signed in is sent to the sign-in page (and back after it);
/// everything else gets the plain 401 (not signed in) or 403 (signed in, not an admin).
/// </summary>
public sealed class AdminRefusal : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    /// <inheritdoc/>
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged && HttpMethods.IsGet(context.Request.Method)
            && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(PortalRoutes.SignIn(context.Request.Path + context.Request.QueryString));
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
