using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>Runs a network-support change and writes its audit row: ok, denied (out of scope) or failed (bad input, conflict).</summary>
public sealed class NetworkAudit(CallerContext request, AuditLog audit)
{
    /// <summary>Runs the change for the actor and records the outcome against the target (e.g. "platform:limburg").</summary>
    public async Task<T> RunAsync<T>(string actor, string action, string target, Func<Task<T>> change)
    {
        try
        {
            var result = await change();
            await audit.RecordAsync(actor, action, target, request.Ip, AuditOutcome.Ok);
            return result;
        }
        catch (SupportException refused)
        {
            var outcome = refused.Code is SupportErrorCode.Forbidden or SupportErrorCode.NotFound ? AuditOutcome.Denied : AuditOutcome.Failed;
            await audit.RecordAsync(actor, action, target, request.Ip, outcome);
            throw;
        }
    }

    /// <summary>Writes one audit row (for changes whose actor is only known afterwards).</summary>
    public Task RecordAsync(string actor, string action, string target, string outcome) => audit.RecordAsync(actor, action, target, request.Ip, outcome);

    /// <summary>Runs the change for the signed-in caller.</summary>
    public Task<T> RunAsync<T>(Actor actor, string action, string target, Func<Task<T>> change) => RunAsync(actor.Email, action, target, change);
}
