using GraphQL;
using GraphQL.Execution;
using LivcR.Support.Contracts.Errors;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>
/// Gives every error a stable <c>extensions.code</c>: the domain's own code for a refused request, INTERNAL
/// with a generic message for anything unexpected (never a stack trace unless explicitly configured).
/// </summary>
public sealed class SupportErrorInfoProvider(IOptions<GraphQLLimitsOptions> limits)
    : ErrorInfoProvider(o => o.ExposeExceptionDetails = limits.Value.ExposeExceptionDetails)
{
    /// <inheritdoc/>
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.InnerException is SupportException refused)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["code"] = refused.Code;
            extensions["codes"] = new[] { refused.Code };
            if (refused.Field is { } field)
            {
                extensions["field"] = field;
            }

            extensions.Remove("details");
            return new ErrorInfo { Message = refused.Message, Extensions = extensions };
        }

        if (executionError is UnhandledError && !limits.Value.ExposeExceptionDetails)
        {
            return new ErrorInfo
            {
                Message = "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
                Extensions = new Dictionary<string, object?> { ["code"] = SupportErrorCode.Internal, ["codes"] = new[] { SupportErrorCode.Internal } },
            };
        }

        return info;
    }
}
