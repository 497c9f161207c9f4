using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LivcR.Support.Client;

/// <summary>The HTTP side: sending documents and files, reading results and errors.</summary>
public sealed partial class SupportClient
{
    private const string GraphQLPath = "graphql";

    /// <summary>Sends a document with its variables and returns the value of the root field <paramref name="field"/>.</summary>
    private async Task<T> RunAsync<T>(string document, string field, object? variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress, GraphQLPath))
        {
            Content = JsonContent.Create(new GraphQLRequest(document, variables), options: WireJson.GraphQL),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        using var body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        ThrowIfFailed(response, body);
        if (body is null
            || body.RootElement.ValueKind != JsonValueKind.Object
            || !body.RootElement.TryGetProperty("data", out var data)
            || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(field, out var value)
            || value.ValueKind == JsonValueKind.Null)
        {
            throw Invalid(response, $"The response has no value for '{field}'.");
        }

        try
        {
            return value.Deserialize<T>(WireJson.GraphQL) ?? throw Invalid(response, $"The response has no value for '{field}'.");
        }
        catch (JsonException unreadable)
        {
            throw Invalid(response, $"The value of '{field}' does not match the client's types: {unreadable.Message}", unreadable);
        }
    }

    /// <summary>
    /// A creating mutation whose variables carry a <c>clientRequestId</c>: sent once more, with the same variables and so the
    /// same key, when the connection fails (the server may have carried it out and lost only the answer).
    /// </summary>
    private async Task<T> RunRetryingAsync<T>(string document, string field, object variables, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync<T>(document, field, variables, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
        {
            return await RunAsync<T>(document, field, variables, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A new idempotency key.</summary>
    private static string NewRequestId() => Guid.NewGuid().ToString("N");

    /// <summary>Sends a plain HTTP request (export, attachments) and returns the file in the response.</summary>
    private async Task<SupportFile> DownloadAsync(Uri address, string fallbackName, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var disposition = response.Content.Headers.ContentDisposition;
        var name = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');
        return new SupportFile(
            string.IsNullOrWhiteSpace(name) ? fallbackName : name,
            response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
            content);
    }

    /// <summary>POSTs raw bytes and reads the JSON answer.</summary>
    private async Task<T> UploadAsync<T>(Uri address, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(WireJson.Http, cancellationToken).ConfigureAwait(false)
                ?? throw Invalid(response, "The response is empty.");
        }
        catch (JsonException unreadable)
        {
            throw Invalid(response, $"The response does not match the client's types: {unreadable.Message}", unreadable);
        }
    }

    private Uri Address(string relative) => new(_baseAddress, relative);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = _tokenProvider is null ? _accessToken : await _tokenProvider(cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            using var body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
            ThrowIfFailed(response, body);
        }
    }

    /// <summary>Throws for a body with GraphQL errors, or for a failed status without them.</summary>
    private static void ThrowIfFailed(HttpResponseMessage response, JsonDocument? body)
    {
        var errors = body is not null
            && body.RootElement.ValueKind == JsonValueKind.Object
            && body.RootElement.TryGetProperty("errors", out var list)
            && list.ValueKind == JsonValueKind.Array
            && list.GetArrayLength() > 0
                ? list.EnumerateArray().Select(e => ErrorOf(e, response.StatusCode)).ToList()
                : null;
        if (errors is not null)
        {
            throw new SupportClientException(response.StatusCode, errors, RetryAfterOf(response));
        }

        if (!response.IsSuccessStatusCode)
        {
            var message = $"The server answered {(int)response.StatusCode} {response.ReasonPhrase}.";
            throw new SupportClientException(response.StatusCode, [new SupportError(message, CodeOf(response.StatusCode), null, [])], RetryAfterOf(response));
        }
    }

    private static SupportError ErrorOf(JsonElement error, HttpStatusCode status)
    {
        static string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        var extensions = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("extensions", out var e) ? e : default;
        var path = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(segment => segment.ToString()).ToList()
            : [];
        return new SupportError(
            Text(error, "message") ?? "The server reported an error without a message.",
            Text(extensions, "code") ?? CodeOf(status),
            Text(extensions, "field"),
            path);
    }

    /// <summary>The code for a status without an error body.</summary>
    private static string CodeOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => SupportErrorCodes.BadRequest,
        HttpStatusCode.Unauthorized => SupportErrorCodes.Unauthenticated,
        HttpStatusCode.Forbidden => SupportErrorCodes.Forbidden,
        HttpStatusCode.NotFound => SupportErrorCodes.NotFound,
        HttpStatusCode.Conflict => SupportErrorCodes.Conflict,
        HttpStatusCode.RequestEntityTooLarge => SupportErrorCodes.RequestTooLarge,
        HttpStatusCode.TooManyRequests => SupportErrorCodes.RateLimited,
        HttpStatusCode.InternalServerError => SupportErrorCodes.Internal,
        >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices => SupportErrorCodes.Internal,
        _ => SupportErrorCodes.HttpError,
    };

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.RetryAfter is { } retry
            ? retry.Delta ?? (retry.Date is { } date ? Max(date - DateTimeOffset.UtcNow, TimeSpan.Zero) : null)
            : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The body as JSON when the server sent JSON; null for an empty or non-JSON body.</summary>
    private static async Task<JsonDocument?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var media = response.Content.Headers.ContentType?.MediaType;
        if (media is null || !media.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private static SupportClientException Invalid(HttpResponseMessage response, string message, Exception? inner = null) =>
        new(response.StatusCode, [new SupportError(message, SupportErrorCodes.InvalidResponse, null, [])], null, inner);
}
