using System.Text.Json;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Tests.Infrastructure;
using LivcR.Support.Portal.Session;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Telemetry;

[Collection(TelemetryProcessCollection.Name)]
public sealed class DashboardTests(TelemetryProcessFixture fixture)
{
    [Fact]
    public async Task Dashboard_ForAnAdmin_ServesThePageAndTheClusterCounters()
    {
        var (status, page, response) = await fixture.GetAsync(GatewayTelemetry.DashboardPath + "/", TelemetryProcessFixture.Admin, "text/html");
        response.Dispose();
        Assert.Equal(200, status);
        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);

        var (countersStatus, counters, countersResponse) = await fixture.GetAsync(GatewayTelemetry.DashboardPath + "/DashboardCounters", TelemetryProcessFixture.Admin);
        countersResponse.Dispose();
        Assert.Equal(200, countersStatus);
        Assert.Contains("totalActiveHostCount", counters, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dashboard_GrainStateView_IsNotServedEvenToAnAdmin()
    {
        var (status, body, response) = await fixture.GetAsync(GatewayTelemetry.DashboardPath + "/GrainState?grainId=ticket/2026-00001&grainType=LivcR.Support.Silo.Tickets.TicketGrain", TelemetryProcessFixture.Admin);
        response.Dispose();

        Assert.Equal(404, status);
        Assert.Empty(body);
    }

    [Theory]
    [InlineData(TelemetryProcessFixture.Staff)]
    [InlineData(TelemetryProcessFixture.Municipal)]
    public async Task Dashboard_ForStaffOrMunicipalStaff_IsForbidden(string email)
    {
        var (page, _, pageResponse) = await fixture.GetAsync(GatewayTelemetry.DashboardPath + "/", email, "text/html");
        pageResponse.Dispose();
        var (api, _, apiResponse) = await fixture.GetAsync(GatewayTelemetry.DashboardPath + "/ClusterStats", email);
        apiResponse.Dispose();

        Assert.Equal(403, page);
        Assert.Equal(403, api);
    }

    [Fact]
    public async Task Dashboard_InABrowserNotSignedIn_GoesToTheSignInPageAndBack()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Gateway.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, GatewayTelemetry.DashboardPath + "/");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml");
        using (var response = await browser.SendAsync(request))
        {
            Assert.Equal(302, (int)response.StatusCode);
            Assert.Equal("/aanmelden?terug=%2Fbeheer%2Fdashboard%2F", response.Headers.Location?.OriginalString);
        }

        var (api, _, apiResponse) = await fixture.GetAsync(GatewayTelemetry.DashboardPath + "/ClusterStats", null);
        apiResponse.Dispose();
        Assert.Equal(401, api);
    }
}

[Collection(GatewayCollection.Name)]
public sealed class DashboardEndpointTests(GatewayFixture fixture)
{
    [Fact]
    public void DashboardEndpoints_AllOfThem_RequireTheAdminPolicy()
    {
        var endpoints = fixture.Gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith(GatewayTelemetry.DashboardPath, StringComparison.OrdinalIgnoreCase)
                || e.RoutePattern.RawText?.TrimStart('/') == GatewayTelemetry.MetricsPath.TrimStart('/'))
            .ToList();

        Assert.True(endpoints.Count > 10, $"Only {endpoints.Count} dashboard endpoints found.");
        Assert.All(endpoints, e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == AdminRequirement.Policy));
    }

    [Theory]
    [InlineData(Role.Admin, 200)]
    [InlineData(Role.Staff, 403)]
    public async Task Dashboard_InABrowserSignedInToThePortal_IsOpenToAnAdminOnly(Role role, int expected)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@vvsg.example";
        var token = await fixture.Gateway.TokenAsync(email, new RoleGrant(role, null));
        using var request = new HttpRequestMessage(HttpMethod.Get, GatewayTelemetry.DashboardPath + "/");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        request.Headers.TryAddWithoutValidation("Cookie", $"{PortalSession.CookieName}={SessionCookie(email, token)}");
        using var response = await fixture.Gateway.Http.SendAsync(request);

        Assert.Equal(expected, (int)response.StatusCode);
    }

    /// <summary>The portal's session cookie for the person, protected as the portal protects it after a sign-in.</summary>
    private string SessionCookie(string email, string token)
    {
        var expires = DateTimeOffset.UtcNow.AddMinutes(30);
        var protector = fixture.Gateway.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("LivcR.Support.Portal.Session.v1").ToTimeLimitedDataProtector();
        // The cookie says admin for everyone: the gateway must go by the person's roles, not by what the cookie claims.
        var user = new PortalUser(email, "Iemand", token, expires, null, null, IsStaff: true, IsAdmin: true);
        return Uri.EscapeDataString(protector.Protect(JsonSerializer.Serialize(user), expires));
    }
}
