using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a municipality's ticket counts.</summary>
public sealed class MunicipalityTicketCountType : ObjectGraphType<MunicipalityTicketCount>
{
    /// <summary>Creates the type.</summary>
    public MunicipalityTicketCountType()
    {
        Name = "MunicipalityTicketCount";
        Description = "How many questions a municipality asked (no content).";
        Field<NonNullGraphType<MunicipalityType>, MunicipalityInfo>("municipality").Description("The municipality.").Resolve(ctx => ctx.Source.Municipality);
        Field(c => c.Open).Description("Tickets not yet resolved.");
        Field(c => c.Total).Description("All tickets.");
    }
}
