using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

/// <summary>
/// A real standalone gateway (which hosts the portal) with the demo people, a real SMTP peer for the mailed codes and links,
/// and one headless Debian Chromium for the whole collection. Every test opens its own browser context.
/// </summary>
public sealed partial class PortalFixture : IAsyncLifetime
{
    private const string CodeSubject = "aanmeldcode";

    private readonly TempDirectory _data = new();
    private IPlaywright? _playwright;

    public SmtpPeer Mail { get; } = new();

    /// <summary>Everything the system logs from Information up, as Seq would receive it (for the log scan).</summary>
    public SeqReceiver Log { get; } = new();

    public GatewayHost Gateway { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The portal's address, e.g. http://127.0.0.1:41234 (also the start of the links in mails).</summary>
    public string Address { get; private set; } = "";

    /// <summary>Where the screenshots go (beside the test binaries).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        Address = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string>(Mail.Settings)
        {
            ["urls"] = Address,
            ["Demo:Enabled"] = "true",
            ["Mail:PortalBaseUrl"] = Address,
            ["Network:PortalUrl"] = Address,
            ["Mail:Outbox:PollSeconds"] = "1",
            ["Mail:Outbox:MaxAutomaticPerAddressPerHour"] = "1000",
            ["Portal:KeysPath"] = _data.File("portal-keys"),
            ["Seq:ServerUrl"] = Log.ServerUrl.ToString(),
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Debug",
            // The console shows warnings only; everything from Information up goes to the Seq receiver.
            ["Serilog:WriteTo:0:Name"] = "Console",
            ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Warning",
        };
        Gateway = await GatewayHost.StartStandaloneAsync(_data.File("livcr-support.db"), settings);
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser (own cookies) at phone or desk width.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address,
            Locale = "nl-BE",
            ViewportSize = phone ? new ViewportSize { Width = 360, Height = 780 } : new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the pages with the code the SMTP peer received; ends on the home page.</summary>
    public async Task SignInAsync(IPage page, string email, string? startAt = null)
    {
        var before = Mail.Received.Count(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase))
            && (m.Subject ?? "").Contains(CodeSubject, StringComparison.Ordinal));
        await page.GotoAsync(startAt ?? "/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een code" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Code uit de mail")).ToBeVisibleAsync();
        var code = await CodeAsync(email, before);
        await page.GetByLabel("Code uit de mail").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// A new person of a municipality (MUNICIPAL role for that NIS code), so each test signs in as someone of its own (a
    /// person gets at most five codes an hour).
    /// </summary>
    public async Task<string> NewMunicipalUserAsync(string nisCode, string town)
    {
        var email = $"medewerker-{Guid.NewGuid().ToString("N")[..8]}@{town}.example";
        await Gateway.TokenAsync(email, new LivcR.Support.Contracts.People.RoleGrant(LivcR.Support.Contracts.People.Role.Municipal, nisCode));
        return email;
    }

    /// <summary>The six-digit code of the sign-in mail number <paramref name="skip"/> + 1 to this address.</summary>
    public async Task<string> CodeAsync(string email, int skip)
    {
        var mail = await Mail.WaitForAsync(email, TimeSpan.FromSeconds(20), skip, CodeSubject)
            ?? throw new TimeoutException("No sign-in mail for " + email);
        return SixDigits().Match(mail.TextBody ?? mail.HtmlBody ?? "").Value;
    }

    /// <summary>
    /// The page's status message (the notice after a form), never the live-status line every live page keeps for its
    /// announcements: that one is hidden while empty, but may count as shown before the stylesheet arrives.
    /// </summary>
    public static ILocator Status(IPage page) => page.GetByRole(AriaRole.Status).And(page.Locator(":not(#live-status)"));

    /// <summary>Checks the page with axe-core: no serious or critical violation (WCAG 2.1 AA rules).</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{page.Url}: " + string.Join("; ", bad.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>Saves a full-page screenshot as screenshots/<paramref name="name"/>.png.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Gateway.DisposeAsync();
        await Mail.DisposeAsync();
        await Log.DisposeAsync();
        _data.Dispose();
    }

    private static string ChromiumPath() =>
        new[] { "/usr/lib/chromium/chromium", "/usr/bin/chromium" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is missing: apt-get install chromium (tests/prerequisites.sh does).");

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal-browser";
}
