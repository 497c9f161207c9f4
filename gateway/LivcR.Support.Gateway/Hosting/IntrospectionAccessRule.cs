using GraphQL.Validation;
using GraphQLParser.AST;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Gateway.Auth;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Introspection (<c>__schema</c>, <c>__type</c>) only for signed-in staff and admins, or in Development.</summary>
public sealed class IntrospectionAccessRule : ValidationRuleBase
{
    /// <inheritdoc/>
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var environment = context.RequestServices?.GetService<IHostEnvironment>();
        var actor = context.RequestServices?.GetService<CallerContext>()?.Actor;
        if (environment?.IsDevelopment() == true || AccessPolicy.CanIntrospect(actor))
        {
            return default;
        }

        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.StringValue is "__schema" or "__type")
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, "Introspectie is enkel voor VVSG-medewerkers en beheerders.", field) { Code = "FORBIDDEN" });
            }
        }));
    }
}
