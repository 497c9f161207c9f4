using System.Threading.Channels;
using GraphQL;
using LivcR.Support.Gateway.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LivcR.Support.Gateway.Live;

/// <summary>
/// GraphQL over server-sent events, the graphql-sse protocol's "distinct connections" mode: one POST (or GET) per
/// operation at <c>/graphql/stream</c>, answered by <c>next</c> events and one <c>complete</c>. Authorised like
/// <c>/graphql</c> (the bearer token). A refused operation is answered 200 with a <c>next</c> holding the errors, then
/// <c>complete</c>, as the protocol's own server does: a 4xx would make clients retry.
/// </summary>
public static class ServerSentEventsEndpoint
{
    private const string EventStream = "text/event-stream";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointConventionBuilder MapSupportServerSentEvents(this IEndpointRouteBuilder endpoints, string pattern = "/graphql/stream") =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync).WithDisplayName("GraphQL over SSE");

    private static async Task HandleAsync(HttpContext context)
    {
        if (!AcceptsEventStream(context.Request.Headers.Accept))
        {
            await GraphQLHttpErrors.WriteAsync(context, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE", $"Accept {EventStream}.");
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            request = HttpMethods.IsGet(context.Request.Method)
                ? GraphQLHttpRequestReader.FromQueryString(context.Request, context.RequestServices.GetRequiredService<IGraphQLTextSerializer>())
                : await GraphQLHttpRequestReader.FromBodyAsync(
                    context.Request, context.RequestServices.GetRequiredService<IGraphQLSerializer>(),
                    context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxRequestBytes);
        }
        catch (GraphQLHttpException refused)
        {
            await GraphQLHttpErrors.WriteAsync(context, refused.Status, refused.Code, refused.Message);
            return;
        }

        var aborted = context.RequestAborted;
        var result = await LiveExecution.ExecuteAsync(context.RequestServices, context.User, request, context, aborted);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var options = context.RequestServices.GetRequiredService<IOptions<LiveOptions>>().Value;

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = $"{EventStream}; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.StartAsync(aborted);

        try
        {
            if (LiveExecution.Stream(result) is not { } stream)
            {
                await WriteAsync(context, "next", serializer.Serialize(result), aborted);
            }
            else
            {
                await RelayAsync(context, stream, serializer, options, aborted);
            }

            await WriteAsync(context, "complete", string.Empty, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away; the subscription was ended with it.
        }
    }

    private static async Task RelayAsync(HttpContext context, IObservable<ExecutionResult> stream, IGraphQLTextSerializer serializer, LiveOptions options, CancellationToken aborted)
    {
        var events = Channel.CreateUnbounded<ExecutionResult>();
        using var subscription = stream.Subscribe(new ChannelObserver(events.Writer));
        var keepAlive = TimeSpan.FromSeconds(options.KeepAliveSeconds);
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            wait.CancelAfter(keepAlive);
            bool more;
            try
            {
                more = await events.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
            {
                await context.Response.WriteAsync(":\n\n", aborted);
                await context.Response.Body.FlushAsync(aborted);
                continue;
            }

            if (!more)
            {
                return;
            }

            if (events.Reader.Count > options.MaxBacklog)
            {
                await WriteAsync(context, "next", serializer.Serialize(LiveErrors.TooFarBehind()), aborted);
                return;
            }

            while (events.Reader.TryRead(out var next))
            {
                await WriteAsync(context, "next", serializer.Serialize(next), aborted);
            }
        }
    }

    private static async Task WriteAsync(HttpContext context, string name, string data, CancellationToken cancellation)
    {
        await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", cancellation);
        await context.Response.Body.FlushAsync(cancellation);
    }

    private static bool AcceptsEventStream(IList<string> accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var values)
        && values.Any(v => v.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase) && v.Quality is not 0);

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        public void OnError(Exception error)
        {
            writer.TryWrite(LiveErrors.StreamFailed());
            writer.TryComplete();
        }

        public void OnCompleted() => writer.TryComplete();
    }
}
