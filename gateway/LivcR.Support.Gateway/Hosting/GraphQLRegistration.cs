using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Gateway.Live;
using LivcR.Support.Gateway.Schema;
using LivcR.Support.Gateway.Services;
using LivcR.Support.Gateway.Services.Network;
using LivcR.Support.Silo.Hosting;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Registers the schema, its services and its limits.</summary>
public static partial class GraphQLRegistration
{
    /// <summary>Adds GraphQL.NET with the support schema, the limits from <c>GraphQL</c> and the HTTP endpoint's options.</summary>
    public static IServiceCollection AddSupportGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(GraphQLLimitsOptions.SectionName).Get<GraphQLLimitsOptions>() ?? new GraphQLLimitsOptions();
        services.AddOptions<GraphQLLimitsOptions>().BindConfiguration(GraphQLLimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLLimitsOptions.SectionName);
        services.AddScoped<DirectoryService>();
        services.AddScoped<TicketService>();
        services.AddScoped<PeopleService>();
        services.AddScoped<AuditService>();
        services.AddScoped<TicketListService>();
        services.AddScoped<CatalogService>();
        services.AddScoped<ReportService>();
        services.AddScoped<TicketViewService>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<Services.Privacy.PersonDataService>();
        services.TryAddSingleton<LivcR.Support.Silo.Erasure.PersonTraces>();
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TicketChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<TicketChangeFeed>());
        services.AddSingleton<LiveQuota>();
        services.AddScoped<LiveSubscriptionService>();
        services.AddMailDirectoryServices();
        services.AddMailChannelServices();
        services.AddNetworkServices();
        services.TryAddSingleton<LivcR.Support.Silo.Attachments.AttachmentStore>();
        services.TryAddSingleton<LivcR.Support.Silo.Tickets.SlaPolicy>();
        services.TryAddSingleton<LivcR.Support.Silo.ReadModel.TicketQueries>();
        services.TryAddSingleton<LivcR.Support.Silo.Municipalities.MunicipalityDirectory>();
        services.AddSupportTicketOptions();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution>(sp => sp.GetRequiredService<ValidatedDocumentCache>());
        services.AddGraphQL(b => b
            .AddSchema<SupportSchema>()
            .AddGraphTypes(typeof(SupportSchema).Assembly)
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<SupportErrorInfoProvider>()
            .AddValidationRule<IntrospectionAccessRule>(useForCachedDocuments: true)
            .AddValidationRule<AliasLimitRule>(useForCachedDocuments: true)
            .AddComplexityAnalyzer(o =>
            {
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
            })
            .AddUnhandledExceptionHandler(ctx =>
            {
                if (ctx.OriginalException is not SupportException)
                {
                    var logger = ctx.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(GraphQLRegistration));
                    if (logger is not null)
                    {
                        LogResolverFailed(logger, ctx.FieldContext?.FieldDefinition.Name ?? "(document)", ctx.OriginalException);
                    }
                }
            }));
        return services;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "GraphQL field {Field} failed")]
    private static partial void LogResolverFailed(ILogger logger, string field, Exception exception);
}
