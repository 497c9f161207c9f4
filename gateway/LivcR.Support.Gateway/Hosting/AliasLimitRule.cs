using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Refuses a document with more aliased fields than <see cref="GraphQLLimitsOptions.MaxAliases"/>.</summary>
public sealed class AliasLimitRule(IOptions<GraphQLLimitsOptions> limits) : ValidationRuleBase
{
    /// <inheritdoc/>
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = limits.Value.MaxAliases;
        var count = 0;
        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++count == max + 1)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, $"Te veel aliassen in één verzoek (hoogstens {max}).", field) { Code = "TOO_MANY_ALIASES" });
            }
        }));
    }
}
