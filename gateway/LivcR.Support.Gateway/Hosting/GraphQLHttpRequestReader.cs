using System.Text.Json;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Reads and checks the GraphQL parameters of a GET query string or a POST JSON body.</summary>
internal static class GraphQLHttpRequestReader
{
    public static GraphQLHttpRequest FromQueryString(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            throw BadRequest("The query parameter 'query' is missing.");
        }

        var operationName = request.Query["operationName"].ToString();
        return new GraphQLHttpRequest(
            query,
            operationName.Length == 0 ? null : operationName,
            ParseInputs(request.Query["variables"].ToString(), "variables", serializer),
            ParseInputs(request.Query["extensions"].ToString(), "extensions", serializer));
    }

    public static async Task<GraphQLHttpRequest> FromBodyAsync(HttpRequest request, IGraphQLSerializer serializer, int maxBytes)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "Send the request as Content-Type: application/json (UTF-8).");
        }

        using var body = await ReadLimitedAsync(request, maxBytes);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            throw BadRequest("The request body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                throw BadRequest("Batched requests are not supported: send one operation per request.");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw BadRequest("The request body must be a JSON object.");
            }

            if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String || query.GetString() is not { Length: > 0 } text)
            {
                throw BadRequest("The request must have a 'query' string.");
            }

            return new GraphQLHttpRequest(
                text,
                OptionalString(root, "operationName"),
                OptionalObject(root, "variables", serializer),
                OptionalObject(root, "extensions", serializer));
        }
    }

    private static async Task<MemoryStream> ReadLimitedAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw BadRequest($"'{name}' must be a string or null.");

    private static Inputs? OptionalObject(JsonElement root, string name, IGraphQLSerializer serializer) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(value)
        : throw BadRequest($"'{name}' must be an object or null.");

    private static Inputs? ParseInputs(string text, string name, IGraphQLTextSerializer serializer)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.Deserialize<Inputs>(text),
                _ => throw BadRequest($"'{name}' must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw BadRequest($"'{name}' is not valid JSON.");
        }
    }

    private static GraphQLHttpException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

    private static GraphQLHttpException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The request body is larger than {maxBytes / 1024} KiB.");
}
