using LivcR.Support.Client;
using LivcR.Support.Portal.Session;
using Microsoft.AspNetCore.Components;

namespace LivcR.Support.Portal.Services;

/// <summary>
/// The typed client for the signed-in person of this request, and the one place where the gateway's answers that concern
/// every page are handled: an expired session sends the person to sign-in (and back), an unreachable gateway shows the
/// error page. Pages handle the rest (field errors, not found, conflicts) themselves.
/// </summary>
public sealed class PortalApi(IHttpClientFactory httpClients, PortalSession session, NavigationManager navigation)
{
    /// <summary>The name of the HTTP client that points at the gateway.</summary>
    public const string HttpClientName = "gateway";

    private SupportClient? _client;

    /// <summary>The signed-in person; a page that needs one and has none is redirected to sign-in.</summary>
    public PortalUser User => session.User ?? throw RedirectToSignIn();

    /// <summary>Calls the gateway as the signed-in person.</summary>
    public async Task<T> CallAsync<T>(Func<SupportClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken = default)
    {
        _ = User;
        try
        {
            return await call(Client, cancellationToken);
        }
        catch (SupportClientException e) when (e.Code == SupportErrorCodes.Unauthenticated)
        {
            session.SignOut();
            throw RedirectToSignIn();
        }
        catch (HttpRequestException e)
        {
            throw new GatewayUnavailableException(e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GatewayUnavailableException(e);
        }
    }

    /// <summary>Calls the gateway as the signed-in person, for a call without a result.</summary>
    public Task CallAsync(Func<SupportClient, CancellationToken, Task> call, CancellationToken cancellationToken = default) =>
        CallAsync(async (c, ct) => { await call(c, ct); return true; }, cancellationToken);

    /// <summary>Calls the gateway without a session, for a call without a result.</summary>
    public Task CallAnonymousAsync(Func<SupportClient, CancellationToken, Task> call, CancellationToken cancellationToken = default) =>
        CallAnonymousAsync(async (c, ct) => { await call(c, ct); return true; }, cancellationToken);

    /// <summary>Calls the gateway without a session (sign-in, invitations).</summary>
    public async Task<T> CallAnonymousAsync<T>(Func<SupportClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken = default)
    {
        try
        {
            return await call(new SupportClient(httpClients.CreateClient(HttpClientName)), cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new GatewayUnavailableException(e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GatewayUnavailableException(e);
        }
    }

    private SupportClient Client => _client ??= new SupportClient(httpClients.CreateClient(HttpClientName), session.User?.AccessToken);

    private Exception RedirectToSignIn()
    {
        var back = "/" + navigation.ToBaseRelativePath(navigation.Uri);
        navigation.NavigateTo(PortalRoutes.SignIn(back), forceLoad: false);
        return new InvalidOperationException("Redirected to sign-in.");
    }
}
