using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
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
}
