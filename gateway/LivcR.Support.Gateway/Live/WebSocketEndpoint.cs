using LivcR.Support.Gateway.Auth;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Live;

/// <summary>
/// GraphQL over WebSocket at <c>/graphql/ws</c>, the graphql-transport-ws protocol. A browser cannot set headers on a
/// WebSocket, so the bearer token comes in <c>connection_init</c>'s payload (<c>{"Authorization": "Bearer …"}</c>);
/// a token on the upgrade request counts too.
/// </summary>
public static class WebSocketEndpoint
{
    /// <summary>The sub-protocol.</summary>
    public const string Protocol = "graphql-transport-ws";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointConventionBuilder MapSupportWebSocket(this IEndpointRouteBuilder endpoints, string pattern = "/graphql/ws") =>
        endpoints.Map(pattern, HandleAsync).WithDisplayName("GraphQL over WebSocket");

    private static async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !context.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"Open a WebSocket with the sub-protocol {Protocol}.", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(Protocol);
        var connection = new WebSocketConnection(
            socket, context, context.RequestServices, context.RequestServices.GetRequiredService<CallerContext>(),
            context.RequestServices.GetRequiredService<IOptions<LiveOptions>>().Value);
        await connection.RunAsync();
    }
}
