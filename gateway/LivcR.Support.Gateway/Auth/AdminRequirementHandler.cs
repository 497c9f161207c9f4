using Microsoft.AspNetCore.Authorization;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Meets <see cref="AdminRequirement"/> when the authenticated person is an admin now (a revoked role counts at once).</summary>
public sealed class AdminRequirementHandler(ActorResolver actors) : AuthorizationHandler<AdminRequirement>
{
    /// <inheritdoc/>
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdminRequirement requirement)
    {
        if (await actors.ResolveAsync(context.User) is { IsAdmin: true })
        {
            context.Succeed(requirement);
        }
    }
}
