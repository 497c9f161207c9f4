using LivcR.Support.Gateway.Auth;
using Microsoft.AspNetCore.Authentication;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>
/// Before a GraphQL request: a bearer token that is present but invalid (expired, wrong signature or audience) is a 401;
/// otherwise the caller is resolved once into <see cref="CallerContext"/> for the resolvers and the validation rules.
/// </summary>
public sealed class CallerMiddleware(RequestDelegate next)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context, CallerContext request, ActorResolver actors)
    {
        request.Ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await context.AuthenticateAsync();
        if (result.Failure is not null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await GraphQLHttpErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "Het toegangsbewijs is ongeldig of verlopen. Meld je opnieuw aan.");
            return;
        }

        if (result.Succeeded)
        {
            request.Actor = await actors.ResolveAsync(result.Principal);
        }

        await next(context);
    }
}
