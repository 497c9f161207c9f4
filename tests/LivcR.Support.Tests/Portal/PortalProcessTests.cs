using System.Diagnostics;
using System.Globalization;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

/// <summary>The web application as a process of its own (cluster mode), in front of the gateway it is pointed at.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalProcessTests(PortalFixture portal)
{
    [Fact]
    public async Task Portal_AsItsOwnProcess_SignsInThroughTheGatewayAndShowsTheOverview()
    {
        using var keys = new TempDirectory();
        var address = "http://127.0.0.1:" + FreePort.Next().ToString(CultureInfo.InvariantCulture);
        using var process = Start(address, portal.Address + "/", keys);
        try
        {
            await WaitUntilAnsweringAsync(address);
            var page = await portal.NewPageAsync();
            await portal.SignInAsync(page, await portal.NewMunicipalUserAsync("44021", "gent"), startAt: address + "/aanmelden");

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overzicht", Level = 1 })).ToBeVisibleAsync();
            Assert.StartsWith(address, page.Url, StringComparison.Ordinal);
            var stylesheets = await page.Locator("link[rel=stylesheet]").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
            Assert.NotEmpty(stylesheets);
            foreach (var href in stylesheets)
            {
                var css = await page.APIRequest.GetAsync(address + "/" + href);
                Assert.Equal(200, css.Status);
            }

            Assert.Equal(3, stylesheets.Length);
            foreach (var name in new[] { "desk", "live" })
            {
                var script = await page.APIRequest.GetAsync(address + "/" + await page.Locator($"script[src*={name}]").GetAttributeAsync("src"));
                Assert.Equal(200, script.Status);
            }
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Portal_WhenTheGatewayIsDown_SaysSoInPlainDutchAndKeepsTheAddress()
    {
        using var keys = new TempDirectory();
        var address = "http://127.0.0.1:" + FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var deadGateway = "http://127.0.0.1:" + FreePort.Next().ToString(CultureInfo.InvariantCulture) + "/";
        using var process = Start(address, deadGateway, keys);
        try
        {
            await WaitUntilAnsweringAsync(address);
            var page = await portal.NewPageAsync(phone: true);
            await page.GotoAsync(address + "/aanmelden");
            await page.GetByLabel("E-mailadres").FillAsync("coordinator@gent.example");
            await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een code" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("De helpdesk is even niet bereikbaar");
            await Assertions.Expect(page.GetByLabel("E-mailadres")).ToHaveValueAsync("coordinator@gent.example");
            Assert.DoesNotContain("Exception", await page.ContentAsync(), StringComparison.Ordinal);
            await PortalFixture.ScreenshotAsync(page, "dienst-niet-bereikbaar-gsm");
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    private static Process Start(string address, string gateway, TempDirectory keys)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                BuiltProgram.Path("client/LivcR.Support.Portal", "LivcR.Support.Portal"),
                "--urls=" + address, "--Portal:GatewayUrl=" + gateway, "--Portal:KeysPath=" + keys.File("keys"),
                "--Logging:LogLevel:Default=Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(info)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilAnsweringAsync(string address)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(address + "/aanmelden");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException("The portal process did not answer.");
            }

            await Task.Delay(200);
        }
    }
}
