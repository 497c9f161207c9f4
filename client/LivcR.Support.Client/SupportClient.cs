namespace LivcR.Support.Client;

/// <summary>
/// Typed client of the LivcR.Support GraphQL API (<c>/graphql</c>) and its file endpoints (CSV export, attachments).
/// </summary>
/// <remarks>
/// <para>
/// Every call sends one of the documents in <see cref="Documents"/> with its values as GraphQL variables, and either
/// returns the typed result or throws a <see cref="SupportClientException"/> carrying the server's error code. Transport
/// failures (no connection, time-outs of the <see cref="HttpClient"/>) surface as the usual
/// <see cref="HttpRequestException"/> or <see cref="TaskCanceledException"/>.
/// </para>
/// <para>
/// The client holds no connection of its own: it uses the <see cref="HttpClient"/> it is given (from
/// <c>IHttpClientFactory</c> or a long-lived instance), never changes that client's default headers, and is safe to use
/// from several threads at once.
/// </para>
/// </remarks>
public sealed partial class SupportClient
{
    private readonly HttpClient _http;
    private readonly Uri _baseAddress;
    private readonly Func<CancellationToken, ValueTask<string?>>? _tokenProvider;
    private volatile string? _accessToken;

    /// <summary>Creates a client that sends the given access token, or none (for sign-in); <see cref="SignInAsync"/> sets it later.</summary>
    /// <param name="http">An HTTP client whose <see cref="HttpClient.BaseAddress"/> is the gateway, e.g. <c>https://support.example/</c>.</param>
    /// <param name="accessToken">A bearer token from <see cref="SignInAsync"/> or the organisation's identity provider; null to call anonymously.</param>
    public SupportClient(HttpClient http, string? accessToken = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        _baseAddress = BaseAddressOf(http);
        _accessToken = accessToken;
    }

    /// <summary>Creates a client that asks <paramref name="accessTokenProvider"/> for the token before every request (to renew tokens, e.g. from OIDC).</summary>
    /// <param name="http">An HTTP client whose <see cref="HttpClient.BaseAddress"/> is the gateway.</param>
    /// <param name="accessTokenProvider">Returns the current bearer token, or null to call anonymously.</param>
    public SupportClient(HttpClient http, Func<CancellationToken, ValueTask<string?>> accessTokenProvider)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(accessTokenProvider);
        _http = http;
        _baseAddress = BaseAddressOf(http);
        _tokenProvider = accessTokenProvider;
    }

    /// <summary>The gateway's address, ending with a slash.</summary>
    public Uri BaseAddress => _baseAddress;

    private static Uri BaseAddressOf(HttpClient http)
    {
        var address = http.BaseAddress
            ?? throw new ArgumentException("Set the HttpClient's BaseAddress to the gateway, e.g. https://support.example/.", nameof(http));
        if (!address.IsAbsoluteUri)
        {
            throw new ArgumentException("The HttpClient's BaseAddress must be an absolute address.", nameof(http));
        }

        // Relative paths resolve under the base only when it ends with a slash (https://host/support → https://host/support/).
        return address.AbsolutePath.EndsWith('/') ? address : new Uri(address.GetLeftPart(UriPartial.Path) + "/");
    }
}
