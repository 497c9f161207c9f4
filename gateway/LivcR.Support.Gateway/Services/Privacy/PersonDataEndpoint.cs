using LivcR.Support.Contracts.Errors;
using LivcR.Support.Gateway.Hosting;

namespace LivcR.Support.Gateway.Services.Privacy;

/// <summary><c>GET /exports/person-data.zip?email=…</c>: a person's data with their uploads as a ZIP (admins, audited).</summary>
public static class PersonDataEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointConventionBuilder MapPersonDataExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/exports/person-data.zip", ExportAsync);

    private static async Task ExportAsync(HttpContext context, PersonDataService people)
    {
        try
        {
            var zip = await people.ZipAsync(context.Request.Query["email"].ToString());
            context.Response.ContentType = "application/zip";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"persoonsgegevens-{DateTime.UtcNow:yyyyMMdd-HHmm}.zip\"";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.Body.WriteAsync(zip, context.RequestAborted);
        }
        catch (SupportException refused)
        {
            await GraphQLHttpErrors.WriteRefusalAsync(context, refused);
        }
    }
}
