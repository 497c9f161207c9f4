namespace LivcR.Support.Gateway.Schema;

/// <summary>The LivcR.Support GraphQL schema.</summary>
public sealed class SupportSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the DI container.</summary>
    public SupportSchema(IServiceProvider services, SupportQuery query, SupportMutation mutation, SupportSubscription subscription)
        : base(services)
    {
        Description = "VVSG helpdesk and network support for the prevention of radicalisation and polarisation.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}
