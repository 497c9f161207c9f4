using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a training.</summary>
public sealed class TrainingInputType : InputObjectGraphType<TrainingInput>
{
    /// <summary>Creates the type.</summary>
    public TrainingInputType()
    {
        Name = "TrainingInput";
        Description = "A training of the catalogue.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("Description.");
        Field<NonNullGraphType<StringGraphType>>("audience").Description("For whom.");
        Field<NonNullGraphType<StringGraphType>>("format").Description("Form, e.g. Workshop, Webinar.");
        Field<NonNullGraphType<StringGraphType>>("duration").Description("Duration in words, e.g. 3 uur.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new TrainingInput(
        InputValues.Text(value, "title"), InputValues.Text(value, "description"), InputValues.Text(value, "audience"),
        InputValues.Text(value, "format"), InputValues.Text(value, "duration"));
}
