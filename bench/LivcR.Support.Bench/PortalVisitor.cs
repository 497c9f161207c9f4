using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LivcR.Support.Bench;

/// <summary>
/// A browser without a browser: one keep-alive HTTP/1.1 connection with a cookie jar, no redirects followed, that fills in
/// the portal's forms as they are served (hidden fields, Blazor's <c>_handler</c> and the antiforgery token included).
/// </summary>
internal sealed partial class PortalVisitor : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    public PortalVisitor(Uri address)
    {
        var handler = new SocketsHttpHandler { CookieContainer = _cookies, UseCookies = true, AllowAutoRedirect = false, MaxConnectionsPerServer = 1 };
        _http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE");
    }

    /// <summary>True once the portal has set its session cookie.</summary>
    public bool HasSession => _cookies.GetCookies(_http.BaseAddress!).Any(c => c.Name == "livcr_sessie" && !c.Expired && c.Value.Length > 0);

    /// <summary>Signs in at <c>/aanmelden</c> as a person does: the e-mail form, the code from the mail, the code form.</summary>
    public async Task SignInAsync(string email, SmtpPeer mail)
    {
        var emailPage = await GetAsync("/aanmelden");
        var codePage = await PostFormAsync("/aanmelden", emailPage, "email", ("EmailStep.Email", email));
        var message = await mail.WaitForAsync(email, TimeSpan.FromSeconds(60), subjectContains: "aanmeldcode")
            ?? throw new TimeoutException($"No sign-in mail for {email} within 60 s.");
        var code = SixDigits().Match(message.TextBody ?? message.HtmlBody ?? "").Value;
        using var signedIn = await PostAsync("/aanmelden", codePage, "code", ("CodeStep.Code", code));
        if (!HasSession)
        {
            throw new InvalidOperationException($"Sign-in as {email} set no session cookie ({(int)signedIn.StatusCode}).");
        }
    }

    /// <summary>GETs a page; throws unless it is a 200.</summary>
    public async Task<string> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? body : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>
    /// GETs a page and times it on this side of the loopback connection: until the status line and headers arrived (first
    /// byte) and until the last byte of the body. Throws unless it is a 200.
    /// </summary>
    public async Task<(double FirstByteMs, double WholeMs, string Body)> TimeAsync(string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        var firstByte = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var body = await response.Content.ReadAsStringAsync();
        var whole = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK ? (firstByte, whole, body) : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>Posts the form named <paramref name="formName"/> of <paramref name="page"/> with some fields filled in; returns the page it answers (a 200).</summary>
    private async Task<string> PostFormAsync(string path, string page, string formName, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(path, page, formName, fields);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? body : throw new InvalidOperationException($"POST {path} ({formName}): {(int)response.StatusCode}");
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string page, string formName, params (string Name, string Value)[] fields)
    {
        var values = FormFields(page, formName);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return await _http.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>The named fields of the form whose hidden <c>_handler</c> is <paramref name="formName"/>, with their values as served.</summary>
    private static Dictionary<string, string> FormFields(string page, string formName)
    {
        var document = new HtmlParser().ParseDocument(page);
        var form = document.Forms.FirstOrDefault(f => f.Elements.OfType<IHtmlInputElement>().Any(i => i.Name == "_handler" && i.Value == formName))
            ?? throw new InvalidOperationException($"The page has no form '{formName}'.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("submit" or "file")))
        {
            values[input.Name!] = input.Value;
        }

        foreach (var text in form.Elements.OfType<IHtmlTextAreaElement>().Where(t => !string.IsNullOrEmpty(t.Name)))
        {
            values[text.Name!] = text.Value;
        }

        return values.ContainsKey("__RequestVerificationToken") ? values : throw new InvalidOperationException($"The form '{formName}' has no antiforgery token.");
    }

    public void Dispose() => _http.Dispose();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{6}\b")]
    private static partial System.Text.RegularExpressions.Regex SixDigits();
}
