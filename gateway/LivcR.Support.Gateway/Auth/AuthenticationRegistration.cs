using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Registers bearer-token authentication, sign-in by code, and the per-request caller.</summary>
public static class AuthenticationRegistration
{
    /// <summary>Adds JWT bearer authentication: the system's own tokens (standalone) or an OIDC provider's.</summary>
    public static IHostApplicationBuilder AddSupportAuthentication(this IHostApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSupportMail();
        services.AddSingleton<SignInCodeSender>();
        services.AddSingleton<SignInRateLimiter>();
        services.AddSingleton<ActorResolver>();
        services.TryAddSingleton<LivcR.Support.Silo.Persistence.BatchedWriter>();
        services.TryAddSingleton<AuditLog>();
        services.AddScoped<CallerContext>();
        services.AddScoped<SignInService>();
        services.AddSupportMetrics();

        SymmetricSecurityKey? key = null;
        if (auth.Mode == AuthMode.Standalone)
        {
            key = SigningKeyStore.LoadOrCreate(auth.SigningKeyPath);
            services.AddSingleton(key);
            services.AddSingleton<TokenIssuer>();
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.Audience = auth.Audience;
            if (auth.Mode == AuthMode.Oidc)
            {
                o.Authority = auth.Authority ?? throw new InvalidOperationException("Auth:Authority is required when Auth:Mode is Oidc.");
                return;
            }

            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Issuer,
                ValidAudience = auth.Audience,
                IssuerSigningKey = key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
                RequireExpirationTime = true,
            };
        });
        return builder;
    }
}
