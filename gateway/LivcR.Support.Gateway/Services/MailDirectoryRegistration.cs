namespace LivcR.Support.Gateway.Services;

/// <summary>Registers the services behind the mail-directory fields.</summary>
public static class MailDirectoryRegistration
{
    /// <summary>Adds <see cref="MailDirectoryService"/>.</summary>
    public static IServiceCollection AddMailDirectoryServices(this IServiceCollection services) =>
        services.AddScoped<MailDirectoryService>();
}
