using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST <c>application/json</c>, GET for queries only,
/// <c>application/graphql-response+json</c> when the client accepts it, else <c>application/json</c>.
/// </summary>
/// <remarks>
/// Under graphql-response+json a request that could not be executed (syntax, validation, variables) is a 400;
/// under application/json it is a 200 with errors, as the specification asks.
/// </remarks>
public static class GraphQLHttpEndpoint
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    /// <summary>Maps the endpoint (all HTTP methods; those other than GET and POST get 405).</summary>
    public static IEndpointConventionBuilder MapSupportGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, HandleAsync).WithDisplayName("GraphQL");

    private static async Task HandleAsync(HttpContext context)
    {
        var media = NegotiateMediaType(context.Request.Headers.Accept);
        try
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
            {
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Use GET or POST.") { Allow = "GET, POST" };
            }

            if (media is null)
            {
                throw new GraphQLHttpException(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE", $"Accept {GraphQLResponseJson} or {Json}.");
            }

            var request = await ReadAsync(context);
            var document = context.RequestServices.GetRequiredService<ValidatedDocumentCache>().Find(request.Query) ?? TryParse(context, request.Query);
            var operation = document is null ? null : FindOperation(document, request.OperationName);
            if (HttpMethods.IsGet(context.Request.Method) && operation?.Operation == OperationType.Mutation)
            {
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Mutations must be sent with POST.") { Allow = "POST" };
            }

            if (operation?.Operation == OperationType.Subscription)
            {
                throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "BAD_REQUEST", "Subscriptions are not served on this endpoint.");
            }

            var result = await ExecuteAsync(context, request, document);
            context.Response.StatusCode = media == GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            context.Response.ContentType = $"{media}; charset=utf-8";
            await context.RequestServices.GetRequiredService<IGraphQLSerializer>().WriteAsync(context.Response.Body, result, context.RequestAborted);
        }
        catch (GraphQLHttpException refused)
        {
            await WriteRefusalAsync(context, media ?? Json, refused);
        }
    }

    private static Task<GraphQLHttpRequest> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            return Task.FromResult(GraphQLHttpRequestReader.FromQueryString(request, context.RequestServices.GetRequiredService<IGraphQLTextSerializer>()));
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        return GraphQLHttpRequestReader.FromBodyAsync(request, context.RequestServices.GetRequiredService<IGraphQLSerializer>(), limits.MaxRequestBytes);
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, GraphQLDocument? document) =>
        context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = context.User,
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
            UserContext = new Dictionary<string, object?> { [nameof(HttpContext)] = context },
        });

    /// <summary>
    /// The document, parsed with the executer's own <see cref="IDocumentBuilder"/> settings (comments, maximum depth);
    /// null when it does not parse (a <see cref="SyntaxError"/>, or a raw parser exception for too deep a document),
    /// and the executer then reports the error.
    /// </summary>
    private static GraphQLDocument? TryParse(HttpContext context, string query)
    {
        try
        {
            return context.RequestServices.GetRequiredService<IDocumentBuilder>().Build(query);
        }
        catch (Exception parseFailure) when (parseFailure is SyntaxError or GraphQLParserException)
        {
            return null;
        }
    }

    private static GraphQLOperationDefinition? FindOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name is { } name && name.StringValue == operationName);
    }

    /// <summary>The response media type for an Accept header, best quality first; null when nothing fits.</summary>
    internal static string? NegotiateMediaType(IList<string> accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace) ? Json : null;
        }

        foreach (var value in values.OrderByDescending(v => v.Quality ?? 1.0))
        {
            if (value.Quality is 0)
            {
                continue;
            }

            var type = value.MediaType.Value ?? string.Empty;
            if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*")
            {
                return Json;
            }
        }

        return null;
    }

    private static Task WriteRefusalAsync(HttpContext context, string media, GraphQLHttpException refused)
    {
        if (refused.Allow is { } allow)
        {
            context.Response.Headers.Allow = allow;
        }

        return GraphQLHttpErrors.WriteAsync(context, refused.Status, refused.Code, refused.Message, media);
    }
}
