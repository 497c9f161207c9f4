using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using LivcR.Support.Gateway.Hosting;

namespace LivcR.Support.Gateway.Live;

/// <summary>Runs one operation for a live transport, with the caller of that transport's scope.</summary>
internal static class LiveExecution
{
    public static Task<ExecutionResult> ExecuteAsync(IServiceProvider services, ClaimsPrincipal user, GraphQLHttpRequest request, HttpContext? http, CancellationToken cancellation) =>
        services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = user,
            RequestServices = services,
            CancellationToken = cancellation,
            UserContext = new Dictionary<string, object?> { [nameof(HttpContext)] = http },
        });

    /// <summary>The one stream of a subscription's result; null for a query, a mutation or an operation that failed before it.</summary>
    public static IObservable<ExecutionResult>? Stream(ExecutionResult result) =>
        result.Executed && result.Streams is { Count: > 0 } streams ? streams.Values.First() : null;
}
